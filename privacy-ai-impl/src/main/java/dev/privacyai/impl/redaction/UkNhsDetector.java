package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * UK_NHS: NHS numbers, ten digits written 3-3-4 (one consistent space or dash) or contiguous, valid under the
 * NHS modulus-11 check. One ten-digit number in eleven passes the check, and a 3-3-4 number is also the shape of
 * a North American phone number, so a number that is also a plausible NANP phone number (area and exchange
 * starting 2–9) stays below the default threshold unless NHS context ("nhs", "health service", "nhs number") is
 * near. Reference context lowers the score.
 */
final class UkNhsDetector extends ScanningDetector {

    static final ContextLexicon NHS_CUES = ContextLexicon.of(
            "nhs", "nhs number", "nhs no", "health service", "national health", "chi number", "patient number",
            "hospital number", "gp");

    private static final ContextScorer SCORER = new ContextScorer(NHS_CUES, 0.35, ContextScorer.NOT_PERSONAL, 0.3);

    private static final int[] GROUPED = {3, 3, 4};
    private static final int[] CONTIGUOUS = {10};

    UkNhsDetector() {
        super("uk-nhs", Set.of(EntityType.UK_NHS));
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        if (!scan.hasDigit()) {
            return;
        }
        for (int i = 0; i < scan.tokenCount(); i++) {
            if (scan.tokenFlags(i) != TextScan.DIGIT) {
                continue;
            }
            int len = scan.tokenLength(i);
            int s = scan.tokenStart(i);
            if (len == 3 && IdTokens.digitGroups(scan, i, GROUPED, IdTokens.SPACE_DASH) != 0) {
                emit(scan, out, s, scan.tokenEnd(i + 2), "nhs-3-3-4");
                i += 2;
            } else if (len == 10 && IdTokens.digitGroups(scan, i, CONTIGUOUS, IdTokens.SPACE_DASH_DOT) != 0) {
                emit(scan, out, s, scan.tokenEnd(i), "nhs-contiguous");
            }
        }
    }

    private void emit(TextScan scan, List<Finding> out, int s, int e, String pattern) {
        String d = scan.digitsOf(s, e);
        if (Checksums.allSame(d) || !Checksums.nhsMod11(d)) {
            return;
        }
        if (s > 0 && (scan.text.charAt(s - 1) == '+' || scan.text.charAt(s - 1) == '(')) {
            return; // written as a phone number
        }
        boolean phoneLike = d.charAt(0) >= '2' && d.charAt(3) >= '2';
        double base = phoneLike ? 0.4 : 0.6;
        Explanation.Builder ex = Explanation.builder().pattern(pattern).validator("nhs-mod11")
                .reason(phoneLike ? "10 digits, mod-11 valid, also a plausible phone number" : "10 digits, mod-11 valid");
        double score = SCORER.score(scan, s, e, base, ex);
        out.add(finding(EntityType.UK_NHS, s, e, score, ex));
    }
}
