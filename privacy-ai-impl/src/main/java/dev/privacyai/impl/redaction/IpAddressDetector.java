package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * IP_ADDRESS: IPv4 in dotted-quad form (four decimal octets 0–255, no leading zeros, not part of a longer dotted
 * number such as a version string {@code 1.2.3.4.5}) and IPv6 (full, {@code ::}-compressed, IPv4-mapped, with an
 * optional {@code %zone} and optional brackets). Both are parsed by a strict hand-written parser; no name
 * resolution ever happens. Reference context ("version", "model", "update to", "software") lowers the score below
 * the default threshold unless an IP cue ("ip", "server", "router", "dns" ...) stands near.
 */
final class IpAddressDetector extends ScanningDetector {

    private static final ContextLexicon IP_CUES = ContextLexicon.of(
            "ip", "ip address", "ipv4", "ipv6", "address", "host", "server", "gateway", "router", "dns", "subnet");
    private static final ContextLexicon NEGATIVE = ContextLexicon.of("version", "ver", "v", "release", "build",
            "model", "firmware", "sku", "isbn", "update", "updated", "updating", "upgrade", "upgraded", "patch",
            "software", "app", "driver", "os");
    private static final ContextScorer SCORER = new ContextScorer(IP_CUES, 0.1, NEGATIVE, 0.4, 24, 16);

    IpAddressDetector() {
        super("ip-address", Set.of(EntityType.IP_ADDRESS));
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        unspecified(scan, out);
        String t = scan.text;
        int n = t.length();
        int skipUntil = -1;
        // both forms start at a token followed by '.' or ':' (or after "::")
        for (int k = scan.nextJoinedToken(0); k < scan.tokenCount(); k = scan.nextJoinedToken(k + 1)) {
            int s = scan.tokenStart(k);
            if (s < skipUntil) {
                continue;
            }
            int e = scan.tokenEnd(k);
            // IPv4: an all-digit token followed by '.'
            if (scan.tokenFlags(k) == TextScan.DIGIT && e < n && t.charAt(e) == '.') {
                int end = parseIpv4(t, s, n);
                if (end > 0 && standaloneV4(t, s, end)) {
                    end = cidr(t, end, 32);
                    Explanation.Builder ex = Explanation.builder().pattern("ipv4-dotted-quad")
                            .validator("octets-0-255").reason("four decimal octets in range");
                    double score = SCORER.score(scan, s, end, 0.85, ex);
                    out.add(finding(EntityType.IP_ADDRESS, s, end, score, ex));
                    skipUntil = end;
                    continue;
                }
            }
            // IPv6: a hex token next to ':' (or "::" before it)
            boolean colonAfter = e < n && t.charAt(e) == ':';
            boolean colonsBefore = s >= 2 && t.charAt(s - 1) == ':' && t.charAt(s - 2) == ':';
            if ((colonAfter || colonsBefore) && isHex(t, s, e)) {
                int a = s;
                if (colonsBefore && !(s >= 3 && isHexChar(t.charAt(s - 3)))) {
                    a = s - 2;
                }
                if (a > 0 && (Character.isLetterOrDigit(t.charAt(a - 1)) || t.charAt(a - 1) == ':'
                        || t.charAt(a - 1) == '.' || t.charAt(a - 1) == '_')) {
                    continue;
                }
                int b = a;
                while (b < n && (isHexChar(t.charAt(b)) || t.charAt(b) == ':' || t.charAt(b) == '.')) {
                    b++;
                }
                skipUntil = b;
                // trailing sentence punctuation is not part of the address
                while (b > a && t.charAt(b - 1) == '.') {
                    b--;
                }
                if (b - a >= 2 && t.charAt(b - 1) == ':' && t.charAt(b - 2) != ':') {
                    b--;
                }
                if (!validIpv6(t, a, b)) {
                    continue;
                }
                int end = b;
                if (end < n && t.charAt(end) == '%') {
                    int z = end + 1;
                    while (z < n && z - end <= 16 && (Character.isLetterOrDigit(t.charAt(z)) || t.charAt(z) == '_')) {
                        z++;
                    }
                    if (z > end + 1) {
                        end = z;
                    }
                }
                if (end < n && Character.isLetterOrDigit(t.charAt(end))) {
                    continue;
                }
                end = cidr(t, end, 128);
                Explanation.Builder ex = Explanation.builder().pattern("ipv6")
                        .validator("ipv6-groups").reason("hexadecimal groups forming a valid IPv6 address");
                double score = SCORER.score(scan, a, end, 0.85, ex);
                out.add(finding(EntityType.IP_ADDRESS, a, end, score, ex));
                skipUntil = end;
            }
        }
    }

