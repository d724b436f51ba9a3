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

    /**
     * Words of another value between the sort-code cue and the digits: "sort code unknown, pin 200000" is a PIN,
     * "sort code, my phone is 33 93 31" a phone number; "number" only after "card" or "mobile" (below).
     */
    private static final TokenWords OTHER_WORDS = TokenWords.of("pin", "passcode", "password", "otp", "cvv", "cvc",
            "postcode", "reference", "ref", "order", "invoice", "tracking", "expiry", "dob", "birth", "phone", "tel",
            "telephone", "call");
    /** Words before "number" that name another value ("card number", "mobile number"). */
    private static final TokenWords OTHER_NUMBERS = TokenWords.of("card", "mobile");

    /** How far before the digits the cue may start. */
    static final int WINDOW = 60;
    /** Characters of filler before a reply to a prompt ("Sure, it's 20-00-00"). */
    private static final int MAX_REPLY_LEAD = 24;

    /** Above DATE's 0.85 for a date-shaped sort code ("sort code 12-11-10"). */
    private static final double SCORE_TEXT = 0.9;
    private static final double SCORE_PROMPT = 0.86;
    /** Below {@link AccountNumberDetector}'s 0.7: an account number over "20-00-00 12345678" must win. */
    private static final double SCORE_BEFORE_NUMBER = 0.6;

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
            if (after < 0 || continuesNumber(scan, i, s) || Checksums.allSame(scan.digitsOf(s, e))) {
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
     * True if the digits at {@code s} (token {@code i}) continue a number: a digit group joined by one separator,
     * or "£", "$", "€", "#" or "+" right before.
     */
    private static boolean continuesNumber(TextScan scan, int i, int s) {
        char[] t = scan.chars;
        if (s > 0 && "£$€#+".indexOf(t[s - 1]) >= 0) {
            return true;
        }
        if (s > 1 && ".,:/".indexOf(t[s - 1]) >= 0 && IdTokens.isDigit(t[s - 2])) {
            return true; // "1.200000", "10:20 00 00"
        }
        return IdTokens.digitToken(scan, i - 1) && IdTokens.gap(scan, i - 1, IdTokens.SPACE_DASH) != 0;
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
        String where = "text";
        double score = SCORE_TEXT;
        String cue = cueBefore(scan, i, s);
        if (cue == null && !scan.prompt.isEmpty() && s <= MAX_REPLY_LEAD
                && IdTokens.onlyFillerBefore(scan.text, s, MAX_REPLY_LEAD) && promptAsks(scan.prompt)) {
            cue = "sort code";
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
     * The sort-code cue ("sort code", "sort-code", "sortcode", plural too) nearest before token {@code i} that
     * starts at most {@value #WINDOW} characters before {@code s}, not before a line break (but through one ending
     * a line that asks, "Sort code:\n"), a sentence end (". ", "! ") or a number, with no word of another value
     * ({@link #OTHER_WORDS}) between it and the digits; or null. Walks the tokens of the window back once.
     */
    private static String cueBefore(TextScan scan, int i, int s) {
        String t = scan.text;
        int from = ContextScorer.lineWindowStart(t, s, WINDOW, true);
        for (int p = s - 1; p > from; p--) {
            char c = t.charAt(p - 1);
            if ((c == '.' || c == '!' || c == ';') && Character.isWhitespace(t.charAt(p))) {
                from = p;
                break;
            }
        }
        for (int k = i - 1; k >= 0 && scan.tokenStart(k) >= from; k--) {
            if (scan.tokenHas(k, TextScan.DIGIT)) {
                return null; // "sort code 20-00-00, mobile 07700 900123 ...": the first number after the cue only
            }
            if (TokenWords.sameLower(scan, k, "code") || TokenWords.sameLower(scan, k, "codes")) {
                if (k > 0 && scan.tokenStart(k - 1) >= from && TokenWords.sameLower(scan, k - 1, "sort")
                        && IdTokens.gap(scan, k - 1, IdTokens.SPACE_DASH) != 0) {
                    return "sort code";
                }
            } else if (TokenWords.sameLower(scan, k, "sortcode") || TokenWords.sameLower(scan, k, "sortcodes")) {
                return "sortcode";
            } else if (OTHER_WORDS.contains(scan, k) || (TokenWords.sameLower(scan, k, "number") && k > 0
                    && OTHER_NUMBERS.contains(scan, k - 1))) {
                return null; // "sort code? not sure. my pin is 200000": the nearer cue names the digits
            }
        }
        return null;
    }

    /** The assistant's prompt (lower case) asks for the sort code: "sort code", "sort-code" or "sortcode" in it. */
    static boolean promptAsks(String prompt) {
        for (int p = prompt.indexOf("sort"); p >= 0; p = prompt.indexOf("sort", p + 1)) {
            if (p > 0 && Character.isLetterOrDigit(prompt.charAt(p - 1))) {
                continue; // "resort"
            }
            int c = p + 4;
            if (c < prompt.length() && (prompt.charAt(c) == ' ' || prompt.charAt(c) == '-')) {
                c++;
            }
            if (prompt.startsWith("code", c)
                    && (c + 4 == prompt.length() || !Character.isLetterOrDigit(prompt.charAt(c + 4))
                    || prompt.charAt(c + 4) == 's')) {
                return true;
            }
        }
        return false;
    }
}
