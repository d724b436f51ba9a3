package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * LOCATION: street addresses, city/postcode combinations and named places.
 * <ul>
 *   <li>US/UK/CA/AU street addresses: house number, up to five street words and a street type ("12 Main St",
 *       "221B Baker Street"), then optionally a unit ("Apt 4", "Suite 300", "#12"), a city, a state or county
 *       and a ZIP or postcode on the same line;</li>
 *   <li>German-style addresses: a street name ending in -straße/-str./-weg/-platz/... (or "Via/Calle/Rua ...")
 *       followed by a house number, then optionally a five-digit postcode and city;</li>
 *   <li>French-style addresses: number, "rue/avenue/boulevard/place/chemin/..." and the street name, then
 *       optionally postcode and city;</li>
 *   <li>"City, ST 12345" and "75002 Paris" (postcode followed by a gazetteer city);</li>
 *   <li>cities, regions and countries from the place gazetteer (capitalised, or after "in/to/from/ship to...");</li>
 *   <li>LOCATION spans of the project's name-finder model, raised when a word is in the place gazetteer;</li>
 *   <li>a place name right before a postcode on one line ("in Arendal 4844", {@link PlacePostcode}); the code
 *       itself is left to ZIP_CODE, and a name-finder span ending in such a code stops before it.</li>
 * </ul>
 * Scanning is token-by-token with bounded look-ahead; no regular expressions.
 */
final class LocationDetector extends ScanningDetector {

    static final Set<String> STREET_TYPES = Set.copyOf(Arrays.asList("street", "st", "road", "rd", "avenue",
            "ave", "av", "lane", "ln", "drive", "dr", "boulevard", "blvd", "court", "ct", "place", "pl", "way",
            "terrace", "ter", "close", "crescent", "cres", "highway", "hwy", "parkway", "pkwy", "square", "sq",
            "circle", "cir", "trail", "trl", "row", "gardens", "grove", "hill", "mews", "walk", "green", "park",
            "plaza", "alley", "loop", "pike", "expressway", "freeway", "route", "rte", "crossing", "xing",
            "point", "pt", "ridge", "run", "path", "pass", "heights", "hts", "manor", "view", "vista", "meadow",
            "meadows", "commons", "center", "centre", "junction", "jct", "estate", "estates", "wharf", "quay",
            "broadway", "esplanade", "parade", "rise", "gate", "yard", "end", "bypass", "villas", "fields", "mall",
            "gateway", "greens", "coves", "cove", "harbor", "harbour", "dam", "turnpike", "flat", "flats", "creek",
            "union", "mill", "mills", "spur", "springs", "summit", "track", "valley", "wells", "isle", "island",
            "junctions", "knoll", "landing", "lodge", "neck", "orchard", "oval", "plains", "port", "prairie",
            "ranch", "shoals", "shore", "shores", "skyway", "stravenue", "throughway", "trace", "trafficway",
            "tunnel", "underpass", "viaduct", "ville", "burg", "camp", "canyon", "cape", "causeway", "cliffs",
            "club", "corner", "corners", "course", "courts", "crest", "curve", "dale", "divide", "extension",
            "falls", "ferry", "forest", "forge", "fork", "fort", "freeway", "glen", "harbors", "haven", "hills",
            "hollow", "inlet", "key", "keys", "lake", "lakes", "light", "lights", "locks", "mission", "motorway",
            "mount", "mountain", "overpass", "pines", "plain", "radial", "ramp", "rapids", "rest", "ridges",
            "river", "road", "roads", "route", "row", "rue", "shoal", "squares", "station", "stream", "streets",
            "terrace", "trail", "unions", "views", "village", "villages", "vista", "walks", "ways", "sq", "str"));

    /**
     * Function words that never stand between a house number and its street type: with them, "6091 in its
     * mission" or "300 for the park" is a number in prose, not a street address ("5 The Green" keeps "the", "100 A Street" and "I Street" keep
     * their letters, and a corner keeps "and": "Dalbraut 99 and Frederikke Coves").
     */
    private static final TokenWords NOT_STREET_WORDS = TokenWords.of("in", "its", "it", "is", "are", "was", "were",
            "be", "to", "for", "from", "with", "into", "my", "your", "our", "their", "his", "her", "an", "by", "as",
            "we", "you", "they", "he", "she", "this", "that", "these", "those", "than", "per", "has", "have", "had", "will", "would", "can", "could", "not");

    private static final String[] DE_SUFFIXES = {"straße", "strasse", "str", "weg", "platz", "allee", "gasse",
        "ring", "damm", "ufer", "chaussee", "pfad", "steig", "markt", "graben", "berg", "hof", "feld", "stieg",
        "kamp", "wall", "brücke", "tor", "vej", "gade", "katu", "tie", "gatan", "vägen", "gata", "veien", "vegen",
        "straat", "gracht", "utca", "ulica", "stræde", "plads", "torget", "polku", "kuja"};

    private static final Set<String> PREFIX_TYPES = Set.copyOf(Arrays.asList("via", "viale", "piazza", "corso", "calle",
            "avenida", "carrer", "rua", "plaza", "paseo", "camino", "strada", "ulica", "ul", "straat", "laan",
            "plein"));

    private static final Set<String> FR_TYPES = Set.copyOf(Arrays.asList("rue", "avenue", "av", "boulevard", "bd", "place",
            "chemin", "allée", "allee", "impasse", "quai", "cours", "route", "passage", "square", "voie",
            "faubourg", "rte", "chaussée", "ch"));

    private static final Set<String> UNITS = Set.copyOf(Arrays.asList("apt", "apartment", "suite", "ste", "unit", "flat", "floor",
            "fl", "room", "rm", "bldg", "building", "block", "po", "box", "stiege", "stock", "top", "etage",
            "bâtiment", "bat", "appartement", "appt", "box"));

