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
