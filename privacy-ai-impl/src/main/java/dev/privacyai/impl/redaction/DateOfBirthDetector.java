package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * DATE_OF_BIRTH: a date found by {@link DateGrammar} (numeric, written, or a year) with birth context nearby
 * ("born", "date of birth", "DOB", "d.o.b", "birthday", "birth date", and the same in German, French, Spanish,
 * Italian, Dutch and Portuguese: "Geburtsdatum", "date de naissance", "fecha de nacimiento" ...) or in the
 * assistant's previous prompt. It
 * scores above the plain {@link DateDetector} finding for the same span, so it wins the overlap. Relative days,
 * counted periods ("30 years ago"), weekdays and bare ordinals are never reported as a birth date. Without birth
 * context nothing is reported. A date written without separators or with spaces only ("3 14 1985", "19850314",
 * "14MAR1985") or a year written "'85", which the grammar does not read as dates, are reported when they are a
 * valid date and a birth cue stands on the same line or in the prompt.
 */
final class DateOfBirthDetector extends ScanningDetector {

    static final ContextLexicon BIRTH_CUES = ContextLexicon.of("born", "date of birth", "dob", "d.o.b", "d.o.b.",
            "birthday", "birth date", "birthdate", "bday", "b-day",
            // German, French, Spanish, Italian, Dutch, Portuguese: the region's customers write their own words
            "geburtsdatum", "geboren", "geb.", "date de naissance", "né le", "née le", "fecha de nacimiento",
            "nacido el", "nacida el", "data di nascita", "nato il", "nata il", "geboortedatum", "geboren op",
            "data de nascimento", "nascido em", "nascida em");
    private static final ContextScorer SCORER = new ContextScorer(BIRTH_CUES, 0.1, null, 0, 40, 20);

    /** Bits of {@link TextScan#mixedTokenLengths} for the lengths of "3mar85" to "14MAR1985". */
    private static final long JOINED_LENGTHS = (1L << 6) | (1L << 7) | (1L << 8) | (1L << 9);
    /** Per {@link DateGrammar.Kind} ordinal: can a match of this kind be a birth date? */
    private static final boolean[] BIRTH_KIND = birthKinds();
    /** Per kind ordinal: the explanation's pattern and reason (the same strings for every finding). */
    private static final String[] PATTERNS = new String[DateGrammar.Kind.values().length];
    private static final String[] REASONS = new String[PATTERNS.length];

    static {
        for (DateGrammar.Kind kind : DateGrammar.Kind.values()) {
            PATTERNS[kind.ordinal()] = DateDetector.pattern(kind);
            REASONS[kind.ordinal()] = DateDetector.reason(kind) + ", with birth context";
        }
    }

    DateOfBirthDetector() {
        super("date-of-birth", Set.of(EntityType.DATE_OF_BIRTH));
    }

    private static boolean[] birthKinds() {
        boolean[] ok = new boolean[DateGrammar.Kind.values().length];
        for (DateGrammar.Kind kind : DateGrammar.Kind.values()) {
            switch (kind) {
                case RELATIVE:
                case WEEKDAY:
                case ORDINAL:
                case MONTH:
                case COUNTED_PERIOD:
                case VAGUE:
                    break;
                default:
                    ok[kind.ordinal()] = true;
            }
        }
        return ok;
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        // No whole-text search for a birth cue first: a cue found in a window of the text (positiveCue below) is
        // also in the whole text, and the prompt is the same, so such a search could only rule out dates that the
        // windows rule out anyway. The grammar's matches are shared with DATE (one run per scan), and most texts
        // have no date that can be a birth date, the others only a few, so the windows cost less.
        int[] m = scan.dateMatches();
        for (int i = 0; i < m.length; i += 3) {
            int kind = m[i + 2];
            if (!BIRTH_KIND[kind]) {
                continue;
            }
            int start = m[i];
            int end = m[i + 1];
            String[] cue = SCORER.positiveCue(scan, start, end);
            if (cue == null) {
                continue;
            }
            if (kind == DateGrammar.Kind.WRITTEN.ordinal()) {
                end = twoDigitYearAfter(scan.chars, end); // "DOB: 12 Apr 85", "12-Apr-85"
            }
            double base = 0.9;
            Explanation.Builder ex = Explanation.builder().pattern(PATTERNS[kind]).validator("day-month-range")
                    .reason(REASONS[kind]);
            double score = SCORER.score(scan, start, end, base, ex);
            out.add(finding(EntityType.DATE_OF_BIRTH, start, end, score, ex));
        }
        if (scan.hasDigit()) {
            unseparated(scan, m, out);
        }
    }

