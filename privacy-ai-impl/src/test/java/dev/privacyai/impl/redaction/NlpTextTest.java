package dev.privacyai.impl.redaction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentence splitting and tokenization map every token back to its exact offsets in the original text. */
class NlpTextTest {

    @Test
    void tokenOffsetsPointIntoTheOriginalText() {
        String text = "Hi!  I'm  Dr. Ana Pérez.\n\nMy   order\tisn't here… Thanks,\r\nAna";
        NlpText t = NlpText.of(text);
        assertThat(t.sentenceCount()).isGreaterThanOrEqualTo(3);
        StringBuilder seen = new StringBuilder();
        int last = -1;
        for (int s = 0; s < t.sentenceCount(); s++) {
            for (int k = 0; k < t.tokens.get(s).length; k++) {
                int a = t.starts.get(s)[k];
                int b = t.ends.get(s)[k];
                assertThat(a).isGreaterThanOrEqualTo(last);
                assertThat(text.substring(a, b)).isEqualTo(t.tokens.get(s)[k]);
                seen.append(t.tokens.get(s)[k]);
                last = b;
            }
        }
        // every non-space character is in some token
        assertThat(seen.toString()).isEqualTo(text.replaceAll("\\s", ""));
    }

    @Test
    void aTitleAbbreviationDoesNotEndTheSentence() {
        NlpText t = NlpText.of("Hello, this is Dr. Kyle Kuefer. Who are you?");
        assertThat(String.join(" ", t.tokens.get(0))).contains("Dr").contains("Kuefer");
    }

    @Test
    void longSentencesAreCutIntoBoundedWindows() {
        NlpText t = NlpText.of("word ".repeat(1000));
        assertThat(t.tokens).allSatisfy(w -> assertThat(w.length).isLessThanOrEqualTo(NlpText.MAX_TOKENS));
        assertThat(t.tokens.stream().mapToInt(w -> w.length).sum()).isEqualTo(1000);
    }

    @Test
    void anOverLongRunWithoutWhitespaceIsOneTokenAndTheTextAroundItIsStillSplit() {
        String run = "a.".repeat(100);
        String text = "Thanks, Maria Lopez. " + run + " Call me, Dr. Kyle Kuefer.";
        NlpText t = NlpText.of(text);
        java.util.List<String> all = new java.util.ArrayList<>();
        t.tokens.forEach(w -> all.addAll(java.util.Arrays.asList(w)));
        assertThat(all).contains(run, "Maria", "Lopez", "Kyle", "Kuefer");
        int start = text.indexOf(run);
        boolean alone = false;
        for (int s = 0; s < t.sentenceCount(); s++) {
            if (t.tokens.get(s).length == 1 && t.starts.get(s)[0] == start && t.ends.get(s)[0] == start + run.length()) {
                alone = true;
            }
        }
        assertThat(alone).as("the run is a sentence of its own").isTrue();
    }

