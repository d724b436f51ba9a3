package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.spi.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.privacyai.impl.redaction.IdTestSupport.all;
import static dev.privacyai.impl.redaction.IdTestSupport.kept;
import static org.assertj.core.api.Assertions.assertThat;

class UsItinDetectorTest {

    private final Detector d = Detectors.usItin();

    @ParameterizedTest
    @ValueSource(strings = {"911-70-1234", "911-88-1234", "900-90-1234", "912-92-1234", "999-94-1234", "911-99-1234",
        "911-53-1234", "911 70 1234", "911.70.1234"})
    void findsGroupedItins(String itin) {
        assertThat(all(d, "ITIN " + itin)).hasSize(1);
        assertThat(kept(d, "my ITIN is " + itin)).containsExactly(itin);
    }

    @Test
    void contiguousNeedsTaxContext() {
        assertThat(kept(d, "ref 911701234")).isEmpty();
        assertThat(kept(d, "my itin is 911701234")).containsExactly("911701234");
    }

    @Test
    void misDashedFormsAreHintsUnlessContext() {
        assertThat(IdTestSupport.values(d, "911-701234 91170-1234")).containsExactly("911-701234", "91170-1234");
        assertThat(kept(d, "911-701234 91170-1234")).isEmpty();
        assertThat(kept(d, "ITIN 91170-1234")).containsExactly("91170-1234");
    }

    @ParameterizedTest
    @ValueSource(strings = {"911-89-1234", "911-93-1234", "911-69-1234", "911-00-1234", "811-70-1234",
        "911-70-0000", "911-70-12345"})
    void rejectsInvalidGroupsAndShapes(String itin) {
        assertThat(all(d, "my tax id " + itin)).isEmpty();
    }

    @Test
    void explanationPresent() {
        String text = "ITIN: 911-70-1234";
        IdTestSupport.assertExplained(IdTestSupport.single(d, text), text, EntityType.US_ITIN);
    }

    @Test
    void adversarialInputsComplete() {
        IdTestSupport.assertCompletesOnAdversarialInputs(d, IdTestSupport.COMMON_SEEDS);
        IdTestSupport.assertCompletesOnAdversarialInputs(d, "911-70-1234 ", "9-", "911 ");
    }
}
