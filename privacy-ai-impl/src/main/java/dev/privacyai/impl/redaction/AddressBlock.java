package dev.privacyai.impl.redaction;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The layout of a multi-line address above a postcode, for {@link ZipCodeDetector}: the street line the block starts
 * with, the city/region/country text between it and the code, and the postcode formats of the country or US state
 * named right before the code. Works on plain offsets, line by line, looking at most four short lines up; an
 * instance is a small immutable value. Package-private.
 */
final class AddressBlock {

    /** Words that make a line with a number a street or unit line ("Apt.", "Suite", "Main St", "ul.", "Via"). */
    private static final Set<String> STREET_WORDS = Set.of("apt", "apartment", "suite", "ste", "unit", "box",
            "flat", "floor", "street", "st", "road", "rd", "avenue", "ave", "av", "lane", "ln", "drive", "dr",
            "boulevard", "blvd", "way", "court", "ct", "place", "pl", "square", "sq", "highway", "hwy", "parkway",
            "pkwy", "circle", "cir", "terrace", "crescent", "close", "route", "via", "viale", "piazza", "corso", "rue",
            "calle", "carrera", "rua", "avenida", "ul", "ulica", "strasse", "straße", "str", "weg", "gasse", "platz",
            "allee", "laan", "straat", "gade", "vej", "veien", "vei", "gata", "gatan", "vägen", "tie", "katu", "utca",
            "u", "út", "po", "pobox", "psc", "house", "building", "bldg", "block", "plot", "sector");
    /** Unit words that make the number after them a unit, not a postcode ("Suite 838"). */
    private static final Set<String> UNIT_WORDS = Set.of("apt", "apartment", "suite", "ste", "unit", "box", "flat",
            "floor", "room", "no", "nr", "number", "building", "bldg", "block", "house", "po", "psc");
    private static final Set<String> CANADIAN_PROVINCES = Set.of("AB", "BC", "MB", "NB", "NS", "NT", "NU", "ON",
            "QC", "YT");

    /** Country name (lower case) to the postcode formats it uses, as {@link #format} names them. */
    private static final Map<String, Set<String>> COUNTRIES = countries();

    private static Map<String, Set<String>> countries() {
        Map<String, Set<String>> m = new HashMap<>();
        String[][] table = {
            {"5|5-4", "united states", "usa", "us", "united states of america"},
            {"5", "germany", "deutschland", "france", "italy", "italia", "spain", "españa", "finland", "suomi",
                "estonia", "mexico", "méxico", "turkey", "türkiye", "croatia", "ukraine", "malaysia", "indonesia",
                "thailand", "uruguay", "morocco", "algeria", "egypt", "saudi arabia", "kuwait", "serbia",
                "montenegro", "bosnia and herzegovina", "lithuania", "south korea", "korea", "pakistan",
                "sri lanka", "cuba", "guatemala", "costa rica", "iraq", "jordan", "kenya", "zambia", "senegal",
                "monaco", "san marino", "vatican city", "puerto rico", "guam", "dominican republic", "nepal",
                "myanmar", "cambodia", "laos", "mongolia", "iran", "lebanon", "peru", "haiti", "honduras",
                "nicaragua", "el salvador", "ecuador", "reunion", "réunion", "martinique", "guadeloupe",
                "french guiana", "mayotte", "new caledonia", "french polynesia", "bhutan", "sudan", "tanzania",
                "ethiopia", "kosovo", "taiwan"},
            {"5|NNN NN", "sweden", "sverige", "greece", "czech republic", "czechia", "slovakia"},
            {"4", "austria", "österreich", "belgium", "belgique", "belgië", "switzerland", "schweiz", "suisse",
                "svizzera", "denmark", "danmark", "norway", "norge", "hungary", "cyprus", "australia",
                "new zealand", "south africa", "philippines", "bulgaria", "slovenia", "luxembourg", "greenland",
                "greenlander", "liechtenstein", "latvia", "tunisia", "armenia", "bangladesh", "georgia",
                "north macedonia", "macedonia", "paraguay", "venezuela", "afghanistan", "albania", "cape verde",
                "christmas island", "mozambique", "niger", "norfolk island", "svalbard", "argentina", "bolivia",
                "ethiopia", "liberia"},
            {"6", "india", "china", "people's republic of china", "russia", "russian federation", "singapore",
                "romania", "kazakhstan", "vietnam", "viet nam", "belarus", "nigeria", "colombia", "uzbekistan",
                "kyrgyzstan", "tajikistan", "turkmenistan", "ecuador", "trinidad and tobago", "panama"},
            {"3", "iceland", "ísland", "faroe islands", "papua new guinea", "lesotho"},
            {"NNNN-NNN", "portugal"},
            {"NN-NNN", "poland", "polska"},
            {"NNNNN-NNN|8", "brazil", "brasil"},
            {"NNN-NNNN|7", "japan"},
            {"NNNN AA|4", "netherlands", "nederland", "the netherlands"},
            {"A1A 1A1", "canada"},
            {"7", "israel", "chile"},
            {"UK", "united kingdom", "uk", "great britain", "england", "scotland", "wales", "northern ireland",
                "ireland"},
        };
        for (String[] row : table) {
            Set<String> formats = Set.of(row[0].split("\\|"));
            for (int i = 1; i < row.length; i++) {
                m.merge(row[i], formats, (a, b) -> {
                    java.util.HashSet<String> u = new java.util.HashSet<>(a);
                    u.addAll(b);
                    return Set.copyOf(u);
                });
            }
        }
        return Map.copyOf(m);
    }

