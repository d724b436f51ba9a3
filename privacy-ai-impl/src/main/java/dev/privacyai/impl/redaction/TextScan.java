package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.RedactionContext;

import java.util.Arrays;
import java.util.Locale;

/**
 * One linear pass over a text that every built-in detector shares, so the expensive work (patterns, checksums,
 * libphonenumber) runs only on candidates: tokens (maximal runs of letters/digits) with flags, numeric runs
 * (digit tokens joined by short separators such as {@code " "}, {@code "-"}, {@code "."}, {@code ") "}), and the
 * positions of {@code '@'}.
 *
 * <p>Not thread-safe; one instance per analyzed text. Package-private.
 */
final class TextScan {

    static final int DIGIT = 1;
    static final int LETTER = 2;
    static final int UPPER = 4;
    static final int LOWER = 8;
    /** Token contains non-ASCII letters. */
    static final int NON_ASCII = 16;

    final String text;
    /** {@link #text}'s characters (one copy per scan; indexing it is cheaper than {@code String.charAt}). */
    final char[] chars;
    final RedactionContext context;
    /** The assistant's previous prompt, lower-cased, or empty. */
    final String prompt;
    /**
     * The policy's minimum score: a detector may leave out a finding it knows scores below it, since the redactor
     * would drop it anyway; 0 when a detector runs on its own (it then reports every finding, hints included).
     */
    final double minScore;

    private int[] tokStart;
    private int[] tokEnd;
    private int[] tokFlags;
    /** {@code lowerToken(i).hashCode()}, computed during the scan without building the string. */
    private int[] tokHash;
    private int tokCount;
    /** Lower-cased text (same length, char by char), built on first use. */
    private String lower;
    /** Lower-cased tokens, built on first use each. */
    private String[] lowerTokens;

    private int[] atPos = new int[4];
    /** The tokens holding a digit, ascending (filled by the scan; most texts have few). */
    private int[] digitToks = new int[8];
    private int digitTokCount;
    private int atCount;

    /** Numeric runs: start (including a leading '+' or '('), end, first and last token index, digit count. */
    private int[] runStart = new int[8];
    private int[] runEnd = new int[8];
    private int[] runFirstTok = new int[8];
    private int[] runLastTok = new int[8];
    private int[] runDigits = new int[8];
    private int runCount;

    private boolean hasDigit;
    /** Bit {@code min(length, 63)} set for each token of ASCII digits only. */
    private long digitLengths;
    /** Bit {@code min(length, 63)} set for each token that holds a digit and something else (a letter). */
    private long mixedLengths;
    /** See {@link #nextDigitToken}; built on first use. */
    private int[] nextDigit;
    /** See {@link #nextJoinedToken}; built on first use. */
    private int[] nextJoined;

    /** Per token, the {@link ContextLexicon.Index} bits of the lexicons that could match there; built on use. */
    private long[] lexMasks;
    private int lexMaskCount;
    private ContextLexicon.Index lexIndex;

    private TextScan(String text, RedactionContext context, double minScore) {
        this.text = text;
        this.chars = text.toCharArray();
        this.context = context;
        this.minScore = minScore;
        this.prompt = context.previousAssistantPrompt().map(p -> p.toLowerCase(Locale.ROOT)).orElse("");
        // about one token per 5 characters in prose; grown by doubling when needed
        int cap = Math.max(16, text.length() / 5);
        tokStart = new int[cap];
        tokEnd = new int[cap];
        tokFlags = new int[cap];
        tokHash = new int[cap];
        scan();
        buildNumericRuns();
    }

    /** A scan for a detector run on its own: every finding is reported ({@link #minScore} 0). */
    static TextScan of(String text, RedactionContext context) {
        return new TextScan(text, context, 0);
    }

    /** A scan for a redactor that drops findings scoring below {@code minScore}. */
    static TextScan of(String text, RedactionContext context, double minScore) {
        return new TextScan(text, context, minScore);
    }

