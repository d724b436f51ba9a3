package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * UK_NHS: NHS numbers, ten digits written 3-3-4 (one consistent space or dash) or contiguous, valid under the
 * NHS modulus-11 check. One ten-digit number in eleven passes the check, and a 3-3-4 number is also the shape of
 * a North American phone number, so a number that looks like a phone number (dashed 3-3-4 as US numbers are
 * written, contiguous with a plausible NANP area and exchange starting 2–9, or right after "phone", "fax",
 * "office", ...) stays below the default threshold unless NHS context ("nhs", "health service", "nhs number")
 * is near. The NHS display form, 3-3-4 with spaces, passes on its own. Reference context lowers the score.
 */
final class UkNhsDetector extends ScanningDetector {

    static final ContextLexicon NHS_CUES = ContextLexicon.of(
            "nhs", "nhs number", "nhs no", "health service", "national health", "chi number", "patient number",
            "hospital number", "gp");

    private static final ContextScorer SCORER = new ContextScorer(NHS_CUES, 0.35, ContextScorer.NOT_PERSONAL, 0.3);

    /** Words that introduce a phone or fax number. */
    private static final ContextLexicon PHONE_CUES = ContextLexicon.of(
            "phone", "tel", "telephone", "mobile", "cell", "fax", "call", "office", "home", "work", "ext");

    private static final int[] GROUPED = {3, 3, 4};
    private static final int[] CONTIGUOUS = {10};

    UkNhsDetector() {
        super("uk-nhs", Set.of(EntityType.UK_NHS));
    }

    /** Lengths of the token a match starts with (see {@link TextScan#digitTokenLengths()}). */
    private static final long START_LENGTHS = TextScan.lengths(3, 10);

    @Override
    void detect(TextScan scan, List<Finding> out) {
        if ((scan.digitTokenLengths() & START_LENGTHS) == 0) {
            return; // starts at a digit token of 10 (contiguous) or 3 (3-3-4) digits
        }
        // only tokens with a digit can start one
        for (int i = scan.nextDigitToken(0); i < scan.tokenCount(); i = scan.nextDigitToken(i + 1)) {
            if (scan.tokenFlags(i) != TextScan.DIGIT) {
                continue;
            }
            int len = scan.tokenLength(i);
            int s = scan.tokenStart(i);
            if (len == 3 && IdTokens.digitGroups(scan, i, GROUPED, IdTokens.SPACE_DASH) != 0) {
                emit(scan, out, s, scan.tokenEnd(i + 2), "nhs-3-3-4",
                        IdTokens.gap(scan, i, IdTokens.SPACE_DASH) == '-');
                i += 2;
            } else if (len == 10 && IdTokens.digitGroups(scan, i, CONTIGUOUS, IdTokens.SPACE_DASH_DOT) != 0) {
                emit(scan, out, s, scan.tokenEnd(i), "nhs-contiguous", true);
            }
        }
    }

    /** {@code phoneShape}: written as US phone numbers are (dashed), or contiguous, where NANP ranges matter. */
    private void emit(TextScan scan, List<Finding> out, int s, int e, String pattern, boolean phoneShape) {
        String d = scan.digitsOf(s, e);
        if (Checksums.allSame(d) || !Checksums.nhsMod11(d)) {
            return;
        }
        if (s > 0 && (scan.text.charAt(s - 1) == '+' || scan.text.charAt(s - 1) == '(')) {
            return; // written as a phone number
        }
        boolean grouped = e - s > 10;
        boolean phoneLike = (phoneShape && (grouped || (d.charAt(0) >= '2' && d.charAt(3) >= '2')))
                || PHONE_CUES.findIn(scan, s - 24, s) != null;
        double base = phoneLike ? 0.4 : 0.6;
        Explanation.Builder ex = Explanation.builder().pattern(pattern).validator("nhs-mod11")
                .reason(phoneLike ? "10 digits, mod-11 valid, also a plausible phone number" : "10 digits, mod-11 valid");
        double score = SCORER.score(scan, s, e, base, ex);
        out.add(finding(EntityType.UK_NHS, s, e, score, ex));
    }
}
