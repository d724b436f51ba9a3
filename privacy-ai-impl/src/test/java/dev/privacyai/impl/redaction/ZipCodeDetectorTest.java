package dev.privacyai.impl.redaction;

import static dev.privacyai.impl.redaction.DetectorAssertions.found;
import static dev.privacyai.impl.redaction.DetectorAssertions.findings;
import static dev.privacyai.impl.redaction.DetectorAssertions.guarded;
import static dev.privacyai.impl.redaction.DetectorAssertions.prompt;
import static dev.privacyai.impl.redaction.DetectorAssertions.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.spi.Detector;

import java.util.List;
import org.junit.jupiter.api.Test;

class ZipCodeDetectorTest {

    private final Detector d = Detectors.zipCode();

    private List<String> zips(String text) {
        return found(d, EntityType.ZIP_CODE, text);
    }

    @Test
    void findsUsZipAfterCueOrState() {
        assertThat(zips("my zip code is 35350")).containsExactly("35350");
        assertThat(zips("ZIP: 62704-1234")).containsExactly("62704-1234");
        assertThat(zips("123 Main St, Springfield, IL 62704")).containsExactly("62704");
        assertThat(zips("Austin, Texas 78712-1179 USA")).containsExactly("78712-1179");
        assertThat(zips("Stanford CA 94305")).containsExactly("94305");
        assertThat(zips("Houston, TX 77002 (713) 853-5620")).containsExactly("77002");
        assertThat(zips("Spring, TX 77388-5746 (281)651-7106")).containsExactly("77388-5746");
    }

    @Test
    void findsOtherCountriesPostcodesWithCue() {
        assertThat(zips("postal code 394 13")).containsExactly("394 13");
        assertThat(zips("ZIP: 53-320")).containsExactly("53-320");
        assertThat(zips("postcode 7412 SL")).containsExactly("7412 SL");
        assertThat(zips("My zip code is 90010-170")).containsExactly("90010-170");
        assertThat(zips("zip 3520")).containsExactly("3520");
        assertThat(zips("postal code B0J 2H0")).containsExactly("B0J 2H0");
    }

    @Test
    void usesTheAssistantPrompt() {
        assertThat(found(d, EntityType.ZIP_CODE, "it's 10001", prompt("What is your zip code?")))
                .containsExactly("10001");
    }

    @Test
    void noContextNoZip() {
        assertThat(zips("I have 35350 points")).isEmpty();
        assertThat(zips("order 62704 shipped")).isEmpty();
        assertThat(zips("IL 627")).isEmpty(); // too short after a state
        assertThat(zips("zip code 555-123-4567")).isEmpty(); // phone-like run
        assertThat(zips("zip code 555 123 4567")).isEmpty();
        assertThat(zips("zip 1234567")).isEmpty();
        assertThat(findings(d, "see 12345 here")).isEmpty();
    }

    @Test
    void explanationIsPresent() {
        Finding f = findings(d, "zip code 12345").get(0);
        assertThat(f.explanation().pattern()).isEqualTo("us-zip");
        assertThat(f.explanation().contextCues()).isNotEmpty();
        assertThat(f.explanation().reason()).doesNotContain("12345");
    }

    @Test
    void adversarialInputsComplete() {
        guarded(d, repeat("zip 12345 ", 100_000));
        guarded(d, repeat("12345-", 100_000));
        guarded(d, repeat("A1A ", 100_000));
        guarded(d, repeat("1 ", 100_000));
    }
}
