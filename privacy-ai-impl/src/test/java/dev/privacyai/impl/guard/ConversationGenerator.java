package dev.privacyai.impl.guard;

import dev.privacyai.pseudonym.SubjectProfile;
import dev.privacyai.redaction.EntityType;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generator of synthetic contact-center conversations: a customer profile (name forms, e-mail, phone) and
 * customer turns that mention profile values and identifiers in the shapes people type them (cards with and
 * without grouping, SSNs, IBANs, e-mails, phone numbers, UK postcodes). Every value is synthetic.
 */
final class ConversationGenerator {

    private static final String[] FIRST = {"Maria", "James", "Aisha", "Liam", "Sofia", "Noah", "Chen", "Olga",
            "Priya", "Mateo", "Fatima", "Lucas", "Ingrid", "Kwame", "Yuki", "Elena"};
    private static final String[] LAST = {"Gonzalez", "Whitfield", "Okafor", "Lindqvist", "Moreau", "Castellano",
            "Nakamura", "Petrov", "Ramanathan", "Kowalski", "Haddad", "Fitzgerald", "Brennan", "Adeyemi"};
    private static final String[] POSTCODES = {"SW1A 1AA", "EC1A 1BB", "W1A 0AX", "M1 1AE", "B33 8TH", "CR2 6XH",
            "DN55 1PT", "LS1 4AP"};
    private static final String[] FILLER = {"I need help with my delivery.", "Can you update my details please?",
            "The parcel has not arrived yet.", "I would like to change my plan.", "Thanks for the quick answer.",
            "Could you check my last bill?", "Please note my new contact details."};

    /** One generated conversation. */
    static final class Conv {
        final String conversationId;
        final String subjectId;
        final SubjectProfile profile;
        final List<String> profileValues = new ArrayList<>();
        final List<String> turns = new ArrayList<>();
        /** Identifier values inserted into the turns (not profile forms), all turns. */
        final List<String> identifiers = new ArrayList<>();
        /** The same, per turn. */
        final List<List<String>> turnIdentifiers = new ArrayList<>();
        /** Voice conversations may take card numbers; chat conversations escalate them to a secure line. */
        boolean voice;
        final boolean consent;

        Conv(String conversationId, String subjectId, SubjectProfile profile, boolean consent) {
            this.conversationId = conversationId;
            this.subjectId = subjectId;
            this.profile = profile;
            this.consent = consent;
        }
    }

    private final Random rnd;

    ConversationGenerator(long seed) {
        this.rnd = new Random(seed);
    }

    Conv next(int n) {
        String first = pick(FIRST);
        String last = pick(LAST);
        String email = first.toLowerCase() + "." + last.toLowerCase() + n + "@example." + pick(new String[]{"com", "org", "net"});
        String phone = "(415) 555-01" + two();
        SubjectProfile profile = SubjectProfile.builder()
                .identity(EntityType.PERSON, first + " " + last, first, "Ms " + last, "Mr " + last)
                .identity(EntityType.EMAIL, email).identity(EntityType.PHONE, phone).build();
        Conv c = new Conv("conv-" + n + "-" + Integer.toHexString(rnd.nextInt()), "subj-" + n + "-"
                + Integer.toHexString(rnd.nextInt()), profile, rnd.nextInt(20) != 0);
        c.profileValues.addAll(List.of(first + " " + last, first, "Ms " + last, "Mr " + last, email, phone));
        c.voice = rnd.nextBoolean();
        int turns = 2 + rnd.nextInt(3);
        for (int t = 0; t < turns; t++) {
            int before = c.identifiers.size();
            c.turns.add(turn(c, first, last, email, phone));
            c.turnIdentifiers.add(List.copyOf(c.identifiers.subList(before, c.identifiers.size())));
        }
        return c;
    }

