package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.spi.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.privacyai.impl.redaction.IdTestSupport.all;
import static dev.privacyai.impl.redaction.IdTestSupport.kept;
import static org.assertj.core.api.Assertions.assertThat;

class MedicalLicenseDetectorTest {

    private final Detector d = Detectors.medicalLicense();

    @ParameterizedTest
    @ValueSource(strings = {"BB1388568", "GL0285191", "EU4488929", "K92993548", "AB1234563", "bb1388568"})
    void findsValidDeaNumbersWithContext(String dea) {
        assertThat(kept(d, "The DEA number is " + dea)).containsExactly(dea);
    }

    @Test
    void withoutContextBelowThreshold() {
        assertThat(values(d, "GL0285191 EU4488929")).containsExactly("GL0285191", "EU4488929");
        assertThat(kept(d, "GL0285191 EU4488929")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BG8207031", "AB1234567", "NB1388568", "B11388568", "BB138856", "BB13885680",
        "Bb1388568"})
    void rejectsBadCheckDigitOrShape(String dea) {
        assertThat(all(d, "DEA " + dea)).isEmpty();
    }

    @Test
    void explanationPresent() {
        String text = "DEA BB1388568";
        IdTestSupport.assertExplained(IdTestSupport.single(d, text), text, EntityType.MEDICAL_LICENSE);
    }

    @Test
    void adversarialInputsComplete() {
        IdTestSupport.assertCompletesOnAdversarialInputs(d, IdTestSupport.COMMON_SEEDS);
        IdTestSupport.assertCompletesOnAdversarialInputs(d, "BB1388568 ", "B9");
    }

    private static java.util.List<String> values(Detector det, String text) {
        return IdTestSupport.values(det, text);
    }
}
