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

    private final String[] cues;
    private final boolean[] prefix;
    /** Cue indices (ascending) by lower-case first character, for characters below 128. */
    private final int[][] byFirstAscii = new int[128][];
    /** Cue indices whose first character is not ASCII. */
    private final int[] nonAscii;

    /** Non-prefix cues starting with a word character, by their first word (and first word + "s" for one-word cues). */
    private final java.util.Map<String, int[]> byFirstWord;
    /** Sorted hash codes of the keys of {@link #byFirstWord}: most tokens are ruled out without a string. */
    private final int[] firstWordHashes;
    /** Prefix cues starting with a word character, by lower-case first character (index 128: non-ASCII). */
    private final int[][] prefixByFirst = new int[129][];
    /** Cues starting with a non-word character ("%", "#"): looked up character by character. */
    private final boolean hasNonWordStart;

    private ContextLexicon(String... cues) {
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
        java.util.Map<String, int[]> index = new java.util.HashMap<>();
        words.forEach((k, v) -> index.put(k, v.stream().mapToInt(Integer::intValue).sorted().distinct().toArray()));
        this.byFirstWord = java.util.Map.copyOf(index);
        this.firstWordHashes = index.keySet().stream().mapToInt(String::hashCode).sorted().distinct().toArray();
        for (int ch = 0; ch <= 128; ch++) {
            final int key = ch;
            prefixByFirst[ch] = prefixes.stream().filter(k -> {
                char f0 = this.cues[k].charAt(0);
                return key == 128 ? f0 >= 128 : f0 == key;
            }).mapToInt(Integer::intValue).toArray();
        }
        this.hasNonWordStart = nonWord;
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
        int best = Integer.MAX_VALUE;
        int count = scan.tokenCount();
        for (int i = scan.tokenAtOrAfter(from); i < count; i++) {
            int p = scan.tokenStart(i);
            if (p >= to) {
                break;
            }
            int[] candidates;
            if (scan.tokenHas(i, TextScan.DIGIT) && scan.tokenHas(i, TextScan.LETTER)) {
                // "ref123": a cue may end inside a token where letters meet digits; test by first character
                char c = Character.toLowerCase(text.charAt(p));
                candidates = c < 128 ? byFirstAscii[c] : nonAscii;
            } else if (java.util.Arrays.binarySearch(firstWordHashes, scan.lowerTokenHash(i)) >= 0) {
                candidates = byFirstWord.get(scan.lowerToken(i));
            } else {
                candidates = null;
            }
            if (candidates != null) {
                for (int k : candidates) {
                    if (k >= best) {
                        break;
                    }
                    if (matchesAt(text, p, to, k)) {
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
                if (matchesAt(text, p, to, k)) {
                    best = k;
                    break;
                }
            }
            if (best == 0) {
                break;
            }
        }
        return best == Integer.MAX_VALUE ? null : cues[best] + (prefix[best] ? "*" : "");
    }

    static ContextLexicon of(String... cues) {
        return new ContextLexicon(cues);
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
            char c = raw < 128 ? ((raw >= 'A' && raw <= 'Z') ? (char) (raw + 32) : raw) : Character.toLowerCase(raw);
            int[] candidates = c < 128 ? byFirstAscii[c] : nonAscii;
            for (int k : candidates) {
                if (k >= best) {
                    break;
                }
                if (matchesAt(text, p, to, k)) {
                    best = k;
                    break;
                }
            }
            if (best == 0) {
                break;
            }
        }
        return best == Integer.MAX_VALUE ? null : cues[best] + (prefix[best] ? "*" : "");
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    private boolean matchesAt(String text, int p, int to, int k) {
        String cue = cues[k];
        int len = cue.length();
        if (p + len > to || !text.regionMatches(true, p, cue, 0, len)) {
            return false;
        }
        int after = p + len;
        if (!prefix[k] && after < text.length() && Character.isLetter(text.charAt(after))) {
            // allow a plural/possessive 's' as in "cards", "card's"
            return (text.charAt(after) == 's' || text.charAt(after) == 'S')
                    && !(after + 1 < text.length() && Character.isLetter(text.charAt(after + 1)));
        }
        return true;
    }

    /** The first cue found anywhere in {@code lowerText}, or {@code null}. */
    String findIn(String lowerText) {
        return findIn(lowerText, 0, lowerText.length());
    }
}
