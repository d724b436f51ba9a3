package dev.privacyai.escalation;

import dev.privacyai.redaction.Channel;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the host knows about the conversation besides its text: the model's confidence in its last answer, the
 * current intent label and how many times that intent was tried, the customer's {@link CustomerTier}, the
 * {@link Channel}, and whether the customer declined consent to automated processing.
 *
 * <p>Defaults ({@link #none()}): no confidence, no intent label, 0 attempts, {@link CustomerTier#STANDARD},
 * {@link Channel#CHAT}, consent not declined.
 *
 * <p>Immutable and thread-safe. {@link #toString()} prints only these signals (intent labels are host
 * identifiers, not customer text).
 */
public final class EscalationSignals {

    private static final EscalationSignals NONE = builder().build();

    private final double modelConfidence;
    private final String intentLabel;
    private final int intentAttempts;
    private final CustomerTier customerTier;
    private final Channel channel;
    private final boolean consentDeclined;

    private EscalationSignals(Builder b) {
        this.modelConfidence = b.modelConfidence;
        this.intentLabel = b.intentLabel;
        this.intentAttempts = b.intentAttempts;
        this.customerTier = b.customerTier;
        this.channel = b.channel;
        this.consentDeclined = b.consentDeclined;
    }

    /** No signals: see the class documentation. */
    public static EscalationSignals none() {
        return NONE;
    }

    /** Starts signals with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The model's confidence in [0, 1] for its latest answer, if the host passed one. */
    public OptionalDouble modelConfidence() {
        return Double.isNaN(modelConfidence) ? OptionalDouble.empty() : OptionalDouble.of(modelConfidence);
    }

    /** The host's label for the customer's current intent, if any. */
    public Optional<String> intentLabel() {
        return Optional.ofNullable(intentLabel);
    }

    /** How many times the current intent has been attempted without being resolved; 0 if unknown. */
    public int intentAttempts() {
        return intentAttempts;
    }

    /** The customer's tier. */
    public CustomerTier customerTier() {
        return customerTier;
    }

    /** The channel of the conversation. */
    public Channel channel() {
        return channel;
    }

    /** True if the customer declined consent to automated (AI) processing. */
    public boolean consentDeclined() {
        return consentDeclined;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof EscalationSignals)) {
            return false;
        }
        EscalationSignals s = (EscalationSignals) o;
        return Double.compare(s.modelConfidence, modelConfidence) == 0 && Objects.equals(intentLabel, s.intentLabel)
                && intentAttempts == s.intentAttempts && customerTier == s.customerTier && channel == s.channel
                && consentDeclined == s.consentDeclined;
    }

    @Override
    public int hashCode() {
        return Objects.hash(modelConfidence, intentLabel, intentAttempts, customerTier, channel, consentDeclined);
    }

    @Override
    public String toString() {
        return "EscalationSignals{confidence=" + (Double.isNaN(modelConfidence) ? "none" : modelConfidence)
                + ", intent=" + (intentLabel == null ? "none" : intentLabel) + ", attempts=" + intentAttempts
                + ", tier=" + customerTier + ", channel=" + channel + ", consentDeclined=" + consentDeclined + "}";
    }

    /** Builds {@link EscalationSignals}. Not thread-safe; the built signals are. */
    public static final class Builder {
        private double modelConfidence = Double.NaN;
        private String intentLabel;
        private int intentAttempts;
        private CustomerTier customerTier = CustomerTier.STANDARD;
        private Channel channel = Channel.CHAT;
        private boolean consentDeclined;

        private Builder() {
        }

        /**
         * The model's confidence in its latest answer.
         *
         * @throws IllegalArgumentException if outside [0, 1]
         */
        public Builder modelConfidence(double confidence) {
            if (!(confidence >= 0.0 && confidence <= 1.0)) {
                throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
            }
            this.modelConfidence = confidence;
            return this;
        }

        /** The host's label for the current intent; {@code null} clears it. */
        public Builder intentLabel(String label) {
            this.intentLabel = label;
            return this;
        }

        /**
         * How many times the current intent was attempted without resolution.
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder intentAttempts(int attempts) {
            if (attempts < 0) {
                throw new IllegalArgumentException("attempts must be >= 0: " + attempts);
            }
            this.intentAttempts = attempts;
            return this;
        }

        /** The customer's tier; default {@link CustomerTier#STANDARD}. */
        public Builder customerTier(CustomerTier tier) {
            this.customerTier = Objects.requireNonNull(tier, "tier");
            return this;
        }

        /** The channel; default {@link Channel#CHAT}. */
        public Builder channel(Channel channel) {
            this.channel = Objects.requireNonNull(channel, "channel");
            return this;
        }

        /** Whether the customer declined consent to automated processing; default false. */
        public Builder consentDeclined(boolean declined) {
            this.consentDeclined = declined;
            return this;
        }

        /** Builds the immutable signals. */
        public EscalationSignals build() {
            return new EscalationSignals(this);
        }
    }
}
