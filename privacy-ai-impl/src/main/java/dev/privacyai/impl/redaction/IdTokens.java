package dev.privacyai.impl.redaction;

import java.util.Locale;

/**
 * Token helpers shared by the identifier detectors: chains of {@link TextScan} tokens joined by exactly one
 * separator character ("AB 12 34 56 C", "1EG4-TE5-MK73"), the gap character between two tokens, and a
 * cue-then-value check for context-gated numbers. Stateless; package-private.
 */
final class IdTokens {

    /**
     * Separators people type inside identifiers: space and dash. As a gap set, {@code ' '} stands for every space of
     * {@link TextScan#isUnicodeSpace} too and {@code '-'} for every dash of {@link TextScan#isUnicodeDash} (see
     * {@link #gap}), so "536\u202f22\u202f1234" and "536\u221222\u22121234" are read like "536 22 1234" and
     * "536-22-1234".
     */
    static final String SPACE_DASH = " -";
    /** Space, dash and dot. */
    static final String SPACE_DASH_DOT = SPACE_DASH + ".";

    private IdTokens() {
    }

    /**
     * The separator between tokens {@code a} and {@code a + 1} if the gap is exactly one character from
     * {@code seps}, else {@code 0}. When {@code seps} holds {@code ' '}, every Unicode space of
     * {@link TextScan#isUnicodeSpace} is accepted and reported as {@code ' '}; when it holds {@code '-'}, every Unicode
     * dash of {@link TextScan#isUnicodeDash} is accepted and reported as {@code '-'}. So callers that require one and
     * the same separator throughout treat a narrow no-break space like a space and a minus sign like a dash.
     */
    static char gap(TextScan scan, int a, String seps) {
        if (a < 0 || a + 1 >= scan.tokenCount()) {
            return 0;
        }
        int from = scan.tokenEnd(a);
        if (scan.tokenStart(a + 1) - from != 1) {
            return 0;
        }
        return separator(scan.chars[from], seps);
    }

    /**
     * {@code c} as a separator of {@code seps}, with Unicode spaces and dashes folded to {@code ' '} and {@code '-'}
     * (see {@link #gap}); {@code 0} if it is none.
     */
    static char separator(char c, String seps) {
        if (isOneOf(c, seps)) {
            return c;
        }
        if (c < '\u00a0') {
            return 0;
        }
        if (TextScan.isUnicodeSpace(c)) {
            return isOneOf(' ', seps) ? ' ' : 0;
        }
        if (TextScan.isUnicodeDash(c)) {
            return isOneOf('-', seps) ? '-' : 0;
        }
        return 0;
    }

