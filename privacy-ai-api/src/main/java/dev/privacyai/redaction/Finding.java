package dev.privacyai.redaction;

import java.util.Objects;

/**
 * One piece of personal data found in a text: its {@link EntityType}, where it is ({@code start} inclusive,
 * {@code end} exclusive, in Java {@code String} indices of the analyzed text), how confident the detector is
 * ({@code score} in [0, 1]), which detector found it, and an {@link Explanation} of why.
 *
 * <p>A finding never holds the matched value: {@code text.substring(start(), end())} is how a caller who has the
 * text gets it. {@link #toString()} is therefore safe to log. Immutable and thread-safe.
 */
public final class Finding {

    private final EntityType entityType;
    private final int start;
    private final int end;
    private final double score;
    private final String detector;
    private final Explanation explanation;

    private Finding(EntityType entityType, int start, int end, double score, String detector,
                    Explanation explanation) {
        this.entityType = entityType;
        this.start = start;
        this.end = end;
        this.score = score;
        this.detector = detector;
        this.explanation = explanation;
    }

    /**
     * Creates a finding.
     *
     * @throws NullPointerException if {@code entityType}, {@code detector} or {@code explanation} is null
     * @throws IllegalArgumentException if {@code start < 0}, {@code end <= start} or {@code score} is outside [0, 1]
     */
    public static Finding of(EntityType entityType, int start, int end, double score, String detector,
                             Explanation explanation) {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(explanation, "explanation");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be in [0, 1]: " + score);
        }
        return new Finding(entityType, start, end, score, detector, explanation);
    }

    /** What kind of personal data this is. */
    public EntityType entityType() {
        return entityType;
    }

    /** Start index in the analyzed text, inclusive. */
    public int start() {
        return start;
    }

    /** End index in the analyzed text, exclusive; always greater than {@link #start()}. */
    public int end() {
        return end;
    }

    /** Number of characters covered. */
    public int length() {
        return end - start;
    }

    /** Confidence in [0, 1] after validation and context. */
    public double score() {
        return score;
    }

    /** Name of the detector that produced this finding, for example {@code "credit-card"}. */
    public String detector() {
        return detector;
    }

    /** Why the detector reported this finding, without the value. */
    public Explanation explanation() {
        return explanation;
    }

    /** True if this finding's span shares at least one character with {@code other}'s. */
    public boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }

    /** Returns a copy with another span, for detectors that adjust offsets (e.g. after normalization). */
    public Finding withSpan(int newStart, int newEnd) {
        return of(entityType, newStart, newEnd, score, detector, explanation);
    }

    /** Returns a copy with another score and explanation. */
    public Finding withScore(double newScore, Explanation newExplanation) {
        return of(entityType, start, end, newScore, detector, newExplanation);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Finding)) {
            return false;
        }
        Finding f = (Finding) o;
        return start == f.start && end == f.end && Double.compare(score, f.score) == 0
                && entityType.equals(f.entityType) && detector.equals(f.detector)
                && explanation.equals(f.explanation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entityType, start, end, score, detector, explanation);
    }

    /** Type, span, score and detector; never the value. */
    @Override
    public String toString() {
        return "Finding{" + entityType + " [" + start + "," + end + ") score=" + String.format(java.util.Locale.ROOT, "%.2f", score)
                + " detector=" + detector + "}";
    }
}
