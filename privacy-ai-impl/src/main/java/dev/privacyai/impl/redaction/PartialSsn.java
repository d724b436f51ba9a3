package dev.privacyai.impl.redaction;

/**
 * The "last four" of a Social Security Number, which customers type to verify their identity: a standalone
 * four-digit token right after a cue that says these are the SSN's last four digits, in either order
 * <ul>
 *   <li>"last 4 (digits) of (my) ssn / social (security number) (is/are/:)": "last four of my social is 8923",
 *       "the last four digits of my social security number are 8923", "last 4 ssn 8923";</li>
 *   <li>"ssn / social (security number)('s) last 4/four (digits) (is/are/:)": "ssn last 4: 8923", "my social's last
 *       four are 8923";</li>
 *   <li>"ssn / social (security number) ending in / ends in / ends with": "ssn ending in 8923";</li>
 * </ul>
 * or in a short reply (only filler words before the digits) to an assistant prompt that asked for the last four of
 * the SSN. Nothing else between the cue and the digits but the filler words "is", "are", "it's" ... and
 * punctuation such as ':' or '-'; a sentence end or a line break stops the cue. The last four of a card, a
 * tracking number or anything else but an SSN do not count ("last 4 of my card 4242"), nor digits joined to
 * another number or to a currency sign, nor 0000 (no SSN has that serial). Stateless; package-private; the
 * work per four-digit token is a few token comparisons.
 */
final class PartialSsn {

    /** No cue. */
    static final int NONE = 0;
    /** A cue in the text before the digits. */
    static final int TEXT = 1;
    /** The assistant's previous prompt asked for the last four of the SSN. */
    static final int PROMPT = 2;

    /** Words between the cue and the digits: "... of my ssn is 8923", "... they're 8923". */
    private static final TokenWords FILLER = TokenWords.of("is", "are", "was", "were", "it", "its", "s", "they",
            "re", "be", "would", "should", "will", "here", "please", "them", "those", "these", "just");
    /** Words between "of" and the SSN: "last 4 of my ssn". */
    private static final TokenWords OWNER = TokenWords.of("my", "your", "the", "his", "her", "their", "our",
            "mine");
    /** Words after "last 4": "last 4 digits of". */
    private static final TokenWords DIGIT_WORDS = TokenWords.of("digits", "digit", "numbers", "nums", "nos");

    /**
     * Every word that can stand right before the digits in a cue ({@link #FILLER}, the end of "last 4 (digits)",
     * of an SSN's name or of "ending in"): one look-up rules out almost every other four-digit number.
     */
    private static final TokenWords BEFORE_VALUE = TokenWords.of("is", "are", "was", "were", "it", "its", "s",
            "they", "re", "be", "would", "should", "will", "here", "please", "them", "those", "these", "just",
            "digits", "digit", "numbers", "nums", "nos", "4", "four", "last4", "in", "with", "number", "no", "num",
            "ssn", "social", "security");

    private static final int[] FOUR = {4};

    /** Filler words at most before a reply to a prompt ("sure, it's 8923"). */
    private static final int MAX_REPLY_LEAD = 24;
    /** At most this many filler words between the cue and the digits. */
    private static final int MAX_FILLER = 3;

    private PartialSsn() {
    }

    /**
     * Where the four-digit token {@code i} (ASCII digits only) is named the last four of an SSN: {@link #TEXT},
     * {@link #PROMPT} or {@link #NONE}.
     */
    static int cue(TextScan scan, int i) {
        int k = prev(scan, i);
        if (k >= 0 && BEFORE_VALUE.contains(scan, k) && cueBefore(scan, i)) {
            return standalone(scan, i) ? TEXT : NONE;
        }
        int s = scan.tokenStart(i);
        if (!scan.prompt.isEmpty() && s <= MAX_REPLY_LEAD && standalone(scan, i)
                && IdTokens.onlyFillerBefore(scan.text, s, MAX_REPLY_LEAD)
                && promptAsks(scan.prompt)) {
            return PROMPT;
        }
        return NONE;
    }

    /**
     * The assistant's prompt (lower case) asks for the last four of the SSN ("Can you verify the last four of your
     * social?"): "last 4", "last four", "last4", "ending in" or "ends in" and one of {@link UsSsnDetector#SSN_CUES}.
     */
    static boolean promptAsks(String prompt) {
        return (hasWords(prompt, "last 4") || hasWords(prompt, "last four") || hasWords(prompt, "last4")
                || hasWords(prompt, "ending in") || hasWords(prompt, "ends in"))
                && UsSsnDetector.SSN_CUES.findIn(prompt) != null;
    }

    /** {@code phrase} occurs in {@code text} as whole words. */
    private static boolean hasWords(String text, String phrase) {
        for (int p = text.indexOf(phrase); p >= 0; p = text.indexOf(phrase, p + 1)) {
            int e = p + phrase.length();
            if ((p == 0 || !Character.isLetterOrDigit(text.charAt(p - 1)))
                    && (e == text.length() || !Character.isLetterOrDigit(text.charAt(e)))) {
                return true;
            }
        }
        return false;
    }

