package dev.privacyai.impl.redaction;

import java.util.Locale;
import java.util.Map;

/**
 * Rewrites numbers spoken word by word, as speech-to-text writes them without number formatting, into digits so
 * that the detectors see the shapes they know: "four one one one one one ..." becomes "4111 1111 ...", "four one
 * five, five five five, zero one three two" becomes "415 555 0132", "double five" is "55", "oh" inside a run is
 * "0", "twenty one" is "21", "nineteen" is "19", "five hundred" is "500", and a day said as an ordinal next to a
 * month is written as one ("the twelfth of May" is "the 12th of May", "May twenty first" is "May 21st"). Digits
 * already written as digits may stand inside a run ("555 one two three four"). "Hundred" before a teen or a tens
 * word makes one number ("four hundred twelve" is "412", "four hundred sixty seven" "467"); before a unit it is
 * "00" ("nine hundred one two three" is "900123").
 *
 * <p>Between two numbers of a run: a hesitation filler ("uh", "um", "uhm", "er", "erm", "ah", "hmm", at most
 * {@value #MAX_FILLERS} in a row, with or without a comma or period around it) is a pause ("four one five, uh,
 * five five five" is "415 555"); "dash"/"hyphen" is written "-" and "slash" "/" ("four one two dash six seven dash
 * eight nine two three" is "412-67-8923", "twelve slash twenty seven" is "12/27"). Anywhere else they stay words
 * ("um, one sec", "dash cam", "slash the price"), and a filler at either end of a run is not part of it. An
 * extension said right after a run joins it: "... zero one three two extension two one" (or "ext.") is
 * "... 0132 ext 21" ({@value #MIN_EXT_DIGITS}-{@value #MAX_EXT_DIGITS} digits). A spoken run of 12 digits that
 * starts with the UK country code ("double four seven seven ...") is written with its "+" ("+447700...").
 *
 * <p>A run is rewritten only when it holds at least {@value #MIN_WORDS} number words and at least
 * {@value #MIN_DIGITS} digits in all, or is a year said in two numbers ("nineteen ninety", "twenty twenty four"):
 * "one or two", "twenty five people" and "I have two kids" stay as they are (fillers and separator words are not
 * number words: "the first one, uh, two of them" stays too); an ordinal without a month next to it stays a word
 * ("the first time"). The rewritten text keeps every other character (a comma, dash or period between
 * two groups of a run, or a filler, becomes one space: "four one five, five five five" is "415 555");
 * {@link Rewritten#originalStart} and {@link Rewritten#originalEnd} map a span of it back to the original text,
 * always onto whole words (a span may cover a filler or "dash" inside a run, or "extension" before its digits).
 *
 * <p>Linear time: every word is looked at a bounded number of times (a failed run is skipped as a whole).
 *
 * <p>English only. Stateless and thread-safe; package-private.
 */
final class SpokenNumbers {

