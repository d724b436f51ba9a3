package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * UK_NINO: National Insurance numbers, two prefix letters, six digits and a suffix letter A–D, compact
 * ("AB123456C") or with single spaces or dashes anywhere between the parts ("AB 12 34 56 C", "PR 123612C"),
 * either case. The prefix follows HMRC's rules: the first letter is not D, F, I, Q, U or V; the second is not
 * D, F, I, O, Q, U or V; and BG, GB, KN, NK, NT, TN and ZZ are never issued. Context ("national insurance",
 * "nino", "ni number") raises the score.
 */
final class UkNinoDetector extends ScanningDetector {

    static final ContextLexicon NINO_CUES = ContextLexicon.of(
            "national insurance", "nino", "ni number", "ni no", "insurance number", "nin", "ni");

    private static final ContextScorer SCORER = new ContextScorer(NINO_CUES, 0.3, ContextScorer.NOT_PERSONAL, 0.3);

    private static final String[] BANNED_PREFIXES = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"};

    UkNinoDetector() {
        super("uk-nino", Set.of(EntityType.UK_NINO));
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        if (!scan.hasDigit()) {
            return;
        }
        String t = scan.text;
        int n = scan.tokenCount();
        // the third of the nine characters is a digit, so one of tokens i..i+2 holds a digit
        for (int i = scan.nextTokenNearDigit(0, 2); i < n; i = scan.nextTokenNearDigit(i + 1, 2)) {
            if (!scan.tokenHas(i, TextScan.LETTER) || scan.tokenHas(i, TextScan.NON_ASCII)) {
                continue;
            }
            int s = scan.tokenStart(i);
            int tl = scan.tokenLength(i);
            if (!isLetter(t.charAt(s)) || tl > 9) {
                continue;
            }
            // cheap shape test: the first token holds the start of "LL DDDDDD L", so its second character is a
            // letter and its third a digit (ordinary words fail here without building anything)
            if ((tl >= 2 && !isLetter(t.charAt(s + 1))) || (tl >= 3 && !IdTokens.isDigit(t.charAt(s + 2)))) {
                continue;
            }
            // a shorter first token continues in the next one: its next character must be the second prefix letter
            // (after one letter) or the first digit (after two)
            if (tl <= 2 && (i + 1 >= n || (tl == 1 ? !isLetter(t.charAt(scan.tokenStart(i + 1)))
                    : !IdTokens.isDigit(t.charAt(scan.tokenStart(i + 1)))))) {
                continue;
            }
            int end = IdTokens.chainEnd(scan, i, IdTokens.SPACE_DASH, 9);
            // try the longest chain first; a NINO is exactly 9 characters
            int len = 0;
            for (int k = i; k <= end; k++) {
                len += scan.tokenLength(k);
                if (len == 9) {
                    int e = scan.tokenEnd(k);
                    if (IdTokens.singleCase(t, s, e) && valid(scan.alnumUpperOf(s, e))
                            && (k + 1 >= scan.tokenCount() || IdTokens.gap(scan, k, IdTokens.SPACE_DASH) == 0
                                || !scan.tokenHas(k + 1, TextScan.DIGIT))) {
                        Explanation.Builder ex = Explanation.builder().pattern(k == i ? "nino-compact" : "nino-spaced")
                                .validator("hmrc-prefix-rules")
                                .reason("2 prefix letters, 6 digits, suffix A-D; prefix allowed by HMRC");
                        double score = SCORER.score(scan, s, e, 0.6, ex);
                        out.add(finding(EntityType.UK_NINO, s, e, score, ex));
                        i = k;
                    }
                    break;
                }
            }
        }
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** True if {@code c} (9 upper-case letters/digits) is a NINO with an allowed prefix and suffix A-D. */
    static boolean valid(String c) {
        if (c.length() != 9 || !IdTokens.letters(c, 0, 2) || !IdTokens.digits(c, 2, 8)) {
            return false;
        }
        char suffix = c.charAt(8);
        if (suffix < 'A' || suffix > 'D') {
            return false;
        }
        char a = c.charAt(0);
        char b = c.charAt(1);
        if ("DFIQUV".indexOf(a) >= 0 || "DFIOQUV".indexOf(b) >= 0) {
            return false;
        }
        String prefix = c.substring(0, 2);
        for (String banned : BANNED_PREFIXES) {
            if (banned.equals(prefix)) {
                return false;
            }
        }
        return true;
    }
}
