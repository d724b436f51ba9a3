package dev.privacyai.impl.pseudonym;

import dev.privacyai.pseudonym.ReidentificationPolicy;
import dev.privacyai.pseudonym.ReplyFinding;
import dev.privacyai.pseudonym.spi.VaultEntry;
import dev.privacyai.redaction.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds placeholders (tags in the shapes models write them, and surrogates) in model output and replaces them
 * with a conversation snapshot's values. One left-to-right pass; at each position a bounded look-ahead (at most
 * {@link #MAX_RUN} characters for a tag, the longest surrogate for surrogates), so the pass is linear in the text.
 *
 * <p>{@link #process} can stop early when the input ends where a placeholder might still be completed by more
 * input; that is what makes streaming give exactly the whole-text result. Immutable and thread-safe.
 */
final class ReplyScanner {

    /** Longest word run examined as a tag: type names are at most 64 characters, numbers at most 7 digits. */
    static final int MAX_RUN = 80;
    private static final int MAX_DIGITS = 7;

    private static final int NO = -1;
    private static final int NEED_MORE = -2;

    private final Map<String, VaultEntry> byTag = new HashMap<>();
    private final List<String> typePrefixes;
    private final Map<Character, List<Surrogate>> surrogates = new HashMap<>();
    /** Surrogates of digit types (phone, card), matched by their digits with any grouping. */
    private final List<Surrogate> digitSurrogates = new ArrayList<>();
    private final ReidentificationPolicy policy;

    private static final class Surrogate {
        final String text;
        final VaultEntry entry;
        /** What this surrogate stands for: the entry's value, or the matching part of it for a name part. */
        final String value;
        /** Name parts match only as written ("Avery"), so that lower-case words are never taken for names. */
        final boolean exactCase;

        Surrogate(String text, VaultEntry entry, String value) {
            this(text, entry, value, false);
        }

        Surrogate(String text, VaultEntry entry, String value, boolean exactCase) {
            this.text = text;
            this.entry = entry;
            this.value = value;
            this.exactCase = exactCase;
        }
    }

    /** What {@link #process} reports besides the output. */
    static final class Sink {
        final List<ReplyFinding> findings = new ArrayList<>();
        final List<int[]> spans = new ArrayList<>();
        int replaced;
    }

    ReplyScanner(List<VaultEntry> entries, ReidentificationPolicy policy) {
        this.policy = policy;
        TreeSet<String> types = new TreeSet<>();
        for (EntityType t : EntityType.wellKnown()) {
            types.add(t.name() + "_");
        }
        for (VaultEntry e : entries) {
            types.add(e.entityType().name() + "_");
            String scoped = scopedTag(e);
            if (scoped != null) {
                byTag.put(scoped, e); // only the conversation's own number resolves, not the sequence number
                continue;
            }
            byTag.put(e.entityType().name() + "_" + e.index(), e);
            e.surrogate().ifPresent(s -> {
                if (e.entityType().equals(EntityType.PHONE) || e.entityType().equals(EntityType.CREDIT_CARD)) {
                    digitSurrogates.add(new Surrogate(digitsOf(s), e, e.value()));
                } else {
                    addSurrogate(new Surrogate(s, e, e.value()));
                }
            });
        }
        addNameParts(entries);
        digitSurrogates.sort(Comparator.comparingInt((Surrogate s) -> s.text.length()).reversed());
        for (List<Surrogate> list : surrogates.values()) {
            list.sort(Comparator.comparingInt((Surrogate s) -> s.text.length()).reversed()
                    .thenComparing(s -> s.text));
        }
        this.typePrefixes = List.copyOf(types);
    }

    private void addSurrogate(Surrogate s) {
        surrogates.computeIfAbsent(Character.toLowerCase(s.text.charAt(0)), k -> new ArrayList<>()).add(s);
    }

    /**
     * Models address people by first or last name: for a person surrogate "Avery Abernathy" standing for
     * "Maria Gonzalez", "Avery" stands for "Maria" and "Abernathy" for "Gonzalez" (a one-word value for both).
     * A part shared by two people of the conversation, or equal to a part of a real name, is ambiguous and skipped.
     */
    private void addNameParts(List<VaultEntry> entries) {
        Map<String, Surrogate> parts = new HashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        for (VaultEntry e : entries) {
            if (!e.entityType().equals(EntityType.PERSON)) {
                continue;
            }
            for (String realPart : e.value().trim().split("\\s+")) {
                ambiguous.add(realPart.toLowerCase(Locale.ROOT));
            }
            if (e.surrogate().isEmpty()) {
                continue;
            }
            String[] fake = e.surrogate().get().trim().split("\\s+");
            String[] real = e.value().trim().split("\\s+");
            if (fake.length != 2) {
                continue;
            }
            String first = real.length >= 2 ? real[0] : e.value().trim();
            String last = real.length >= 2 ? real[real.length - 1] : e.value().trim();
            for (int k = 0; k < 2; k++) {
                String key = fake[k].toLowerCase(Locale.ROOT);
                if (parts.containsKey(key)) {
                    ambiguous.add(key);
                } else {
                    parts.put(key, new Surrogate(fake[k], e, k == 0 ? first : last, true));
                }
            }
        }
        for (Map.Entry<String, Surrogate> part : parts.entrySet()) {
            if (!ambiguous.contains(part.getKey())) {
                addSurrogate(part.getValue());
            }
        }
    }

    /** {@code TYPE_N} if the entry's surrogate is a scoped tag {@code <TYPE_N>}, else null. */
    private static String scopedTag(VaultEntry e) {
        if (e.surrogate().isEmpty()) {
            return null;
        }
        String s = e.surrogate().get();
        String prefix = "<" + e.entityType().name() + "_";
        if (!s.startsWith(prefix) || !s.endsWith(">") || s.length() <= prefix.length() + 1) {
            return null;
        }
        for (int i = prefix.length(); i < s.length() - 1; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
        }
        return s.substring(1, s.length() - 1);
    }

    static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /**
     * Re-identifies {@code buf[0..)} into {@code out}. {@code prev} is the input character before {@code buf}
     * ({@code '\0'} at the start); {@code base} the absolute offset of {@code buf[0]} for findings.
     *
     * @return where processing stopped: {@code buf.length()} if {@code eof}, otherwise the start of a possible
     *         placeholder that needs more input (or {@code buf.length()})
     */
    int process(CharSequence buf, char prev, boolean eof, long base, StringBuilder out, Sink sink) {
        int n = buf.length();
        int i = 0;
        int[] tag = new int[2];
        int[] which = new int[1];
        while (i < n) {
            char before = i == 0 ? prev : buf.charAt(i - 1);
            char c = buf.charAt(i);
            int end = matchTag(buf, i, before, eof, tag);
            if (end == NEED_MORE) {
                return i;
            }
            if (end > 0) {
                String key = buf.subSequence(tag[0], tag[1]).toString().toUpperCase(Locale.ROOT);
                VaultEntry e = byTag.get(key);
                int start = (int) (base + i);
                if (sink != null) {
                    sink.spans.add(new int[]{start, (int) (base + end)});
                }
                if (e == null) {
                    out.append(buf, i, end);
                    if (sink != null) {
                        String typeName = key.substring(0, key.lastIndexOf('_'));
                        sink.findings.add(ReplyFinding.of(ReplyFinding.Kind.UNKNOWN_PLACEHOLDER,
                                EntityType.of(typeName), start, (int) (base + end)));
                    }
                } else {
                    out.append(Values.render(e.entityType(), e.value(), policy.modeFor(e.entityType())));
                    if (sink != null) {
                        sink.replaced++;
                    }
                }
                i = end;
                continue;
            }
            if (!digitSurrogates.isEmpty() && (c == '(' || (c >= '0' && c <= '9'))) {
                int dend = matchDigits(buf, i, before, eof, digitSurrogates, which);
                if (dend == NEED_MORE) {
                    return i;
                }
                if (dend > 0) {
                    VaultEntry e = digitSurrogates.get(which[0]).entry;
                    out.append(Values.render(e.entityType(), e.value(), policy.modeFor(e.entityType())));
                    if (sink != null) {
                        sink.replaced++;
                        sink.spans.add(new int[]{(int) (base + i), (int) (base + dend)});
                    }
                    i = dend;
                    continue;
                }
            }
            List<Surrogate> candidates = surrogates.get(Character.toLowerCase(c));
            if (candidates != null) {
                int send = matchSurrogate(buf, i, before, eof, candidates, which);
                if (send == NEED_MORE) {
                    return i;
                }
                if (send > 0) {
                    Surrogate matched = candidates.get(which[0]);
                    VaultEntry e = matched.entry;
                    out.append(Values.render(e.entityType(), matched.value, policy.modeFor(e.entityType())));
                    if (sink != null) {
                        sink.replaced++;
                        sink.spans.add(new int[]{(int) (base + i), (int) (base + send)});
                    }
                    i = send;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return n;
    }

    /**
     * Tries a tag at {@code i}: {@code <TYPE_N>}, {@code [TYPE_N]}, {@code {TYPE_N}}, {@code (TYPE_N)} or a bare
     * {@code TYPE_N} between word boundaries, type case-insensitive. Returns the end, {@link #NO} or
     * {@link #NEED_MORE}; {@code core} receives the span of {@code TYPE_N}.
     */
    private int matchTag(CharSequence buf, int i, char before, boolean eof, int[] core) {
        int n = buf.length();
        char c = buf.charAt(i);
        char closer = closerOf(c);
        int j;
        if (closer != 0) {
            j = i + 1;
            if (j == n) {
                return eof ? NO : NEED_MORE;
            }
        } else {
            if (!Character.isLetter(c) || isWordChar(before)) {
                return NO;
            }
            j = i;
        }
        int k = j;
        while (k < n && k - j < MAX_RUN && isWordChar(buf.charAt(k))) {
            k++;
        }
        if (k - j >= MAX_RUN || k == j) {
            return NO;
        }
        if (k == n && !eof) {
            return couldBecomeTag(buf, j, k) ? NEED_MORE : NO;
        }
        if (!isTag(buf, j, k)) {
            return NO;
        }
        core[0] = j;
        core[1] = k;
        if (closer == 0) {
            return k;
        }
        if (k < n && buf.charAt(k) == closer) {
            return k + 1;
        }
        return NO; // an unmatched opener: the bare tag is tried at the next position
    }

    private static char closerOf(char c) {
        switch (c) {
            case '<':
                return '>';
            case '[':
                return ']';
            case '{':
                return '}';
            case '(':
                return ')';
            default:
                return 0;
        }
    }

    /** True if {@code buf[j..k)} is {@code TYPE_N} for a known type, case-insensitively. */
    private boolean isTag(CharSequence buf, int j, int k) {
        int u = -1;
        for (int p = k - 1; p >= j; p--) {
            if (buf.charAt(p) == '_') {
                u = p;
                break;
            }
        }
        if (u <= j || k - u - 1 < 1 || k - u - 1 > MAX_DIGITS) {
            return false;
        }
        for (int p = u + 1; p < k; p++) {
            char d = buf.charAt(p);
            if (d < '0' || d > '9') {
                return false;
            }
        }
        String prefix = buf.subSequence(j, u + 1).toString().toUpperCase(Locale.ROOT);
        return typePrefixes.contains(prefix);
    }

    /** True if more word characters after {@code buf[j..k)} could make it a tag. */
    private boolean couldBecomeTag(CharSequence buf, int j, int k) {
        String run = buf.subSequence(j, k).toString().toUpperCase(Locale.ROOT);
        for (String p : typePrefixes) {
            if (p.startsWith(run)) {
                return true;
            }
            if (run.startsWith(p) && run.length() - p.length() <= MAX_DIGITS) {
                boolean digits = true;
                for (int q = p.length(); q < run.length() && digits; q++) {
                    digits = run.charAt(q) >= '0' && run.charAt(q) <= '9';
                }
                if (digits) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Longest surrogate at {@code i}, case-insensitive, between word boundaries; end, NO or NEED_MORE. */
    private static int matchSurrogate(CharSequence buf, int i, char before, boolean eof, List<Surrogate> candidates,
                                      int[] which) {
        int n = buf.length();
        for (int s = 0; s < candidates.size(); s++) {
            String text = candidates.get(s).text;
            boolean exactCase = candidates.get(s).exactCase;
            if (isWordChar(text.charAt(0)) && isWordChar(before)) {
                continue;
            }
            int p = 0;
            boolean partial = false;
            for (; p < text.length(); p++) {
                if (i + p == n) {
                    partial = true;
                    break;
                }
                char a = buf.charAt(i + p);
                if (exactCase ? a != text.charAt(p) : !sameIgnoringCase(a, text.charAt(p))) {
                    break;
                }
            }
            if (partial) {
                if (!eof) {
                    return NEED_MORE;
                }
                continue;
            }
            if (p < text.length()) {
                continue;
            }
            int end = i + p;
            if (isWordChar(text.charAt(text.length() - 1))) {
                if (end == n && !eof) {
                    return NEED_MORE;
                }
                if (end < n && isWordChar(buf.charAt(end))) {
                    continue;
                }
            }
            which[0] = s;
            return end;
        }
        return NO;
    }

    private static String digitsOf(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    private static boolean isDigitSeparator(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '\u00a0';
    }

    /**
     * A digit surrogate at {@code i} written with any grouping: its digits in order, at most two separators
     * ({@code " -.()"}, no-break space) between digits, an optional {@code (} before the first, word boundaries
     * around. So {@code (212) 555-0147}, {@code 212-555-0147}, {@code 212.555.0147} and {@code 2125550147} are one
     * surrogate. End, NO or NEED_MORE; longest digit string first.
     */
    private static int matchDigits(CharSequence buf, int i, char before, boolean eof, List<Surrogate> candidates,
                                   int[] which) {
        if (isWordChar(before)) {
            return NO;
        }
        int n = buf.length();
        for (int s = 0; s < candidates.size(); s++) {
            String digits = candidates.get(s).text;
            int p = i;
            if (buf.charAt(p) == '(') {
                p++;
            }
            int k = 0;
            int separators = 0;
            int result = NO;
            while (true) {
                if (p == n) {
                    result = eof ? NO : NEED_MORE;
                    break;
                }
                char ch = buf.charAt(p);
                if (ch >= '0' && ch <= '9') {
                    if (ch != digits.charAt(k)) {
                        break;
                    }
                    k++;
                    p++;
                    separators = 0;
                    if (k == digits.length()) {
                        if (p == n) {
                            result = eof ? p : NEED_MORE;
                        } else {
                            result = isWordChar(buf.charAt(p)) ? NO : p;
                        }
                        break;
                    }
                } else if (k > 0 && separators < 2 && isDigitSeparator(ch)) {
                    separators++;
                    p++;
                } else {
                    break;
                }
            }
            if (result != NO) {
                which[0] = s;
                return result;
            }
        }
        return NO;
    }

    private static boolean sameIgnoringCase(char a, char b) {
        return a == b || Character.toLowerCase(a) == Character.toLowerCase(b)
                || Character.toUpperCase(a) == Character.toUpperCase(b);
    }
}
