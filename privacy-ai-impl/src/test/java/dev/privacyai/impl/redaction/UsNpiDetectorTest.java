package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.spi.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.privacyai.impl.redaction.IdTestSupport.all;
import static dev.privacyai.impl.redaction.IdTestSupport.kept;
import static org.assertj.core.api.Assertions.assertThat;

class UsNpiDetectorTest {

    private final Detector d = Detectors.usNpi();

    @ParameterizedTest
    @ValueSource(strings = {"NPI: 1234567893", "Provider identifier 1245319599", "npi 1003000126",
        "my NPI is 1234-567-893"})
    void findsWithContext(String text) {
        assertThat(kept(d, text)).hasSize(1);
    }

    @Test
    void groupedFormPassesAloneContiguousNeedsContext() {
        assertThat(kept(d, "1234 567 893")).containsExactly("1234 567 893");
        assertThat(all(d, "1234567893")).hasSize(1);
        assertThat(kept(d, "1234567893")).isEmpty();
    }

    @Test
    void twoNumbers() {
        assertThat(kept(d, "NPI 1234567893 and NPI 1245319599")).containsExactly("1234567893", "1245319599");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0234567893", "3234567893", "9234567893", "123456789", "12345678934", "1111111112",
        "1234567890", "123-456-7893"})
    void rejectsInvalid(String n) {
        assertThat(all(d, "NPI " + n)).isEmpty();
    }

    @Test
    void explanationPresent() {
        String text = "NPI 1234567893";
        IdTestSupport.assertExplained(IdTestSupport.single(d, text), text, EntityType.US_NPI);
    }

    @Test
    void adversarialInputsComplete() {
        IdTestSupport.assertCompletesOnAdversarialInputs(d, IdTestSupport.COMMON_SEEDS);
        IdTestSupport.assertCompletesOnAdversarialInputs(d, "1234 567 893 ", "1234567893 ");
    }
}
