package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.RedactionContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextScanTest {

    @Test
    void tokenLengthSetsSeparateDigitOnlyAndMixedTokens() {
        TextScan s = TextScan.of("call 0123456789 or AB123456C, ref X1 at 12:30 on 2024-05-01 " + "7".repeat(70),
                RedactionContext.defaults());
        assertThat(s.digitTokenLengths()).isEqualTo(TextScan.lengths(10, 2, 4, 63));
        assertThat(s.mixedTokenLengths()).isEqualTo(TextScan.lengths(9, 2));
        TextScan words = TextScan.of("no digits here", RedactionContext.defaults());
        assertThat(words.digitTokenLengths() | words.mixedTokenLengths()).isZero();
        // a token joined to ':' (for the URL/IP/MAC jump table) keeps its plain flags
        assertThat(s.tokenFlags(s.tokenAtOrAfter(s.text.indexOf("12:30")))).isEqualTo(TextScan.DIGIT);
        // "call"(0) "0123456789"(1) "or"(2) "AB123456C"(3) "ref"(4) "X1"(5) "at"(6) "12"(7)
        assertThat(s.nextTokenNearDigit(0, 1)).isEqualTo(0);
        assertThat(s.nextTokenNearDigit(2, 1)).isEqualTo(2);
        assertThat(s.nextTokenNearDigit(4, 0)).isEqualTo(5);
        assertThat(s.nextTokenNearDigit(6, 2)).isEqualTo(6);
        assertThat(words.nextTokenNearDigit(0, 2)).isEqualTo(words.tokenCount());
    }

    @Test
    void tokensCarryFlags() {
        TextScan s = TextScan.of("Hi GB82 été 42", RedactionContext.defaults());
        assertThat(s.tokenCount()).isEqualTo(4);
        assertThat(s.tokenHas(0, TextScan.UPPER)).isTrue();
        assertThat(s.tokenHas(1, TextScan.DIGIT) && s.tokenHas(1, TextScan.LETTER)).isTrue();
        assertThat(s.tokenHas(2, TextScan.NON_ASCII)).isTrue();
        assertThat(s.tokenFlags(3)).isEqualTo(TextScan.DIGIT);
    }

    @Test
    void nextDigitTokenSkipsWordsOnly() {
        TextScan s = TextScan.of("Hi GB82 été 42 ok", RedactionContext.defaults());
        assertThat(s.nextDigitToken(0)).isEqualTo(1);
        assertThat(s.nextDigitToken(1)).isEqualTo(1);
        assertThat(s.nextDigitToken(2)).isEqualTo(3);
        assertThat(s.nextDigitToken(4)).isEqualTo(s.tokenCount());
        assertThat(s.nextDigitToken(s.tokenCount())).isEqualTo(s.tokenCount());
        assertThat(s.chars).containsExactly("Hi GB82 été 42 ok".toCharArray());
    }

    @Test
    void numericRunsJoinGroupsAcrossShortSeparators() {
        String t = "call +1 (555) 123-4567 or card 4111 1111 1111 1111, $40";
        TextScan s = TextScan.of(t, RedactionContext.defaults());
        assertThat(s.runCount()).isEqualTo(3);
        assertThat(t.substring(s.runStart(0), s.runEnd(0))).isEqualTo("+1 (555) 123-4567");
        assertThat(s.runDigits(0)).isEqualTo(11);
        assertThat(t.substring(s.runStart(1), s.runEnd(1))).isEqualTo("4111 1111 1111 1111");
        assertThat(s.runDigits(2)).isEqualTo(2);
    }

    @Test
    void atSignsAndPromptAreRecorded() {
        RedactionContext ctx = RedactionContext.builder().previousAssistantPrompt("What's your CARD number?").build();
        TextScan s = TextScan.of("a@b c@d", ctx);
        assertThat(s.atCount()).isEqualTo(2);
        assertThat(s.prompt).isEqualTo("what's your card number?");
        assertThat(s.tokenAtOrAfter(2)).isEqualTo(1);
        assertThat(s.tokenAtOrAfter(3)).isEqualTo(2);
    }

    @Test
    void digitAndAlnumHelpers() {
        TextScan s = TextScan.of("gb82-west 12", RedactionContext.defaults());
        assertThat(s.digitsOf(0, 12)).isEqualTo("8212");
        assertThat(s.alnumUpperOf(0, 9)).isEqualTo("GB82WEST");
        assertThat(s.boundaryBefore(0)).isTrue();
        assertThat(s.boundaryAfter(4)).isTrue();
        assertThat(s.boundaryAfter(3)).isFalse();
    }

    @Test
    void tokenHashEqualsTheLowerCasedTokensHashCode() {
        TextScan s = TextScan.of("Hello WORLD Été 42abC ÇA déjà-vu İstanbul ǅemal", RedactionContext.defaults());
        for (int i = 0; i < s.tokenCount(); i++) {
            assertThat(s.lowerTokenHash(i)).as("token %d", i).isEqualTo(s.lowerToken(i).hashCode());
            assertThat(s.lowerToken(i)).hasSize(s.tokenLength(i));
        }
    }
}
