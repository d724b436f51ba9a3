package dev.privacyai.impl.redaction;

/**
 * A postcode written right after a place name on one line, the way people give a town without a street: "in Arendal
 * 4844", "from Quinta de São Tiago 3610-114", "in København K 1421, where ...". Shared by {@link ZipCodeDetector}
 * (which reports the code) and {@link LocationDetector} (which reports the place and stops a name-finder span before
 * the code), so the two always agree and no digit is left between them.
 *
 * <p>All of these must hold, or there is no match:
 * <ul>
 *   <li>the numeric run is a {@link ZipCodeDetector#candidate} of 4–6 digits (a four-digit 1900–2099 is a year,
 *       not taken), {@code NNN NN}, {@code NN-NNN}, {@code NNNN-NNN}, {@code NNNNN-NNN} or
 *       {@code NNNNN-NNNN};</li>
 *   <li>it ends a phrase: the end of the text, punctuation or a line break, or a function word ("in", "and",
 *       "where" ...) follows; "in Lisbon 1200 employees" is a count, not a postcode;</li>
 *   <li>one to four place words come right before it on the same line, after a locative preposition ("in", "at",
 *       "from", "to", "near"); the first place word has three or more letters and is not an English word, a word
 *       that is never a name, a brand or a short acronym ("in Room 1234", "in Windows 2000", "in USD 5000" do
 *       not match); the others are such words, particles ("de", "van", "la" ...) or single capital letters.</li>
 * </ul>
 * Package-private; stateless.
 */
final class PlacePostcode {

    /** Tokens that introduce a place. */
    private static final TokenWords PREPOSITIONS = TokenWords.of("in", "at", "from", "to", "near");

    /** Lower-case particles inside place names. */
    private static final TokenWords PARTICLES = TokenWords.of("de", "da", "do", "dos", "das", "del", "della", "di",
            "du", "des", "la", "le", "les", "el", "al", "van", "von", "der", "den", "sur", "am", "an", "im", "y", "e",
            "och", "og", "i");

    /** Words after which a postcode's phrase has ended. */
    private static final TokenWords FOLLOWERS = TokenWords.of("in", "on", "at", "to", "for", "and", "or", "but",
            "with", "where", "which", "who", "that", "is", "was", "are", "were", "since", "from", "as", "by", "near",
            "until", "before", "after", "so", "then", "because", "if", "when", "while", "please", "thanks");

    /** At most this many place words between the preposition and the code. */
    private static final int MAX_PLACE_WORDS = 4;

    private PlacePostcode() {
    }

    /** A match: the place words {@code [placeStart, placeEnd)} and the code {@code [codeStart, codeEnd)}. */
    record Match(int placeStart, int placeEnd, int codeStart, int codeEnd) {
    }

    /** The match for numeric run {@code r} of {@code scan}, or null. */
    static Match at(TextScan scan, int r) {
        ZipCodeDetector.Candidate c = ZipCodeDetector.candidate(scan, r);
        return c == null ? null : of(scan, r, c);
    }

    /** The match for numeric run {@code r}, whose {@link ZipCodeDetector#candidate} is {@code c}, or null. */
    static Match of(TextScan scan, int r, ZipCodeDetector.Candidate c) {
        int first = scan.runFirstToken(r);
        int s = c.start();
        int end = c.end();
        if (first == 0 || !placeShape(scan, c)) {
            return null;
        }
        int last = end == scan.tokenEnd(first) ? first : first + 1; // the code's last token
        if (!endsPhrase(scan, last, end)) {
            return null;
        }
        // place words, walking back from the token before the code
        char[] chars = scan.chars;
        int k = first - 1;
        int words = 0;
        int placeStart = -1;
        int gapTo = s;
        while (k >= 0) {
            int e = scan.tokenEnd(k);
            if (!placeGap(chars, e, gapTo)) {
                return null;
            }
            if ((scan.tokenFlags(k) & TextScan.DIGIT) != 0 || (scan.tokenFlags(k) & TextScan.LETTER) == 0) {
                return null;
            }
            if (words > 0 && PREPOSITIONS.contains(scan, k)) {
                break;
            }
            if (++words > MAX_PLACE_WORDS) {
                return null;
            }
            placeStart = scan.tokenStart(k);
            gapTo = placeStart;
            k--;
        }
        if (k < 0 || words == 0) {
            return null;
        }
        // k is the preposition; check the words from the first place word on
        int firstWord = k + 1;
        if (!nameWord(scan, firstWord)) {
            return null;
        }
        for (int w = firstWord + 1; w < first; w++) {
            if (!nameWord(scan, w) && !PARTICLES.contains(scan, w) && !capitalLetter(scan, w)) {
                return null;
            }
        }
        if (PARTICLES.contains(scan, first - 1) && !capitalLetter(scan, first - 1)) {
            return null; // "in Quinta de 1234"
        }
        if (onlyPersonNames(scan, firstWord, first - 1)) {
            return null; // "sent to Anna 2500.", "to Maria de Souza 1500": a payee and an amount
        }
        return new Match(placeStart, scan.tokenEnd(first - 1), s, end);
    }

