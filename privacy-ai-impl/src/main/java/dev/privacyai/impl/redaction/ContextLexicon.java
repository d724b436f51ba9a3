package dev.privacyai.impl.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fixed list of lower-case cue phrases ("card number", "order number") looked up case-insensitively as whole
 * words in a window of the text or in the assistant's previous prompt. A cue ending in {@code *} matches a word
 * prefix ({@code "passw*"} matches "password" and "passwd"). When several cues occur, the one listed first wins, so
 * results do not depend on where in the window a cue stands. Immutable and thread-safe.
 *
 * <p>Lookups are indexed by the cue's first character: a window is walked once, and only cues starting with the
 * character at a word start are compared, so the cost is about the window length, not window × cues.
 */
final class ContextLexicon {

    private static final int[] NONE = new int[0];

    /** Creation number; lexicons below {@link Index#MAX_LEXICONS} have a bit in the shared {@link Index}. */
    private final int id;

    private final String[] cues;
    private final boolean[] prefix;
    /** What a lookup returns for each cue: the cue, with its "*" if it is a prefix cue. */
    private final String[] display;
    /** Cue indices (ascending) by lower-case first character, for characters below 128. */
    private final int[][] byFirstAscii = new int[128][];
    /** Cue indices whose first character is not ASCII. */
    private final int[] nonAscii;

    /**
     * Non-prefix cues starting with a word character, by their first word (and first word + "s" for one-word
     * cues): the value is an index into {@link #candidatesByWord}.
     */
    private final TokenWords byFirstWord;
    private final int[][] candidatesByWord;
    /** Hash codes of the keys of {@link #byFirstWord}, for the union {@link Index} of all lexicons. */
    private final int[] firstWordHashes;
    /** Prefix cues starting with a word character, by lower-case first character (index 128: non-ASCII). */
    private final int[][] prefixByFirst = new int[129][];
    /** Cues starting with a non-word character ("%", "#"): looked up character by character. */
    private final boolean hasNonWordStart;

    private ContextLexicon(boolean indexed, String... cues) {
        this.cues = new String[cues.length];
        this.prefix = new boolean[cues.length];
        List<List<Integer>> buckets = new ArrayList<>(128);
        for (int i = 0; i < 128; i++) {
            buckets.add(new ArrayList<>());
        }
        List<Integer> other = new ArrayList<>();
        for (int i = 0; i < cues.length; i++) {
            String c = cues[i].toLowerCase(Locale.ROOT);
            if (c.endsWith("*")) {
                prefix[i] = true;
                c = c.substring(0, c.length() - 1);
            }
            if (c.isEmpty()) {
                throw new IllegalArgumentException("empty cue");
            }
            this.cues[i] = c;
            char first = c.charAt(0);
            if (first < 128) {
                buckets.get(first).add(i);
            } else {
                other.add(i);
            }
        }
        for (int ch = 0; ch < 128; ch++) {
            List<Integer> b = buckets.get(ch);
            byFirstAscii[ch] = b.isEmpty() ? NONE : b.stream().mapToInt(Integer::intValue).toArray();
        }
        this.nonAscii = other.stream().mapToInt(Integer::intValue).toArray();
        java.util.Map<String, List<Integer>> words = new java.util.HashMap<>();
        List<Integer> prefixes = new ArrayList<>();
        boolean nonWord = false;
        for (int i = 0; i < this.cues.length; i++) {
            String c = this.cues[i];
            if (!isWordChar(c.charAt(0))) {
                nonWord = true;
                continue;
            }
            if (prefix[i]) {
                prefixes.add(i);
                continue;
            }
            int e = 0;
            while (e < c.length() && isWordChar(c.charAt(e))) {
                e++;
            }
            String first = c.substring(0, e);
            words.computeIfAbsent(first, k -> new ArrayList<>()).add(i);
            if (e == c.length()) {
                words.computeIfAbsent(first + "s", k -> new ArrayList<>()).add(i);
            }
        }
        java.util.Map<String, Integer> slots = new java.util.HashMap<>();
        this.candidatesByWord = new int[words.size()][];
        words.forEach((k, v) -> {
            int slot = slots.size();
            slots.put(k, slot);
            candidatesByWord[slot] = v.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        });
        this.byFirstWord = TokenWords.of(slots);
        this.firstWordHashes = slots.keySet().stream().mapToInt(String::hashCode).sorted().distinct().toArray();
        for (int ch = 0; ch <= 128; ch++) {
            final int key = ch;
            prefixByFirst[ch] = prefixes.stream().filter(k -> {
                char f0 = this.cues[k].charAt(0);
                return key == 128 ? f0 >= 128 : f0 == key;
            }).mapToInt(Integer::intValue).toArray();
        }
        this.hasNonWordStart = nonWord;
        this.display = new String[this.cues.length];
        for (int i = 0; i < this.cues.length; i++) {
            display[i] = this.cues[i] + (prefix[i] ? "*" : "");
        }
        if (!indexed) {
            this.id = Integer.MAX_VALUE; // no bit in the shared index and no memo: searched in plain strings only
            return;
        }
        synchronized (ContextLexicon.class) {
            this.id = nextId++;
            if (id < Index.MAX_LEXICONS) {
                shared = shared.with(this);
            }
        }
    }

