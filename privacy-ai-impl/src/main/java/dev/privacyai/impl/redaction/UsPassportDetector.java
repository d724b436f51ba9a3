package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * US_PASSPORT (context-gated): nine digits, or one letter followed by eight digits (next-generation books and
 * passport cards), as one token. Passports carry no check digit, so without passport context ("passport",
 * "travel document") the finding has a very low score and the default policy drops it.
 */
final class UsPassportDetector extends ScanningDetector {

    static final ContextLexicon PASSPORT_CUES = ContextLexicon.of(
            "passport", "passports", "passport number", "passport no", "passport#", "travel document", "pp no");

    private static final ContextScorer SCORER = new ContextScorer(PASSPORT_CUES, 0.6, ContextScorer.NOT_PERSONAL, 0.1);

    UsPassportDetector() {
        super("us-passport", Set.of(EntityType.US_PASSPORT));
    }

    /** Lengths of the token a match starts with (see {@link TextScan#digitTokenLengths()}). */
    private static final long START_LENGTHS = TextScan.lengths(9);

    @Override
    void detect(TextScan scan, List<Finding> out) {
        if (((scan.digitTokenLengths() | scan.mixedTokenLengths()) & START_LENGTHS) == 0) {
            return; // both shapes are one 9-character token
        }
        String t = scan.text;
        // only tokens with a digit can start one
        for (int i = scan.nextDigitToken(0); i < scan.tokenCount(); i = scan.nextDigitToken(i + 1)) {
            if (scan.tokenLength(i) != 9 || !scan.tokenHas(i, TextScan.DIGIT)) {
                continue;
            }
            int s = scan.tokenStart(i);
            int e = scan.tokenEnd(i);
            String pattern;
            if (scan.tokenFlags(i) == TextScan.DIGIT) {
                if (IdTokens.digitGroups(scan, i, new int[] {9}, IdTokens.SPACE_DASH_DOT) == 0
                        || Checksums.allSame(t.substring(s, e))) {
                    continue;
                }
                pattern = "9-digits";
            } else if (Character.isLetter(t.charAt(s)) && t.charAt(s) < 128 && IdTokens.digits(t, s + 1, e)) {
                pattern = "letter-8-digits";
            } else {
                continue;
            }
            Explanation.Builder ex = Explanation.builder().pattern(pattern).validator("shape")
                    .reason("passport shape; passport context required");
            double score = SCORER.score(scan, s, e, 0.1, ex);
            out.add(finding(EntityType.US_PASSPORT, s, e, score, ex));
        }
    }
}
