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

class CvvDetectorTest {

    private final Detector d = Detectors.cvv();

    private List<String> cvv(String text) {
        return found(d, EntityType.CVV, text);
    }

    @Test
    void findsCodeAfterCue() {
        assertThat(cvv("the cvv is 123")).containsExactly("123");
        assertThat(cvv("CVC: 9876")).containsExactly("9876");
        assertThat(cvv("CVV2 042")).containsExactly("042");
        assertThat(cvv("security code 555")).containsExactly("555");
        assertThat(cvv("the 3 digits on the back are 321")).containsExactly("321");
        // a transcript: the agent's question on the line before
        assertThat(cvv("Agent: and the 3 digit code on the back?\nCustomer: 123")).containsExactly("123");
        assertThat(cvv("what's the number on the back of the card? 4821")).containsExactly("4821");
    }

    @Test
    void aPinCueNearerThanTheCvvCueNamesASecret() {
        assertThat(cvv("my cvv is 123 and my pin is 4321")).containsExactly("123");
        var findings = DefaultRedactor.builder().detectors(Detectors.structured()).build()
                .analyze("my cvv is 123 and my pin is 4321");
        assertThat(findings).extracting(f -> f.entityType()).containsExactly(EntityType.CVV, EntityType.SECRET);
        assertThat(cvv("CVV and PIN: cvv 567")).containsExactly("567"); // the CVV cue is as near
    }

    @Test
    void findsShortReplyToPrompt() {
        assertThat(found(d, EntityType.CVV, "it's 737", prompt("Please read me the CVV on the back of the card")))
                .containsExactly("737");
        assertThat(found(d, EntityType.CVV, "it's 737", prompt("How many guests?"))).isEmpty();
    }

    @Test
    void withoutContextNothing() {
        assertThat(findings(d, "table for 123 at 4567")).isEmpty();
        assertThat(cvv("cvv 12")).isEmpty();
        assertThat(cvv("cvv 12345")).isEmpty();
        assertThat(cvv("cvv is 4111 1111 1111 1111")).isEmpty(); // part of a longer number
    }

    @Test
    void explanationRecordsTheCue() {
        Finding f = findings(d, "cvv 123").get(0);
        assertThat(f.explanation().contextCues()).extracting(c -> c.cue()).containsExactly("cvv");
        assertThat(f.explanation().reason()).doesNotContain("123");
    }

    @Test
    void findsCuesInTheLanguagesOfTheDefaultPhoneRegions() {
        assertThat(cvv("gültig bis 12/27, Prüfnummer 123")).containsExactly("123");
        assertThat(cvv("cryptogramme 123")).containsExactly("123");
        assertThat(cvv("codice di sicurezza 456")).containsExactly("456");
    }

    @Test
    void findsTheCodeAfterACardNumberAndItsExpiry() {
        // card details pasted in one go: no cue word before the code
        assertThat(cvv("card 4111111111111111 12/27 123")).containsExactly("123");
        assertThat(cvv("cc: 4111111111111111, 12/27, 123")).containsExactly("123");
        assertThat(cvv("4111111111111111|12|27|123")).containsExactly("123");
        assertThat(cvv("4111 1111 1111 1111 12/2027 1234")).containsExactly("1234");
        // the card must be valid (Luhn) and the month a month
        assertThat(cvv("4111111111111112 12/27 123")).isEmpty();
        assertThat(cvv("4111111111111111 13/27 123")).isEmpty();
        assertThat(cvv("Room 12/27 101")).isEmpty();
    }

    @Test
    void aLabelGluedToTheCodeAndABareCodeAfterCardDetailsAreCues() {
        assertThat(cvv("CVV:123")).containsExactly("123");
        assertThat(cvv("CVV2:0421")).containsExactly("0421");
        assertThat(cvv("Security code:789")).containsExactly("789");
        assertThat(cvv("card 4111111111111111 exp 12/27 code 123")).containsExactly("123");
        assertThat(cvv("my card number is 4111111111111111, the code is 123")).containsExactly("123");
        // "card" alone is not card details; another kind of code; a time is no label
        assertThat(cvv("my card was declined with code 503")).isEmpty();
        assertThat(cvv("card expired, error code 123")).isEmpty();
        assertThat(cvv("exp 12/27, zip code 902")).isEmpty();
        assertThat(cvv("cvv at 10:300")).isEmpty();
    }

    @Test
    void adversarialInputsComplete() {
        guarded(d, repeat("4111111111111111 12/27 123 ", 100_000));
        guarded(d, repeat("1 ", 100_000));
        guarded(d, repeat("exp code 1 ", 100_000));
        guarded(d, repeat("cvv 123 ", 100_000));
        guarded(d, repeat("123 ", 100_000));
        guarded(d, repeat("cvv", 100_000));
    }
}
