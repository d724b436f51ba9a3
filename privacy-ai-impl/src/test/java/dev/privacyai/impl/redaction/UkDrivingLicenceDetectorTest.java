package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
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

    @ParameterizedTest
    @ValueSource(strings = {"driving licence number MORGA 753116 SM9IJ", "licence: SMITH 710238 JM9AB",
        "DVLA driver number: FO999 512018 AA1AB", "my DL is MORGA-753116-SM9IJ", "licence morga 753116 sm9ij",
        "licence MORGA\u00a0753116\u00a0SM9IJ", "MORGA 753116 SM9IJ is my driving licence"})
    void findsThePrintedFormWithALicenceCue(String text) {
        int s = indexOfGroups(text);
        assertThat(kept(d, text)).containsExactly(text.substring(s, s + 18));
        Finding f = IdTestSupport.single(d, text);
        assertThat(f.explanation().pattern()).isEqualTo("dvla-16-grouped");
        IdTestSupport.assertExplained(f, text, EntityType.UK_DRIVING_LICENCE);
    }

    /** Where the 18-character printed form starts: the five characters before the six-digit group. */
    private static int indexOfGroups(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b\\d{6}\\b").matcher(text);
        assertThat(m.find()).isTrue();
        return m.start() - 6;
    }

    @Test
    void issueNumberJoinsThePrintedForm() {
        assertThat(kept(d, "licence SMITH 710238 JM9AB 01")).containsExactly("SMITH 710238 JM9AB 01");
        assertThat(kept(d, "licence SMITH 710238 JM9AB-01")).containsExactly("SMITH 710238 JM9AB");
        assertThat(kept(d, "licence SMITH 710238 JM9AB 012")).containsExactly("SMITH 710238 JM9AB");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "MORGA 753116 SM9IJ",                        // no licence cue
        "order MORGA 753116 SM9IJ",
        "licence SMITH 710238",                      // not the rest
        "licence SMITH 710238 JM9A",
        "licence SMITH 710238 JM9ABC",
        "licence MORGA 753116-SM9IJ",                // two separators
        "licence MORGA  753116 SM9IJ",               // two characters
        "licence MORGA 713116 SM9IJ",                // month 13
        "licence MORGA 750016 SM9IJ",                // day 0
        "licence Smith 710238 JM9AB",                // mixed case
        "licence MO9GA 753116 SM9IJ",                // letter after a 9
        "licence SMITH 710238 9M9AB",                // initial must be a letter
        "driving licence HELLO 123456 WORLD",        // words in capitals
        "licence UNDER 100000 TOTAL", "DRIVER CHECK 710238 ABOUT THEIR LICENCE"
    })
    void printedFormNegatives(String text) {
        assertThat(kept(d, text)).as(text).isEmpty();
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
        IdTestSupport.assertCompletesOnAdversarialInputs(d, "MORGA 753116 ", "licence MORGA 753116 SM9IJ ",
            "licence MORGA 753116 SM9IJ 01 ", "AAAAA 111111 ", "licence 11111 111111 11111 ", "A1B2C 123456 ");
    }
}
