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

    @ParameterizedTest
    @ValueSource(strings = {"\u00a0", "\u202f", "\u2007", "\u2009", "\u2010", "\u2011", "\u2013", "\u2014",
            "\u2212"})
    void unicodeSpacesAndDashesSeparateGroups(String sep) {
        String card = String.join(sep, "4111", "1111", "1111", "1111");
        assertThat(spans(card)).as("U+%04X", (int) sep.charAt(0)).containsExactly(card);
        assertThat(spans("my card is " + card + ", thanks")).containsExactly(card);
        assertThat(all(card).get(0).explanation().pattern()).isEqualTo("pan-grouped");
        assertThat(all(card).get(0).explanation().reason()).doesNotContain("1111");
        String amex = String.join(sep, "3782", "822463", "10005");
        assertThat(spans(amex)).containsExactly(amex);
        // one separator per number: a Unicode one next to a plain one is no card
        assertThat(spans(String.join(sep, "4111", "1111", "1111") + " 1111")).isEmpty();
        assertThat(spans(String.join(sep, "4111", "1111") + "-1111-1111")).isEmpty();
        // Luhn still decides
        assertThat(spans(String.join(sep, "4111", "1111", "1111", "1112"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "4111\u00a01111-1111 1111",     // three separators
            "4111\u00a01111 1111 1111",     // no-break space next to spaces
            "4111\u202f1111\u2013111 11111",
            "4111\u20131111\u20131111\u20131112",
            "4111\u2014\u20141111\u2014\u20141111\u2014\u20141111", // two characters between groups
            "1999\u20142004\u20142011"
    })
    void unicodeSeparatorNegatives(String text) {
        assertThat(spans(text)).as(text).isEmpty();
        assertThat(spans("card " + text)).as(text).isEmpty();
    }

    @Test
    void cardWrappedOverALineBreakNeedsACardCue() {
        assertThat(spans("card 4111 1111\n1111 1111")).containsExactly("4111 1111\n1111 1111");
        assertThat(spans("Card number:\r\n4111-1111-1111\r\n1111 thanks")).containsExactly("4111-1111-1111\r\n1111");
        assertThat(spans("visa 4111\n1111 1111 1111")).containsExactly("4111\n1111 1111 1111");
        assertThat(spans("card 4111\u00a01111 \n 1111\u00a01111")).containsExactly("4111\u00a01111 \n 1111\u00a01111");
        assertThat(spans("amex 3782 822463\n10005")).containsExactly("3782 822463\n10005");
        assertThat(spans("amex 3782\n822463 10005")).containsExactly("3782\n822463 10005");
        assertThat(DetectorAssertions.found(detector, EntityType.CREDIT_CARD, "4111 1111\n1111 1111",
                DetectorAssertions.prompt("Could you read me the long number on your card?")))
                .containsExactly("4111 1111\n1111 1111");
        Finding f = all("card 4111 1111\n1111 1111").get(0);
        assertThat(f.explanation().pattern()).isEqualTo("pan-line-wrapped");
        assertThat(f.explanation().reason()).doesNotContain("1111");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "4111 1111\n1111 1111",                 // no card cue
            "order 4111 1111\n1111 1111",
            "12345678\n87654321",
            "card 41111111\n11111111",              // two 8-digit numbers, not groups of four
            "card 4111 1111\n\n1111 1111",           // a blank line between
            "card 4111 1111\n1111 1112",            // Luhn-invalid
            "card 4111 1111\n1111-1111",            // mixed separators
            "card 4111 1111\n1111 1111 1111",       // 20 digits
            "card 4111 111\n11111 1111",            // not groups of four
            "card 3782 82246\n310005",              // not Amex's 4-6-5
            "card 4111 1111\n1111 1111x",
            "card 4111 1111\n      1111 1111"       // far apart, not a wrapped field
    })
    void lineBreakNegatives(String text) {
        assertThat(spans(text)).as(text).isEmpty();
    }

    @Test
    void twoNumbersOnTwoLinesStayApart() {
        assertThat(spans("account 12345678\nsort 87654321")).isEmpty();
        assertThat(spans("I paid 1111 1111")).isEmpty();
        assertThat(spans("card 1111 1111")).isEmpty();
        // a card on the second line is found on its own
        assertThat(spans("card ending 1234\n4111 1111 1111 1111")).containsExactly("4111 1111 1111 1111");
    }

    @Test
    void splitLastGroupNeedsACardCue() {
        assertThat(spans("card number 4111 1111 1111 111 1")).containsExactly("4111 1111 1111 111 1");
        String nbsp = "4111\u00a01111\u00a01111\u00a0111\u00a01";
        assertThat(spans("visa " + nbsp)).containsExactly(nbsp);
        assertThat(spans("4111 1111 1111 111 1")).isEmpty();
        assertThat(spans("card number 4111 1111 1111 111 2")).isEmpty();
        // a cued whole run that is a valid card wins over a valid part of it (19-digit Visa, first 16 also valid)
        assertThat(spans("card 4111 1111 1111 0006 00 6")).containsExactly("4111 1111 1111 0006 00 6");
        assertThat(spans("4111 1111 1111 0006 00 6")).containsExactly("4111 1111 1111 0006");
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

    @ParameterizedTest
    @ValueSource(strings = {"4111\u00a0", "4111\u202f", "1111\u2014", "4\u2212", "4111 1111\n", "card 4111 1111\n",
            "card 4111 1111\n1111 1111 ", "1111\n", "4111\u2009\n", "card 4111 1111 1111 111 1 ",
            "card 4111\u202f1111\u202f1111\u202f111\u202f1\n", "amex 3782 822463\n10005 "})
    void adversarialNewShapesComplete(String unit) {
        DetectorAssertions.guarded(detector, DetectorAssertions.repeat(unit, 100_000));
    }

    @Test
    void hundredThousandDigitsAreNotACard() {
        String text = "4".repeat(100_000);
        List<Finding> f = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> detector.detect(text, RedactionContext.defaults()));
        assertThat(f).isEmpty();
    }
}
