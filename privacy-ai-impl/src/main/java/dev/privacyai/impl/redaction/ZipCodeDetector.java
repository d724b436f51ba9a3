package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * ZIP_CODE (context-gated): a US ZIP (5 digits or ZIP+4 {@code 12345-6789}) right after a US state abbreviation or
 * name at the end of an address ("Springfield, IL 62704"; after an abbreviation the ZIP must lie in that state's
 * USPS prefix range), or a postal code after a cue ("zip", "zip code", "postal code", "postcode", or the assistant
 * asking for it): US forms, 3–6 digit codes, {@code NNN NN} (SE), {@code NN-NNN} (PL), {@code NNNN-NNN} (PT),
 * {@code NNNNN-NNN} (BR), {@code NNNN AA} (NL), {@code A1A 1A1} (CA). Without a cue, a postcode is also reported
 * when it ends the last line of a multi-line address block ({@link AddressBlock}: a street or unit line, then city,
 * region or country lines), in the format of the country or state named before it where one is; that weaker
 * finding scores below LOCATION, so a street address covering it keeps the whole block. A postcode right after a
 * place name on one line ("in Arendal 4844, where ...") is reported as {@link PlacePostcode} describes. Other bare
 * digit strings are never reported.
 */
final class ZipCodeDetector extends ScanningDetector {

    static final ContextLexicon ZIP_CUES = ContextLexicon.of("zip", "zip code", "zipcode", "zip-code", "postal code",
            "postcode", "post code", "postal", "plz", "cep", "code postal", "codigo postal", "c.p.");
    private static final ContextScorer SCORER = new ContextScorer(ZIP_CUES, 0.0, null, 0, 32, 0);
    /** The cues that name a code, not only "zip" ("zip ties, pack of 100"): enough for a three-digit code. */
    private static final ContextLexicon NAMED_CODE_CUES = ContextLexicon.of("zip code", "zipcode", "zip-code",
            "postal code", "postcode", "post code", "code postal", "codigo postal");
    /** Score of a postcode found only from the layout of an address block (no cue, no state). */
    static final double BLOCK_SCORE = 0.6;
    /** Score of a postcode right after a place name on one line ({@link PlacePostcode}). */
    static final double PLACE_SCORE = 0.7;

    private static final Set<String> STATE_NAMES = Set.of("alabama", "alaska", "arizona", "arkansas", "california",
            "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana",
            "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
            "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania",
            "tennessee", "texas", "utah", "vermont", "virginia", "washington", "wisconsin", "wyoming",
            "hampshire", "jersey", "mexico", "york", "carolina", "dakota", "island", "columbia", "rico");

    ZipCodeDetector() {
        super("zip-code", Set.of(EntityType.ZIP_CODE));
    }

    /**
     * A numeric run in a postcode shape: {@code [start, end)}, the shape's name, and whether it is a US form (5 digits
     * or ZIP+4). Shared with {@link PlacePostcode}, so both judge a code's shape the same way.
     */
    record Candidate(int start, int end, String shape, boolean us) {
    }

