package dev.privacyai.impl.escalation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokensTest {

    @Test
    void normalizesCaseAccentsRepeatsAndContractions() {
        assertThat(Tokens.of("HÉLLOOO, I don't   want: Mitarbeiter ß!", null).words)
                .containsExactly("helo", ",", "i", "dont", "want", ".", "mitarbeiter", "s", "!");
    }

    @Test
    void expandsChatAbbreviationsAndSplitsFrenchElision() {
        assertThat(Tokens.of("u wanna talk 2 ur agent pls", null).words)
                .containsExactly("you", "want", "to", "talk", "#", "your", "agent", "please");
        assertThat(Tokens.of("l'agent, j'ai", null).words).containsExactly("l", "agent", ",", "j", "ai");
    }

    @Test
    void surfaceStatistics() {
        Tokens t = Tokens.of("WHY IS THIS NOT WORKING?!?!", null);
        assertThat(t.upperWords).isEqualTo(5);
        assertThat(t.maxBangRun).isEqualTo(4);
        assertThat(Tokens.of("card 4111 1111 1111 1111", null).luhnValidRun).isTrue();
        assertThat(Tokens.of("card 4111 1111 1111 1112", null).luhnValidRun).isFalse();
        assertThat(Tokens.of("order 113542617735902", null).luhnValidRun).isFalse(); // not a card IIN
        assertThat(Tokens.of("4111-1111-1111-1111", null).longestDigitRun).isEqualTo(16);
    }

    @Test
    void typoCorrectorFixesOneEditOfKeyWordsOnly() {
        TypoCorrector c = new TypoCorrector(List.of("agent", "human", "representative", "someone", "contact"),
                List.of("contract", "agents"));
        assertThat(c.correct("agnet")).isEqualTo("agent");
        assertThat(c.correct("humna")).isEqualTo("human");
        assertThat(c.correct("reprsentative")).isEqualTo("representative");
        assertThat(c.correct("somneone")).isEqualTo("someone");
        assertThat(c.correct("somone")).isEqualTo("someone");
        assertThat(c.correct("contract")).isNull(); // a real word, one edit from "contact"
        assertThat(c.correct("agents")).isNull();
        assertThat(c.correct("agt")).isNull();      // too short to correct safely
        assertThat(c.correct("urgent")).isNull();   // two edits
    }
}