    private static final Set<String> US_STATES = Set.copyOf(Arrays.asList("AL", "AK", "AZ", "AR", "CA", "CO",
            "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN",
            "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC",
            "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "ON", "QC", "BC", "AB", "NSW",
            "VIC", "QLD"));

    private static final Set<String> PLACE_CUES = Set.copyOf(Arrays.asList("in", "to", "from", "at", "near", "into", "via",
            "around", "outside", "inside", "towards", "across", "visit", "visiting", "ship", "deliver", "live",
            "lives", "living", "based", "moved", "move", "located", "city", "town", "country", "state", "born"));

    LocationDetector() {
        super("location", Set.of(EntityType.LOCATION));
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        addresses(scan, out);
        places(scan, out);
        cuedPlaces(scan, out);
        namedStreets(scan, out);
        units(scan, out);
        modelSpans(scan, out);
        placesBeforePostcodes(scan, out);
    }

    /** Score of the place words before a postcode ({@link PlacePostcode}). */
    static final double PLACE_BEFORE_POSTCODE_SCORE = 0.7;

    /** The place name right before a postcode on one line ("in Arendal 4844"); the code is ZIP_CODE's. */
    private void placesBeforePostcodes(TextScan scan, List<Finding> out) {
        for (int r = 0, n = scan.runCount(); r < n; r++) {
            PlacePostcode.Match m = PlacePostcode.at(scan, r);
            if (m != null) {
                Explanation.Builder ex = Explanation.builder().pattern("place postcode")
                        .validator("postcode-shape-after").baseScore(PLACE_BEFORE_POSTCODE_SCORE)
                        .reason("place name right before a postcode");
                out.add(finding(EntityType.LOCATION, m.placeStart(), m.placeEnd(), PLACE_BEFORE_POSTCODE_SCORE, ex));
            }
        }
    }

    /**
     * End of a name-finder span {@code [start, end)} without a postcode that {@link PlacePostcode} finds at its end
     * ("Quinta de São Tiago 3610-114" -> "Quinta de São Tiago": the code is ZIP_CODE's), else {@code end}.
     */
    private static int withoutPostcode(TextScan scan, int start, int end) {
        for (int r = 0, n = scan.runCount(); r < n; r++) {
            if (scan.runEnd(r) == end && scan.runStart(r) > start) {
                PlacePostcode.Match m = PlacePostcode.at(scan, r);
                if (m != null && m.codeEnd() == end && m.placeEnd() > start) {
                    return m.placeEnd();
                }
            }
        }
        return end;
    }

    private static final Set<String> UNIT_WORDS = Set.of("apt", "apartment", "suite", "ste");
    private static final Set<String> WEAK_UNIT_WORDS = Set.of("unit", "flat");

    /**
     * "Apt. 434", "Suite 942", "unit 12B" on their own (an address block split over lines or separators): a unit
     * word and a short number. "Apt"/"Suite" count when capitalised or after a number within eight tokens;
     * "Unit"/"Flat" only after such a number ("Unit 3 of the course" is not an address).
     */
    private void units(TextScan scan, List<Finding> out) {
        int n = scan.tokenCount();
        String t = scan.text;
        for (int i = 0; i + 1 < n; i++) {
            int len = scan.tokenLength(i);
            if (len < 3 || len > 9 || scan.tokenHas(i, TextScan.DIGIT)) {
                continue;
            }
            char c0 = Character.toLowerCase(t.charAt(scan.tokenStart(i)));
            if (c0 != 'a' && c0 != 's' && c0 != 'u' && c0 != 'f') {
                continue;
            }
            String w = lower(scan, i);
            boolean strong = UNIT_WORDS.contains(w);
            if (!strong && !WEAK_UNIT_WORDS.contains(w)) {
                continue;
            }
            int gapEnd = scan.tokenStart(i + 1);
            int k = scan.tokenEnd(i);
            if (k < gapEnd && t.charAt(k) == '.') {
                k++;
            }
            while (k < gapEnd && (t.charAt(k) == ' ' || t.charAt(k) == '#')) {
                k++;
            }
            if (k != gapEnd || gapEnd - scan.tokenEnd(i) > 3 || !scan.tokenHas(i + 1, TextScan.DIGIT)
                    || scan.tokenLength(i + 1) > 6) {
                continue;
            }
            boolean numberBefore = false;
            for (int j = i - 1; j >= 0 && j >= i - 8 && !numberBefore; j--) {
                numberBefore = scan.tokenHas(j, TextScan.DIGIT);
            }
            boolean cap = Character.isUpperCase(t.charAt(scan.tokenStart(i)));
            if (!(numberBefore || strong && cap)) {
                continue;
            }
            Explanation.Builder ex = Explanation.builder().pattern("unit number").baseScore(0.7)
                    .reason("apartment or suite number of an address");
            out.add(finding(EntityType.LOCATION, scan.tokenStart(i), scan.tokenEnd(i + 1), 0.7, ex));
            i++;
        }
    }

    // ---------------------------------------------------------------------------------------------- addresses

