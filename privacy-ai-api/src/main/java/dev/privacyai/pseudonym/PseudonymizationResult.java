package dev.privacyai.pseudonym;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The outcome of {@link Pseudonymizer#pseudonymize}: the pseudonymized text, the findings that were replaced
 * (offsets into the <em>original</em> text, sorted, non-overlapping) and the public view of the mapping entries
 * the text uses (one {@link Placeholder} per distinct value, in order of first appearance).
 *
 * <p>Holds no original value. {@link #toString()} prints counts and lengths only. Immutable and thread-safe.
 */
public final class PseudonymizationResult {

    private final String text;
    private final List<Finding> findings;
    private final List<Placeholder> placeholders;

    private PseudonymizationResult(String text, List<Finding> findings, List<Placeholder> placeholders) {
        this.text = text;
        this.findings = findings;
        this.placeholders = placeholders;
    }

    /** Creates a result; lists are copied. */
    public static PseudonymizationResult of(String text, List<Finding> findings, List<Placeholder> placeholders) {
        return new PseudonymizationResult(Objects.requireNonNull(text, "text"),
                List.copyOf(Objects.requireNonNull(findings, "findings")),
                List.copyOf(Objects.requireNonNull(placeholders, "placeholders")));
    }

    /** The text with every finding replaced by its placeholder; safe to send to the model. */
    public String text() {
        return text;
    }

    /** The replaced findings, offsets into the original text. */
    public List<Finding> findings() {
        return findings;
    }

    /** The mapping entries this text uses, without values, in order of first appearance. */
    public List<Placeholder> placeholders() {
        return placeholders;
    }

    /** Number of replaced findings per type. */
    public Map<EntityType, Integer> countsByType() {
        Map<EntityType, Integer> counts = new TreeMap<>();
        for (Finding f : findings) {
            counts.merge(f.entityType(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PseudonymizationResult && ((PseudonymizationResult) o).text.equals(text)
                && ((PseudonymizationResult) o).findings.equals(findings)
                && ((PseudonymizationResult) o).placeholders.equals(placeholders);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, findings, placeholders);
    }

    /** Counts and length only. */
    @Override
    public String toString() {
        return "PseudonymizationResult{findings=" + countsByType() + ", placeholders=" + placeholders.size()
                + ", length=" + text.length() + "}";
    }
}