    /** Token i is four digits, not 0000, not part of a longer number, an amount, a decimal or a percentage. */
    private static boolean standalone(TextScan scan, int i) {
        int s = scan.tokenStart(i);
        int e = scan.tokenEnd(i);
        char[] t = scan.chars;
        if (IdTokens.digitGroups(scan, i, FOUR, IdTokens.SPACE_DASH_DOT) == 0
                || (t[s] == '0' && t[s + 1] == '0' && t[s + 2] == '0' && t[s + 3] == '0')) {
            return false;
        }
        if (s > 0 && ("£$€+".indexOf(t[s - 1]) >= 0
                || (s > 1 && ",:/".indexOf(t[s - 1]) >= 0 && IdTokens.isDigit(t[s - 2])))) {
            return false;
        }
        return !(e < t.length && (t[e] == '%'
                || (e + 1 < t.length && ",:/".indexOf(t[e]) >= 0 && IdTokens.isDigit(t[e + 1]))));
    }

    /** A last-four-of-SSN cue ends right before token {@code i}, with at most a few filler words between. */
    private static boolean cueBefore(TextScan scan, int i) {
        int k = prev(scan, i);
        for (int skipped = 0; k >= 0 && skipped < MAX_FILLER && FILLER.contains(scan, k); skipped++) {
            k = prev(scan, k);
        }
        if (k < 0) {
            return false;
        }
        // "ssn last 4: 8923", "my social's last four are 8923"
        int l = lastFourBefore(scan, k);
        if (l >= 0) {
            int p = prev(scan, l);
            if (p >= 0 && TokenWords.sameLower(scan, p, "s")) {
                p = prev(scan, p); // "social's last four"
            }
            return p >= 0 && ssnPhraseBefore(scan, p) >= 0;
        }
        // "ssn ending in 8923", "my social ends with 8923"
        if (TokenWords.sameLower(scan, k, "in") || TokenWords.sameLower(scan, k, "with")) {
            int p = prev(scan, k);
            if (p >= 0 && (TokenWords.sameLower(scan, p, "ending") || TokenWords.sameLower(scan, p, "ends"))) {
                p = prev(scan, p);
                return p >= 0 && ssnPhraseBefore(scan, p) >= 0;
            }
            return false;
        }
        // "last 4 of my ssn is 8923", "last 4 ssn 8923"
        int p = ssnPhraseBefore(scan, k);
        if (p < 0) {
            return false;
        }
        p = prev(scan, p);
        if (p >= 0 && OWNER.contains(scan, p)) {
            p = prev(scan, p);
        }
        if (p >= 0 && TokenWords.sameLower(scan, p, "of")) {
            p = prev(scan, p);
        }
        return p >= 0 && lastFourBefore(scan, p) >= 0;
    }

    /**
     * If "last 4", "last four" or "last4", optionally followed by "digits", ends at token {@code k}, the index of
     * its first token, else -1.
     */
    private static int lastFourBefore(TextScan scan, int k) {
        if (DIGIT_WORDS.contains(scan, k)) {
            k = prev(scan, k);
            if (k < 0) {
                return -1;
            }
        }
        if (TokenWords.sameLower(scan, k, "last4")) {
            return k;
        }
        if (!TokenWords.sameLower(scan, k, "4") && !TokenWords.sameLower(scan, k, "four")) {
            return -1;
        }
        int p = prev(scan, k);
        return p >= 0 && TokenWords.sameLower(scan, p, "last") ? p : -1;
    }

    /**
     * If an SSN's name ends at token {@code k} ("ssn", "ssn number", "ssn #", "social", "social security number",
     * "social security no"), the index of its first token, else -1.
     */
    private static int ssnPhraseBefore(TextScan scan, int k) {
        if (TokenWords.sameLower(scan, k, "number") || TokenWords.sameLower(scan, k, "no")
                || TokenWords.sameLower(scan, k, "num")) {
            k = prev(scan, k);
            if (k < 0) {
                return -1;
            }
        }
        if (TokenWords.sameLower(scan, k, "ssn") || TokenWords.sameLower(scan, k, "social")) {
            return k;
        }
        if (TokenWords.sameLower(scan, k, "security")) {
            int p = prev(scan, k);
            return p >= 0 && TokenWords.sameLower(scan, p, "social") ? p : -1;
        }
        return -1;
    }

    /**
     * Token {@code k - 1} if only spaces and the punctuation of a cue (':', '-', '=', ',', '#', '(', ')', quotes,
     * apostrophes) stand between it and token {@code k}, at most four characters; else -1 (a sentence end or a line
     * break stops the cue).
     */
    private static int prev(TextScan scan, int k) {
        if (k <= 0) {
            return -1;
        }
        int from = scan.tokenEnd(k - 1);
        int to = scan.tokenStart(k);
        if (to - from > 4) {
            return -1;
        }
        char[] t = scan.chars;
        for (int p = from; p < to; p++) {
            char c = t[p];
            if (c != ' ' && c != '\t' && c != ':' && c != '-' && c != '=' && c != ',' && c != '#' && c != '('
                    && c != ')' && c != '"' && c != '\'' && c != '\u2019' && c != '\u00a0') {
                return -1;
            }
        }
        return k - 1;
    }
}
