package dev.privacyai.impl.redaction;

import java.util.List;
import java.util.Map;

/**
 * Finds dates as people write them, working on a {@link TextScan}'s tokens: numeric dates (d/m/y, m/d/y,
 * y-m-d with an optional time), written dates ("March 3rd, 1990", "3 March 1990", "the 3rd of March", "03-Mar-1990",
 * "Sat, 25 Aug 2018"), weekdays, relative days ("tomorrow", "next Friday", "in 2 days", "5 days ago"), ordinals
 * used as days ("from the 3rd to the 6th"), month names after a preposition and years after a time cue ("born in
 * 1977", "since 2004", "from 2009 to 2018"), and named holidays ("Christmas Eve", "New Year's Day 2025", "the Sunday
 * before Labor Day"). Day and month ranges are validated (29 February only in leap years when the year is known).
 * Shared by {@link DateDetector} and {@link DateOfBirthDetector}, which read the matches of one run per scan from
 * {@link TextScan#dateMatches()}. Stateless; package-private.
 */
final class DateGrammar {

    /** Kinds of match, with the base score a plain DATE gets. */
    enum Kind {
        NUMERIC(0.85), NUMERIC_TIME(0.87), WRITTEN_FULL(0.85), WRITTEN(0.8), WEEKDAY(0.75), RELATIVE(0.65),
        ORDINAL(0.7), MONTH(0.6), YEAR(0.65),
        /**
         * An exact count of months or years back or ahead of now ("6 months ago", "two years from now"): points at
         * one month or year, like a month name or a year after a cue.
         */
        COUNTED_PERIOD(0.6),
        /** A named holiday ("Christmas Eve", "New Year's Day", "on Thanksgiving"), with or without a year. */
        HOLIDAY(0.7),
        /** A period rather than a day ("next week", "this morning", "a few months ago"): below the default 0.5. */
        VAGUE(0.45);

        final double base;

        Kind(double base) {
            this.base = base;
        }
    }

