package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.spi.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.privacyai.impl.redaction.IdTestSupport.all;
import static dev.privacyai.impl.redaction.IdTestSupport.kept;
import static org.assertj.core.api.Assertions.assertThat;

class UkPassportDetectorTest {

    private final Detector d = Detectors.ukPassport();

    @ParameterizedTest
    @ValueSource(strings = {"My passport number is CD7654321 and it expires soon", "passport: ab1234567",
        "my British passport number is 123456789"})
    void findsWithPassportContext(String text) {
        assertThat(kept(d, text)).hasSize(1);
    }

    @Test
    void twoNumbersBothFound() {
        assertThat(kept(d, "Passports: AB1234567 and XY9876543")).containsExactly("AB1234567", "XY9876543");
    }

    @Test
    void withoutContextOnlyAHint() {
        assertThat(all(d, "AB1234567")).hasSize(1);
        assertThat(kept(d, "AB1234567")).isEmpty();
    }

    @Test
    void nineDigitsOnlyWithBritishContext() {
        assertThat(all(d, "passport 123456789")).isEmpty();
        assertThat(all(d, "UK reference 123456789")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A12345678", "ABC123456", "AB123456", "AB12345678", "AB 1234567", "1234567AB",
        "XYZAB1234567QRS", "aB1234567"})
    void rejectsOtherShapes(String n) {
        assertThat(all(d, "passport " + n)).isEmpty();
    }

    @Test
    void explanationPresent() {
        String text = "passport AB1234567";
        IdTestSupport.assertExplained(IdTestSupport.single(d, text), text, EntityType.UK_PASSPORT);
    }

    @Test
    void adversarialInputsComplete() {
        IdTestSupport.assertCompletesOnAdversarialInputs(d, IdTestSupport.COMMON_SEEDS);
        IdTestSupport.assertCompletesOnAdversarialInputs(d, "uk passport 123456789 ", "AB1234567 ");
    }
}
