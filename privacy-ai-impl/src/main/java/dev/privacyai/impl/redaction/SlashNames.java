package dev.privacyai.impl.redaction;

import java.util.Locale;
import java.util.Set;

/**
 * Names written the way airline bookings, tickets and passports write them: the surname, a slash, the given
 * name(s) and often a title: "SMITH/JOHN MR", "NGUYEN/THANH MR", "AL-SAYED/FATIMA MS", "DE LA CRUZ/MARIA MRS",
 * "SMITH/JOHN PAUL MR", "SMITH/JOHNMR" (the title glued on, as in a PNR), "KOWALSKI/ANNA", "smith/john mr".
 *
 * <p>{@link #find} returns the span from the surname (with its particles "DE LA", "VAN DER") to the last given
 * name and the title written after it, as the record writes it ("SMITH/JOHN MR", "SMITH/JOHNMR"); a title written
 * before the surname ("Mr SMITH/JOHN") stays outside, as it does for "Mr Okafor". Neither side may be
 * a word listed as never a name, and a slash between two words is a name only with one of:
 * <ul>
 *   <li>a title only a person has (MR, MRS, MISS, MSTR, MASTER) right after the given names, glued to the given
 *   name ("JOHNMR") or written with a capital right before the surname;</li>
 *   <li>a title that is also a unit or an abbreviation (MS, MX, DR, PROF, REV, CHD, INF) there, and gazetteer
 *   evidence: a given name of the first-name gazetteer or a surname of the surname gazetteer that is no common
 *   English word, or both in their gazetteers ("read/write ms" is no name);</li>
 *   <li>without a title, a given name of the first-name gazetteer and a surname that is not a common English
 *   word or is in the surname gazetteer, at least one of the two no common English word, and neither a place
 *   name.</li>
 * </ul>
 * So "AND/OR", "N/A", "I/O", "TCP/IP", "USD/EUR", "A/B", "24/7", "km/h", "PASS/FAIL", "YES/NO", "ON/OFF",
 * "TOM/JERRY" and paths ("/usr/BIN", "docs/Anna/x") are not names: each side must be one to
 * {@value #MAX_WORD} letters (with inner hyphens or apostrophes) in one case style (upper case, capitalised or
 * lower case), not glued to a letter, digit, '/', '.', '@' or '-'.
 *
 * <p>Only the positions of '/' are visited (none: no work), and each costs at most a few bounded word reads, so
 * the work is linear in the text. Stateless and thread-safe; package-private.
 */
final class SlashNames {

    /** Longest surname or given-name word read, in characters. */
    static final int MAX_WORD = 24;
    /** Most given names read after the slash. */
    private static final int MAX_GIVEN = 3;
    /** Most particles read before the surname ("DE LA", "VAN DER"). */
    private static final int MAX_PARTICLES = 2;

    /** Titles of airline and travel-document records (lower case), written after the given names or before. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mstr", "master", "mx", "dr", "prof",
            "rev", "chd", "inf");
    /** Titles that only a person has: after one, two words that are no common English words are a name. */
    private static final Set<String> PERSON_ONLY_TITLES = Set.of("mr", "mrs", "miss", "mstr", "master");
    /** Titles that a booking system glues to the given name ("JOHNMR"), longest first. */
    private static final String[] GLUED_TITLES = {"mstr", "miss", "mrs", "chd", "inf", "mr", "ms", "dr"};
    /** Surname particles that may stand before the surname, separated by a space ("DE LA CRUZ/MARIA"). */
    private static final Set<String> PARTICLES = Set.of("van", "der", "den", "de", "la", "le", "del", "della", "di",
            "da", "dos", "das", "du", "von", "al", "el", "bin", "ibn", "ben", "ter", "ten", "st", "mac");

    private SlashNames() {
    }

    /** A name found by {@link #find}: its span and whether a title stood next to it. */
    static final class Match {
        final int start;
        final int end;
        final boolean titled;

        Match(int start, int end, boolean titled) {
            this.start = start;
            this.end = end;
            this.titled = titled;
        }
    }

    /** Receives the names {@link #find} reports, in text order. */
    interface Sink {
        void accept(Match m);
    }

    /** Reports every SURNAME/GIVEN name of {@code t} to {@code sink}, in text order. */
    static void find(String t, Sink sink) {
        int from = 0;
        int slash;
        while ((slash = t.indexOf('/', from)) >= 0) {
            from = slash + 1;
            if (slash == 0 || slash + 1 >= t.length() || !Character.isLetter(t.charAt(slash - 1))
                    || !Character.isLetter(t.charAt(slash + 1))) {
                continue;
            }
            Match m = at(t, slash);
            if (m != null) {
                sink.accept(m);
                from = Math.max(from, m.end);
            }
        }
    }

