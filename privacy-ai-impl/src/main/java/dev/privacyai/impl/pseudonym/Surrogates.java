package dev.privacyai.impl.pseudonym;

import com.google.crypto.tink.prf.PrfSet;
import dev.privacyai.pseudonym.spi.SurrogateFactory;
import dev.privacyai.redaction.EntityType;

import java.util.List;
import java.util.Locale;

/**
 * Deterministic, well-formed fake values for one conversation, derived from a PRF of (conversation, type, number,
 * attempt):
 * <ul>
 *   <li>PERSON: a first and last name from a built-in list;</li>
 *   <li>EMAIL: {@code first.lastNN@example.com|org|net} (domains reserved by RFC 2606);</li>
 *   <li>PHONE: {@code (AAA) 555-01NN}, the North American range reserved for fiction;</li>
 *   <li>CREDIT_CARD: a Luhn-valid 16-digit number in the {@code 4000 00} test range;</li>
 *   <li>IP_ADDRESS: an address in the documentation ranges of RFC 5737.</li>
 * </ul>
 * Other types get no surrogate (tags are used). With scoped tags, every type gets a tag with a per-conversation
 * five-digit number instead, e.g. {@code <EMAIL_48213>}. Thread-safe.
 */
final class Surrogates implements SurrogateFactory {

    static final List<String> FIRST = List.of(
            "Avery", "Blake", "Casey", "Dana", "Elliot", "Frankie", "Greer", "Harper", "Imogen", "Jordan", "Kendall",
            "Leandra", "Morgan", "Noemi", "Oakley", "Priya", "Quentin", "Rosalind", "Soren", "Thea", "Uriel",
            "Vesna", "Wynne", "Yael", "Zion", "Rowan", "Emery", "Finley", "Hollis", "Jules", "Marlowe", "Sasha");
    static final List<String> LAST = List.of(
            "Abernathy", "Bramley", "Calloway", "Dunmore", "Ellery", "Fairbanks", "Galloway", "Hartwell", "Ingram",
            "Jessup", "Kingsley", "Lockhart", "Merriweather", "Northcott", "Oldham", "Pemberton", "Quimby",
            "Radcliffe", "Stanhope", "Thornbury", "Underwood", "Vantreight", "Whitlock", "Yardley", "Ashdown",
            "Blackwood", "Crowther", "Davenport", "Everly", "Fenwick", "Greaves", "Holloway");
    private static final List<String> DOMAINS = List.of("example.com", "example.org", "example.net");
    private static final List<String> AREA_CODES = List.of(
            "201", "212", "303", "312", "415", "503", "602", "617", "702", "713", "919", "206");

    private final PrfSet seed;
    private final String conversationId;
    private final boolean scopedTags;

    Surrogates(PrfSet seed, String conversationId, boolean scopedTags) {
        this.seed = seed;
        this.conversationId = conversationId;
        this.scopedTags = scopedTags;
    }

    @Override
    public String matchKey(EntityType type, String value) {
        return Values.matchKey(type, value);
    }

    @Override
    public String surrogate(EntityType type, int index, int attempt) {
        if (scopedTags) {
            byte[] r = VaultCore.compute(seed, "scoped-tag\u0000" + conversationId + "\u0000" + type.name()
                    + "\u0000" + index + "\u0000" + attempt);
            int n = ((r[0] & 0xff) << 16 | (r[1] & 0xff) << 8 | (r[2] & 0xff)) % 90_000 + 10_000;
            return "<" + type.name() + "_" + n + ">";
        }
        if (!supports(type)) {
            return null;
        }
        byte[] r = VaultCore.compute(seed, "surrogate\u0000" + conversationId + "\u0000" + type.name() + "\u0000"
                + index + "\u0000" + attempt);
        if (type.equals(EntityType.PERSON)) {
            return FIRST.get(u(r, 0) % FIRST.size()) + " " + LAST.get(u(r, 1) % LAST.size());
        }
        if (type.equals(EntityType.EMAIL)) {
            return FIRST.get(u(r, 0) % FIRST.size()).toLowerCase(Locale.ROOT) + "."
                    + LAST.get(u(r, 1) % LAST.size()).toLowerCase(Locale.ROOT) + (10 + u(r, 2) % 90) + "@"
                    + DOMAINS.get(u(r, 3) % DOMAINS.size());
        }
        if (type.equals(EntityType.PHONE)) {
            return "(" + AREA_CODES.get(u(r, 0) % AREA_CODES.size()) + ") 555-01" + two(u(r, 1) % 100);
        }
        if (type.equals(EntityType.CREDIT_CARD)) {
            StringBuilder digits = new StringBuilder("400000");
            for (int i = 0; i < 9; i++) {
                digits.append(u(r, 2 + i) % 10);
            }
            digits.append(luhnCheckDigit(digits));
            return digits.substring(0, 4) + " " + digits.substring(4, 8) + " " + digits.substring(8, 12) + " "
                    + digits.substring(12, 16);
        }
        String[] nets = {"192.0.2.", "198.51.100.", "203.0.113."};
        return nets[u(r, 0) % 3] + (1 + u(r, 1) % 254);
    }

    static boolean supports(EntityType type) {
        return type.equals(EntityType.PERSON) || type.equals(EntityType.EMAIL) || type.equals(EntityType.PHONE)
                || type.equals(EntityType.CREDIT_CARD) || type.equals(EntityType.IP_ADDRESS);
    }

    private static int u(byte[] r, int i) {
        return r[i] & 0xff;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** The Luhn check digit that makes {@code payload} + digit valid. */
    static int luhnCheckDigit(CharSequence payload) {
        return dev.privacyai.impl.redaction.Luhn.checkDigit(payload);
    }

    /** A factory producing no surrogates but the same match keys (tag style). */
    static final SurrogateFactory TAGS_ONLY = new SurrogateFactory() {
        @Override
        public String surrogate(EntityType type, int index, int attempt) {
            return null;
        }

        @Override
        public String matchKey(EntityType type, String value) {
            return Values.matchKey(type, value);
        }
    };
}