    /**
     * The candidate's shapes that count without a cue: all but three digits and the Dutch "1234 AB" (which needs
     * its cue), and a four-digit number that reads as a year (19xx, 20xx) is not taken.
     */
    private static boolean placeShape(TextScan scan, ZipCodeDetector.Candidate c) {
        int len = c.end() - c.start();
        if (c.shape().equals("nnnn-aa") || len < 4) {
            return false;
        }
        if (len == 4) {
            char a = scan.chars[c.start()];
            char b = scan.chars[c.start() + 1];
            return !((a == '1' && b == '9') || (a == '2' && b == '0'));
        }
        return true;
    }

    /** True if the code ending at {@code end} (last token {@code last}) ends its phrase. */
    private static boolean endsPhrase(TextScan scan, int last, int end) {
        char[] c = scan.chars;
        if (end == c.length) {
            return true;
        }
        char ch = c[end];
        if (ch == '.' || ch == ',' || ch == ';' || ch == ':' || ch == '!' || ch == '?' || ch == ')' || ch == '\n'
                || ch == '\r') {
            return end + 1 == c.length || !Character.isLetterOrDigit(c[end + 1]); // not "1234.56" or "1234,5"
        }
        if (ch != ' ') {
            return false;
        }
        int next = last + 1;
        if (next == scan.tokenCount()) {
            return true; // only spaces or symbols follow
        }
        return scan.tokenStart(next) == end + 1 && FOLLOWERS.contains(scan, next)
                && (scan.tokenFlags(next) & TextScan.UPPER) == 0;
    }

    /** The gap {@code [from, to)} between two words of a place name: one space or one hyphen. */
    private static boolean placeGap(char[] c, int from, int to) {
        return to - from == 1 && (c[from] == ' ' || c[from] == '-');
    }

    /** A word that can be (the start of) a place name: 3+ letters, not English, not a brand, not "USD". */
    private static boolean nameWord(TextScan scan, int k) {
        int len = scan.tokenLength(k);
        int flags = scan.tokenFlags(k);
        if (len < 3 || (flags & TextScan.DIGIT) != 0) {
            return false;
        }
        if (len <= 3 && (flags & TextScan.LOWER) == 0) {
            return false; // an acronym or currency code
        }
        String w = scan.lowerToken(k);
        return !NameLexicon.listedWord(w) && !NameLexicon.notAName(w) && !NameLexicon.isBrand(w)
                && !NameLexicon.isDemonym(w);
    }

    /**
     * True if every word of tokens {@code a..b} other than particles and single letters is a known given name or
     * surname and not a gazetteer place.
     */
    private static boolean onlyPersonNames(TextScan scan, int a, int b) {
        for (int k = a; k <= b; k++) {
            if (capitalLetter(scan, k) || PARTICLES.contains(scan, k)) {
                continue;
            }
            String w = scan.lowerToken(k);
            if (NlpModels.places().contains(w)
                    || !(NlpModels.firstNames().contains(w) || NlpModels.lastNames().contains(w))) {
                return false;
            }
        }
        return true;
    }

    /** A single capital letter ("København K"). */
    private static boolean capitalLetter(TextScan scan, int k) {
        return scan.tokenLength(k) == 1 && (scan.tokenFlags(k) & TextScan.UPPER) != 0;
    }
}