    /**
     * The postcode candidate of numeric run {@code r}, or null: US forms, 3–6 digits, {@code NNN NN},
     * {@code NN-NNN}, {@code NNNN-NNN}, {@code NNNNN-NNN} and {@code NNNN AA}, standing alone (not inside a longer
     * number, not before '%' or '$').
     */
    static Candidate candidate(TextScan scan, int r) {
        String t = scan.text;
        int first = scan.runFirstToken(r);
        int s = scan.tokenStart(first);
        if (scan.runStart(r) != s || !scan.boundaryBefore(s)) {
            return null;
        }
        int len1 = scan.tokenLength(first);
        int last = scan.runLastToken(r);
        int end = -1;
        String shape = null;
        boolean us = false;
        if (first < last) {
            int e1 = scan.tokenEnd(first);
            int s2 = scan.tokenStart(first + 1);
            int len2 = scan.tokenLength(first + 1);
            char sep = t.charAt(e1);
            if (s2 == e1 + 1 && sep == '-' && len1 == 5 && len2 == 4) {
                end = scan.tokenEnd(first + 1);
                shape = "us-zip+4";
                us = true;
            } else if (s2 == e1 + 1 && sep == ' ' && len1 == 3 && len2 == 2) {
                end = scan.tokenEnd(first + 1);
                shape = "nnn-nn";
            } else if (s2 == e1 + 1 && sep == '-' && ((len1 == 2 && len2 == 3) || (len1 == 4 && len2 == 3)
                    || (len1 == 5 && len2 == 3))) {
                end = scan.tokenEnd(first + 1);
                shape = "digits-dash-digits";
            }
            if (end > 0 && first + 1 < last && t.charAt(end) != ' ') {
                return null; // part of a longer number (phone, reference)
            }
        }
        if (end < 0) {
            int e1 = scan.tokenEnd(first);
            // "555 123 4567" after "zip" is a phone number, not a 3-digit code; only a 5-digit ZIP after a
            // state may be followed by a phone number in the same digit run ("TX 77002 (713) 853-5620")
            if (first < last && !(len1 == 5 && t.charAt(e1) == ' ' && afterState(scan, first))) {
                return null;
            }
            if (len1 < 3 || len1 > 6) {
                return null;
            }
            end = e1;
            us = len1 == 5;
            shape = us ? "us-zip" : "digits";
            // Dutch "1234 AB"
            if (len1 == 4 && first + 1 < scan.tokenCount() && scan.tokenStart(first + 1) == e1 + 1
                    && t.charAt(e1) == ' ' && scan.tokenLength(first + 1) == 2
                    && scan.tokenFlags(first + 1) == (TextScan.LETTER | TextScan.UPPER)) {
                end = scan.tokenEnd(first + 1);
                shape = "nnnn-aa";
            }
        }
        if (!scan.boundaryAfter(end) || (end < t.length() && (t.charAt(end) == '%' || t.charAt(end) == '$'))) {
            return null;
        }
        return new Candidate(s, end, shape, us);
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        for (int r = 0; r < scan.runCount(); r++) {
            Candidate c = candidate(scan, r);
            if (c == null) {
                continue;
            }
            int s = c.start();
            int end = c.end();
            String shape = c.shape();
            if (c.us() && afterState(scan, scan.runFirstToken(r))) {
                Explanation.Builder ex = Explanation.builder().pattern(shape).validator("us-state-before")
                        .baseScore(0.8).reason("ZIP after a US state at the end of an address");
                double score = SCORER.score(scan, s, end, 0.8, ex);
                out.add(finding(EntityType.ZIP_CODE, s, end, Math.max(score, 0.8), ex));
                continue;
            }
            String[] cue = SCORER.positiveCue(scan, s, end);
            if (cue != null && cue[1].equals("text") && !cueHolds(scan, s, end - s)) {
                cue = null;
            }
            if (cue != null) {
                Explanation.Builder ex = Explanation.builder().pattern(shape).validator("postal-shape")
                        .baseScore(0.85).reason("postal code shape after a postal cue")
                        .cue(Explanation.ContextCue.of(cue[0], 0.0, cue[1]));
                out.add(finding(EntityType.ZIP_CODE, s, end, 0.85, ex));
            } else if (!addressBlock(scan, s, end, shape, out) && PlacePostcode.of(scan, r, c) != null) {
                Explanation.Builder ex = Explanation.builder().pattern(shape).validator("place-before")
                        .baseScore(PLACE_SCORE).reason("postcode right after a place name");
                out.add(finding(EntityType.ZIP_CODE, s, end, PLACE_SCORE, ex));
            }
        }
        canadian(scan, out);
    }

    /**
     * The cue in the text before a candidate of {@code length} characters at {@code s} stands on its line (or on the
     * line above that ends in ':' or '?': "Postcode:\n8001"), and a three-digit code has a cue that names a code:
     * "zip" alone is not enough ("zip ties, pack of 100" is a count; "my zip code is 880" is a code).
     */
    private static boolean cueHolds(TextScan scan, int s, int length) {
        int from = ContextScorer.lineWindowStart(scan.text, s, 32, true);
        return length == 3 ? NAMED_CODE_CUES.findIn(scan, from, s) != null : ZIP_CUES.findIn(scan, from, s) != null;
    }