    private void scan() {
        final char[] t = chars;
        final int n = t.length;
        int i = 0;
        while (i < n) {
            char c = t[i];
            if (c == '@') {
                if (atCount == atPos.length) {
                    atPos = Arrays.copyOf(atPos, atCount * 2);
                }
                atPos[atCount++] = i;
                i++;
                continue;
            }
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int start = i;
            int flags = 0;
            int hash = 0;
            while (i < n) {
                c = t[i];
                if (c >= '0' && c <= '9') {
                    flags |= DIGIT;
                    hash = 31 * hash + c;
                } else if (c >= 'a' && c <= 'z') {
                    flags |= LETTER | LOWER;
                    hash = 31 * hash + c;
                } else if (c >= 'A' && c <= 'Z') {
                    flags |= LETTER | UPPER;
                    hash = 31 * hash + (c + 32);
                } else if (c > 0x7f && Character.isLetterOrDigit(c)) {
                    flags |= LETTER | NON_ASCII;
                    if (Character.isUpperCase(c)) {
                        flags |= UPPER;
                    } else if (Character.isLowerCase(c)) {
                        flags |= LOWER;
                    }
                    hash = 31 * hash + Character.toLowerCase(c);
                } else {
                    break;
                }
                i++;
            }
            if ((flags & DIGIT) != 0) {
                hasDigit = true;
                long bit = 1L << Math.min(i - start, 63);
                if (flags == DIGIT) {
                    digitLengths |= bit;
                } else {
                    mixedLengths |= bit;
                }
                if (digitTokCount == digitToks.length) {
                    digitToks = Arrays.copyOf(digitToks, digitTokCount * 2);
                }
                digitToks[digitTokCount++] = tokCount;
            }
            if (tokCount == tokStart.length) {
                int cap = tokCount * 2;
                tokStart = Arrays.copyOf(tokStart, cap);
                tokEnd = Arrays.copyOf(tokEnd, cap);
                tokFlags = Arrays.copyOf(tokFlags, cap);
                tokHash = Arrays.copyOf(tokHash, cap);
            }
            tokHash[tokCount] = hash;
            tokStart[tokCount] = start;
            tokEnd[tokCount] = i;
            tokFlags[tokCount] = flags;
            tokCount++;
        }
    }

    /**
     * The first token at or after {@code i} that holds a digit, or {@link #tokenCount()} if none: lets a detector
     * that only starts at digit tokens skip the words ({@code i} may be {@code tokenCount()}).
     */
    int nextDigitToken(int i) {
        if (nextDigit == null) {
            buildJumps();
        }
        return nextDigit[i];
    }

    /**
     * The first token at or after {@code i} that has a digit token at most {@code within} tokens after it (itself
     * included), or {@link #tokenCount()} if none: for detectors whose match holds a digit in its first
     * {@code within + 1} tokens ({@code i} may be {@code tokenCount()}).
     */
    int nextTokenNearDigit(int i, int within) {
        int d = nextDigitToken(i);
        return d >= tokCount ? tokCount : Math.max(i, d - within);
    }

    /**
     * The first token at or after {@code i} that is directly followed by {@code '.'}, {@code ':'} or {@code '-'}, or
     * directly preceded by {@code ':'}, or {@link #tokenCount()} if none: the tokens where a host name, a URL scheme,
     * an IP or a MAC address can start ({@code i} may be {@code tokenCount()}).
     */
    int nextJoinedToken(int i) {
        if (nextJoined == null) {
            buildJumps();
        }
        return nextJoined[i];
    }

