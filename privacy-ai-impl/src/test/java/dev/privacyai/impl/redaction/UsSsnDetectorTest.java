package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.spi.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.privacyai.impl.redaction.IdTestSupport.all;
import static dev.privacyai.impl.redaction.IdTestSupport.kept;
import static dev.privacyai.impl.redaction.DetectorAssertions.guarded;
import static dev.privacyai.impl.redaction.DetectorAssertions.prompt;
import static dev.privacyai.impl.redaction.DetectorAssertions.repeat;
import static org.assertj.core.api.Assertions.assertThat;

class UsSsnDetectorTest {

    private final Detector d = Detectors.usSsn();

    @ParameterizedTest
    @ValueSource(strings = {"Here's my SSN: 460-89-9847", "his social security number is 078-05-1123.",
        "ssn 078.05.1123", "SSN 078 05 1123", "my ssn is 536323065", "Social: 731-83-4418 thanks",
        "my ssn is 536 - 22 - 1234", "SSN: 536 \u2013 22 \u2013 1234"})
    void findsWithContextInEveryShape(String text) {
        assertThat(kept(d, text)).hasSize(1);
        assertThat(all(d, text).get(0).score()).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void dashedNumberPassesWithoutContext() {
        assertThat(kept(d, "call me about 460-89-9847 later")).containsExactly("460-89-9847");
    }

    @Test
    void contiguousAndSpacedNeedContext() {
        assertThat(kept(d, "number 536323065 here")).isEmpty();
        assertThat(all(d, "number 536323065 here")).hasSize(1);
        assertThat(kept(d, "Suite 680 36 4022 Oakridge Lane")).isEmpty();
        assertThat(kept(d, "pages 536 - 22 - 1234")).isEmpty();
        assertThat(IdTestSupport.values(d, "pages 536 - 22 - 1234")).containsExactly("536 - 22 - 1234");
        assertThat(IdTestSupport.values(d, "ssn 536 - 22 - 1234 - 99")).isEmpty(); // one group too many
    }

    @Test
    void misDashedFormsAreHintsUnlessContext() {
        assertThat(IdTestSupport.values(d, "078-051121 07805-1121")).containsExactly("078-051121", "07805-1121");
        assertThat(kept(d, "078-051121 07805-1121")).isEmpty();
        assertThat(kept(d, "my SSN is 078-051121")).containsExactly("078-051121");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000-12-3456", "666-12-3456", "900-12-3456", "999-12-3456", "123-00-4567",
        "123-45-0000", "078-05-1120", "123-45-6789", "111-11-1111", "219-09-9999", "078051120", "000000000"})
    void rejectsNeverIssuedAndSampleNumbers(String ssn) {
        assertThat(all(d, "SSN: " + ssn)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"693-09.4444", "123-45-67890", "1234-56-7890", "12-345-6789", "4601-89-9847",
        "ssn 0780511201", "+1 460-89-9847-12", "ssn 078-0511200", "ssn 07805 1121"})
    void rejectsMixedSeparatorsAndWrongLengths(String text) {
        assertThat(all(d, text)).isEmpty();
    }

    @Test
    void referenceContextLowersScore() {
        assertThat(kept(d, "order number 460-89-9847")).isEmpty();
    }

    @Test
    void explanationPresentWithoutValue() {
        String text = "Here's my SSN: 460-89-9847";
        Finding f = all(d, text).get(0);
        IdTestSupport.assertExplained(f, text, EntityType.US_SSN);
        assertThat(f.explanation().contextCues()).isNotEmpty();
    }