    /**
     * A postcode that ends the last line of an address block: the lines above it (at most three) lead up to a street
     * line (a number with a street or unit word: "Apt.", "Suite", "Street", "Via", "ul." ...), the lines in between
     * and the text before the code on its own line are short and digit-free (city, region, country), and the code
     * ends its line. Where the country or US state right before it is known, the code must have that country's
     * format (a 5-digit code after "Austria", a Canadian province or a ZIP outside the state's range is not
     * reported). Scored below every LOCATION finding, so a street address found around it keeps the whole block.
     */
    private boolean addressBlock(TextScan scan, int s, int end, String shape, List<Finding> out) {
        String t = scan.text;
        if (!AddressBlock.endsLine(t, end)) {
            return false;
        }
        AddressBlock block = AddressBlock.above(t, s);
        if (block == null) {
            return false;
        }
        if (!block.accepts(AddressBlock.format(t, s, end), t, s)) {
            return false;
        }
        boolean known = block.country() != null || block.stateCode() != null;
        Explanation.Builder ex = Explanation.builder().pattern(shape).validator(known
                ? "country-postcode-format" : "postal-shape").baseScore(BLOCK_SCORE)
                .reason("postcode ending an address block");
        out.add(finding(EntityType.ZIP_CODE, s, end, BLOCK_SCORE, ex));
        return true;
    }

    /**
     * Canadian postal codes with Canada Post letters: "A1A 1A1", "a1a 1a1", "A1A1A1" and "a1a1a1" after a postal cue
     * before them (or the assistant asking for one) or right after them ("V6B 1A1 is my postal code"). Without a
     * cue, only the spaced capital form counts: right after a province code or name, or a Canadian city, on the
     * same line, when the code's first letter belongs to that province ("Ottawa ON K1A 0B1", "Vancouver V6B 1A1");
     * or ending an address block ("123 Main St\nM5V 2T6"). These two score {@link #BLOCK_SCORE}, below LOCATION,
     * so a street address that covers the code keeps it. "Model K1A 0B1" or a bare "K1A0B1" are not reported.
     */
    private void canadian(TextScan scan, List<Finding> out) {
        if ((scan.mixedTokenLengths() & CA_LENGTHS) == 0) {
            return; // "A1A" and "A1A1A1" are tokens of a letter and a digit, of 3 or 6 characters
        }
        String t = scan.text;
        int n = scan.tokenCount();
        // "A1A" holds a digit: only digit tokens can start one
        for (int k = scan.nextDigitToken(0); k < n; k = scan.nextDigitToken(k + 1)) {
            int len = scan.tokenLength(k);
            int s = scan.tokenStart(k);
            boolean spaced;
            int end;
            if (len == 3 && k + 1 < n && scan.tokenLength(k + 1) == 3 && scan.tokenStart(k + 1) == scan.tokenEnd(k) + 1
                    && t.charAt(scan.tokenEnd(k)) == ' ') {
                spaced = true;
                end = s + 7;
                if (!(digit(t, s + 4) && letter(t, s + 5) && digit(t, s + 6))) {
                    continue;
                }
            } else if (len == 6 && IdTokens.gap(scan, k - 1, "-.") == 0 && IdTokens.gap(scan, k, "-.") == 0) {
                spaced = false;
                end = s + 6;
                if (!(digit(t, s + 3) && letter(t, s + 4) && digit(t, s + 5))) {
                    continue;
                }
            } else {
                continue;
            }
            int third = spaced ? s + 5 : s + 4;
            if (!(letter(t, s) && digit(t, s + 1) && letter(t, s + 2)) || !canadaPostLetters(t, s, third)) {
                continue;
            }
            String[] cue = SCORER.positiveCue(scan, s, end);
            if (cue != null && cue[1].equals("text") && !cueHolds(scan, s, end - s)) {
                cue = null;
            }
            if (cue == null) {
                String after = cueAfter(scan, end);
                cue = after == null ? null : new String[] {after, "text"};
            }
            if (cue != null) {
                Explanation.Builder ex = Explanation.builder().pattern(spaced ? "ca-a1a-1a1" : "ca-a1a1a1")
                        .validator("postal-shape").baseScore(0.85).reason("Canadian postal code next to a postal cue")
                        .cue(Explanation.ContextCue.of(cue[0], 0.0, cue[1]));
                out.add(finding(EntityType.ZIP_CODE, s, end, 0.85, ex));
                continue;
            }
            if (!spaced || !IdTokens.letters(t, s, s + 1) || !IdTokens.letters(t, s + 2, s + 3)
                    || !IdTokens.letters(t, s + 5, s + 6)) {
                continue; // without a cue only the capital "A1A 1A1"
            }
            String place = canadianPlaceBefore(scan, k, Character.toUpperCase(t.charAt(s)));
            if (place != null) {
                // scored like a block's code, below every LOCATION finding: a street address that runs on over the
                // code keeps it ("123 Maple Ave, Toronto, ON M5V 2T6" is one LOCATION)
                Explanation.Builder ex = Explanation.builder().pattern("ca-a1a-1a1")
                        .validator("province-letter").baseScore(BLOCK_SCORE)
                        .reason("Canadian postal code after a province or city whose letter it carries");
                out.add(finding(EntityType.ZIP_CODE, s, end, BLOCK_SCORE, ex));
            } else if (AddressBlock.endsLine(t, end)) {
                AddressBlock block = AddressBlock.above(t, s);
                boolean unnamed = block != null && block.country() == null && block.stateCode() == null;
                if (block != null && (unnamed || (block.accepts("A1A 1A1", t, s)
                        && (block.canadianProvince() || block.country() != null)))) {
                    Explanation.Builder ex = Explanation.builder().pattern("ca-a1a-1a1")
                            .validator(unnamed && !block.canadianProvince() ? "postal-shape"
                                    : "country-postcode-format").baseScore(BLOCK_SCORE)
                            .reason("Canadian postal code ending an address block");
                    out.add(finding(EntityType.ZIP_CODE, s, end, BLOCK_SCORE, ex));
                }
            }
        }
    }