    static final TokenWords MONTHS = TokenWords.of(Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12),
            // the languages of the default phone regions (German, French, Spanish, Italian, Dutch, Portuguese);
            // not "mars" and "mayo", which are English words too
            Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("janvier", 1), Map.entry("enero", 1),
            Map.entry("gennaio", 1), Map.entry("januari", 1), Map.entry("janeiro", 1), Map.entry("februar", 2),
            Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("febrero", 2), Map.entry("febbraio", 2),
            Map.entry("februari", 2), Map.entry("fevereiro", 2), Map.entry("märz", 3), Map.entry("maerz", 3),
            Map.entry("marzo", 3), Map.entry("maart", 3), Map.entry("março", 3), Map.entry("avril", 4),
            Map.entry("abril", 4), Map.entry("aprile", 4), Map.entry("mai", 5), Map.entry("maggio", 5),
            Map.entry("mei", 5), Map.entry("maio", 5), Map.entry("juni", 6), Map.entry("juin", 6),
            Map.entry("junio", 6), Map.entry("giugno", 6), Map.entry("junho", 6), Map.entry("juli", 7),
            Map.entry("juillet", 7), Map.entry("julio", 7), Map.entry("luglio", 7), Map.entry("julho", 7),
            Map.entry("août", 8), Map.entry("aout", 8), Map.entry("agosto", 8), Map.entry("augustus", 8),
            Map.entry("septembre", 9), Map.entry("septiembre", 9), Map.entry("setiembre", 9),
            Map.entry("settembre", 9), Map.entry("setembro", 9), Map.entry("oktober", 10), Map.entry("octobre", 10),
            Map.entry("octubre", 10), Map.entry("ottobre", 10), Map.entry("outubro", 10), Map.entry("novembre", 11),
            Map.entry("noviembre", 11), Map.entry("novembro", 11), Map.entry("dezember", 12),
            Map.entry("décembre", 12), Map.entry("decembre", 12), Map.entry("diciembre", 12),
            Map.entry("dicembre", 12), Map.entry("dezembro", 12)));

    private static final TokenWords WEEKDAYS = TokenWords.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final TokenWords WEEKDAY_ABBR = TokenWords.of("mon", "tue", "tues", "wed", "thu", "thur", "thurs",
            "fri", "sat", "sun");
    private static final TokenWords DAY_WORDS = TokenWords.of("today", "todays", "tomorrow", "tomorrows", "yesterday",
            "yesterdays", "tonight", "tonights");
    private static final TokenWords PARTS_OF_DAY = TokenWords.of("morning", "afternoon", "evening", "night");
    private static final TokenWords UNITS = TokenWords.of("day", "days", "week", "weeks", "month", "months", "year",
            "years", "fortnight");
    private static final TokenWords NUMBER_WORDS = TokenWords.of(Map.ofEntries(
            Map.entry("a", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("some", 2), Map.entry("few", 2), Map.entry("couple", 2), Map.entry("several", 2)));
    /** Words before a bare month or year that make it a date reference. */
    private static final TokenWords TIME_PREPOSITIONS = TokenWords.of("in", "since", "during", "until", "till", "from",
            "by", "before", "after", "of", "early", "late", "mid", "end", "born", "circa", "year", "last", "next",
            "this", "around", "through", "between", "and", "to", "for");
    /** Words after a bare year that show it is a quantity, not a year. */
    private static final TokenWords QUANTITY_AFTER = TokenWords.of("dollars", "usd", "euros", "eur", "pounds", "gbp",
            "people", "units", "items", "pieces", "times", "points", "km", "miles", "kg", "lbs", "calories", "words",
            "meters", "metres", "feet", "users", "employees", "rows", "records", "bytes", "mb", "gb", "x", "hours",
            "minutes", "seconds", "ms", "per", "percent", "rpm", "mph", "cc", "hp", "sq", "acres");
    /** Words that may follow a bare ordinal used as a day ("from the 3rd to the 6th"). */
    private static final TokenWords AFTER_ORDINAL = TokenWords.of("at", "and", "or", "for", "please", "to", "in", "from",
            "until", "till", "through", "thru", "this", "next", "i", "we", "is", "was", "would", "will", "if",
            "but", "so", "as", "instead", "then", "around", "by", "before", "after", "when", "because", "that", "it",
            "how", "what", "can", "could", "works", "ok", "okay", "thanks", "thank", "pls", "only", "inclusive",
            "with", "available");
    /** Words before a bare ordinal that make it a day of the month ("the 3rd", "from 4th to 8th"). */
    private static final TokenWords BEFORE_ORDINAL = TokenWords.of("the", "on", "from", "to", "until", "till", "by",
            "between", "since", "last", "next", "and", "thru", "through");
    /** Days of the month written as ordinal words; a date only next to a month ("the third of September"). */
    static final TokenWords ORDINAL_WORDS = TokenWords.of(Map.ofEntries(Map.entry("first", 1),
            Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5),
            Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9),
            Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12), Map.entry("thirteenth", 13),
            Map.entry("fourteenth", 14), Map.entry("fifteenth", 15), Map.entry("sixteenth", 16),
            Map.entry("seventeenth", 17), Map.entry("eighteenth", 18), Map.entry("nineteenth", 19),
            Map.entry("twentieth", 20), Map.entry("thirtieth", 30)));
    /** Months that are also given names: after "for" they are as often a person ("a gift for June"). */
    private static final TokenWords GIVEN_NAME_MONTHS = TokenWords.of("april", "may", "june", "august");
    /** Words between "in" and a quantity ("in about 3 days"). */
    private static final TokenWords HEDGES = TokenWords.of("about", "exactly", "just", "another", "only", "around");
    /** Words before a software version number ("version 2.4.10", "firmware 1.2.19"). */
    private static final TokenWords VERSION_WORDS = TokenWords.of("version", "ver", "v", "release", "build",
            "firmware", "patch", "revision", "rev", "sdk", "api", "app", "update", "upgrade", "ios", "android");
    /** Words joining two days of a range ("from 26 to 29 May"). */
    private static final TokenWords RANGE_WORDS = TokenWords.of("to", "until", "till", "through", "thru", "and");

    /**
     * Named holidays, longest first per first word. A word written {@code year's} also matches "year's", "year’s",
     * "years" and "year"; a phrase of one word is a date only where it cannot be a modifier ("Christmas tree"):
     * after a time word, before a year, or as the whole text.
     */
    private static final String[] HOLIDAY_PHRASES = {
            "christmas eve", "christmas day", "christmas", "xmas", "new year's eve", "new year's day",
            "independence day", "thanksgiving day", "thanksgiving", "easter sunday", "easter monday", "easter",
            "halloween", "valentine's day", "labor day", "labour day", "memorial day", "veterans day",
            "presidents day", "boxing day", "mother's day", "father's day", "good friday", "black friday",
            "cyber monday", "st patrick's day", "saint patrick's day", "hanukkah", "chanukah", "diwali"};
    /** {@link #HOLIDAY_PHRASES} split into words, by the first word. */
    private static final Map<String, String[][]> HOLIDAYS = holidays();
    /** The first words of {@link #HOLIDAY_PHRASES}. */
    private static final TokenWords HOLIDAY_STARTS = TokenWords.of(HOLIDAYS.keySet().toArray(new String[0]));
    /** Words before a one-word holiday that make it a date ("on Easter", "over Christmas"). */
    private static final TokenWords HOLIDAY_BEFORE = TokenWords.of("on", "at", "over", "for", "by", "until", "till",
            "since", "before", "after", "during", "around", "from", "to", "this", "last", "next", "of");

    /**
     * Every word a match can start with (weekdays, months, relative-day words, "day", "next", "last", "this",
     * "coming", "in", number words): a letters-only token outside this set cannot start a date.
     */
    private static final TokenWords START_WORDS = startWords();

    /** {@link Kind#values()}, without a copy per call. */
    private static final Kind[] KINDS = Kind.values();

    /** No match: the shared empty result of {@link #matches}. */
    private static final int[] NO_MATCHES = new int[0];

    private static Map<String, String[][]> holidays() {
        Map<String, List<String[]>> byFirst = new java.util.LinkedHashMap<>();
        for (String phrase : HOLIDAY_PHRASES) {
            String[] words = phrase.split(" ");
            String first = words[0];
            for (String key : first.endsWith("'s")
                    ? List.of(first.substring(0, first.length() - 2), first.replace("'s", "s")) : List.of(first)) {
                byFirst.computeIfAbsent(key, w -> new java.util.ArrayList<>()).add(words);
            }
        }
        Map<String, String[][]> out = new java.util.HashMap<>();
        byFirst.forEach((w, list) -> out.put(w, list.toArray(new String[0][])));
        return Map.copyOf(out);
    }

    private static TokenWords startWords() {
        java.util.HashSet<String> words = new java.util.HashSet<>();
        words.addAll(WEEKDAYS.words());
        words.addAll(WEEKDAY_ABBR.words());
        words.addAll(MONTHS.words());
        words.addAll(DAY_WORDS.words());
        words.addAll(NUMBER_WORDS.words());
        words.addAll(List.of("day", "next", "last", "this", "coming", "in"));
        words.addAll(HOLIDAYS.keySet());
        words.addAll(ORDINAL_WORDS.words());
        return TokenWords.of(words.toArray(new String[0]));
    }

    /** True if token k lower-cased ({@link TextScan#lowerToken}) is {@code w} (lower-case). */
    private static boolean is(TextScan scan, int k, String w) {
        return TokenWords.sameLower(scan, k, w);
    }

    private DateGrammar() {
    }

    /** The kind of a match in {@link TextScan#dateMatches()} ({@code m[i + 2]}). */
    static Kind kind(int ordinal) {
        return KINDS[ordinal];
    }

    /**
     * Runs the grammar over {@code scan}: every date as {@code start, end, kind ordinal}, left to right,
     * non-overlapping. A day word that is only equated with an explicit date ("Today is 5/20/2021", "21.5.2021 was
     * yesterday") is not reported: the date itself is, and the word adds nothing to it. Called once per scan by
     * {@link TextScan#dateMatches()}, which DATE and DATE_OF_BIRTH share.
     */
    static int[] matches(TextScan scan) {
        return matches(scan, true);
    }

    /**
     * {@link #matches(TextScan)}, optionally without the {@link #mayStartWithDigits} gate (for the test that the
     * gate changes no result).
     */
    static int[] matches(TextScan scan, boolean gate) {
        int count = scan.tokenCount();
        int k = 0;
        int lastEndTok = -1;
        boolean lastExplicit = false;
        int[] out = NO_MATCHES;
        int n = 0;
        while (k < count) {
            // What match() decides first, inlined: most tokens are words no date starts with; a token with a
            // non-ASCII letter never starts one; one with a digit needs at most 4 characters ("2021", "3rd", "12")
            int flags = scan.tokenFlags(k);
            if ((flags & TextScan.NON_ASCII) != 0 || ((flags & TextScan.DIGIT) == 0
                    ? !START_WORDS.contains(scan, k) : scan.tokenLength(k) > 4)) {
                k++;
                continue;
            }
            if (gate && (flags & TextScan.DIGIT) != 0 && !mayStartWithDigits(scan, k, flags)) {
                k++;
                continue;
            }
            long m = match(scan, k);
            if (m != 0) {
                Kind kind = KINDS[(int) (m & 0xff)];
                int start = scan.tokenStart(k);
                int end = (int) (m >>> 8);
                int next = k + 1; // scan.tokenAtOrAfter(end): a match spans few tokens, so walk instead of search
                while (next < count && scan.tokenStart(next) < end) {
                    next++;
                }
                int anchor = holidayAnchor(scan, next);
                if (anchor > 0) {
                    // "the last Sunday before Labor Day": one date, counted from the holiday
                    end = scan.tokenEnd(anchor);
                    next = anchor + 1;
                }
                boolean dayWord = kind == Kind.RELATIVE && next == k + 1 && !scan.tokenHas(k, TextScan.DIGIT);
                if (!(dayWord && (equatedWithDateAfter(scan, k)
                        || (lastExplicit && lastEndTok == k - 2 && copula(scan, k - 1) && spaceGap(scan, k - 1))))) {
                    if (n + 3 > out.length) {
                        out = java.util.Arrays.copyOf(out, Math.max(12, out.length * 2));
                    }
                    out[n] = start;
                    out[n + 1] = end;
                    out[n + 2] = kind.ordinal();
                    n += 3;
                }
                lastEndTok = next - 1;
                lastExplicit = explicit(kind);
                k = Math.max(next, k + 1);
            } else {
                k++;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /**
     * If tokens from {@code next} on read "before"/"after" and a holiday ("... before Labor Day"), the holiday's last
     * token; else 0.
     */
    private static int holidayAnchor(TextScan scan, int next) {
        if (next < 1 || next + 1 >= scan.tokenCount() || !spaceGap(scan, next - 1) || !spaceGap(scan, next)
                || scan.tokenHas(next, TextScan.DIGIT) || !(is(scan, next, "before") || is(scan, next, "after"))) {
            return 0;
        }
        int h = next + 1;
        String w = HOLIDAY_STARTS.get(scan, h);
        if (w == null) {
            return 0;
        }
        long m = holiday(scan, h, w);
        if (m == 0) {
            return 0;
        }
        int end = (int) (m >>> 8);
        int last = h;
        while (last + 1 < scan.tokenCount() && scan.tokenStart(last + 1) < end) {
            last++;
        }
        return last;
    }

    private static boolean explicit(Kind kind) {
        return kind == Kind.NUMERIC || kind == Kind.NUMERIC_TIME || kind == Kind.WRITTEN_FULL
                || kind == Kind.WRITTEN;
    }

    /** Token k is "is"/"was" with a short plain gap on both sides. */
    private static boolean copula(TextScan scan, int k) {
        if (k < 1 || scan.tokenHas(k, TextScan.DIGIT) || !spaceGap(scan, k - 1)) {
            return false;
        }
        return is(scan, k, "is") || is(scan, k, "was");
    }

    /** "today is 5/20/2021": day word k, then "is"/"was", then an explicit date (gap: spaces, a comma, a break). */
    private static boolean equatedWithDateAfter(TextScan scan, int k) {
        int c = k + 1;
        if (c + 1 >= scan.tokenCount() || !copula(scan, c)) {
            return false;
        }
        int a = scan.tokenEnd(c);
        int b = scan.tokenStart(c + 1);
        if (b - a < 1 || b - a > 2) {
            return false;
        }
        for (int i = a; i < b; i++) {
            char ch = scan.chars[i];
            if (ch != ' ' && ch != ',' && ch != '\n' && ch != '\r' && ch != '\u00a0') {
                return false;
            }
        }
        long m = match(scan, c + 1);
        return m != 0 && explicit(KINDS[(int) (m & 0xff)]);
    }

    // match encoding: endChar << 8 | kind; 0 = no match
    private static long result(TextScan scan, int endTok, int explicitEnd, Kind kind) {
        long end = explicitEnd > 0 ? explicitEnd : scan.tokenEnd(endTok);
        return (end << 8) | kind.ordinal();
    }

    /**
     * False only where {@link #match} cannot succeed at token {@code k}, which holds a digit: every way a match
     * starts at digits needs a day of the month ({@code dayFirst}, day ranges, bare ordinals), a year
     * ({@code yearWithContext}), a digits-only token joined to the next by '/', '-' or '.' ({@code numeric}), or
     * a digits-only token of at most 3 digits before a unit word ({@code relativeNumber}). Most digit tokens
     * (amounts, phone and card groups, quantities) fail all four tests at once.
     */
    private static boolean mayStartWithDigits(TextScan scan, int k, int flags) {
        if (day(scan, k, false) != 0) {
            return true;
        }
        if (flags != TextScan.DIGIT) {
            return false; // numbers, years and quantities are digits only
        }
        int len = scan.tokenLength(k);
        if (len == 4 && year(scan, k) != 0) {
            return true;
        }
        int count = scan.tokenCount();
        if (k + 1 >= count) {
            return false;
        }
        int e = scan.tokenEnd(k);
        if (scan.tokenStart(k + 1) == e + 1) {
            char sep = scan.chars[e];
            if (sep == '/' || sep == '-' || sep == '.') {
                return true;
            }
        }
        return len <= 3 && k + 2 < count && UNITS.contains(scan, k + 1);
    }

    private static long match(TextScan scan, int k) {
        int flags = scan.tokenFlags(k);
        if (flags == TextScan.DIGIT) {
            long m = numeric(scan, k);
            if (m != 0) {
                return m;
            }
        }
        return written(scan, k);
    }

    // ---------- numeric ----------

    private static long numeric(TextScan scan, int k) {
        char[] t = scan.chars;
        int n = t.length;
        int s = scan.tokenStart(k);
        if (s > 0) {
            char b = t[s - 1];
            if (b == '+' || b == '$' || b == '#') {
                return 0;
            }
            if ((b == '/' || b == '-' || b == ':') && s > 1 && Character.isLetterOrDigit(t[s - 2])
                    && !(b == ':' && Character.isLetter(t[s - 2]))) {
                // inside a longer token such as "A-12/05/2020" or "12:10-11-2020"; "DOB:04/12/1985" is a label
                return 0;
            }
            if ((b == '.' || b == ',') && s > 1 && Character.isDigit(t[s - 2])
                    && !(b == ',' && ContextScorer.dashedGroupBefore(scan.text, s - 1))) {
                return 0; // "1,12/05/2020", "3.12.05.2020"; but a CSV row "212-555-0147,03/03/1979" holds a date
            }
        }
        int l1 = scan.tokenLength(k);
        if (k + 1 >= scan.tokenCount() || l1 > 4) {
            return 0; // "03-Mar-1990" and "3 March" are handled by the written path
        }
        int e1 = scan.tokenEnd(k);
        int s2 = scan.tokenStart(k + 1);
        if (s2 != e1 + 1) {
            return 0; // "03-Mar-1990" and "3 March" are handled by the written path
        }
        char sep = t[e1];
        if (sep != '/' && sep != '-' && sep != '.') {
            return 0;
        }
        if (k + 2 >= scan.tokenCount()) {
            return monthYear(scan, k, sep);
        }
        if (scan.tokenFlags(k + 1) != TextScan.DIGIT) {
            return 0; // "03-Mar-1990" and "3 March" are handled by the written path
        }
        int e2 = scan.tokenEnd(k + 1);
        int s3 = scan.tokenStart(k + 2);
        int e3 = scan.tokenEnd(k + 2);
        // ISO "2024-03-15T14:30:00Z": the tokenizer joins the day with the 'T' and the hour
        int isoT = -1;
        if (l1 == 4 && scan.tokenFlags(k + 2) == (TextScan.DIGIT | TextScan.LETTER | TextScan.UPPER)
                && e3 - s3 >= 4 && t[s3 + 2] == 'T' && Character.isDigit(t[s3 + 1])) {
            isoT = s3 + 2;
            e3 = s3 + 2;
        } else if (s3 != e2 + 1 || t[e2] != sep || scan.tokenFlags(k + 2) != TextScan.DIGIT) {
            return monthYear(scan, k, sep);
        }
        if (s3 != e2 + 1 || t[e2] != sep) {
            return 0;
        }
        // not part of a longer dotted/dashed number (version, IP, phone)
        if (e3 < n && isoT < 0) {
            char a = t[e3];
            if (Character.isLetterOrDigit(a)) {
                return 0;
            }
            if ((a == sep || a == '.' || a == '/' || a == '-' || a == ':') && e3 + 1 < n
                    && Character.isDigit(t[e3 + 1])) {
                return 0;
            }
        }
        int l2 = e2 - s2;
        int l3 = e3 - s3;
        int v1 = parse(t, s, e1);
        int v2 = parse(t, s2, e2);
        int v3 = parse(t, s3, e3);
        boolean ok;
        if (l1 == 4) {
            ok = l2 <= 2 && l3 <= 2 && validYear(v1) && validDay(v3, v2, v1);
        } else if (l1 <= 2 && l2 <= 2) {
            if (l3 == 4) {
                ok = validYear(v3) && (validDay(v1, v2, v3) || validDay(v2, v1, v3));
            } else if (l3 == 2 && (sep == '/' || sep == '-')) {
                ok = validDay(v1, v2, 2000) || validDay(v2, v1, 2000); // "4/12/85", "04-12-85"
            } else if (l3 == 2 && sep == '.') {
                ok = validDay(v1, v2, 2000); // European d.m.yy
            } else {
                ok = false;
            }
        } else {
            ok = false;
        }
        if (!ok || (sep == '.' && afterVersionWord(scan, k))) {
            return 0;
        }
        int timeEnd = isoT >= 0 ? isoTime(t, isoT) : time(t, e3);
        if (isoT >= 0 && timeEnd < 0) {
            return 0;
        }
        if (timeEnd > 0) {
            return result(scan, scan.tokenAtOrAfter(timeEnd) - 1, timeEnd, Kind.NUMERIC_TIME);
        }
        return result(scan, k + 2, 0, Kind.NUMERIC);
    }

    /**
     * Token {@code k} follows a word that names a software version ("version 2.4.10", "firmware: 1.2.19"):
     * version numbers are not dates even where the numbers would make a valid one (checked for dotted numbers
     * only: "update 12/05/2024" stays a date).
     */
    private static boolean afterVersionWord(TextScan scan, int k) {
        if (k == 0 || !VERSION_WORDS.contains(scan, k - 1)) {
            return false;
        }
        int a = scan.tokenEnd(k - 1);
        int b = scan.tokenStart(k);
        if (b - a > 3) {
            return false;
        }
        for (int i = a; i < b; i++) {
            char c = scan.chars[i];
            if (c != ' ' && c != ':' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /** "05/2021", "5-2021": month and four-digit year (two tokens, nothing after). */
    private static long monthYear(TextScan scan, int k, char sep) {
        if (sep == '.' || scan.tokenFlags(k + 1) != TextScan.DIGIT || scan.tokenLength(k + 1) != 4
                || scan.tokenLength(k) > 2) {
            return 0;
        }
        char[] t = scan.chars;
        int m = parse(t, scan.tokenStart(k), scan.tokenEnd(k));
        int y = parse(t, scan.tokenStart(k + 1), scan.tokenEnd(k + 1));
        if (m < 1 || m > 12 || !validYear(y) || !cleanEnd(scan, k + 1)
                || !scan.boundaryAfter(scan.tokenEnd(k + 1))) {
            return 0;
        }
        return result(scan, k + 1, 0, Kind.MONTH);
    }

    /** End of "THH:MM[:SS[.fff]][Z|+hh:mm|-hh:mm]" with the 'T' at {@code p}, or -1. */
    private static int isoTime(char[] t, int p) {
        int n = t.length;
        int q = time(t, p);
        if (q < 0) {
            // time() rejects a letter right after; redo without that check for a zone "Z"
            int h = twoDigits(t, p + 1);
            int mi = p + 6 <= n && t[p + 3] == ':' ? twoDigits(t, p + 4) : -1;
            if (h < 0 || h > 23 || mi < 0 || mi > 59) {
                return -1;
            }
            q = p + 6;
        }
        if (q + 1 < n && t[q] == ':' && twoDigits(t, q + 1) >= 0) {
            q += 3;
        }
        if (q + 1 < n && t[q] == '.' && Character.isDigit(t[q + 1])) {
            q++;
            while (q < n && Character.isDigit(t[q]) && q < p + 20) {
                q++;
            }
        }
        if (q < n && t[q] == 'Z') {
            q++;
        } else if (q + 5 < n + 0 && (t[q] == '+' || t[q] == '-') && twoDigits(t, q + 1) >= 0
                && t[q + 3] == ':' && twoDigits(t, q + 4) >= 0) {
            q += 6;
        }
        if (q < n && Character.isLetterOrDigit(t[q])) {
            return -1;
        }
        return q;
    }

    /** End of " HH:MM[:SS]" or "THH:MM[:SS]" starting at {@code p}, or -1. */
    private static int time(char[] t, int p) {
        int n = t.length;
        if (p + 6 > n || (t[p] != ' ' && t[p] != 'T')) {
            return -1;
        }
        int q = p + 1;
        int h = twoDigits(t, q);
        if (h < 0 || h > 23 || q + 5 > n || t[q + 2] != ':') {
            return -1;
        }
        int mi = twoDigits(t, q + 3);
        if (mi < 0 || mi > 59) {
            return -1;
        }
        q += 5;
        if (q + 3 <= n && t[q] == ':') {
            int sec = twoDigits(t, q + 1);
            if (sec >= 0 && sec <= 60) {
                q += 3;
            }
        }
        if (q < n && Character.isLetterOrDigit(t[q])) {
            return -1;
        }
        return q;
    }

    private static int twoDigits(char[] t, int p) {
        if (p + 2 > t.length) {
            return -1;
        }
        char a = t[p];
        char b = t[p + 1];
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            return -1;
        }
        return (a - '0') * 10 + (b - '0');
    }

    private static int parse(char[] t, int s, int e) {
        return TextScan.digitValue(t, s, e);
    }

    static boolean validYear(int y) {
        return y >= 1800 && y <= 2099;
    }

    /** True if day {@code d} exists in month {@code m} of year {@code y} (y = 0: unknown, leap allowed). */
    static boolean validDay(int d, int m, int y) {
        if (m < 1 || m > 12 || d < 1) {
            return false;
        }
        int max;
        switch (m) {
            case 2:
                max = (y == 0 || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))) ? 29 : 28;
                break;
            case 4: case 6: case 9: case 11:
                max = 30;
                break;
            default:
                max = 31;
        }
        return d <= max;
    }

    // ---------- written ----------

    /** Gap between token k and k+1 is short and made of spaces, commas, dots or dashes. */
    private static boolean softGap(TextScan scan, int k) {
        if (k + 1 >= scan.tokenCount()) {
            return false;
        }
        int a = scan.tokenEnd(k);
        int b = scan.tokenStart(k + 1);
        if (b - a < 1 || b - a > 3) {
            return false;
        }
        for (int i = a; i < b; i++) {
            char c = scan.chars[i];
            if (c != ' ' && c != ',' && c != '.' && c != '-' && c != '/' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /** Gap between token k and k+1 is plain whitespace only (one or two characters). */
    private static boolean spaceGap(TextScan scan, int k) {
        if (k + 1 >= scan.tokenCount()) {
            return false;
        }
        int a = scan.tokenEnd(k);
        int b = scan.tokenStart(k + 1);
        if (b - a < 1 || b - a > 2) {
            return false;
        }
        for (int i = a; i < b; i++) {
            char c = scan.chars[i];
            if (c != ' ' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    private static int month(TextScan scan, int k) {
        if (k >= scan.tokenCount() || scan.tokenHas(k, TextScan.DIGIT) || scan.tokenLength(k) > 9) {
            return 0;
        }
        int m = MONTHS.value(scan, k, 0);
        if (m == 0) {
            return 0;
        }
        // abbreviated "may" is also the modal verb: only counts in a full date (checked by callers via day/year)
        return m;
    }

    /** "st", "nd", "rd" or "th": the English ordinal suffix of {@code n} ("1st", "12th", "23rd"). */
    static String ordinalSuffix(int n) {
        int last = n % 10;
        boolean teen = n % 100 >= 11 && n % 100 <= 13;
        return teen ? "th" : (last == 1 ? "st" : (last == 2 ? "nd" : (last == 3 ? "rd" : "th")));
    }

    /** Day of month of token k if it is "3", "03", "3rd", "23rd" (1..31), else 0. */
    private static int day(TextScan scan, int k, boolean requireOrdinal) {
        if (k >= scan.tokenCount() || !scan.tokenHas(k, TextScan.DIGIT)) {
            return 0;
        }
        char[] t = scan.chars;
        int s = scan.tokenStart(k);
        int e = scan.tokenEnd(k);
        int p = s;
        int v = 0;
        while (p < e && p - s < 3 && Character.isDigit(t[p])) {
            v = v * 10 + (t[p] - '0');
            p++;
        }
        int digits = p - s;
        if (digits == 0 || digits > 2 || v < 1 || v > 31) {
            return 0;
        }
        if (p == e) {
            return requireOrdinal ? 0 : v;
        }
        if (e - p != 2) {
            return 0;
        }
        String want = ordinalSuffix(v);
        // the two suffix chars lower-cased one by one: same as lower-casing the two-char string, whose special
        // cases (final sigma, dotted capital I) never map to an ASCII letter
        return Character.toLowerCase(t[p]) == want.charAt(0)
                && Character.toLowerCase(t[p + 1]) == want.charAt(1) ? v : 0;
    }

    private static int year(TextScan scan, int k) {
        if (k >= scan.tokenCount() || scan.tokenFlags(k) != TextScan.DIGIT || scan.tokenLength(k) != 4) {
            return 0;
        }
        int y = parse(scan.chars, scan.tokenStart(k), scan.tokenEnd(k));
        return validYear(y) ? y : 0;
    }

    /** True if token k ends the number-like context: no digit or separator+digit right after. */
    private static boolean cleanEnd(TextScan scan, int k) {
        char[] t = scan.chars;
        int e = scan.tokenEnd(k);
        if (e >= t.length) {
            return true;
        }
        char a = t[e];
        if (a == '%' || a == '$') {
            return false;
        }
        return !((a == '.' || a == '/' || a == ':' || a == '-' || a == ',') && e + 1 < t.length
                && Character.isDigit(t[e + 1]));
    }

    private static boolean cleanStart(TextScan scan, int k) {
        char[] t = scan.chars;
        int s = scan.tokenStart(k);
        if (s == 0) {
            return true;
        }
        char b = t[s - 1];
        if (b == '$' || b == '#' || b == '+' || b == '\u00a3' || b == '\u20ac') {
            return false;
        }
        return !((b == '.' || b == '/' || b == ':' || b == '-' || b == ',') && s > 1
                && Character.isDigit(t[s - 2]));
    }

    private static long written(TextScan scan, int k) {
        // fast path: every word this grammar starts with is at most 12 letters long ("independence")
        if (scan.tokenLength(k) > 12 || scan.tokenHas(k, TextScan.NON_ASCII)) {
            return 0;
        }
        int count = scan.tokenCount();
        String w = null;
        if (!scan.tokenHas(k, TextScan.DIGIT)) {
            // the start word itself (the table's string), found from the token's hash without building a string
            w = START_WORDS.get(scan, k);
            if (w == null) {
                return 0;
            }
        }
        // weekday prefix: "Tuesday", "Sat, 25 Aug 2018", "friday the 28th", "monday 18 feb 2019"
        boolean fullWeekday = w != null && WEEKDAYS.contains(w);
        boolean abbrWeekday = w != null && WEEKDAY_ABBR.contains(w);
        if (fullWeekday || abbrWeekday) {
            if (softGap(scan, k)) {
                int j = k + 1;
                if (j < count && is(scan, j, "the") && spaceGap(scan, j)) {
                    long m = dayFirst(scan, j + 1, true);
                    if (m != 0) {
                        return m;
                    }
                }
                long m = dayFirst(scan, j, false);
                if (m == 0) {
                    m = monthFirst(scan, j);
                }
                if (m != 0) {
                    return m;
                }
                if (fullWeekday && spaceGap(scan, k) && j + 1 < count) {
                    // "tuesday in a week", "saturday last week", "friday next week"
                    if (is(scan, j, "in") && spaceGap(scan, j) && is(scan, j + 1, "a")
                            && spaceGap(scan, j + 1) && j + 2 < count && is(scan, j + 2, "week")) {
                        return result(scan, j + 2, 0, Kind.RELATIVE);
                    }
                    if ((is(scan, j, "last") || is(scan, j, "next") || is(scan, j, "this")) && spaceGap(scan, j)
                            && is(scan, j + 1, "week")) {
                        return result(scan, j + 1, 0, Kind.RELATIVE);
                    }
                }
            }
            if (fullWeekday && !recurring(scan, k)) {
                return result(scan, k, 0, Kind.WEEKDAY);
            }
            return 0;
        }
        if (w != null) {
            if (w.equals("the") && spaceGap(scan, k)) {
                // "the 3rd of March" is reported from the day on, without "the"
                return 0;
            }
            if (HOLIDAY_STARTS.contains(w)) {
                long m = holiday(scan, k, w);
                if (m != 0) {
                    return m;
                }
            }
            if (ORDINAL_WORDS.contains(w)) {
                return dayFirst(scan, k, false); // "the third of September"
            }
            if (month(scan, k) != 0) {
                long m = monthFirst(scan, k);
                if (m != 0) {
                    return m;
                }
                return monthAlone(scan, k);
            }
            return relative(scan, k, w);
        }
        // starts with digits
        long m = dayFirst(scan, k, false);
        if (m != 0) {
            return m;
        }
        m = relativeNumber(scan, k);
        if (m != 0) {
            return m;
        }
        if (scan.tokenFlags(k) == TextScan.DIGIT && day(scan, k, false) != 0
                && (rangeStart(scan, k) || rangeEndAfterDate(scan, k))) {
            return result(scan, k, 0, Kind.WRITTEN);
        }
        m = bareOrdinal(scan, k);
        if (m != 0) {
            return m;
        }
        return yearWithContext(scan, k);
    }

    /** "3 March [1990]", "3rd of March, 1990", "25 aug 2018", "03-Mar-1990", "the 16th of Apr". */
    private static long dayFirst(TextScan scan, int k, boolean afterThe) {
        int count = scan.tokenCount();
        if (k >= count) {
            return 0;
        }
        int d = day(scan, k, false);
        // an ordinal word ("third") is a day only after "the", "on", "from" ... and before a month
        boolean word = d == 0 && !scan.tokenHas(k, TextScan.DIGIT) && k > 0 && spaceGap(scan, k - 1)
                && BEFORE_ORDINAL.contains(scan, k - 1) && (d = ORDINAL_WORDS.value(scan, k, 0)) > 0;
        if (d == 0 || (!cleanStart(scan, k) && !afterDayRangeDash(scan, k))) {
            return 0;
        }
        boolean ordinal = word || scan.tokenHas(k, TextScan.LETTER);
        int j = k + 1;
        if (!softGap(scan, k) || j >= count) {
            return afterThe && ordinal && !word && followOk(scan, k) ? result(scan, k, 0, Kind.ORDINAL) : 0;
        }
        if ((is(scan, j, "of") || is(scan, j, "de")) && spaceGap(scan, j)) {
            j++; // "the 3rd of May", Spanish and Portuguese "5 de junio de 1990"
        }
        int mo = month(scan, j);
        if (mo == 0 || !validDay(d, mo, 0)) {
            return afterThe && ordinal && !word && followOk(scan, k) ? result(scan, k, 0, Kind.ORDINAL) : 0;
        }
        if ((!ordinal || word) && mo == 5 && is(scan, j, "may") && !scan.text.startsWith("M", scan.tokenStart(j))
                && year(scan, j + 1) == 0) {
            // "3 may" in lower case without a year: too often "3 may be"
            if (j + 1 < count && spaceGap(scan, j) && !scan.tokenHas(j + 1, TextScan.DIGIT)) {
                if (is(scan, j + 1, "be") || is(scan, j + 1, "have") || is(scan, j + 1, "not")
                        || is(scan, j + 1, "also")) {
                    return 0;
                }
            }
        }
        int y = yearAfter(scan, j);
        if (y == 0 && j + 2 < count && is(scan, j + 1, "de") && spaceGap(scan, j) && spaceGap(scan, j + 1)
                && year(scan, j + 2) != 0) {
            y = j + 2; // "5 de junio de 1990"
        }
        if (y > 0) {
            int yk = y;
            return validDay(d, mo, year(scan, yk)) ? result(scan, yk, 0, Kind.WRITTEN_FULL) : 0;
        }
        int sy = shortYearAfter(scan, j);
        return sy > 0 ? result(scan, sy, 0, Kind.WRITTEN_FULL) : result(scan, j, 0, Kind.WRITTEN);
    }

    /**
     * Token index of a two-digit year written with an apostrophe after token j ("March 14 '85", "14 March ’85",
     * "June '99"), or 0 if there is none.
     */
    private static int shortYearAfter(TextScan scan, int j) {
        int y = j + 1;
        if (y >= scan.tokenCount() || scan.tokenFlags(y) != TextScan.DIGIT || scan.tokenLength(y) != 2) {
            return 0;
        }
        char[] t = scan.chars;
        int a = scan.tokenEnd(j);
        int b = scan.tokenStart(y);
        char q = t[b - 1];
        if (q != '\'' && q != '\u2019' && q != '\u2018') {
            return 0;
        }
        for (int i = a; i < b - 1; i++) {
            if (t[i] != ' ' && t[i] != ',') {
                return 0;
            }
        }
        return b - 1 - a >= 1 && b - 1 - a <= 2 && cleanEnd(scan, y) && scan.boundaryAfter(scan.tokenEnd(y)) ? y : 0;
    }

    /** Token index of a year after token j ("[,] 1990", "of 1990"), or 0 if there is none. */
    private static int yearAfter(TextScan scan, int j) {
        if (!softGap(scan, j)) {
            return 0;
        }
        int y = j + 1;
        if (y < scan.tokenCount() && !scan.tokenHas(y, TextScan.DIGIT) && is(scan, y, "of")
                && spaceGap(scan, y)) {
            y++;
        }
        if (year(scan, y) != 0 && cleanEnd(scan, y)) {
            return y;
        }
        return 0;
    }

    /** "March 3rd, 1990", "july the 20th 1992", "may 7, 2018", "Mar 3", "March 1990". */
    private static long monthFirst(TextScan scan, int k) {
        int count = scan.tokenCount();
        int mo = month(scan, k);
        if (mo == 0) {
            return 0;
        }
        if (!softGap(scan, k)) {
            int y = shortYearAfter(scan, k); // "June '99"
            return y > 0 && (!is(scan, k, "may") || Character.isUpperCase(scan.chars[scan.tokenStart(k)]))
                    ? result(scan, y, 0, Kind.WRITTEN) : 0;
        }
        int j = k + 1;
        if (j < count && !scan.tokenHas(j, TextScan.DIGIT) && is(scan, j, "the") && spaceGap(scan, j)) {
            j++;
        }
        int d = day(scan, j, false);
        boolean isMay = is(scan, k, "may");
        if (d == 0 && j < count && !scan.tokenHas(j, TextScan.DIGIT)
                && (Character.isUpperCase(scan.chars[scan.tokenStart(k)]) || !(isMay || is(scan, k, "march")))
                && (followOk(scan, j) || yearAfter(scan, j) > 0)) {
            d = ORDINAL_WORDS.value(scan, j, 0); // "September third", "May the first, 1990"
        }
        if (d != 0 && validDay(d, mo, 0) && (cleanEnd(scan, j) || yearAfter(scan, j) > 0)
                && !(scan.tokenLength(j) <= 2 && j + 1 < count && scan.tokenFlags(j + 1) == TextScan.DIGIT
                && scan.tokenStart(j + 1) - scan.tokenEnd(j) == 1 && scan.chars[scan.tokenEnd(j)] == ':')) {
            int y = yearAfter(scan, j);
            if (y > 0) {
                return validDay(d, mo, year(scan, y)) ? result(scan, y, 0, Kind.WRITTEN_FULL) : 0;
            }
            int sy = shortYearAfter(scan, j);
            if (sy > 0) {
                return result(scan, sy, 0, Kind.WRITTEN_FULL);
            }
            if (!scan.tokenHas(j, TextScan.LETTER) && j + 1 < count && spaceGap(scan, j)
                    && scan.tokenHas(j + 1, TextScan.LETTER)) {
                if (QUANTITY_AFTER.contains(scan, j + 1) || is(scan, j + 1, "am") || is(scan, j + 1, "pm")
                        || is(scan, j + 1, "o")) {
                    return 0;
                }
            }
            return result(scan, j, 0, Kind.WRITTEN);
        }
        int y = yearAfter(scan, k); // "March 1990", "May-2021", "February of 1966"
        if (y > 0 && (!isMay || Character.isUpperCase(scan.chars[scan.tokenStart(k)]))) {
            return result(scan, y, 0, Kind.WRITTEN);
        }
        return 0;
    }

    /**
     * A named holiday starting at token k, whose first word is {@code w} (see {@link #HOLIDAY_PHRASES}), with an
     * optional year after it ("Christmas 2024", "new years eve 2025"); 0 if none.
     */
    private static long holiday(TextScan scan, int k, String w) {
        String[][] phrases = HOLIDAYS.get(w);
        if (phrases == null) {
            return 0;
        }
        for (String[] words : phrases) {
            int last = holidayEnd(scan, k, words);
            if (last < 0) {
                continue;
            }
            int y = yearAfter(scan, last);
            if (y > 0) {
                return result(scan, y, 0, Kind.HOLIDAY);
            }
            if (words.length == 1 && !holidayAlone(scan, k, last)) {
                continue;
            }
            if (words[0].equals("good") && !Character.isUpperCase(scan.chars[scan.tokenStart(k)])) {
                continue; // "have a good friday" is a wish, "Good Friday" the holiday
            }
            return result(scan, last, 0, Kind.HOLIDAY);
        }
        return 0;
    }

    /** The last token of holiday {@code words} written from token k on, or -1. */
    private static int holidayEnd(TextScan scan, int k, String[] words) {
        int count = scan.tokenCount();
        int j = k;
        for (int i = 0; i < words.length; i++) {
            if (i > 0 && !(spaceGap(scan, j - 1) || (is(scan, j - 1, "st") && dotSpaceGap(scan, j - 1)))) {
                return -1;
            }
            if (j >= count || scan.tokenHas(j, TextScan.DIGIT)) {
                return -1;
            }
            String word = words[i];
            if (word.endsWith("'s")) {
                String stem = word.substring(0, word.length() - 2);
                if (is(scan, j, stem)) {
                    j++;
                    if (j < count && is(scan, j, "s") && scan.tokenStart(j) - scan.tokenEnd(j - 1) == 1) {
                        char a = scan.chars[scan.tokenEnd(j - 1)];
                        if (a == '\'' || a == '\u2019') {
                            j++; // "year's", "year’s"
                        }
                    }
                } else if (is(scan, j, stem + "s")) {
                    j++; // "new years eve"
                } else {
                    return -1;
                }
            } else if (is(scan, j, word)) {
                j++;
            } else {
                return -1;
            }
        }
        return j - 1;
    }

    /** Gap after token k is exactly ". " ("St. Patrick's Day"). */
    private static boolean dotSpaceGap(TextScan scan, int k) {
        if (k + 1 >= scan.tokenCount()) {
            return false;
        }
        int a = scan.tokenEnd(k);
        return scan.tokenStart(k + 1) - a == 2 && scan.chars[a] == '.' && scan.chars[a + 1] == ' ';
    }

    /**
     * A one-word holiday (tokens k..last) is a date after a time word ("on Easter", "over Christmas") or when it is
     * all the text holds besides punctuation ("Christmas" as an answer); "Christmas tree" and "Easter egg" are not.
     */
    private static boolean holidayAlone(TextScan scan, int k, int last) {
        if (k > 0 && spaceGap(scan, k - 1) && !scan.tokenHas(k - 1, TextScan.DIGIT)
                && HOLIDAY_BEFORE.contains(scan, k - 1)) {
            return true;
        }
        return k == 0 && last == scan.tokenCount() - 1;
    }

    private static long monthAlone(TextScan scan, int k) {
        boolean capital = Character.isUpperCase(scan.chars[scan.tokenStart(k)]);
        boolean may = is(scan, k, "may");
        if ((scan.tokenLength(k) < 4 && !(may && capital)) || (is(scan, k, "march") && !capital)) {
            return 0; // abbreviations, "may" and "march" in lower case alone are too ambiguous
        }
        if (k > 0 && spaceGap(scan, k - 1) && !scan.tokenHas(k - 1, TextScan.DIGIT)) {
            int prev = k - 1;
            if (TIME_PREPOSITIONS.contains(scan, prev) && !is(scan, prev, "and") && !is(scan, prev, "to")
                    && !(is(scan, prev, "for") && GIVEN_NAME_MONTHS.contains(scan, k))) {
                return result(scan, k, 0, Kind.MONTH); // "until May", "salary for March" ("for April" is a person)
            }
        }
        return 0;
    }

    private static boolean followOk(TextScan scan, int k) {
        int count = scan.tokenCount();
        if (k + 1 >= count) {
            return true;
        }
        int a = scan.tokenEnd(k);
        int b = scan.tokenStart(k + 1);
        for (int i = a; i < b; i++) {
            char c = scan.chars[i];
            if (c != ' ') {
                return c == ',' || c == '.' || c == '?' || c == '!' || c == ';' || c == '\n' || c == ')'
                        || (c == '-' && scan.chars[i - 1] == ' ');
            }
        }
        if (scan.tokenHas(k + 1, TextScan.DIGIT)) {
            return false;
        }
        return AFTER_ORDINAL.contains(scan, k + 1);
    }

    /**
     * "the 3rd", "on the 25th", "from the 7th to the 14th", "the 21st of this month", or an ordinal that is the whole
     * text (a reply such as "22nd"): an ordinal day of the month.
     */
    private static long bareOrdinal(TextScan scan, int k) {
        if (day(scan, k, true) == 0) {
            return 0;
        }
        int monthWord = ofRelativeMonth(scan, k);
        if (monthWord > 0 && cleanStart(scan, k)) {
            return result(scan, monthWord, 0, Kind.ORDINAL);
        }
        if (rangeStart(scan, k)) {
            return result(scan, k, 0, Kind.ORDINAL);
        }
        if (k == 0 && scan.tokenCount() == 1) {
            return result(scan, k, 0, Kind.ORDINAL);
        }
        if (k == 0 || !spaceGap(scan, k - 1)) {
            return 0;
        }
        if (scan.tokenHas(k - 1, TextScan.DIGIT) || !BEFORE_ORDINAL.contains(scan, k - 1)) {
            return 0;
        }
        if (RANGE_WORDS.contains(scan, k - 1) && k >= 2 && day(scan, k - 2, true) != 0 && spaceGap(scan, k - 2)) {
            return result(scan, k, 0, Kind.ORDINAL); // second end of "22nd until 29th"
        }
        if (rangeEndAfterDate(scan, k)) {
            return result(scan, k, 0, Kind.ORDINAL); // "from the 27th October until 15th"
        }
        return followOk(scan, k) ? result(scan, k, 0, Kind.ORDINAL) : 0;
    }

    /**
     * True if weekday token k names a recurring day rather than a date: "every Monday", "each Friday", "first
     * Wednesday of each month".
     */
    private static boolean recurring(TextScan scan, int k) {
        if (k > 0 && spaceGap(scan, k - 1) && !scan.tokenHas(k - 1, TextScan.DIGIT)) {
            if (is(scan, k - 1, "every") || is(scan, k - 1, "each")) {
                return true;
            }
        }
        int count = scan.tokenCount();
        if (k + 3 < count && spaceGap(scan, k) && spaceGap(scan, k + 1) && spaceGap(scan, k + 2)
                && !scan.tokenHas(k + 1, TextScan.DIGIT) && !scan.tokenHas(k + 2, TextScan.DIGIT)
                && is(scan, k + 1, "of")) {
            return is(scan, k + 2, "each") || is(scan, k + 2, "every");
        }
        return false;
    }

    /** Token index of "month" in "21st of this month" / "31st of the month" after day token k, or 0. */
    private static int ofRelativeMonth(TextScan scan, int k) {
        int count = scan.tokenCount();
        if (k + 3 >= count || !spaceGap(scan, k) || !spaceGap(scan, k + 1) || !spaceGap(scan, k + 2)
                || scan.tokenHas(k + 1, TextScan.DIGIT) || scan.tokenHas(k + 2, TextScan.DIGIT)
                || scan.tokenHas(k + 3, TextScan.DIGIT) || !is(scan, k + 1, "of")) {
            return 0;
        }
        int w = k + 2;
        if (!(is(scan, w, "this") || is(scan, w, "the") || is(scan, w, "next") || is(scan, w, "last")
                || is(scan, w, "that"))) {
            return 0;
        }
        return is(scan, k + 3, "month") ? k + 3 : 0;
    }

    /**
     * True if day token k is the second end of a range whose first end is a written date: "27th October until
     * 15th", "February 14 to 22". The range word must directly follow the month name or the day after it; a day
     * without an ordinal suffix must also end the phrase as a bare ordinal would ({@link #followOk}).
     */
    private static boolean rangeEndAfterDate(TextScan scan, int k) {
        if (k < 3 || !spaceGap(scan, k - 1) || scan.tokenHas(k - 1, TextScan.DIGIT)
                || !RANGE_WORDS.contains(scan, k - 1) || !spaceGap(scan, k - 2) || !cleanEnd(scan, k)) {
            return false;
        }
        boolean dateBefore = month(scan, k - 2) != 0
                || (day(scan, k - 2, false) != 0 && softGap(scan, k - 3) && month(scan, k - 3) != 0);
        return dateBefore && (scan.tokenHas(k, TextScan.LETTER) || followOk(scan, k));
    }

    /**
     * True if day token k starts a range whose other end is a day: "4th to 8th", "17 - 19 July", "26 to 29 May",
     * "10th to 16th of Nov".
     */
    private static boolean rangeStart(TextScan scan, int k) {
        int count = scan.tokenCount();
        if (k + 1 >= count || !cleanStart(scan, k)) {
            return false;
        }
        int j;
        // the gap trimmed as String.trim() does (chars <= ' ' at both ends), without building it
        char[] t = scan.chars;
        int ga = scan.tokenEnd(k);
        int gb = scan.tokenStart(k + 1);
        while (ga < gb && t[ga] <= ' ') {
            ga++;
        }
        while (gb > ga && t[gb - 1] <= ' ') {
            gb--;
        }
        if (gb - ga == 1 && (t[ga] == '-' || t[ga] == '\u2013')) {
            j = k + 1;
        } else if (gb == ga && spaceGap(scan, k) && !scan.tokenHas(k + 1, TextScan.DIGIT)
                && RANGE_WORDS.contains(scan, k + 1) && spaceGap(scan, k + 1)) {
            j = k + 2;
            if (j < count && !scan.tokenHas(j, TextScan.DIGIT) && is(scan, j, "the") && spaceGap(scan, j)) {
                j++;
            }
        } else {
            return false;
        }
        if (j >= count || day(scan, j, false) == 0) {
            return false;
        }
        boolean ordinalEnd = scan.tokenHas(j, TextScan.LETTER);
        if (dayFirst(scan, j, false) != 0) {
            return true;
        }
        // both ends ordinal ("22nd until 29th"), or one is and the range ends the phrase ("from 4 to 8th.")
        boolean ordinalStart = scan.tokenHas(k, TextScan.LETTER);
        return (ordinalEnd && ordinalStart) || ((ordinalEnd || ordinalStart) && followOk(scan, j));
    }

    /**
     * Token k follows a bare day of the month and one dash, as the second day of "1-31st of December" or "3–5 May";
     * not inside a longer dashed or dotted number ("2020-12-05", "555-12 May": the token before the first day is
     * not joined to it).
     */
    private static boolean afterDayRangeDash(TextScan scan, int k) {
        if (k < 1) {
            return false;
        }
        int p = k - 1;
        char[] t = scan.chars;
        int gap = scan.tokenStart(k) - scan.tokenEnd(p);
        if (gap != 1 || (t[scan.tokenEnd(p)] != '-' && t[scan.tokenEnd(p)] != '\u2013')
                || scan.tokenFlags(p) != TextScan.DIGIT || scan.tokenLength(p) > 2 || day(scan, p, false) == 0) {
            return false;
        }
        int s = scan.tokenStart(p);
        return s == 0 || (!Character.isLetterOrDigit(t[s - 1]) && t[s - 1] != '-' && t[s - 1] != '/'
                && t[s - 1] != '.' && t[s - 1] != '+');
    }

    /** "born in 1977", "since 2004", "Act of 2001", "During 1971", "on 2016", the end of "from 2009 to 2018". */
    private static long yearWithContext(TextScan scan, int k) {
        if (year(scan, k) == 0 || k == 0 || !cleanStart(scan, k) || !cleanEnd(scan, k)) {
            return 0;
        }
        int e = scan.tokenEnd(k);
        char[] t = scan.chars;
        if (e < t.length && (t[e] == '-' || t[e] == '/' || t[e] == '\'' )) {
            return 0;
        }
        if (!spaceGap(scan, k - 1) || scan.tokenHas(k - 1, TextScan.DIGIT)) {
            return 0;
        }
        int prev = k - 1;
        boolean rangeEnd = (is(scan, prev, "to") || is(scan, prev, "and")) && prev > 0 && spaceGap(scan, prev - 1)
                && year(scan, prev - 1) != 0; // "from 2009 to 2018", "between 1990 and 1995"
        boolean on = is(scan, prev, "on"); // "it matures on 2016": a year, never a person as a month could be
        if (!rangeEnd && ((!on && !TIME_PREPOSITIONS.contains(scan, prev)) || is(scan, prev, "to")
                || is(scan, prev, "and") || is(scan, prev, "for") || is(scan, prev, "this") || is(scan, prev, "last")
                || is(scan, prev, "next"))) {
            return 0;
        }
        if (k + 1 < scan.tokenCount() && spaceGap(scan, k) && !scan.tokenHas(k + 1, TextScan.DIGIT)
                && QUANTITY_AFTER.contains(scan, k + 1)) {
            return 0;
        }
        return result(scan, k, 0, Kind.YEAR);
    }

    /** "today", "tomorrow", "the day after tomorrow", "next friday", "this weekend", "in 2 days", "last week". */
    private static long relative(TextScan scan, int k, String w) {
        int count = scan.tokenCount();
        if (DAY_WORDS.contains(w)) {
            return result(scan, k, 0, Kind.RELATIVE);
        }
        if (w.equals("day") && k + 2 < count && spaceGap(scan, k) && spaceGap(scan, k + 1)) {
            if ((is(scan, k + 1, "after") && is(scan, k + 2, "tomorrow"))
                    || (is(scan, k + 1, "before") && is(scan, k + 2, "yesterday"))) {
                return result(scan, k + 2, 0, Kind.RELATIVE);
            }
        }
        if ((w.equals("next") || w.equals("last") || w.equals("this") || w.equals("coming"))
                && k + 1 < count && spaceGap(scan, k) && !scan.tokenHas(k + 1, TextScan.DIGIT)) {
            int w1 = k + 1;
            if (WEEKDAYS.contains(scan, w1)) {
                return result(scan, k + 1, 0, Kind.RELATIVE);
            }
            if (is(scan, w1, "week") && k + 2 < count && spaceGap(scan, k + 1)
                    && WEEKDAYS.contains(scan, k + 2)) {
                return result(scan, k + 2, 0, Kind.RELATIVE);
            }
            if (is(scan, w1, "week") || is(scan, w1, "weekend") || is(scan, w1, "month") || is(scan, w1, "year")) {
                return result(scan, k + 1, 0, Kind.VAGUE);
            }
            if (PARTS_OF_DAY.contains(scan, w1)
                    && (w.equals("this") || (w.equals("last") && is(scan, w1, "night")))) {
                return result(scan, k + 1, 0, Kind.VAGUE);
            }
        }
        if (w.equals("in") && k + 2 < count && spaceGap(scan, k)) {
            int j = k + 1;
            if (!scan.tokenHas(j, TextScan.DIGIT) && HEDGES.contains(scan, j) && spaceGap(scan, j)) {
                j++;
            }
            int q = quantity(scan, j);
            if (q > 0 && q + 1 < count && !scan.tokenHas(q, TextScan.DIGIT) && is(scan, q, "more")
                    && spaceGap(scan, q)) {
                q++;
            }
            if (q > 0) {
                int u = q;
                if (u < count && spaceGap(scan, u - 1) && UNITS.contains(scan, u)) {
                    return result(scan, u, 0, vagueQuantity(scan, j, u) ? Kind.VAGUE : unitKind(UNITS.get(scan, u)));
                }
            }
        }
        if (NUMBER_WORDS.contains(w)) {
            return relativeNumber(scan, k);
        }
        return 0;
    }

    /** Index of the token after a quantity at j ("2", "two", "a couple of", "a few"), or 0. */
    private static int quantity(TextScan scan, int j) {
        int count = scan.tokenCount();
        if (j >= count) {
            return 0;
        }
        if (scan.tokenFlags(j) == TextScan.DIGIT) {
            return scan.tokenLength(j) <= 3 && spaceGap(scan, j) ? j + 1 : 0;
        }
        if (scan.tokenHas(j, TextScan.DIGIT)) {
            return 0;
        }
        String w = NUMBER_WORDS.get(scan, j);
        if (w == null) {
            return 0;
        }
        int next = j + 1;
        if ((w.equals("twenty") || w.equals("thirty")) && next < count && !scan.tokenHas(next, TextScan.DIGIT)
                && scan.tokenStart(next) - scan.tokenEnd(j) == 1
                && (scan.chars[scan.tokenEnd(j)] == '-' || scan.chars[scan.tokenEnd(j)] == ' ')
                && NUMBER_WORDS.value(scan, next, 0) >= 1
                && NUMBER_WORDS.value(scan, next, 0) <= 9) {
            j = next;
            next++;
        }
        if (!spaceGap(scan, j)) {
            return 0;
        }
        if (next < count && (w.equals("a") || w.equals("some"))) {
            if ((is(scan, next, "couple") || is(scan, next, "few")) && spaceGap(scan, next)) {
                next++;
                if (next < count && is(scan, next, "of") && spaceGap(scan, next)) {
                    next++;
                }
            }
        }
        return next;
    }

    /**
     * "5 days ago", "two weeks ago", "9 days from now", "3 days from today", "3 days away from now", "four days
     * hence", "6 months ago". An exact count of months or years before or after now points at one month or year
     * ({@link Kind#COUNTED_PERIOD}); "in 6 months" stays vague because it is as often a duration ("paid off in 6
     * months").
     */
    private static long relativeNumber(TextScan scan, int k) {
        int count = scan.tokenCount();
        if (!cleanStart(scan, k)) {
            return 0;
        }
        int u = quantity(scan, k);
        if (u == 0 || u + 1 >= count) {
            return 0;
        }
        String unit = UNITS.get(scan, u);
        if (unit == null || !spaceGap(scan, u)) {
            return 0;
        }
        Kind kind = vagueQuantity(scan, k, u) ? Kind.VAGUE
                : unitKind(unit) == Kind.RELATIVE ? Kind.RELATIVE : Kind.COUNTED_PERIOD;
        if (is(scan, u + 1, "ago") || is(scan, u + 1, "hence")) {
            return result(scan, u + 1, 0, kind);
        }
        int from = u + 1;
        if (is(scan, from, "away") && u + 2 < count && spaceGap(scan, u + 1)) {
            from = u + 2; // "3 days away from now": "away" alone is as often a distance ("2 days away by train")
        }
        if ((is(scan, from, "from") || (is(scan, from, "after") && from == u + 1)) && from + 1 < count
                && spaceGap(scan, from)) {
            int w2 = from + 1;
            if (is(scan, w2, "now") || is(scan, w2, "today") || is(scan, w2, "tomorrow")) {
                return result(scan, from + 1, 0, kind);
            }
        }
        return 0;
    }

    private static boolean vagueQuantity(TextScan scan, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!scan.tokenHas(i, TextScan.DIGIT)) {
                if (is(scan, i, "some") || is(scan, i, "few") || is(scan, i, "couple") || is(scan, i, "several")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Days and weeks point at a day; months and years only at a period. */
    private static Kind unitKind(String unit) {
        return unit.startsWith("day") || unit.startsWith("week") || unit.equals("fortnight")
                ? Kind.RELATIVE : Kind.VAGUE;
    }
}
