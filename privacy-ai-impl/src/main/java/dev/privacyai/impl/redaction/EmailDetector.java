package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * EMAIL: expands around each {@code '@'} over the characters an address may hold and validates the shape:
 * a local part of 1–64 characters not starting or ending with a dot, a domain of at most 253 characters with at
 * least two labels, labels of letters/digits/hyphens not starting or ending with a hyphen, and an alphabetic
 * top-level label of 2–24 letters. Expansion is bounded, so the work per {@code '@'} is constant.
 */
final class EmailDetector extends ScanningDetector {

    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;

    EmailDetector() {
        super("email", Set.of(EntityType.EMAIL));
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        String t = scan.text;
        int lastEnd = -1;
        for (int k = 0; k < scan.atCount(); k++) {
            int at = scan.at(k);
            if (at < lastEnd) {
                continue;
            }
            int s = at;
            while (s > 0 && at - s < MAX_LOCAL && isLocalChar(t.charAt(s - 1))) {
                s--;
            }
            while (s < at && t.charAt(s) == '.') {
                s++;
            }
            if (s == at || t.charAt(at - 1) == '.') {
                continue;
            }
            int e = at + 1;
            while (e < t.length() && e - at - 1 < MAX_DOMAIN && isDomainChar(t.charAt(e))) {
                e++;
            }
            while (e > at + 1 && (t.charAt(e - 1) == '.' || t.charAt(e - 1) == '-')) {
                e--;
            }
            if (!validDomain(t, at + 1, e)) {
                continue;
            }
            Explanation.Builder ex = Explanation.builder().pattern("local@domain.tld").validator("domain-labels")
                    .baseScore(0.95).reason("address shape with a valid domain and top-level label");
            out.add(finding(EntityType.EMAIL, s, e, 0.95, ex));
            lastEnd = e;
        }
    }

    private static boolean isLocalChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
    }

    private static boolean isDomainChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }

    static boolean validDomain(String t, int from, int to) {
        if (to - from < 4) {
            return false;
        }
        int labels = 0;
        int labelStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || t.charAt(i) == '.') {
                int len = i - labelStart;
                if (len == 0 || len > 63 || t.charAt(labelStart) == '-' || t.charAt(i - 1) == '-') {
                    return false;
                }
                labels++;
                if (i == to) {
                    if (len < 2 || len > 24) {
                        return false;
                    }
                    for (int j = labelStart; j < to; j++) {
                        if (!Character.isLetter(t.charAt(j))) {
                            return false;
                        }
                    }
                }
                labelStart = i + 1;
            }
        }
        return labels >= 2;
    }
}
