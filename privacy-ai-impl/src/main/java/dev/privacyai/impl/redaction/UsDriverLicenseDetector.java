package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * US_DRIVER_LICENSE (context-gated): the state formats are too varied to validate, so this detector accepts the
 * common shapes and relies on context. Shapes (compact, letters upper or lower): 1–2 letters + 4–14 digits with
 * an optional 1–2 letter suffix; 7–9 digits + 1–2 letters; 2 digits + 3 letters + 5–6 digits; 3 digits + 2
 * letters + 4 digits; or 7–14 digits. Digit groups may be joined by single dashes ("A123-456-78-901-0",
 * "2270-66-1551"). With driver's-license context ("driver", "license", "licence", "dl", "driving") the finding
 * passes the default threshold; without it letter-and-digit shapes are reported with a low score and digit-only
 * shapes are not reported at all (nor right after a phone or fax cue). Reference context ("order number")
 * cancels the license context.
 */
final class UsDriverLicenseDetector extends ScanningDetector {

    static final ContextLexicon DL_CUES = ContextLexicon.of(
            "driver", "drivers", "driver's", "license", "licence", "licenses", "dl", "dl#", "driving", "lic",
            "lic#", "dln", "dmv", "learner permit", "learner's permit");

    private static final ContextScorer SCORER = new ContextScorer(DL_CUES, 0.5, ContextScorer.NOT_PERSONAL, 0.3);

    /** Words that introduce a phone or fax number: a digit-only candidate right after them is not a license. */
    private static final ContextLexicon PHONE_CUES = ContextLexicon.of(
            "phone", "tel", "telephone", "mobile", "cell", "fax", "call", "contact", "whatsapp", "sms");

    private static final int MAX_CHARS = 19;

    UsDriverLicenseDetector() {
        super("us-driver-license", Set.of(EntityType.US_DRIVER_LICENSE));
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        if (!scan.hasDigit()) {
            return;
        }
        String t = scan.text;
        int n = scan.tokenCount();
        // only tokens with a digit can start one
        for (int i = scan.nextDigitToken(0); i < n; i = scan.nextDigitToken(i + 1)) {
            if (!scan.tokenHas(i, TextScan.DIGIT) || scan.tokenHas(i, TextScan.NON_ASCII)) {
                continue;
            }
            if (i > 0 && IdTokens.gap(scan, i - 1, "-") != 0 && scan.tokenFlags(i) == TextScan.DIGIT
                    && scan.tokenHas(i - 1, TextScan.DIGIT)) {
                continue; // inside a dash chain that started earlier
            }
            int k = i;
            int len = scan.tokenLength(i);
            while (k + 1 < n && IdTokens.gap(scan, k, "-") != 0 && scan.tokenFlags(k + 1) == TextScan.DIGIT
                    && len + scan.tokenLength(k + 1) <= MAX_CHARS) {
                len += scan.tokenLength(k + 1);
                k++;
            }
            if (k + 1 < n && IdTokens.gap(scan, k, "-") != 0 && scan.tokenHas(k + 1, TextScan.DIGIT)) {
                i = k;
                continue; // chain goes on beyond what a license holds
            }
            int s = scan.tokenStart(i);
            int e = scan.tokenEnd(k);
            if (len < 5 || !IdTokens.singleCase(t, s, e)) { // len: the letters and digits shape() sees
                i = k;
                continue;
            }
            if (scan.tokenFlags(i) == TextScan.DIGIT && (len < 7 || len > 14 || !SCORER.hasPositive(scan, s, e))) {
                i = k;
                continue; // digits only: not a license shape, or one that is reported only with a license cue
            }
            String c = scan.alnumUpperOf(s, e);
            String shape = shape(c);
            if (shape != null && !Checksums.allSame(c)) {
                boolean digitsOnly = shape.equals("digits");
                boolean context = SCORER.hasPositive(scan, s, e) && SCORER.negativeCue(scan, s) == null
                        && !(digitsOnly && PHONE_CUES.findIn(scan, s - 24, s) != null);
                if (context || !digitsOnly) {
                    Explanation.Builder ex = Explanation.builder().pattern("dl-" + shape).validator("state-shapes")
                            .reason(c.length() + " characters in a state license shape; license context required");
                    double base = digitsOnly ? 0.15 : 0.3;
                    double score = context ? SCORER.score(scan, s, e, base, ex) : base;
                    if (!context) {
                        ex.baseScore(base);
                    }
                    out.add(finding(EntityType.US_DRIVER_LICENSE, s, e, score, ex));
                }
            }
            i = k;
        }
    }

    /** The name of the license shape {@code c} (upper-case letters and digits) has, or null. */
    static String shape(String c) {
        int n = c.length();
        if (n < 5 || n > MAX_CHARS) {
            return null;
        }
        int a = 0;
        while (a < n && isLetter(c.charAt(a))) {
            a++;
        }
        int b = a;
        while (b < n && isDigit(c.charAt(b))) {
            b++;
        }
        int d = b;
        while (d < n && isLetter(c.charAt(d))) {
            d++;
        }
        int lead = a;
        int digits = b - a;
        int trail = d - b;
        if (d == n) {
            if (lead == 0 && trail == 0) {
                return digits >= 7 && digits <= 14 ? "digits" : null;
            }
            if (lead == 0) {
                return digits >= 7 && digits <= 9 && trail <= 2 ? "digits-letters" : null;
            }
            if (lead <= 2 && trail <= 2 && digits >= 4 && digits <= 14) {
                return trail == 0 ? "letters-digits" : "letters-digits-letters";
            }
            return null;
        }
        // two-segment-digit forms: 2 digits + 3 letters + 5-6 digits, 3 digits + 2 letters + 4 digits
        if (lead == 0 && trail > 0) {
            int e = d;
            while (e < n && isDigit(c.charAt(e))) {
                e++;
            }
            if (e == n) {
                int tail = n - d;
                if ((digits == 2 && trail == 3 && (tail == 5 || tail == 6)) || (digits == 3 && trail == 2 && tail == 4)) {
                    return "digits-letters-digits";
                }
            }
        }
        return null;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
