package dev.privacyai.pseudonym;

import dev.privacyai.redaction.EntityType;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Decides, per {@link EntityType}, what re-identification of a model reply gives back to the customer.
 *
 * <p>{@link #defaults()}: {@link ReinsertionMode#MASKED} for {@code CREDIT_CARD}, {@code IBAN}, {@code US_SSN},
 * {@code US_ITIN}, {@code US_BANK_NUMBER}, {@code ACCOUNT_NUMBER}, {@code UK_NINO}; {@link ReinsertionMode#WITHHELD}
 * for {@code CVV} and {@code SECRET}; {@link ReinsertionMode#ORIGINAL} for everything else.
 * {@link #allOriginal()} reinserts everything (meant for host tool calls, which need the real values).
 * Immutable and thread-safe.
 */
public final class ReidentificationPolicy {

    private static final ReidentificationPolicy DEFAULTS = builder()
            .mode(EntityType.CREDIT_CARD, ReinsertionMode.MASKED)
            .mode(EntityType.IBAN, ReinsertionMode.MASKED)
            .mode(EntityType.US_SSN, ReinsertionMode.MASKED)
            .mode(EntityType.US_ITIN, ReinsertionMode.MASKED)
            .mode(EntityType.US_BANK_NUMBER, ReinsertionMode.MASKED)
            .mode(EntityType.ACCOUNT_NUMBER, ReinsertionMode.MASKED)
            .mode(EntityType.UK_NINO, ReinsertionMode.MASKED)
            .mode(EntityType.CVV, ReinsertionMode.WITHHELD)
            .mode(EntityType.SECRET, ReinsertionMode.WITHHELD)
            .build();
    private static final ReidentificationPolicy ALL_ORIGINAL = builder().build();

    private final Map<EntityType, ReinsertionMode> modes;
    private final ReinsertionMode fallback;

    private ReidentificationPolicy(Builder b) {
        this.modes = Collections.unmodifiableMap(new TreeMap<>(b.modes));
        this.fallback = b.fallback;
    }

    /** The default policy described above. */
    public static ReidentificationPolicy defaults() {
        return DEFAULTS;
    }

    /** Every type reinserted as {@link ReinsertionMode#ORIGINAL}. */
    public static ReidentificationPolicy allOriginal() {
        return ALL_ORIGINAL;
    }

    /** An empty builder: every type {@link ReinsertionMode#ORIGINAL} until set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this policy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.modes.putAll(modes);
        b.fallback = fallback;
        return b;
    }

    /** The mode for a type. */
    public ReinsertionMode modeFor(EntityType type) {
        return modes.getOrDefault(Objects.requireNonNull(type, "type"), fallback);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReidentificationPolicy && ((ReidentificationPolicy) o).modes.equals(modes)
                && ((ReidentificationPolicy) o).fallback == fallback;
    }

    @Override
    public int hashCode() {
        return Objects.hash(modes, fallback);
    }

    @Override
    public String toString() {
        return "ReidentificationPolicy{" + modes + ", otherwise " + fallback + "}";
    }

    /** Builds a {@link ReidentificationPolicy}. Not thread-safe. */
    public static final class Builder {
        private final Map<EntityType, ReinsertionMode> modes = new TreeMap<>();
        private ReinsertionMode fallback = ReinsertionMode.ORIGINAL;

        private Builder() {
        }

        /** Sets the mode for one type. */
        public Builder mode(EntityType type, ReinsertionMode mode) {
            modes.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(mode, "mode"));
            return this;
        }

        /** Sets the mode for types not set explicitly; default {@link ReinsertionMode#ORIGINAL}. */
        public Builder otherwise(ReinsertionMode mode) {
            this.fallback = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** Builds the immutable policy. */
        public ReidentificationPolicy build() {
            return new ReidentificationPolicy(this);
        }
    }
}
