package dev.privacyai.impl.pseudonym;

import dev.privacyai.pseudonym.ReinsertionMode;
import dev.privacyai.redaction.EntityType;

import java.util.Locale;

/** Normalization (match keys) and masking of values. Stateless. */
final class Values {

    private Values() {
    }

    /**
     * The form under which values are compared: e-mail addresses and URLs lower case; names and other letter-only
     * values lower case with whitespace collapsed; values with digits (cards, phones, IBANs, ids) only their letters
     * and digits, upper case, so that "4242 4242 ..." and "4242-4242-..." are one value.
     */
    static String matchKey(EntityType type, String value) {
        String v = value.strip();
        if (type.equals(EntityType.EMAIL) || type.equals(EntityType.URL)) {
            return v.toLowerCase(Locale.ROOT);
        }
        boolean digit = false;
        for (int i = 0; i < v.length() && !digit; i++) {
            digit = Character.isDigit(v.charAt(i));
        }
        boolean nameLike = type.equals(EntityType.PERSON) || type.equals(EntityType.LOCATION)
                || type.equals(EntityType.ORGANIZATION);
        StringBuilder sb = new StringBuilder(v.length());
        if (digit && !nameLike) {
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    sb.append(Character.toUpperCase(c));
                }
            }
            return sb.toString();
        }
        boolean space = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) {
                sb.append(' ');
            }
            space = false;
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /** The "at" of an address written out: " at ", "[at]", "(at)", "{at}". */
    private static final java.util.regex.Pattern WRITTEN_AT =
            java.util.regex.Pattern.compile("[\\s\\[({](?i:at)[\\s\\])}]");

    private static boolean nameLike(EntityType type) {
        return type.equals(EntityType.PERSON) || type.equals(EntityType.LOCATION)
                || type.equals(EntityType.ORGANIZATION);
    }

    /** What to reinsert for {@code value} under {@code mode}. */
    static String render(EntityType type, String value, ReinsertionMode mode) {
        switch (mode) {
            case ORIGINAL:
                return value;
            case WITHHELD:
                return "[" + type.name() + "]";
            case MASKED:
            default:
                return mask(type, value);
        }
    }

    static String mask(EntityType type, String value) {
        int at = value.lastIndexOf('@');
        if (type.equals(EntityType.EMAIL) && at > 0) {
            return value.charAt(0) + "***" + value.substring(at);
        }
        if (type.equals(EntityType.EMAIL)) {
            java.util.regex.Matcher m = WRITTEN_AT.matcher(value);
            int written = -1;
            while (m.find()) {
                written = m.start();
            }
            if (written > 0) {
                return value.charAt(0) + "***" + value.substring(written); // "j*** at gmail dot com"
            }
        }
        String[] words = value.strip().split("\\s+");
        if (words.length >= 8 && value.chars().noneMatch(Character::isDigit) && !nameLike(type)) {
            // a number read out word by word on the voice channel: keep its last four numbers, as for digits
            return "**** " + String.join(" ", java.util.Arrays.copyOfRange(words, words.length - 4, words.length));
        }
        int alnum = 0;
        for (int i = 0; i < value.length(); i++) {
            if (Character.isLetterOrDigit(value.charAt(i))) {
                alnum++;
            }
        }
        if (alnum >= 8) {
            StringBuilder last = new StringBuilder(4);
            for (int i = value.length() - 1; i >= 0 && last.length() < 4; i--) {
                if (Character.isLetterOrDigit(value.charAt(i))) {
                    last.append(value.charAt(i));
                }
            }
            return "**** " + last.reverse();
        }
        return "*".repeat(Math.max(1, value.length()));
    }
}
