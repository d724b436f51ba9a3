package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * UK_DRIVING_LICENCE: the 16-character DVLA driver number as one token, either case: five characters of the
 * surname padded with 9s (a letter first, no letter after a 9), the decade digit of the birth year, the birth
 * month (01–12, or 51–62 for women), the day of birth (valid for that month), the year digit, two initials (a
 * letter, then a letter or 9), a digit and two check characters. The embedded date makes random matches rare, so
 * the shape alone scores just above the default threshold; licence context raises it. The number as printed on the
 * card, in three groups (surname, birth date, initials and check characters: "MORGA 753116 SM9IJ") joined by one
 * and the same space or dash, is reported only with licence context near it or in the assistant's prompt; a
 * two-digit issue number after it with the same separator ("SMITH 710238 JM9AB 01") is part of the finding.
 */
final class UkDrivingLicenceDetector extends ScanningDetector {

    static final ContextLexicon LICENCE_CUES = ContextLexicon.of(
            "driving licence", "driving license", "licence", "license", "dvla", "driver number", "driver",
            "driving", "dl");

    private static final ContextScorer SCORER = new ContextScorer(LICENCE_CUES, 0.35, ContextScorer.NOT_PERSONAL, 0.3);

    private static final int[] MONTH_DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    UkDrivingLicenceDetector() {
        super("uk-driving-licence", Set.of(EntityType.UK_DRIVING_LICENCE));
    }

    /** Lengths of the token a match starts with (see {@link TextScan#digitTokenLengths()}). */
    private static final long START_LENGTHS = TextScan.lengths(16);

    /** Length of the birth-date group of the printed form (see {@link TextScan#digitTokenLengths()}). */
    private static final long DATE_GROUP_LENGTHS = TextScan.lengths(6);

    @Override
    void detect(TextScan scan, List<Finding> out) {
        if ((scan.digitTokenLengths() & DATE_GROUP_LENGTHS) != 0) {
            printed(scan, out);
        }
        if ((scan.mixedTokenLengths() & START_LENGTHS) == 0) {
            return; // 16 letters and digits in one token
        }
        // characters 6-11 are the birth date's digits, so only tokens with a digit qualify
        for (int i = scan.nextDigitToken(0); i < scan.tokenCount(); i = scan.nextDigitToken(i + 1)) {
            if (scan.tokenLength(i) != 16 || scan.tokenFlags(i) == TextScan.DIGIT
                    || scan.tokenHas(i, TextScan.NON_ASCII)) {
                continue;
            }
            int s = scan.tokenStart(i);
            int e = scan.tokenEnd(i);
            if (!IdTokens.singleCase(scan.text, s, e) || !valid(scan.alnumUpperOf(s, e))) {
                continue;
            }
            Explanation.Builder ex = Explanation.builder().pattern("dvla-16").validator("dvla-date-rules")
                    .reason("16 characters: surname, valid birth date, initials, check characters");
            double score = SCORER.score(scan, s, e, 0.55, ex);
            out.add(finding(EntityType.UK_DRIVING_LICENCE, s, e, score, ex));
        }
    }

    /**
     * The printed form "MORGA 753116 SM9IJ": a six-digit token with a five-character token joined before and after
     * it by the same single space or dash, together a valid driver number in one case, with licence context.
     * Constant work per six-digit token.
     */
    private void printed(TextScan scan, List<Finding> out) {
        int count = scan.tokenCount();
        for (int i = scan.nextDigitToken(0); i < count; i = scan.nextDigitToken(i + 1)) {
            if (scan.tokenLength(i) != 6 || scan.tokenFlags(i) != TextScan.DIGIT || i == 0 || i + 1 >= count
                    || scan.tokenLength(i - 1) != 5 || scan.tokenLength(i + 1) != 5
                    || scan.tokenHas(i - 1, TextScan.NON_ASCII) || scan.tokenHas(i + 1, TextScan.NON_ASCII)) {
                continue;
            }
            char sep = IdTokens.gap(scan, i - 1, IdTokens.SPACE_DASH);
            if (sep == 0 || IdTokens.gap(scan, i, IdTokens.SPACE_DASH) != sep) {
                continue;
            }
            int s = scan.tokenStart(i - 1);
            int e = scan.tokenEnd(i + 1);
            if (!IdTokens.singleCase(scan.text, s, e) || !valid(scan.alnumUpperOf(s, e))
                    || !SCORER.hasPositive(scan, s, e)) {
                continue;
            }
            int last = i + 1;
            if (IdTokens.digitToken(scan, i + 2) && scan.tokenLength(i + 2) == 2
                    && IdTokens.gap(scan, i + 1, IdTokens.SPACE_DASH) == sep) {
                last = i + 2; // issue number
                e = scan.tokenEnd(last);
            }
            Explanation.Builder ex = Explanation.builder().pattern("dvla-16-grouped").validator("dvla-date-rules")
                    .reason("16 characters in printed groups: surname, valid birth date, initials, check characters;"
                            + " licence cue required");
            double score = SCORER.score(scan, s, e, 0.55, ex);
            out.add(finding(EntityType.UK_DRIVING_LICENCE, s, e, score, ex));
            i = last;
        }
    }

    /** True if {@code c} (16 upper-case letters/digits) follows the DVLA driver number rules. */
    static boolean valid(String c) {
        if (c.length() != 16 || !isLetter(c.charAt(0))) {
            return false;
        }
        boolean padding = false;
        for (int k = 1; k < 5; k++) {
            char ch = c.charAt(k);
            if (ch == '9') {
                padding = true;
            } else if (!isLetter(ch) || padding) {
                return false;
            }
        }
        if (!IdTokens.digits(c, 5, 11)) {
            return false;
        }
        int month = (c.charAt(6) - '0') * 10 + (c.charAt(7) - '0');
        if (month > 50) {
            month -= 50;
        }
        int day = (c.charAt(8) - '0') * 10 + (c.charAt(9) - '0');
        if (month < 1 || month > 12 || day < 1 || day > MONTH_DAYS[month - 1]) {
            return false;
        }
        char i1 = c.charAt(11);
        char i2 = c.charAt(12);
        if (!isLetter(i1) || !(isLetter(i2) || i2 == '9')) {
            return false;
        }
        char d = c.charAt(13);
        return d >= '0' && d <= '9' && isAlnum(c.charAt(14)) && isAlnum(c.charAt(15));
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAlnum(char c) {
        return isLetter(c) || (c >= '0' && c <= '9');
    }
}