    /**
     * Dates that the grammar does not read because nothing but spaces or nothing at all separates day, month and
     * year ("date of birth 3 14 1985", "dob 03 14 85", "born 19850314", "DOB 14MAR1985"; a voice transcript's
     * "three fourteen nineteen eighty five" reaches here as "3141985"), and a year written "'85" ("born in '85").
     * Without a separator such digits are as likely a phone group or a reference, so they count only when they
     * form a valid date in some day/month order and a birth cue stands on the same line right before or after
     * them, or in the assistant's prompt.
     */
    private void unseparated(TextScan scan, int[] m, List<Finding> out) {
        char[] t = scan.chars;
        int[] cursor = {0}; // candidates come left to right: the matches before them are never looked at again
        for (int r = 0; r < scan.runCount(); r++) {
            int first = scan.runFirstToken(r);
            int last = scan.runLastToken(r);
            if (last == first) {
                int s = scan.tokenStart(first);
                int len = scan.tokenLength(first);
                if (len == 2) {
                    if (s > 0 && (t[s - 1] == '\'' || t[s - 1] == '\u2019') && shortYear(t, s, s + 2)
                            && !covered(m, cursor, s - 1, s + 2) && BIRTH_CUES.findIn(scan, s - 12, s - 1) != null) {
                        // "born in '85": two digits are a year only right after the cue ("moved here in '99" is not)
                        emitWithCue(scan, s - 1, s + 2, "date-short-year", out);
                    }
                } else if (len >= 6 && len <= 8 && scan.runStart(r) == s && compactDate(t, s, s + len)
                        && !covered(m, cursor, s, s + len)) {
                    emitWithCue(scan, s, s + len, "date-digits-only", out);
                }
            } else if (last == first + 2 && scan.runStart(r) == scan.tokenStart(first) && spacedDate(scan, first, last)
                    && !covered(m, cursor, scan.runStart(r), scan.runEnd(r))) {
                emitWithCue(scan, scan.runStart(r), scan.runEnd(r), "date-space-separated", out);
            }
        }
        if ((scan.mixedTokenLengths() & JOINED_LENGTHS) == 0) {
            return; // no token of letters and digits as long as "3mar85" to "14MAR1985"
        }
        cursor[0] = 0;
        for (int k = scan.nextDigitToken(0); k < scan.tokenCount(); k = scan.nextDigitToken(k + 1)) {
            int s = scan.tokenStart(k);
            int e = scan.tokenEnd(k);
            if (scan.tokenHas(k, TextScan.LETTER) && e - s >= 6 && e - s <= 9 && dayMonthYear(t, s, e)
                    && !covered(m, cursor, s, e)) {
                emitWithCue(scan, s, e, "date-day-month-year-joined", out);
            }
        }
    }

    private void emitWithCue(TextScan scan, int s, int e, String pattern, List<Finding> out) {
        String[] cue = sameLineCue(scan, s, e);
        if (cue == null) {
            return;
        }
        Explanation.Builder ex = Explanation.builder().pattern(pattern).validator("day-month-range").baseScore(0.85)
                .cue(Explanation.ContextCue.of(cue[0], 0.1, cue[1]))
                .reason("a date without separators, with birth context on its line");
        out.add(finding(EntityType.DATE_OF_BIRTH, s, e, 0.95, ex));
    }

    /** A birth cue on the span's line (up to 32 characters before it, 20 after), else in the prompt, or null. */
    private static String[] sameLineCue(TextScan scan, int s, int e) {
        char[] t = scan.chars;
        String cue = BIRTH_CUES.findIn(scan, ContextScorer.lineWindowStart(scan.text, s, 32, false), s);
        if (cue == null) {
            cue = BIRTH_CUES.findIn(scan, e, ContextScorer.lineEnd(t, e, e + 20));
        }
        if (cue != null) {
            return new String[] {cue, "text"};
        }
        if (!scan.prompt.isEmpty()) {
            cue = BIRTH_CUES.findIn(scan.prompt);
            if (cue != null) {
                return new String[] {cue, "assistant-prompt"};
            }
        }
        return null;
    }

    /**
     * The end of a two-digit year right after a day and month without a year ("12 Apr 85", "12-Apr-85", "Apr 12
     * 85"): one space, '-' or '/', two digits, then no letter or digit; else {@code end}. The grammar leaves such a
     * number out of a DATE ("due 12 Apr 85 ..." may be a count); after a birth cue it is the year.
     */
    static int twoDigitYearAfter(char[] t, int end) {
        if (end + 3 > t.length || (t[end] != ' ' && t[end] != '-' && t[end] != '/')) {
            return end;
        }
        char a = t[end + 1];
        char b = t[end + 2];
        if (a < '0' || a > '9' || b < '0' || b > '9' || (end + 3 < t.length && Character.isLetterOrDigit(t[end + 3]))) {
            return end;
        }
        return end + 3;
    }

    /**
     * True if a grammar match overlaps {@code [s, e)}: that date was already judged above. Matches are sorted and
     * do not overlap; {@code cursor[0]} is the first one that may still matter for candidates from {@code s} on.
     */
    private static boolean covered(int[] m, int[] cursor, int s, int e) {
        // skip the matches that end at or before s: later candidates start further right (linear overall)
        int i = cursor[0];
        while (i < m.length && m[i + 1] <= s) {
            i += 3;
        }
        cursor[0] = i;
        return i < m.length && m[i] < e;
    }

