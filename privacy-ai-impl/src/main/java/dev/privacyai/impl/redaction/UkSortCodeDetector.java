package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * UK_SORT_CODE (context-gated): the six digits of a UK bank sort code, written {@code NN-NN-NN}, {@code NN NN NN}
 * (one and the same separator; Unicode dashes and no-break spaces count) or {@code NNNNNN}, reported only
 *
 * <ul>
 *   <li>after a sort-code cue ("sort code", "sortcode", "sort-code", "bank sort code") earlier in the same sentence
 *       and line (or on a line above ending in '?' or ':'), at most {@value #WINDOW} characters before the digits,
 *       with no other number between the cue and the digits and no cue of another secret or reference (PIN,
 *       phone, order number, ...) in between; or</li>
 *   <li>in a reply to an assistant prompt that asked for the sort code, when only filler words ("it's", "sure")
 *       stand before the digits.</li>
 * </ul>
 * Without such a cue six digits are never a sort code. Digits that are part of a longer number joined by the same
 * separator ("20-00-00-01"), an amount ("£200000"), a decimal or a time are not reported, nor six identical
 * digits (placeholders such as 00-00-00). A sort code written right before another number with a space ("20-00-00
 * 12345678", the account number after it) is reported with a lower score, so that an account number found over
 * both by its own cue wins and nothing stays visible. The explanation names the cue, never the digits.
 * Immutable and thread-safe.
 */
final class UkSortCodeDetector extends ScanningDetector {

    /** Cues that name a sort code ("bank sort code" contains "sort code"). */
    static final ContextLexicon SORT_CUES = ContextLexicon.of("sort code", "sortcode", "sort-code");
    /**
     * Cues of another value between the sort-code cue and the digits: "sort code unknown, pin 200000" is a PIN, "sort
     * code? no, order 123456" an order number.
     */
    private static final ContextLexicon OTHER_CUES = ContextLexicon.of("pin", "passcode", "password", "otp",
            "cvv", "cvc", "postcode", "reference", "ref", "order", "invoice", "tracking", "card number", "expiry",
            "dob", "date of birth", "phone", "tel", "telephone", "call", "mobile number");

    /** How far before the digits the cue may start. */
    static final int WINDOW = 60;
    /** Characters of filler before a reply to a prompt ("Sure, it's 20-00-00"). */
    private static final int MAX_REPLY_LEAD = 24;

    /** Above DATE's 0.85 for a date-shaped sort code ("sort code 12-11-10"). */
    private static final double SCORE_TEXT = 0.9;
    private static final double SCORE_PROMPT = 0.86;
    /** Below {@link AccountNumberDetector}'s 0.7: an account number over "20-00-00 12345678" must win. */
    private static final double SCORE_BEFORE_NUMBER = 0.6;

    private static final int[] GROUPED = {2, 2, 2};
    private static final int[] CONTIGUOUS = {6};

    /** Lengths of the token a match starts with (see {@link TextScan#digitTokenLengths()}). */
    private static final long START_LENGTHS = TextScan.lengths(2, 6);

    UkSortCodeDetector() {
        super("uk-sort-code", Set.of(EntityType.UK_SORT_CODE));
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        if ((scan.digitTokenLengths() & START_LENGTHS) == 0) {
            return; // starts at a digit token of 2 (NN-NN-NN) or 6 (NNNNNN) digits
        }
        // A sort code starts a numeric run: after a digit token at most three separators away, the cue window
        // (which ends at the previous number) and a reply's lead (filler words only) are both empty.
        for (int r = 0; r < scan.runCount(); r++) {
            if (scan.runDigits(r) < 6) {
                continue;
            }
            int i = scan.runFirstToken(r);
            int len = scan.tokenLength(i);
            int last;
            String pattern;
            if (len == 6) {
                last = i;
                pattern = "6-digits";
            } else if (len == 2 && grouped(scan, i)) {
                last = i + 2;
                pattern = "2-2-2";
            } else {
                continue;
            }
            int s = scan.tokenStart(i);
            int e = scan.tokenEnd(last);
            int after = joinedAfter(scan, last, e, pattern);
            if (after < 0 || joinedBefore(scan, i, s) < 0 || Checksums.allSame(scan.digitsOf(s, e))) {
                continue;
            }
            emit(scan, i, s, e, pattern, after > 0, out);
        }
    }

    /** Tokens i, i+1, i+2 are two digits each joined by one and the same dash or space. */
    private static boolean grouped(TextScan scan, int i) {
        if (i + 2 >= scan.tokenCount() || scan.tokenFlags(i + 1) != TextScan.DIGIT
                || scan.tokenFlags(i + 2) != TextScan.DIGIT || scan.tokenLength(i + 1) != 2
                || scan.tokenLength(i + 2) != 2) {
            return false;
        }
        char sep = IdTokens.gap(scan, i, IdTokens.SPACE_DASH);
        return sep != 0 && IdTokens.gap(scan, i + 1, IdTokens.SPACE_DASH) == sep;
    }

    /**
     * -1 if the digits at {@code s} continue a number (a digit group joined by a separator, or "£", "$", "€", "#"
     * or "+" right before), else 0.
     */
    private static int joinedBefore(TextScan scan, int i, int s) {
        char[] t = scan.chars;
        if (s > 0 && "£$€#+".indexOf(t[s - 1]) >= 0) {
            return -1;
        }
        if (s > 1 && ".,:/".indexOf(t[s - 1]) >= 0 && IdTokens.isDigit(t[s - 2])) {
            return -1; // "1.200000", "10:20 00 00"
        }
        return IdTokens.digitToken(scan, i - 1) && IdTokens.gap(scan, i - 1, IdTokens.SPACE_DASH) != 0 ? -1 : 0;
    }

    /**
     * -1 if the digits ending at {@code e} go on as a number ("20-00-00-01", "200000.50", "20 00 00%"), 1 if
     * another number follows after a different separator ("20-00-00 12345678", "200000 12345678": the account
     * number typed next to it), else 0.
     */
    private static int joinedAfter(TextScan scan, int last, int e, String pattern) {
        char[] t = scan.chars;
        if (e < t.length && t[e] == '%') {
            return -1;
        }
        if (e + 1 < t.length && ".,:/".indexOf(t[e]) >= 0 && IdTokens.isDigit(t[e + 1])) {
            return -1;
        }
        if (!IdTokens.digitToken(scan, last + 1)) {
            return 0;
        }
        char g = IdTokens.gap(scan, last, IdTokens.SPACE_DASH);
        if (g == 0) {
            return 0;
        }
        if (pattern.equals("2-2-2")) {
            // "20-00-00 12345678" is a sort code and a number; "20 00 00 12" or "20-00-00-01" one longer number
            return g == IdTokens.gap(scan, last - 1, IdTokens.SPACE_DASH) ? -1 : 1;
        }
        // "200000 12345678": a space, then a number of a UK account's 7-8 digits that ends there
        return g == ' ' && scan.tokenLength(last + 1) >= 7 && scan.tokenLength(last + 1) <= 8
                && IdTokens.gap(scan, last + 1, IdTokens.SPACE_DASH_DOT) == 0 ? 1 : -1;
    }

    private void emit(TextScan scan, int i, int s, int e, String pattern, boolean numberAfter, List<Finding> out) {
        String t = scan.text;
        int from = cueWindowStart(scan, i, s);
        String cue = SORT_CUES.findIn(scan, from, s);
        String where = "text";
        double score = SCORE_TEXT;
        if (cue != null && OTHER_CUES.findIn(scan, from, s) != null && !cueRightBefore(scan, from, s)) {
            cue = null; // "sort code? not sure. my pin is 200000": the nearer cue names the digits
        }
        if (cue == null && !scan.prompt.isEmpty() && IdTokens.onlyFillerBefore(t, s, MAX_REPLY_LEAD)) {
            cue = SORT_CUES.findIn(scan.prompt);
            where = "assistant-prompt";
            score = SCORE_PROMPT;
        }
        if (cue == null) {
            return;
        }
        if (numberAfter) {
            score = SCORE_BEFORE_NUMBER;
        }
        Explanation.Builder ex = Explanation.builder().pattern(pattern).validator("context-gated")
                .baseScore(score).cue(Explanation.ContextCue.of(cue, 0.0, where))
                .reason(numberAfter ? "six digits after a sort-code cue, another number right after them"
                        : "six digits after a sort-code cue");
        out.add(finding(EntityType.UK_SORT_CODE, s, e, score, ex));
    }

    /**
     * The start of the window a cue must stand in: at most {@value #WINDOW} characters back, not past a line break
     * (but through one ending a line that asks, "Sort code:\n"), a sentence end (". ", "! ") or the previous number.
     */
    private static int cueWindowStart(TextScan scan, int i, int s) {
        String t = scan.text;
        int from = ContextScorer.lineWindowStart(t, s, WINDOW, true);
        for (int p = s - 1; p > from; p--) {
            char c = t.charAt(p - 1);
            if ((c == '.' || c == '!' || c == ';') && Character.isWhitespace(t.charAt(p))) {
                from = p;
                break;
            }
        }
        for (int k = i - 1; k >= 0 && scan.tokenEnd(k) > from; k--) {
            if (scan.tokenHas(k, TextScan.DIGIT)) {
                return scan.tokenEnd(k); // "sort code 20-00-00, mobile 07700 900123 ...": the first number only
            }
        }
        return from;
    }

    /** A sort-code cue stands right before {@code s}, with only punctuation and filler words between. */
    private static boolean cueRightBefore(TextScan scan, int from, int s) {
        return IdTokens.cueRightBefore(scan, s, CUE_WORDS, s - from) != null;
    }

    private static final String[] CUE_WORDS = {"sort code", "sortcode", "sort-code"};
}