    @Test
    void periodRunsOfAMillionCharactersFinish() {
        // The sentence model scans to the surrounding whitespace for every '.', which was quadratic on long runs
        // (200k dots took ~50 s before the fix). The timeout is a hang guard, not a performance assertion.
        for (String unit : new String[] {".", "a.", "12.", "Dr."}) {
            String text = "Hi " + unit.repeat(1_000_000 / unit.length()) + " Maria";
            NlpText t = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(20), () -> NlpText.of(text));
            assertThat(t.tokens.get(t.sentenceCount() - 1)).contains("Maria");
        }
    }

    @Test
    void theLastAnalysisIsReusedForTheSameStringOnly() {
        String a = "my name is Ana";
        assertThat(NlpText.of(a)).isSameAs(NlpText.of(a));
        assertThat(NlpText.of(new String(a))).isNotSameAs(NlpText.of(a));
    }

    @Test
    void chunksAroundCommonWordsAreTokenizedAsTheModelDoesAndOnlyTheyAreShared() {
        opennlp.tools.tokenize.TokenizerME tk = new opennlp.tools.tokenize.TokenizerME(NlpModels.tokenizer());
        String[] chunks = {"order", "Order,", "ORDER.", "(order)", "cannot", "Cannot?!", "don't", "it's", "arrived...",
            "\"thanks\"", "e-mail", "Oluwaseun", "Oluwaseun's", "A-1009", "2pm", "x", "'s", "...", "gonna", "wanna,"};
        for (String c : chunks) {
            String expected = java.util.Arrays.toString(tk.tokenizePos(c));
            assertThat(java.util.Arrays.toString(NlpText.tokenizeChunk(tk, c))).as(c).isEqualTo(expected);
            assertThat(java.util.Arrays.toString(NlpText.tokenizeChunk(tk, new String(c)))).as(c).isEqualTo(expected);
        }
        assertThat(NlpText.commonWordChunk("Thanks,")).isTrue();
        assertThat(NlpText.commonWordChunk("(order)")).isTrue();
        assertThat(NlpText.commonWordChunk("Oluwaseun")).isFalse();
        assertThat(NlpText.commonWordChunk("order1234")).isFalse();
        assertThat(NlpText.commonWordChunk("12order")).isFalse();
        assertThat(NlpText.commonWordChunk("order".repeat(6))).isFalse();
    }

    @Test
    void theCompiledTokenizerSplitsExactlyAsTokenizerMe() {
        assertThat(NlpText.compiledTokenizer()).isTrue();
        CompiledTokenizer compiled = CompiledTokenizer.of(NlpModels.tokenizer());
        opennlp.tools.tokenize.TokenizerME tk = new opennlp.tools.tokenize.TokenizerME(NlpModels.tokenizer());
        String alphabet = "abcdeiklmnorstuyzABCDEIKMSTZ0123456789.,;:!?'\"`-_/\\@#$%&*()[]{}<>+=~|€£éüßñÅøИжΩ中한ﬁ\u200b\ud83d\ude00";
        java.util.Random rnd = new java.util.Random(7);
        java.util.List<String> chunks = new java.util.ArrayList<>(java.util.List.of("can't", "cannot", "gonna",
                "U.S.A.", "e.g.", "&amp;", "&", "maria.gonzalez@gmail.com", "+1-415-555-2671", "A-1009,", "(order)",
                "I'm", "O'Neil's", "Dr.", "3.5kg", "12/05/2024.", "...", "--", "x"));
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + rnd.nextInt(i % 10 == 0 ? 40 : 12);
            for (int c = 0; c < len; c++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            chunks.add(sb.toString());
        }
        for (String c : chunks) {
            assertThat(java.util.Arrays.toString(compiled.tokenize(c))).as(c)
                    .isEqualTo(java.util.Arrays.toString(tk.tokenizePos(c)));
        }
        assertThat(compiled.tokenize("a\u00a0b")).as("no-break space: left to TokenizerME").isNull();
    }

    private static java.util.List<String> allTokens(String text) {
        NlpText t = NlpText.of(text);
        java.util.List<String> all = new java.util.ArrayList<>();
        for (int s = 0; s < t.sentenceCount(); s++) {
            for (int k = 0; k < t.tokens.get(s).length; k++) {
                assertThat(text.substring(t.starts.get(s)[k], t.ends.get(s)[k])).isEqualTo(t.tokens.get(s)[k]);
                all.add(t.tokens.get(s)[k]);
            }
        }
        return all;
    }

    @Test
    void markdownEmphasisAndInlineTagsAreNoTokensAndLeaveTheWordsApart() {
        assertThat(allTokens("name: **Priya Sharma**, ok")).containsExactly("name", ":", "Priya", "Sharma", ",", "ok");
        assertThat(allTokens("**Name:** __John__ *Chen* `Doe`")).containsExactly("Name", ":", "John", "Chen", "Doe");
        assertThat(allTokens("<b>Jane Doe</b>")).containsExactly("Jane", "Doe");
    }

    @Test
    void pipesAndBlockTagsAreTokensOfTheirOwn() {
        assertThat(allTokens("|kevin o'hara|x|")).containsExactly("|", "kevin", "o'hara", "|", "x", "|");
        assertThat(allTokens("<td>Jane Doe</td><td>Leeds</td>"))
                .containsExactly("<td>", "Jane", "Doe", "</td>", "<td>", "Leeds", "</td>");
    }

    @Test
    void marksInsideAWordStayInIt() {
        assertThat(allTokens("set first_name now")).contains("first_name");
        assertThat(allTokens("it is 5*3 ok")).contains("5*3");
        assertThat(allTokens("a <x-tag>Jane")).doesNotContain("<x-tag>"); // not a formatting tag
    }

    @Test
    void markupRunsOfAHundredThousandCharactersFinish() {
        assertThat(allTokens("**a** |b| <td>c</td> _d_ ".repeat(4_000))).contains("a", "b", "c", "d", "|", "<td>");
        assertThat(allTokens("*".repeat(100_000))).hasSize(1); // one over-long chunk
        assertThat(allTokens("*a|".repeat(34_000).substring(0, 100_000).replace("|*", "| *"))).contains("a", "|");
    }
}
