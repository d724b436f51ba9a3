package dev.privacyai.impl.redaction;

import com.google.crypto.tink.KeysetHandle;
import dev.privacyai.redaction.Channel;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.RedactionException;
import dev.privacyai.redaction.RedactionOperator;
import dev.privacyai.redaction.RedactionPolicy;
import dev.privacyai.redaction.RedactionResult;
import dev.privacyai.redaction.Redactor;
import dev.privacyai.redaction.spi.Detector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The default {@link Redactor}: runs its {@link Detector}s over the text (the built-in ones share one linear
 * scan), drops findings below the policy's minimum score or on the context's allow-list, resolves overlaps and
 * applies the {@link RedactionPolicy}'s operators.
 *
 * <pre>{@code
 * Redactor redactor = DefaultRedactor.builder().build();          // all default detectors, tag everything
 * RedactionResult r = redactor.redact("Card 4111 1111 1111 1111, mail jo@example.com");
 * r.redactedText();  // "Card [CREDIT_CARD], mail [EMAIL]"
 * }</pre>
 *
 * <p><b>Overlaps</b> resolve deterministically: the higher score wins (validation and context are in the score),
 * then the longer span, then the earlier start, then the entity type name, then the detector name. A losing
 * finding of the winner's entity type that reaches past it extends the winner, so no part of either is left
 * visible: a name model's "Lajuana" (0.87) and a pattern's "Lajuana Cogburn" (0.6) redact as one
 * {@code [PERSON]} over both words. A loser of another type leaves its extra characters as they are.
 *
 * <p><b>Spoken numbers.</b> On the {@link Channel#VOICE} channel (by default; see
 * {@link Builder#spokenNumbers}) numbers that speech-to-text wrote as words ("four one one one ...", "four one
 * five, five five five, zero one three two", "oh seven seven double oh ...") are read as digits before detection, and the findings
 * cover the words: "my card is four one one one ..." redacts the spoken card number. A run needs at least three
 * number words and three digits, so "one or two" or "twenty five people" stay as they are.
 *
 * <p><b>Markup.</b> On the {@link Channel#EMAIL} channel, bare formatting tags ({@code <br>}, {@code </p>},
 * {@code <div>} ... without attributes) and {@code &nbsp;} are read as spaces for detection, as e-mail converted
 * badly to text glues words with them ("Thanks,&lt;br&gt;Kevin O'Hara&lt;br&gt;"); the redacted text keeps them as
 * written.
 *
 * <p><b>Defaults:</b> detectors {@link Detectors#defaults()}, policy {@link RedactionPolicy#defaults()}, spoken
 * numbers read on the voice channel only, no hash key (a policy that uses {@link RedactionOperator#keyedHash()}
 * then fails at {@link Builder#build()}).
 *
 * <p>Immutable and thread-safe. Logs only counts at DEBUG, never text.
 */
public final class DefaultRedactor implements Redactor {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultRedactor.class);

    private static final Comparator<Finding> PRIORITY = Comparator
            .comparingDouble(Finding::score).reversed()
            .thenComparing(Comparator.comparingInt(Finding::length).reversed())
            .thenComparingInt(Finding::start)
            .thenComparing(Finding::entityType)
            .thenComparing(Finding::detector);

    private final List<Detector> detectors;
    private final RedactionPolicy policy;
    private final KeyedHasher hasher;
    private final Set<Channel> spokenNumberChannels;

    private DefaultRedactor(Builder b) {
        this.detectors = List.copyOf(b.detectors);
        this.policy = b.policy;
        this.spokenNumberChannels = Set.copyOf(b.spokenNumberChannels);
        this.hasher = b.hashKey == null ? null : KeyedHasher.of(b.hashKey);
    }

    /** A builder with the defaults described above. */
    public static Builder builder() {
        return new Builder();
    }

    /** A redactor with every default detector and the default policy. */
    public static DefaultRedactor withDefaults() {
        return builder().build();
    }

    /** The detectors this redactor runs, in order. */
    public List<Detector> detectors() {
        return detectors;
    }

    /** The policy this redactor applies. */
    public RedactionPolicy policy() {
        return policy;
    }

    @Override
    public List<Finding> analyze(String text, RedactionContext context) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        if (text.isEmpty()) {
            return List.of();
        }
        // e-mail converted badly to text: "Thanks,<br>Kevin O'Hara<br>..." (bare tags, &nbsp; as spaces, same offsets)
        String seen = context.channel() == Channel.EMAIL ? HtmlMarkup.blanked(text) : text;
        if (spokenNumberChannels.contains(context.channel())) {
            SpokenNumbers.Rewritten rewritten = SpokenNumbers.rewrite(seen);
            if (rewritten != null) {
                return analyzeRewritten(seen, rewritten, context);
            }
        }
        return analyzeText(seen, context);
    }

    /**
     * Detects on the text with spoken numbers in digits and maps every finding back onto the original words; a
     * finding that covers rewritten words says so in its explanation.
     */
    private List<Finding> analyzeRewritten(String text, SpokenNumbers.Rewritten rewritten, RedactionContext context) {
        List<Finding> found = analyzeText(rewritten.text, context);
        List<Finding> mapped = new ArrayList<>(found.size());
        for (Finding f : found) {
            int s = rewritten.originalStart(f.start());
            int e = rewritten.originalEnd(f.end() - 1);
            Finding m = f.withSpan(s, e);
            if (!text.regionMatches(s, rewritten.text, f.start(), f.length()) || e - s != f.length()) {
                Explanation x = f.explanation();
                Explanation.Builder b = Explanation.builder().pattern(x.pattern()).validator(x.validator())
                        .baseScore(x.baseScore()).reason(x.reason() + "; said as number words");
                x.contextCues().forEach(b::cue);
                m = m.withScore(f.score(), b.build());
            }
            mapped.add(m);
        }
        return resolve(text, context, mapped);
    }

    private List<Finding> analyzeText(String text, RedactionContext context) {
        TextScan scan = null;
        List<Finding> candidates = new ArrayList<>();
        for (int d = 0, n = detectors.size(); d < n; d++) {
            Detector detector = detectors.get(d);
            try {
                if (detector instanceof ScanningDetector) {
                    if (scan == null) {
                        scan = TextScan.of(text, context, policy.minScore());
                    }
                    ((ScanningDetector) detector).detect(scan, candidates);
                } else {
                    List<Finding> found = detector.detect(text, context);
                    if (found == null) {
                        throw new RedactionException("detector '" + detector.name() + "' returned null");
                    }
                    for (Finding f : found) {
                        if (f.end() > text.length()) {
                            throw new RedactionException("detector '" + detector.name()
                                    + "' returned a finding outside the text");
                        }
                        candidates.add(f);
                    }
                }
            } catch (RedactionException e) {
                throw e;
            } catch (RuntimeException e) {
                // The cause's message may quote the text (e.g. NumberFormatException): keep only its type.
                throw new RedactionException("detector '" + detector.name() + "' failed with "
                        + e.getClass().getName() + "; nothing was redacted");
            }
        }
        List<Finding> resolved = resolve(text, context, candidates);
        if (LOG.isDebugEnabled()) {
            LOG.debug("analyzed {} chars: {} candidates, {} findings", text.length(), candidates.size(), resolved.size());
        }
        return resolved;
    }

    private List<Finding> resolve(String text, RedactionContext context, List<Finding> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        double min = policy.minScore();
        List<Finding> eligible = new ArrayList<>(candidates.size());
        for (Finding f : candidates) {
            if (f.score() < min) {
                continue;
            }
            if (!context.allowList().isEmpty() && context.isAllowed(text.substring(f.start(), f.end()))) {
                continue;
            }
            eligible.add(f);
        }
        int n = eligible.size();
        if (n <= 1) {
            return n == 0 ? List.of() : List.of(eligible.get(0));
        }
        eligible.sort(PRIORITY);
        if (n > SMALL_RESOLVE) {
            return acceptByTree(text, eligible);
        }
        // accepted findings in start order; they never overlap, so a finding is rejected iff it overlaps the last
        // accepted one starting at or before it or the first one starting at or after it
        Finding[] accepted = new Finding[n];
        int count = 0;
        List<Finding> outgrown = null;
        for (int k = 0; k < n; k++) {
            Finding f = eligible.get(k);
            int at = 0; // first accepted index whose start is >= f.start()
            while (at < count && accepted[at].start() < f.start()) {
                at++;
            }
            Finding before = at > 0 && accepted[at - 1].end() > f.start() ? accepted[at - 1] : null;
            Finding after = at < count && accepted[at].start() < f.end() ? accepted[at] : null;
            if (before != null || after != null) {
                Finding over = before != null ? before : after;
                if (f.start() < over.start() || f.end() > over.end()) {
                    if (outgrown == null) {
                        outgrown = new ArrayList<>(2);
                    }
                    outgrown.add(f);
                }
                continue;
            }
            System.arraycopy(accepted, at, accepted, at + 1, count - at);
            accepted[at] = f;
            count++;
        }
        if (outgrown == null) {
            return List.of(Arrays.copyOf(accepted, count));
        }
        TreeMap<Integer, Finding> byStart = new TreeMap<>();
        for (int k = 0; k < count; k++) {
            byStart.put(accepted[k].start(), accepted[k]);
        }
        return mergeSameType(text, byStart, outgrown);
    }

    /**
     * Where a losing finding reaches past the findings that beat it, the part it alone covers would stay visible
     * ("Lajuana Cogburn" losing to a higher-scoring "Lajuana" leaves the surname). When the accepted finding next
     * to such a part has the loser's entity type, it is extended over the part, so the union of the two is
     * redacted as one finding ({@code [PERSON]}, not {@code [PERSON] Cogburn}). Parts next to a finding of another
     * type stay as they are: the higher score decided the type there. Losers are taken in priority order, so the
     * result is deterministic.
     *
     * @param text the analyzed text
     * @param byStart the accepted findings by start (non-overlapping); updated in place
     * @param losers rejected findings that reach past the accepted finding they overlapped, in priority order
     */
    private static List<Finding> mergeSameType(String text, TreeMap<Integer, Finding> byStart,
                                               List<Finding> losers) {
        for (Finding f : losers) {
            Map.Entry<Integer, Finding> first = byStart.floorEntry(f.start());
            int from = first != null && first.getValue().end() > f.start() ? first.getKey() : f.start();
            List<Finding> over = new ArrayList<>(byStart.subMap(from, true, f.end(), false).values());
            int pos = f.start();
            for (int k = 0; k <= over.size(); k++) {
                int gapEnd = k < over.size() ? Math.max(pos, over.get(k).start()) : f.end();
                if (gapEnd > pos) {
                    Finding left = k > 0 ? over.get(k - 1) : null;
                    Finding right = k < over.size() ? over.get(k) : null;
                    fill(text, byStart, f, pos, gapEnd, left, right);
                }
                if (k < over.size()) {
                    pos = Math.max(pos, over.get(k).end());
                }
            }
        }
        return List.copyOf(byStart.values());
    }

    /**
     * Extends {@code left} and/or {@code right} (accepted findings touching the gap) over a gap of {@code loser}.
     * A gap that only one of them takes ends at a letter or digit on its far side: the space or comma before a
     * neighbour of another type, or a closing bracket whose opening one is not taken, stays in the text.
     */
    private static void fill(String text, TreeMap<Integer, Finding> byStart, Finding loser, int gapStart,
                             int gapEnd, Finding left, Finding right) {
        // the current versions (an earlier gap of this loser may have extended them)
        Finding l = left == null ? null : byStart.floorEntry(left.start()).getValue();
        Finding r = right == null ? null : byStart.ceilingEntry(gapEnd).getValue();
        boolean extendLeft = l != null && l.end() == gapStart && sameType(l, loser);
        boolean extendRight = r != null && r.start() == gapEnd && sameType(r, loser);
        if (extendLeft && extendRight) {
            byStart.remove(r.start());
            byStart.put(l.start(), extended(l, l.start(), r.end(), loser));
        } else if (extendLeft) {
            int end = gapEnd;
            while (end > gapStart && !Character.isLetterOrDigit(text.charAt(end - 1))) {
                end--;
            }
            if (end > gapStart) {
                byStart.put(l.start(), extended(l, l.start(), end, loser));
            }
        } else if (extendRight) {
            int start = gapStart;
            while (start < gapEnd && !Character.isLetterOrDigit(text.charAt(start))) {
                start++;
            }
            if (start < gapEnd) {
                byStart.remove(r.start());
                byStart.put(start, extended(r, start, r.end(), loser));
            }
        }
    }

    private static boolean sameType(Finding a, Finding b) {
        return a.entityType().equals(b.entityType());
    }

    private static Finding extended(Finding f, int start, int end, Finding over) {
        Explanation x = f.explanation();
        String note = "; extended over an overlapping " + over.detector() + " finding";
        String reason = x.reason().endsWith(note) ? x.reason() : x.reason() + note;
        Explanation.Builder b = Explanation.builder().pattern(x.pattern()).validator(x.validator())
                .baseScore(x.baseScore()).reason(reason);
        x.contextCues().forEach(b::cue);
        return f.withSpan(start, end).withScore(f.score(), b.build());
    }

    /** Above this many eligible findings (long texts) {@link #resolve} keeps the accepted ones in a tree. */
    private static final int SMALL_RESOLVE = 32;

    /** The same acceptance as the array path of {@link #resolve}, in O(n log n) for many findings. */
    private static List<Finding> acceptByTree(String text, List<Finding> byPriority) {
        TreeMap<Integer, Finding> accepted = new TreeMap<>();
        List<Finding> outgrown = new ArrayList<>();
        for (Finding f : byPriority) {
            Map.Entry<Integer, Finding> before = accepted.floorEntry(f.start());
            Finding over = null;
            if (before != null && before.getValue().end() > f.start()) {
                over = before.getValue();
            } else {
                Map.Entry<Integer, Finding> after = accepted.ceilingEntry(f.start());
                if (after != null && after.getKey() < f.end()) {
                    over = after.getValue();
                }
            }
            if (over == null) {
                accepted.put(f.start(), f);
            } else if (f.start() < over.start() || f.end() > over.end()) {
                outgrown.add(f);
            }
        }
        return outgrown.isEmpty() ? List.copyOf(accepted.values()) : mergeSameType(text, accepted, outgrown);
    }

    @Override
    public RedactionResult redact(String text, RedactionContext context) {
        List<Finding> findings = analyze(text, context);
        if (findings.isEmpty()) {
            return RedactionResult.of(text, List.of(), text.length());
        }
        StringBuilder out = new StringBuilder(text.length() + 16 * findings.size());
        int pos = 0;
        for (Finding f : findings) {
            out.append(text, pos, f.start());
            appendReplacement(out, text, f);
            pos = f.end();
        }
        out.append(text, pos, text.length());
        return RedactionResult.of(out.toString(), findings, text.length());
    }

    private void appendReplacement(StringBuilder out, String text, Finding f) {
        RedactionOperator op = policy.operatorFor(f.entityType());
        switch (op.kind()) {
            case TAG:
                out.append('[').append(f.entityType().name()).append(']');
                break;
            case MASK:
                mask(out, text, f.start(), f.end(), op);
                break;
            case KEYED_HASH:
                out.append('[').append(f.entityType().name()).append(':')
                        .append(hasher.token(f.entityType(), text.substring(f.start(), f.end()))).append(']');
                break;
            case REMOVE:
                break;
            default:
                throw new IllegalStateException("unknown operator " + op.kind());
        }
    }

    /** Masks letters and digits, keeps separators and at most half of the letters/digits (the last ones). */
    static void mask(StringBuilder out, String text, int start, int end, RedactionOperator op) {
        int alnum = 0;
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                alnum++;
            }
        }
        int keep = Math.min(op.keepLast(), alnum / 2);
        int seen = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                seen++;
                out.append(seen > alnum - keep ? c : op.maskChar());
            } else {
                out.append(c);
            }
        }
    }

    @Override
    public String toString() {
        List<String> names = new ArrayList<>();
        for (Detector d : detectors) {
            names.add(d.name());
        }
        return "DefaultRedactor{detectors=" + names + ", policy=" + policy + "}";
    }

    /** Builds a {@link DefaultRedactor}. Not thread-safe; the built redactor is. */
    public static final class Builder {
        private final List<Detector> detectors = new ArrayList<>(Detectors.defaults());
        private RedactionPolicy policy = RedactionPolicy.defaults();
        private KeysetHandle hashKey;
        private Set<Channel> spokenNumberChannels = EnumSet.of(Channel.VOICE);

        private Builder() {
        }

        /** Replaces the detectors (default: {@link Detectors#defaults()}). */
        public Builder detectors(Collection<? extends Detector> detectors) {
            Objects.requireNonNull(detectors, "detectors");
            List<Detector> copy = new ArrayList<>(detectors.size());
            for (Detector d : detectors) {
                copy.add(Objects.requireNonNull(d, "detector"));
            }
            this.detectors.clear();
            this.detectors.addAll(copy);
            return this;
        }

        /** Adds a detector after the current ones, e.g. a host-specific one. */
        public Builder addDetector(Detector detector) {
            detectors.add(Objects.requireNonNull(detector, "detector"));
            return this;
        }

        /** Sets the policy (default: {@link RedactionPolicy#defaults()}). */
        public Builder policy(RedactionPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * The channels on which numbers said as words ("four one one one ...") are read as digits before detection
         * (default: {@link Channel#VOICE} only; an empty set turns it off). Chat and e-mail text rarely spells
         * digits out, and leaving them out keeps their results exactly as detected.
         */
        public Builder spokenNumbers(Collection<Channel> channels) {
            Objects.requireNonNull(channels, "channels");
            Set<Channel> copy = EnumSet.noneOf(Channel.class);
            for (Channel c : channels) {
                copy.add(Objects.requireNonNull(c, "channel"));
            }
            this.spokenNumberChannels = copy;
            return this;
        }

        /**
         * Sets the Tink keyset (PRF keys, e.g. template {@code HMAC_SHA256_PRF}) used by
         * {@link RedactionOperator#keyedHash()}.
         */
        public Builder hashKey(KeysetHandle keyset) {
            this.hashKey = Objects.requireNonNull(keyset, "keyset");
            return this;
        }

        /**
         * Builds the redactor.
         *
         * @throws IllegalStateException if the policy uses a keyed hash but no hash key was set
         * @throws IllegalArgumentException if the hash keyset does not hold PRF keys
         */
        public DefaultRedactor build() {
            if (policy.usesKeyedHash() && hashKey == null) {
                throw new IllegalStateException("the policy uses keyedHash() but no hashKey(...) was configured");
            }
            return new DefaultRedactor(this);
        }
    }
}
