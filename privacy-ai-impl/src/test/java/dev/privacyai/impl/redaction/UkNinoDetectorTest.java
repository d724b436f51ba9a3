package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.spi.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.privacyai.impl.redaction.IdTestSupport.all;
import static dev.privacyai.impl.redaction.IdTestSupport.kept;
import static org.assertj.core.api.Assertions.assertThat;

class UkNinoDetectorTest {

    private final Detector d = Detectors.ukNino();

    @ParameterizedTest
    @ValueSource(strings = {"AA 12 34 56 B", "hh 01 02 03 d", "tw987654a", "PR 123612C", "YZ 61 48 68 B",
        "AB-12-34-56-C", "AB 123456 C", "JG103759A"})
    void findsSpacedAndCompactEitherCase(String nino) {
        assertThat(kept(d, "my NI number is " + nino + ".")).containsExactly(nino);
        assertThat(kept(d, nino)).containsExactly(nino);
    }

    @Test
    void contextRaisesScore() {
        double plain = IdTestSupport.single(d, "JG103759A").score();
        double withCue = IdTestSupport.single(d, "National Insurance number JG103759A").score();
        assertThat(withCue).isGreaterThan(plain);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AA 12 34 56 H", "AB 12 34 56 1", "ab1234561", "FQ 00 00 00 C", "BG123612A",
        "nt 99 88 77 a", "UV 98 76 54 B", "DA123456A", "AO123456A", "GB123456A", "ZZ123456A", "AB12345C",
        "AB1234567C", "Ab123456C"})
    void rejectsDisallowedPrefixesSuffixesAndShapes(String nino) {
        assertThat(all(d, "nino: " + nino)).isEmpty();
    }

    @Test
    void explanationPresent() {
        String text = "NINO JG103759A";
        IdTestSupport.assertExplained(IdTestSupport.single(d, text), text, EntityType.UK_NINO);
    }

    @Test
    void adversarialInputsComplete() {
        IdTestSupport.assertCompletesOnAdversarialInputs(d, IdTestSupport.COMMON_SEEDS);
        IdTestSupport.assertCompletesOnAdversarialInputs(d, "AB 12 ", "A B 1 2 ", "JG103759A ");
    }
}
