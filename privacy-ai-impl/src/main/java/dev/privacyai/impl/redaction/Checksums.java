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

    /**
     * IBAN mod-97 (ISO 13616 / ISO 7064): {@code iban} is the compact form, upper-case letters and digits, country
     * code first. Moves the first four characters to the end, maps letters to 10..35 and checks the remainder is 1.
     * False for anything shorter than 5 characters or with other characters. Length per country is not checked here.
     */
    static boolean ibanMod97(CharSequence iban) {
        int n = iban.length();
        if (n < 5) {
            return false;
        }
        int rem = 0;
        for (int k = 0; k < n; k++) {
            char c = iban.charAt((k + 4) % n);
            if (c >= '0' && c <= '9') {
                rem = (rem * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                rem = (rem * 100 + (c - 'A' + 10)) % 97;
            } else {
                return false;
            }
        }
        return rem == 1;
    }

    /** ABA routing number check: 9 digits, weights 3,7,1 repeated, weighted sum divisible by 10. */
    static boolean aba(CharSequence digits) {
        if (digits.length() != 9) {
            return false;
        }
        int[] w = {3, 7, 1};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            sum += w[i % 3] * d;
        }
        return sum % 10 == 0;
    }

    /**
     * NHS number mod-11: 10 digits; weights 10..2 on the first nine, check = 11 - (sum mod 11), 11 becomes 0 and
     * 10 means the number is invalid; the check must equal the tenth digit.
     */
    static boolean nhsMod11(CharSequence digits) {
        if (digits.length() != 10) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (i < 9) {
                sum += d * (10 - i);
            }
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    /**
     * DEA registration number check over its seven digits: (d1 + d3 + d5) + 2 * (d2 + d4 + d6) must end in d7.
     * {@code digits} are the seven digits after the two letters.
     */
    static boolean dea(CharSequence digits) {
        if (digits.length() != 7) {
            return false;
        }
        int[] d = new int[7];
        for (int i = 0; i < 7; i++) {
            d[i] = digits.charAt(i) - '0';
            if (d[i] < 0 || d[i] > 9) {
                return false;
            }
        }
        int sum = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
        return sum % 10 == d[6];
    }

    /** US NPI check: 10 digits, Luhn over the number prefixed with the card issuer prefix {@code 80840}. */
    static boolean npi(CharSequence digits) {
        if (digits.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return luhn("80840" + digits);
    }

    /** True if every character of {@code s} equals the first one (true for an empty string). */
    static boolean allSame(CharSequence s) {
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) != s.charAt(0)) {
                return false;
            }
        }
        return true;
    }
}