    /**
     * Three digit tokens with one space between each, or " - ", " / ", " . " ("12 - 04 - 1985"): D M Y or M D Y
     * (year of 2 or 4 digits), or Y M D.
     */
    private static boolean spacedDate(TextScan scan, int first, int last) {
        if (last != first + 2) {
            return false;
        }
        char[] t = scan.chars;
        // one space between the parts, or the same separator with a space on each side ("12 - 04 - 1985")
        int g0 = scan.tokenEnd(first);
        int gap = scan.tokenStart(first + 1) - g0;
        char sep = gap == 3 ? t[g0 + 1] : ' ';
        for (int k = first; k < last; k++) {
            int g = scan.tokenEnd(k);
            if (scan.tokenStart(k + 1) - g != gap || t[g] != ' '
                    || (gap == 3 && (t[g + 1] != sep || t[g + 2] != ' ' || (sep != '-' && sep != '/' && sep != '.')))
                    || (gap != 1 && gap != 3)) {
                return false;
            }
        }
        int la = scan.tokenLength(first);
        int lb = scan.tokenLength(first + 1);
        int lc = scan.tokenLength(last);
        int a = value(t, scan.tokenStart(first), scan.tokenEnd(first));
        int b = value(t, scan.tokenStart(first + 1), scan.tokenEnd(first + 1));
        int c = value(t, scan.tokenStart(last), scan.tokenEnd(last));
        if (la == 4 && lb <= 2 && lc <= 2) {
            return birthYear(a) && DateGrammar.validDay(c, b, a);
        }
        if (la > 2 || lb > 2 || (lc != 2 && lc != 4) || (lc == 4 && !birthYear(c))) {
            return false;
        }
        int y = lc == 4 ? c : 0;
        return DateGrammar.validDay(a, b, y) || DateGrammar.validDay(b, a, y);
    }

    /**
     * One run of 8 digits (YYYYMMDD, DDMMYYYY, MMDDYYYY), 7 (a one-digit day or month, then a four-digit year) or
     * 6 digits (DDMMYY, MMDDYY, YYMMDD) that is a date.
     */
    private static boolean compactDate(char[] t, int s, int e) {
        if (e - s == 8) {
            int y = value(t, s, s + 4);
            if (birthYear(y) && DateGrammar.validDay(value(t, s + 6, s + 8), value(t, s + 4, s + 6), y)) {
                return true;
            }
            y = value(t, s + 4, s + 8);
            int a = value(t, s, s + 2);
            int b = value(t, s + 2, s + 4);
            return birthYear(y) && (DateGrammar.validDay(a, b, y) || DateGrammar.validDay(b, a, y));
        }
        if (e - s == 7) {
            // a voice transcript's "three fourteen nineteen eighty five" is written "3141985": 3/14 or 31/4
            int y = value(t, s + 3, s + 7);
            int a = value(t, s, s + 1);
            int b = value(t, s + 1, s + 3);
            int c = value(t, s, s + 2);
            int d = value(t, s + 2, s + 3);
            return birthYear(y) && (DateGrammar.validDay(a, b, y) || DateGrammar.validDay(b, a, y)
                    || DateGrammar.validDay(c, d, y) || DateGrammar.validDay(d, c, y));
        }
        if (e - s == 6) {
            int a = value(t, s, s + 2);
            int b = value(t, s + 2, s + 4);
            int c = value(t, s + 4, s + 6);
            return DateGrammar.validDay(a, b, 0) || DateGrammar.validDay(b, a, 0) || DateGrammar.validDay(c, b, 0);
        }
        return false;
    }

    /** "14MAR1985", "3mar85": one or two digits, a three-letter month, a year of two or four digits. */
    private static boolean dayMonthYear(char[] t, int s, int e) {
        int p = s;
        while (p < e && p - s < 2 && t[p] >= '0' && t[p] <= '9') {
            p++;
        }
        int yearLength = e - p - 3;
        if (p == s || (yearLength != 2 && yearLength != 4)) {
            return false;
        }
        for (int i = e - yearLength; i < e; i++) {
            if (t[i] < '0' || t[i] > '9') {
                return false;
            }
        }
        int month = DateGrammar.MONTHS.value(new String(t, p, 3).toLowerCase(java.util.Locale.ROOT), -1);
        int y = value(t, e - yearLength, e);
        return month > 0 && (yearLength == 2 || birthYear(y)) && DateGrammar.validDay(value(t, s, p), month,
                yearLength == 4 ? y : 0);
    }

    /** Two digits {@code t[s, e)} written as a year: an apostrophe before, a space or the start before that. */
    private static boolean shortYear(char[] t, int s, int e) {
        return s > 0 && (t[s - 1] == '\'' || t[s - 1] == '\u2019') && (s == 1 || t[s - 2] == ' ')
                && (e == t.length || !Character.isLetterOrDigit(t[e]));
    }

    private static int value(char[] t, int s, int e) {
        return TextScan.digitValue(t, s, e);
    }

    /** A plausible year of birth: 1900-2099. */
    private static boolean birthYear(int y) {
        return y >= 1900 && y <= 2099;
    }

}
