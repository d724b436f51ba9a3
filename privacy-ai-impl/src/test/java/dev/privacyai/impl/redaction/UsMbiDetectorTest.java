package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.spi.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.privacyai.impl.redaction.IdTestSupport.all;
import static dev.privacyai.impl.redaction.IdTestSupport.kept;
import static org.assertj.core.api.Assertions.assertThat;

class UsMbiDetectorTest {

    private final Detector d = Detectors.usMbi();

    @ParameterizedTest
    @ValueSource(strings = {"1EG4-TE5-MK73", "9XX9-XX9-XX99", "1eg4-te5-mk73", "3CD5-FG7-HJ89"})
    void dashedFormPassesAlone(String mbi) {
        assertThat(kept(d, "Patient " + mbi)).containsExactly(mbi);
    }

    @Test
    void compactNeedsMedicareContext() {
        assertThat(all(d, "1EG4TE5MK73")).hasSize(1);
        assertThat(kept(d, "1EG4TE5MK73")).isEmpty();
        assertThat(kept(d, "My Medicare number is 1EG4TE5MK73")).containsExactly("1EG4TE5MK73");
        assertThat(kept(d, "Medicare ID: 3CD5 FG7 HJ89")).containsExactly("3CD5 FG7 HJ89");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1SG4-TE5-MK73", "1EG4-LE5-MK73", "1EG4-TE5-OK73", "1EG4-TE5-MI73", "1BG4-TE5-MK73",
        "1EG4-ZE5-MK73", "AEG4-TE5-MK73", "12G4-TE5-MK73", "0EG4-TE5-MK73", "1EG4TE5MK7", "1EG4TE5MK734",
        "1Eg4-TE5-MK73", "1EG4-TE5/MK73"})
    void rejectsPositionRuleViolations(String mbi) {
        assertThat(all(d, "medicare " + mbi)).isEmpty();
    }

    @Test
    void explanationPresent() {
        String text = "MBI 1EG4-TE5-MK73";
        IdTestSupport.assertExplained(IdTestSupport.single(d, text), text, EntityType.US_MBI);
    }

    @Test
    void adversarialInputsComplete() {
        IdTestSupport.assertCompletesOnAdversarialInputs(d, IdTestSupport.COMMON_SEEDS);
        IdTestSupport.assertCompletesOnAdversarialInputs(d, "1EG4-TE5-", "1EG4TE5MK73", "1EG4 ");
    }
}