    /** {@code seps.indexOf(c) >= 0} for a short {@code seps}, without String.indexOf's set-up per call. */
    private static boolean isOneOf(char c, String seps) {
        for (int i = 0, n = seps.length(); i < n; i++) {
            if (seps.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last token index {@code k >= i} such that tokens {@code i..k} are joined by single separators from
     * {@code seps} and hold at most {@code maxChars} letters and digits in all; {@code i - 1} if token {@code i}
     * alone is longer. Bounded by {@code maxChars}, so constant work per start token.
     */
    static int chainEnd(TextScan scan, int i, String seps, int maxChars) {
        int len = scan.tokenLength(i);
        if (len > maxChars) {
            return i - 1;
        }
        int k = i;
        while (k + 1 < scan.tokenCount() && gap(scan, k, seps) != 0) {
            int next = len + scan.tokenLength(k + 1);
            if (next > maxChars) {
                break;
            }
            len = next;
            k++;
        }
        return k;
    }

    /** True if the text {@code [start, end)} has no lower-case letter or no upper-case letter (one case only). */
    static boolean singleCase(String text, int start, int end) {
        boolean upper = false;
        boolean lower = false;
        for (int p = start; p < end; p++) {
            char c = text.charAt(p);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            }
        }
        return !(upper && lower);
    }

    /** True if the text {@code [start, end)} has a lower-case ASCII letter. */
    static boolean hasLower(String text, int start, int end) {
        for (int p = start; p < end; p++) {
            char c = text.charAt(p);
            if (c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    /** True for an ASCII digit. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** True for an ASCII letter of either case. */
    static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** True if every character of {@code s} in {@code [from, to)} is an ASCII digit. */
    static boolean digits(String s, int from, int to) {
        for (int p = from; p < to; p++) {
            char c = s.charAt(p);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return from < to;
    }

    /** True if every character of {@code s} in {@code [from, to)} is an upper-case ASCII letter. */
    static boolean letters(String s, int from, int to) {
        for (int p = from; p < to; p++) {
            char c = s.charAt(p);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return from < to;
    }

    /** Words allowed between a cue and its value: "account number is: 1234", "acct no. 1234", "ID # 1234". */
    private static final String[] FILLER = {
        "is", "was", "it", "its", "it's", "my", "our", "the", "number", "no", "nr", "num", "id", "of", "be", "are",
        "here", "this", "that", "reads", "read", "should", "would", "will", "please", "code", "ending", "in",
        "sure", "yes", "yeah", "ok", "okay", "so", "i", "think", "i'm", "it", "mine",
        // the same joins in the languages of the default phone regions ("Kundennummer ist 12345678")
        "ist", "lautet", "meine", "est", "es", "mi", "mon", "ma", "mijn", "il", "mio", "è"
    };

    /** True if {@code text[0, start)} is at most {@code maxGap} characters of punctuation and filler words. */
    static boolean onlyFillerBefore(String text, int start, int maxGap) {
        return start <= maxGap && onlyFiller(text.substring(0, start).toLowerCase(Locale.ROOT), 0, start);
    }

    /**
     * If one of {@code cues} (lower-case phrases, whole words) ends at most {@code maxGap} characters before
     * {@code start} and only punctuation and filler words ("is", "number", "my", ...) stand between it and
     * {@code start}, returns that cue; otherwise {@code null}. Looks at a bounded window only.
     */
    static String cueRightBefore(TextScan scan, int start, String[] cues, int maxGap) {
        int winFrom = Math.max(0, start - maxGap - 40);
        String lower = scan.lowerText();
        // A cue that ends before `lo` fails the gap or the filler test below, so each cue's last occurrence is
        // searched for only where it could end at or after `lo` (usually the end of the word before the filler)
        int lo = Math.max(fillerReach(lower, start, Math.max(0, start - maxGap)), start - maxGap);
        String best = null;
        int bestEnd = -1;
        for (String cue : cues) {
            int searchFrom = Math.max(winFrom, lo - cue.length());
            int p = lastIndexIn(lower, cue, searchFrom, start - cue.length());
            while (p >= searchFrom) {
                int e = p + cue.length();
                boolean wholeStart = p == winFrom || !Character.isLetterOrDigit(lower.charAt(p - 1));
                boolean wholeEnd = e >= start || !Character.isLetterOrDigit(lower.charAt(e)) || cue.endsWith("#");
                if (wholeStart && wholeEnd) {
                    break;
                }
                p = lastIndexIn(lower, cue, searchFrom, p - 1);
            }
            if (p < searchFrom) {
                continue;
            }
            int e = p + cue.length();
            if (start - e > maxGap || !onlyFiller(lower, e, start)) {
                continue;
            }
            if (e > bestEnd) {
                bestEnd = e;
                best = cue;
            }
        }
        return best;
    }

    /** Last index {@code p} in {@code [from, maxStart]} where {@code cue} occurs, or -1; never looks before from. */
    private static int lastIndexIn(String s, String cue, int from, int maxStart) {
        char first = cue.charAt(0);
        for (int p = Math.min(maxStart, s.length() - cue.length()); p >= from; p--) {
            if (s.charAt(p) == first && s.startsWith(cue, p)) {
                return p;
            }
        }
        return -1;
    }

    /**
     * The smallest position {@code e >= floor} (or the first position at or below {@code floor} the walk reaches)
     * such that {@code win[e, to)} is punctuation and filler words, walking back from {@code to} word by word as
     * {@link #onlyFiller} reads forward. Every word-boundary {@code e} with {@code onlyFiller(win, e, to)} is at
     * or after the result; a position inside a word is never one (no filler word starts with an apostrophe, and
     * a letter or digit after a cue fails the cue's whole-word test).
     */
    private static int fillerReach(String win, int to, int floor) {
        int p = to;
        while (p > floor) {
            char c = win.charAt(p - 1);
            if (Character.isLetterOrDigit(c) || c == '\'') {
                int s = p - 1;
                while (s > 0 && (Character.isLetterOrDigit(win.charAt(s - 1)) || win.charAt(s - 1) == '\'')) {
                    s--;
                }
                if (!isFiller(win, s, p)) {
                    return p;
                }
                p = s;
            } else if (fillerPunctuation(c)) {
                p--;
            } else {
                return p;
            }
        }
        return p;
    }

    /**
     * True if {@code word} (lower case) is one of the filler words {@link #cueRightBefore} allows between a cue and
     * its value ("is", "my", "number" ...).
     */
    static boolean isFillerWord(String word) {
        return isFiller(word, 0, word.length());
    }

    private static boolean isFiller(String win, int from, int to) {
        for (String f : FILLER) {
            if (f.length() == to - from && win.startsWith(f, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fillerPunctuation(char c) {
        return c == ':' || c == '#' || c == '.' || c == '-' || c == '=' || c == ',' || c == '(' || c == '"'
                || c == '\'' || Character.isWhitespace(c);
    }

    /**
     * True if {@code win[from, to)} (lower case) is only punctuation, white space and filler words, the gap
     * {@link #cueRightBefore} allows between a cue and its value.
     */
    static boolean onlyFiller(String win, int from, int to) {
        int p = from;
        while (p < to) {
            char c = win.charAt(p);
            if (Character.isLetterOrDigit(c) || c == '\'') {
                int s = p;
                while (p < to && (Character.isLetterOrDigit(win.charAt(p)) || win.charAt(p) == '\'')) {
                    p++;
                }
                if (!isFiller(win, s, p)) {
                    return false;
                }
            } else if (fillerPunctuation(c)) {
                p++;
            } else {
                return false;
            }
        }
        return true;
    }

    /** True if token {@code t} exists and is made of ASCII digits only. */
    static boolean digitToken(TextScan scan, int t) {
        return t >= 0 && t < scan.tokenCount() && scan.tokenFlags(t) == TextScan.DIGIT;
    }

    /**
     * If tokens {@code i, i+1, ...} are digit tokens of exactly the lengths {@code lens}, joined by one and the
     * same single separator from {@code seps}, and the group is not part of a longer chain (no digit token
     * joined by a single separator from {@code seps} right before or after), returns the separator, or
     * {@code 1} for a single token; otherwise {@code 0}.
     */
    static char digitGroups(TextScan scan, int i, int[] lens, String seps) {
        int n = lens.length;
        if (i + n > scan.tokenCount()) {
            return 0;
        }
        char sep = 1;
        for (int k = 0; k < n; k++) {
            int t = i + k;
            if (!digitToken(scan, t) || scan.tokenLength(t) != lens[k]) {
                return 0;
            }
            if (k > 0) {
                char g = gap(scan, t - 1, seps);
                if (g == 0 || (sep != 1 && g != sep)) {
                    return 0;
                }
                sep = g;
            }
        }
        if (digitToken(scan, i - 1) && gap(scan, i - 1, seps) != 0) {
            return 0;
        }
        int last = i + n - 1;
        if (digitToken(scan, last + 1) && gap(scan, last, seps) != 0) {
            return 0;
        }
        return sep;
    }

    /** True if the gap between tokens {@code a} and {@code a + 1} is exactly one space (ASCII or Unicode). */
    static boolean spaceGap(TextScan scan, int a) {
        return gap(scan, a, " ") == ' ';
    }

    /**
     * The length (1–3) of the gap between tokens {@code a} and {@code a + 1} if it is one dash (ASCII or Unicode)
     * with at most one space (ASCII or Unicode) on each side ("-", " -", "- ", " - "), else {@code 0}.
     */
    static int dashGapLength(TextScan scan, int a) {
        if (a < 0 || a + 1 >= scan.tokenCount()) {
            return 0;
        }
        int from = scan.tokenEnd(a);
        int to = scan.tokenStart(a + 1);
        int len = to - from;
        if (len < 1 || len > 3) {
            return 0;
        }
        char[] c = scan.chars;
        int p = from;
        if (len > 1 && separator(c[p], " ") == ' ') {
            p++;
        }
        if (p >= to || separator(c[p], "-") != '-') {
            return 0;
        }
        p++;
        if (p < to && separator(c[p], " ") == ' ') {
            p++;
        }
        return p == to ? len : 0;
    }

    /**
     * Digits typed one at a time, in groups set apart by dashes ("5 3 6 - 2 2 - 1 2 3 4", "5 3 6-2 2-1 2 3 4"): if
     * tokens {@code i, i+1, ...} are single ASCII digits making groups of exactly the sizes {@code lens} (at least
     * two groups), the digits of a group joined by one space, the groups by dash gaps of one and the same width
     * ({@link #dashGapLength}), and no digit token is joined by a space or dash gap right before or after, returns
     * the index of the last token; otherwise {@code -1}. Looks at no more tokens than the sizes add up to (plus
     * one on each side), so a caller may try it at every single-digit token.
     */
    static int spelledGroupsEnd(TextScan scan, int i, int[] lens) {
        int t = i;
        int dashWidth = 0;
        for (int g = 0; g < lens.length; g++) {
            for (int d = 0; d < lens[g]; d++, t++) {
                if (t >= scan.tokenCount() || scan.tokenFlags(t) != TextScan.DIGIT || scan.tokenLength(t) != 1) {
                    return -1;
                }
                if (d > 0) {
                    if (!spaceGap(scan, t - 1)) {
                        return -1;
                    }
                } else if (g > 0) {
                    int w = dashGapLength(scan, t - 1);
                    if (w == 0 || (dashWidth != 0 && w != dashWidth)) {
                        return -1;
                    }
                    dashWidth = w;
                }
            }
        }
        int last = t - 1;
        if (lens.length < 2 || joinedDigit(scan, i - 1) || joinedDigit(scan, last)) {
            return -1;
        }
        return last;
    }

    /** Token {@code a} and token {@code a + 1} both exist, hold digits, and are joined by a space or a dash gap. */
    private static boolean joinedDigit(TextScan scan, int a) {
        return a >= 0 && a + 1 < scan.tokenCount() && scan.tokenHas(a, TextScan.DIGIT)
                && scan.tokenHas(a + 1, TextScan.DIGIT) && (spaceGap(scan, a) || dashGapLength(scan, a) != 0);
    }
}
