package dev.privacyai.impl.redaction;

import static dev.privacyai.impl.redaction.DetectorAssertions.found;
import static dev.privacyai.impl.redaction.DetectorAssertions.findings;
import static dev.privacyai.impl.redaction.DetectorAssertions.guarded;
import static dev.privacyai.impl.redaction.DetectorAssertions.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.spi.Detector;

import java.util.List;
import org.junit.jupiter.api.Test;

class MacAddressDetectorTest {

    private final Detector d = Detectors.macAddress();

    private List<String> macs(String text) {
        return found(d, EntityType.MAC_ADDRESS, text);
    }

    @Test
    void findsColonDashAndCiscoForms() {
        assertThat(macs("my router is 00:1A:2b:3C:4d:5E.")).containsExactly("00:1A:2b:3C:4d:5E");
        assertThat(macs("MAC 00-1a-2b-3c-4d-5e")).containsExactly("00-1a-2b-3c-4d-5e");
        assertThat(macs("device 001a.2b3c.4d5e online")).containsExactly("001a.2b3c.4d5e");
        assertThat(macs("aa:bb:cc:dd:ee:ff")).containsExactly("aa:bb:cc:dd:ee:ff");
    }

    @Test
    void digitOnlyPairsNeedContext() {
        assertThat(macs("ref 12-34-56-78-90-12")).isEmpty();
        assertThat(macs("mac address 12-34-56-78-90-12")).containsExactly("12-34-56-78-90-12");
    }

    @Test
    void rejectsLookAlikes() {
        assertThat(macs("00:1A:2B:3C:4D")).isEmpty(); // five pairs
        assertThat(macs("00:1A:2B:3C:4D:5E:6F")).isEmpty(); // seven pairs
        assertThat(macs("00:1A-2B:3C:4D:5E")).isEmpty(); // mixed separators
        assertThat(macs("0G:1A:2B:3C:4D:5E")).isEmpty();
        assertThat(macs("FF:FF:FF:FF:FF:FF")).isEmpty(); // broadcast
        assertThat(macs("00:00:00:00:00:00")).isEmpty();
        assertThat(macs("2001:db8:85a3:0:0:8a2e:370:7334")).isEmpty();
    }

    @Test
    void explanationIsPresent() {
        var f = findings(d, "00:1A:2B:3C:4D:5E");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).explanation().pattern()).isEqualTo("hex-pairs-colon");
        assertThat(f.get(0).explanation().reason()).doesNotContain("1A");
    }

    @Test
    void adversarialInputsComplete() {
        guarded(d, repeat("aa:", 100_000));
        guarded(d, repeat("aaaa.", 100_000));
        guarded(d, repeat("a1-", 100_000));
        assertThat(guarded(d, repeat(":", 100_000))).isEmpty();
    }
}
