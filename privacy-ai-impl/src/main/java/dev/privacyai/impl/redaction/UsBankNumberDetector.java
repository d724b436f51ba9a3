package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * US_BANK_NUMBER (context-gated): a US bank account number, 8–17 digits written together or in groups of digits
 * joined by single spaces or dashes. Only bank-account context passes the default threshold: "bank account",
 * "checking account", "savings account", "deposit account", or "account number"/"acct" with "bank" nearby. Without it the
 * finding is reported with a very low score (a hint, dropped by the default policy; inside a redactor whose
 * policy drops it, it is not built at all). Reference context ("order number", "tracking") before the number
 * blocks any boost. The account field of a cheque's MICR line after a valid routing number ({@link MicrLine}:
 * "⑆021000021⑆ 4417789923⑈ 1052") is reported on its own.
 */
final class UsBankNumberDetector extends ScanningDetector {

    static final ContextLexicon BANK_CUES = ContextLexicon.of(
            "bank account", "bank acct", "checking account", "checking acct", "chequing", "savings account",
            "savings acct", "deposit account", "direct deposit", "checking no", "savings no");
    private static final ContextLexicon ACCOUNT = ContextLexicon.of("account number", "account no", "account #",
            "account", "acct", "acc no", "a/c");
    private static final ContextLexicon BANK = ContextLexicon.of("bank", "banking", "banks", "routing", "credit union",
            "wire", "ach");

    /**
     * Cues of other identifiers: right before the digits they name them, even with a bank cue further back
     * ("account number 12345678, passport number 123456789").
     */
    private static final ContextLexicon OTHER_ID_CUES = ContextLexicon.of("passport", "licence", "license",
            "social security", "ssn", "itin", "tax id", "npi", "phone", "card number", "member id", "policy number");
    /** How far before the digits {@link #OTHER_ID_CUES} takes over. */
    private static final int NEAR = 20;

    /** Score of a number without bank context: a hint that the default policy drops. */
    static final double HINT_SCORE = 0.05;

    private static final ContextScorer SCORER = new ContextScorer(BANK_CUES, 0.7, ContextScorer.NOT_PERSONAL,
            HINT_SCORE);

    UsBankNumberDetector() {
        super("us-bank-number", Set.of(EntityType.US_BANK_NUMBER));
    }

    /** Score of the account field of a MICR line ({@link MicrLine}). */
    static final double MICR_SCORE = 0.8;

    @Override
    void detect(TextScan scan, List<Finding> out) {
        if (!scan.hasDigit()) {
            return;
        }
        if ((scan.digitTokenLengths() & NINE) != 0) {
            micrAccounts(scan, out);
        }
        for (int r = 0; r < scan.runCount(); r++) {
            int digits = scan.runDigits(r);
            if (digits < 8 || digits > 17) {
                continue;
            }
            int first = scan.runFirstToken(r);
            int last = scan.runLastToken(r);
            int s = scan.tokenStart(first);
            int e = scan.tokenEnd(last);
            if (!singleSeparators(scan, first, last)) {
                continue;
            }
            String d = scan.digitsOf(s, e);
            if (Checksums.allSame(d)) {
                continue;
            }
            boolean dropped = HINT_SCORE < scan.minScore;
            if (dropped && !SCORER.hasPositive(scan, s, e)
                    && ACCOUNT.findIn(scan, s - ContextScorer.DEFAULT_BEFORE, s) == null) {
                continue; // without bank context only a hint, which the redactor's policy drops anyway
            }
            String neg = SCORER.negativeCue(scan, s);
            if (dropped && neg != null) {
                continue; // the same: a negative cue leaves only the hint
            }
            if (neg == null) {
                neg = ContextScorer.nearerOtherCue(scan, s, NEAR, OTHER_ID_CUES, ACCOUNT, BANK_CUES);
            }
            Explanation.Builder ex = Explanation.builder().pattern(first == last ? "digits-8-17" : "digit-groups-8-17")
                    .validator("length").reason(d.length() + " digits; bank-account context required");
            double score;
            if (neg != null) {
                ex.baseScore(HINT_SCORE).cue(Explanation.ContextCue.of(neg, -HINT_SCORE, "text"));
                score = 0;
            } else {
                score = SCORER.score(scan, s, e, HINT_SCORE, ex);
            }
            if (score < 0.5 && neg == null) {
                String acct = ACCOUNT.findIn(scan, s - ContextScorer.DEFAULT_BEFORE, s);
                String bank = acct == null ? null
                        : BANK.findIn(scan, s - 2 * ContextScorer.DEFAULT_BEFORE, e + ContextScorer.DEFAULT_AFTER);
                if (bank != null) {
                    ex.cue(Explanation.ContextCue.of(acct + " + " + bank, 0.7, "text"));
                    score += 0.7;
                }
            }
            out.add(finding(EntityType.US_BANK_NUMBER, s, e, score, ex));
        }
    }

    private static final long NINE = TextScan.lengths(9);

    /**
     * The account field of a cheque's MICR line: the number after a valid nine-digit routing number that
     * {@link MicrLine} reads as one line ("⑆021000021⑆ 4417789923⑈ 1052", "021000021 / 4417789923 is my routing
     * and account"), 8–17 digits.
     */
    private void micrAccounts(TextScan scan, List<Finding> out) {
        for (int i = scan.nextDigitToken(0); i < scan.tokenCount(); i = scan.nextDigitToken(i + 1)) {
            if (scan.tokenLength(i) != 9) {
                continue;
            }
            int a = MicrLine.accountAfter(scan, i);
            if (a < 0 || scan.tokenLength(a) < 8
                    || !UsBankRoutingDetector.valid(scan.text.substring(scan.tokenStart(i), scan.tokenEnd(i)))) {
                continue;
            }
            int s = scan.tokenStart(a);
            int e = scan.tokenEnd(a);
            if (Checksums.allSame(scan.text.substring(s, e))) {
                continue;
            }
            Explanation.Builder ex = Explanation.builder().pattern("micr-account-field").validator("length")
                    .baseScore(MICR_SCORE).cue(Explanation.ContextCue.of("micr line", 0.0, "text"))
                    .reason((e - s) + " digits after a routing number on a cheque line");
            out.add(finding(EntityType.US_BANK_NUMBER, s, e, MICR_SCORE, ex));
        }
    }

    /** True if tokens {@code first..last} are joined by single spaces or dashes only. */
    private static boolean singleSeparators(TextScan scan, int first, int last) {
        for (int k = first; k < last; k++) {
            if (IdTokens.gap(scan, k, IdTokens.SPACE_DASH) == 0) {
                return false;
            }
        }
        return true;
    }
}