    /** The unspecified address "::" (optionally "::/N") standing alone between spaces, '=' or text ends. */
    private void unspecified(TextScan scan, List<Finding> out) {
        String t = scan.text;
        int n = t.length();
        int from = 0;
        while (true) {
            int i = t.indexOf("::", from);
            if (i < 0) {
                return;
            }
            from = i + 2;
            boolean before = i == 0 || t.charAt(i - 1) == ' ' || t.charAt(i - 1) == '=' || t.charAt(i - 1) == '\t'
                    || t.charAt(i - 1) == '\n' || t.charAt(i - 1) == '(' || t.charAt(i - 1) == '[';
            int end = cidr(t, i + 2, 128);
            boolean after = end >= n || " \t\n,;)]".indexOf(t.charAt(end)) >= 0
                    || (t.charAt(end) == '.' && (end + 1 >= n || t.charAt(end + 1) == ' '));
            if (before && after) {
                Explanation.Builder ex = Explanation.builder().pattern("ipv6-unspecified").validator("ipv6-groups")
                        .reason("the IPv6 unspecified address");
                out.add(finding(EntityType.IP_ADDRESS, i, end, SCORER.score(scan, i, end, 0.6, ex), ex));
            }
        }
    }

    /** Extends {@code end} over a CIDR suffix "/N" with N <= max, if present. */
    private static int cidr(String t, int end, int max) {
        int n = t.length();
        if (end + 1 < n && t.charAt(end) == '/' && Character.isDigit(t.charAt(end + 1))) {
            int q = end + 1;
            int v = 0;
            while (q < n && q - end <= 3 && Character.isDigit(t.charAt(q))) {
                v = v * 10 + (t.charAt(q) - '0');
                q++;
            }
            if (v <= max && (q >= n || !Character.isLetterOrDigit(t.charAt(q)))) {
                return q;
            }
        }
        return end;
    }

    /** End of a dotted quad starting at {@code s}, or -1. Octets 0–255, no leading zeros. */
    static int parseIpv4(String t, int s, int limit) {
        int p = s;
        for (int octet = 0; octet < 4; octet++) {
            if (octet > 0) {
                if (p >= limit || t.charAt(p) != '.') {
                    return -1;
                }
                p++;
            }
            int q = p;
            int v = 0;
            while (q < limit && q - p < 4 && t.charAt(q) >= '0' && t.charAt(q) <= '9') {
                v = v * 10 + (t.charAt(q) - '0');
                q++;
            }
            int len = q - p;
            if (len == 0 || len > 3 || v > 255 || (len > 1 && t.charAt(p) == '0')) {
                return -1;
            }
            p = q;
        }
        return p;
    }

    private static boolean standaloneV4(String t, int s, int end) {
        int n = t.length();
        if (s > 0) {
            char b = t.charAt(s - 1);
            if (Character.isLetterOrDigit(b) || b == '_') {
                return false;
            }
            if ((b == '.' || b == '-' || b == ':') && s > 1 && Character.isLetterOrDigit(t.charAt(s - 2))) {
                return false;
            }
        }
        if (end < n) {
            char a = t.charAt(end);
            if (Character.isLetterOrDigit(a)) {
                return false;
            }
            if ((a == '.' || a == '-') && end + 1 < n && Character.isLetterOrDigit(t.charAt(end + 1))) {
                return false;
            }
        }
        return true;
    }

    /** Strict IPv6 text-form check of {@code t[a, b)}: 8 groups, or fewer with one "::"; last may be IPv4. */
    static boolean validIpv6(String t, int a, int b) {
        if (b - a < 2 || b - a > 45) {
            return false;
        }
        int dbl = -1;
        for (int i = a; i + 1 < b; i++) {
            if (t.charAt(i) == ':' && t.charAt(i + 1) == ':') {
                if (dbl >= 0) {
                    return false;
                }
                dbl = i;
                i++;
            }
        }
        int groups = 0;
        boolean v4 = false;
        int p = a;
        if (dbl == a) {
            p = a + 2;
        } else if (t.charAt(a) == ':') {
            return false;
        }
        while (p < b) {
            int q = p;
            while (q < b && t.charAt(q) != ':') {
                q++;
            }
            // group [p, q)
            boolean hasDot = false;
            for (int i = p; i < q; i++) {
                if (t.charAt(i) == '.') {
                    hasDot = true;
                    break;
                }
            }
            if (hasDot) {
                if (q != b || parseIpv4(t, p, q) != q) {
                    return false;
                }
                v4 = true;
                groups += 2;
            } else {
                if (q - p < 1 || q - p > 4) {
                    return false;
                }
                groups++;
            }
            if (q == b) {
                break;
            }
            if (q == dbl) {
                p = q + 2;
            } else {
                p = q + 1;
                if (p >= b) {
                    return false;
                }
            }
        }
        if (dbl >= 0) {
            return groups <= 7 && (groups >= 1 || v4);
        }
        return groups == 8;
    }

    private static boolean isHex(String t, int s, int e) {
        if (e - s > 4) {
            return false;
        }
        for (int i = s; i < e; i++) {
            if (!isHexChar(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isHexChar(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