    /** The name around the slash at {@code slash} (letters on both sides), or null. */
    private static Match at(String t, int slash) {
        int n = t.length();
        // the surname: the word ending at the slash
        int ss = wordStartBefore(t, slash);
        if (ss < 0) {
            return null;
        }
        int style = style(t, ss, slash);
        if (style == NONE) {
            return null;
        }
        // the given name: the word starting after the slash (a title may be glued to its end)
        int gs = slash + 1;
        int ge = wordEndAfter(t, gs);
        if (ge < 0 || style(t, gs, ge) != style) {
            return null;
        }
        String surname = lower(t, ss, slash);
        String given = lower(t, gs, ge);
        boolean titled = false;
        String title = null;
        int nameEnd = ge;
        if (!boundaryAfter(t, ge)) {
            return null;
        }
        String glued = NlpModels.firstNames().contains(given) ? null : gluedTitle(t, gs, ge);
        if (glued != null) {
            // "JOHNMR": the given name is the word without its title; the span keeps the whole word
            given = lower(t, gs, ge - glued.length());
            titled = true;
            title = glued;
        } else {
            // more given names, up to a title: "SMITH/JOHN PAUL MR"
            int p = ge;
            for (int k = 0; k < MAX_GIVEN && p + 1 < n && t.charAt(p) == ' '; k++) {
                int ws = p + 1;
                int we = wordEndAfter(t, ws);
                if (we < 0 || !boundaryAfter(t, we)) {
                    break;
                }
                if (TITLES.contains(lower(t, ws, we))) {
                    titled = true;
                    title = lower(t, ws, we);
                    p = we; // the title written after the given names is part of the record, and of the span
                    break;
                }
                if (style(t, ws, we) != style || NameLexicon.notAName(lower(t, ws, we))) {
                    break;
                }
                p = we;
            }
            if (titled) {
                nameEnd = p;
            } else {
                // without a title only known given names extend it ("KOWALSKI/ANNA MARIA")
                nameEnd = ge;
                p = ge;
                for (int k = 0; k < MAX_GIVEN - 1 && p + 1 < n && t.charAt(p) == ' '; k++) {
                    int ws = p + 1;
                    int we = wordEndAfter(t, ws);
                    if (we < 0 || !boundaryAfter(t, we) || style(t, ws, we) != style
                            || !cleanGivenName(lower(t, ws, we))) {
                        break;
                    }
                    nameEnd = p = we;
                }
            }
        }
        // the surname's particles ("DE LA CRUZ", "VAN DER BERG") and the character before them
        int start = ss;
        for (int k = 0; k < MAX_PARTICLES && start >= 2 && t.charAt(start - 1) == ' '; k++) {
            int ps = wordStartBefore(t, start - 1);
            if (ps < 0 || !PARTICLES.contains(lower(t, ps, start - 1)) || style(t, ps, start - 1) != style) {
                break;
            }
            start = ps;
        }
        if (!boundaryBefore(t, start)) {
            return null;
        }
        if (!titled) {
            title = titleBefore(t, start);
        }
        if (given.isEmpty() || surname.length() < 2 || NameLexicon.notAName(surname) || NameLexicon.notAName(given)) {
            return null;
        }
        boolean ok = title != null ? titledName(surname, given, title) : untitledName(surname, given);
        return ok ? new Match(start, nameEnd, title != null) : null;
    }

    /**
     * The title (lower case) written with a capital and one space right before {@code start} ("Mr SMITH/JOHN",
     * "MRS. KOWALSKI/ANNA"), or null.
     */
    private static String titleBefore(String t, int start) {
        if (start < 3 || t.charAt(start - 1) != ' ') {
            return null;
        }
        int we = t.charAt(start - 2) == '.' ? start - 2 : start - 1;
        int ws = wordStartBefore(t, we);
        if (ws < 0 || !boundaryBefore(t, ws) || !Character.isUpperCase(t.charAt(ws))) {
            return null;
        }
        String w = lower(t, ws, we);
        return TITLES.contains(w) ? w : null;
    }

    /**
     * With a title: after one only a person has (MR, MRS, MISS, MSTR, MASTER) any two words that are not listed as
     * never a name; after one that is also a unit or an abbreviation ("ms", "dr", "inf") the given name must be
     * in the first-name gazetteer or the surname in the surname gazetteer, that word being no common English
     * word (or both in their gazetteers): "read/write ms" is no name.
     */
    private static boolean titledName(String surname, String given, String title) {
        if (PERSON_ONLY_TITLES.contains(title)) {
            return true;
        }
        boolean first = NlpModels.firstNames().contains(given);
        boolean last = NlpModels.lastNames().contains(surname);
        return (first && last) || (first && !NameLexicon.commonWord(given))
                || (last && !NameLexicon.commonWord(surname));
    }

