package dev.privacyai.impl.redaction;

/** Check-digit algorithms used by the validators. Pure functions over ASCII digit/letter strings. */
final class Checksums {

    private Checksums() {
    }

    /** Luhn (mod 10) over a string of ASCII digits; false for an empty or non-digit string. */
    static boolean luhn(CharSequence digits) {
        return Luhn.isValid(digits);
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

    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    /**
     * Base58Check: decodes {@code s} with the Bitcoin alphabet and verifies that the last 4 bytes equal the first 4
     * bytes of SHA-256(SHA-256(payload)). Returns the payload (version byte first) or null if invalid.
     */
    static byte[] base58Check(CharSequence s) {
        int n = s.length();
        if (n == 0 || n > 64) {
            return null;
        }
        java.math.BigInteger v = java.math.BigInteger.ZERO;
        java.math.BigInteger radix = java.math.BigInteger.valueOf(58);
        int zeros = 0;
        boolean leading = true;
        for (int i = 0; i < n; i++) {
            int d = BASE58.indexOf(s.charAt(i));
            if (d < 0) {
                return null;
            }
            if (leading && d == 0) {
                zeros++;
            } else {
                leading = false;
            }
            v = v.multiply(radix).add(java.math.BigInteger.valueOf(d));
        }
        byte[] mag = v.signum() == 0 ? new byte[0] : v.toByteArray();
        int off = mag.length > 0 && mag[0] == 0 ? 1 : 0;
        int len = zeros + mag.length - off;
        if (len < 5) {
            return null;
        }
        byte[] all = new byte[len];
        System.arraycopy(mag, off, all, zeros, mag.length - off);
        byte[] payload = java.util.Arrays.copyOf(all, len - 4);
        byte[] hash = sha256(sha256(payload));
        for (int i = 0; i < 4; i++) {
            if (hash[i] != all[len - 4 + i]) {
                return null;
            }
        }
        return payload;
    }

    static byte[] sha256(byte[] data) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Bech32 (BIP-173) checksum constant. */
    static final int BECH32 = 1;
    /** Bech32m (BIP-350) checksum constant. */
    static final int BECH32M = 0x2bc830a3;

    private static final String BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    /**
     * Verifies a Bech32/Bech32m string ({@code hrp 1 data}): one case only, 8–90 characters, charset and checksum.
     * Returns {@link #BECH32} or {@link #BECH32M} for the constant that verified, or 0 if invalid. On success
     * {@code dataOut} (if non-null, length >= data length) receives the 5-bit data values without the checksum and
     * the return value's caller can read their count as {@code length - hrp - 7}.
     */
    static int bech32(CharSequence s, int[] dataOut) {
        int n = s.length();
        if (n < 8 || n > 90) {
            return 0;
        }
        boolean lower = false;
        boolean upper = false;
        int sep = -1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 33 || c > 126) {
                return 0;
            }
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            }
            if (c == '1') {
                sep = i;
            }
        }
        if ((lower && upper) || sep < 1 || sep + 7 > n) {
            return 0;
        }
        int chk = 1;
        for (int i = 0; i < sep; i++) {
            chk = bech32Step(chk) ^ (Character.toLowerCase(s.charAt(i)) >> 5);
        }
        chk = bech32Step(chk);
        for (int i = 0; i < sep; i++) {
            chk = bech32Step(chk) ^ (Character.toLowerCase(s.charAt(i)) & 31);
        }
        for (int i = sep + 1; i < n; i++) {
            int d = BECH32_CHARSET.indexOf(Character.toLowerCase(s.charAt(i)));
            if (d < 0) {
                return 0;
            }
            chk = bech32Step(chk) ^ d;
            int k = i - sep - 1;
            if (dataOut != null && i < n - 6 && k < dataOut.length) {
                dataOut[k] = d;
            }
        }
        if (chk == BECH32) {
            return BECH32;
        }
        if (chk == BECH32M) {
            return BECH32M;
        }
        return 0;
    }

    private static int bech32Step(int pre) {
        int b = pre >>> 25;
        return ((pre & 0x1ffffff) << 5)
                ^ (-((b) & 1) & 0x3b6a57b2)
                ^ (-((b >> 1) & 1) & 0x26508e6d)
                ^ (-((b >> 2) & 1) & 0x1ea119fa)
                ^ (-((b >> 3) & 1) & 0x3d4233dd)
                ^ (-((b >> 4) & 1) & 0x2a1462b3);
    }
}