    private void addresses(TextScan scan, List<Finding> out) {
        int n = scan.tokenCount();
        int lastEnd = -1;
        for (int i = 0; i < n; i++) {
            if (scan.tokenStart(i) < lastEnd) {
                continue;
            }
            int end = -1;
            String pattern = null;
            if (isHouseNumber(scan, i) && !groupOfLongerNumber(scan, i)) {
                end = numberFirst(scan, i);
                pattern = "number street type";
                if (end < 0 && i + 1 < scan.tokenCount() && inlineGap(scan, i, i + 1) && isHouseNumber(scan, i + 1)
                        && !groupOfLongerNumber(scan, i + 1)) {
                    end = numberFirst(scan, i + 1); // "935 69 Gordon Terrace": a prefix number, then the address
                }
                if (end < 0) {
                    end = french(scan, i);
                    pattern = "number rue name";
                }
                if (end < 0) {
                    end = numberNameNumber(scan, i);
                    pattern = "number street-name number";
                }
            }
            int start = scan.tokenStart(i);
            if (end < 0 && scan.tokenHas(i, TextScan.LETTER) && !scan.tokenHas(i, TextScan.DIGIT)) {
                int[] r = streetThenNumber(scan, i);
                if (r != null) {
                    start = r[0];
                    end = r[1];
                    pattern = "street name number";
                    for (int k = i - 1; k >= 0 && k >= i - 1; k--) {
                        if (scan.tokenEnd(k) <= start && isHouseNumber(scan, k) && start - scan.tokenEnd(k) <= 2
                                && scan.tokenStart(k) >= lastEnd) {
                            start = scan.tokenStart(k); // "9383 ul. Chrzanowska 61"
                        }
                    }
                }
                if (end < 0) {
                    int pob = poBox(scan, i);
                    if (pob > 0) {
                        end = pob;
                        pattern = "PO box / military address";
                    }
                }
            }
            if (end < 0) {
                end = cityStateZip(scan, i);
                pattern = "city, state zip";
                if (end < 0) {
                    end = postcodeCity(scan, i);
                    pattern = "postcode city";
                }
                if (end < 0) {
                    continue;
                }
                Explanation.Builder ex = Explanation.builder().pattern(pattern).baseScore(0.8)
                        .reason("postcode with a city or state");
                out.add(finding(EntityType.LOCATION, start, end, 0.8, ex));
                lastEnd = end;
                continue;
            }
            int tailEnd = tail(scan, end);
            Explanation.Builder ex = Explanation.builder().pattern(pattern).baseScore(0.9)
                    .reason(tailEnd > end ? "street address with unit, city or postcode" : "street address");
            out.add(finding(EntityType.LOCATION, start, tailEnd, 0.9, ex));
            lastEnd = tailEnd;
        }
    }

    /**
     * Token i continues a number written in groups ("4111-1111-1111-1111 expiring", "4111 1111 1111 1111 Main
     * Street"): joined by a dash to a digit group before it, or by single spaces to two digit groups before it
     * that are joined by a space too ("732-657-3416 1027 Jolson Court" is a phone number and an address), each of
     * three or more digits. Such a group is not a house number; one prefix number before a house number
     * ("636 1812 Rue De La Gare", "Suite 541 6343 Skogstien 106") still is an address.
     */
    private static boolean groupOfLongerNumber(TextScan scan, int i) {
        if (!joinedGroup(scan, i - 1, i)) {
            return false;
        }
        char c = scan.text.charAt(scan.tokenEnd(i - 1));
        return c == '-' || (joinedGroup(scan, i - 2, i - 1) && scan.text.charAt(scan.tokenEnd(i - 2)) == c);
    }

    /** Digit tokens a and b (b = a + 1) of three or more digits joined by one space or dash. */
    private static boolean joinedGroup(TextScan scan, int a, int b) {
        if (a < 0 || scan.tokenFlags(a) != TextScan.DIGIT || scan.tokenFlags(b) != TextScan.DIGIT
                || scan.tokenLength(a) < 3 || scan.tokenLength(b) < 3) {
            return false;
        }
        int g = scan.tokenEnd(a);
        char c = scan.text.charAt(g);
        return scan.tokenStart(b) == g + 1 && (c == ' ' || c == '-');
    }

    private static boolean isHouseNumber(TextScan scan, int i) {
        int len = scan.tokenLength(i);
        String t = scan.text;
        int s = scan.tokenStart(i);
        if (!Character.isDigit(t.charAt(s)) || len > 6) {
            return false;
        }
        if (s >= 2 && (t.charAt(s - 1) == '.' || t.charAt(s - 1) == ',') && Character.isDigit(t.charAt(s - 2))) {
            return false; // "2.5", "1,200"
        }
        int digits = 0;
        for (int k = s; k < scan.tokenEnd(i); k++) {
            if (Character.isDigit(t.charAt(k))) {
                digits++;
            }
        }
        return digits >= len - 1 && digits <= 5;
    }

    /** "12 Main St", "221B Baker Street", "1600 Pennsylvania Avenue NW": returns the end offset or -1. */
    private static int numberFirst(TextScan scan, int i) {
        int n = scan.tokenCount();
        for (int j = i + 1; j < n && j <= i + 6; j++) {
            if (!inlineGap(scan, j - 1, j)) {
                return -1;
            }
            String w = lower(scan, j);
            if (j > i + 1 && STREET_TYPES.contains(w) && scan.tokenHas(j, TextScan.LETTER)) {
                boolean cap = Character.isUpperCase(scan.text.charAt(scan.tokenStart(j)));
                boolean lowerAll = !scan.tokenHas(j - 1, TextScan.UPPER);
                if (!cap && !lowerAll) {
                    return -1;
                }
                int end = scan.tokenEnd(j);
                if (end < scan.text.length() && scan.text.charAt(end) == '.') {
                    end++;
                }
                // directional suffix: "NW", "SE"
                if (j + 1 < n && inlineGap(scan, j, j + 1) && scan.tokenLength(j + 1) <= 2
                        && isDirection(lower(scan, j + 1))) {
                    end = scan.tokenEnd(j + 1);
                }
                return end;
            }
            if (!(scan.tokenHas(j, TextScan.LETTER))) {
                return -1; // street words are letters or ordinals ("5th")
            }
            if (NOT_STREET_WORDS.contains(scan, j)) {
                return -1; // "1421 in its mission", "2000 of our village": prose after a number, not a street name
            }
        }
        return -1;
    }

    /**
     * "28245 Puruntie 82", "583 Magrethevej 298": a number, one to three capitalised words that are not common
     * English words or known names, and a house number of at most four digits; end offset or -1.
     */
    private static int numberNameNumber(TextScan scan, int i) {
        int n = scan.tokenCount();
        int k = i + 1;
        while (k < n && k <= i + 3 && inlineGap(scan, k - 1, k) && scan.tokenHas(k, TextScan.UPPER)
                && scan.tokenHas(k, TextScan.LOWER) && !scan.tokenHas(k, TextScan.DIGIT)
                && !NameLexicon.commonWord(lower(scan, k)) && !NameLexicon.notAName(lower(scan, k))) {
            k++;
        }
        if (k == i + 1 || k >= n || !inlineGap(scan, k - 1, k) || !isHouseNumber(scan, k) || scan.tokenLength(k) > 4) {
            return -1;
        }
        return scan.tokenEnd(k);
    }