    static final int MIN_WORDS = 3;
    static final int MIN_DIGITS = 3;

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("zero", 0), Map.entry("oh", 0),
            Map.entry("o", 0), Map.entry("nought", 0), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9));
    private static final Map<String, Integer> TEENS = Map.ofEntries(Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 2, "thirty", 3, "forty", 4, "fifty", 5,
            "sixty", 6, "seventy", 7, "eighty", 8, "ninety", 9);
    private static final Map<String, Integer> REPEATS = Map.of("double", 2, "triple", 3);

    /** {@link Word#tag}: a hesitation filler ("uh", "um"). */
    private static final int FILLER = 1;
    /** {@link Word#tag}: "dash" or "hyphen". */
    private static final int DASH = 2;
    /** {@link Word#tag}: "slash". */
    private static final int SLASH = 3;
    /** {@link Word#tag}: "extension" or "ext". */
    private static final int EXTENSION = 4;
    private static final Map<String, Integer> TAGS = Map.ofEntries(Map.entry("uh", FILLER), Map.entry("uhh", FILLER),
            Map.entry("um", FILLER), Map.entry("umm", FILLER), Map.entry("uhm", FILLER), Map.entry("er", FILLER),
            Map.entry("erm", FILLER), Map.entry("ah", FILLER), Map.entry("hm", FILLER), Map.entry("hmm", FILLER),
            Map.entry("dash", DASH), Map.entry("hyphen", DASH), Map.entry("slash", SLASH),
            Map.entry("extension", EXTENSION), Map.entry("ext", EXTENSION));
    /** At most this many fillers in a row inside a run ("uh, um"). */
    private static final int MAX_FILLERS = 2;
    /** Digits of an extension said after a number ("extension two one"). */
    private static final int MIN_EXT_DIGITS = 2;
    private static final int MAX_EXT_DIGITS = 6;
    /** What a segment after "extension" is joined by: the phone detectors' extension shape. */
    private static final String EXT_JOINT = " ext ";

    private SpokenNumbers() {
    }

    /** A rewritten text and the map of its characters back to the original. */
    static final class Rewritten {
        final String text;
        private final int[] start;
        private final int[] end;

        private Rewritten(String text, int[] start, int[] end) {
            this.text = text;
            this.start = start;
            this.end = end;
        }

        /** Start in the original text of the rewritten character at {@code i}. */
        int originalStart(int i) {
            return start[i];
        }

        /** End (exclusive) in the original text of the rewritten character at {@code i}. */
        int originalEnd(int i) {
            return end[i];
        }
    }

    /** One word of the text: [start, end) and, for a number word or digit token, its digits; else null. */
    private static final class Word {
        final int start;
        final int end;
        final String digits;
        final boolean spoken;
        final int repeat;
        final boolean ohWord;
        /** Day of the month of an ordinal word ("twelfth" = 12), else 0. */
        final int ordinal;
        /** A month name. */
        final boolean month;
        /** {@link #FILLER}, {@link #DASH}, {@link #SLASH}, {@link #EXTENSION}, else 0. */
        final int tag;

        Word(int start, int end, String digits, boolean spoken, int repeat) {
            this(start, end, digits, spoken, repeat, false, 0, false, 0);
        }

        Word(int start, int end, String digits, boolean spoken, int repeat, boolean ohWord, int ordinal,
                boolean month, int tag) {
            this.start = start;
            this.end = end;
            this.digits = digits;
            this.spoken = spoken;
            this.repeat = repeat;
            this.ohWord = ohWord;
            this.ordinal = ordinal;
            this.month = month;
            this.tag = tag;
        }
    }

    /**
     * One number of a run: original text [from, to), the index of its last word, the word whose digits it writes
     * ({@code digitsWord}, repeated {@code repeat} times: "double five"), and for "twenty one" the unit word
     * ({@code unitWord}, else -1); {@code joint} is written for the text between it and the segment before ("-"
     * for "dash", "/" for "slash", " ext " for "extension"), or null for a pause (a space if anything but spaces
     * stands between them: a comma, a filler).
     */
    private record Segment(int from, int to, int lastWord, int digitsWord, int repeat, int unitWord, String joint) {
        Segment(int from, int to, int lastWord, int digitsWord, int repeat, int unitWord) {
            this(from, to, lastWord, digitsWord, repeat, unitWord, null);
        }
    }

    /** A day said as an ordinal next to a month: original text [from, to), its last word and the day. */
    private record DayOrdinal(int from, int to, int lastWord, int day) {
    }

    /** {@code text} with its spoken number runs in digits, or {@code null} if it has none. */
    static Rewritten rewrite(String text) {
        int n = text.length();
        java.util.List<Word> words = new java.util.ArrayList<>();
        int i = 0;
        boolean anySpoken = false;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            Word w = word(text, s, i);
            anySpoken |= w.spoken || w.ordinal > 0;
            words.add(w);
        }
        if (!anySpoken) {
            return null;
        }
        Builder out = new Builder(n);
        int copied = 0;
        int[] stop = new int[1];
        for (int k = 0; k < words.size(); ) {
            DayOrdinal day = dayOrdinal(text, words, k);
            if (day != null) {
                out.copy(text, copied, day.from());
                out.append(day.day() + DateGrammar.ordinalSuffix(day.day()), day.from(), day.to());
                copied = day.to();
                k = day.lastWord() + 1;
                continue;
            }
            java.util.List<Segment> run = run(text, words, k, stop);
            if (run == null) {
                // a run that starts inside a failed one ends where it ends and holds less: skip it (linear time)
                k = Math.max(k + 1, stop[0]);
                continue;
            }
            out.copy(text, copied, run.get(0).from());
            if (ukCountryCode(words, run)) {
                out.append("+", run.get(0).from(), run.get(0).to());
            }
            int prevEnd = -1;
            for (Segment seg : run) {
                if (prevEnd >= 0 && seg.joint() != null) {
                    out.append(seg.joint(), prevEnd, seg.from()); // "dash", "slash", "extension"
                } else if (prevEnd >= 0 && !text.substring(prevEnd, seg.from()).isBlank()) {
                    // a comma, dash, period or filler between groups is a pause: a space, as in "415 555 0132"
                    out.append(" ", prevEnd, seg.from());
                }
                out.append(digits(words, seg).repeat(seg.repeat()), seg.from(), seg.to());
                prevEnd = seg.to();
            }
            copied = prevEnd;
            k = run.get(run.size() - 1).lastWord() + 1;
        }
        if (copied == 0) {
            return null;
        }
        out.copy(text, copied, n);
        return out.build();
    }

    /** The digits a segment writes once: "5", "21" for "twenty one", "00" for "hundred". */
    private static String digits(java.util.List<Word> words, Segment seg) {
        String d = words.get(seg.digitsWord()).digits;
        return seg.unitWord() >= 0 ? d.substring(0, 1) + words.get(seg.unitWord()).digits : d;
    }

    /** Builds the rewritten text and its map back to the original. */
    private static final class Builder {
        private final StringBuilder sb;
        private int[] start;
        private int[] end;

        Builder(int capacity) {
            sb = new StringBuilder(capacity);
            start = new int[capacity + 16];
            end = new int[capacity + 16];
        }

        /** Copies text[from, to) unchanged. */
        void copy(String text, int from, int to) {
            for (int p = from; p < to; p++) {
                put(text.charAt(p), p, p + 1);
            }
        }

        /** Appends {@code s}, every character of which stands for the original text[from, to). */
        void append(String s, int from, int to) {
            for (int x = 0; x < s.length(); x++) {
                put(s.charAt(x), from, to);
            }
        }

        private void put(char c, int from, int to) {
            int at = sb.length();
            if (at == start.length) {
                start = java.util.Arrays.copyOf(start, at * 2);
                end = java.util.Arrays.copyOf(end, at * 2);
            }
            start[at] = from;
            end[at] = to;
            sb.append(c);
        }

        Rewritten build() {
            return new Rewritten(sb.toString(), start, end);
        }
    }

    /** Classifies text[s, e). */
    private static Word word(String text, int s, int e) {
        boolean allDigits = true;
        for (int p = s; p < e; p++) {
            char c = text.charAt(p);
            if (c < '0' || c > '9') {
                allDigits = false;
                break;
            }
        }
        if (allDigits) {
            return new Word(s, e, text.substring(s, e), false, 0);
        }
        if (e - s > 11) {
            return new Word(s, e, null, false, 0); // longer than any number word ("seventeenth")
        }
        String w = text.substring(s, e).toLowerCase(Locale.ROOT);
        int ordinal = DateGrammar.ORDINAL_WORDS.value(w, 0);
        if (ordinal > 0) {
            return new Word(s, e, null, false, 0, false, ordinal, false, 0);
        }
        if (DateGrammar.MONTHS.contains(w)) {
            return new Word(s, e, null, false, 0, false, 0, true, 0);
        }
        Integer v = UNITS.get(w);
        if (v != null) {
            return new Word(s, e, Integer.toString(v), true, 0, w.equals("oh") || w.equals("o"), 0, false, 0);
        }
        v = TEENS.get(w);
        if (v != null) {
            return new Word(s, e, Integer.toString(v), true, 0);
        }
        v = TENS.get(w);
        if (v != null) {
            return new Word(s, e, v + "0", true, 0);
        }
        v = REPEATS.get(w);
        if (v != null) {
            return new Word(s, e, null, true, v);
        }
        if (w.equals("hundred")) {
            return new Word(s, e, "00", true, 0);
        }
        Integer tag = TAGS.get(w);
        return tag == null ? new Word(s, e, null, false, 0) : new Word(s, e, null, false, 0, false, 0, false, tag);
    }

    /**
     * The number run starting at word {@code k} as segments (one per number: a unit, "double five", "twenty one",
     * a digit token), or null if none starts there or it is too short; {@code stop[0]} is set to the first word
     * after the words looked at. Words of a run are separated by spaces, or by one comma, dash or period plus spaces,
     * or by fillers or "dash"/"slash" ({@link #bridge}); "double"/"triple" repeat the unit after them; "twenty one" is
     * 21; "hundred" follows a unit ("five hundred") and takes a teen or tens after it ("four hundred twelve"); an
     * extension after the run joins it ({@link #extension}).
     */
    private static java.util.List<Segment> run(String text, java.util.List<Word> words, int k, int[] stop) {
        stop[0] = k;
        if (!startsRun(words.get(k), words, k, text)) {
            return null;
        }
        java.util.List<Segment> segs = new java.util.ArrayList<>();
        int spoken = 0;
        int digits = 0;
        int q = k;
        while (q < words.size()) {
            Word w = words.get(q);
            String joint = null;
            if (q > k && (w.tag == FILLER || w.tag == DASH || w.tag == SLASH)) {
                // "four one five, uh, five five five", "twelve slash twenty seven": only before another number
                int next = bridge(text, words, q);
                if (next < 0) {
                    break;
                }
                joint = w.tag == DASH ? "-" : w.tag == SLASH ? "/" : null;
                q = next;
                w = words.get(q);
            } else if (q > k && !joinable(text, words.get(q - 1).end, w.start)) {
                break;
            }
            if (w.repeat > 0) {
                // "double five": the next word must be a unit
                if (q + 1 >= words.size() || !isUnit(words.get(q + 1))
                        || !joinable(text, w.end, words.get(q + 1).start)) {
                    break;
                }
                segs.add(new Segment(w.start, words.get(q + 1).end, q + 1, q + 1, w.repeat, -1, joint));
                spoken += 2;
                digits += w.repeat;
                q += 2;
                continue;
            }
            if (w.digits == null) {
                break;
            }
            if (!w.spoken && w.digits.length() > 4) {
                break; // a long written number is its own token; detectors see it as is
            }
            if (w.spoken && w.digits.equals("00") && (q == k || !isUnit(words.get(q - 1)))) {
                break; // "hundred" only after a unit: "five hundred"
            }
            if (w.spoken && w.digits.equals("00") && q + 1 < words.size()
                    && onlySpaces(text, w.end, words.get(q + 1).start)) {
                // "four hundred twelve" is 412, "four hundred sixty seven" 467 (not 40012, 40067)
                Word x = words.get(q + 1);
                if (isTeen(x)) {
                    segs.add(new Segment(w.start, x.end, q + 1, q + 1, 1, -1));
                    spoken += 2;
                    digits += 2;
                    q += 2;
                    continue;
                }
                if (isTens(x)) {
                    if (q + 2 < words.size() && isUnit(words.get(q + 2)) && !isZero(words.get(q + 2))
                            && joinable(text, x.end, words.get(q + 2).start)) {
                        segs.add(new Segment(w.start, words.get(q + 2).end, q + 2, q + 1, 1, q + 2));
                        spoken += 3;
                        q += 3;
                    } else {
                        segs.add(new Segment(w.start, x.end, q + 1, q + 1, 1, -1));
                        spoken += 2;
                        q += 2;
                    }
                    digits += 2;
                    continue;
                }
            }
            if (isTens(w) && q + 1 < words.size() && isUnit(words.get(q + 1)) && !isZero(words.get(q + 1))
                    && joinable(text, w.end, words.get(q + 1).start)) {
                segs.add(new Segment(w.start, words.get(q + 1).end, q + 1, q, 1, q + 1, joint));
                spoken += 2;
                digits += 2;
                q += 2;
                continue;
            }
            segs.add(new Segment(w.start, w.end, q, q, 1, -1, joint));
            if (w.spoken) {
                spoken++;
            }
            digits += w.digits.length();
            q++;
        }
        stop[0] = q;
        // a run ends at its last number; "oh" alone at either end is the interjection, unless it ends the
        // sentence right after a number that is long enough without it ("my zip is nine oh two one oh.")
        while (!segs.isEmpty() && isOh(words.get(segs.get(segs.size() - 1).digitsWord()))
                && segs.get(segs.size() - 1).repeat() == 1
                && !(digits > MIN_DIGITS && closingZero(text, words, segs))) {
            segs.remove(segs.size() - 1);
            spoken--;
            digits--;
        }
        if (segs.isEmpty() || digits < MIN_DIGITS || (spoken < MIN_WORDS && !spokenYear(words, segs))) {
            return null;
        }
        extension(text, words, segs, stop);
        return segs;
    }

    /**
     * For a filler, "dash" or "slash" at word {@code q} right after a number of a run: the index of the number word
     * it leads to, or -1. Fillers ("uh", "um", ..., at most {@value #MAX_FILLERS} in a row) may have a comma or period
     * around them; "dash" and "slash" only spaces; the word after must start a number.
     */
    private static int bridge(String text, java.util.List<Word> words, int q) {
        Word w = words.get(q);
        int n = words.size();
        if (w.tag == FILLER) {
            if (!joinable(text, words.get(q - 1).end, w.start)) {
                return -1;
            }
            int p = q;
            while (p + 1 < n && p + 1 - q < MAX_FILLERS && words.get(p + 1).tag == FILLER
                    && joinable(text, words.get(p).end, words.get(p + 1).start)) {
                p++;
            }
            if (p + 1 >= n || !startsNumber(words.get(p + 1))
                    || !joinable(text, words.get(p).end, words.get(p + 1).start)) {
                return -1;
            }
            return p + 1;
        }
        if (q + 1 >= n || !startsNumber(words.get(q + 1)) || !onlySpaces(text, words.get(q - 1).end, w.start)
                || !onlySpaces(text, w.end, words.get(q + 1).start)) {
            return -1;
        }
        return q + 1;
    }

    /** A word a number of a run may start with: a number word (not "hundred"), "double"/"triple", short digits. */
    private static boolean startsNumber(Word w) {
        if (w.repeat > 0) {
            return true;
        }
        return w.digits != null && !(w.spoken && w.digits.equals("00")) && (w.spoken || w.digits.length() <= 4)
                && !isOh(w);
    }

    /**
     * Adds to a run the extension said right after it, "extension two one" or "ext. twenty one": 2-6 digits in
     * units, teens, tens or "double"/"triple" units, written " ext 21" so the phone detectors' extension rule sees
     * it; updates {@code stop[0]}.
     */
    private static void extension(String text, java.util.List<Word> words, java.util.List<Segment> segs,
            int[] stop) {
        int last = segs.get(segs.size() - 1).lastWord();
        int n = words.size();
        if (last + 2 >= n || words.get(last + 1).tag != EXTENSION
                || !joinable(text, words.get(last).end, words.get(last + 1).start)
                || !joinable(text, words.get(last + 1).end, words.get(last + 2).start)) {
            return;
        }
        java.util.List<Segment> ext = new java.util.ArrayList<>();
        int digits = 0;
        int q = last + 2;
        while (q < n && digits < MAX_EXT_DIGITS) {
            Word w = words.get(q);
            if (q > last + 2 && !onlySpaces(text, words.get(q - 1).end, w.start)) {
                break;
            }
            String joint = ext.isEmpty() ? EXT_JOINT : null;
            if (w.repeat > 0 && q + 1 < n && isUnit(words.get(q + 1))
                    && onlySpaces(text, w.end, words.get(q + 1).start)) {
                ext.add(new Segment(w.start, words.get(q + 1).end, q + 1, q + 1, w.repeat, -1, joint));
                digits += w.repeat;
                q += 2;
            } else if (isTens(w) && q + 1 < n && isUnit(words.get(q + 1)) && !isZero(words.get(q + 1))
                    && onlySpaces(text, w.end, words.get(q + 1).start)) {
                ext.add(new Segment(w.start, words.get(q + 1).end, q + 1, q, 1, q + 1, joint));
                digits += 2;
                q += 2;
            } else if (isUnit(w) || isTeen(w) || isTens(w)) {
                ext.add(new Segment(w.start, w.end, q, q, 1, -1, joint));
                digits += w.digits.length();
                q++;
            } else {
                break;
            }
        }
        if (digits < MIN_EXT_DIGITS || digits > MAX_EXT_DIGITS) {
            return;
        }
        segs.addAll(ext);
        stop[0] = q;
    }

    /**
     * True if a run is a UK number said with its country code and without "plus" ("double four seven seven double
     * oh nine ..."): 12 digits, spoken, starting "44" and no trunk zero after it; it is written "+44...".
     */
    private static boolean ukCountryCode(java.util.List<Word> words, java.util.List<Segment> run) {
        if (!words.get(run.get(0).digitsWord()).spoken) {
            return false;
        }
        StringBuilder d = new StringBuilder(16);
        for (Segment seg : run) {
            if (EXT_JOINT.equals(seg.joint())) {
                break; // an extension after it is not part of the number
            }
            if (seg.joint() != null || d.length() > 12) {
                return false; // no "dash" or "slash" in it
            }
            d.append(digits(words, seg).repeat(seg.repeat()));
        }
        return d.length() == 12 && d.charAt(0) == '4' && d.charAt(1) == '4' && d.charAt(2) != '0';
    }

    /**
     * A day of the month said as an ordinal right next to a month name ("the twelfth of May", "May twenty first"):
     * {from, to, lastWord, day}; else null. Without a month next to it an ordinal word stays a word ("the first
     * time", "in a second").
     */
    private static DayOrdinal dayOrdinal(String text, java.util.List<Word> words, int k) {
        Word w = words.get(k);
        int last = k;
        int day;
        if (w.ordinal > 0) {
            day = w.ordinal;
        } else if (isTens(w) && (w.digits.charAt(0) == '2' || w.digits.charAt(0) == '3') && k + 1 < words.size()
                && words.get(k + 1).ordinal > 0 && words.get(k + 1).ordinal < 10
                && onlySpaces(text, w.end, words.get(k + 1).start)) {
            day = (w.digits.charAt(0) - '0') * 10 + words.get(k + 1).ordinal; // "twenty first"
            last = k + 1;
        } else {
            return null;
        }
        if (day > 31) {
            return null;
        }
        boolean monthBefore = k > 0 && words.get(k - 1).month && joinable(text, words.get(k - 1).end, w.start);
        if (!monthBefore && k > 1 && words.get(k - 2).month && text.substring(words.get(k - 1).start,
                words.get(k - 1).end).equalsIgnoreCase("the") && onlySpaces(text, words.get(k - 2).end,
                words.get(k - 1).start) && onlySpaces(text, words.get(k - 1).end, w.start)) {
            monthBefore = true; // "March the third"
        }
        boolean monthAfter = false;
        if (last + 1 < words.size() && joinable(text, words.get(last).end, words.get(last + 1).start)) {
            Word next = words.get(last + 1);
            monthAfter = next.month || (last + 2 < words.size() && text.substring(next.start, next.end)
                    .equalsIgnoreCase("of") && words.get(last + 2).month
                    && onlySpaces(text, next.end, words.get(last + 2).start));
        }
        if (!monthBefore && !monthAfter) {
            return null;
        }
        return new DayOrdinal(w.start, words.get(last).end, last, day);
    }

    /**
     * True if the last segment, an "oh", follows another number with only spaces between and ends the text, the
     * line or the sentence: then it is a zero ("nine oh two one oh"), not "oh, and ...".
     */
    private static boolean closingZero(String text, java.util.List<Word> words, java.util.List<Segment> segs) {
        if (segs.size() < 2) {
            return false;
        }
        Word oh = words.get(segs.get(segs.size() - 1).digitsWord());
        Word before = words.get(segs.get(segs.size() - 2).digitsWord());
        if (!isUnit(before) || !onlySpaces(text, before.end, oh.start)) {
            return false;
        }
        int e = oh.end;
        while (e < text.length() && (text.charAt(e) == ' ' || text.charAt(e) == '\t')) {
            e++;
        }
        return e == text.length() || ".?!\n\r".indexOf(text.charAt(e)) >= 0;
    }

    /** Two spoken numbers that make a year of 1900–2099: "nineteen ninety", "twenty twenty four". */
    private static boolean spokenYear(java.util.List<Word> words, java.util.List<Segment> segs) {
        if (segs.size() != 2) {
            return false;
        }
        Segment century = segs.get(0);
        Segment rest = segs.get(1);
        String c = digits(words, century);
        return words.get(century.digitsWord()).spoken && century.unitWord() < 0 && century.repeat() == 1
                && (c.equals("19") || c.equals("20")) && words.get(rest.digitsWord()).spoken && rest.repeat() == 1
                && digits(words, rest).length() == 2;
    }

    private static boolean startsRun(Word w, java.util.List<Word> words, int k, String text) {
        if (w.digits == null && w.repeat == 0) {
            return false;
        }
        if (isOh(w) && (k + 1 >= words.size() || !isUnit(words.get(k + 1)) || !onlySpaces(text, w.end,
                words.get(k + 1).start))) {
            return false; // "Oh, one more thing" is an interjection; "oh seven seven ..." a leading zero
        }
        if (k > 0 && words.get(k - 1).digits != null) {
            return false; // runs start at their first word only
        }
        return true;
    }

    private static boolean isUnit(Word w) {
        return w.spoken && w.digits != null && w.digits.length() == 1;
    }

    /** "oh" or "o": zero only between other numbers. */
    private static boolean isOh(Word w) {
        return w.spoken && w.ohWord;
    }

    /** "ten" to "nineteen". */
    private static boolean isTeen(Word w) {
        return w.spoken && w.digits != null && w.digits.length() == 2 && w.digits.charAt(0) == '1';
    }

    private static boolean isZero(Word w) {
        return isUnit(w) && w.digits.equals("0");
    }

    private static boolean isTens(Word w) {
        return w.spoken && w.digits != null && w.digits.length() == 2 && w.digits.charAt(1) == '0'
                && w.digits.charAt(0) >= '2';
    }

    private static boolean onlySpaces(String text, int a, int b) {
        if (b <= a) {
            return false;
        }
        for (int p = a; p < b; p++) {
            if (text.charAt(p) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Only spaces, or one comma, dash or period with spaces, between two words of a run. */
    private static boolean joinable(String text, int a, int b) {
        int marks = 0;
        if (b - a < 1 || b - a > 3) {
            return false;
        }
        for (int p = a; p < b; p++) {
            char c = text.charAt(p);
            if (c == ',' || c == '-' || c == '.') {
                marks++;
            } else if (c != ' ') {
                return false;
            }
        }
        return marks <= 1;
    }
}
