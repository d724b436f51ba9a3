package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.spi.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class CreditCardDetectorTest {

    private static final double REPORTED = 0.5;
    private final Detector detector = Detectors.creditCard();

    private List<Finding> all(String text) {
        return detector.detect(text, RedactionContext.defaults());
    }

    private List<String> spans(String text) {
        return all(text).stream().filter(f -> f.score() >= REPORTED)
                .map(f -> text.substring(f.start(), f.end())).collect(Collectors.toList());
    }

    @Test
    void groupedUngroupedDashedDotted() {
        assertThat(spans("4111111111111111")).containsExactly("4111111111111111");
        assertThat(spans("card 4111 1111 1111 1111 please")).containsExactly("4111 1111 1111 1111");
        assertThat(spans("4111-1111-1111-1111.")).containsExactly("4111-1111-1111-1111");
        assertThat(spans("4111.1111.1111.1111")).containsExactly("4111.1111.1111.1111");
        assertThat(spans("amex 3782 822463 10005")).containsExactly("3782 822463 10005");
    }

    @ParameterizedTest
    @CsvSource({
            "4111111111111111, Visa",
            "4222222222222, Visa",
            "5555555555554444, Mastercard",
            "2223003122003222, Mastercard",
            "378282246310005, American Express",
            "6011111111111117, Discover",
            "30569309025904, Diners Club",
            "3566002020360505, JCB",
            "180000000000002, JCB",
            "213100000000001, JCB",
            "6200000000000005, UnionPay",
            "2200000000000004, Mir",
            "6759649826438453, Maestro",
            "060400000000, Maestro",
            "9792000000000003, Troy",
            "3502162941615515, JCB-like 35",
            "122000000000003, UATP"
    })
    void issuerRanges(String number, String issuer) {
        assertThat(Checksums.luhn(number)).as("test vector must be Luhn-valid").isTrue();
        assertThat(CreditCardDetector.issuer(number)).isEqualTo(issuer);
        List<Finding> f = all("my card " + number);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).score()).isGreaterThanOrEqualTo(REPORTED);
        assertThat(f.get(0).explanation().reason()).contains(issuer).doesNotContain(number.substring(4, 10));
    }

    @Test
    void irregularGroupsAreACardOnlyWithACardCue() {
        assertThat(spans("card number 4111 11111111 1111")).containsExactly("4111 11111111 1111");
        assertThat(spans("my visa is 4111-1111-1111-111-1, thanks")).containsExactly("4111-1111-1111-111-1");
        assertThat(all("card number 4111 11111111 1111").get(0).explanation().pattern())
                .isEqualTo("pan-irregular-groups");
        // no cue, a mixed separator, or Luhn/issuer failing: nothing
        assertThat(spans("ref 4111 11111111 1111")).isEmpty();
        assertThat(spans("card number 4111 11111111-1111")).isEmpty();
        assertThat(spans("card number 4111 11111111 1112")).isEmpty();
    }

    @Test
    void twelveDigitMaestroIsFoundGroupedAndUngrouped() {
        assertThat(spans("credit card 060400000000 transactions")).containsExactly("060400000000");
        assertThat(spans("card 0604 0000 0000")).containsExactly("0604 0000 0000");
    }

    @Test
    void weakSchemesNeedCardContext() {
        // UATP: prefix 1 + Luhn is weak evidence; reported only with card context
        assertThat(spans("purchase 113542617735902")).isEmpty();
        assertThat(spans("my credit card: 122000000000003")).containsExactly("122000000000003");
        // 35xx outside JCB's assigned range scores lower than a JCB number
        double wide = all("3502162941615515").get(0).score();
        double jcb = all("3566002020360505").get(0).score();
        assertThat(wide).isLessThan(jcb).isGreaterThanOrEqualTo(REPORTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "4111111111111112",          // Luhn-invalid
            "4111 1111 1111 1113",
            "5555555555554445",
            "378282246310006",
            "1234567812345678",          // no issuer
            "9111111111111111",
            "411111111111111",           // wrong length for Visa (15)
            "41111111111111111",         // 17
            "4111 1111-1111 1111",       // mixed separators
            "41111 11111 11111 1",
            "version 4.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1"
    })
    void negatives(String text) {
        assertThat(spans(text)).as(text).isEmpty();
    }

    @Test
    void orderNumberContextLowersTheScore() {
        double plain = all("4111111111111111").get(0).score();
        double order = all("order number 4111111111111111").get(0).score();
        double card = all("card number 4111111111111111").get(0).score();
        assertThat(order).isLessThan(plain);
        assertThat(card).isGreaterThan(plain);
        assertThat(all("order number 4111111111111111").get(0).explanation().contextCues())
                .anySatisfy(c -> assertThat(c.delta()).isNegative());
    }

    @Test
    void explanationPresent() {
        Finding f = all("visa 4111 1111 1111 1111").get(0);
        assertThat(f.entityType()).isEqualTo(EntityType.CREDIT_CARD);
        assertThat(f.explanation().validator()).isEqualTo("luhn+issuer-range");
        assertThat(f.explanation().pattern()).isEqualTo("pan-grouped");
        assertThat(f.explanation().contextCues()).isNotEmpty();
        assertThat(f.explanation().reason()).doesNotContain("1111");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "4111 ", "1 ", "4-", "4111111111111111 ", "1111-", "  ", "...."})
    void adversarialInputsComplete(String unit) {
        String text = unit.repeat(100_000 / unit.length() + 1);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> detector.detect(text, RedactionContext.defaults()));
    }

    @Test
    void hundredThousandDigitsAreNotACard() {
        String text = "4".repeat(100_000);
        List<Finding> f = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> detector.detect(text, RedactionContext.defaults()));
        assertThat(f).isEmpty();
    }
}