    /**
     * The union of every lexicon's first-word index (at most {@value #MAX_LEXICONS} lexicons, one bit each), so a
     * {@link TextScan} computes once per token which lexicons could possibly match there, and a lookup skips the
     * tokens of its window whose bit is clear without hashing or comparing anything. A bit is set whenever the
     * lexicon's own lookup would test a cue at the token, so skipping the others changes no result. Immutable;
     * replaced as a whole when a lexicon is created.
     */
    static final class Index {
        static final int MAX_LEXICONS = 63;
        /** The index of {@link #prefixBySecond} for a second character that is not ASCII, or no second character. */
        static final int ANY_SECOND = 128;
        /** The {@link #prefixBySecond} table of a first character without prefix cues. */
        private static final long[] NO_PREFIX = new long[ANY_SECOND + 1];
        static final Index EMPTY = new Index(0, new int[0], new long[0], new long[129], noPrefixes(), new long[129]);

        private static long[][] noPrefixes() {
            long[][] t = new long[128][];
            java.util.Arrays.fill(t, NO_PREFIX);
            return t;
        }

        /** Lexicons covered: ids below this. */
        final int count;
        /** Sorted distinct hash codes of the first words of non-prefix cues, of all lexicons. */
        private final int[] hashes;
        /** Lexicon bits per entry of {@link #hashes}. */
        private final long[] hashMasks;
        /** {@link #hashes} to {@link #hashMasks}, for the per-token lookup. */
        private final IntHashIndex masksByHash;
        /** Lexicons with a prefix cue starting with the lower-case character (index 128: non-ASCII). */
        private final long[] prefixByChar;
        /**
         * Refines {@link #prefixByChar} by the second character: for a lower-case first character {@code c0 < 128},
         * the lexicons with a prefix cue starting with {@code c0} then {@code c1}, indexed by the text's second
         * character {@code c1 < 128} as written (a cue's ASCII letter sets its bit under both cases, so the
         * lookup needs no lower-casing). Index {@value #ANY_SECOND} holds {@code prefixByChar[c0]} itself, for a
         * second character that is not ASCII or no second character. A cue of one character sets its bit at every
         * index; one whose second character is not ASCII ("número") there and at the ASCII characters equal to it
         * ignoring case (almost never any).
         * {@link #NO_PREFIX} (all zero) where {@code prefixByChar[c0]} is 0.
         */
        private final long[][] prefixBySecond;
        /** Lexicons with any cue starting with the lower-case character (index 128: non-ASCII). */
        private final long[] anyByChar;

