package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.spi.Detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Base of the built-in detectors: they work on a shared {@link TextScan} so that {@link DefaultRedactor} scans
 * each text once for all of them. Used alone through {@link Detector#detect}, a detector scans the text itself.
 */
abstract class ScanningDetector implements Detector {

    private final String name;
    private final Set<EntityType> types;

    ScanningDetector(String name, Set<EntityType> types) {
        this.name = name;
        this.types = Set.copyOf(types);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Set<EntityType> entityTypes() {
        return types;
    }

    @Override
    public final List<Finding> detect(String text, RedactionContext context) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        List<Finding> out = new ArrayList<>();
        if (!text.isEmpty()) {
            detect(TextScan.of(text, context), out);
        }
        return out;
    }

    /** Adds findings for {@code scan} to {@code out}. */
    abstract void detect(TextScan scan, List<Finding> out);

    /** Convenience: a finding of this detector with a clamped score. */
    final Finding finding(EntityType type, int start, int end, double score, Explanation.Builder explanation) {
        return Finding.of(type, start, end, ContextScorer.clamp(score), name, explanation.build());
    }

    /**
     * True if one of {@code out[from, to)} overlaps {@code [s, e)}: a detector's second pass skips what its first
     * pass already reported (a written-out e-mail inside a literal one, a provider key found after its cue).
     */
    static boolean overlapsAny(List<Finding> out, int from, int to, int s, int e) {
        for (int i = from; i < to; i++) {
            Finding f = out.get(i);
            if (f.start() < e && s < f.end()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{" + name + " " + types + "}";
    }
}
