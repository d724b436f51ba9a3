package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * US_BANK_ROUTING: ABA routing transit numbers, nine digits contiguous or written 4-4-1 with dashes (the form
 * printed on some cheques), with a valid ABA checksum (weights 3, 7, 1) and a Federal Reserve prefix in 00–12,
 * 21–32, 61–72 or 80. One random nine-digit number in ten passes the checksum, so without routing or bank context
 * ("routing", "aba", "rtn", "bank", "transit") the score stays below the default threshold; the 4-4-1 dashed
 * shape is specific enough to pass it on its own, and so is the routing field of a cheque's MICR line followed by
 * the account number ({@link MicrLine}: "⑆021000021⑆ 4417789923⑈ 1052"). Generic bank cues do not count when an
 * account cue is near and no routing-specific cue is ("bank account 123456789" is an account number).
 */
final class UsBankRoutingDetector extends ScanningDetector {

    static final ContextLexicon ROUTING_CUES = ContextLexicon.of(
            "routing", "aba", "rtn", "transit", "routing number", "bank", "banks", "wire", "ach", "direct deposit");
    /** Cues that name the routing number itself; the generic bank cues yield to an account cue. */
    private static final ContextLexicon SPECIFIC = ContextLexicon.of("routing", "aba", "rtn", "transit");
    private static final ContextLexicon ACCOUNT = ContextLexicon.of("account", "acct", "a/c");

    private static final ContextScorer SCORER =
            new ContextScorer(ROUTING_CUES, 0.5, ContextScorer.NOT_PERSONAL, 0.3);

    /** Score of a routing number read as the routing field of a MICR line ({@link MicrLine}). */
    static final double MICR_SCORE = 0.85;

    private static final int[] CONTIGUOUS = {9};
    private static final int[] DASHED = {4, 4, 1};

    UsBankRoutingDetector() {
        super("us-bank-routing", Set.of(EntityType.US_BANK_ROUTING));
    }

    /** Lengths of the token a match starts with (see {@link TextScan#digitTokenLengths()}). */
    private static final long START_LENGTHS = TextScan.lengths(4, 9);

    @Override
    void detect(TextScan scan, List<Finding> out) {
        if ((scan.digitTokenLengths() & START_LENGTHS) == 0) {
            return; // starts at a digit token of 9 (contiguous) or 4 (4-4-1) digits
        }
        // only tokens with a digit can start one
        for (int i = scan.nextDigitToken(0); i < scan.tokenCount(); i = scan.nextDigitToken(i + 1)) {
            if (scan.tokenFlags(i) != TextScan.DIGIT) {
                continue;
            }
            int len = scan.tokenLength(i);
            if (len == 9 && MicrLine.accountAfter(scan, i) >= 0) {
                // the routing field of a cheque's MICR line: "⑆021000021⑆ 4417789923⑈", "... my check are 021000021
                // 4417789923 1052"
                int s = scan.tokenStart(i);
                int e = scan.tokenEnd(i);
                if (valid(scan.text.substring(s, e))) {
                    Explanation.Builder ex = Explanation.builder().pattern("aba-micr-line")
                            .validator("aba-checksum+fed-prefix").baseScore(MICR_SCORE)
                            .cue(Explanation.ContextCue.of("micr line", 0.0, "text"))
                            .reason("9 digits, ABA checksum valid, routing field of a cheque line");
                    out.add(finding(EntityType.US_BANK_ROUTING, s, e, MICR_SCORE, ex));
                }
            } else if (len == 9 && IdTokens.digitGroups(scan, i, CONTIGUOUS, IdTokens.SPACE_DASH_DOT) != 0) {
                int s = scan.tokenStart(i);
                int e = scan.tokenEnd(i);
                if (valid(scan.text.substring(s, e))) {
                    emit(scan, out, s, e, 0.4, "aba-contiguous");
                }
            } else if (len == 4 && IdTokens.digitGroups(scan, i, DASHED, "-") == '-') {
                int s = scan.tokenStart(i);
                int e = scan.tokenEnd(i + 2);
                if (valid(scan.digitsOf(s, e))) {
                    emit(scan, out, s, e, 0.55, "aba-4-4-1");
                }
                i += 2;
            }
        }
    }

    private void emit(TextScan scan, List<Finding> out, int s, int e, double base, String pattern) {
        Explanation.Builder ex = Explanation.builder().pattern(pattern).validator("aba-checksum+fed-prefix")
                .reason("9 digits, ABA checksum valid, Federal Reserve prefix");
        int from = s - ContextScorer.DEFAULT_BEFORE;
        int to = e + ContextScorer.DEFAULT_AFTER;
        double score;
        if (SPECIFIC.findIn(scan, from, to) == null && ACCOUNT.findIn(scan, from, to) != null) {
            // "bank account 123456789": a generic bank cue next to an account cue speaks for an account number
            ex.baseScore(base).cue(Explanation.ContextCue.of("account", 0.0, "text"));
            score = base;
        } else {
            score = SCORER.score(scan, s, e, base, ex);
        }
        out.add(finding(EntityType.US_BANK_ROUTING, s, e, score, ex));
    }

    /** True if {@code d} is nine digits with a valid Federal Reserve prefix and ABA checksum, not all zeros. */
    static boolean valid(String d) {
        if (d.length() != 9 || Checksums.allSame(d)) {
            return false;
        }
        int p = (d.charAt(0) - '0') * 10 + (d.charAt(1) - '0');
        boolean prefix = p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p == 80;
        return prefix && Checksums.aba(d);
    }
}