    /** Builds {@link #nextDigit} and {@link #nextJoined} in one backward pass over the tokens. */
    private void buildJumps() {
        final char[] t = chars;
        final int n = t.length;
        int[] digit = new int[tokCount + 1];
        int[] joined = new int[tokCount + 1];
        int d = tokCount;
        int j = tokCount;
        digit[tokCount] = d;
        joined[tokCount] = j;
        for (int k = tokCount - 1; k >= 0; k--) {
            // conditional moves, not branches: whether a token holds a digit is hard to predict
            d = (tokFlags[k] & DIGIT) != 0 ? k : d;
            int s = tokStart[k];
            int e = tokEnd[k];
            char after = e < n ? t[e] : ' ';
            char before = s > 0 ? t[s - 1] : ' ';
            boolean isJoined = after == '.' | after == ':' | after == '-' | before == ':';
            j = isJoined ? k : j;
            digit[k] = d;
            joined[k] = j;
        }
        nextDigit = digit;
        nextJoined = joined;
    }

    private static boolean isWordChar(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || (c > 0x7f && Character.isLetterOrDigit(c));
    }

    /**
     * Separator allowed inside a numeric run: ASCII space, dash, dot, slash and parentheses, and what text copied
     * from web pages or word processors puts in their place (no-break, narrow no-break, figure and thin spaces;
     * hyphens, en and em dash, minus sign).
     */
    static boolean isNumericSeparator(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')'
                || (c >= '\u00a0' && (isUnicodeSpace(c) || isUnicodeDash(c)));
    }

    /**
     * The one definition of the Unicode spaces that numbers and identifiers copied from web pages or word processors
     * carry where a space was typed: no-break (U+00A0), narrow no-break (U+202F), figure (U+2007) and thin space
     * (U+2009). Other whitespace (tabs, line breaks, em spaces) is not one.
     */
    static boolean isUnicodeSpace(char c) {
        return c == '\u00a0' || c == '\u202f' || c == '\u2007' || c == '\u2009';
    }

    /**
     * The one definition of the Unicode dashes read as {@code '-'} inside numbers and identifiers: hyphen (U+2010),
     * non-breaking hyphen (U+2011), en dash (U+2013), em dash (U+2014) and minus sign (U+2212).
     */
    static boolean isUnicodeDash(char c) {
        return c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '\u2014' || c == '\u2212';
    }

    private boolean isAllDigits(int tok) {
        return tokFlags[tok] == DIGIT;
    }

    private void buildNumericRuns() {
        // walks the digit tokens only: a run starts at one, and most tokens are words
        int q = 0;
        while (q < digitTokCount) {
            int k = digitToks[q];
            if (!isAllDigits(k)) {
                q++;
                continue;
            }
            int first = k;
            int last = k;
            int digits = tokEnd[k] - tokStart[k];
            while (last + 1 < tokCount && isAllDigits(last + 1) && gapIsSeparator(tokEnd[last], tokStart[last + 1])) {
                last++;
                digits += tokEnd[last] - tokStart[last];
            }
            int s = tokStart[first];
            if (s > 0 && (chars[s - 1] == '+' || chars[s - 1] == '(')) {
                s--;
                if (s > 0 && ((chars[s] == '(' && chars[s - 1] == '+') || (chars[s] == '+' && chars[s - 1] == '('
                        && runClosesParen(s, tokEnd[last])))) {
                    s--; // "+(44)", "(+44) 7700 900123"
                }
            }
            int e = tokEnd[last];
            addRun(s, e, first, last, digits);
            while (q < digitTokCount && digitToks[q] <= last) {
                q++;
            }
        }
    }