        private Index(int count, int[] hashes, long[] hashMasks, long[] prefixByChar, long[][] prefixBySecond,
                long[] anyByChar) {
            this.count = count;
            this.hashes = hashes;
            this.hashMasks = hashMasks;
            this.masksByHash = IntHashIndex.of(hashes, hashMasks);
            this.prefixByChar = prefixByChar;
            this.prefixBySecond = prefixBySecond;
            this.anyByChar = anyByChar;
        }

        Index with(ContextLexicon lex) {
            long bit = 1L << lex.id;
            java.util.TreeMap<Integer, Long> byHash = new java.util.TreeMap<>();
            for (int q = 0; q < hashes.length; q++) {
                byHash.put(hashes[q], hashMasks[q]);
            }
            for (int h : lex.firstWordHashes) {
                byHash.merge(h, bit, (a, b) -> a | b);
            }
            int[] hs = new int[byHash.size()];
            long[] ms = new long[byHash.size()];
            int q = 0;
            for (java.util.Map.Entry<Integer, Long> e : byHash.entrySet()) {
                hs[q] = e.getKey();
                ms[q] = e.getValue();
                q++;
            }
            long[] prefixes = prefixByChar.clone();
            long[][] seconds = new long[128][];
            for (int ch = 0; ch < 128; ch++) {
                seconds[ch] = prefixBySecond[ch] == NO_PREFIX ? NO_PREFIX : prefixBySecond[ch].clone();
            }
            long[] any = anyByChar.clone();
            for (int ch = 0; ch <= 128; ch++) {
                if (lex.prefixByFirst[ch].length > 0) {
                    prefixes[ch] |= bit;
                    if (ch < 128) {
                        if (seconds[ch] == NO_PREFIX) {
                            seconds[ch] = new long[ANY_SECOND + 1];
                        }
                        for (int k : lex.prefixByFirst[ch]) {
                            String cue = lex.cues[k];
                            char c1 = cue.length() > 1 ? cue.charAt(1) : 0xFFFF;
                            if (c1 < 128) {
                                // the text's character as written: an ASCII letter in either case
                                seconds[ch][c1] |= bit;
                                if (c1 >= 'a' && c1 <= 'z') {
                                    seconds[ch][c1 - 32] |= bit;
                                }
                                seconds[ch][ANY_SECOND] |= bit;
                            } else {
                                // a one-character cue matches whatever follows; "número": a text's ASCII second
                                // character can equal 'ú' ignoring case only through the few letters that
                                // case-map into ASCII ('ı' and 'I', 'ſ' and 's')
                                for (int x = 0; x < ANY_SECOND; x++) {
                                    if (cue.length() == 1 || String.valueOf((char) x).regionMatches(true, 0,
                                            String.valueOf(c1), 0, 1)) {
                                        seconds[ch][x] |= bit;
                                    }
                                }
                                seconds[ch][ANY_SECOND] |= bit;
                            }
                        }
                    }
                }
                int[] all = ch < 128 ? lex.byFirstAscii[ch] : lex.nonAscii;
                if (all.length > 0) {
                    any[ch] |= bit;
                }
            }
            return new Index(Math.max(count, lex.id + 1), hs, ms, prefixes, seconds, any);
        }

        /**
         * The lexicons that could match at token {@code i} of {@code scan}: by first character for a token that
         * mixes letters and digits, else by the hash of the lower-cased token plus the prefix cues.
         */
        long maskAt(TextScan scan, int i) {
            char[] text = scan.chars;
            int p = scan.tokenStart(i);
            char c = Character.toLowerCase(text[p]);
            int ch = c < 128 ? c : 128;
            if (scan.tokenHas(i, TextScan.DIGIT) && scan.tokenHas(i, TextScan.LETTER)) {
                return anyByChar[ch] | prefixByChar[ch];
            }
            return prefixMask(text, p, ch) | masksByHash.get(scan.lowerTokenHash(i));
        }

