package dev.privacyai.impl.redaction;

/**
 * The Luhn (mod 10) check used by payment cards, NPI numbers and other identifiers: one implementation shared by
 * the detectors, the pseudonymizer's surrogate cards and the escalation rules. Pure functions, thread-safe.
 */
public final class Luhn {

    private Luhn() {
    }

    /** True if {@code digits} is a non-empty string of ASCII digits whose Luhn sum is a multiple of 10. */
    public static boolean isValid(CharSequence digits) {
        int n = digits.length();
        if (n == 0) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < n; i++) {
            int d = digits.charAt(n - 1 - i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            sum += weighted(d, i % 2 == 1);
        }
        return sum % 10 == 0;
    }

    /**
     * The digit that, appended to {@code payload} (ASCII digits), makes it Luhn-valid.
     *
     * @throws IllegalArgumentException if {@code payload} holds a non-digit
     */
    public static int checkDigit(CharSequence payload) {
        int n = payload.length();
        int sum = 0;
        for (int i = 0; i < n; i++) {
            int d = payload.charAt(n - 1 - i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("payload must be ASCII digits");
            }
            sum += weighted(d, i % 2 == 0);
        }
        return (10 - sum % 10) % 10;
    }

    private static int weighted(int d, boolean doubled) {
        if (!doubled) {
            return d;
        }
        int x = d * 2;
        return x > 9 ? x - 9 : x;
    }
}
