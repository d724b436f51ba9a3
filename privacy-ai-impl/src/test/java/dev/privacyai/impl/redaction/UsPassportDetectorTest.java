package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.spi.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.privacyai.impl.redaction.IdTestSupport.all;
import static dev.privacyai.impl.redaction.IdTestSupport.kept;
import static org.assertj.core.api.Assertions.assertThat;

class UsPassportDetectorTest {

    private final Detector d = Detectors.usPassport();

    @ParameterizedTest
    @ValueSource(strings = {"my passport number is 912803456", "Passport: A12803456", "passport no. z12803456",
        "my travel document is C03005988"})
    void findsWithPassportContext(String text) {
        assertThat(kept(d, text)).hasSize(1);
    }

    @Test
    void withoutContextOnlyAHint() {
        assertThat(all(d, "A12803456")).hasSize(1);
        assertThat(kept(d, "A12803456")).isEmpty();
        assertThat(kept(d, "912803456")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"passport 12803456", "passport 1280345678", "passport AB2803456", "passport A1280345",
        "passport 111111111", "passport XA12803456B"})
    void rejectsOtherShapes(String text) {
        assertThat(all(d, text)).isEmpty();
    }

    @Test
    void explanationPresent() {
        String text = "passport A12803456";
        IdTestSupport.assertExplained(IdTestSupport.single(d, text), text, EntityType.US_PASSPORT);
    }

    @Test
    void adversarialInputsComplete() {
        IdTestSupport.assertCompletesOnAdversarialInputs(d, IdTestSupport.COMMON_SEEDS);
        IdTestSupport.assertCompletesOnAdversarialInputs(d, "passport A12803456 ", "A12803456");
    }
}
