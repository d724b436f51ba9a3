package dev.privacyai.impl.escalation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cue phrase over normalized tokens, written in a tiny notation:
 * <ul>
 *   <li>{@code speak/talk/chat} — one token out of alternatives; {@code complain*} matches by prefix;</li>
 *   <li>{@code @HUMAN} — a named class of alternatives defined in the lexicon;</li>
 *   <li>a trailing {@code ?} makes an element optional: {@code a/an/the?};</li>
 *   <li>{@code ~3} skips 0 to 3 word tokens (never punctuation, so a gap never crosses a clause).</li>
 * </ul>
 * Words are normalized like customer text (lower case, accents folded, repeated letters squeezed). Matching is
 * bounded backtracking over at most a handful of optional elements and gaps: linear in the text for a fixed
 * lexicon. Immutable and thread-safe.
 */
final class TokenPattern {

    private static final class Element {
        final Set<String> exact;
        final String[] prefixes;
        final boolean optional;
        final int gap; // > 0: a gap of 0..gap word tokens; then exact holds the words a gap may not skip

        Element(Set<String> exact, String[] prefixes, boolean optional, int gap) {
            this.exact = exact;
            this.prefixes = prefixes;
            this.optional = optional;
            this.gap = gap;
        }

        boolean accepts(String token) {
            if (exact.contains(token)) {
                return true;
            }
            for (String p : prefixes) {
                if (token.startsWith(p) && !Tokens.isPunct(token)) {
                    return true;
                }
            }
            return false;
        }
    }

    final String source;
    private final Element[] elements;

    private TokenPattern(String source, Element[] elements) {
        this.source = source;
        this.elements = elements;
    }

    /** Parses {@code source}; {@code classes} maps class names (without '@') to alternative strings. */
    static TokenPattern parse(String source, Map<String, String> classes, Set<String> gapStops) {
        List<Element> els = new ArrayList<>();
        for (String part : source.trim().split("\\s+")) {
            if (part.startsWith("~")) {
                els.add(new Element(gapStops, new String[0], true, Integer.parseInt(part.substring(1))));
                continue;
            }
            boolean optional = part.endsWith("?") && part.length() > 1;
            String spec = optional ? part.substring(0, part.length() - 1) : part;
            List<String> alts = new ArrayList<>();
            for (String alt : spec.split("/")) {
                if (alt.startsWith("@")) {
                    String def = classes.get(alt.substring(1));
                    if (def == null) {
                        throw new IllegalArgumentException("unknown class " + alt + " in cue " + source);
                    }
                    alts.addAll(Arrays.asList(def.split("/")));
                } else {
                    alts.add(alt);
                }
            }
            Set<String> exact = new HashSet<>();
            List<String> prefixes = new ArrayList<>();
            for (String alt : alts) {
                boolean prefix = alt.endsWith("*");
                String w = prefix ? alt.substring(0, alt.length() - 1) : alt;
                String[] norm = w.indexOf('#') >= 0 ? new String[] {w.toLowerCase(java.util.Locale.ROOT)}
                        : Tokens.normalizePhrase(w);
                if (norm.length != 1) {
                    throw new IllegalArgumentException("alternative must be one word: '" + alt + "' in " + source);
                }
                if (prefix) {
                    prefixes.add(norm[0]);
                } else {
                    exact.add(norm[0]);
                }
            }
            els.add(new Element(Set.copyOf(exact), prefixes.toArray(new String[0]), optional, 0));
        }
        if (els.isEmpty() || els.get(0).gap > 0) {
            throw new IllegalArgumentException("a cue must start with a word: " + source);
        }
        return new TokenPattern(source, els.toArray(new Element[0]));
    }

    /** Every exact word of every element (for the typo corrector's list of known words). */
    void collectWords(Set<String> into) {
        for (Element e : elements) {
            if (e.gap == 0) {
                into.addAll(e.exact);
            }
        }
    }

    /** Exact words the first element accepts, or null if it has prefixes or is optional (index as "any"). */
    Set<String> firstExact() {
        Element e = elements[0];
        return e.prefixes.length == 0 && !e.optional && e.gap == 0 ? e.exact : null;
    }

    /** The end (exclusive) of the shortest match starting exactly at {@code start}, or -1. */
    int matchAt(String[] tokens, int start) {
        return match(tokens, start, 0);
    }

    private int match(String[] tokens, int pos, int el) {
        if (el == elements.length) {
            return pos;
        }
        Element e = elements[el];
        if (e.gap > 0) {
            for (int skip = 0; skip <= e.gap; skip++) {
                int p = pos + skip;
                if (p > tokens.length) {
                    break;
                }
                if (skip > 0 && (Tokens.isPunct(tokens[p - 1]) || e.exact.contains(tokens[p - 1]))) {
                    break; // gaps never cross punctuation or a gap-stop word ("you", "about", ...)
                }
                int end = match(tokens, p, el + 1);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (pos < tokens.length && e.accepts(tokens[pos])) {
            int end = match(tokens, pos + 1, el + 1);
            if (end >= 0) {
                return end;
            }
        }
        if (e.optional) {
            return match(tokens, pos, el + 1);
        }
        return -1;
    }

    @Override
    public String toString() {
        return source + Arrays.toString(new int[] {elements.length});
    }
}