    /** "12 rue de la Paix", "3, avenue Victor Hugo": returns the end offset or -1. */
    private static int french(TextScan scan, int i) {
        int n = scan.tokenCount();
        int j = i + 1;
        if (j < n && (lower(scan, j).equals("bis") || lower(scan, j).equals("ter"))) {
            j++;
        }
        if (j >= n || !FR_TYPES.contains(lower(scan, j)) || !gapAtMost(scan, j - 1, j, 2)) {
            return -1;
        }
        int end = -1;
        for (int k = j + 1; k < n && k <= j + 6; k++) {
            if (!inlineGap(scan, k - 1, k) || !scan.tokenHas(k, TextScan.LETTER) || scan.tokenHas(k, TextScan.DIGIT)) {
                break;
            }
            end = scan.tokenEnd(k);
        }
        return end;
    }

    /**
     * "P.O. Box 255", "PO Box 12", and US military addresses "PSC 3294, Box 9168 APO AA 61487",
     * "Unit 0822 Box 8858 DPO AA 13319", "CMR 450 Box 12": end offset or -1 (the tail adds the rest).
     */
    private static int poBox(TextScan scan, int i) {
        int n = scan.tokenCount();
        String w = lower(scan, i);
        int k = i;
        if (w.equals("p") && i + 2 < n && lower(scan, i + 1).equals("o") && lower(scan, i + 2).equals("box")) {
            k = i + 2;
        } else if (w.equals("po") && i + 1 < n && lower(scan, i + 1).equals("box")) {
            k = i + 1;
        } else if ((w.equals("psc") || w.equals("unit") || w.equals("cmr")) && i + 3 < n
                && scan.tokenFlags(i + 1) == TextScan.DIGIT && lower(scan, i + 2).equals("box")
                && scan.tokenStart(i + 2) - scan.tokenEnd(i + 1) <= 2) {
            k = i + 2;
        } else {
            return -1;
        }
        if (k + 1 >= n || scan.tokenFlags(k + 1) != TextScan.DIGIT || scan.tokenStart(k + 1) - scan.tokenEnd(k) > 2) {
            return -1;
        }
        int end = scan.tokenEnd(k + 1);
        int m = k + 2;
        if (m + 1 < n && scan.tokenStart(m) - end <= 2) {
            String mil = lower(scan, m);
            if ((mil.equals("apo") || mil.equals("fpo") || mil.equals("dpo")) && scan.tokenLength(m + 1) == 2) {
                end = scan.tokenEnd(m + 1);
            }
        }
        return end;
    }

    /** "Hauptstraße 5", "Karl-Marx-Str. 12a", "Via Roma 10": {start, end} or null. */
    private static int[] streetThenNumber(TextScan scan, int i) {
        int n = scan.tokenCount();
        String w = lower(scan, i);
        int numberTok = -1;
        int start = scan.tokenStart(i);
        if (PREFIX_TYPES.contains(w)) {
            for (int k = i + 1; k < n && k <= i + 5; k++) {
                if (!inlineGap(scan, k - 1, k)) {
                    return null;
                }
                if (isHouseNumber(scan, k)) {
                    numberTok = k > i + 1 ? k : -1;
                    break;
                }
                if (!scan.tokenHas(k, TextScan.LETTER)) {
                    return null;
                }
            }
        } else if (deStreet(w) && scan.tokenLength(i) >= 3) {
            if (i + 1 < n && inlineGap(scan, i, i + 1) && isHouseNumber(scan, i + 1)
                    && scan.tokenLength(i + 1) <= 4) {
                numberTok = i + 1;
                // extend backwards over hyphenated or spaced capitalised parts: "Karl-Marx-Straße"
                int k = i;
                while (k > 0 && scan.tokenStart(k) - scan.tokenEnd(k - 1) == 1
                        && scan.text.charAt(scan.tokenEnd(k - 1)) == '-'
                        && scan.tokenHas(k - 1, TextScan.UPPER)) {
                    k--;
                }
                start = scan.tokenStart(k);
                if (k == i && !Character.isUpperCase(scan.text.charAt(start))
                        && (w.length() <= 5 || NameLexicon.commonWord(w))) {
                    return null; // bare "weg 5", "ring 3" in lower case; "expiring 09" is no "-ring" street
                }
            }
        }
        if (numberTok < 0 || numberTok + 1 < scan.tokenCount() && QUANTITY_WORDS.contains(scan, numberTok + 1)
                && inlineGap(scan, numberTok, numberTok + 1)) {
            return null; // "via SWIFT 9 days ago": a count, not a house number
        }
        if (w.equals("via") && !scan.tokenHas(i, TextScan.UPPER) && NameLexicon.listedWord(scan.lowerToken(i + 1))) {
            return null; // the English preposition: "via cheque 6", "via bank transfer 2"
        }
        return new int[] {start, scan.tokenEnd(numberTok)};
    }

    /** Words after which a number is a count or amount, not a house number ("9 days", "12 euros"). */
    private static final TokenWords QUANTITY_WORDS = TokenWords.of("day", "days", "week", "weeks", "month", "months",
            "year", "years", "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "second", "seconds",
            "night", "nights", "time", "times", "euro", "euros", "dollar", "dollars", "pound", "pounds", "quid",
            "bucks", "cents", "people", "persons", "adults", "adult", "kids", "children", "guests", "items", "pieces",
            "pcs", "percent", "points", "miles", "km", "kg", "ago");

