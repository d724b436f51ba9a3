package dev.privacyai.impl.redaction;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PHONE: telephone numbers in international ({@code +}, {@code 00}, {@code 011}) and national forms, written
 * together or in groups separated by spaces, dashes, dots or parentheses, with an optional extension ("x123",
 * "ext. 123", "extension 123", "#123") that is included in the span.
 *
 * <p>Only the numeric runs of the shared {@link TextScan} with 7–15 digits (not counting an extension or a
 * {@code (0)} trunk digit) are examined, and runs of six digits written "NN NN NN" right next to a phone word
 * ("call 33 93 31", a contact line "33 93 31 office"), which are reported without further checks. Inside a longer run, a number may start or end only at a strong break
 * (" (", " / ", " - ", a double space), so that a zip code or a second number next to it is not swallowed.
 * The score combines three independent signals:
 * <ul>
 *   <li>shape: grouped like phone numbers are written (e.g. 3-3-4, (xx) xxx-xxx, 4 2 2 2, 2-2-2-2, a leading
 *   {@code +}, an area code in parentheses, an extension) versus a bare digit string or irregular grouping;</li>
 *   <li>libphonenumber: valid for one of the regions (the context's regions first, then the configured
 *   defaults), or only of a possible length, or neither;</li>
 *   <li>context: phone words nearby ("phone", "call", "mobile", "fax", "reach me", ...) or in the assistant's
 *   previous prompt raise it; reference words ("order", "tracking", "invoice", ...) lower it.</li>
 * </ul>
 * Digit strings shaped like dates, year ranges, IPv4 addresses, US ZIP+4 codes and SSNs, Luhn-valid card
 * numbers, decimals, times, MAC addresses and currency amounts are not reported; house numbers followed by a
 * street name, round quantities and reference numbers score low. A national number counts as valid for a region
 * only when written with the digits that region's national format uses (a German number needs its leading 0).
 *
 * <p>Work per text is linear in its length plus at most {@value #MAX_VALIDATIONS} libphonenumber checks; findings
 * below 0.3 are not reported. The checks are answered by {@link PhoneValidity} from libphonenumber's metadata
 * (the same results, without its general-purpose parser) and by libphonenumber itself for what that does not
 * cover. Immutable and thread-safe.
 */
final class PhoneDetector extends ScanningDetector {

    /** Default regions tried for national numbers, after the context's regions. */
    static final List<String> DEFAULT_REGIONS = List.of("US", "GB", "DE", "FR", "ES", "IT", "NL", "IN", "AU", "CA");

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    static final ContextLexicon STRONG_CUES = ContextLexicon.of(
            "phone", "phone number", "my number", "call", "calling", "called", "cell", "cellphone", "mobile", "mob",
            "tel", "telephone", "tel.", "ph", "reach me", "reach us", "text me", "text us", "texting", "sms",
            "whatsapp", "whats app", "fax", "desk", "landline", "dial", "ring", "contact", "contact*", "reach*",
            "handy", "telefon", "telefone", "telefono", "teléfono", "téléphone", "celular", "tlf", "telp",
            "portable", "móvil", "movil", "cellulare", "numéro", "número", "numero", "nummer", "extension", "ext",
            // German compounds ("Rufnummer: 089 / 12 34 56"), which the word "nummer" does not match
            "rufnummer", "telefonnummer", "handynummer", "mobilnummer", "festnetznummer",
            "direct line", "hotline", "helpline", "voicemail", "message*", "answering", "missed call", "signal",
            "telegram", "viber");
    /** Labels written after a number in contact blocks: "416 60 039 office". */
    static final ContextLexicon LABELS_AFTER = ContextLexicon.of("office", "home", "work", "direct");
    static final ContextLexicon WEAK_CUES = ContextLexicon.of("number", "no.");

    static final ContextLexicon NEGATIVE_CUES = ContextLexicon.of(
            "order number", "order no", "order #", "order id", "order", "orders", "purchase", "tracking", "track",
            "invoice", "receipt", "reference", "ref", "confirmation", "booking", "reservation", "ticket",
            "case number", "case id", "case #", "sku", "item", "product", "model", "version", "serial",
            "part number", "flight",
            "room", "transaction", "transaction id", "shipment", "parcel", "package", "account", "acct", "iban",
            "card", "credit card", "debit card", "visa", "mastercard", "amex", "ssn", "social security", "passport",
            "license", "licence", "routing", "swift", "zip", "postcode", "postal code", "pin", "otp", "promo code",
            "discount code", "verification code", "coupon",
            "id", "customer id", "member id", "policy", "claim", "amount", "total", "price", "cost", "balance",
            "usd", "eur", "gbp", "dollars", "euros", "pounds", "rupees", "isbn", "ip", "build", "paid", "pay",
            "charged", "spent", "refund", "refunded", "deposit", "withdraw*", "score", "scores",
            // national identifiers and tax numbers
            "sin", "nas", "tin", "itin", "ein", "npi", "nhs", "abn", "acn", "tfn", "aadhaar", "pesel", "bsn", "vat",
            "tax", "steuernummer", "steuer-id", "ust-idnr", "kimlik", "personnummer", "medicare", "national id",
            "identity", "dni", "nie", "nif", "cpf", "curp", "rfc", "mac",
            // goods and accounts
            "lot", "batch", "ean", "upc", "gtin", "barcode", "imei", "meter", "membership", "member number",
            "customer number", "customer no", "customer #", "client number", "client no", "client id",
            "kundennummer", "kundennr", "kontonummer", "vertragsnummer", "klantnummer", "rekeningnummer",
            "numéro de client", "numéro client", "numéro de compte", "número de cliente", "número de cuenta",
            "numero cliente", "numero di conto",
            "loyalty", "voucher", "gift card",
            // street addresses: house and apartment numbers
            "address", "addresses", "apt", "apartment", "suite", "unit", "floor", "box", "p.o. box", "po box",
            "located", "lives", "live", "living", "moved", "deliver*", "ship to", "sent to", "send to");

    /** Street words after a number: "7943 2027 Prospect St", "48334 36 rue de Pologne". */
    static final ContextLexicon STREET_WORDS = ContextLexicon.of(
            "street", "st", "st.", "avenue", "ave", "road", "rd", "drive", "dr", "lane", "ln", "boulevard", "blvd",
            "way", "place", "pl", "close", "court", "ct", "square", "sq", "terrace", "crescent", "highway", "hwy",
            "parkway", "rue", "via", "calle", "avenida", "plaza", "strasse", "straße", "str", "weg", "platz",
            "gasse", "allee", "laan", "straat", "gracht", "vej", "gade", "vägen", "gatan", "tie", "katu", "utca",
            "ulica", "odos", "apt", "suite");

    private static final ContextLexicon UNIT_WORDS = ContextLexicon.of(
            "usd", "eur", "gbp", "inr", "aud", "cad", "chf", "dollar*", "euro*", "pound*", "rupee*", "cents",
            "kg", "km", "mi", "miles", "meters", "m", "lbs", "g", "mb", "gb", "kb", "tb", "units", "pcs", "pieces",
            "items", "people", "points", "times", "views", "users", "downloads", "years", "hours", "minutes",
            "seconds", "days", "bytes", "%");

    private static final int MIN_DIGITS = 7;
    /** Digits of a short local number ("33 93 31"), reported only right next to a phone word. */
    private static final int SHORT_DIGITS = 6;
    /** Score of a short local number next to a phone word. */
    static final double SHORT_SCORE = 0.8;
    /** Phone words right before a short local number ("call 33 93 31", "Tel: 33 93 31"). */
    private static final TokenWords SHORT_CUES_BEFORE = TokenWords.of("call", "phone", "tel", "telephone", "mobile",
            "cell", "fax", "ph", "dial", "ring", "landline", "whatsapp", "telefon", "téléphone", "telefono",
            "teléfono", "tlf", "handy");
    /** Words that may stand between such a phone word and the number ("call me at", "phone number is"). */
    private static final TokenWords SHORT_FILLERS = TokenWords.of("me", "us", "him", "her", "them", "at", "on", "is",
            "number", "no");
    /** Labels written right after a short local number in a contact block ("33 93 31 office", "-Office"). */
    private static final TokenWords SHORT_LABELS_AFTER = TokenWords.of("office", "home", "mobile", "cell", "fax",
            "phone", "tel", "landline");
    private static final int MAX_DIGITS = 15;
    private static final int MAX_EXT_DIGITS = 6;
    /**
     * libphonenumber checks per text. Beyond it (only in texts with thousands of phone-shaped candidates) a
     * candidate of phone length counts as "possible", so redaction errs on the side of privacy.
     */
    private static final int MAX_VALIDATIONS = 2048;
    /** Findings below this are not reported at all. */
    private static final double REPORT_FLOOR = 0.3;

    private final List<String> defaultRegions;
    /** libphonenumber's answers for the default regions, without its parser (see {@link PhoneValidity}). */
    private final PhoneValidity numbers;

    PhoneDetector(String... defaultRegions) {
        super("phone", Set.of(EntityType.PHONE));
        List<String> regions = new ArrayList<>();
        for (String r : defaultRegions.length == 0 ? DEFAULT_REGIONS.toArray(new String[0]) : defaultRegions) {
            String code = r.trim().toUpperCase(Locale.ROOT);
            if (!UTIL.getSupportedRegions().contains(code)) {
                throw new IllegalArgumentException("unsupported region code");
            }
            if (!regions.contains(code)) {
                regions.add(code);
            }
        }
        this.defaultRegions = List.copyOf(regions);
        // the index for the default regions is built on first use (not with every redactor) and shared
        this.numbers = this.defaultRegions.equals(DEFAULT_REGIONS) ? null : new PhoneValidity(this.defaultRegions);
    }

    /** The index for {@link #DEFAULT_REGIONS}: built once, when first needed, and shared (it is immutable). */
    private static final class DefaultValidity {
        static final PhoneValidity INSTANCE = new PhoneValidity(DEFAULT_REGIONS);
    }

    private PhoneValidity numbers() {
        return numbers != null ? numbers : DefaultValidity.INSTANCE;
    }

    /** The regions this detector tries for national numbers when the context names none. */
    List<String> defaultRegions() {
        return defaultRegions;
    }

    private List<String> regionOrder(TextScan scan) {
        Set<String> ctx = scan.context.regions();
        if (ctx.isEmpty()) {
            return defaultRegions;
        }
        LinkedHashSet<String> order = new LinkedHashSet<>();
        for (String r : ctx) {
            String code = r.toUpperCase(Locale.ROOT);
            if (UTIL.getSupportedRegions().contains(code)) {
                order.add(code);
            }
        }
        order.addAll(defaultRegions);
        return List.copyOf(order);
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        if (!scan.hasDigit()) {
            return;
        }
        List<String> regions = null;
        int[] budget = {MAX_VALIDATIONS};
        for (int r = 0; r < scan.runCount(); r++) {
            int first = scan.runFirstToken(r);
            int last = scan.runLastToken(r);
            int extTok = -1;
            if (last + 1 < scan.tokenCount() && gluedExtDigits(scan, last + 1) > 0
                    && separatorGap(scan.text, scan.tokenEnd(last), scan.tokenStart(last + 1))) {
                extTok = last + 1;
            }
            int digits = scan.runDigits(r) + (extTok >= 0 ? gluedExtDigits(scan, extTok) : 0);
            if (digits < MIN_DIGITS) {
                if (digits == SHORT_DIGITS && extTok < 0) {
                    shortCued(scan, r, out);
                }
                continue;
            }
            if (regions == null) {
                regions = regionOrder(scan);
            }
            Chain chain = Chain.ofRun(scan, scan.runStart(r), first, last, extTok);
            int found = out.size();
            evaluateChain(scan, chain, regions, budget, out);
            if (out.size() == found && extTok < 0 && digits <= MAX_DIGITS && last - first + 1 == digits) {
                // every token is one digit: typed one by one, maybe in dashed groups ("4 1 5 - 5 5 5 - 0 1 3 2")
                Chain spelled = Chain.spelled(scan, scan.runStart(r), first, last);
                if (spelled != null) {
                    evaluateChain(scan, spelled, regions, budget, out);
                }
            }
        }
        // numbers written as one token glued to an extension ("5403926876x123") without a preceding run
        for (int k = scan.nextDigitToken(0); k < scan.tokenCount(); k = scan.nextDigitToken(k + 1)) {
            if (scan.tokenFlags(k) == TextScan.DIGIT || !scan.tokenHas(k, TextScan.DIGIT)) {
                continue;
            }
            int d = gluedExtDigits(scan, k);
            if (d >= MIN_DIGITS && !isRunExtension(scan, k)) {
                if (regions == null) {
                    regions = regionOrder(scan);
                }
                int s = scan.tokenStart(k);
                if (s > 0 && scan.text.charAt(s - 1) == '+') {
                    s--;
                }
                evaluateChain(scan, Chain.ofRun(scan, s, k, k - 1, k), regions, budget, out);
            }
        }
    }

    /**
     * A short local number of six digits written "NN NN NN" (as in the Faroe Islands, Greenland, Andorra or a
     * local extension), reported only when a phone word is right before it ("call 33 93 31", "Tel: ...", "call me
     * at ...") or, at the start of a line of a contact block, labels it right after ("33 93 31 office",
     * "33 93 31-Office"). Bare six-digit groups, and those after any other word (order, reference, amount), stay
     * unreported. Only runs of six digits get here.
     */
    private void shortCued(TextScan scan, int r, List<Finding> out) {
        int first = scan.runFirstToken(r);
        int last = scan.runLastToken(r);
        String t = scan.text;
        if (last - first != 2 || scan.runStart(r) != scan.tokenStart(first)) {
            return;
        }
        for (int k = first; k <= last; k++) {
            if (scan.tokenLength(k) != 2 || (k > first && (scan.tokenStart(k) - scan.tokenEnd(k - 1) != 1
                    || t.charAt(scan.tokenEnd(k - 1)) != ' '))) {
                return;
            }
        }
        int start = scan.tokenStart(first);
        int end = scan.tokenEnd(last);
        if (!leftBoundaryOk(t, start) || !rightBoundaryOk(t, end) || (start > 0 && t.charAt(start - 1) != ' '
                && t.charAt(start - 1) != ':' && t.charAt(start - 1) != '\n' && t.charAt(start - 1) != '\t')
                || currencyNear(t, start, end)) {
            return; // "phone is 12 34 56 USD", "$12 34 56"
        }
        String cue = shortCueBefore(scan, first);
        String where = "before";
        if (cue == null && startsLine(t, start)) {
            cue = shortLabelAfter(scan, last);
            where = "after";
        }
        if (cue == null) {
            return;
        }
        Explanation.Builder ex = Explanation.builder().pattern("2-2-2").validator("phone-word-adjacent")
                .baseScore(SHORT_SCORE).reason("six-digit local number next to a phone word")
                .cue(Explanation.ContextCue.of(cue, 0.0, where));
        out.add(finding(EntityType.PHONE, start, end, SHORT_SCORE, ex));
    }

    /** The phone word before token {@code first}, at most two filler words away ("call me at"), or null. */
    private static String shortCueBefore(TextScan scan, int first) {
        String t = scan.text;
        int k = first - 1;
        for (int skipped = 0; k >= 0 && skipped <= 2; skipped++, k--) {
            if (!wordGap(t, scan.tokenEnd(k), scan.tokenStart(k + 1))) {
                return null;
            }
            if (SHORT_CUES_BEFORE.contains(scan, k)) {
                return t.substring(scan.tokenStart(k), scan.tokenEnd(k)).toLowerCase(Locale.ROOT);
            }
            if (!SHORT_FILLERS.contains(scan, k)) {
                return null;
            }
        }
        return null;
    }

    /** True if only spaces, tabs or '&gt;' stand between the previous line break (or the text start) and {@code p}. */
    private static boolean startsLine(String t, int p) {
        for (int i = p - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '>') {
                return false;
            }
        }
        return true;
    }

    /** The contact label right after token {@code last} (" office", "-Office"), or null. */
    private static String shortLabelAfter(TextScan scan, int last) {
        int k = last + 1;
        if (k >= scan.tokenCount()) {
            return null;
        }
        int gap = scan.tokenStart(k) - scan.tokenEnd(last);
        char c = scan.text.charAt(scan.tokenEnd(last));
        if (gap != 1 || (c != ' ' && c != '-') || !SHORT_LABELS_AFTER.contains(scan, k)) {
            return null;
        }
        return scan.text.substring(scan.tokenStart(k), scan.tokenEnd(k)).toLowerCase(Locale.ROOT);
    }

    /** Between a phone word and what follows it on the same line: spaces and at most one ':' or '.'; 1–3 chars. */
    private static boolean wordGap(String t, int from, int to) {
        if (to - from < 1 || to - from > 3) {
            return false;
        }
        int marks = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == ':' || c == '.') {
                marks++;
            } else if (c != ' ' && !TextScan.isUnicodeSpace(c)) {
                return false;
            }
        }
        return marks <= 1;
    }

    private static boolean isRunExtension(TextScan scan, int k) {
        return k > 0 && scan.tokenFlags(k - 1) == TextScan.DIGIT
                && separatorGap(scan.text, scan.tokenEnd(k - 1), scan.tokenStart(k));
    }

    private static boolean separatorGap(String t, int from, int to) {
        int len = to - from;
        if (len < 1 || len > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!TextScan.isNumericSeparator(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * For a token like "3621x0135" or "3621ext12": the number of leading digits if the token is digits, "x" or
     * "ext", 1–6 digits; else 0.
     */
    static int gluedExtDigits(TextScan scan, int tok) {
        if (scan.tokenFlags(tok) != (TextScan.DIGIT | TextScan.LETTER | TextScan.LOWER)
                && scan.tokenFlags(tok) != (TextScan.DIGIT | TextScan.LETTER | TextScan.UPPER)) {
            return 0;
        }
        String t = scan.text;
        int s = scan.tokenStart(tok);
        int e = scan.tokenEnd(tok);
        int p = s;
        while (p < e && isDigit(t.charAt(p))) {
            p++;
        }
        int lead = p - s;
        if (lead == 0) {
            return 0;
        }
        int m = markerLength(t, p, e);
        if (m == 0) {
            return 0;
        }
        int ext = e - (p + m);
        if (ext < 1 || ext > MAX_EXT_DIGITS) {
            return 0;
        }
        for (int i = p + m; i < e; i++) {
            if (!isDigit(t.charAt(i))) {
                return 0;
            }
        }
        return lead;
    }

    private static int markerLength(String t, int p, int e) {
        if (p + 3 <= e && t.regionMatches(true, p, "ext", 0, 3)) {
            return 3;
        }
        if (p < e && (t.charAt(p) == 'x' || t.charAt(p) == 'X')) {
            return 1;
        }
        return 0;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A numeric run as digit groups, with an optional extension at its end. */
    private static final class Chain {
        final int prefixStart;
        final int[] gs;
        final int[] ge;
        /** End of the extension (exclusive) or -1. */
        final int extEnd;
        /**
         * Digits of each group, or null when every group is one token ({@code ge - gs} digits); set for a number
         * typed one digit at a time, whose groups are the dash-separated runs of single digits.
         */
        final int[] digitCounts;

        private Chain(int prefixStart, int[] gs, int[] ge, int extEnd, int[] digitCounts) {
            this.prefixStart = prefixStart;
            this.gs = gs;
            this.ge = ge;
            this.extEnd = extEnd;
            this.digitCounts = digitCounts;
        }

        /**
         * Tokens {@code first..last}, each one digit, as the groups a number typed one digit at a time is written
         * in: digits joined by one space make a group, and groups are set apart by dash gaps of one width
         * ({@link IdTokens#dashGapLength}: "4 1 5 - 5 5 5 - 0 1 3 2", "4 1 5-5 5 5-0 1 3 2"). Null if any gap is
         * something else or there is no dash gap (digits typed one by one without dashes stay one run of groups).
         * The tokens are at most {@value #MAX_DIGITS} (the caller checks), so the work is bounded.
         */
        static Chain spelled(TextScan scan, int runStart, int first, int last) {
            int[] gs = new int[last - first + 1];
            int[] ge = new int[gs.length];
            int[] counts = new int[gs.length];
            int n = 0;
            int dashWidth = 0;
            gs[0] = scan.tokenStart(first);
            for (int k = first; k <= last; k++) {
                if (k > first) {
                    int w = IdTokens.dashGapLength(scan, k - 1);
                    if (w != 0 && (dashWidth == 0 || w == dashWidth)) {
                        dashWidth = w;
                        n++;
                        gs[n] = scan.tokenStart(k);
                    } else if (!IdTokens.spaceGap(scan, k - 1)) {
                        return null;
                    }
                }
                ge[n] = scan.tokenEnd(k);
                counts[n]++;
            }
            if (n == 0) {
                return null;
            }
            n++;
            return new Chain(runStart, Arrays.copyOf(gs, n), Arrays.copyOf(ge, n), -1, Arrays.copyOf(counts, n));
        }

        static Chain ofRun(TextScan scan, int runStart, int first, int last, int extTok) {
            int n = last - first + 1 + (extTok >= 0 ? 1 : 0);
            int[] gs = new int[n];
            int[] ge = new int[n];
            int k = 0;
            for (int i = first; i <= last; i++, k++) {
                gs[k] = scan.tokenStart(i);
                ge[k] = scan.tokenEnd(i);
            }
            int extEnd = -1;
            if (extTok >= 0) {
                gs[k] = scan.tokenStart(extTok);
                ge[k] = gs[k] + gluedExtDigits(scan, extTok);
                extEnd = scan.tokenEnd(extTok);
            } else {
                extEnd = separateExtension(scan.text, ge[n - 1]);
            }
            return new Chain(runStart, gs, ge, extEnd, null);
        }

        int size() {
            return gs.length;
        }

        /** Digits of group k. */
        int len(int k) {
            return digitCounts == null ? ge[k] - gs[k] : digitCounts[k];
        }

        /** True for a number typed one digit at a time ({@link #spelled}). */
        boolean spelled() {
            return digitCounts != null;
        }

        /** Appends the digits of group k to {@code sb}. */
        void appendDigits(String t, int k, StringBuilder sb) {
            if (digitCounts == null) {
                sb.append(t, gs[k], ge[k]);
                return;
            }
            for (int p = gs[k]; p < ge[k]; p++) {
                if (isDigit(t.charAt(p))) {
                    sb.append(t.charAt(p));
                }
            }
        }
    }

    /** End of an extension like " ext. 123", " x 12", " #123", ", extension 45" after {@code e}, or -1. */
    static int separateExtension(String t, int e) {
        int n = t.length();
        int p = e;
        int skipped = 0;
        while (p < n && skipped < 2 && (t.charAt(p) == ' ' || t.charAt(p) == ',')) {
            p++;
            skipped++;
        }
        if (p >= n) {
            return -1;
        }
        char c = t.charAt(p);
        if (c < 128 && c != 'e' && c != 'E' && c != 'x' && c != 'X' && c != '#') {
            return -1; // an ASCII character matches none of the markers below, even ignoring case
        }
        int m;
        if (t.regionMatches(true, p, "extension", 0, 9)) {
            m = 9;
        } else if (t.regionMatches(true, p, "ext.", 0, 4)) {
            m = 4;
        } else if (t.regionMatches(true, p, "ext", 0, 3)) {
            m = 3;
        } else if (t.regionMatches(true, p, "x.", 0, 2)) {
            m = 2;
        } else if (p < n && (t.charAt(p) == 'x' || t.charAt(p) == 'X' || t.charAt(p) == '#')) {
            m = 1;
        } else {
            return -1;
        }
        if (skipped == 0 && t.charAt(p) != '#' && m > 1) {
            // "555-1234ext" would be a glued token; here something else is glued, such as "x" in a word
            return -1;
        }
        p += m;
        if (p < n && (t.charAt(p) == ' ' || t.charAt(p) == ':')) {
            p++;
        }
        int ds = p;
        while (p < n && isDigit(t.charAt(p)) && p - ds <= MAX_EXT_DIGITS) {
            p++;
        }
        int d = p - ds;
        if (d < 1 || d > MAX_EXT_DIGITS) {
            return -1;
        }
        if (p < n && Character.isLetterOrDigit(t.charAt(p))) {
            return -1;
        }
        return p;
    }

    private void evaluateChain(TextScan scan, Chain c, List<String> regions, int[] budget, List<Finding> out) {
        int n = c.size();
        // the dashes of a number typed one digit at a time join its groups: it is taken whole or not at all
        boolean whole = c.spelled();
        int i = 0;
        while (i < n) {
            if (i > 0 && (whole || !breakAfter(scan.text, c, i - 1))) {
                i++;
                continue;
            }
            Candidate best = null;
            int bestJ = -1;
            int digits = 0;
            for (int j = i; j < n; j++) {
                if (j > i && !whole && strongBreak(scan.text, c.ge[j - 1], c.gs[j])
                        && !allowedInside(scan.text, c.ge[j - 1], c.gs[j], j - i)) {
                    break; // numbers separate at strong breaks; the window cannot span this one
                }
                digits += c.len(j);
                if (digits - trunkDigits(scan.text, c, i, j) > MAX_DIGITS) {
                    break;
                }
                if (j < n - 1 && (whole || !breakAfter(scan.text, c, j))) {
                    continue;
                }
                if (digits - trunkDigits(scan.text, c, i, j) < MIN_DIGITS) {
                    continue;
                }
                Candidate cand = evaluate(scan, c, i, j, regions, budget);
                if (cand != null && (best == null || cand.score > best.score)) {
                    best = cand;
                    bestJ = j;
                }
            }
            if (best != null && best.score >= REPORT_FLOOR) {
                out.add(finding(EntityType.PHONE, best.start, best.end, best.score, best.explanation));
                i = bestJ + 1;
            } else {
                i++;
            }
        }
    }

    /** A number may end after group j and another start after it (a strong break or a change of style). */
    private static boolean breakAfter(String t, Chain c, int j) {
        return strongBreak(t, c.ge[j], c.gs[j + 1]) || styleBreak(t, c, j);
    }

    /** Digits of "(0)" trunk groups inside [i, j] (they do not count toward the length). */
    private static int trunkDigits(String t, Chain c, int i, int j) {
        int d = 0;
        for (int k = i + 1; k <= j; k++) {
            if (isTrunk(t, c, k)) {
                d++;
            }
        }
        return d;
    }

    /** Group k is "(0)" written right after a country code, as in "+44 (0)20 ...". */
    private static boolean isTrunk(String t, Chain c, int k) {
        return k > 0 && c.len(k) == 1 && t.charAt(c.gs[k]) == '0' && c.gs[k] > 0 && t.charAt(c.gs[k] - 1) == '('
                && c.ge[k] < t.length() && t.charAt(c.ge[k]) == ')';
    }

    /**
     * A strong break that may still occur inside one number: a single slash after an area code ("030/1234567", and
     * with a space on either side, "030 / 123 456 78", only after the first group) or " (" right after a country
     * code ("+46 (0)8 ...", "1 (800) ..."). Whether the slash really follows an area code is checked by
     * {@link #blockedShape}.
     */
    static boolean allowedInside(String t, int from, int to, int groupIndex) {
        if (to - from == 1 && t.charAt(from) == '/') {
            return true;
        }
        if (groupIndex == 1 && spacedSlash(t, from, to)) {
            return true;
        }
        return groupIndex == 1 && t.charAt(to - 1) == '(' && (to - from == 1 || t.charAt(from) == ' ');
    }

    /** The gap {@code [from, to)} is one slash with one space (ASCII or Unicode) on one or both sides: " / ". */
    private static boolean spacedSlash(String t, int from, int to) {
        int len = to - from;
        if (len < 2 || len > 3) {
            return false;
        }
        int p = from;
        if (t.charAt(p) != '/') {
            if (!isSpace(t.charAt(p))) {
                return false;
            }
            p++;
        }
        if (t.charAt(p) != '/') {
            return false;
        }
        p++;
        if (p < to && isSpace(t.charAt(p))) {
            p++;
        }
        return p == to;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || TextScan.isUnicodeSpace(c);
    }

    /**
     * The single space after group j separates two numbers written with a dash or dot between their groups
     * ("415-555-0132 415-555-0199", "212.555.0147 212.555.0199"): the groups on both sides of it are joined by the
     * same '-' or '.', the space is not, and one side has three groups or more.
     */
    static boolean styleBreak(String t, Chain c, int j) {
        if (j < 1 || j + 2 >= c.size() || c.gs[j + 1] - c.ge[j] != 1 || t.charAt(c.ge[j]) != ' '
                || c.gs[j] - c.ge[j - 1] != 1 || c.gs[j + 2] - c.ge[j + 1] != 1) {
            return false;
        }
        char sep = t.charAt(c.ge[j - 1]);
        if ((sep != '-' && sep != '.') || t.charAt(c.ge[j + 1]) != sep) {
            return false;
        }
        // one side is a number of three groups or more ("415-555-0132"): "911-701234 91170-1234" is not split
        int left = 1;
        for (int k = j - 1; k >= 0 && c.gs[k + 1] - c.ge[k] == 1 && t.charAt(c.ge[k]) == sep; k--) {
            left++;
        }
        int right = 1;
        for (int k = j + 1; k + 1 < c.size() && c.gs[k + 1] - c.ge[k] == 1 && t.charAt(c.ge[k]) == sep; k++) {
            right++;
        }
        return left >= 3 || right >= 3;
    }

    /** A gap that may separate two numbers inside one numeric run. */
    static boolean strongBreak(String t, int from, int to) {
        int len = to - from;
        boolean space = false;
        boolean other = false;
        for (int p = from; p < to; p++) {
            char ch = t.charAt(p);
            if (ch == '/') {
                return true;
            }
            if (ch == ' ' || TextScan.isUnicodeSpace(ch)) {
                space = true;
            } else {
                other = true;
            }
        }
        if (len >= 2 && space && !other) {
            return true; // double space
        }
        if (len >= 2 && space && other) {
            // ") " and ")-" close an area code; " (" opens one, " - " and " ( " separate numbers
            char firstCh = t.charAt(from);
            return firstCh != ')';
        }
        return false;
    }

    private static final class Candidate {
        final int start;
        final int end;
        final double score;
        final Explanation.Builder explanation;

        Candidate(int start, int end, double score, Explanation.Builder explanation) {
            this.start = start;
            this.end = end;
            this.score = score;
            this.explanation = explanation;
        }
    }

    private enum Validity { VALID, POSSIBLE, NONE }

    private Candidate evaluate(TextScan scan, Chain c, int i, int j, List<String> regions, int[] budget) {
        final String t = scan.text;
        int start = i == 0 ? c.prefixStart : c.gs[i];
        if (i > 0 && start > 0 && t.charAt(start - 1) == '(') {
            start--;
        }
        boolean hasExt = j == c.size() - 1 && c.extEnd > 0;
        int end = hasExt ? c.extEnd : c.ge[j];
        // a paren opened before the span must be closed inside it, e.g. "(37) 788"
        if (t.charAt(start) == '(' && !closesParen(t, start, c.ge[j])) {
            start++;
        } else if (t.charAt(start) == '+' && start + 1 < t.length() && t.charAt(start + 1) == '('
                && !closesParen(t, start + 1, c.ge[j])) {
            return null;
        }
        if (!leftBoundaryOk(t, start) || !rightBoundaryOk(t, end) || afterAlphanumericGroups(scan, c.gs[i])) {
            return null;
        }
        boolean plus = t.charAt(start) == '+';

        // logical groups: merge "(0)" trunk with the following group for the shape, drop it for parsing
        int[] sizes = new int[j - i + 1];
        char[] seps = new char[j - i + 1]; // separator class before each group ('\0' for the first)
        int ng = 0;
        StringBuilder national = new StringBuilder(16);
        boolean trunk = false;
        boolean parenArea = false;
        boolean misplacedParen = false;
        int slashes = 0;
        boolean spacedSlash = false;
        for (int k = i; k <= j; k++) {
            boolean tr = isTrunk(t, c, k);
            if (tr) {
                trunk = true;
            }
            if (!tr) {
                c.appendDigits(t, k, national);
            }
            if (k > i && isTrunkMergedWithPrevious(t, c, k)) {
                sizes[ng - 1] += c.len(k);
                continue;
            }
            char sep = '\0';
            if (k > i) {
                sep = sepClass(t, c.ge[k - 1], c.gs[k]);
                if (sep == '/') {
                    slashes++;
                    spacedSlash |= c.gs[k] - c.ge[k - 1] > 1;
                }
            }
            if (c.gs[k] > 0 && t.charAt(c.gs[k] - 1) == '(' && !tr) {
                if (ng == 0 || (ng == 1 && (plus || sizes[0] == 1))) {
                    parenArea = c.ge[k] < t.length() && t.charAt(c.ge[k]) == ')';
                } else {
                    misplacedParen = true; // "48604 (989)755-1109": a paren opens a second number
                }
            }
            sizes[ng] = c.len(k);
            seps[ng] = sep;
            ng++;
        }
        String digits = national.toString();
        int nd = digits.length();
        if (nd < MIN_DIGITS || nd > MAX_DIGITS) {
            return null;
        }

        // ---- blocking shapes: not phone numbers ----
        String blocked = blockedShape(sizes, seps, ng, digits, plus);
        if (blocked != null || misplacedParen) {
            return null;
        }
        if (currencyNear(t, start, end)) {
            return null;
        }

        String intlDigits = null;
        if (plus) {
            intlDigits = digits;
        } else if (digits.startsWith("011") && nd >= 10) {
            intlDigits = digits.substring(3);
        } else if (digits.startsWith("00") && nd >= 9) {
            intlDigits = digits.substring(2);
        }
        // ---- shape ----
        boolean intl = plus || intlDigits != null;
        Shape shape = shape(sizes, seps, ng, intl, parenArea, trunk, hasExt, slashes, digits);
        if (shape.kind == ShapeKind.IRREGULAR && (i > 0 || j < c.size() - 1 || c.spelled())) {
            // a piece cut out of a longer run must at least be shaped like a phone number, and so must the groups
            // of digits typed one by one
            return null;
        }

        // ---- adjustments that do not depend on validity ----
        double adjust = 0;
        if (hasExt && shape.kind != ShapeKind.IRREGULAR) {
            adjust += 0.1;
        }
        if (shape.amountLike) {
            adjust -= 0.15;
        }
        if (ng == 3 && sizes[0] == 3 && sizes[1] == 2 && sizes[2] == 4 && !intl) {
            adjust -= 0.3; // grouped like a US SSN ("078 05 1123")
        }
        if (roundGroups(digits, sizes, ng)) {
            adjust -= 0.3; // "1500 2000 3000": a list of round quantities
        }
        Explanation.Builder ex = Explanation.builder().pattern(shape.name);
        double contextDelta = context(scan, start, end, ex);
        // Cheap exit before libphonenumber: even a valid number could not reach the report floor here.
        if (baseScore(shape.kind, Validity.VALID) + adjust + contextDelta < REPORT_FLOOR) {
            return null;
        }

        // ---- validity (bounded number of libphonenumber checks per text) ----
        String validRegion = null;
        Validity validity = Validity.NONE;
        boolean unchecked = budget[0] <= 0;
        if (unchecked) {
            validity = Validity.POSSIBLE;
        } else if (intlDigits != null) {
            budget[0]--;
            PhoneValidity.Intl known = numbers().international(intlDigits);
            if (known != null) {
                validity = known.outcome == PhoneValidity.Outcome.VALID ? Validity.VALID
                        : known.outcome == PhoneValidity.Outcome.POSSIBLE ? Validity.POSSIBLE : Validity.NONE;
                validRegion = known.region;
            } else {
                PhoneNumber pn = parse("+" + intlDigits, "ZZ");
                if (pn != null) {
                    if (UTIL.isValidNumber(pn)) {
                        validity = Validity.VALID;
                        validRegion = UTIL.getRegionCodeForNumber(pn);
                    } else if (UTIL.isPossibleNumber(pn)) {
                        validity = Validity.POSSIBLE;
                    }
                }
            }
        }
        if (!plus && validity == Validity.NONE && intlDigits != null) {
            intl = false; // "00..." that is no international number: read it as national
            shape = shape(sizes, seps, ng, false, parenArea, trunk, hasExt, slashes, digits);
        }
        if (!plus && validity != Validity.VALID && budget[0] > 0) {
            budget[0]--;
            for (String region : regions) {
                PhoneValidity.Outcome known = numbers().national(digits, region);
                if (known == PhoneValidity.Outcome.VALID) {
                    validity = Validity.VALID;
                    validRegion = region;
                    break;
                }
                if (known != null) {
                    if (validity == Validity.NONE && known == PhoneValidity.Outcome.POSSIBLE) {
                        validity = Validity.POSSIBLE;
                    }
                    continue;
                }
                PhoneNumber pn = parse(digits, region);
                if (pn == null) {
                    continue;
                }
                if (UTIL.isValidNumberForRegion(pn, region) && writtenAsNational(pn, digits)) {
                    validity = Validity.VALID;
                    validRegion = region;
                    break;
                }
                if (validity == Validity.NONE && UTIL.isPossibleNumber(pn)) {
                    validity = Validity.POSSIBLE;
                }
            }
        }

        if (slashes == 1 && (spacedSlash || ng > 2) && validity != Validity.VALID && !unchecked && contextDelta <= 0) {
            // "030 / 123 456 78", "089/12 34 56": an area code set apart by a slash before a grouped or spaced-off
            // subscriber number counts when the whole is a valid number or a phone word is near (or, past the
            // check budget, unchecked, as every other candidate then is)
            return null;
        }
        double base = baseScore(shape.kind, validity) + adjust;
        ex.baseScore(base)
                .validator(validity == Validity.VALID ? "libphonenumber:valid:" + validRegion
                        : validity == Validity.POSSIBLE ? "libphonenumber:possible-length" : "libphonenumber:none")
                .reason(nd + " digits, " + shape.name + (hasExt ? " with extension" : "") + ", "
                        + validity.name().toLowerCase(Locale.ROOT) + (intl ? " international" : " national"));
        double score = base + contextDelta;
        if (score <= 0) {
            return null;
        }
        return new Candidate(start, end, score, ex);
    }

    /** Score before context for a shape and a validity. */
    private static double baseScore(ShapeKind kind, Validity validity) {
        if (kind == ShapeKind.FORMATTED) {
            return validity == Validity.VALID ? 0.85 : validity == Validity.POSSIBLE ? 0.7 : 0.45;
        } else if (kind == ShapeKind.GROUPED) {
            return validity == Validity.VALID ? 0.8 : validity == Validity.POSSIBLE ? 0.6 : 0.35;
        } else if (kind == ShapeKind.CONTIGUOUS) {
            return validity == Validity.VALID ? 0.55 : validity == Validity.POSSIBLE ? 0.35 : 0.2;
        }
        return validity == Validity.VALID ? 0.45 : validity == Validity.POSSIBLE ? 0.3 : 0.15;
    }

    /**
     * True if the region writes the number nationally with the same digits as the text: "030 1234567" in DE
     * (national prefix 0 present), "415 555 0132" in the US. A German number written without its 0 is not.
     */
    private static boolean writtenAsNational(PhoneNumber pn, String digits) {
        String national = UTIL.format(pn, PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
        StringBuilder nat = new StringBuilder(national.length());
        for (int p = 0; p < national.length(); p++) {
            if (isDigit(national.charAt(p))) {
                nat.append(national.charAt(p));
            }
        }
        if (nat.toString().equals(digits)) {
            return true;
        }
        // the US/CA "1" (and e.g. the Russian "8") is a trunk prefix the national format leaves out
        String ndd = UTIL.getNddPrefixForRegion(UTIL.getRegionCodeForNumber(pn), true);
        return ndd != null && !ndd.isEmpty() && digits.equals(ndd + nat);
    }

    private static boolean isTrunkMergedWithPrevious(String t, Chain c, int k) {
        // "(0)8": the group after a trunk glued by ")" joins it
        return isTrunk(t, c, k - 1) && c.ge[k - 1] + 1 == c.gs[k];
    }

    private static boolean closesParen(String t, int open, int limit) {
        for (int p = open + 1; p < limit + 1 && p < t.length(); p++) {
            if (t.charAt(p) == ')') {
                return true;
            }
        }
        return false;
    }

    private static PhoneNumber parse(String number, String region) {
        try {
            return UTIL.parse(number, region);
        } catch (NumberParseException e) {
            return null;
        }
    }

    /**
     * Separator class of a gap: '(' for parenthesis forms, else the first of ' ', '-', '.', '/' (Unicode spaces and
     * dashes count as ' ' and '-').
     */
    private static char sepClass(String t, int from, int to) {
        char cls = '\0';
        for (int p = from; p < to; p++) {
            char ch = t.charAt(p);
            if (ch == '(' || ch == ')') {
                return '(';
            }
            if (ch == '/') {
                return '/';
            }
            if (cls == '\0' || cls == ' ') {
                cls = TextScan.isUnicodeSpace(ch) ? ' ' : TextScan.isUnicodeDash(ch) ? '-' : ch;
            }
        }
        return cls;
    }

    /**
     * True if one of the two tokens before {@code groupStart}, each separated by a single space, mixes letters
     * and digits in four characters: the digits continue an IBAN-like code ("DE89 3704 0044 ...").
     */
    private static boolean afterAlphanumericGroups(TextScan scan, int groupStart) {
        int tok = scan.tokenAtOrAfter(groupStart) - 1;
        int next = groupStart;
        for (int n = 0; n < 2 && tok >= 0; n++, tok--) {
            if (scan.tokenEnd(tok) != next - 1 || scan.text.charAt(next - 1) != ' ') {
                return false;
            }
            int f = scan.tokenFlags(tok);
            if ((f & TextScan.DIGIT) != 0 && (f & TextScan.LETTER) != 0 && scan.tokenLength(tok) == 4) {
                return true;
            }
            next = scan.tokenStart(tok);
        }
        return false;
    }

    private static boolean leftBoundaryOk(String t, int start) {
        if (start == 0) {
            return true;
        }
        char b = t.charAt(start - 1);
        char first = t.charAt(start);
        if (Character.isLetterOrDigit(b)) {
            // "Fax(281)528-8636" and "Tel+44..." are fine; "AB1234567" is not
            return (first == '(' || first == '+') && Character.isLetter(b);
        }
        if ((b == ':' || b == '=') && start >= 2 && Character.isLetter(t.charAt(start - 2))) {
            // a label glued to its value: "Tel:+44 20 7946 0958", "tel:+15551234567", "Mobile:07700900123", and a
            // form field: "phone=415-555-0132"
            return true;
        }
        if ((b == ',' || b == ';') && start >= 2 && !Character.isDigit(t.charAt(start - 2))) {
            return true; // a CSV field: "kwame.m@gmail.com,212-555-0147" (after a digit it may be a decimal)
        }
        if (b == '.' && start >= 2 && Character.isLetter(t.charAt(start - 2))) {
            // an abbreviated phone label glued by its dot: "tel.0612345678", "Tel.+44 20 7946 0958"; any other
            // word ("v.4155550134", "ref.4155550134") keeps the number part of a bigger token
            return phoneLabelEndsAt(t, start - 1);
        }
        if (b == '*') {
            return emphasisOpens(t, start); // Markdown: "phone **415-555-0134**", "*0412 345 678*"
        }
        if (b == '.' || b == ',' || b == ':' || b == '-' || b == '/' || b == '_') {
            // part of a bigger token: decimal, time ("10:30"), "ABC-1234567", path
            return start < 2 || !Character.isLetterOrDigit(t.charAt(start - 2));
        }
        if (b == '+' || b == '=' || b == '^' || b == '%') {
            return false;
        }
        return true;
    }

    /** Longest Markdown emphasis delimiter run: '*' (italic), '**' (bold), '***' (both). */
    private static final int MAX_EMPHASIS_RUN = 3;
    /** How far after the number the closing emphasis delimiter is looked for. */
    private static final int EMPHASIS_CLOSE_WINDOW = 64;
    /** Abbreviated phone labels that may be glued to the number by their dot ("tel.0612345678"). */
    private static final TokenWords DOT_LABELS = TokenWords.of("tel", "tél", "ph", "mob", "cell", "fax", "tlf", "telf",
            "telp", "gsm", "phone", "mobile", "handy", "telefon");

    /**
     * True if the '*' right before {@code start} closes a Markdown emphasis opener around the number: a run of one to
     * three '*' that follows the text start or a character other than a letter or digit, and a closing '*' (one
     * not after a space, as Markdown closes emphasis) after the number on the same line within
     * {@value #EMPHASIS_CLOSE_WINDOW} characters ("**415-555-0134**", "*0412 345 678*").
     * A star glued to a letter or digit ("2*4155550134"), a longer run ("******12345678", a masked value) or a
     * lone star without its closing one (a footnote or a star code) stays part of something else. Looks at no
     * more than {@value #EMPHASIS_CLOSE_WINDOW} + {@value #MAX_EMPHASIS_RUN} + 1 characters.
     */
    private static boolean emphasisOpens(String t, int start) {
        int s = start - 1;
        while (s > 0 && t.charAt(s - 1) == '*' && start - s < MAX_EMPHASIS_RUN + 1) {
            s--;
        }
        if (start - s > MAX_EMPHASIS_RUN || (s > 0 && (t.charAt(s - 1) == '*'
                || Character.isLetterOrDigit(t.charAt(s - 1))))) {
            return false;
        }
        int limit = Math.min(t.length(), start + EMPHASIS_CLOSE_WINDOW);
        for (int p = start; p < limit; p++) {
            char c = t.charAt(p);
            if (c == '*' && !Character.isWhitespace(t.charAt(p - 1))) {
                return true; // a closing delimiter: right after the text it closes, not before a new one
            }
            if (c == '\n' || c == '\r') {
                return false;
            }
        }
        return false;
    }

    /**
     * True if the letters ending at {@code dot} (exclusive) form a whole word that is an abbreviated phone label
     * ({@link #DOT_LABELS}). Reads at most eight letters back.
     */
    private static boolean phoneLabelEndsAt(String t, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(t.charAt(s - 1)) && dot - s <= 8) {
            s--;
        }
        if (dot - s > 8 || (s > 0 && Character.isLetterOrDigit(t.charAt(s - 1)))) {
            return false;
        }
        return DOT_LABELS.contains(t.substring(s, dot).toLowerCase(Locale.ROOT));
    }

    private static boolean rightBoundaryOk(String t, int end) {
        int n = t.length();
        if (end >= n) {
            return true;
        }
        char a = t.charAt(end);
        if (Character.isLetterOrDigit(a)) {
            return false;
        }
        if (a == '%' || a == '\u00b0') {
            return false;
        }
        if ((a == '.' || a == ',' || a == ':' || a == '/' || a == '-') && end + 1 < n && isDigit(t.charAt(end + 1))
                && !(a == ',' && ContextScorer.dashedGroupBefore(t, end))) {
            return false; // "415-555-0132,03/03/1979" is a CSV row: no decimal follows a dashed number
        }
        if ((a == '-' || a == ':' || a == '.') && end + 1 < n && Character.isLetter(t.charAt(end + 1))) {
            // "01-23-45-67-89-AB" (a MAC address) continues; "555-0132-Office" (a label) does not
            int q = end + 1;
            while (q < n && Character.isLetterOrDigit(t.charAt(q)) && q - end <= 3) {
                q++;
            }
            return q - end - 1 > 2;
        }
        return true;
    }

    private static boolean currencyNear(String t, int start, int end) {
        for (int p = Math.max(0, start - 3); p < start; p++) {
            if (isCurrencySymbol(t.charAt(p))) {
                return true;
            }
        }
        for (int p = end; p < Math.min(t.length(), end + 2); p++) {
            if (isCurrencySymbol(t.charAt(p))) {
                return true;
            }
        }
        return firstWordAfterIsUnit(t, end) && UNIT_WORDS.findIn(t, end, Math.min(t.length(), end + 12)) != null;
    }

    private static boolean firstWordAfterIsUnit(String t, int end) {
        int p = end;
        while (p < t.length() && p - end < 2 && t.charAt(p) == ' ') {
            p++;
        }
        int q = p;
        while (q < t.length() && (Character.isLetter(t.charAt(q)) || t.charAt(q) == '%')) {
            q++;
        }
        return q > p && UNIT_WORDS.findIn(t, p, q) != null;
    }

    private static boolean isCurrencySymbol(char ch) {
        return ch == '$' || ch == '€' || ch == '£' || ch == '¥' || ch == '₹' || ch == '₽' || ch == '₩'
                || ch == '¢';
    }

    /** Two or more groups, each ending in "00". */
    private static boolean roundGroups(String digits, int[] sizes, int ng) {
        if (ng < 2) {
            return false;
        }
        int p = 0;
        for (int k = 0; k < ng; k++) {
            p += sizes[k];
            if (sizes[k] < 2 || digits.charAt(p - 1) != '0' || digits.charAt(p - 2) != '0') {
                return false;
            }
        }
        return true;
    }

    /** Why a digit string is certainly not a phone number, or null. */
    private static String blockedShape(int[] sizes, char[] seps, int ng,
                                       String digits, boolean plus) {
        if (!plus) {
            // dates: d/m/yyyy, yyyy-mm-dd, dd.mm.yyyy, yyyymmdd, ddmmyyyy
            if (ng == 3 && isDateTriple(digits, sizes)) {
                return "date";
            }
            if (ng == 1 && digits.length() == 8 && (isYmd(digits, 0, 4, 6) || isYmd(digits, 4, 2, 0)
                    || isYmd(digits, 4, 0, 2))) {
                return "date";
            }
            // no number starts with 000 or repeats one digit throughout
            if (digits.startsWith("000") || oneDigitRepeated(digits)) {
                return "placeholder";
            }
            // US SSN "123-45-6789"
            if (ng == 3 && sizes[0] == 3 && sizes[1] == 2 && sizes[2] == 4 && seps[1] == '-' && seps[2] == '-') {
                return "ssn";
            }
            // US ZIP+4 "94305-5015"
            if (ng == 2 && sizes[0] == 5 && sizes[1] == 4 && seps[1] == '-') {
                return "zip+4";
            }
            // year ranges 2019-2020
            if (ng == 2 && sizes[0] == 4 && sizes[1] == 4 && isYear(digits, 0) && isYear(digits, 4)) {
                return "year-range";
            }
            // IPv4 a.b.c.d
            if (ng == 4 && seps[1] == '.' && seps[2] == '.' && seps[3] == '.' && isIpv4(digits, sizes)) {
                return "ipv4";
            }
            // card numbers (the card detector reports them)
            if (digits.length() >= 12 && Checksums.luhn(digits) && CreditCardDetector.issuer(digits) != null
                    && (digits.length() >= 13 || ng == 1 || (ng == 3 && sizes[0] == 4 && sizes[1] == 4))) {
                return "card";
            }
            // more than one slash, or a slash not after an area code starting with 0 (German "030/1234567"); an
            // area code before a grouped subscriber number ("030 / 123 456 78") has at least three digits, so
            // "05/2023 1234" is no phone number
            int slashes = 0;
            for (int k = 1; k < ng; k++) {
                if (seps[k] == '/') {
                    slashes++;
                }
            }
            if (slashes > 1 || (slashes == 1 && !(seps[1] == '/' && digits.charAt(0) == '0'
                    && (ng == 2 || sizes[0] >= 3)))) {
                return "slashes";
            }
        }
        return null;
    }

    private static boolean oneDigitRepeated(String digits) {
        for (int k = 1; k < digits.length(); k++) {
            if (digits.charAt(k) != digits.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDateTriple(String d, int[] sizes) {
        if (sizes[0] <= 2 && sizes[1] <= 2 && (sizes[2] == 4 || sizes[2] == 2)) {
            int a = Integer.parseInt(d.substring(0, sizes[0]));
            int b = Integer.parseInt(d.substring(sizes[0], sizes[0] + sizes[1]));
            boolean dm = a >= 1 && a <= 31 && b >= 1 && b <= 12;
            boolean md = a >= 1 && a <= 12 && b >= 1 && b <= 31;
            return (dm || md) && (sizes[2] == 2 || isYear(d, sizes[0] + sizes[1]));
        }
        if (sizes[0] == 4 && sizes[1] <= 2 && sizes[2] <= 2 && isYear(d, 0)) {
            int m = Integer.parseInt(d.substring(4, 4 + sizes[1]));
            int dd = Integer.parseInt(d.substring(4 + sizes[1]));
            return m >= 1 && m <= 12 && dd >= 1 && dd <= 31;
        }
        return false;
    }

    private static boolean isYmd(String d, int y, int m, int dd) {
        if (!isYear(d, y)) {
            return false;
        }
        int mm = Integer.parseInt(d.substring(m, m + 2));
        int day = Integer.parseInt(d.substring(dd, dd + 2));
        return mm >= 1 && mm <= 12 && day >= 1 && day <= 31;
    }

    private static boolean isYear(String d, int at) {
        if (at + 4 > d.length()) {
            return false;
        }
        int y = Integer.parseInt(d.substring(at, at + 4));
        return y >= 1900 && y <= 2099;
    }

    private static boolean isIpv4(String d, int[] sizes) {
        int p = 0;
        for (int k = 0; k < 4; k++) {
            if (sizes[k] > 3) {
                return false;
            }
            int v = Integer.parseInt(d.substring(p, p + sizes[k]));
            if (v > 255) {
                return false;
            }
            p += sizes[k];
        }
        return true;
    }

    private enum ShapeKind { FORMATTED, GROUPED, CONTIGUOUS, IRREGULAR }

    private static final class Shape {
        final ShapeKind kind;
        final String name;
        final boolean amountLike;

        Shape(ShapeKind kind, String name, boolean amountLike) {
            this.kind = kind;
            this.name = name;
            this.amountLike = amountLike;
        }
    }

    /**
     * Classifies the grouping. FORMATTED: unmistakable phone formatting (a leading '+' or international prefix
     * with groups, an area code in parentheses, a "(0)" trunk, North-American 3-3-4, an extension). GROUPED:
     * 2–6 groups with one separator style, groups of 2–5 digits (one long subscriber group of up to 8 allowed
     * after an area code), a 1-digit group only as a country/trunk code. CONTIGUOUS: one block of digits.
     * IRREGULAR: anything else.
     */
    private static Shape shape(int[] sizes, char[] seps, int ng, boolean intl, boolean parenArea, boolean trunk,
                               boolean ext, int slashes, String digits) {
        StringBuilder name = new StringBuilder();
        for (int k = 0; k < ng; k++) {
            if (k > 0) {
                name.append('-');
            }
            name.append(sizes[k]);
        }
        String groups = name.toString();
        if (ng == 1) {
            return new Shape(intl ? ShapeKind.FORMATTED : ShapeKind.CONTIGUOUS,
                    (intl ? "international contiguous " : "contiguous ") + groups, false);
        }
        // separators: parenthesis and slash gaps aside, one style after the area code, which may be set apart
        // differently ("08-123 456 78"), as may the country code ("+1 212-848-8400", "+7 495 123-45-67")
        int setApart = intl ? 2 : 1;
        char style = '\0';
        boolean consistent = true;
        for (int k = 1; k < ng; k++) {
            char s = seps[k];
            if (s == '(' || s == '/') {
                continue;
            }
            if (style == '\0' || k <= setApart + 1) {
                style = s;
            } else if (style != s) {
                consistent = false;
            }
        }
        boolean amountLike = false;
        if (ng >= 3 && sizes[0] <= 3 && (style == '.' || style == ' ')) {
            amountLike = true;
            for (int k = 1; k < ng; k++) {
                if (sizes[k] != 3) {
                    amountLike = false;
                    break;
                }
            }
            amountLike &= style == '.' || sizes[0] == 1;
        }
        boolean sizesOk = ng <= 6;
        int longGroups = 0;
        if (intl) {
            // after '+' or an international prefix the grouping is the country's own: "+33 1 42 68 53 00",
            // "+30 21 0 1234567", "+91 4155550132"
            for (int k = 1; k < ng && sizesOk; k++) {
                sizesOk = sizes[k] <= 12;
            }
        }
        for (int k = 0; k < ng && sizesOk && !intl; k++) {
            int s = sizes[k];
            if (s == 1) {
                // a country code, the North-American "1", or a trunk digit before "(area)" as in "8 (495) ..."
                sizesOk = k == 0 && (intl || parenArea || (digits.charAt(0) == '1' && ng >= 3));
            } else if (s > 5) {
                // one long block: the subscriber number at the end, or "0" + a 5-digit code first ("098765 43210")
                longGroups++;
                sizesOk = longGroups == 1 && ((s <= 8 && k == ng - 1) || (s == 6 && k == 0 && digits.charAt(0) == '0'));
            }
        }
        if (sizes[ng - 1] < 2) {
            sizesOk = false;
        }
        if (ng == 2 && !intl && !parenArea && sizes[1] < 4) {
            // a national number in two groups is area code + subscriber number, and the latter has 4+ digits
            sizesOk = false;
        }
        boolean nanp = (ng == 3 && sizes[0] == 3 && sizes[1] == 3 && sizes[2] == 4)
                || (ng == 4 && sizes[0] <= 3 && sizes[1] == 3 && sizes[2] == 3 && sizes[3] == 4);
        if (!consistent || !sizesOk) {
            return new Shape(ShapeKind.IRREGULAR, "irregular " + groups, amountLike);
        }
        if (intl || parenArea || trunk || nanp || ext || slashes == 1) {
            return new Shape(ShapeKind.FORMATTED, (intl ? "international " : parenArea ? "area-code " : "")
                    + "formatted " + groups, amountLike);
        }
        return new Shape(ShapeKind.GROUPED, "grouped " + groups, amountLike);
    }

    private static final ContextLexicon PHONE_LABELS = ContextLexicon.of(
            "office", "fax", "mobile", "home", "work", "cell", "tel", "phone", "ext", "desk", "direct", "main", "or",
            "and", "is", "was", "if", "for", "to", "please", "thanks", "thank", "between", "after", "before");

    /** The number is followed by a capitalized word that is not a phone label, as in "7943 2027 Prospect St". */
    static boolean streetNameAfter(String t, int end) {
        int p = end;
        if (p < t.length() && t.charAt(p) == ' ') {
            p++;
        }
        if (p == end || p >= t.length() || !Character.isUpperCase(t.charAt(p))) {
            return false;
        }
        int q = p;
        while (q < t.length() && Character.isLetter(t.charAt(q)) && q - p < 32) {
            q++;
        }
        return q - p >= 2 && PHONE_LABELS.findIn(t, p, q) == null;
    }

    /**
     * The start of the sentence holding {@code start} when a sentence ends ([.!?] and a space) in [from, start), or a
     * line does that does not end in '?' or ':' ("Tom Baker | Account Manager\nT: 020 7946 0958": the title is not
     * the label of the number below it). A question or label that ends its line is the label of the answer below
     * it ("What's your order number?\n4155550132", "Order no:\n4155550132"), so it does not end the sentence.
     */
    private static int sentenceStart(String t, int from, int start) {
        for (int i = start - 2; i >= from; i--) {
            char c = t.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(t.charAt(i + 1))
                    && !(c == '.' && numberAbbreviationBefore(t, i)) && !(c == '?' && lineBreakAfter(t, i))) {
                return i + 1;
            }
            if (c == '\n' && !ContextScorer.lineAsks(t, i)) {
                return i + 1;
            }
        }
        return from;
    }

    /**
     * True if the last "number"/"no" in the 16 characters before {@code start} is part of a negative cue with the
     * two words before it ("order number is #1214920", "Social security number", "driver's license number"), so
     * that it does not name a phone.
     */
    private static boolean compoundBefore(TextScan scan, int start, int sentence) {
        int w = -1;
        for (int k = scan.tokenAtOrAfter(Math.max(0, start - 16)); k < scan.tokenCount() && scan.tokenStart(k) < start;
                k++) {
            if (TokenWords.sameLower(scan, k, "number") || TokenWords.sameLower(scan, k, "no")) {
                w = k;
            }
        }
        if (w < 0) {
            return true; // no weak word found as a token: do not override the negative cue
        }
        int from = scan.tokenStart(Math.max(0, w - 2));
        return NEGATIVE_CUES.findIn(scan, Math.max(from, sentence), scan.tokenEnd(w)) != null;
    }

    /** Only spaces stand between {@code q} and the next line break. */
    private static boolean lineBreakAfter(String t, int q) {
        for (int i = q + 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return false;
    }

    /** The '.' at {@code dot} ends "no.", "nr.", "num.", "acct." or "ref." ("customer no. 2125551234"). */
    private static boolean numberAbbreviationBefore(String t, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(t.charAt(s - 1)) && dot - s < 5) {
            s--;
        }
        if (s > 0 && Character.isLetterOrDigit(t.charAt(s - 1))) {
            return false;
        }
        int len = dot - s;
        for (String w : NUMBER_ABBREVIATIONS) {
            if (w.length() == len && t.regionMatches(true, s, w, 0, len)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] NUMBER_ABBREVIATIONS = {"no", "nr", "num", "acct", "ref"};

    /**
     * The score change from context: phone cues raise it, reference/amount cues lower it (and win when nearer).
     * Records the cues in {@code ex}.
     */
    private static double context(TextScan scan, int start, int end, Explanation.Builder ex) {
        String t = scan.text;
        double score = 0;
        int before = ContextScorer.DEFAULT_BEFORE;
        String strong = STRONG_CUES.findIn(scan, start - before, start);
        String where = "text";
        if (strong == null) {
            strong = STRONG_CUES.findIn(scan, end, ContextScorer.lineEnd(scan.chars, end, end + 16));
            if (strong == null) {
                strong = LABELS_AFTER.findIn(scan, end, ContextScorer.lineEnd(scan.chars, end, end + 12));
            }
        }
        // negative cues count within the candidate's sentence only: "... my delivery. My office number is +44 ..."
        int sentence = sentenceStart(t, Math.max(0, start - 32), start);
        String neg = NEGATIVE_CUES.findIn(scan, Math.max(start - 32, sentence), start);
        String weak = strong == null ? WEAK_CUES.findIn(scan, start - 16, start) : null;
        if (strong == null && weak == null && !scan.prompt.isEmpty()) {
            strong = STRONG_CUES.findIn(scan.prompt);
            if (strong != null) {
                where = "assistant-prompt";
            } else {
                String pneg = NEGATIVE_CUES.findIn(scan.prompt);
                if (pneg != null) {
                    ex.cue(Explanation.ContextCue.of(pneg, -0.3, "assistant-prompt"));
                    score -= 0.3;
                }
            }
        }
        // a negative cue near the number outweighs a phone cue (its window is inside neg's: none there if neg is null);
        // so does one that holds the phone cue ("número de cuenta" holds "número": an account, not a phone)
        if (neg != null && strong != null && where.equals("text") && (" " + neg + " ").contains(" " + strong + " ")) {
            strong = null;
        }
        boolean nearNeg = neg != null && NEGATIVE_CUES.findIn(scan, Math.max(start - 16, sentence), start) != null;
        if (neg != null && strong == null && weak != null && !nearNeg && !compoundBefore(scan, start, sentence)) {
            // "update my account with my new number 415-555-0132": the nearer "number" names the digits
            neg = null;
        }
        if (neg != null && (strong == null || nearNeg)) {
            // a negative cue further away ("Account Executive, 212.555.0147") leaves a well-formatted valid number
            // above the threshold but not bare digits
            double d = strong != null ? -0.2 : nearNeg ? -0.45 : -0.3;
            ex.cue(Explanation.ContextCue.of(neg, d, "text"));
            return score + d;
        }
        if (strong == null) {
            String street = STREET_WORDS.findIn(scan, end, end + 28);
            if (street != null) {
                ex.cue(Explanation.ContextCue.of(street, -0.35, "text"));
                score -= 0.35;
            } else if (streetNameAfter(t, end)) {
                ex.cue(Explanation.ContextCue.of("capitalized-word-after", -0.25, "text"));
                score -= 0.25;
            }
        }
        if (strong != null) {
            ex.cue(Explanation.ContextCue.of(strong, 0.25, where));
            score += 0.25;
        } else if (weak != null) {
            ex.cue(Explanation.ContextCue.of(weak, 0.15, "text"));
            score += 0.15;
        }
        return score;
    }
}
