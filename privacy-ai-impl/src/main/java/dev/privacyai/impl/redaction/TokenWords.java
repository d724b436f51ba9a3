package dev.privacyai.impl.redaction;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A fixed set of lower-case words (optionally with an int value each) in an open-addressing hash table keyed
 * by {@link String#hashCode()}, so a token is looked up by {@link TextScan#lowerTokenHash} and compared char
 * by char, without building its lower-cased string. Immutable and thread-safe. Used for the date grammar's word
 * lists and for {@link ContextLexicon}'s cues by first word. Package-private.
 */
final class TokenWords {
    /** The stored words by slot (null = empty), for {@link #get} and {@link #words()}. */
    private final String[] words;
    /**
     * The probe table, two ints per slot: the word's hash code and {@code (offset << 8) | length} of its characters
     * in {@link #pool} (0 = empty slot; words are 1–255 characters). Kept apart from the strings so a probe reads
     * one array line and the pool, not a reference, a String object and its bytes.
     */
    private final int[] table;
    /** Every word's characters, back to back. */
    private final char[] pool;
    private final int[] values;
    private final int mask;
    private final int shift;
    private final int maxLength;
    /** See {@link HashBloom}: rules out most absent words before the probe. */
    private final HashBloom bloom;

    private TokenWords(Map<String, Integer> entries) {
        int size = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1; // load factor <= 1/4
        words = new String[size];
        table = new int[2 * size];
        values = new int[size];
        mask = size - 1;
        shift = 32 - Integer.numberOfTrailingZeros(size);
        int longest = 0;
        StringBuilder chars = new StringBuilder();
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            String w = e.getKey();
            if (w.isEmpty() || !w.equals(w.toLowerCase(Locale.ROOT)) || w.length() > 255) {
                throw new IllegalArgumentException("words must be 1-255 characters and lower-case");
            }
            int i = slot(w.hashCode());
            while (words[i] != null) {
                i = (i + 1) & mask;
            }
            words[i] = w;
            table[2 * i] = w.hashCode();
            table[2 * i + 1] = (chars.length() << 8) | w.length();
            chars.append(w);
            values[i] = e.getValue();
            longest = Math.max(longest, w.length());
        }
        pool = chars.toString().toCharArray();
        maxLength = longest;
        bloom = HashBloom.of(entries.keySet().stream().mapToInt(String::hashCode).toArray());
    }

    static TokenWords of(Map<String, Integer> entries) {
        return new TokenWords(entries);
    }

    static TokenWords of(String... words) {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (String w : words) {
            m.put(w, 0);
        }
        return new TokenWords(m);
    }

    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    Set<String> words() {
        Set<String> all = new java.util.HashSet<>();
        for (String w : words) {
            if (w != null) {
                all.add(w);
            }
        }
        return all;
    }

    /** Table index of the word equal to token k lower-cased ({@link TextScan#lowerToken}), or -1. */
    private int find(TextScan scan, int k) {
        int len = scan.tokenLength(k);
        if (len > maxLength) {
            return -1;
        }
        int h = scan.lowerTokenHash(k);
        if (!bloom.mayContain(h)) {
            return -1;
        }
        int i = slot(h);
        int meta;
        while ((meta = table[2 * i + 1]) != 0) {
            if (table[2 * i] == h && (meta & 0xff) == len && sameLower(scan, k, meta >>> 8, len)) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** True if token k (of length {@code len}) lower-cased equals {@code pool[offset, offset + len)}. */
    private boolean sameLower(TextScan scan, int k, int offset, int len) {
        char[] t = scan.chars;
        int s = scan.tokenStart(k);
        char[] p = pool;
        for (int j = 0; j < len; j++) {
            if (TextScan.lower(t[s + j]) != p[offset + j]) {
                return false;
            }
        }
        return true;
    }

    /** The stored word equal to token k lower-cased, or null. */
    String get(TextScan scan, int k) {
        int i = find(scan, k);
        return i < 0 ? null : words[i];
    }

    /** Same as {@code contains(scan.lowerToken(k))}. */
    boolean contains(TextScan scan, int k) {
        return find(scan, k) >= 0;
    }

    /** The value of the word equal to token k lower-cased, or {@code otherwise}. */
    int value(TextScan scan, int k, int otherwise) {
        int i = find(scan, k);
        return i < 0 ? otherwise : values[i];
    }

    /** The value of {@code word} (lower case), or {@code otherwise}. */
    int value(String word, int otherwise) {
        int h = word.hashCode();
        int i = slot(h);
        String w;
        while ((w = words[i]) != null) {
            if (table[2 * i] == h && w.equals(word)) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return otherwise;
    }

    boolean contains(String word) {
        int h = word.hashCode();
        int i = slot(h);
        String w;
        while ((w = words[i]) != null) {
            if (table[2 * i] == h && w.equals(word)) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    /** Same as {@code scan.lowerToken(k).equals(w)} for a lower-case {@code w}, without building the string. */
    static boolean sameLower(TextScan scan, int k, String w) {
        int s = scan.tokenStart(k);
        int len = w.length();
        if (scan.tokenEnd(k) - s != len) {
            return false;
        }
        char[] t = scan.chars;
        for (int i = 0; i < len; i++) {
            if (TextScan.lower(t[s + i]) != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
