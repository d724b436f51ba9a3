package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * UK_POSTCODE: the full UK postcode format, outward code (area letters, district digit(s), optional letter) plus
 * inward code (digit and two letters, excluding C, I, K, M, O, V), with or without the space ("SW1A 1AA", "M1 1AE",
 * "EC1A1BB", "m1 1ae"), and the special "GIR 0AA". The space is one character: a space, or the no-break, narrow
 * no-break, figure or thin space (U+00A0, U+202F, U+2007, U+2009) of text copied from web pages, which counts as
 * the space. Upper case with the space scores high; other spellings score high only with postcode/address context
 * and stay below the default threshold otherwise.
 */
final class UkPostcodeDetector extends ScanningDetector {

    private static final ContextLexicon CUES = ContextLexicon.of("postcode", "post code", "postal code", "postal",
            "address", "live at", "lives at", "living at", "zip", "zip code", "deliver*", "street", "road", "london",
            "uk", "united kingdom", "england", "scotland", "wales");
    private static final ContextScorer SCORER = new ContextScorer(CUES, 0.45, ContextScorer.NOT_PERSONAL, 0.3);

    UkPostcodeDetector() {
        super("uk-postcode", Set.of(EntityType.UK_POSTCODE));
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        String t = scan.text;
        int count = scan.tokenCount();
        // the outward code holds a digit, or "GIR" is followed by the inward code's digit
        for (int k = scan.nextTokenNearDigit(0, 1); k < count; k = scan.nextTokenNearDigit(k + 1, 1)) {
            int len = scan.tokenLength(k);
            boolean gir = len == 3 && (t.charAt(scan.tokenStart(k)) | 0x20) == 'g'
                    && t.regionMatches(true, scan.tokenStart(k), "GIR", 0, 3);
            if (len < 2 || len > 7
                    || (!gir && (!scan.tokenHas(k, TextScan.DIGIT) || !scan.tokenHas(k, TextScan.LETTER)))) {
                continue;
            }
            int s = scan.tokenStart(k);
            int e = scan.tokenEnd(k);
            if (s > 0 && (t.charAt(s - 1) == '-' || t.charAt(s - 1) == '.' || t.charAt(s - 1) == '/')) {
                continue;
            }
            int end = -1;
            boolean spaced = false;
            if (len >= 5 && outward(t, s, e - 3) && inward(t, e - 3)) {
                end = e;
            } else if (len <= 4 && k + 1 < count && scan.tokenLength(k + 1) == 3
                    && scan.tokenStart(k + 1) == e + 1 && isSpace(t.charAt(e)) && outward(t, s, e)
                    && inward(t, e + 1)) {
                end = scan.tokenEnd(k + 1);
                spaced = true;
            }
            if (end < 0 || (end < t.length() && (t.charAt(end) == '-' || t.charAt(end) == '.')
                    && end + 1 < t.length() && Character.isLetterOrDigit(t.charAt(end + 1)))) {
                continue;
            }
            boolean upper = true;
            for (int i = s; i < end; i++) {
                if (Character.isLowerCase(t.charAt(i))) {
                    upper = false;
                    break;
                }
            }
            double base = upper ? (spaced ? 0.85 : 0.65) : 0.35;
            Explanation.Builder ex = Explanation.builder().pattern(spaced ? "outward inward" : "outwardinward")
                    .validator("uk-postcode-format")
                    .reason(upper ? "UK postcode format in upper case" : "UK postcode format, not upper case");
            double score = SCORER.score(scan, s, end, base, ex);
            out.add(finding(EntityType.UK_POSTCODE, s, end, score, ex));
            k = scan.tokenAtOrAfter(end) - 1;
        }
    }

    /** Outward code in {@code [s, e)}: A9, A99, AA9, AA99, A9A, AA9A (or GIR). */
    static boolean outward(String t, int s, int e) {
        int len = e - s;
        if (len == 3 && t.regionMatches(true, s, "GIR", 0, 3)) {
            return true;
        }
        if (len < 2 || len > 4) {
            return false;
        }
        char a = up(t.charAt(s));
        if (!isLetter(a) || a == 'Q' || a == 'V' || a == 'X') {
            return false;
        }
        int p = s + 1;
        char b = up(t.charAt(p));
        if (isLetter(b)) {
            if (b == 'I' || b == 'J' || b == 'Z') {
                return false;
            }
            p++;
        }
        if (p >= e || !Character.isDigit(t.charAt(p))) {
            return false;
        }
        p++;
        if (p == e) {
            return true;
        }
        char c = up(t.charAt(p));
        return p + 1 == e && (Character.isDigit(c) || isLetter(c));
    }

    /** Inward code at {@code p}: digit + two letters not in CIKMOV. */
    static boolean inward(String t, int p) {
        if (p + 3 > t.length() || !Character.isDigit(t.charAt(p))) {
            return false;
        }
        for (int i = p + 1; i < p + 3; i++) {
            char c = up(t.charAt(i));
            if (!isLetter(c) || "CIKMOV".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** A space between outward and inward code: a space or one of {@link TextScan#isUnicodeSpace}. */
    private static boolean isSpace(char c) {
        return c == ' ' || TextScan.isUnicodeSpace(c);
    }

    private static char up(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
