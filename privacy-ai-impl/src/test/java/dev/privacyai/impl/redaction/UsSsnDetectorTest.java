package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.spi.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.privacyai.impl.redaction.IdTestSupport.all;
import static dev.privacyai.impl.redaction.IdTestSupport.kept;
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
}
