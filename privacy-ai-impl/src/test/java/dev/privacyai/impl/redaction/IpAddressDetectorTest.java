package dev.privacyai.impl.redaction;

import static dev.privacyai.impl.redaction.DetectorAssertions.found;
import static dev.privacyai.impl.redaction.DetectorAssertions.findings;
import static dev.privacyai.impl.redaction.DetectorAssertions.guarded;
import static dev.privacyai.impl.redaction.DetectorAssertions.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.spi.Detector;

import java.util.List;
import org.junit.jupiter.api.Test;

class IpAddressDetectorTest {

    private final Detector d = Detectors.ipAddress();

    private List<String> ips(String text) {
        return found(d, EntityType.IP_ADDRESS, text);
    }

    @Test
    void findsIpv4() {
        assertThat(ips("my ip is 192.168.1.10, thanks")).containsExactly("192.168.1.10");
        assertThat(ips("0.0.0.0 and 255.255.255.255")).containsExactly("0.0.0.0", "255.255.255.255");
        assertThat(ips("Connected from 41.173.96.26.")).containsExactly("41.173.96.26");
        assertThat(ips("subnet 10.0.0.0/8")).containsExactly("10.0.0.0/8");
    }

    @Test
    void findsIpv6Forms() {
        assertThat(ips("addr 2001:0db8:85a3:0000:0000:8a2e:0370:7334 ok"))
                .containsExactly("2001:0db8:85a3:0000:0000:8a2e:0370:7334");
        assertThat(ips("6e40:4041:c617:e898:c11:40d2:c669:2eb4")).containsExactly("6e40:4041:c617:e898:c11:40d2:c669:2eb4");
        assertThat(ips("use 2001:db8::1 please")).containsExactly("2001:db8::1");
        assertThat(ips("loopback ::1")).containsExactly("::1");
        assertThat(ips("mapped ::ffff:192.0.2.128 here")).containsExactly("::ffff:192.0.2.128");
        assertThat(ips("link fe80::1%eth0 up")).containsExactly("fe80::1%eth0");
        assertThat(ips("http://[2001:db8::7]:8080/")).containsExactly("2001:db8::7");
        assertThat(ips("FE80::ABCD:1")).containsExactly("FE80::ABCD:1");
        assertThat(ips("prefix fe80::/10")).containsExactly("fe80::/10");
    }

    @Test
    void rejectsInvalidAddressesAndLookAlikes() {
        assertThat(ips("256.1.1.1")).isEmpty();
        assertThat(ips("192.168.01.1")).isEmpty(); // leading zero
        assertThat(ips("192.168.1")).isEmpty();
        assertThat(ips("version 1.2.3.4.5")).isEmpty();
        assertThat(ips("v1.2.3.4")).isEmpty();
        assertThat(ips("release v1.2.3")).isEmpty();
        assertThat(ips("on 12.10.2020 at 10:30")).isEmpty();
        assertThat(ips("time 12:34:56")).isEmpty();
        assertThat(ips("std::cout and MyClass::toString")).isEmpty();
        assertThat(ips("2001::db8::1")).isEmpty();
        assertThat(ips("12345:db8::1")).isEmpty();
        assertThat(ips("1:2:3:4:5:6:7")).isEmpty();
        assertThat(ips("gggg:hhhh::1234")).isEmpty();
        assertThat(ips("text192.168.1.1")).isEmpty();
        assertThat(ips("::ffff:256.0.0.1")).isEmpty();
        assertThat(ips("ratio 1:2:3:4")).isEmpty();
        // a software version that parses as four octets
        assertThat(ips("the update to 2.10.3.15 fixed it")).isEmpty();
        assertThat(ips("software 2.10.3.15 update")).isEmpty();
        // an IP cue near it outweighs the version context
        assertThat(ips("after the update the router is at 192.168.1.1")).containsExactly("192.168.1.1");
    }

    @Test
    void explanationIsPresentAndValueFree() {
        List<Finding> f = findings(d, "server 203.0.113.9");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).explanation().validator()).isEqualTo("octets-0-255");
        assertThat(f.get(0).explanation().toString()).doesNotContain("203.0.113.9");
        assertThat(f.get(0).detector()).isEqualTo("ip-address");
    }

    @Test
    void adversarialInputsComplete() {
        guarded(d, repeat("1.", 100_000));
        guarded(d, repeat(":", 100_000));
        guarded(d, repeat("a:", 100_000));
        guarded(d, repeat("ffff::", 100_000));
        guarded(d, repeat("255.255.255.255.", 100_000));
        assertThat(guarded(d, repeat("1234567890", 100_000))).isEmpty();
    }
}
