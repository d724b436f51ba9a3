package dev.privacyai.impl.redaction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A regular expression over ASCII digits compiled to a deterministic automaton, for the national-number patterns
 * of libphonenumber's metadata: {@link #matches} gives the same answer as
 * {@code Pattern.compile(regex).matcher(s).matches()} in one table step per character, without backtracking and
 * without allocating. Only the syntax those patterns use is understood: digits, {@code \d}, character classes of
 * digits and digit ranges ({@code [2-9]}, {@code [01]}), groups ({@code (...)}, {@code (?:...)}), alternation
 * {@code |}, and the quantifiers {@code ?}, <code>{n}</code> and <code>{n,m}</code>. {@link #compile} returns null
 * for anything else (or for an automaton above its state limit), and the caller keeps {@link java.util.regex}.
 * {@code DigitPatternTest} compares both on every pattern of the metadata. Immutable and thread-safe.
 * Package-private.
 */
final class DigitPattern {

    /** Above this many automaton states a pattern is left to {@link java.util.regex}. */
    static final int MAX_STATES = 20_000;

    /** {@code next[state * 10 + digit]}: the next state, or -1 (no match possible). State 0 is the start. */
    private final int[] next;
    private final boolean[] accepting;

    private DigitPattern(int[] next, boolean[] accepting) {
        this.next = next;
        this.accepting = accepting;
    }

    /** True if all of {@code s} matches the pattern (what {@code Matcher.matches()} answers). */
    boolean matches(CharSequence s) {
        return walk(s, false);
    }

    /** True if a prefix of {@code s} (possibly empty) matches the pattern (what {@code Matcher.lookingAt()} answers). */
    boolean lookingAt(CharSequence s) {
        return walk(s, true);
    }

    /** Runs the automaton over {@code s}; with {@code prefix}, accepts as soon as an accepting state is reached. */
    private boolean walk(CharSequence s, boolean prefix) {
        int state = 0;
        int[] table = next;
        for (int i = 0, n = s.length(); i < n; i++) {
            if (prefix && accepting[state]) {
                return true;
            }
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            state = table[state * 10 + d];
            if (state < 0) {
                return false;
            }
        }
        return accepting[state];
    }

    /** Number of automaton states (for tests). */
    int stateCount() {
        return accepting.length;
    }

    /** The automaton of {@code regex}, or null if it uses syntax outside the subset or grows too large. */
    static DigitPattern compile(String regex) {
        Node ast;
        try {
            Parser p = new Parser(regex);
            ast = p.alternation();
            if (p.pos != regex.length()) {
                return null;
            }
        } catch (IllegalArgumentException e) {
            return null; // unsupported syntax
        }
        Nfa nfa = new Nfa();
        int accept = nfa.newState();
        int start = nfa.build(ast, accept);
        if (nfa.size() > 4 * MAX_STATES) {
            return null;
        }
        return nfa.determinize(start, accept);
    }

    // ---- syntax tree ----

    private abstract static class Node {
    }

    /** One character from a set of digits (bit d for digit d). */
    private static final class Digits extends Node {
        final int set;

        Digits(int set) {
            this.set = set;
        }
    }

    private static final class Concat extends Node {
        final List<Node> parts;

        Concat(List<Node> parts) {
            this.parts = parts;
        }
    }

    private static final class Alt extends Node {
        final List<Node> options;

        Alt(List<Node> options) {
            this.options = options;
        }
    }

    /** {@code min} to {@code max} repetitions of {@code body}. */
    private static final class Repeat extends Node {
        final Node body;
        final int min;
        final int max;

        Repeat(Node body, int min, int max) {
            this.body = body;
            this.min = min;
            this.max = max;
        }
    }

    private static final class Parser {
        private final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        private IllegalArgumentException unsupported() {
            return new IllegalArgumentException("unsupported at " + pos);
        }

        Node alternation() {
            List<Node> options = new ArrayList<>();
            options.add(concatenation());
            while (pos < s.length() && s.charAt(pos) == '|') {
                pos++;
                options.add(concatenation());
            }
            return options.size() == 1 ? options.get(0) : new Alt(options);
        }

        private Node concatenation() {
            List<Node> parts = new ArrayList<>();
            while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
                parts.add(repetition());
            }
            return parts.size() == 1 ? parts.get(0) : new Concat(parts);
        }

        private Node repetition() {
            Node atom = atom();
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '?') {
                    pos++;
                    atom = new Repeat(atom, 0, 1);
                } else if (c == '{') {
                    pos++;
                    int min = number();
                    int max = min;
                    if (pos < s.length() && s.charAt(pos) == ',') {
                        pos++;
                        max = number();
                    }
                    if (pos >= s.length() || s.charAt(pos) != '}' || max < min || max > 20) {
                        throw unsupported();
                    }
                    pos++;
                    atom = new Repeat(atom, min, max);
                } else if (c == '*' || c == '+') {
                    throw unsupported(); // unbounded repetition: not in the metadata's number patterns
                } else {
                    break;
                }
            }
            return atom;
        }

        private int number() {
            int start = pos;
            int v = 0;
            while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9' && pos - start < 3) {
                v = v * 10 + (s.charAt(pos) - '0');
                pos++;
            }
            if (pos == start) {
                throw unsupported();
            }
            return v;
        }

        private Node atom() {
            char c = s.charAt(pos);
            if (c >= '0' && c <= '9') {
                pos++;
                return new Digits(1 << (c - '0'));
            }
            if (c == '\\') {
                if (pos + 1 < s.length() && s.charAt(pos + 1) == 'd') {
                    pos += 2;
                    return new Digits(0x3ff);
                }
                throw unsupported();
            }
            if (c == '[') {
                pos++;
                int set = 0;
                while (pos < s.length() && s.charAt(pos) != ']') {
                    char a = s.charAt(pos);
                    if (a < '0' || a > '9') {
                        throw unsupported(); // negation, escapes and non-digits are not handled
                    }
                    char b = a;
                    if (pos + 2 < s.length() && s.charAt(pos + 1) == '-' && s.charAt(pos + 2) != ']') {
                        b = s.charAt(pos + 2);
                        if (b < a || b > '9') {
                            throw unsupported();
                        }
                        pos += 2;
                    }
                    for (char d = a; d <= b; d++) {
                        set |= 1 << (d - '0');
                    }
                    pos++;
                }
                if (pos >= s.length() || set == 0) {
                    throw unsupported();
                }
                pos++;
                return new Digits(set);
            }
            if (c == '(') {
                pos++;
                if (s.startsWith("?:", pos)) {
                    pos += 2;
                } else if (pos < s.length() && s.charAt(pos) == '?') {
                    throw unsupported(); // look-around and other group kinds
                }
                Node inner = alternation();
                if (pos >= s.length() || s.charAt(pos) != ')') {
                    throw unsupported();
                }
                pos++;
                return inner;
            }
            throw unsupported();
        }
    }

    // ---- Thompson automaton with epsilon moves, then subset construction ----

    private static final class Nfa {
        /** Per state: the digit set of its one character move (0 = none) and that move's target. */
        private int[] moveSet = new int[64];
        private int[] moveTo = new int[64];
        /** Per state: epsilon targets. */
        private final List<int[]> eps = new ArrayList<>();
        private int count;

        int size() {
            return count;
        }

        int newState() {
            if (count == moveSet.length) {
                moveSet = Arrays.copyOf(moveSet, count * 2);
                moveTo = Arrays.copyOf(moveTo, count * 2);
            }
            eps.add(new int[0]);
            return count++;
        }

        private void epsilon(int from, int to) {
            int[] e = eps.get(from);
            int[] n = Arrays.copyOf(e, e.length + 1);
            n[e.length] = to;
            eps.set(from, n);
        }

        /** Builds {@code node} so that it leads to {@code to}; returns its entry state. */
        int build(Node node, int to) {
            if (count > 4 * MAX_STATES) {
                return newState(); // abandoned: compile() checks the size
            }
            if (node instanceof Digits) {
                int s = newState();
                moveSet[s] = ((Digits) node).set;
                moveTo[s] = to;
                return s;
            }
            if (node instanceof Concat) {
                List<Node> parts = ((Concat) node).parts;
                int next = to;
                for (int i = parts.size() - 1; i >= 0; i--) {
                    next = build(parts.get(i), next);
                }
                return next;
            }
            if (node instanceof Alt) {
                int s = newState();
                for (Node o : ((Alt) node).options) {
                    epsilon(s, build(o, to));
                }
                return s;
            }
            Repeat r = (Repeat) node;
            // optional copies last: body{min} (body?){max-min}, each optional copy may skip to the end
            int next = to;
            for (int i = r.max; i > r.min; i--) {
                int s = newState();
                epsilon(s, build(r.body, next));
                epsilon(s, to);
                next = s;
            }
            for (int i = r.min; i > 0; i--) {
                next = build(r.body, next);
            }
            return next;
        }

        private long[] closure(long[] set) {
            int[] stack = new int[count];
            int top = 0;
            for (int w = 0; w < set.length; w++) {
                for (long bits = set[w]; bits != 0; bits &= bits - 1) {
                    stack[top++] = w * 64 + Long.numberOfTrailingZeros(bits);
                }
            }
            while (top > 0) {
                int s = stack[--top];
                for (int t : eps.get(s)) {
                    if ((set[t >>> 6] & (1L << t)) == 0) {
                        set[t >>> 6] |= 1L << t;
                        stack[top++] = t;
                    }
                }
            }
            return set;
        }

        DigitPattern determinize(int start, int accept) {
            int words = (count + 63) >>> 6;
            long[] first = new long[words];
            first[start >>> 6] |= 1L << start;
            closure(first);
            Map<Key, Integer> ids = new HashMap<>();
            List<long[]> states = new ArrayList<>();
            ids.put(new Key(first), 0);
            states.add(first);
            int[] next = new int[160];
            for (int d = 0; d < states.size(); d++) {
                long[] cur = states.get(d);
                if ((d + 1) * 10 > next.length) {
                    next = Arrays.copyOf(next, next.length * 2);
                }
                for (int digit = 0; digit < 10; digit++) {
                    long[] target = null;
                    for (int w = 0; w < words; w++) {
                        for (long bits = cur[w]; bits != 0; bits &= bits - 1) {
                            int s = w * 64 + Long.numberOfTrailingZeros(bits);
                            if ((moveSet[s] & (1 << digit)) != 0) {
                                if (target == null) {
                                    target = new long[words];
                                }
                                target[moveTo[s] >>> 6] |= 1L << moveTo[s];
                            }
                        }
                    }
                    if (target == null) {
                        next[d * 10 + digit] = -1;
                        continue;
                    }
                    Key key = new Key(closure(target));
                    Integer id = ids.get(key);
                    if (id == null) {
                        if (states.size() >= MAX_STATES) {
                            return null;
                        }
                        id = states.size();
                        ids.put(key, id);
                        states.add(target);
                    }
                    next[d * 10 + digit] = id;
                }
            }
            boolean[] accepting = new boolean[states.size()];
            for (int d = 0; d < accepting.length; d++) {
                accepting[d] = (states.get(d)[accept >>> 6] & (1L << accept)) != 0;
            }
            return new DigitPattern(Arrays.copyOf(next, states.size() * 10), accepting);
        }
    }

    /** A set of automaton states as a hash key. */
    private static final class Key {
        private final long[] bits;
        private final int hash;

        Key(long[] bits) {
            this.bits = bits;
            this.hash = Arrays.hashCode(bits);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && Arrays.equals(bits, ((Key) o).bits);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
