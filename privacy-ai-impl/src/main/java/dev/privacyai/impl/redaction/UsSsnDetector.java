package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * US_SSN: nine digits written 3-2-4 with one consistent separator (dash, space or dot; also " - "), or contiguous. Rejects
 * what the SSA never issues: area 000, 666 and 900–999, group 00, serial 0000, all-same digits, and the
 * well-known advertising/sample numbers (078-05-1120, 219-09-9999, 457-55-5462, 123-45-6789). A dashed or
 * dotted 3-2-4 number scores above the default threshold on its own; space-separated or " - " groups, nine contiguous
 * digits and the mis-dashed 3-6 / 5-4 forms (5-4 is also a ZIP+4 code) stay below it unless SSN context ("ssn",
 * "social security", "social") is near. Reference context ("order number")
 * lowers the score.
 *
 * <p>Also the partial SSN customers type to verify their identity: four digits named the SSN's last four ("last 4
 * of my ssn is 8923", "ssn last 4: 8923", or a reply to a prompt asking for them; see {@link PartialSsn}), reported
 * as US_SSN with an explanation that says it is a partial SSN. The last four of a card or of anything else are not.
 */
final class UsSsnDetector extends ScanningDetector {

    static final ContextLexicon SSN_CUES = ContextLexicon.of(
            "ssn", "ssns", "ss#", "ss #", "social security", "social", "ss number", "ss no", "soc sec", "ssa");

    private static final ContextScorer SCORER = new ContextScorer(SSN_CUES, 0.4, ContextScorer.NOT_PERSONAL, 0.35);

    /** Score of a partial SSN (its last four) after a cue in the text, or after the assistant's prompt for it. */
    private static final double PARTIAL_TEXT_SCORE = 0.85;
    private static final double PARTIAL_PROMPT_SCORE = 0.8;

    private static final int[] GROUPED = {3, 2, 4};
    private static final int[] CONTIGUOUS = {9};
    private static final int[] PARTIAL_3_6 = {3, 6};
    private static final int[] PARTIAL_5_4 = {5, 4};

    /** Numbers the SSA voided or that appear in advertising and samples. */
    private static final String[] KNOWN_FAKE = {"078051120", "219099999", "457555462", "123456789"};

    UsSsnDetector() {
        super("us-ssn", Set.of(EntityType.US_SSN));
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        if (!scan.hasDigit()) {
            return;
        }
        // only tokens with a digit can start one
        for (int i = scan.nextDigitToken(0); i < scan.tokenCount(); i = scan.nextDigitToken(i + 1)) {
            if (scan.tokenFlags(i) != TextScan.DIGIT) {
                continue;
            }
            int len = scan.tokenLength(i);
            if (len == 4) {
                int where = PartialSsn.cue(scan, i);
                if (where != PartialSsn.NONE) {
                    emitPartial(scan, out, i, where);
                }
                continue;
            }
            if (len == 1) {
                // digits typed one at a time: "5 3 6 - 2 2 - 1 2 3 4"
                int end = IdTokens.spelledGroupsEnd(scan, i, GROUPED);
                if (end >= 0) {
                    int s = scan.tokenStart(i);
                    int e = scan.tokenEnd(end);
                    if (valid(scan.digitsOf(s, e))) {
                        emit(scan, out, s, e, 0.45, "ssn-3-2-4-spelled",
                                "3-2-4 digits typed one by one with dashes between the groups, valid ranges");
                    }
                    i = end;
                }
                continue;
            }
            if (len == 3) {
                char sep = IdTokens.digitGroups(scan, i, GROUPED, IdTokens.SPACE_DASH_DOT);
                if (sep != 0) {
                    int s = scan.tokenStart(i);
                    int e = scan.tokenEnd(i + 2);
                    String d = scan.digitsOf(s, e);
                    if (valid(d)) {
                        double base = sep == '-' ? 0.6 : (sep == '.' ? 0.5 : 0.45);
                        emit(scan, out, s, e, base, "ssn-3-2-4", "3-2-4 digits with one separator, valid ranges");
                    }
                    i += 2;
                    continue;
                }
                if (spacedDashes(scan, i)) {
                    int s = scan.tokenStart(i);
                    int e = scan.tokenEnd(i + 2);
                    if (valid(scan.digitsOf(s, e))) {
                        emit(scan, out, s, e, 0.45, "ssn-3-2-4-spaced-dashes",
                                "3-2-4 digits with spaced dashes, valid ranges");
                    }
                    i += 2;
                    continue;
                }
            } else if (len == 9 && IdTokens.digitGroups(scan, i, CONTIGUOUS, IdTokens.SPACE_DASH_DOT) != 0) {
                int s = scan.tokenStart(i);
                int e = scan.tokenEnd(i);
                String d = scan.text.substring(s, e);
                if (valid(d)) {
                    emit(scan, out, s, e, 0.3, "ssn-contiguous", "9 contiguous digits, valid ranges");
                }
            }
            if ((len == 3 || len == 5) && IdTokens.digitGroups(scan, i, len == 3 ? PARTIAL_3_6 : PARTIAL_5_4, "-") == '-') {
                int s = scan.tokenStart(i);
                int e = scan.tokenEnd(i + 1);
                if (valid(scan.digitsOf(s, e))) {
                    emit(scan, out, s, e, 0.2, "ssn-partial-dash", "9 digits with one misplaced dash, valid ranges");
                }
                i++;
            }
        }
    }