    private static boolean deStreet(String w) {
        for (String s : DE_SUFFIXES) {
            if (w.endsWith(s) && (w.length() > s.length() + 2 || s.equals("straße") || s.equals("strasse"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Unit, city, state or region code, postcode and country after a street, in any order, separated by commas,
     * spaces, tabs, "&gt;" or one line break (address blocks are often laid out one component per line).
     * At most eight components, of which one bare 4–6 digit number (the postcode: a second one, as in a phone
     * number on the next line, is not the address's); stops at the first word that is not one.
     */
    private static int tail(TextScan scan, int end) {
        int n = scan.tokenCount();
        int k = scan.tokenAtOrAfter(end);
        int result = end;
        boolean postcodeTaken = false;
        for (int round = 0; round < 8 && k >= 0 && k < n; round++) {
            if (!componentGap(scan, result, k)) {
                break;
            }
            String w = lower(scan, k);
            boolean hash = scan.text.charAt(scan.tokenStart(k) - 1) == '#';
            if (hash && scan.tokenHas(k, TextScan.DIGIT)) {
                result = scan.tokenEnd(k);
                k++;
                continue;
            }
            if (UNITS.contains(w) && k + 1 < n && gapOk(scan, scan.tokenEnd(k), k + 1, 3)
                    && scan.tokenLength(k + 1) <= 6
                    && (scan.tokenHas(k + 1, TextScan.DIGIT) || scan.tokenLength(k + 1) == 1)) {
                result = scan.tokenEnd(k + 1);
                k += 2;
                continue;
            }
            if (scan.tokenHas(k, TextScan.DIGIT)) {
                int digits = scan.tokenLength(k);
                if (!scan.tokenHas(k, TextScan.LETTER) && digits >= 4 && digits <= 6 && !postcodeTaken) {
                    postcodeTaken = true; // a second bare number ("89825\n9885 1152 office") is not the address's
                    result = scan.tokenEnd(k);
                    k++;
                    if (k < n && scan.text.charAt(scan.tokenStart(k) - 1) == '-' && scan.tokenLength(k) == 4
                            && scan.tokenStart(k) - result == 1) {
                        result = scan.tokenEnd(k);
                        k++;
                    }
                    continue;
                }
                int pc = ukPostcodeEnd(scan, k);
                if (pc > 0) {
                    result = pc;
                    k = scan.tokenAtOrAfter(pc);
                    continue;
                }
                break;
            }
            String tok = scan.text.substring(scan.tokenStart(k), scan.tokenEnd(k));
            if (US_STATES.contains(tok) || (tok.length() == 2 && tok.equals(tok.toUpperCase(Locale.ROOT))
                    && Character.isLetter(tok.charAt(0)) && Character.isLetter(tok.charAt(1)))) {
                result = scan.tokenEnd(k);
                k++;
                continue;
            }
            // capitalised or upper-case place words (up to 4): "Springfield", "BASHALL TOWN", "København V"
            int c = k;
            while (c < n && c < k + 4 && scan.tokenHas(c, TextScan.UPPER) && scan.tokenHas(c, TextScan.LETTER)
                    && !scan.tokenHas(c, TextScan.DIGIT) && (c == k || inlineGap(scan, c - 1, c))
                    && !NameLexicon.notAName(lower(scan, c)) && !UNITS.contains(lower(scan, c))) {
                c++;
            }
            // lower-case particles inside a place name: "Chiclana de la Frontera"
            if (c == k) {
                int lc = lowerCaseTail(scan, k, w);
                if (lc == k) {
                    break;
                }
                result = scan.tokenEnd(lc - 1);
                k = lc;
                continue;
            }
            if (c - k == 1 && NameLexicon.commonWord(lower(scan, k)) && !NlpModels.places().contains(w)) {
                break; // "... 62704. Thanks": an ordinary word ends the address
            }
            result = scan.tokenEnd(c - 1);
            k = c;
        }
        return result;
    }

    /**
     * Chat is often typed in lower case. After a street, up to three lower-case words, a US state code and a
     * five-digit ZIP are the address's city, state and ZIP ("123 main st springfield il 62704", "mountain view ca
     * 94043"), and so is a lower-case place of the gazetteer that is not a common English word ("42 baker street
     * london"). The token after the city and state (the ZIP is the next component), or {@code k}.
     */
    private static int lowerCaseTail(TextScan scan, int k, String w) {
        int n = scan.tokenCount();
        final int lowerWord = TextScan.LETTER | TextScan.LOWER;
        for (int c = k; c < n && c <= k + 3 && scan.tokenFlags(c) == lowerWord && (c == k || inlineGap(scan, c - 1, c));
                c++) {
            if (scan.tokenLength(c) == 2 && c + 1 < n && scan.tokenFlags(c + 1) == TextScan.DIGIT
                    && scan.tokenLength(c + 1) == 5 && inlineGap(scan, c, c + 1)
                    && US_STATES.contains(lower(scan, c).toUpperCase(Locale.ROOT))) {
                return c + 1;
            }
        }
        if (scan.tokenFlags(k) == lowerWord && w.length() > 2 && NlpModels.places().contains(w)
                && !NameLexicon.commonWord(w)) {
            return k + 1;
        }
        return k;
    }

    /** Between two address components: spaces, tabs, ',', '>', '.', '#', at most one line break; 1–12 chars. */
    private static boolean componentGap(TextScan scan, int from, int k) {
        int to = scan.tokenStart(k);
        if (to - from > 12 || to <= from) {
            return false;
        }
        int breaks = 0;
        for (int p = from; p < to; p++) {
            char c = scan.text.charAt(p);
            if (c == '\n') {
                if (++breaks > 1) {
                    return false;
                }
            } else if (c != ' ' && c != ',' && c != '#' && c != '.' && c != '>' && c != '\t' && c != '\r'
                    && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /** "Springfield, IL 62704": end offset or -1. */
    private static int cityStateZip(TextScan scan, int i) {
        int n = scan.tokenCount();
        if (!scan.tokenHas(i, TextScan.UPPER) || scan.tokenHas(i, TextScan.DIGIT)) {
            return -1;
        }
        int k = i;
        while (k < n && k < i + 3 && scan.tokenHas(k, TextScan.UPPER) && !scan.tokenHas(k, TextScan.DIGIT)
                && (k == i || inlineGap(scan, k - 1, k))) {
            String w = scan.text.substring(scan.tokenStart(k), scan.tokenEnd(k));
            if (US_STATES.contains(w) && k > i) {
                break;
            }
            k++;
        }
        if (k >= n || k + 1 >= n || k == i) {
            return -1;
        }
        String state = scan.text.substring(scan.tokenStart(k), scan.tokenEnd(k));
        if (!US_STATES.contains(state) || !gapAtMost(scan, k - 1, k, 2)
                || scan.text.charAt(scan.tokenEnd(k - 1)) != ',') {
            return -1;
        }
        int z = k + 1;
        if (!gapAtMost(scan, k, z, 2) || scan.tokenFlags(z) != TextScan.DIGIT || scan.tokenLength(z) != 5) {
            return -1;
        }
        return scan.tokenEnd(z);
    }

    /** "75002 Paris", "10115 Berlin": a 4–5 digit postcode followed by a gazetteer place; end or -1. */
    private static int postcodeCity(TextScan scan, int i) {
        int n = scan.tokenCount();
        if (scan.tokenFlags(i) != TextScan.DIGIT || (scan.tokenLength(i) != 5 && scan.tokenLength(i) != 4)
                || i + 1 >= n || !inlineGap(scan, i, i + 1)) {
            return -1;
        }
        int e = placeAt(scan, i + 1, true);
        return e;
    }

    // ------------------------------------------------------------------------------------------------- places

    private void places(TextScan scan, List<Finding> out) {
        int n = scan.tokenCount();
        for (int i = 0; i < n; i++) {
            if (!scan.tokenHas(i, TextScan.LETTER) || scan.tokenHas(i, TextScan.DIGIT)) {
                continue;
            }
            int st = scan.tokenStart(i);
            if (st >= 2 && scan.text.charAt(st - 1) == '-' && Character.isLetter(scan.text.charAt(st - 2))) {
                continue; // "Weber-Santana": the second half of a hyphenated word is not a place on its own
            }
            boolean cap = Character.isUpperCase(scan.text.charAt(scan.tokenStart(i)));
            int end = placeAt(scan, i, cap);
            if (end < 0) {
                continue;
            }
            boolean cue = i > 0 && PLACE_CUES.contains(lower(scan, i - 1));
            int len = end - scan.tokenStart(i);
            double score;
            if (cap) {
                boolean sentenceStart = i == 0 || sentenceBreakBefore(scan, i);
                if (sentenceStart && !cue && len < 6) {
                    continue;
                }
                score = cue ? 0.8 : 0.65;
            } else {
                if (!cue || len < 4) {
                    continue;
                }
                score = 0.6;
            }
            Explanation.Builder ex = Explanation.builder().pattern("place gazetteer").validator("place-gazetteer")
                    .baseScore(score).reason(cue ? "gazetteer place after a place cue" : "capitalised gazetteer place");
            if (cue) {
                ex.cue(Explanation.ContextCue.of(lower(scan, i - 1), 0.15, "before"));
            }
            out.add(finding(EntityType.LOCATION, scan.tokenStart(i), end, score, ex));
            while (i + 1 < n && scan.tokenStart(i + 1) < end) {
                i++;
            }
        }
    }

    private static final String[][] STRONG_PLACE_CUES = {
        {"grew", "up", "in"}, {"moved", "here", "from"}, {"moved", "to"}, {"moved", "from"}, {"live", "in"},
        {"lives", "in"}, {"living", "in"}, {"based", "in"}, {"born", "in"}, {"i", "am", "in"}, {"i", "m", "in"},
        {"located", "in"}, {"returned", "to"}, {"arrived", "at"}, {"arrived", "in"}, {"travel", "to"},
        {"travelling", "to"}, {"traveling", "to"}, {"flew", "to"}, {"year", "in"}, {"office", "in"},
        {"deliver", "to"}, {"ship", "to"}, {"order", "from"}, {"shipping", "to"}, {"delivery", "to"},
        {"deliveries", "to"}, {"visit"}, {"visiting"}, {"stay", "in"}, {"staying", "in"}, {"town", "of"},
        {"city", "of"}};

    /**
     * "Leokadia Trail", "Martinez Mall St.", "the corner of X and Y": one to three capitalised words and a
     * capitalised street type, without a house number.
     */
    private void namedStreets(TextScan scan, List<Finding> out) {
        int n = scan.tokenCount();
        for (int i = 0; i < n; i++) {
            if (!capitalisedWord(scan, i) || NameLexicon.notAName(lower(scan, i)) || STREET_TYPES.contains(lower(scan, i))) {
                continue;
            }
            int k = i + 1;
            while (k < n && k <= i + 3 && k > i && inlineGapSpace(scan, k - 1, k) && capitalisedWord(scan, k)
                    && !STREET_TYPES.contains(lower(scan, k))) {
                k++;
            }
            if (k >= n || !inlineGapSpace(scan, k - 1, k) || !capitalisedWord(scan, k)
                    || !STREET_TYPES.contains(lower(scan, k)) || lower(scan, k).length() < 3) {
                continue;
            }
            int end = scan.tokenEnd(k);
            if (k + 1 < n && inlineGapSpace(scan, k, k + 1) && (lower(scan, k + 1).equals("st")
                    || isDirection(lower(scan, k + 1)))) {
                end = scan.tokenEnd(k + 1);
            }
            if (end < scan.text.length() && scan.text.charAt(end) == '.' && scan.tokenLength(k) <= 4) {
                end++;
            }
            boolean corner = i >= 2 && lower(scan, i - 1).equals("of") && lower(scan, i - 2).equals("corner")
                    || i >= 1 && lower(scan, i - 1).equals("and");
            double score = corner ? 0.85 : 0.72;
            Explanation.Builder ex = Explanation.builder().pattern("Name StreetType").baseScore(score)
                    .reason("capitalised street name with a street type");
            out.add(finding(EntityType.LOCATION, scan.tokenStart(i), end, score, ex));
            i = k;
        }
    }

    private static boolean capitalisedWord(TextScan scan, int i) {
        return scan.tokenHas(i, TextScan.LETTER) && !scan.tokenHas(i, TextScan.DIGIT)
                && Character.isUpperCase(scan.text.charAt(scan.tokenStart(i))) && scan.tokenHas(i, TextScan.LOWER);
    }

    private static boolean inlineGapSpace(TextScan scan, int a, int b) {
        return scan.tokenStart(b) - scan.tokenEnd(a) == 1 && scan.text.charAt(scan.tokenEnd(a)) == ' ';
    }

    /** "grew up in Remniku", "based in KURZENKIRCHEN": an unknown capitalised word after a strong place cue. */
    private void cuedPlaces(TextScan scan, List<Finding> out) {
        int n = scan.tokenCount();
        for (int i = 0; i < n; i++) {
            for (String[] cue : STRONG_PLACE_CUES) {
                if (i + cue.length >= n) {
                    continue;
                }
                boolean ok = true;
                for (int k = 0; k < cue.length && ok; k++) {
                    ok = lower(scan, i + k).equals(cue[k]) && (k == 0 || inlineGap(scan, i + k - 1, i + k)
                            || scan.text.charAt(scan.tokenEnd(i + k - 1)) == '\'');
                }
                int p = i + cue.length;
                if (!ok || !inlineGap(scan, p - 1, p) && !gapAtMost(scan, p - 1, p, 1)) {
                    continue;
                }
                int c = p;
                while (c < n && c < p + 3 && scan.tokenHas(c, TextScan.UPPER) && scan.tokenHas(c, TextScan.LETTER)
                        && !scan.tokenHas(c, TextScan.DIGIT) && (c == p || inlineGap(scan, c - 1, c))
                        && !NameLexicon.commonWord(lower(scan, c)) && !NameLexicon.notAName(lower(scan, c))) {
                    c++;
                }
                if (c == p || NameLexicon.inGazetteer(scan.text.substring(scan.tokenStart(p), scan.tokenEnd(p)))
                        && !NlpModels.places().contains(lower(scan, p))) {
                    continue;
                }
                Explanation.Builder ex = Explanation.builder().pattern("place cue + Name").baseScore(0.7)
                        .cue(Explanation.ContextCue.of(String.join(" ", cue), 0.2, "before"))
                        .reason("capitalised word after a place cue");
                out.add(finding(EntityType.LOCATION, scan.tokenStart(p), scan.tokenEnd(c - 1), 0.7, ex));
                break;
            }
        }
    }

    /** Longest gazetteer place of 1–3 words starting at token i (words joined by one space); end or -1. */
    private static int placeAt(TextScan scan, int i, boolean requireCap) {
        int n = scan.tokenCount();
        int best = -1;
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < n && k < i + 3; k++) {
            if (k > i) {
                if (scan.tokenStart(k) - scan.tokenEnd(k - 1) != 1) {
                    break;
                }
                char g = scan.text.charAt(scan.tokenEnd(k - 1));
                if (g != ' ' && g != '-') {
                    break;
                }
                sb.append(g);
            }
            if (!scan.tokenHas(k, TextScan.LETTER) || scan.tokenHas(k, TextScan.DIGIT)) {
                break;
            }
            sb.append(scan.text, scan.tokenStart(k), scan.tokenEnd(k));
            String key = sb.toString().toLowerCase(Locale.ROOT);
            if (NlpModels.places().contains(key) && (!requireCap || scan.tokenHas(i, TextScan.UPPER))
                    && !NameLexicon.notAName(key) && key.length() >= 3) {
                best = scan.tokenEnd(k);
            }
        }
        return best;
    }

    // -------------------------------------------------------------------------------------------------- model

    private void modelSpans(TextScan scan, List<Finding> out) {
        NlpText nlp = NlpText.of(scan.text);
        for (NameFinderRunner.Hit h : NameFinderRunner.shipped().find(nlp)) {
            if (!h.type.equals("location")) {
                continue;
            }
            String[] w = nlp.tokens.get(h.sentence);
            boolean gaz = false;
            boolean anyReal = false;
            boolean anyUpperOrDigit = false;
            for (int k = h.firstToken; k <= h.lastToken; k++) {
                String l = w[k].toLowerCase(Locale.ROOT);
                gaz |= NlpModels.places().contains(l);
                anyReal |= !NameLexicon.notAName(l) && l.chars().anyMatch(Character::isLetterOrDigit);
                anyUpperOrDigit |= w[k].chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
            }
            boolean anyLetter = false;
            for (int k = h.firstToken; k <= h.lastToken; k++) {
                anyLetter |= w[k].chars().anyMatch(Character::isLetter);
            }
            boolean allCommon = true;
            for (int k = h.firstToken; k <= h.lastToken; k++) {
                allCommon &= !w[k].chars().anyMatch(Character::isLetter) || NameLexicon.commonWord(w[k]);
            }
            if (!anyReal || !anyLetter || (!gaz && !anyUpperOrDigit && h.lastToken == h.firstToken)
                    || (allCommon && !gaz)) {
                continue;
            }
            if (!gaz && h.prob < 0.6) {
                continue;
            }
            if (numberWithoutPlaceWord(w, h.firstToken, h.lastToken)) {
                continue; // "from the 19th to the 6th", "23rd - 13 nights", "09:00PM tonight": dates, not places
            }
            if (!balancedParentheses(scan.text, h.start, h.end)) {
                continue; // "1975 (though Smith": a span running into a parenthesis is not a place name
            }
            double score = 0.35 + 0.5 * h.prob + (gaz ? 0.1 : 0);
            Explanation.Builder ex = Explanation.builder().pattern("opennlp-name-finder").baseScore(score)
                    .reason(gaz ? "name-finder model span, a word is in the place gazetteer" : "name-finder model span");
            out.add(finding(EntityType.LOCATION, h.start, withoutPostcode(scan, h.start, h.end), score, ex));
        }
    }

    /**
     * True if tokens {@code a..b} hold a number, ordinal or time ("14th", "23rd", "09:00PM") and no word a place
     * name needs: a gazetteer place, a street type ("5th Avenue" and "12 Main Street" keep theirs) or a word of three
     * or more letters that is not a common English word (a lone letter or two, as in "AA 12 34 56 B", is not one)
     * nor the label of a phone number or SSN ("Rufnummer: 089 / 12 34 56", "Telefon 030 1234567", "SSN 536 22
     * 1234": a label and its number, not a place).
     */
    private static boolean numberWithoutPlaceWord(String[] w, int a, int b) {
        boolean number = false;
        boolean upper = false;
        for (int k = a; k <= b; k++) {
            number |= w[k].chars().anyMatch(c -> c >= '0' && c <= '9');
            upper |= w[k].chars().anyMatch(Character::isUpperCase);
        }
        if (!number) {
            return false;
        }
        for (int k = a; k <= b; k++) {
            String l = w[k].toLowerCase(Locale.ROOT);
            if (l.equals("am") || l.equals("pm") || MEASURE_WORDS.contains(l)) {
                continue; // "09:00 PM", "300 Mbps", "size 10 qty 2"
            }
            if (!l.isEmpty() && l.chars().allMatch(Character::isLetter) && (NlpModels.places().contains(l)
                    || STREET_TYPES.contains(l) || (l.length() >= 3 && !NameLexicon.commonWord(l)
                    // in text with capitals a place name is capitalised: "departs" in "AA100 departs 10:45" is not
                    && (!upper || Character.isUpperCase(w[k].charAt(0))) && !numberLabel(l)))) {
                return false; // a letter or two ("34 56 B", "hh 01 02 03 d") is no place name unless listed
            }
        }
        return true;
    }

    /** Units and quantity words next to numbers: never the word that makes a span with a number a place. */
    private static final Set<String> MEASURE_WORDS = Set.of("qty", "pcs", "pc", "sku", "mbps", "gbps", "kbps", "mb", "gb",
            "tb", "kb", "ghz", "mhz", "khz", "mah", "rpm", "mph", "kmh", "kph", "kg", "lbs", "lb", "oz", "ml", "ltr",
            "mm", "cm", "km", "ft", "sqft", "in", "hrs", "hr", "mins", "min", "secs", "sec", "kw", "kwh", "watts",
            "volts", "amps", "dpi", "fps", "hz", "px");

    /** True if the lower-case word {@code l} is a phone or SSN label ("telefon", "rufnummer", "ssn"). */
    private static boolean numberLabel(String l) {
        return !NlpModels.places().contains(l) && (PhoneDetector.STRONG_CUES.findIn(l, 0, l.length()) != null
                || UsSsnDetector.SSN_CUES.findIn(l, 0, l.length()) != null);
    }

    /** True if every '(' in [start, end) is closed there and no ')' closes one opened before. */
    private static boolean balancedParentheses(String t, int start, int end) {
        int depth = 0;
        for (int i = start; i < end; i++) {
            char c = t.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static String lower(TextScan scan, int i) {
        return scan.text.substring(scan.tokenStart(i), scan.tokenEnd(i)).toLowerCase(Locale.ROOT);
    }

    /** End of a UK postcode starting at token k ("SW1A 1AA", "M1 1AE", "EC1A1BB"), or -1. */
    private static int ukPostcodeEnd(TextScan scan, int k) {
        String t = scan.text;
        int s = scan.tokenStart(k);
        int e = scan.tokenEnd(k);
        int len = e - s;
        if (len >= 5 && len <= 7 && UkPostcodeDetector.outward(t, s, e - 3) && UkPostcodeDetector.inward(t, e - 3)) {
            return e;
        }
        if (len >= 2 && len <= 4 && k + 1 < scan.tokenCount() && scan.tokenLength(k + 1) == 3
                && scan.tokenStart(k + 1) == e + 1 && UkPostcodeDetector.outward(t, s, e)
                && UkPostcodeDetector.inward(t, e + 1)) {
            return scan.tokenEnd(k + 1);
        }
        return -1;
    }

    private static boolean isDirection(String w) {
        return w.equals("n") || w.equals("s") || w.equals("e") || w.equals("w") || w.equals("nw")
                || w.equals("ne") || w.equals("sw") || w.equals("se");
    }

    /** Tokens a and b are separated by spaces or one of " .-'" only (no comma, no line break). */
    private static boolean inlineGap(TextScan scan, int a, int b) {
        int from = scan.tokenEnd(a);
        int to = scan.tokenStart(b);
        if (to - from > 3 || to == from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = scan.text.charAt(k);
            if (c != ' ' && c != '.' && c != '-' && c != '\'' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    private static boolean gapAtMost(TextScan scan, int a, int b, int max) {
        int from = scan.tokenEnd(a);
        int to = scan.tokenStart(b);
        if (to - from > max || to == from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = scan.text.charAt(k);
            if (c != ' ' && c != ',' && c != '.' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /** The gap from offset {@code from} to token k: at most {@code max} chars of spaces, commas, '#', '.'. */
    private static boolean gapOk(TextScan scan, int from, int k, int max) {
        int to = scan.tokenStart(k);
        if (to - from > max || to < from || to == from) {
            return false;
        }
        for (int p = from; p < to; p++) {
            char c = scan.text.charAt(p);
            if (c != ' ' && c != ',' && c != '#' && c != '.' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    private static boolean sentenceBreakBefore(TextScan scan, int i) {
        for (int p = scan.tokenStart(i) - 1; p >= 0; p--) {
            char c = scan.text.charAt(p);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '>') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}
