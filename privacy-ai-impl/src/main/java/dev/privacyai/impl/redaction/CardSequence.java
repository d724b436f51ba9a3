package dev.privacyai.impl.redaction;

/**
 * The card details people paste in one go, without a word between them: "4111111111111111 12/27 123",
 * "cc: 4111111111111111, 12/27, 123", "4111111111111111|12|27|123". A Luhn-valid card number right before a
 * month/year is the context that makes the month/year a CARD_EXPIRY, and both right before three or four digits
 * make those a CVV. Stateless; package-private.
 */
final class CardSequence {

    /** Card numbers have 13 to 19 digits. */
    private static final int MIN_PAN = 13;
    private static final int MAX_PAN = 19;

    private CardSequence() {
    }

    /**
     * True if a Luhn-valid 13–19 digit card number ends at token {@code k - 1}, one to three characters of
     * {@code " ,|;"} before token {@code k}. The card is one digit token or digit tokens joined by single spaces or
     * dashes ("4111 1111 1111 1111"; also no-break and thin spaces and Unicode dashes), with no digit joined to its
     * first token.
     */
    static boolean cardRightBefore(TextScan scan, int k) {
        if (k < 1 || !itemGap(scan, k - 1, k)) {
            return false;
        }
        int j = k - 1;
        int total = 0;
        // walk back over the groups; the digits are collected back to front
        while (j >= 0 && scan.tokenFlags(j) == TextScan.DIGIT) {
            total += scan.tokenLength(j);
            if (total > MAX_PAN) {
                return false;
            }
            if (total >= MIN_PAN && !joinedBefore(scan, j) && luhnOf(scan, j, k - 1)) {
                return true;
            }
            if (!joinedBefore(scan, j)) {
                return false;
            }
            j--;
        }
        return false;
    }

    /**
     * True if tokens {@code m} and {@code m + 1} are a month (1–12, one or two digits) and a year (two digits, or
     * four from 2000 to 2099) joined by '/', '|' or '-' ("12/27", "12|27", "12/2027"), with no digits joined after.
     */
    static boolean monthYear(TextScan scan, int m) {
        if (m + 1 >= scan.tokenCount() || scan.tokenFlags(m) != TextScan.DIGIT
                || scan.tokenFlags(m + 1) != TextScan.DIGIT) {
            return false;
        }
        int ml = scan.tokenLength(m);
        int yl = scan.tokenLength(m + 1);
        int g = scan.tokenEnd(m);
        if (ml > 2 || (yl != 2 && yl != 4) || scan.tokenStart(m + 1) != g + 1) {
            return false;
        }
        char sep = scan.chars[g];
        if (sep != '/' && sep != '|' && sep != '-') {
            return false;
        }
        int month = value(scan, m);
        int year = value(scan, m + 1);
        if (month < 1 || month > 12 || (yl == 4 && (year < 2000 || year > 2099))) {
            return false;
        }
        int e = scan.tokenEnd(m + 1);
        char[] t = scan.chars;
        return !(e + 1 < t.length && (t[e] == '/' || t[e] == '-' || t[e] == '.')
                && t[e + 1] >= '0' && t[e + 1] <= '9') && scan.boundaryAfter(e);
    }

    /** One to three characters of {@code " ,|;"} (at least one of them) between tokens a and b. */
    static boolean itemGap(TextScan scan, int a, int b) {
        int from = scan.tokenEnd(a);
        int to = scan.tokenStart(b);
        if (to - from < 1 || to - from > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = scan.chars[i];
            if (c != ' ' && c != ',' && c != '|' && c != ';') {
                return false;
            }
        }
        return true;
    }

    /** Token j (digits) is joined to a digit token before it by one space or dash: a group of the same number. */
    private static boolean joinedBefore(TextScan scan, int j) {
        if (j < 1 || scan.tokenFlags(j - 1) != TextScan.DIGIT) {
            return false;
        }
        int g = scan.tokenEnd(j - 1);
        char c = scan.chars[g];
        // the Unicode spaces and dashes of text copied from a web page or a document count as a space or '-'
        return scan.tokenStart(j) == g + 1
                && (c == ' ' || c == '-' || TextScan.isUnicodeSpace(c) || TextScan.isUnicodeDash(c));
    }

    private static boolean luhnOf(TextScan scan, int from, int to) {
        StringBuilder d = new StringBuilder(MAX_PAN);
        for (int j = from; j <= to; j++) {
            d.append(scan.chars, scan.tokenStart(j), scan.tokenLength(j));
        }
        return Checksums.luhn(d);
    }

    private static int value(TextScan scan, int k) {
        return TextScan.digitValue(scan.chars, scan.tokenStart(k), scan.tokenEnd(k));
    }
}
