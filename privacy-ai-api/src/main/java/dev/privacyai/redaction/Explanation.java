package dev.privacyai.redaction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The decision trace of a {@link Finding}: which pattern matched, which validator accepted it, the base score,
 * and every context cue that moved the score. It never contains the matched value. Context cues name
 * words from the detector's own fixed lexicon (such as {@code "card number"} or {@code "order number"}), never
 * text copied from the input. Immutable and thread-safe.
 */
public final class Explanation {

    /** A context cue that raised (positive delta) or lowered (negative delta) the score. */
    public static final class ContextCue {
        private final String cue;
        private final double delta;
        private final String where;

        private ContextCue(String cue, double delta, String where) {
            this.cue = cue;
            this.delta = delta;
            this.where = where;
        }

        /**
         * @param cue   the lexicon entry that matched, e.g. {@code "card number"}
         * @param delta how much it moved the score
         * @param where where it was seen, e.g. {@code "text"} or {@code "assistant-prompt"}
         */
        public static ContextCue of(String cue, double delta, String where) {
            return new ContextCue(Objects.requireNonNull(cue, "cue"), delta, Objects.requireNonNull(where, "where"));
        }

        /** The lexicon entry that matched. */
        public String cue() {
            return cue;
        }

        /** Score change; negative for negative context such as {@code "order number"}. */
        public double delta() {
            return delta;
        }

        /** Where the cue was seen: {@code "text"} or {@code "assistant-prompt"}. */
        public String where() {
            return where;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ContextCue && ((ContextCue) o).cue.equals(cue)
                    && Double.compare(((ContextCue) o).delta, delta) == 0 && ((ContextCue) o).where.equals(where);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cue, delta, where);
        }

        @Override
        public String toString() {
            return "'" + cue + "' " + (delta >= 0 ? "+" : "") + String.format(Locale.ROOT, "%.2f", delta) + " (" + where + ")";
        }
    }

    private final String pattern;
    private final String validator;
    private final double baseScore;
    private final List<ContextCue> cues;
    private final String reason;

    private Explanation(Builder b) {
        this.pattern = b.pattern;
        this.validator = b.validator;
        this.baseScore = b.baseScore;
        this.cues = Collections.unmodifiableList(new ArrayList<>(b.cues));
        this.reason = b.reason;
    }

    /** Starts an explanation. */
    public static Builder builder() {
        return new Builder();
    }

    /** Name of the pattern that matched, e.g. {@code "pan-grouped"}; empty if none. */
    public String pattern() {
        return pattern;
    }

    /** Name of the validator that accepted the candidate, e.g. {@code "luhn"}; empty if none. */
    public String validator() {
        return validator;
    }

    /** Score before context cues were applied. */
    public double baseScore() {
        return baseScore;
    }

    /** Context cues in the order they were applied. */
    public List<ContextCue> contextCues() {
        return cues;
    }

    /** A short human-readable reason, e.g. {@code "16 digits, Luhn valid, Visa range"}. Never the value. */
    public String reason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Explanation)) {
            return false;
        }
        Explanation e = (Explanation) o;
        return pattern.equals(e.pattern) && validator.equals(e.validator)
                && Double.compare(baseScore, e.baseScore) == 0 && cues.equals(e.cues) && reason.equals(e.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pattern, validator, baseScore, cues, reason);
    }

    /** The full trace on one line; never contains the value. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(reason.isEmpty() ? "matched" : reason);
        if (!pattern.isEmpty()) {
            sb.append("; pattern=").append(pattern);
        }
        if (!validator.isEmpty()) {
            sb.append("; validator=").append(validator);
        }
        sb.append("; base=").append(String.format(Locale.ROOT, "%.2f", baseScore));
        if (!cues.isEmpty()) {
            sb.append("; context=").append(cues);
        }
        return sb.toString();
    }

    /** Builds an {@link Explanation}. Not thread-safe; the built explanation is. */
    public static final class Builder {
        private String pattern = "";
        private String validator = "";
        private double baseScore;
        private final List<ContextCue> cues = new ArrayList<>();
        private String reason = "";

        private Builder() {
        }

        /** Name of the pattern that matched. */
        public Builder pattern(String pattern) {
            this.pattern = Objects.requireNonNull(pattern, "pattern");
            return this;
        }

        /** Name of the validator that accepted the candidate. */
        public Builder validator(String validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /** Score before context. */
        public Builder baseScore(double baseScore) {
            this.baseScore = baseScore;
            return this;
        }

        /** Adds a context cue. */
        public Builder cue(ContextCue cue) {
            cues.add(Objects.requireNonNull(cue, "cue"));
            return this;
        }

        /** A short reason without the value. */
        public Builder reason(String reason) {
            this.reason = Objects.requireNonNull(reason, "reason");
            return this;
        }

        /** Builds the immutable explanation. */
        public Explanation build() {
            return new Explanation(this);
        }
    }
}