    /** True if a ')' stands in {@code chars[from, to)}: "(+44) 7700" takes its '(' only if the run closes it. */
    private boolean runClosesParen(int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] == ')') {
                return true;
            }
        }
        return false;
    }

    private boolean gapIsSeparator(int from, int to) {
        int len = to - from;
        if (len < 1 || len > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isNumericSeparator(chars[i])) {
                return false;
            }
        }
        return true;
    }

    private void addRun(int s, int e, int first, int last, int digits) {
        if (runCount == runStart.length) {
            int cap = runCount * 2;
            runStart = Arrays.copyOf(runStart, cap);
            runEnd = Arrays.copyOf(runEnd, cap);
            runFirstTok = Arrays.copyOf(runFirstTok, cap);
            runLastTok = Arrays.copyOf(runLastTok, cap);
            runDigits = Arrays.copyOf(runDigits, cap);
        }
        runStart[runCount] = s;
        runEnd[runCount] = e;
        runFirstTok[runCount] = first;
        runLastTok[runCount] = last;
        runDigits[runCount] = digits;
        runCount++;
    }

    // ---- tokens ----

    int tokenCount() {
        return tokCount;
    }

    int tokenStart(int i) {
        return tokStart[i];
    }

    int tokenEnd(int i) {
        return tokEnd[i];
    }

    int tokenFlags(int i) {
        return tokFlags[i];
    }

    int tokenLength(int i) {
        return tokEnd[i] - tokStart[i];
    }

    boolean tokenHas(int i, int flag) {
        return (tokFlags[i] & flag) != 0;
    }

    /** Index of the first token starting at or after {@code pos}, or {@link #tokenCount()} if none. */
    int tokenAtOrAfter(int pos) {
        int lo = 0;
        int hi = tokCount;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokStart[mid] < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * True if lexicon {@code id} has a bit in this scan's {@link #lexiconMask} (it was created before the scan
     * first used the shared index).
     */
    boolean lexiconMasked(int id) {
        if (lexMasks == null) {
            ContextLexicon.Index ix = ContextLexicon.index();
            lexIndex = ix;
            lexMasks = new long[tokCount];
            lexMaskCount = ix.count;
        }
        return id < lexMaskCount;
    }

    /**
     * Which lexicons (by id, see {@link ContextLexicon.Index}) could match at token {@code i}; computed on first
     * use per token (bit 63 marks a computed entry). Call {@link #lexiconMasked} first.
     */
    long lexiconMask(int i) {
        long m = lexMasks[i];
        if (m == 0) {
            m = lexIndex.maskAt(this, i) | Long.MIN_VALUE;
            lexMasks[i] = m;
        }
        return m;
    }

    // ---- ContextLexicon window memo ----

    /** Window ends at or beyond this are not memoized (the key packs positions in 25 bits). */
    static final int MEMO_MAX_POS = 1 << 25;
    private static final int MEMO_SIZE = 64;
    /** Direct-mapped memo of lexicon lookups: key + 1 (0 = empty slot) and the result (null = no cue). */
    private long[] memoKeys;
    private String[] memoValues;

    /** The memo slot holding {@code key}, or -1. */
    int memoSlot(long key) {
        if (memoKeys == null) {
            return -1;
        }
        int slot = memoIndex(key);
        return memoKeys[slot] == key + 1 ? slot : -1;
    }

    String memoValue(int slot) {
        return memoValues[slot];
    }

    void memoPut(long key, String value) {
        if (memoKeys == null) {
            memoKeys = new long[MEMO_SIZE];
            memoValues = new String[MEMO_SIZE];
        }
        int slot = memoIndex(key);
        memoKeys[slot] = key + 1;
        memoValues[slot] = value;
    }

    private static int memoIndex(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 58);
    }

    // ---- numeric runs ----

    int runCount() {
        return runCount;
    }

    int runStart(int i) {
        return runStart[i];
    }

    int runEnd(int i) {
        return runEnd[i];
    }

    int runFirstToken(int i) {
        return runFirstTok[i];
    }

    int runLastToken(int i) {
        return runLastTok[i];
    }

    int runDigits(int i) {
        return runDigits[i];
    }

    // ---- other ----

    /** The decimal value of the ASCII digits {@code t[s, e)} (the caller checked that they are digits). */
    static int digitValue(char[] t, int s, int e) {
        int v = 0;
        for (int i = s; i < e; i++) {
            v = v * 10 + (t[i] - '0');
        }
        return v;
    }

    boolean hasDigit() {
        return hasDigit;
    }

    /**
     * The lengths of this text's tokens of ASCII digits only, as a bit set: bit {@code min(length, 63)}. Lets a
     * detector that starts only at such tokens return at once for a text without one of its lengths.
     */
    long digitTokenLengths() {
        return digitLengths;
    }

    /** The lengths of the tokens that hold a digit and a letter, as a bit set like {@link #digitTokenLengths()}. */
    long mixedTokenLengths() {
        return mixedLengths;
    }

    /** The bit set of {@code lengths} (each 0..63) for {@link #digitTokenLengths()} and {@link #mixedTokenLengths()}. */
    static long lengths(int... lengths) {
        long set = 0;
        for (int l : lengths) {
            set |= 1L << l;
        }
        return set;
    }

    int atCount() {
        return atCount;
    }

    int at(int i) {
        return atPos[i];
    }

    /** The digits of {@code [from, to)} only, concatenated. */
    String digitsOf(int from, int to) {
        char[] buf = new char[Math.max(0, to - from)];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c >= '0' && c <= '9') {
                buf[n++] = c;
            }
        }
        return new String(buf, 0, n);
    }

    /** The letters and digits of {@code [from, to)}, upper-cased, concatenated. */
    String alnumUpperOf(int from, int to) {
        char[] buf = new char[Math.max(0, to - from)];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                buf[n++] = c;
            } else if (c >= 'a' && c <= 'z') {
                buf[n++] = (char) (c - 32);
            }
        }
        return new String(buf, 0, n);
    }

    /**
     * The text lower-cased character by character ({@link Character#toLowerCase(char)}), so offsets are the same
     * as in {@link #text}. Built once per scan, on first use.
     */
    String lowerText() {
        String l = lower;
        if (l == null) {
            l = lower(0, chars.length);
            lower = l;
        }
        return l;
    }

    /** The lower-case mapping of {@link #lowerText()}, char by char (so offsets never move). */
    static char lower(char c) {
        return c < 128 ? ((c >= 'A' && c <= 'Z') ? (char) (c + 32) : c) : Character.toLowerCase(c);
    }

    /** {@code text[from, to)} mapped by {@link #lower(char)}. */
    private String lower(int from, int to) {
        char[] buf = new char[to - from];
        for (int j = 0; j < buf.length; j++) {
            buf[j] = lower(chars[from + j]);
        }
        return new String(buf);
    }

    /** Equals {@code lowerToken(i).hashCode()}; costs nothing (computed during the scan). */
    int lowerTokenHash(int i) {
        return tokHash[i];
    }

    /** Token {@code i} lower-cased (see {@link #lowerText()}); cached. */
    String lowerToken(int i) {
        if (lowerTokens == null) {
            lowerTokens = new String[tokCount];
        }
        String w = lowerTokens[i];
        if (w == null) {
            String l = lower;
            if (l != null) {
                w = l.substring(tokStart[i], tokEnd[i]);
            } else {
                w = lower(tokStart[i], tokEnd[i]); // without lower-casing the whole text
            }
            lowerTokens[i] = w;
        }
        return w;
    }

    /** True if the character before {@code pos} is not a letter or digit (or pos is 0). */
    boolean boundaryBefore(int pos) {
        return pos == 0 || !isWordChar(chars[pos - 1]);
    }

    /** True if the character at {@code pos} is not a letter or digit (or pos is the end). */
    boolean boundaryAfter(int pos) {
        return pos >= chars.length || !isWordChar(chars[pos]);
    }

    // ---- DateGrammar matches (shared by DATE and DATE_OF_BIRTH) ----

    /** {@link DateGrammar#matches} of this scan, computed on first use; null until then. */
    private int[] dateMatches;

    /**
     * The dates {@link DateGrammar} finds in this text, as {@code start, end, kind ordinal} triples in text order;
     * the grammar runs once per scan, on first use. Do not modify the returned array.
     */
    int[] dateMatches() {
        int[] m = dateMatches;
        if (m == null) {
            m = DateGrammar.matches(this);
            dateMatches = m;
        }
        return m;
    }
}
