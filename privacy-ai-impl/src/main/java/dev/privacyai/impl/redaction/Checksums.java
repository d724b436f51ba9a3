package dev.privacyai.impl.redaction;

/** Check-digit algorithms used by the validators. Pure functions over ASCII digit/letter strings. */
final class Checksums {

    private Checksums() {
    }

    /** Luhn (mod 10) over a string of ASCII digits; false for an empty or non-digit string. */
    static boolean luhn(CharSequence digits) {
        int n = digits.length();
        if (n == 0) {
            return false;
        }
        int sum = 0;
        boolean dbl = false;
        for (int i = n - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }
}
