package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.spi.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.privacyai.impl.redaction.IdTestSupport.all;
import static dev.privacyai.impl.redaction.IdTestSupport.kept;
import static org.assertj.core.api.Assertions.assertThat;

class UsDriverLicenseDetectorTest {

    private final Detector d = Detectors.usDriverLicense();

    @ParameterizedTest
    @ValueSource(strings = {"F162823540116", "U62928788557186", "A125325867", "LH329609T", "a56319335", "6940579",
        "425700624", "2270-66-1551", "A123-456-78-901-0", "12ABC34567", "123AB4567", "H12234567"})
    void findsStateShapesWithContext(String dl) {
        assertThat(kept(d, "My driver's license number is " + dl)).containsExactly(dl);
        assertThat(kept(d, "DL: " + dl + ".")).containsExactly(dl);
    }

    @Test
    void withoutContextLetterShapesAreHintsAndDigitsNothing() {
        assertThat(all(d, "H12234567")).hasSize(1);
        assertThat(kept(d, "H12234567")).isEmpty();
        assertThat(all(d, "123456789 1234567890")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"C12T345672", "ABCDEFG", "ABCD1", "123456", "ABC1234567", "A12345678901234567890",
        "1111111", "A1B2C3D4"})
    void rejectsOtherShapes(String dl) {
        assertThat(all(d, "driver license " + dl)).isEmpty();
    }

    @Test
    void aCueOnTheNextLineLabelsTheNextValueNotThisOne() {
        // "License:" starts the next line's field; on the same line after the value it still counts
        assertThat(kept(d, "My US passport is A12345678\nLicense: none")).isEmpty();
        assertThat(kept(d, "A12345678 (my license)")).hasSize(1);
    }

    @Test
    void phoneNumbersAfterPhoneCueAreNotLicenses() {
        assertThat(kept(d, "bus driver. Phone: 201-948-1927")).isEmpty();
    }

    @Test
    void referenceContextBlocks() {
        assertThat(kept(d, "license renewal order number 12345678")).isEmpty();
    }

    @Test
    void explanationPresent() {
        String text = "driver's license A125325867";
        IdTestSupport.assertExplained(IdTestSupport.single(d, text), text, EntityType.US_DRIVER_LICENSE);
    }

    @Test
    void adversarialInputsComplete() {
        IdTestSupport.assertCompletesOnAdversarialInputs(d, IdTestSupport.COMMON_SEEDS);
        IdTestSupport.assertCompletesOnAdversarialInputs(d, "license A1-", "1-", "dl 1234567 ");
    }
}
