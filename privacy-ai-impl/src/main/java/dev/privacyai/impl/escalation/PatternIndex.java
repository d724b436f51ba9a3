package dev.privacyai.impl.escalation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Patterns indexed by the exact words their first element accepts, so a scan only tries the patterns that can
 * start at each token. Immutable after construction; thread-safe.
 */
final class PatternIndex<T> {

    /** A match of an item over tokens [start, end). */
    static final class Match<T> {
        final T item;
        final int start;
        final int end;

        Match(T item, int start, int end) {
            this.item = item;
            this.start = start;
            this.end = end;
        }
    }

    private final Map<String, List<T>> byFirst = new HashMap<>();
    private final List<T> anyFirst = new ArrayList<>();
    private final Function<T, TokenPattern> patternOf;

    PatternIndex(List<T> items, Function<T, TokenPattern> patternOf) {
        this.patternOf = patternOf;
        for (T item : items) {
            Set<String> first = patternOf.apply(item).firstExact();
            if (first == null) {
                anyFirst.add(item);
            } else {
                for (String w : first) {
                    byFirst.computeIfAbsent(w, k -> new ArrayList<>()).add(item);
                }
            }
        }
    }

    /** All matches, at most one per item and start position. */
    List<Match<T>> scan(String[] tokens) {
        List<Match<T>> out = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (Tokens.isPunct(tokens[i])) {
                continue;
            }
            List<T> candidates = byFirst.get(tokens[i]);
            if (candidates != null) {
                tryAll(candidates, tokens, i, out);
            }
            tryAll(anyFirst, tokens, i, out);
        }
        return out;
    }

    private void tryAll(List<T> items, String[] tokens, int i, List<Match<T>> out) {
        for (T item : items) {
            int end = patternOf.apply(item).matchAt(tokens, i);
            if (end > i) {
                out.add(new Match<>(item, i, end));
            }
        }
    }
}
