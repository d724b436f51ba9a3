package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.spi.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.privacyai.impl.redaction.IdTestSupport.all;
import static dev.privacyai.impl.redaction.IdTestSupport.kept;
import static org.assertj.core.api.Assertions.assertThat;

class UkDrivingLicenceDetectorTest {

    private final Detector d = Detectors.ukDrivingLicence();

    @ParameterizedTest
    @ValueSource(strings = {"MORGA607054SM9IJ", "MORGA657054SM9IJ", "FO999512018AA1AB", "SMIT9801015JK2CD",
        "morga607054sm9ij", "JONES710153J99EF", "SMITH802290AB1CD", "SMITH862310AB1CD"})
    void findsValidDriverNumbers(String dl) {
        assertThat(kept(d, dl)).containsExactly(dl);
        assertThat(kept(d, "Licence: " + dl + " ok")).containsExactly(dl);
    }

    @Test
    void contextRaisesScore() {
        assertThat(IdTestSupport.single(d, "driving licence MORGA607054SM9IJ").score())
                .isGreaterThan(IdTestSupport.single(d, "MORGA607054SM9IJ").score());
    }

    @ParameterizedTest
    @ValueSource(strings = {"MORGA600054SM9IJ", "MORGA613054SM9IJ", "MORGA650054SM9IJ", "MORGA663054SM9IJ",
        "MORGA601004SM9IJ", "MORGA601324SM9IJ", "MORGA65705SM9IJ", "MORGA6570544SM9IJ", "99999657054SM9IJ",
        "MO9G9657054SM9IJ", "SMITH802300AB1CD", "SMITH804310AB1CD", "Morga607054SM9IJ", "MORGA6070549M9IJ"})
    void rejectsInvalidDatesAndShapes(String dl) {
        assertThat(all(d, "licence " + dl)).isEmpty();
    }

    @Test
    void explanationPresent() {
        String text = "licence MORGA607054SM9IJ";
        IdTestSupport.assertExplained(IdTestSupport.single(d, text), text, EntityType.UK_DRIVING_LICENCE);
    }

    @Test
    void adversarialInputsComplete() {
        IdTestSupport.assertCompletesOnAdversarialInputs(d, IdTestSupport.COMMON_SEEDS);
        IdTestSupport.assertCompletesOnAdversarialInputs(d, "MORGA607054SM9IJ ", "MORGA607054SM9IJ");
    }
}