    /** Token lengths of "A1A" (spaced form) and "A1A1A1" (see {@link TextScan#mixedTokenLengths()}). */
    private static final long CA_LENGTHS = TextScan.lengths(3, 6);

    /** Canada Post's first letters by province code. */
    private static final java.util.Map<String, String> PROVINCE_LETTERS = java.util.Map.ofEntries(
            java.util.Map.entry("nl", "A"), java.util.Map.entry("ns", "B"), java.util.Map.entry("pe", "C"),
            java.util.Map.entry("nb", "E"), java.util.Map.entry("qc", "GHJ"), java.util.Map.entry("on", "KLMNP"),
            java.util.Map.entry("mb", "R"), java.util.Map.entry("sk", "S"), java.util.Map.entry("ab", "T"),
            java.util.Map.entry("bc", "V"), java.util.Map.entry("nt", "X"), java.util.Map.entry("nu", "X"),
            java.util.Map.entry("yt", "Y"));

    /**
     * Province names (their last word, lower case) and large Canadian cities, to the province code whose letters
     * their postal codes start with.
     */
    private static final java.util.Map<String, String> PLACE_PROVINCE = placeProvinces();

    private static java.util.Map<String, String> placeProvinces() {
        String[][] table = {
            {"nl", "newfoundland", "labrador"}, {"ns", "scotia", "halifax", "dartmouth"},
            {"pe", "pei", "charlottetown"}, {"nb", "brunswick", "moncton", "fredericton"},
            {"qc", "quebec", "québec", "montreal", "montréal", "laval", "gatineau", "longueuil", "sherbrooke"},
            {"on", "ontario", "toronto", "ottawa", "mississauga", "brampton", "hamilton", "london", "markham",
                "vaughan", "kitchener", "waterloo", "windsor", "oshawa", "barrie", "kingston", "guelph", "sudbury",
                "oakville", "burlington", "scarborough", "etobicoke"},
            {"mb", "manitoba", "winnipeg"}, {"sk", "saskatchewan", "saskatoon", "regina"},
            {"ab", "alberta", "calgary", "edmonton", "lethbridge"},
            {"bc", "columbia", "vancouver", "surrey", "burnaby", "richmond", "victoria", "kelowna", "abbotsford"},
            {"nt", "territories", "yellowknife"}, {"nu", "nunavut", "iqaluit"}, {"yt", "yukon", "whitehorse"}};
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (String[] row : table) {
            for (int i = 1; i < row.length; i++) {
                m.put(row[i], row[0]);
            }
        }
        return java.util.Map.copyOf(m);
    }