    private String turn(Conv c, String first, String last, String email, String phone) {
        StringBuilder sb = new StringBuilder();
        switch (rnd.nextInt(3)) {
            case 0:
                sb.append("Hi, this is ").append(first).append(". ");
                break;
            case 1:
                sb.append(first).append(' ').append(last).append(" here. ");
                break;
            default:
                sb.append("Hello, Ms ").append(last).append(" speaking. ");
        }
        int parts = 1 + rnd.nextInt(3);
        for (int p = 0; p < parts; p++) {
            switch (rnd.nextInt(9)) {
                case 0:
                    sb.append("You can mail me at ").append(email).append(". ");
                    break;
                case 1:
                    sb.append("My number is ").append(phone).append(". ");
                    break;
                case 2: {
                    String card = card();
                    c.identifiers.add(card);
                    sb.append("Please charge my card ").append(card).append(". ");
                    break;
                }
                case 3: {
                    String ssn = ssn();
                    c.identifiers.add(ssn);
                    sb.append("My SSN is ").append(ssn).append(". ");
                    break;
                }
                case 4: {
                    String iban = iban();
                    c.identifiers.add(iban);
                    sb.append("Refund to IBAN ").append(iban).append(" please. ");
                    break;
                }
                case 5: {
                    String other = pick(FIRST).toLowerCase() + ".friend" + rnd.nextInt(1000) + "@mailbox.org";
                    c.identifiers.add(other);
                    sb.append("Also copy ").append(other).append(". ");
                    break;
                }
                case 6: {
                    String pc = pick(POSTCODES);
                    c.identifiers.add(pc);
                    sb.append("My postcode is ").append(pc).append(". ");
                    break;
                }
                case 7: {
                    String other = "+44 20 7946 0" + rnd.nextInt(10) + two();
                    c.identifiers.add(other);
                    sb.append("My office number is ").append(other).append(". ");
                    break;
                }
                default:
                    sb.append(pick(FILLER)).append(' ');
            }
        }
        if (rnd.nextInt(30) == 0) {
            sb.append("Actually I want to speak to a real person.");
        } else {
            sb.append(pick(FILLER));
        }
        return sb.toString();
    }

    private String two() {
        return String.format("%02d", rnd.nextInt(100));
    }

    private String pick(String[] a) {
        return a[rnd.nextInt(a.length)];
    }

    private String card() {
        int[] d = new int[16];
        d[0] = 4;
        for (int i = 1; i < 15; i++) {
            d[i] = rnd.nextInt(10);
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            int v = d[14 - i];
            if (i % 2 == 0) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
        }
        d[15] = (10 - sum % 10) % 10;
        StringBuilder sb = new StringBuilder();
        String sep = rnd.nextBoolean() ? " " : (rnd.nextBoolean() ? "-" : "");
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append(sep);
            }
            sb.append(d[i]);
        }
        return sb.toString();
    }

    private String ssn() {
        int area = 100 + rnd.nextInt(565);
        if (area == 666) {
            area = 667;
        }
        return String.format("%03d-%02d-%04d", area, 10 + rnd.nextInt(90), 1000 + rnd.nextInt(9000));
    }

    private String iban() {
        String bban = "WEST" + String.format("%06d%08d", rnd.nextInt(1_000_000), rnd.nextInt(100_000_000));
        StringBuilder num = new StringBuilder();
        for (char ch : (bban + "GB00").toCharArray()) {
            num.append(Character.isLetter(ch) ? Integer.toString(ch - 'A' + 10) : String.valueOf(ch));
        }
        int check = 98 - new BigInteger(num.toString()).mod(BigInteger.valueOf(97)).intValue();
        String iban = "GB" + String.format("%02d", check) + bban;
        if (!rnd.nextBoolean()) {
            return iban;
        }
        StringBuilder g = new StringBuilder();
        for (int i = 0; i < iban.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                g.append(' ');
            }
            g.append(iban.charAt(i));
        }
        return g.toString();
    }
}