    /**
     * Without a title: a known given name and a surname that is no common word or is a known surname, at least
     * one of the two no common word, and neither a place name.
     */
    private static boolean untitledName(String surname, String given) {
        if (given.length() < 2 || !NlpModels.firstNames().contains(given) || NlpModels.places().contains(given)
                || NlpModels.places().contains(surname)) {
            return false;
        }
        boolean surnameWord = NameLexicon.commonWord(surname);
        boolean givenWord = NameLexicon.commonWord(given);
        return (!surnameWord || NlpModels.lastNames().contains(surname)) && (!surnameWord || !givenWord);
    }

    /** A given name of the gazetteer that is no common word and no word never a name. */
    private static boolean cleanGivenName(String w) {
        return NlpModels.firstNames().contains(w) && !NameLexicon.commonWord(w) && !NameLexicon.notAName(w);
    }

    /**
     * The title glued to the end of the upper-case word {@code [s, e)} ("JOHNMR"), when what is left before it is
     * a given name of the gazetteer; else null.
     */
    private static String gluedTitle(String t, int s, int e) {
        if (style(t, s, e) != UPPER) {
            return null;
        }
        for (String title : GLUED_TITLES) {
            int rest = e - s - title.length();
            if (rest >= 2 && t.regionMatches(true, e - title.length(), title, 0, title.length())
                    && NlpModels.firstNames().contains(lower(t, s, e - title.length()))) {
                return title;
            }
        }
        return null;
    }

    /** The start of the word (letters, inner '-' or '\'') that ends at {@code end}, or -1 if longer than allowed. */
    private static int wordStartBefore(String t, int end) {
        int s = end;
        while (s > 0 && end - s <= MAX_WORD && (Character.isLetter(t.charAt(s - 1))
                || (isInner(t.charAt(s - 1)) && s - 1 > 0 && Character.isLetter(t.charAt(s - 2))
                && s < end))) {
            s--;
        }
        return s == end || end - s > MAX_WORD || !Character.isLetter(t.charAt(s)) ? -1 : s;
    }

    /** The end of the word (letters, inner '-' or '\'') that starts at {@code start}, or -1 if longer than allowed. */
    private static int wordEndAfter(String t, int start) {
        int n = t.length();
        int e = start;
        while (e < n && e - start <= MAX_WORD && (Character.isLetter(t.charAt(e))
                || (isInner(t.charAt(e)) && e > start && e + 1 < n && Character.isLetter(t.charAt(e + 1))))) {
            e++;
        }
        return e == start || e - start > MAX_WORD ? -1 : e;
    }

    private static boolean isInner(char c) {
        return c == '-' || c == '\'' || c == '\u2019';
    }

    /** What may stand before a name: the text start, a space, or punctuation that does not glue it to a token. */
    private static boolean boundaryBefore(String t, int start) {
        if (start == 0) {
            return true;
        }
        char c = t.charAt(start - 1);
        return Character.isWhitespace(c) || c == ':' || c == '(' || c == '[' || c == '"' || c == '\'' || c == '*'
                || c == '|' || c == '>' || c == ',' || c == ';' || c == '_' || c == '`' || c == '\u201c';
    }

    /** What may stand after a name: the text end, a space, or punctuation that ends it ('.' only before a space). */
    private static boolean boundaryAfter(String t, int end) {
        int n = t.length();
        if (end >= n) {
            return true;
        }
        char c = t.charAt(end);
        if (c == '.' || c == '!' || c == '?') {
            return end + 1 >= n || Character.isWhitespace(t.charAt(end + 1));
        }
        return Character.isWhitespace(c) || c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '"'
                || c == '\'' || c == '*' || c == '|' || c == '<' || c == '_' || c == '`' || c == '\u201d';
    }

    private static final int NONE = 0;
    private static final int UPPER = 1;
    private static final int CAPITALISED = 2;
    private static final int LOWER = 3;

    /** The case style of the word {@code [s, e)}: all upper, capitalised, all lower, or NONE (mixed). */
    private static int style(String t, int s, int e) {
        boolean restUpper = true;
        boolean restLower = true;
        for (int p = s + 1; p < e; p++) {
            char c = t.charAt(p);
            if (Character.isUpperCase(c)) {
                restLower = false;
            } else if (Character.isLowerCase(c)) {
                restUpper = false;
            }
        }
        if (Character.isUpperCase(t.charAt(s))) {
            return restUpper ? UPPER : restLower || capitalisedParts(t, s, e) ? CAPITALISED : NONE;
        }
        return Character.isLowerCase(t.charAt(s)) && restLower ? LOWER : NONE;
    }

    /** "Al-Sayed", "O'Hara", "McDonald": capitalised parts. */
    private static boolean capitalisedParts(String t, int s, int e) {
        for (int p = s + 1; p < e; p++) {
            char c = t.charAt(p);
            if (Character.isUpperCase(c) && !isInner(t.charAt(p - 1)) && !(p == s + 2 && t.charAt(s) == 'M'
                    && t.charAt(s + 1) == 'c')) {
                return false;
            }
        }
        return true;
    }

    private static String lower(String t, int s, int e) {
        return t.substring(s, e).toLowerCase(Locale.ROOT);
    }
}
