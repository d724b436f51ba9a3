package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.spi.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static dev.privacyai.impl.redaction.IdTestSupport.all;
import static dev.privacyai.impl.redaction.IdTestSupport.kept;
import static org.assertj.core.api.Assertions.assertThat;

class UkVehicleRegistrationDetectorTest {

    /** Fixed at 2026 so the age-identifier range is stable. */
    private final Detector d = new UkVehicleRegistrationDetector(
            Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest
    @ValueSource(strings = {"AB51 ABC", "BD62XYZ", "LN14-HGT", "AB70 DEF", "YA02 ZZZ", "SK26 ABC", "WR76 XYZ"})
    void findsCurrentUpperCasePlatesAlone(String plate) {
        assertThat(kept(d, plate)).containsExactly(plate);
        assertThat(kept(d, "My car reg is " + plate + " and it expires")).containsExactly(plate);
    }

    @Test
    void lowerCaseNeedsContext() {
        assertThat(all(d, "aa02 aaa")).hasSize(1);
        assertThat(kept(d, "aa02 aaa")).isEmpty();
        assertThat(kept(d, "my reg is aa02 aaa")).containsExactly("aa02 aaa");
    }

    @Test
    void twoPlates() {
        assertThat(kept(d, "Vehicles AB51 ABC and BD62XYZ were seen")).containsExactly("AB51 ABC", "BD62XYZ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A123 BCD", "M456DEF", "ABC 123D", "ABC 1D", "DEF456G"})
    void olderFormatsOnlyWithContext(String plate) {
        assertThat(all(d, plate)).hasSize(1);
        assertThat(kept(d, plate)).isEmpty();
        assertThat(kept(d, "vehicle registration " + plate)).containsExactly(plate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"IB51 ABC", "AQ51 ABC", "AB00 ABC", "AB35 ABC", "AB49 ABC", "AB80 ABC", "AB51 AIB",
        "I123 BCD", "O123 BCD", "ABC 123I", "ABC 123Z", "hello world", "1234567890", "XXXAB51ABCYYY", "Ab51 ABC",
        "ZB51 ABC", "AB27 ABC", "AB77 ABC"})
    void rejectsInvalid(String text) {
        assertThat(all(d, text)).isEmpty();
    }

    @Test
    void explanationPresent() {
        String text = "reg AB51 ABC";
        IdTestSupport.assertExplained(IdTestSupport.single(d, text), text, EntityType.UK_VEHICLE_REGISTRATION);
    }

    @Test
    void adversarialInputsComplete() {
        IdTestSupport.assertCompletesOnAdversarialInputs(d, IdTestSupport.COMMON_SEEDS);
        IdTestSupport.assertCompletesOnAdversarialInputs(d, "AB51 ", "AB51 ABC ", "A1 B ", "ABC-1-");
    }
}
