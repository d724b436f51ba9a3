package dev.privacyai.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Deterministic generator of synthetic, chat-sized contact-center messages for the benchmarks. Everything is made
 * up here from small word lists and templates (no data set is copied); the same seed always gives the same corpus.
 *
 * <p>Guarantees:
 * <ul>
 *   <li>Every message is {@value #MIN_LENGTH}–{@value #MAX_LENGTH} characters long.</li>
 *   <li>{@link #messages(int)}: about {@value #PII_PERCENT}% of the messages hold one or more personal values
 *       (email, phone in several national/international formats, card numbers grouped and ungrouped with valid
 *       Luhn digits, IBANs with valid mod-97 check digits, SSNs, postal addresses, names, dates of birth); the
 *       rest hold none, but are full of digits that are not personal (order and tracking numbers, amounts,
 *       times, delivery dates, quantities, product names with model numbers, versions, error codes).</li>
 *   <li>{@link #plainMessages(int)}: messages with no personal data and neither a digit nor an {@code '@'}
 *       (the detectors' fast path).</li>
 * </ul>
 *
 * <p>Not thread-safe (holds a {@link Random}); create one per use.
 */
public final class CorpusGenerator {

    /** The seed the benchmarks use. */
    public static final long DEFAULT_SEED = 20_261_122L;
    /** Shortest message, in characters. */
    public static final int MIN_LENGTH = 100;
    /** Longest message, in characters. */
    public static final int MAX_LENGTH = 600;
    /** Share of messages with personal data, in percent. */
    public static final int PII_PERCENT = 40;

    private final Random rnd;

    /** A generator with {@link #DEFAULT_SEED}. */
    public CorpusGenerator() {
        this(DEFAULT_SEED);
    }

    /** A generator with the given seed. */
    public CorpusGenerator(long seed) {
        this.rnd = new Random(seed);
    }

    /** {@code count} mixed messages (about {@value #PII_PERCENT}% with personal data), in generation order. */
    public List<String> messages(int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(rnd.nextInt(100) < PII_PERCENT ? piiMessage() : cleanMessage());
        }
        return Collections.unmodifiableList(out);
    }

    /** {@code count} messages without personal data, digits or {@code '@'}. */
    public List<String> plainMessages(int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(plainMessage());
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * One text of at most {@code utf8Bytes} UTF-8 bytes (and more than {@code utf8Bytes - MAX_LENGTH * 4}), made of
     * mixed messages joined by newlines, like a long transcript.
     */
    public String largeText(long utf8Bytes) {
        StringBuilder sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, utf8Bytes + 16));
        long bytes = 0;
        while (true) {
            String m = rnd.nextInt(100) < PII_PERCENT ? piiMessage() : cleanMessage();
            long b = utf8Length(m) + (sb.length() == 0 ? 0 : 1);
            if (bytes + b > utf8Bytes) {
                break;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(m);
            bytes += b;
        }
        return sb.toString();
    }

    /** UTF-8 length of {@code s} in bytes (what "MB" means in the benchmark reports: 10^6 UTF-8 bytes). */
    public static long utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Total UTF-8 bytes of the texts. */
    public static long utf8Length(List<String> texts) {
        long n = 0;
        for (String t : texts) {
            n += utf8Length(t);
        }
        return n;
    }

    // ------------------------------------------------------------------ message assembly

    private String piiMessage() {
        List<String> required = new ArrayList<>();
        int kinds = 1 + (rnd.nextInt(100) < 35 ? 1 : 0) + (rnd.nextInt(100) < 10 ? 1 : 0);
        for (int k = 0; k < kinds; k++) {
            required.add(piiSentence());
        }
        if (rnd.nextBoolean()) {
            required.add(rnd.nextInt(required.size() + 1), cleanSentence());
        }
        return assemble(required, false);
    }

    private String cleanMessage() {
        List<String> required = new ArrayList<>();
        required.add(cleanSentence());
        return assemble(required, false);
    }

    private String plainMessage() {
        List<String> required = new ArrayList<>();
        required.add(pick(PLAIN_SENTENCES));
        return assemble(required, true);
    }

    /**
     * Greeting + required sentences + filler sentences up to a random target length in [MIN, MAX]; never
     * longer than MAX. Filler is digit-free when {@code plain}, otherwise a mix of plain and non-personal
     * numeric sentences.
     */
    private String assemble(List<String> required, boolean plain) {
        int target = MIN_LENGTH + rnd.nextInt(MAX_LENGTH - MIN_LENGTH + 1);
        StringBuilder sb = new StringBuilder(MAX_LENGTH);
        if (rnd.nextInt(100) < 70) {
            sb.append(pick(GREETINGS));
        }
        for (String s : required) {
            appendSentence(sb, s);
        }
        int attempts = 0;
        while ((sb.length() < target || sb.length() < MIN_LENGTH) && attempts < 40) {
            attempts++;
            String filler = plain || rnd.nextInt(100) < 55 ? pick(PLAIN_SENTENCES) : cleanSentence();
            if (sb.length() + 1 + filler.length() > MAX_LENGTH) {
                continue;
            }
            appendSentence(sb, filler);
        }
        if (sb.length() < MIN_LENGTH || sb.length() > MAX_LENGTH) {
            // Cannot happen with the sentence lengths below (each < 260 chars, fillers < 130); guard anyway.
            throw new IllegalStateException("message length out of range: " + sb.length());
        }
        return sb.toString();
    }

    private static void appendSentence(StringBuilder sb, String s) {
        if (sb.length() > 0) {
            sb.append(' ');
        }
        sb.append(s);
    }

    // ------------------------------------------------------------------ sentences with personal data

    private String piiSentence() {
        switch (rnd.nextInt(10)) {
            case 0:
                return fill(pick(EMAIL_TEMPLATES), email());
            case 1:
            case 2:
                return fill(pick(PHONE_TEMPLATES), phone());
            case 3:
                return fill(pick(CARD_TEMPLATES), card());
            case 4:
                return fill(pick(IBAN_TEMPLATES), iban());
            case 5:
                return fill(pick(SSN_TEMPLATES), ssn());
            case 6:
                return fill(pick(ADDRESS_TEMPLATES), address());
            case 7:
                return fill(pick(NAME_TEMPLATES), fullName());
            case 8:
                return fill(pick(DOB_TEMPLATES), dateOfBirth());
            default:
                return fill(pick(COMBO_TEMPLATES), fullName(), email(), phone());
        }
    }

    private String email() {
        String f = ascii(pick(FIRST_NAMES).toLowerCase(Locale.ROOT));
        String l = ascii(pick(LAST_NAMES).toLowerCase(Locale.ROOT));
        String d = pick(DOMAINS);
        switch (rnd.nextInt(5)) {
            case 0:
                return f + "." + l + "@" + d;
            case 1:
                return f.charAt(0) + l + (rnd.nextInt(90) + 10) + "@" + d;
            case 2:
                return f + "_" + l + "@" + d;
            case 3:
                return l + "." + f + "+orders@" + d;
            default:
                return Character.toUpperCase(f.charAt(0)) + f.substring(1) + "." + Character.toUpperCase(l.charAt(0))
                        + l.substring(1) + "@" + d;
        }
    }

    private String phone() {
        switch (rnd.nextInt(9)) {
            case 0:
                return "(" + usArea() + ") " + digits(3, true) + "-" + digits(4, false);
            case 1:
                return usArea() + "-" + digits(3, true) + "-" + digits(4, false);
            case 2:
                return usArea() + "." + digits(3, true) + "." + digits(4, false);
            case 3:
                return "+1 " + usArea() + " " + digits(3, true) + " " + digits(4, false);
            case 4:
                return usArea() + digits(3, true) + digits(4, false);
            case 5:
                return "+44 20 7" + digits(3, false) + " " + digits(4, false);
            case 6:
                return "07" + (rnd.nextInt(9) + 1) + digits(2, false) + " " + digits(6, false);
            case 7:
                return "+49 30 " + digits(4, true) + digits(4, false);
            default:
                return "+33 " + (rnd.nextInt(5) + 1) + " " + digits(2, false) + " " + digits(2, false) + " "
                        + digits(2, false) + " " + digits(2, false);
        }
    }

    private String usArea() {
        return (rnd.nextInt(8) + 2) + digits(2, false);
    }

    /** A Luhn-valid Visa, Mastercard or Amex number, grouped with spaces or dashes, or not grouped. */
    private String card() {
        String prefix;
        int length;
        switch (rnd.nextInt(4)) {
            case 0:
            case 1:
                prefix = "4";
                length = 16;
                break;
            case 2:
                prefix = "5" + (rnd.nextInt(5) + 1);
                length = 16;
                break;
            default:
                prefix = rnd.nextBoolean() ? "34" : "37";
                length = 15;
                break;
        }
        String body = prefix + digits(length - 1 - prefix.length(), false);
        String pan = body + luhnCheckDigit(body);
        int style = rnd.nextInt(3);
        if (style == 0) {
            return pan;
        }
        char sep = style == 1 ? ' ' : '-';
        int[] groups = length == 15 ? new int[] {4, 6, 5} : new int[] {4, 4, 4, 4};
        StringBuilder sb = new StringBuilder();
        int p = 0;
        for (int g : groups) {
            if (p > 0) {
                sb.append(sep);
            }
            sb.append(pan, p, p + g);
            p += g;
        }
        return sb.toString();
    }

    static int luhnCheckDigit(String body) {
        int sum = 0;
        boolean dbl = true;
        for (int i = body.length() - 1; i >= 0; i--) {
            int d = body.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return (10 - sum % 10) % 10;
    }

    /** An IBAN with valid mod-97 check digits (DE, GB, FR, NL, ES), printed in groups of four or compact. */
    private String iban() {
        String cc;
        String bban;
        switch (rnd.nextInt(5)) {
            case 0:
                cc = "DE";
                bban = digits(18, false);
                break;
            case 1:
                cc = "GB";
                bban = letters(4) + digits(14, false);
                break;
            case 2:
                cc = "FR";
                bban = digits(23, false);
                break;
            case 3:
                cc = "NL";
                bban = letters(4) + digits(10, false);
                break;
            default:
                cc = "ES";
                bban = digits(20, false);
                break;
        }
        String iban = cc + ibanCheckDigits(cc, bban) + bban;
        if (rnd.nextInt(3) == 0) {
            return iban;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < iban.length(); i += 4) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(iban, i, Math.min(iban.length(), i + 4));
        }
        return sb.toString();
    }

    static String ibanCheckDigits(String country, String bban) {
        String rearranged = bban + country + "00";
        int mod = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            int v = c >= 'A' ? c - 'A' + 10 : c - '0';
            mod = v >= 10 ? (mod * 100 + v) % 97 : (mod * 10 + v) % 97;
        }
        int check = 98 - mod;
        return (check < 10 ? "0" : "") + check;
    }

    /** A US SSN in a valid range (area 001–899 except 666, group 01–99, serial 0001–9999). */
    private String ssn() {
        int area;
        do {
            area = 1 + rnd.nextInt(899);
        } while (area == 666);
        int group = 1 + rnd.nextInt(99);
        int serial = 1 + rnd.nextInt(9999);
        String a = String.format("%03d", area);
        String g = String.format("%02d", group);
        String s = String.format("%04d", serial);
        switch (rnd.nextInt(3)) {
            case 0:
                return a + "-" + g + "-" + s;
            case 1:
                return a + " " + g + " " + s;
            default:
                return a + g + s;
        }
    }

    private String address() {
        switch (rnd.nextInt(3)) {
            case 0:
                return (rnd.nextInt(9800) + 12) + " " + pick(STREETS) + " " + pick(US_SUFFIXES) + ", " + pick(US_CITIES)
                        + " " + digits(5, true);
            case 1:
                return (rnd.nextInt(180) + 1) + " " + pick(STREETS) + " Road, London " + pick(UK_DISTRICTS) + " "
                        + (rnd.nextInt(9) + 1) + letters(2);
            default:
                return pick(DE_STREETS) + " " + (rnd.nextInt(140) + 1) + ", " + digits(5, true) + " " + pick(DE_CITIES);
        }
    }

    private String fullName() {
        return pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
    }

    private String dateOfBirth() {
        int d = 1 + rnd.nextInt(28);
        int m = 1 + rnd.nextInt(12);
        int y = 1940 + rnd.nextInt(66);
        switch (rnd.nextInt(3)) {
            case 0:
                return String.format("%02d/%02d/%d", m, d, y);
            case 1:
                return String.format("%02d.%02d.%d", d, m, y);
            default:
                return MONTHS[m - 1] + " " + d + ", " + y;
        }
    }

    // ------------------------------------------------------------------ sentences without personal data

    private String cleanSentence() {
        switch (rnd.nextInt(12)) {
            case 0:
                return fill(pick(ORDER_TEMPLATES), orderNumber(), deliveryDate());
            case 1:
                return fill(pick(AMOUNT_TEMPLATES), amount(), amount());
            case 2:
                return fill(pick(TIME_TEMPLATES), time(), time(), deliveryDate());
            case 3:
                return fill(pick(TRACKING_TEMPLATES), trackingNumber(), pick(WEEKDAYS));
            case 4:
                return fill(pick(PRODUCT_TEMPLATES), String.valueOf(1 + rnd.nextInt(4)), product(), sku(), amount());
            case 5:
                return fill(pick(VERSION_TEMPLATES), version(), product(), errorCode());
            case 6:
                return fill(pick(ORDER_TEMPLATES), orderNumber(), deliveryDate()) + " " + fill(pick(AMOUNT_TEMPLATES),
                        amount(), amount());
            case 7:
                return fill(pick(RETURN_TEMPLATES), String.valueOf(14 + 16 * rnd.nextInt(2)), orderNumber());
            case 8:
                return fill(pick(TICKET_TEMPLATES), "CS-" + digits(7, true), deliveryDate());
            default:
                return pick(PLAIN_SENTENCES);
        }
    }

    private String orderNumber() {
        switch (rnd.nextInt(4)) {
            case 0:
                return "#" + digits(7, true);
            case 1:
                return "A-" + digits(7, true);
            case 2:
                return "ORD-2026-" + digits(5, true);
            default:
                return digits(10, true);
        }
    }

    private String trackingNumber() {
        switch (rnd.nextInt(3)) {
            case 0:
                return "1Z" + letters(3) + digits(11, false);
            case 1:
                return digits(12, true);
            default:
                return "JD" + digits(16, false) + "GB";
        }
    }

    private String amount() {
        int whole = 3 + rnd.nextInt(1200);
        int cents = rnd.nextInt(100);
        switch (rnd.nextInt(4)) {
            case 0:
                return "$" + whole + "." + String.format("%02d", cents);
            case 1:
                return "\u20ac" + whole + "," + String.format("%02d", cents);
            case 2:
                return "\u00a3" + whole;
            default:
                return whole + " USD";
        }
    }

    private String time() {
        if (rnd.nextBoolean()) {
            return String.format("%d:%02d", 1 + rnd.nextInt(12), 15 * rnd.nextInt(4)) + (rnd.nextBoolean() ? " am" : " pm");
        }
        return String.format("%02d:%02d", 7 + rnd.nextInt(14), 5 * rnd.nextInt(12));
    }

    private String deliveryDate() {
        int d = 1 + rnd.nextInt(28);
        int m = 1 + rnd.nextInt(12);
        switch (rnd.nextInt(4)) {
            case 0:
                return String.format("2026-%02d-%02d", m, d);
            case 1:
                return String.format("%d/%d", m, d);
            case 2:
                return MONTHS[m - 1] + " " + d;
            default:
                return pick(WEEKDAYS) + ", " + MONTHS[m - 1] + " " + d + ordinalSuffix(d);
        }
    }

    private static String ordinalSuffix(int d) {
        if (d >= 11 && d <= 13) {
            return "th";
        }
        switch (d % 10) {
            case 1:
                return "st";
            case 2:
                return "nd";
            case 3:
                return "rd";
            default:
                return "th";
        }
    }

    private String product() {
        return pick(PRODUCT_BRANDS) + " " + pick(PRODUCT_MODELS) + " " + (2 + rnd.nextInt(9)) + " " + pick(PRODUCT_KINDS);
    }

    private String sku() {
        return letters(3) + "-" + digits(5, true) + "-" + letters(1);
    }

    private String version() {
        return (1 + rnd.nextInt(6)) + "." + rnd.nextInt(20) + "." + rnd.nextInt(10);
    }

    private String errorCode() {
        return "E" + digits(3, true);
    }

    // ------------------------------------------------------------------ helpers

    private String digits(int n, boolean nonZeroFirst) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + (i == 0 && nonZeroFirst ? 1 + rnd.nextInt(9) : rnd.nextInt(10))));
        }
        return sb.toString();
    }

    private String letters(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('A' + rnd.nextInt(26)));
        }
        return sb.toString();
    }

    private String pick(String[] options) {
        return options[rnd.nextInt(options.length)];
    }

    /** Replaces {@code {0}}, {@code {1}}, ... in the template. */
    private static String fill(String template, String... values) {
        String s = template;
        for (int i = 0; i < values.length; i++) {
            s = s.replace("{" + i + "}", values[i]);
        }
        return s;
    }

    private static String ascii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u00e9':
                case '\u00e8':
                case '\u00eb':
                    sb.append('e');
                    break;
                case '\u00e1':
                    sb.append('a');
                    break;
                case '\u00ed':
                    sb.append('i');
                    break;
                case '\u00fc':
                    sb.append("ue");
                    break;
                case '\u00f6':
                case '\u00f8':
                    sb.append('o');
                    break;
                case '\u00e4':
                    sb.append("ae");
                    break;
                case '\u00e7':
                    sb.append('c');
                    break;
                case '\u00f1':
                    sb.append('n');
                    break;
                case '\'':
                    break;
                default:
                    sb.append(c);
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ word lists (invented for this generator)

    private static final String[] GREETINGS = {
        "Hi,", "Hello,", "Hi there!", "Good morning,", "Hey,", "Hello team,", "Good afternoon.", "Hi again,",
        "Hallo,", "Bonjour,",
    };

    private static final String[] PLAIN_SENTENCES = {
        "I have a question about my last delivery.",
        "The package arrived damaged and the box was completely wet.",
        "Could you please tell me when my refund will be processed?",
        "I can't log into the app, it keeps saying my session expired.",
        "The headphones stopped charging after a week.",
        "Is it possible to change the delivery address before it ships?",
        "Thanks for getting back to me so quickly.",
        "I already tried restarting the router twice but nothing changed.",
        "Can I speak to a supervisor about this, please?",
        "The color I received is different from the one in the photos.",
        "Nobody was home when the courier came, what happens now?",
        "Please cancel the subscription at the end of this billing period.",
        "The discount code from your newsletter does not work at checkout.",
        "I would like to exchange the jacket for a larger size.",
        "Your website shows the item as in stock but the cart says unavailable.",
        "The installer says the device is not compatible with my phone.",
        "I was told someone would call me back yesterday but nobody did.",
        "Could you send me a prepaid return label?",
        "The assembly instructions are missing from the box.",
        "Why was I charged twice for the same order?",
        "I love the product, I just need help setting up the app.",
        "The delivery driver left the parcel with a neighbour.",
        "Is there a warranty on refurbished items?",
        "The screen flickers whenever I turn the brightness down.",
        "Can you confirm that the cancellation went through?",
        "I'd like to update the payment method on my account.",
        "The tracking page hasn't changed in three days.",
        "Is express shipping available to my area?",
        "Ok, thank you, that solves it.",
        "Let me check and get back to you in a minute.",
        "The coffee machine makes a loud grinding noise.",
        "My loyalty points did not show up after the purchase.",
        "Merci, j'attends votre r\u00e9ponse.",
        "Vielen Dank f\u00fcr die schnelle Hilfe!",
        "The caf\u00e9 table wobbles even after tightening all screws.",
    };

    private static final String[] ORDER_TEMPLATES = {
        "I'm asking about order {0} that was supposed to arrive on {1}.",
        "My order number is {0} and it still says processing.",
        "Order {0} was delivered on {1} but one item is missing.",
        "Can you check the status of order {0}? It should have shipped by {1}.",
        "I placed order {0} last week, expected delivery {1}.",
    };

    private static final String[] AMOUNT_TEMPLATES = {
        "I was charged {0} instead of {1}.",
        "The invoice says {0} but the website showed {1}.",
        "The refund of {0} has not arrived yet, only {1} came back.",
        "Shipping was {0}, which seems high for an order of {1}.",
    };

    private static final String[] TIME_TEMPLATES = {
        "The delivery window was between {0} and {1} on {2}.",
        "I waited from {0} until {1} and nobody showed up.",
        "Your store closes at {1}, could I pick it up on {2} around {0}?",
    };

    private static final String[] TRACKING_TEMPLATES = {
        "The tracking number {0} hasn't updated since {1}.",
        "Tracking {0} says delivered but I have nothing.",
        "Courier reference {0}, last scan on {1}.",
    };

    private static final String[] PRODUCT_TEMPLATES = {
        "I ordered {0} x {1} (SKU {2}) for {3}.",
        "The {1} I bought ({0} units, item {2}) cost {3} in total.",
        "Is the {1} still available? Item {2}, listed at {3}.",
    };

    private static final String[] VERSION_TEMPLATES = {
        "After updating the app to version {0} my {1} won't pair anymore.",
        "Firmware {0} on the {1} shows error code {2}.",
        "Since release {0} the {1} restarts every few minutes with {2}.",
    };

    private static final String[] RETURN_TEMPLATES = {
        "Can I still return it within {0} days? It's order {1}.",
        "Your policy says {0} days for returns, my order {1} is only a week old.",
    };

    private static final String[] TICKET_TEMPLATES = {
        "I opened ticket {0} on {1} and I'm still waiting.",
        "This is about case {0} from {1}.",
    };

    private static final String[] EMAIL_TEMPLATES = {
        "You can reach me at {0}.",
        "Please send the invoice to {0} instead.",
        "My email on the account is {0}, can you check it?",
        "I changed my email to {0} last month.",
    };

    private static final String[] PHONE_TEMPLATES = {
        "Call me back on {0} please.",
        "My phone number is {0}.",
        "The number on file should be {0}, not the old one.",
        "You can text me at {0} after six.",
        "Mobile: {0}",
    };

    private static final String[] CARD_TEMPLATES = {
        "My card number is {0}, expiry next year.",
        "I paid with the Visa ending in the number {0}, please refund to it.",
        "Card: {0}",
        "Can you charge {0} for the remaining balance?",
        "The credit card {0} was declined twice.",
    };

    private static final String[] IBAN_TEMPLATES = {
        "Please refund to my IBAN {0}.",
        "Bank account for the refund: {0}",
        "My IBAN is {0}, the bank is in Europe.",
    };

    private static final String[] SSN_TEMPLATES = {
        "For the credit check my SSN is {0}.",
        "Social security number {0}.",
        "The form asked for my social, it's {0}.",
    };

    private static final String[] ADDRESS_TEMPLATES = {
        "Please ship it to {0} instead.",
        "My new address is {0}.",
        "The parcel went to {0} but I moved out.",
        "Delivery address: {0}",
    };

    private static final String[] NAME_TEMPLATES = {
        "My name is {0}.",
        "This is {0} speaking, I called earlier.",
        "The account is under {0}.",
        "The order is for my husband, {0}.",
        "Please ask for {0} at the reception.",
    };

    private static final String[] DOB_TEMPLATES = {
        "My date of birth is {0}.",
        "For verification, I was born on {0}.",
        "DOB {0}",
    };

    private static final String[] COMBO_TEMPLATES = {
        "Name: {0}, email {1}, phone {2}.",
        "I'm {0}, you can email {1} or call {2}.",
    };

    private static final String[] FIRST_NAMES = {
        "Anna", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Keisha", "Liam",
        "Mar\u00eda", "Noah", "Olga", "Pedro", "Quinn", "Rosa", "Samir", "Tanya", "Uwe", "Valeria", "Wei", "Yusuf",
        "Zo\u00eb", "Jos\u00e9", "Fran\u00e7ois", "Bj\u00f6rn", "Priya", "Sean",
    };

    private static final String[] LAST_NAMES = {
        "Smith", "Garcia", "M\u00fcller", "Nguyen", "Okafor", "Rossi", "Kowalski", "Johansson", "Patel", "Dubois",
        "O'Brien", "Tanaka", "Schneider", "Fern\u00e1ndez", "Williams", "Novak", "\u00d8degaard", "Brown",
        "Ibrahim", "Silva", "Lefebvre", "Kim", "Martin", "Horvat", "Jensen",
    };

    private static final String[] DOMAINS = {
        "example.com", "mailbox.org", "gmail.com", "outlook.com", "company.co.uk", "web.de", "proton.me",
        "yahoo.fr",
    };

    private static final String[] STREETS = {
        "Maple", "Oak", "Cedar", "Elm", "Washington", "Lake", "Hill", "Park", "Sunset", "Church", "Mill", "Station",
    };

    private static final String[] US_SUFFIXES = {"Street", "St", "Ave", "Avenue", "Road", "Lane", "Blvd", "Drive"};

    private static final String[] US_CITIES = {
        "Springfield, IL", "Austin, TX", "Portland, OR", "Denver, CO", "Columbus, OH", "Raleigh, NC", "Tucson, AZ",
    };

    private static final String[] UK_DISTRICTS = {"SW1A", "E14", "N1", "NW3", "SE10", "W2", "EC1V"};

    private static final String[] DE_STREETS = {
        "Hauptstra\u00dfe", "Bahnhofstra\u00dfe", "Schillerweg", "Gartenstra\u00dfe", "Lindenallee", "Am Markt",
    };

    private static final String[] DE_CITIES = {"Berlin", "M\u00fcnchen", "K\u00f6ln", "Hamburg", "Leipzig", "Bremen"};

    private static final String[] MONTHS = {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    };

    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

    private static final String[] PRODUCT_BRANDS = {"Aurora", "Nimbus", "Vertex", "Kestrel", "Lumo", "Orbit"};

    private static final String[] PRODUCT_MODELS = {"Pro", "Air", "Max", "Mini", "Flex", "Go"};

    private static final String[] PRODUCT_KINDS = {
        "headphones", "robot vacuum", "smartwatch", "air fryer", "router", "e-reader", "speaker", "blender",
    };
}