    @Test
    void adversarialInputsComplete() {
        IdTestSupport.assertCompletesOnAdversarialInputs(d, IdTestSupport.COMMON_SEEDS);
        IdTestSupport.assertCompletesOnAdversarialInputs(d, "460-89-9847 ", "460-89-", "123456789 ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "last 4 of ssn 8923 | 8923",
        "last four of my social is 8923 | 8923",
        "ssn last 4: 8923 | 8923",
        "last 4 of SSN 8923 | 8923",
        "the last four digits of my social security number are 8923 | 8923",
        "Last 4 digits of my SSN - 8923 | 8923",
        "last 4 ssn 8923 | 8923",
        "last4 of ssn: 8923 | 8923",
        "my social's last four are 8923 | 8923",
        "my social\u2019s last 4 is 8923 | 8923",
        "SSN last four digits: 8923 | 8923",
        "social security number last 4 = 8923 | 8923",
        "last 4 of my social security # 8923 | 8923",
        "ssn number last 4 is 8923 | 8923",
        "my ssn ends in 8923 | 8923",
        "social ending with 8923 | 8923",
        "ok the last 4 of my ssn, it's 8923 thanks | 8923",
        "last 4 of ssn 1985 | 1985",
    })
    void findsTheLastFourOfAnSsnAfterTheCue(String text, String expected) {
        String t = text;
        assertThat(kept(d, t)).containsExactly(expected);
        Finding f = all(d, t).get(0);
        assertThat(f.entityType()).isEqualTo(EntityType.US_SSN);
        assertThat(f.explanation().pattern()).isEqualTo("ssn-last-4");
        assertThat(f.explanation().reason()).contains("partial SSN").doesNotContain(expected);
        assertThat(f.toString()).doesNotContain(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "last 4 of my card 4242", "card last 4: 4242", "order 8923", "last 4 digits of the tracking number 8923",
        "my ssn? I'll send 2 docs", "my ssn is 8923", "last 4 of my phone 8923", "social media last 4 posts 8923",
        "last 4 of ssn 0000", "last 4 of ssn 8923-12", "last 4 of ssn 8923.50", "last 4 of ssn $8923",
        "last 4 of ssn 8923%", "last 4 of ssn 89234", "last 4 of ssn 892", "last 4 of ssn 8923 4455",
        "last 4 of ssn. Order 8923", "last 4 of ssn\n8923", "ssn last 4 of the card 4242",
        "last 4 of ssn and then some other words 8923", "4 of ssn 8923", "last 5 of ssn 89231",
        "ssn ending 8923 in",
    })
    void otherLastFoursAndNumbersAreNotAPartialSsn(String text) {
        assertThat(all(d, text)).isEmpty();
    }

    // ---- Unicode separators (text copied from web pages) ----

    @ParameterizedTest
    @ValueSource(strings = {"536\u202f22\u202f1234", "536\u200722\u20071234", "536\u200922\u20091234",
        "536\u00a022\u00a01234", "536\u221222\u22121234", "536\u201422\u20141234", "536\u201122\u20111234",
        "536 \u2212 22 \u2212 1234", "536\u202f\u2013\u202f22\u202f\u2013\u202f1234"})
    void unicodeSpacesAndDashesSeparateTheGroups(String ssn) {
        assertThat(kept(d, "SSN " + ssn)).containsExactly(ssn);
    }

    @Test
    void aUnicodeDashCountsAsADash() {
        // a dashed 3-2-4 number passes on its own; a minus sign or em dash is a dash
        assertThat(kept(d, "call me about 460\u221289\u22129847 later")).containsExactly("460\u221289\u22129847");
        assertThat(kept(d, "call me about 460\u201489\u20149847 later")).containsExactly("460\u201489\u20149847");
        // spaces of any kind still need context
        assertThat(kept(d, "call me about 460\u202f89\u202f9847 later")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ssn 536\u202f22-1234", "ssn 536\u221222.1234", "ssn 536\u200922\u22121234",
        "ssn 536\u200322\u20031234", "ssn 536\t22\t1234", "ssn 536\u202f22\u202f1234\u202f99"})
    void mixedOrOtherSeparatorsAreNoSsn(String text) {
        // one separator throughout (a narrow no-break space is a space, a minus sign a dash); an em space or a tab
        // is not a separator inside an identifier
        assertThat(all(d, text)).isEmpty();
    }

    // ---- digits typed one by one ----

