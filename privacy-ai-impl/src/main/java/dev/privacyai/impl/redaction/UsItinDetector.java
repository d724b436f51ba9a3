package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * US_ITIN: nine digits starting with 9 whose middle (group) digits are in the IRS ranges 50–65, 70–88, 90–92 or
 * 94–99, written 9xx-xx-xxxx (dash, space or dot, one consistent separator) or contiguous. A grouped number
 * scores above the default threshold; contiguous digits and the mis-dashed 3-6 / 5-4 forms need ITIN or tax
 * context ("itin", "taxpayer", "tax id") to pass it. Reference context ("order number") lowers the score.
 */
final class UsItinDetector extends ScanningDetector {

    static final ContextLexicon ITIN_CUES = ContextLexicon.of(
            "itin", "itins", "taxpayer", "tax id", "tax identification", "tax payer", "tin", "irs", "tax number");

    private static final ContextScorer SCORER = new ContextScorer(ITIN_CUES, 0.4, ContextScorer.NOT_PERSONAL, 0.35);

    private static final int[] GROUPED = {3, 2, 4};
    private static final int[] CONTIGUOUS = {9};
    private static final int[] PARTIAL_3_6 = {3, 6};
    private static final int[] PARTIAL_5_4 = {5, 4};

    UsItinDetector() {
        super("us-itin", Set.of(EntityType.US_ITIN));
    }

    /** Lengths of the token a match starts with (see {@link TextScan#digitTokenLengths()}). */
    private static final long START_LENGTHS = TextScan.lengths(3, 5, 9);

    @Override
    void detect(TextScan scan, List<Finding> out) {
        if ((scan.digitTokenLengths() & START_LENGTHS) == 0) {
            return; // starts at a digit token of 3, 5 or 9 digits
        }
        // only tokens with a digit can start one
        for (int i = scan.nextDigitToken(0); i < scan.tokenCount(); i = scan.nextDigitToken(i + 1)) {
            if (scan.tokenFlags(i) != TextScan.DIGIT || scan.text.charAt(scan.tokenStart(i)) != '9') {
                continue;
            }
            int len = scan.tokenLength(i);
            if (len == 3) {
                char sep = IdTokens.digitGroups(scan, i, GROUPED, IdTokens.SPACE_DASH_DOT);
                if (sep != 0) {
                    int s = scan.tokenStart(i);
                    int e = scan.tokenEnd(i + 2);
                    if (valid(scan.digitsOf(s, e))) {
                        emit(scan, out, s, e, sep == '-' ? 0.6 : 0.5, "itin-3-2-4");
                    }
                    i += 2;
                    continue;
                }
            } else if (len == 9 && IdTokens.digitGroups(scan, i, CONTIGUOUS, IdTokens.SPACE_DASH_DOT) != 0) {
                int s = scan.tokenStart(i);
                int e = scan.tokenEnd(i);
                if (valid(scan.text.substring(s, e))) {
                    emit(scan, out, s, e, 0.3, "itin-contiguous");
                }
            }
            if ((len == 3 || len == 5) && IdTokens.digitGroups(scan, i, len == 3 ? PARTIAL_3_6 : PARTIAL_5_4, "-") == '-') {
                int s = scan.tokenStart(i);
                int e = scan.tokenEnd(i + 1);
                if (valid(scan.digitsOf(s, e))) {
                    emit(scan, out, s, e, 0.2, "itin-partial-dash");
                }
                i++;
            }
        }
    }

    private void emit(TextScan scan, List<Finding> out, int s, int e, double base, String pattern) {
        Explanation.Builder ex = Explanation.builder().pattern(pattern).validator("irs-group-ranges")
                .reason("9 digits, area 9xx, group in an ITIN range");
        double score = SCORER.score(scan, s, e, base, ex);
        out.add(finding(EntityType.US_ITIN, s, e, score, ex));
    }

    /** True if the nine digits {@code d} start with 9 and the group is in an ITIN range; serial not 0000. */
    static boolean valid(String d) {
        if (d.length() != 9 || d.charAt(0) != '9' || d.startsWith("0000", 5)) {
            return false;
        }
        int g = (d.charAt(3) - '0') * 10 + (d.charAt(4) - '0');
        return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
    }
}
