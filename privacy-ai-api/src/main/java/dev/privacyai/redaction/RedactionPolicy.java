package dev.privacyai.redaction;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which {@link RedactionOperator} a {@link Redactor} applies to each {@link EntityType}, and the minimum score a
 * finding needs to be acted on.
 *
 * <p>Defaults ({@link #defaults()}): every type is replaced by its tag ({@code [EMAIL]}), minimum score 0.5.
 * Immutable and thread-safe.
 */
public final class RedactionPolicy {

    /** The default minimum score. */
    public static final double DEFAULT_MIN_SCORE = 0.5;

    private static final RedactionPolicy DEFAULTS = builder().build();

    private final RedactionOperator defaultOperator;
    private final Map<EntityType, RedactionOperator> operators;
    private final double minScore;

    private RedactionPolicy(Builder b) {
        this.defaultOperator = b.defaultOperator;
        this.operators = Collections.unmodifiableMap(new TreeMap<>(b.operators));
        this.minScore = b.minScore;
    }

    /** Tag every type, minimum score 0.5. */
    public static RedactionPolicy defaults() {
        return DEFAULTS;
    }

    /** Starts a policy with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The operator for {@code type}: its own if set, otherwise the default operator. */
    public RedactionOperator operatorFor(EntityType type) {
        return operators.getOrDefault(Objects.requireNonNull(type, "type"), defaultOperator);
    }

    /** The operator for types without their own. */
    public RedactionOperator defaultOperator() {
        return defaultOperator;
    }

    /** Per-type operators explicitly set. */
    public Map<EntityType, RedactionOperator> operators() {
        return operators;
    }

    /** Findings scoring below this are dropped: neither reported nor redacted. */
    public double minScore() {
        return minScore;
    }

    /** True if any type (or the default) uses {@link RedactionOperator.Kind#KEYED_HASH}. */
    public boolean usesKeyedHash() {
        if (defaultOperator.kind() == RedactionOperator.Kind.KEYED_HASH) {
            return true;
        }
        return operators.values().stream().anyMatch(o -> o.kind() == RedactionOperator.Kind.KEYED_HASH);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RedactionPolicy && ((RedactionPolicy) o).defaultOperator.equals(defaultOperator)
                && ((RedactionPolicy) o).operators.equals(operators)
                && Double.compare(((RedactionPolicy) o).minScore, minScore) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(defaultOperator, operators, minScore);
    }

    @Override
    public String toString() {
        return "RedactionPolicy{default=" + defaultOperator + ", operators=" + operators + ", minScore=" + minScore + "}";
    }

    /** Builds a {@link RedactionPolicy}. Not thread-safe; the built policy is. */
    public static final class Builder {
        private RedactionOperator defaultOperator = RedactionOperator.tag();
        private final Map<EntityType, RedactionOperator> operators = new TreeMap<>();
        private double minScore = DEFAULT_MIN_SCORE;

        private Builder() {
        }

        /** Operator for types without their own; default {@link RedactionOperator#tag()}. */
        public Builder defaultOperator(RedactionOperator operator) {
            this.defaultOperator = Objects.requireNonNull(operator, "operator");
            return this;
        }

        /** Operator for one type. */
        public Builder operator(EntityType type, RedactionOperator operator) {
            operators.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(operator, "operator"));
            return this;
        }

        /**
         * Minimum score for a finding to be redacted; default 0.5.
         *
         * @throws IllegalArgumentException if outside [0, 1]
         */
        public Builder minScore(double minScore) {
            if (!(minScore >= 0.0 && minScore <= 1.0)) {
                throw new IllegalArgumentException("minScore must be in [0, 1]: " + minScore);
            }
            this.minScore = minScore;
            return this;
        }

        /** Builds the immutable policy. */
        public RedactionPolicy build() {
            return new RedactionPolicy(this);
        }
    }
}