    @ParameterizedTest
    @ValueSource(strings = {"5 3 6 - 2 2 - 1 2 3 4", "5 3 6-2 2-1 2 3 4", "5 3 6 \u2013 2 2 \u2013 1 2 3 4",
        "5\u202f3\u202f6 \u2212 2\u202f2 \u2212 1\u202f2\u202f3\u202f4"})
    void digitsTypedOneByOneInDashedGroups(String ssn) {
        assertThat(kept(d, "my ssn is " + ssn + ".")).containsExactly(ssn);
        // like " - " groups, they need SSN context
        assertThat(kept(d, "pages " + ssn)).isEmpty();
        assertThat(IdTestSupport.values(d, "pages " + ssn)).containsExactly(ssn);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 - 3 - 6 items", "ssn 1 - 2", "ssn 5 3 6 - 2 2 - 1 2 3 4 5", "ssn 5 3 6 - 2 2 - 1 2 3",
        "ssn 5 3 6 - 2 2 - 1 2 3 4 - 9", "ssn 7 5 3 6 - 2 2 - 1 2 3 4", "ssn 5 3 6 - 2 2-1 2 3 4",
        "ssn 5 3 6 - 2 2 - 1 2 3 4x", "ssn 9 3 6 - 2 2 - 1 2 3 4", "ssn 1 2 3 - 4 5 - 6 7 8 9",
        "ssn 5 3 6 / 2 2 / 1 2 3 4", "ssn 5  3 6 - 2 2 - 1 2 3 4", "ssn 53 6 - 2 2 - 1 2 3 4"})
    void otherSingleDigitSequencesAreNoSsn(String text) {
        // wrong group sizes, one more group or digit, mixed dash gaps, never-issued or sample numbers, other gaps
        assertThat(all(d, text)).isEmpty();
    }

    @Test
    void aPartialSsnBesideACardLastFourAndAFullSsn() {
        String text = "last 4 of ssn 8923, last 4 of card 4242, full ssn 460-89-9847";
        assertThat(kept(d, text)).containsExactly("8923", "460-89-9847");
    }

    @Test
    void aReplyToAPromptForTheLastFourOfTheSsn() {
        assertThat(DetectorAssertions.found(d, EntityType.US_SSN, "8923",
                prompt("Can you verify the last four of your social?"))).containsExactly("8923");
        assertThat(DetectorAssertions.found(d, EntityType.US_SSN, "sure, it's 8923",
                prompt("Please give me the last 4 digits of your SSN."))).containsExactly("8923");
        assertThat(DetectorAssertions.found(d, EntityType.US_SSN, "it is 8923",
                prompt("Can you verify the last four of your social?"))).containsExactly("8923");
        assertThat(DetectorAssertions.found(d, EntityType.US_SSN, "4242",
                prompt("What are the last 4 digits of your card?"))).isEmpty();
        assertThat(DetectorAssertions.found(d, EntityType.US_SSN, "8923", prompt("What is your SSN?"))).isEmpty();
        assertThat(DetectorAssertions.found(d, EntityType.US_SSN, "I ordered item 8923 yesterday",
                prompt("Can you verify the last four of your social?"))).isEmpty();
    }

    @Test
    void partialSsnAdversarialInputsFinishWithTheRightResult() {
        String cued = repeat("last 4 of ssn 8923 ", 100_000);
        assertThat(guarded(d, cued)).hasSize(cued.length() / "last 4 of ssn 8923 ".length());
        assertThat(guarded(d, repeat("8923 ", 100_000))).isEmpty();
        assertThat(guarded(d, repeat("last 4 of ", 100_000) + "card 4242")).isEmpty();
        assertThat(guarded(d, repeat("is ", 100_000) + "8923")).isEmpty();
        List<Finding> far = guarded(d, repeat("last 4 of ssn ", 100_000) + "is 8923");
        assertThat(far).singleElement().satisfies(f -> assertThat(f.explanation().pattern()).isEqualTo("ssn-last-4"));
    }

    @Test
    void adversarialSpelledDigits() {
        String unit = "ssn 5 3 6 - 2 2 - 1 2 3 4, ";
        int reps = 100_000 / unit.length() + 1;
        assertThat(kept(d, unit.repeat(reps))).hasSize(reps);
        // one endless chain of single digits, spaces and dashes holds no 3-2-4 group on its own
        assertThat(all(d, "5 3 6 - 2 2 - 1 2 3 4 ".repeat(100_000 / 22 + 1))).isEmpty();
        assertThat(all(d, "1 - ".repeat(25_001))).isEmpty();
        assertThat(all(d, "1 ".repeat(50_001))).isEmpty();
        assertThat(all(d, "5\u202f3\u202f6\u2212".repeat(12_501))).isEmpty();
    }
}
