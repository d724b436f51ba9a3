package dev.privacyai.impl.redaction;

/**
 * The routing and account fields of a US cheque's MICR line as people copy them: a nine-digit routing number, then
 * the account number (4–17 digits) after a space, a slash or the MICR symbols ⑆ (transit, U+2446), ⑇ (amount),
 * ⑈ (on-us) and ⑉ (dash): "⑆021000021⑆ 4417789923⑈ 1052", "021000021 4417789923 1052",
 * "021000021 / 4417789923". Counts only with MICR evidence: a MICR symbol next to the routing number, a cheque cue
 * before it on its line ("the numbers at the bottom of my check are ..."), or a routing cue right after the pair
 * ("... is my routing and account"). The routing number's ABA checksum is its detector's business. Shared by
 * {@link UsBankRoutingDetector} and {@link UsBankNumberDetector}, so both read the same line the same way.
 * Stateless; package-private.
 */
final class MicrLine {

    /** Cheque words before the line. */
    private static final ContextLexicon CHEQUE_CUES = ContextLexicon.of("check", "checks", "cheque", "cheques",
            "micr", "checkbook", "chequebook");
    /** Routing words after the pair: "... is my routing and account". */
    private static final ContextLexicon ROUTING_AFTER = ContextLexicon.of("routing", "aba", "rtn");

    /** How far before the routing number a cheque cue may stand (on its line). */
    private static final int BEFORE = 48;
    /** How far after the account number a routing cue may stand. */
    private static final int AFTER = 32;

    private MicrLine() {
    }

    /** True for the MICR symbols transit, amount, on-us and dash (U+2446–U+2449). */
    static boolean micrSymbol(char c) {
        return c >= '\u2446' && c <= '\u2449';
    }

    /**
     * The token index of the account field after the nine-digit token {@code i} if the two read as a MICR line
     * (see the class comment), else -1. Constant work per call (bounded windows).
     */
    static int accountAfter(TextScan scan, int i) {
        int n = scan.tokenCount();
        if (i + 1 >= n || scan.tokenLength(i) != 9 || scan.tokenFlags(i) != TextScan.DIGIT
                || scan.tokenFlags(i + 1) != TextScan.DIGIT || scan.tokenLength(i + 1) < 4
                || scan.tokenLength(i + 1) > 17) {
            return -1;
        }
        int s = scan.tokenStart(i);
        int e = scan.tokenEnd(i);
        int a = scan.tokenStart(i + 1);
        if (a - e > 3) {
            return -1;
        }
        boolean symbol = false;
        int slashes = 0;
        for (int p = e; p < a; p++) {
            char c = scan.chars[p];
            if (micrSymbol(c)) {
                symbol = true;
            } else if (c == '/') {
                slashes++;
            } else if (c != ' ') {
                return -1;
            }
        }
        if (slashes > 1 || (a - e > 1 && !symbol && slashes == 0)) {
            return -1;
        }
        symbol |= s > 0 && micrSymbol(scan.chars[s - 1]);
        int ae = scan.tokenEnd(i + 1);
        if (ae < scan.chars.length && (Character.isLetter(scan.chars[ae]) || scan.chars[ae] == '.'
                && ae + 1 < scan.chars.length && IdTokens.isDigit(scan.chars[ae + 1]))) {
            return -1; // "4417789923.50" is an amount
        }
        if (symbol) {
            return i + 1;
        }
        int from = ContextScorer.lineWindowStart(scan.text, s, BEFORE, false);
        if (CHEQUE_CUES.findIn(scan, from, s) != null) {
            return i + 1;
        }
        int to = Math.min(scan.text.length(), ae + AFTER);
        int nl = scan.text.indexOf('\n', ae);
        if (nl >= 0 && nl < to) {
            to = nl;
        }
        return ROUTING_AFTER.findIn(scan, ae, to) != null ? i + 1 : -1;
    }
}
