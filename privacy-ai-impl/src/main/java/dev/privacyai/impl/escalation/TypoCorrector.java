package dev.privacyai.impl.escalation;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Corrects one-edit typos (insertion, deletion, substitution, adjacent transposition) of a small vocabulary of key
 * words ("agnet" → "agent", "humna" → "human", "reprsentative" → "representative"), symmetric-delete style: the
 * vocabulary's one-deletion variants are precomputed, so a lookup costs O(word length) hash probes.
 *
 * <p>Only words of 5+ characters that are not themselves known words are corrected, so real words one edit away
 * from a key word ("contract" vs "contact") stay as they are. Immutable and thread-safe.
 */
final class TypoCorrector {

    static final int MIN_LENGTH = 5;

    private final Set<String> vocabulary;
    private final Set<String> known;
    private final Map<String, String> deletes;

    TypoCorrector(Collection<String> vocabulary, Collection<String> knownWords) {
        this.vocabulary = new HashSet<>();
        for (String v : vocabulary) {
            if (v.length() >= MIN_LENGTH) {
                this.vocabulary.add(v);
            }
        }
        this.known = new HashSet<>(knownWords);
        this.known.addAll(this.vocabulary);
        Map<String, String> del = new HashMap<>();
        for (String v : new TreeSet<>(this.vocabulary)) {
            for (int i = 0; i < v.length(); i++) {
                del.putIfAbsent(v.substring(0, i) + v.substring(i + 1), v);
            }
        }
        this.deletes = del;
    }

    /** The corrected vocabulary word, or {@code null} if {@code w} is fine or not within one edit of one. */
    String correct(String w) {
        if (w.length() < MIN_LENGTH || known.contains(w) || w.indexOf('#') >= 0) {
            return null;
        }
        // text lacks a letter: w is a deletion of a vocabulary word
        String c = deletes.get(w);
        if (c != null && c.length() >= MIN_LENGTH + 1) {
            return c;
        }
        for (int i = 0; i < w.length(); i++) {
            String d = w.substring(0, i) + w.substring(i + 1);
            // text has an extra letter
            if (vocabulary.contains(d)) {
                return d;
            }
            // substitution or transposition: both lose one letter to the same string
            String v = deletes.get(d);
            if (v != null && v.length() == w.length() && withinOneEdit(w, v)) {
                return v;
            }
        }
        return null;
    }

    /** Same length, and one substitution or one adjacent transposition apart. */
    static boolean withinOneEdit(String a, String b) {
        int first = -1;
        int diffs = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (first < 0) {
                    first = i;
                }
                diffs++;
            }
        }
        if (diffs <= 1) {
            return true;
        }
        return diffs == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first);
    }

}