    /** US ZIP prefix ranges (first three digits, inclusive pairs) by state or military code, after USPS. */
    private static final Map<String, int[]> ZIP_PREFIXES = Map.ofEntries(
            Map.entry("AL", new int[] {350, 369}), Map.entry("AK", new int[] {995, 999}),
            Map.entry("AZ", new int[] {850, 865}), Map.entry("AR", new int[] {716, 729}),
            Map.entry("CA", new int[] {900, 961}), Map.entry("CO", new int[] {800, 816}),
            Map.entry("CT", new int[] {60, 69}), Map.entry("DE", new int[] {197, 199}),
            Map.entry("DC", new int[] {200, 205, 569, 569}), Map.entry("FL", new int[] {320, 349}),
            Map.entry("GA", new int[] {300, 319, 398, 399}), Map.entry("HI", new int[] {967, 968}),
            Map.entry("ID", new int[] {832, 838}), Map.entry("IL", new int[] {600, 629}),
            Map.entry("IN", new int[] {460, 479}), Map.entry("IA", new int[] {500, 528}),
            Map.entry("KS", new int[] {660, 679}), Map.entry("KY", new int[] {400, 427}),
            Map.entry("LA", new int[] {700, 714}), Map.entry("ME", new int[] {39, 49}),
            Map.entry("MD", new int[] {206, 219}), Map.entry("MA", new int[] {10, 27, 55, 55}),
            Map.entry("MI", new int[] {480, 499}), Map.entry("MN", new int[] {550, 567}),
            Map.entry("MS", new int[] {386, 397}), Map.entry("MO", new int[] {630, 658}),
            Map.entry("MT", new int[] {590, 599}), Map.entry("NE", new int[] {680, 693}),
            Map.entry("NV", new int[] {889, 898}), Map.entry("NH", new int[] {30, 38}),
            Map.entry("NJ", new int[] {70, 89}), Map.entry("NM", new int[] {870, 884}),
            Map.entry("NY", new int[] {100, 149, 5, 5, 63, 63}), Map.entry("NC", new int[] {270, 289}),
            Map.entry("ND", new int[] {580, 588}), Map.entry("OH", new int[] {430, 459}),
            Map.entry("OK", new int[] {730, 749}), Map.entry("OR", new int[] {970, 979}),
            Map.entry("PA", new int[] {150, 196}), Map.entry("RI", new int[] {28, 29}),
            Map.entry("SC", new int[] {290, 299}), Map.entry("SD", new int[] {570, 577}),
            Map.entry("TN", new int[] {370, 385}), Map.entry("TX", new int[] {750, 799, 733, 733, 885, 885}),
            Map.entry("UT", new int[] {840, 847}), Map.entry("VT", new int[] {50, 59}),
            Map.entry("VA", new int[] {201, 201, 220, 246}), Map.entry("WA", new int[] {980, 994}),
            Map.entry("WV", new int[] {247, 268}), Map.entry("WI", new int[] {530, 549}),
            Map.entry("WY", new int[] {820, 831, 834, 834}), Map.entry("PR", new int[] {6, 9}),
            Map.entry("VI", new int[] {8, 8}), Map.entry("GU", new int[] {969, 969}),
            Map.entry("AS", new int[] {967, 967}), Map.entry("MP", new int[] {969, 969}),
            Map.entry("AA", new int[] {340, 340}), Map.entry("AE", new int[] {90, 98}),
            Map.entry("AP", new int[] {962, 966}));

