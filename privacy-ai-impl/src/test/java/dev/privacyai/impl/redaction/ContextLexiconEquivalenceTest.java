package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.RedactionContext;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The token-indexed lookup must give exactly what the character scan gives, on any text and window. */
class ContextLexiconEquivalenceTest {

    private static final String[] WORDS = {"card", "cards", "card's", "number", "order", "ref", "ref123", "Card",
        "ORDER", "no.", "tel.", "e-mail", "passw", "password", "a/c", "acct", "#", "%", "téléphone", "numéro", "x",
        "1234", "my", "the", "is", "cardnumber", "card2", "Ordering", "p.o.", "box", "dob", "d.o.b", "çа"};

    @Test
    void tokenLookupEqualsCharacterScanOnRandomTexts() {
        ContextLexicon[] lexicons = {
            ContextScorer.NOT_PERSONAL, CreditCardDetector.CARD_CUES, PhoneDetector.STRONG_CUES,
            PhoneDetector.NEGATIVE_CUES, PhoneDetector.STREET_WORDS,
            ContextLexicon.of("card number", "passw*", "tel.", "a/c", "e-mail", "d.o.b", "téléphone", "ref"),
            ContextLexicon.of("acct*", "order*", "p.o. box", "no."),
        };
        String[] seps = {" ", "  ", ", ", ": ", "-", "(", ")", "\n", "."};
        Random rnd = new Random(42);
        for (int iter = 0; iter < 3000; iter++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + rnd.nextInt(12);
            for (int w = 0; w < n; w++) {
                sb.append(WORDS[rnd.nextInt(WORDS.length)]).append(seps[rnd.nextInt(seps.length)]);
            }
            String text = sb.toString();
            TextScan scan = TextScan.of(text, RedactionContext.defaults());
            for (int window = 0; window < 4; window++) { // later windows reuse the scan's cue occurrences
                for (ContextLexicon lex : lexicons) {
                    int from = rnd.nextInt(text.length() + 1) - 3;
                    int to = from + rnd.nextInt(text.length() + 5);
                    assertThat(lex.findIn(scan, from, to)).as("text=%s [%d,%d)", text, from, to)
                            .isEqualTo(lex.findIn(text, from, to));
                }
            }
        }
    }
}