        /**
         * The lexicons whose prefix cues could match at {@code p}, whose lower-cased character is {@code ch}
         * (128: non-ASCII): by the first two characters where both are ASCII (the comparison of two ASCII
         * characters ignoring case is exact), else by the first.
         */
        private long prefixMask(char[] text, int p, int ch) {
            if (ch >= 128) {
                return prefixByChar[ch];
            }
            // every ASCII first character has a table (all zero without prefix cues): no branch on the letter
            long[] second = prefixBySecond[ch];
            int c1 = p + 1 < text.length ? text[p + 1] : ANY_SECOND;
            return second[c1 < 128 ? c1 : ANY_SECOND];
        }
    }

    private static int nextId;
    private static volatile Index shared = Index.EMPTY;

    /** The current union index of all lexicons created so far. */
    static Index index() {
        return shared;
    }

    /**
     * Same result as {@link #findIn(String, int, int)} on {@code scan.text}, but walks the scan's tokens and looks
     * their lower-cased form up by first word instead of testing every character.
     */
    String findIn(TextScan scan, int from, int to) {
        String text = scan.text;
        from = Math.max(0, from);
        to = Math.min(text.length(), to);
        if (to <= from || cues.length == 0) {
            return null;
        }
        if (hasNonWordStart) {
            return findIn(text, from, to);
        }
        boolean memo = id < Index.MAX_LEXICONS && to < TextScan.MEMO_MAX_POS;
        long key = 0;
        if (memo) {
            // detectors ask the same lexicon about the same window (e.g. NOT_PERSONAL before a digit run)
            key = ((long) id << 50) | ((long) from << 25) | to;
            int slot = scan.memoSlot(key);
            if (slot >= 0) {
                return scan.memoValue(slot);
            }
        }
        String found = lookUp(scan, from, to);
        if (memo) {
            scan.memoPut(key, found);
        }
        return found;
    }

    /** The cues whose first word is token {@code i} (lower-cased), or null. */
    private int[] wordCandidates(TextScan scan, int i) {
        int slot = byFirstWord.value(scan, i, -1);
        return slot < 0 ? null : candidatesByWord[slot];
    }

    private String lookUp(TextScan scan, int from, int to) {
        String text = scan.text;
        int best = Integer.MAX_VALUE;
        int count = scan.tokenCount();
        boolean masked = id < Index.MAX_LEXICONS && scan.lexiconMasked(id);
        long bit = 1L << id;
        for (int i = scan.tokenAtOrAfter(from); i < count; i++) {
            int p = scan.tokenStart(i);
            if (p >= to) {
                break;
            }
            if (masked && (scan.lexiconMask(i) & bit) == 0) {
                continue; // no cue of this lexicon is tested at this token (see Index)
            }
            int[] candidates;
            if (scan.tokenHas(i, TextScan.DIGIT) && scan.tokenHas(i, TextScan.LETTER)) {
                // "ref123": a cue may end inside a token where letters meet digits; test by first character
                char c = Character.toLowerCase(text.charAt(p));
                candidates = c < 128 ? byFirstAscii[c] : nonAscii;
            } else {
                candidates = wordCandidates(scan, i);
            }
            if (candidates != null) {
                for (int k : candidates) {
                    if (k >= best) {
                        break;
                    }
                    if (matchesAt(text, scan.chars, p, to, k)) {
                        best = k;
                        break;
                    }
                }
            }
            char c0 = Character.toLowerCase(text.charAt(p));
            for (int k : prefixByFirst[c0 < 128 ? c0 : 128]) {
                if (k >= best) {
                    break;
                }
                if (matchesAt(text, scan.chars, p, to, k)) {
                    best = k;
                    break;
                }
            }
            if (best == 0) {
                break;
            }
        }
        return best == Integer.MAX_VALUE ? null : display[best];
    }