    private final String country;
    private final String stateCode;
    private final boolean canadianProvince;

    private AddressBlock(String country, String stateCode, boolean canadianProvince) {
        this.country = country;
        this.stateCode = stateCode;
        this.canadianProvince = canadianProvince;
    }

    /** The country named right before the code (lower case), or null. */
    String country() {
        return country;
    }

    /** The US state or military code right before the code (upper case), or null. */
    String stateCode() {
        return stateCode;
    }

    /** True if a Canadian province code stands right before the code. */
    boolean canadianProvince() {
        return canadianProvince;
    }

    /** True if only spaces or tabs follow {@code end} up to a line break or the end of the text. */
    static boolean endsLine(String t, int end) {
        int n = t.length();
        int i = end;
        while (i < n && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        return i == n || t.charAt(i) == '\n' || t.charAt(i) == '\r';
    }

    /**
     * The address block whose last line holds a code starting at {@code s}, or null if the lines above are not one:
     * the text before the code on its line must be short and digit-free (city, region, country, no unit word), then
     * up to three short digit-free lines, then a line with a number and a street or unit word.
     */
    static AddressBlock above(String t, int s) {
        int lineStart = t.lastIndexOf('\n', s - 1) + 1;
        String before = t.substring(lineStart, s);
        if (!componentLine(before, true)) {
            return null;
        }
        String region = before.isBlank() ? null : before;
        int cur = lineStart - 1; // the '\n' ending the line above, or -1
        for (int i = 0; i < 4 && cur >= 0; i++) {
            int prevStart = t.lastIndexOf('\n', cur - 1) + 1;
            String line = t.substring(prevStart, cur);
            if (line.isBlank()) {
                return null;
            }
            if (hasDigit(line)) {
                return streetLine(line) ? of(region) : null;
            }
            if (!componentLine(line, false)) {
                return null;
            }
            if (region == null || region.replace(",", "").isBlank()) {
                region = line;
            }
            cur = prevStart - 1;
        }
        return null;
    }

    private static AddressBlock of(String region) {
        if (region == null) {
            return new AddressBlock(null, null, false);
        }
        String trimmed = withoutParentheses(region).strip();
        while (!trimmed.isEmpty() && (trimmed.charAt(trimmed.length() - 1) == ','
                || trimmed.charAt(trimmed.length() - 1) == '.')) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        String[] words = trimmed.replace(',', ' ').replace('>', ' ').strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return new AddressBlock(null, null, false);
        }
        String last = words[words.length - 1];
        for (int n = Math.min(4, words.length); n >= 1; n--) {
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length))
                    .toLowerCase(Locale.ROOT);
            if (COUNTRIES.containsKey(name) && !(n == 1 && last.length() == 2)) {
                return new AddressBlock(name, null, false);
            }
        }
        if (last.length() == 2 && Character.isLetter(last.charAt(0)) && Character.isLetter(last.charAt(1))) {
            String code = last.toUpperCase(Locale.ROOT);
            if (ZIP_PREFIXES.containsKey(code)) {
                return new AddressBlock(null, code, false); // any case: a state code only ever makes the check stricter
            }
            return new AddressBlock(null, null, CANADIAN_PROVINCES.contains(code));
        }
        return new AddressBlock(null, null, false);
    }

    /** City, region or country text: at most four words, at most 40 characters, no digits, no unit word. */
    private static boolean componentLine(String line, boolean mayBeEmpty) {
        if (line.length() > 40 || hasDigit(line) || line.indexOf('@') >= 0 || line.indexOf(':') >= 0) {
            return false;
        }
        String[] words = line.replace(',', ' ').strip().split("\\s+");
        if (words.length == 1 && words[0].isEmpty()) {
            return mayBeEmpty;
        }
        if (words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (UNIT_WORDS.contains(clean(w))) {
                return false;
            }
        }
        return true;
    }

    private static boolean streetLine(String line) {
        if (line.length() > 120) {
            return false;
        }
        for (String w : line.replace(',', ' ').strip().split("\\s+")) {
            if (STREET_WORDS.contains(clean(w))) {
                return true;
            }
        }
        return false;
    }

    /** The word without leading or trailing punctuation ("#", ">", ".", ","), lower case. */
    private static String clean(String w) {
        int a = 0;
        int b = w.length();
        while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) {
            b--;
        }
        while (a < b && !Character.isLetterOrDigit(w.charAt(a))) {
            a++;
        }
        return w.substring(a, b).toLowerCase(Locale.ROOT);
    }

    /** "Cyprus (Greek)" to "Cyprus ": drops parenthesised text (the line is at most 40 characters). */
    private static String withoutParentheses(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * The format of the code in {@code [s, end)}: "3" to "8" for plain digits, else its shape with N for a digit,
     * A for a letter ("NNN NN", "NN-NNN", "NNNN-NNN", "NNNNN-NNN", "5-4" for ZIP+4, "NNNN AA", "A1A 1A1").
     */
    static String format(String t, int s, int end) {
        StringBuilder b = new StringBuilder(end - s);
        boolean digitsOnly = true;
        for (int i = s; i < end; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append('N');
            } else if (Character.isLetter(c)) {
                b.append('A');
                digitsOnly = false;
            } else {
                b.append(c);
                digitsOnly = false;
            }
        }
        String f = b.toString();
        if (digitsOnly) {
            return Integer.toString(f.length());
        }
        if (f.equals("NNNNN-NNNN")) {
            return "5-4";
        }
        if (f.equals("ANA NAN")) {
            return "A1A 1A1";
        }
        return f;
    }

    /** Formats accepted where no country is named: the common 3–5 digit codes and the shapes of a few countries. */
    private static final Set<String> GENERIC = Set.of("3", "4", "5", "5-4", "NNN NN", "NN-NNN", "NNNN-NNN",
            "NNNNN-NNN", "NNNN AA");

    /**
     * True if a code of format {@code format} fits this block: the named country's formats, a ZIP in the named
     * state's range, or else one of the common formats.
     */
    boolean accepts(String format, String t, int s) {
        if (country != null) {
            return countryAccepts(country, format);
        }
        if (stateCode != null) {
            return (format.equals("5") || format.equals("5-4")) && zipInState(stateCode, t, s);
        }
        if (canadianProvince) {
            return format.equals("A1A 1A1");
        }
        return GENERIC.contains(format);
    }

    /** True if {@code country} (a key of the country table) uses postcode format {@code format}. */
    static boolean countryAccepts(String country, String format) {
        Set<String> formats = COUNTRIES.get(country);
        return formats != null && formats.contains(format);
    }

    /** True if the ZIP starting at {@code pos} lies in the prefix range of US state or military code {@code code}. */
    static boolean zipInState(String code, String t, int pos) {
        int[] ranges = ZIP_PREFIXES.get(code);
        if (ranges == null || pos + 3 > t.length()) {
            return false;
        }
        int p = 0;
        for (int i = pos; i < pos + 3; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            p = p * 10 + (c - '0');
        }
        for (int i = 0; i + 1 < ranges.length; i += 2) {
            if (p >= ranges[i] && p <= ranges[i + 1]) {
                return true;
            }
        }
        return false;
    }
}
