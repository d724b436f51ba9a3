package dev.privacyai.redaction;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The outcome of {@link Redactor#redact}: the redacted text and the findings that were acted on, with offsets
 * into the <em>original</em> text, sorted by start and non-overlapping.
 *
 * <p>{@link #toString()} prints only counts per entity type and lengths, never text, so a result is safe to log.
 * Immutable and thread-safe.
 */
public final class RedactionResult {

    private final String redactedText;
    private final List<Finding> findings;
    private final int originalLength;

    private RedactionResult(String redactedText, List<Finding> findings, int originalLength) {
        this.redactedText = redactedText;
        this.findings = findings;
        this.originalLength = originalLength;
    }

    /**
     * Creates a result.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if findings overlap, are unsorted, or exceed {@code originalLength}
     */
    public static RedactionResult of(String redactedText, List<Finding> findings, int originalLength) {
        Objects.requireNonNull(redactedText, "redactedText");
        List<Finding> copy = List.copyOf(Objects.requireNonNull(findings, "findings"));
        int lastEnd = 0;
        for (Finding f : copy) {
            if (f.start() < lastEnd || f.end() > originalLength) {
                throw new IllegalArgumentException("findings must be sorted, non-overlapping and within the text");
            }
            lastEnd = f.end();
        }
        return new RedactionResult(redactedText, copy, originalLength);
    }

    /** The text with every finding replaced. */
    public String redactedText() {
        return redactedText;
    }

    /** Findings acted on, by start, offsets into the original text. */
    public List<Finding> findings() {
        return findings;
    }

    /** Length of the original text. */
    public int originalLength() {
        return originalLength;
    }

    /** True if nothing was found. */
    public boolean isClean() {
        return findings.isEmpty();
    }

    /** Number of findings per entity type, sorted by type name. */
    public Map<EntityType, Integer> countsByType() {
        Map<EntityType, Integer> counts = new TreeMap<>();
        for (Finding f : findings) {
            counts.merge(f.entityType(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RedactionResult && ((RedactionResult) o).redactedText.equals(redactedText)
                && ((RedactionResult) o).findings.equals(findings)
                && ((RedactionResult) o).originalLength == originalLength;
    }

    @Override
    public int hashCode() {
        return Objects.hash(redactedText, findings, originalLength);
    }

    /** Counts and lengths only, e.g. {@code RedactionResult{findings={EMAIL=1}, originalLength=40, redactedLength=27}}. */
    @Override
    public String toString() {
        return "RedactionResult{findings=" + countsByType() + ", originalLength=" + originalLength
                + ", redactedLength=" + redactedText.length() + "}";
    }
}
