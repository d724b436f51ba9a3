package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * US_MBI: Medicare Beneficiary Identifiers, 11 characters by the CMS position rules (1: digit 1–9; 2, 5, 8, 9:
 * letter; 3, 6: letter or digit; 4, 7, 10, 11: digit; letters never S, L, O, I, B or Z), compact or written
 * 4-3-4 with dashes or spaces, in either case. The dashed form scores above the default threshold on its own; the
 * compact form needs Medicare context ("medicare", "mbi", "beneficiary").
 */
final class UsMbiDetector extends ScanningDetector {

    static final ContextLexicon MBI_CUES = ContextLexicon.of(
            "medicare", "mbi", "beneficiary", "medicare number", "medicare id", "hicn", "cms");

    private static final ContextScorer SCORER = new ContextScorer(MBI_CUES, 0.4, ContextScorer.NOT_PERSONAL, 0.3);

    /** Position classes: N = digit 1-9, D = digit, L = allowed letter, A = allowed letter or digit. */
    private static final String SHAPE = "NLADLADLLDD";

    UsMbiDetector() {
        super("us-mbi", Set.of(EntityType.US_MBI));
    }

    /** Lengths of the token a match starts with (see {@link TextScan#digitTokenLengths()}). */
    private static final long START_LENGTHS = TextScan.lengths(4, 11);

    @Override
    void detect(TextScan scan, List<Finding> out) {
        if ((scan.mixedTokenLengths() & START_LENGTHS) == 0) {
            return; // starts with a digit and a letter: a mixed token of 11 (compact) or 4 (4-3-4) characters
        }
        String t = scan.text;
        // an MBI starts with a digit (shape N...), so only digit tokens can start one
        for (int i = scan.nextDigitToken(0); i < scan.tokenCount(); i = scan.nextDigitToken(i + 1)) {
            int len = scan.tokenLength(i);
            int s = scan.tokenStart(i);
            if (len == 11 && scan.tokenHas(i, TextScan.LETTER)) {
                int e = scan.tokenEnd(i);
                if (IdTokens.singleCase(t, s, e) && valid(scan.alnumUpperOf(s, e))) {
                    emit(scan, out, s, e, 0.35, "mbi-compact");
                }
            } else if (len == 4 && i + 2 < scan.tokenCount() && scan.tokenLength(i + 1) == 3
                    && scan.tokenLength(i + 2) == 4) {
                char g1 = IdTokens.gap(scan, i, IdTokens.SPACE_DASH);
                char g2 = IdTokens.gap(scan, i + 1, IdTokens.SPACE_DASH);
                int e = scan.tokenEnd(i + 2);
                if (g1 != 0 && g1 == g2 && IdTokens.singleCase(t, s, e) && valid(scan.alnumUpperOf(s, e))) {
                    emit(scan, out, s, e, g1 == '-' ? 0.55 : 0.45, "mbi-4-3-4");
                    i += 2;
                }
            }
        }
    }

    private void emit(TextScan scan, List<Finding> out, int s, int e, double base, String pattern) {
        Explanation.Builder ex = Explanation.builder().pattern(pattern).validator("cms-position-rules")
                .reason("11 characters matching the MBI position rules");
        double score = SCORER.score(scan, s, e, base, ex);
        out.add(finding(EntityType.US_MBI, s, e, score, ex));
    }

    /** True if the 11 upper-case characters follow the MBI position rules. */
    static boolean valid(String m) {
        if (m.length() != 11) {
            return false;
        }
        for (int k = 0; k < 11; k++) {
            char c = m.charAt(k);
            boolean digit = c >= '0' && c <= '9';
            boolean letter = c >= 'A' && c <= 'Z' && "SLOIBZ".indexOf(c) < 0;
            boolean ok;
            switch (SHAPE.charAt(k)) {
                case 'N':
                    ok = digit && c != '0';
                    break;
                case 'D':
                    ok = digit;
                    break;
                case 'L':
                    ok = letter;
                    break;
                default:
                    ok = digit || letter;
                    break;
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