    static ContextLexicon of(String... cues) {
        return new ContextLexicon(true, cues);
    }

    /**
     * A lexicon for {@link #findIn(String)} on short strings such as the assistant's prompt: it takes none of the
     * shared index's {@value Index#MAX_LEXICONS} bits, which the lexicons searched in scanned text need (a search in
     * a {@link TextScan} still works, without the index's token filter).
     */
    static ContextLexicon forStrings(String... cues) {
        return new ContextLexicon(false, cues);
    }

    boolean isEmpty() {
        return cues.length == 0;
    }

    /**
     * The cue (in lexicon order) that occurs in {@code text[from, to)} as whole words, or {@code null}. A cue must
     * start at a word boundary and end at one (a plural or possessive "s" is allowed) unless it is a prefix cue.
     */
    String findIn(String text, int from, int to) {
        from = Math.max(0, from);
        to = Math.min(text.length(), to);
        if (to <= from || cues.length == 0) {
            return null;
        }
        int best = Integer.MAX_VALUE;
        boolean prevWord = from > 0 && isWordChar(text.charAt(from - 1));
        for (int p = from; p < to; p++) {
            char raw = text.charAt(p);
            boolean word = isWordChar(raw);
            if (prevWord) {
                prevWord = word;
                continue;
            }
            prevWord = word;
            char c = TextScan.lower(raw);
            int[] candidates = c < 128 ? byFirstAscii[c] : nonAscii;
            for (int k : candidates) {
                if (k >= best) {
                    break;
                }
                if (matchesAt(text, null, p, to, k)) {
                    best = k;
                    break;
                }
            }
            if (best == 0) {
                break;
            }
        }
        return best == Integer.MAX_VALUE ? null : display[best];
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    /**
     * True if cue {@code k} stands at {@code p} of {@code text}, within {@code to}, as whole words (a plural or
     * possessive "s" allowed) unless it is a prefix cue. {@code chars} is {@code text}'s characters when the caller
     * has them (the scan's token walk: {@code String.charAt} checks coder and bounds per call on texts with a
     * character outside Latin-1), else null.
     */
    private boolean matchesAt(String text, char[] chars, int p, int to, int k) {
        String cue = cues[k];
        int len = cue.length();
        if (p + len > to || !regionMatchesIgnoreCase(text, chars, p, cue, len)) {
            return false;
        }
        int after = p + len;
        int n = text.length();
        if (!prefix[k] && after < n && Character.isLetter(at(text, chars, after))) {
            // allow a plural/possessive 's' as in "cards", "card's"
            char s = at(text, chars, after);
            return (s == 's' || s == 'S') && !(after + 1 < n && Character.isLetter(at(text, chars, after + 1)));
        }
        return true;
    }

    private static char at(String text, char[] chars, int i) {
        return chars != null ? chars[i] : text.charAt(i);
    }

    /**
     * {@code text.regionMatches(true, p, cue, 0, len)} with a fast path for ASCII: the JDK's rules are applied
     * as soon as either side holds a character outside ASCII, so the result is the same. {@code chars}: as in
     * {@link #matchesAt}.
     */
    private static boolean regionMatchesIgnoreCase(String text, char[] chars, int p, String cue, int len) {
        for (int j = 0; j < len; j++) {
            char a = at(text, chars, p + j);
            char b = cue.charAt(j);
            if (a >= 128 || b >= 128) {
                return text.regionMatches(true, p + j, cue, j, len - j);
            }
            if (a != b) {
                if (a >= 'A' && a <= 'Z') {
                    a += 32;
                }
                if (b >= 'A' && b <= 'Z') {
                    b += 32;
                }
                if (a != b) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The first cue found anywhere in {@code lowerText}, or {@code null}. */
    String findIn(String lowerText) {
        return findIn(lowerText, 0, lowerText.length());
    }
}
