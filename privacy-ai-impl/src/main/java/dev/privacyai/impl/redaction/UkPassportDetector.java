package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * UK_PASSPORT (context-gated): two letters followed by seven digits as one token (current books, either case),
 * or nine digits (older books) when the text also says the passport is British. No check digit is printed, so
 * without passport context the finding has a very low score and the default policy drops it.
 */
final class UkPassportDetector extends ScanningDetector {

    private static final ContextScorer SCORER =
            new ContextScorer(UsPassportDetector.PASSPORT_CUES, 0.6, ContextScorer.NOT_PERSONAL, 0.1);
    private static final ContextLexicon UK = ContextLexicon.of(
            "uk", "british", "united kingdom", "hm passport", "hmpo", "gb", "england", "scotland", "wales");

    UkPassportDetector() {
        super("uk-passport", Set.of(EntityType.UK_PASSPORT));
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
            if (scan.tokenFlags(i) == TextScan.DIGIT) {
                if (IdTokens.digitGroups(scan, i, new int[] {9}, IdTokens.SPACE_DASH_DOT) == 0
                        || Checksums.allSame(t.substring(s, e))
                        || !SCORER.hasPositive(scan, s, e)
                        || UK.findIn(scan, s - 2 * ContextScorer.DEFAULT_BEFORE, e + ContextScorer.DEFAULT_AFTER) == null) {
                    continue;
                }
                Explanation.Builder ex = Explanation.builder().pattern("9-digits").validator("shape")
                        .reason("9 digits with British passport context");
                double score = SCORER.score(scan, s, e, 0.15, ex);
                ex.cue(Explanation.ContextCue.of("uk", 0.05, "text"));
                out.add(finding(EntityType.UK_PASSPORT, s, e, score + 0.05, ex));
            } else if (isAsciiLetter(t.charAt(s)) && isAsciiLetter(t.charAt(s + 1)) && IdTokens.digits(t, s + 2, e)
                    && IdTokens.singleCase(t, s, s + 2)) {
                Explanation.Builder ex = Explanation.builder().pattern("2-letters-7-digits").validator("shape")
                        .reason("passport shape; passport context required");
                double score = SCORER.score(scan, s, e, 0.1, ex);
                out.add(finding(EntityType.UK_PASSPORT, s, e, score, ex));
            }
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
