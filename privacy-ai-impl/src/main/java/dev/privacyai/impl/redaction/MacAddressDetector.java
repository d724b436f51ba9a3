package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * MAC_ADDRESS: six hexadecimal pairs separated consistently by {@code ':'} or {@code '-'}
 * ({@code 00:1A:2b:3C:4d:5E}), or the Cisco dotted form of three groups of four hex digits
 * ({@code 001a.2b3c.4d5e}), standing alone (not inside a longer hex/separator run). Pairs made of decimal digits
 * only score lower (they may be other numbers) unless "mac"/"hardware address" context is near.
 */
final class MacAddressDetector extends ScanningDetector {

    private static final ContextLexicon CUES = ContextLexicon.of("mac", "mac address", "hardware address",
            "physical address", "ethernet", "wifi", "wi-fi", "bssid", "device", "adapter");
    private static final ContextScorer SCORER = new ContextScorer(CUES, 0.15, ContextScorer.NOT_PERSONAL, 0.3);

    MacAddressDetector() {
        super("mac-address", Set.of(EntityType.MAC_ADDRESS));
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        String t = scan.text;
        int n = t.length();
        int skipUntil = -1;
        // the first group is a token followed by ':', '-' or '.'
        for (int k = scan.nextJoinedToken(0); k < scan.tokenCount(); k = scan.nextJoinedToken(k + 1)) {
            int s = scan.tokenStart(k);
            if (s < skipUntil || s + 14 > n) {
                continue;
            }
            if (s > 0) {
                char b = t.charAt(s - 1);
                if (b == ':' || b == '-' || b == '.' || IpAddressDetector.isHexChar(b) || Character.isLetter(b)) {
                    continue;
                }
            }
            int end = -1;
            String pattern = null;
            if (s + 17 <= n && (t.charAt(s + 2) == ':' || t.charAt(s + 2) == '-')) {
                char sep = t.charAt(s + 2);
                boolean ok = true;
                for (int g = 0; g < 6 && ok; g++) {
                    int p = s + g * 3;
                    ok = IpAddressDetector.isHexChar(t.charAt(p)) && IpAddressDetector.isHexChar(t.charAt(p + 1))
                            && (g == 5 || t.charAt(p + 2) == sep);
                }
                if (ok) {
                    end = s + 17;
                    pattern = sep == ':' ? "hex-pairs-colon" : "hex-pairs-dash";
                }
            } else if (t.charAt(s + 4) == '.' && t.charAt(s + 9) == '.') {
                boolean ok = true;
                for (int i = 0; i < 14 && ok; i++) {
                    ok = (i == 4 || i == 9) || IpAddressDetector.isHexChar(t.charAt(s + i));
                }
                if (ok) {
                    end = s + 14;
                    pattern = "cisco-dotted";
                }
            }
            if (end < 0) {
                continue;
            }
            if (end < n) {
                char a = t.charAt(end);
                if (Character.isLetterOrDigit(a)) {
                    continue;
                }
                if ((a == ':' || a == '-' || a == '.') && end + 1 < n
                        && IpAddressDetector.isHexChar(t.charAt(end + 1))) {
                    continue;
                }
            }
            if (allSame(t, s, end)) {
                continue; // broadcast FF:FF:.. and all-zero addresses identify nobody
            }
            boolean hasLetter = false;
            for (int i = s; i < end; i++) {
                if (Character.isLetter(t.charAt(i))) {
                    hasLetter = true;
                    break;
                }
            }
            double base = hasLetter ? 0.85 : 0.55;
            Explanation.Builder ex = Explanation.builder().pattern(pattern).validator("hex-groups")
                    .reason(hasLetter ? "48-bit hardware address in hex groups" : "hex groups of decimal digits only");
            double score = SCORER.score(scan, s, end, base, ex);
            out.add(finding(EntityType.MAC_ADDRESS, s, end, score, ex));
            skipUntil = end;
        }
    }

    private static boolean allSame(String t, int s, int e) {
        char first = Character.toUpperCase(t.charAt(s));
        for (int i = s; i < e; i++) {
            char c = Character.toUpperCase(t.charAt(i));
            if (c != first && c != ':' && c != '-' && c != '.') {
                return false;
            }
        }
        return first == '0' || first == 'F';
    }
}
