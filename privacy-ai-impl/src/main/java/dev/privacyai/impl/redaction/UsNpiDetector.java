package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * US_NPI: National Provider Identifiers, ten digits starting with 1 or 2, contiguous or written 4-3-3 with one
 * consistent space or dash, valid under Luhn with the {@code 80840} prefix; the first nine digits may not all be
 * the same. One ten-digit number in ten passes, so a contiguous number needs provider context ("npi",
 * "provider", "national provider") to pass the default threshold; the 4-3-3 grouping is unusual enough to pass
 * on its own.
 */
final class UsNpiDetector extends ScanningDetector {

    static final ContextLexicon NPI_CUES = ContextLexicon.of(
            "npi", "npi#", "national provider", "provider", "provider id", "provider number", "provider identifier",
            "prescriber", "physician", "clinician");

    private static final ContextScorer SCORER = new ContextScorer(NPI_CUES, 0.45, ContextScorer.NOT_PERSONAL, 0.3);

    private static final int[] CONTIGUOUS = {10};
    private static final int[] GROUPED = {4, 3, 3};

    UsNpiDetector() {
        super("us-npi", Set.of(EntityType.US_NPI));
    }

    /** Lengths of the token a match starts with (see {@link TextScan#digitTokenLengths()}). */
    private static final long START_LENGTHS = TextScan.lengths(4, 10);

    @Override
    void detect(TextScan scan, List<Finding> out) {
        if ((scan.digitTokenLengths() & START_LENGTHS) == 0) {
            return; // starts at a digit token of 10 (contiguous) or 4 (4-3-3) digits
        }
        String t = scan.text;
        // only tokens with a digit can start one
        for (int i = scan.nextDigitToken(0); i < scan.tokenCount(); i = scan.nextDigitToken(i + 1)) {
            if (scan.tokenFlags(i) != TextScan.DIGIT) {
                continue;
            }
            char c = t.charAt(scan.tokenStart(i));
            if (c != '1' && c != '2') {
                continue;
            }
            int len = scan.tokenLength(i);
            int s = scan.tokenStart(i);
            if (len == 10 && IdTokens.digitGroups(scan, i, CONTIGUOUS, IdTokens.SPACE_DASH_DOT) != 0) {
                emit(scan, out, s, scan.tokenEnd(i), 0.45, "npi-contiguous");
            } else if (len == 4 && IdTokens.digitGroups(scan, i, GROUPED, IdTokens.SPACE_DASH) != 0) {
                emit(scan, out, s, scan.tokenEnd(i + 2), 0.55, "npi-4-3-3");
                i += 2;
            }
        }
    }

    private void emit(TextScan scan, List<Finding> out, int s, int e, double base, String pattern) {
        String d = scan.digitsOf(s, e);
        if (!valid(d)) {
            return;
        }
        Explanation.Builder ex = Explanation.builder().pattern(pattern).validator("luhn-80840")
                .reason("10 digits starting 1 or 2, Luhn valid with prefix 80840");
        double score = SCORER.score(scan, s, e, base, ex);
        out.add(finding(EntityType.US_NPI, s, e, score, ex));
    }

    /** True if {@code d} is a plausible, check-digit-valid NPI. */
    static boolean valid(String d) {
        return d.length() == 10 && (d.charAt(0) == '1' || d.charAt(0) == '2')
                && !Checksums.allSame(d.substring(0, 9)) && Checksums.npi(d);
    }
}
