package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.RedactionContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContextLexiconTest {

    @Test
    void matchesWholeWordsCaseInsensitivelyWithPluralsAndPrefixes() {
        ContextLexicon lex = ContextLexicon.of("card number", "pin", "passw*");
        assertThat(lex.findIn("My Card Number is", 0, 17)).isEqualTo("card number");
        assertThat(lex.findIn("spinning", 0, 8)).isNull();
        assertThat(lex.findIn("pins", 0, 4)).isEqualTo("pin");
        assertThat(lex.findIn("pinky", 0, 5)).isNull();
        assertThat(lex.findIn("my Password:", 0, 12)).isEqualTo("passw*");
    }

    @Test
    void tokenWalkFindsWhatTheCharacterWalkFinds() {
        // prefix cues share first characters and differ in the second (the token index keys on both), one has a
        // single character, one a non-ASCII second character; texts mix case, non-ASCII letters and text ends
        // ("número" must not be tried at "number"; "kıs", with a dotless i, matches "KIS" ignoring case)
        ContextLexicon lex = ContextLexicon.of("acct*", "a/c*", "account number", "x*", "cu*", "cédula*", "pin",
                "número*", "kıs*");
        String[] pieces = {"acct", "ACCT", "aCcount", "account", "number", "a/c", "A/C", "a", "x", "X1", "cu", "CU",
            "cust", "cédula", "CÉDULA", "ce", "c", "pin", "pins", "ac", "àc", "12", " ", " ", ": ", "-",
            "/", "İn", "número", "NÚMERO", "nu", "KIS", "kis", "kıs"};
        java.util.Random rnd = new java.util.Random(3);
        int found = 0;
        for (int n = 0; n < 5000; n++) {
            StringBuilder b = new StringBuilder();
            int parts = 1 + rnd.nextInt(8);
            for (int k = 0; k < parts; k++) {
                b.append(pieces[rnd.nextInt(pieces.length)]);
            }
            String text = b.toString();
            TextScan scan = TextScan.of(text, RedactionContext.defaults());
            int from = rnd.nextInt(text.length() + 1);
            int to = from + rnd.nextInt(text.length() - from + 1);
            String byChars = lex.findIn(text, from, to);
            assertThat(lex.findIn(scan, from, to)).as("'%s' [%d, %d)", text, from, to).isEqualTo(byChars);
            if (byChars != null) {
                found++;
            }
        }
        assertThat(found).isGreaterThan(200);
    }

    @Test
    void scorerUsesTextBeforeThenAssistantPromptAndRecordsCues() {
        ContextScorer scorer = new ContextScorer(ContextLexicon.of("card"), 0.2, ContextLexicon.of("order"), 0.3);
        String text = "it is 4111";
        Explanation.Builder ex = Explanation.builder();
        double plain = scorer.score(TextScan.of(text, RedactionContext.defaults()), 6, 10, 0.5, ex);
        assertThat(plain).isEqualTo(0.5);

        RedactionContext asked = RedactionContext.builder().previousAssistantPrompt("What's the card number?").build();
        Explanation.Builder ex2 = Explanation.builder();
        double boosted = scorer.score(TextScan.of(text, asked), 6, 10, 0.5, ex2);
        assertThat(boosted).isEqualTo(0.7);
        assertThat(ex2.build().contextCues()).singleElement()
                .satisfies(c -> assertThat(c.where()).isEqualTo("assistant-prompt"));

        String order = "order 4111";
        Explanation.Builder ex3 = Explanation.builder();
        double lowered = scorer.score(TextScan.of(order, RedactionContext.defaults()), 6, 10, 0.5, ex3);
        assertThat(lowered).isEqualTo(0.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ex3.build().contextCues().get(0).delta()).isNegative();
    }
}
