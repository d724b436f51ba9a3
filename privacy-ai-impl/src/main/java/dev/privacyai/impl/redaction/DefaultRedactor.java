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
 * then the longer span, then the earlier start, then the entity type name, then the detector name.
 *
 * <p><b>Spoken numbers.</b> On the {@link Channel#VOICE} channel (by default; see
 * {@link Builder#spokenNumbers}) numbers that speech-to-text wrote as words ("four one one one ...", "four one
 * five, five five five, zero one three two", "oh seven seven double oh ...") are read as digits before detection, and the findings
 * cover the words: "my card is four one one one ..." redacts the spoken card number. A run needs at least three
 * number words and three digits, so "one or two" or "twenty five people" stay as they are.
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
        if (spokenNumberChannels.contains(context.channel())) {
            SpokenNumbers.Rewritten rewritten = SpokenNumbers.rewrite(text);
            if (rewritten != null) {
                return analyzeRewritten(text, rewritten, context);
            }
        }
        return analyzeText(text, context);
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
            return acceptByTree(eligible);
        }
        // accepted findings in start order; they never overlap, so a finding is rejected iff it overlaps the last
        // accepted one starting at or before it or the first one starting at or after it
        Finding[] accepted = new Finding[n];
        int count = 0;
        for (int k = 0; k < n; k++) {
            Finding f = eligible.get(k);
            int at = 0; // first accepted index whose start is >= f.start()
            while (at < count && accepted[at].start() < f.start()) {
                at++;
            }
            if ((at > 0 && accepted[at - 1].end() > f.start()) || (at < count && accepted[at].start() < f.end())) {
                continue;
            }
            System.arraycopy(accepted, at, accepted, at + 1, count - at);
            accepted[at] = f;
            count++;
        }
        return List.of(Arrays.copyOf(accepted, count));
    }

    /** Above this many eligible findings (long texts) {@link #resolve} keeps the accepted ones in a tree. */
    private static final int SMALL_RESOLVE = 32;

    /** The same acceptance as the array path of {@link #resolve}, in O(n log n) for many findings. */
    private static List<Finding> acceptByTree(List<Finding> byPriority) {
        TreeMap<Integer, Finding> accepted = new TreeMap<>();
        for (Finding f : byPriority) {
            Map.Entry<Integer, Finding> before = accepted.floorEntry(f.start());
            if (before != null && before.getValue().end() > f.start()) {
                continue;
            }
            Map.Entry<Integer, Finding> after = accepted.ceilingEntry(f.start());
            if (after != null && after.getKey() < f.end()) {
                continue;
            }
            accepted.put(f.start(), f);
        }
        return List.copyOf(accepted.values());
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