    /**
     * The province or city (lower case) right before token {@code k} on its line, separated by spaces, commas or
     * parentheses, whose postal codes start with {@code first}; or null.
     */
    private static String canadianPlaceBefore(TextScan scan, int k, char first) {
        int p = k - 1;
        if (p < 0) {
            return null;
        }
        for (int i = scan.tokenEnd(p); i < scan.tokenStart(k); i++) {
            char c = scan.chars[i];
            if (c != ' ' && c != ',' && c != '(' && c != ')' && c != '\u00a0') {
                return null;
            }
        }
        if (scan.tokenStart(k) - scan.tokenEnd(p) > 3) {
            return null;
        }
        String w = scan.lowerToken(p);
        String code = w.length() == 2 ? w : PLACE_PROVINCE.get(w);
        String letters = code == null ? null : PROVINCE_LETTERS.get(code);
        return letters != null && letters.indexOf(first) >= 0 ? w : null;
    }

    /** Words between a code and a cue after it: "V6B 1A1 is my postal code". */
    private static final TokenWords AFTER_WORDS = TokenWords.of("is", "was", "my", "our", "the", "his", "her",
            "their", "new", "old");

    /** The first words of the postal cues, as {@link #cueAfter} takes them. */
    private static final TokenWords POSTAL_WORDS = TokenWords.of("postal", "zip", "zipcode", "postcode", "post");

    /**
     * The postal cue written right after a code ending at {@code end} after linking words ("is my postal", "is
     * the postal code"), or null.
     */
    private static String cueAfter(TextScan scan, int end) {
        int to = Math.min(scan.text.length(), end + 32);
        if (end >= to || ZIP_CUES.findIn(scan, end, to) == null) {
            return null;
        }
        int n = scan.tokenCount();
        boolean linked = false;
        for (int k = scan.tokenAtOrAfter(end); k >= 0 && k < n && scan.tokenStart(k) < to; k++) {
            int gapFrom = k == 0 ? end : Math.max(end, scan.tokenEnd(k - 1));
            for (int i = gapFrom; i < scan.tokenStart(k); i++) {
                char c = scan.chars[i];
                if (c != ' ' && c != ',' && c != '\u00a0') {
                    return null;
                }
            }
            if (linked && POSTAL_WORDS.contains(scan, k)) {
                return scan.lowerToken(k);
            }
            if (!AFTER_WORDS.contains(scan, k)) {
                return null;
            }
            linked = true;
        }
        return null;
    }

    /**
     * Canada Post letters: the first is one of the 18 district letters, and D, F, I, O, Q and U never appear.
     */
    private static boolean canadaPostLetters(String t, int s, int third) {
        for (int i : new int[] {s, s + 2, third}) {
            if ("DFIOQU".indexOf(Character.toUpperCase(t.charAt(i))) >= 0) {
                return false;
            }
        }
        return "WZ".indexOf(Character.toUpperCase(t.charAt(s))) < 0;
    }

    private static boolean letter(String t, int i) {
        char c = Character.toUpperCase(t.charAt(i));
        return c >= 'A' && c <= 'Z';
    }

    private static boolean digit(String t, int i) {
        char c = t.charAt(i);
        return c >= '0' && c <= '9';
    }

    /** True if token {@code first} follows a US state code or name, separated by a comma and/or space. */
    private static boolean afterState(TextScan scan, int first) {
        if (first == 0) {
            return false;
        }
        int p = first - 1;
        int gapStart = scan.tokenEnd(p);
        int gapEnd = scan.tokenStart(first);
        if (gapEnd - gapStart < 1 || gapEnd - gapStart > 3) {
            return false;
        }
        for (int i = gapStart; i < gapEnd; i++) {
            char c = scan.text.charAt(i);
            if (c != ' ' && c != ',' && c != '.' && c != '\u00a0') {
                return false;
            }
        }
        String w = scan.text.substring(scan.tokenStart(p), scan.tokenEnd(p));
        if (w.length() == 2) {
            return AddressBlock.zipInState(w, scan.text, scan.tokenStart(first)); // false for a non-state code
        }
        return Character.isUpperCase(w.charAt(0)) && STATE_NAMES.contains(w.toLowerCase(Locale.ROOT));
    }
}
