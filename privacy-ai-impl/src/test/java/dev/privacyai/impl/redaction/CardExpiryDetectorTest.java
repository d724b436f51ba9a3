package dev.privacyai.impl.redaction;

import static dev.privacyai.impl.redaction.DetectorAssertions.found;
import static dev.privacyai.impl.redaction.DetectorAssertions.findings;
import static dev.privacyai.impl.redaction.DetectorAssertions.guarded;
import static dev.privacyai.impl.redaction.DetectorAssertions.prompt;
import static dev.privacyai.impl.redaction.DetectorAssertions.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.spi.Detector;

import java.util.List;
import org.junit.jupiter.api.Test;

class CardExpiryDetectorTest {

    private final Detector d = Detectors.cardExpiry();

    private List<String> exp(String text) {
        return found(d, EntityType.CARD_EXPIRY, text);
    }

    @Test
    void findsExpiryAfterCue() {
        assertThat(exp("exp 04/27")).containsExactly("04/27");
        assertThat(exp("expiry date is 12/2026.")).containsExactly("12/2026");
        assertThat(exp("expires 1-29")).containsExactly("1-29");
        assertThat(exp("valid thru 09 / 28")).containsExactly("09 / 28");
    }

    @Test
    void findsMonthAndYearWithoutSeparatorOnlyRightAfterACue() {
        assertThat(exp("card 4111111111111111 exp 0527 cvv 123")).containsExactly("0527");
        assertThat(exp("expiry: 11 26")).containsExactly("11 26");
        assertThat(found(d, EntityType.CARD_EXPIRY, "0527", prompt("And the expiry date?"))).containsExactly("0527");
        assertThat(exp("the card expired last year, order 0527 is late")).isEmpty(); // cue too far
        assertThat(exp("exp 1327")).isEmpty();
        assertThat(exp("exp 052")).isEmpty();
        assertThat(exp("0527")).isEmpty();
        assertThat(exp("expires 11 2026 or so")).isEmpty(); // "MM YYYY" with a space is not taken
    }

    @Test
    void findsShortReplyToPrompt() {
        assertThat(found(d, EntityType.CARD_EXPIRY, "04/27", prompt("And the expiry date?")))
                .containsExactly("04/27");
    }

    @Test
    void rejectsWithoutContextOrInvalidMonth() {
        assertThat(findings(d, "score was 04/27")).isEmpty();
        assertThat(exp("exp 13/27")).isEmpty();
        assertThat(exp("exp 00/27")).isEmpty();
        assertThat(exp("exp 04/1999")).isEmpty();
        assertThat(exp("exp 04/27/2020")).isEmpty(); // a full date, not an expiry
    }

    @Test
    void explanationIsPresent() {
        Finding f = findings(d, "exp 04/27").get(0);
        assertThat(f.explanation().validator()).isEqualTo("month-01-12");
        assertThat(f.explanation().contextCues()).isNotEmpty();
    }

    @Test
    void findsCuesInTheLanguagesOfTheDefaultPhoneRegions() {
        assertThat(exp("gültig bis 12/27, Prüfnummer 123")).containsExactly("12/27");
        assertThat(exp("caducidad 12/27")).containsExactly("12/27");
        assertThat(exp("scadenza 03/28")).containsExactly("03/28");
    }

    @Test
    void aValidCardNumberRightBeforeIsTheCue() {
        assertThat(exp("card 4111111111111111 12/27 123")).containsExactly("12/27");
        assertThat(exp("cc: 4111111111111111, 12/2027, 123")).containsExactly("12/2027");
        assertThat(exp("4111111111111111|12|27|123")).containsExactly("12|27");
        assertThat(exp("4111 1111 1111 1111 01/28")).containsExactly("01/28");
        assertThat(exp("4111\u00a01111\u00a01111\u00a01111 01/28")).containsExactly("01/28");
        assertThat(exp("4111111111111112 12/27")).isEmpty(); // not Luhn-valid
        assertThat(exp("4111111111111111 12/27/2025")).isEmpty(); // a date
        assertThat(exp("I have 2 cards, 30 12/27")).isEmpty();
    }

    @Test
    void adversarialInputsComplete() {
        guarded(d, repeat("4111 ", 100_000));
        guarded(d, repeat("4111111111111111 12/27 ", 100_000));
        guarded(d, repeat("exp 12/34 ", 100_000));
        guarded(d, repeat("1/", 100_000));
        guarded(d, repeat("1 / ", 100_000));
        guarded(d, repeat("exp 0527 ", 100_000));
    }
}