    /**
     * Tokens i, i+1, i+2 are 3, 2 and 4 digits joined by " - " ("536 - 22 - 1234", as some people and some
     * speech-to-text engines write it), with no digits joined the same way on either side.
     */
    private static boolean spacedDashes(TextScan scan, int i) {
        if (i + 2 >= scan.tokenCount() || scan.tokenFlags(i + 1) != TextScan.DIGIT
                || scan.tokenFlags(i + 2) != TextScan.DIGIT || scan.tokenLength(i + 1) != 2
                || scan.tokenLength(i + 2) != 4 || !spacedDash(scan, i) || !spacedDash(scan, i + 1)) {
            return false;
        }
        return !(i > 0 && scan.tokenHas(i - 1, TextScan.DIGIT) && spacedDash(scan, i - 1))
                && !(i + 3 < scan.tokenCount() && scan.tokenHas(i + 3, TextScan.DIGIT) && spacedDash(scan, i + 2));
    }

    /** The gap after token k is " - " (or with a Unicode space or dash, see {@link IdTokens#dashGapLength}). */
    private static boolean spacedDash(TextScan scan, int k) {
        return IdTokens.dashGapLength(scan, k) == 3;
    }

    private void emit(TextScan scan, List<Finding> out, int s, int e, double base, String pattern, String reason) {
        Explanation.Builder ex = Explanation.builder().pattern(pattern).validator("ssa-ranges").reason(reason);
        double score = SCORER.score(scan, s, e, base, ex);
        out.add(finding(EntityType.US_SSN, s, e, score, ex));
    }

    private void emitPartial(TextScan scan, List<Finding> out, int i, int where) {
        boolean text = where == PartialSsn.TEXT;
        double score = text ? PARTIAL_TEXT_SCORE : PARTIAL_PROMPT_SCORE;
        Explanation.Builder ex = Explanation.builder().pattern("ssn-last-4").validator("context-gated")
                .baseScore(score)
                .cue(Explanation.ContextCue.of("last 4 of ssn", 0.0, text ? "text" : "assistant-prompt"))
                .reason("partial SSN: 4 digits named the last four of a Social Security Number");
        out.add(finding(EntityType.US_SSN, scan.tokenStart(i), scan.tokenEnd(i), score, ex));
    }

    /** True if the nine digits {@code d} are in ranges the SSA issues and not a known sample number. */
    static boolean valid(String d) {
        if (d.length() != 9 || Checksums.allSame(d)) {
            return false;
        }
        int area = Integer.parseInt(d.substring(0, 3));
        if (area == 0 || area == 666 || area >= 900) {
            return false;
        }
        if (d.startsWith("00", 3) || d.startsWith("0000", 5)) {
            return false;
        }
        for (String fake : KNOWN_FAKE) {
            if (fake.equals(d)) {
                return false;
            }
        }
        return true;
    }
}
