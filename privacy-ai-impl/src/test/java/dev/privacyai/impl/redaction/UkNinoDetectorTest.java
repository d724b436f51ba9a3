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

    @ParameterizedTest
    @ValueSource(strings = {"AB\u200912\u200934\u200956\u2009C", "AB\u202f12\u202f34\u202f56\u202fC",
        "AB\u200712\u200734\u200756\u2007C", "AB\u221212\u221234\u221256\u2212C", "AB\u201412\u201434\u201456\u2014C"})
    void unicodeSpacesAndDashesSeparateTheGroups(String nino) {
        assertThat(kept(d, "NINO " + nino)).containsExactly(nino);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB\u200312\u200334\u200356\u2003C", "AB\t12\t34\t56\tC", "AB\u2009\u200912 34 56 C"})
    void otherWhitespaceIsNoSeparator(String nino) {
        assertThat(all(d, "NINO " + nino)).isEmpty();
    }

    @Test
    void adversarialUnicodeSeparators() {
        assertThat(all(d, "AB\u200912\u2009".repeat(100_000 / 6 + 1))).isEmpty();
        String unit = "NINO AB\u200912\u200934\u200956\u2009C. ";
        int reps = 100_000 / unit.length() + 1;
        assertThat(kept(d, unit.repeat(reps))).hasSize(reps);
    }
}
