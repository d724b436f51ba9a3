package dev.privacyai.pseudonym.spi;

import dev.privacyai.redaction.EntityType;

/**
 * Supplies surrogates and the normalization used to compare values, so a {@link TokenVault} can pick a surrogate
 * that collides with no value and no other surrogate of the conversation. Implementations are deterministic and
 * thread-safe.
 */
public interface SurrogateFactory {

    /** A factory that never produces surrogates (tag style). */
    SurrogateFactory NONE = new SurrogateFactory() {
        @Override
        public String surrogate(EntityType type, int index, int attempt) {
            return null;
        }

        @Override
        public String matchKey(EntityType type, String value) {
            return value;
        }
    };

    /**
     * A surrogate for the {@code index}-th value of {@code type}; each {@code attempt} (0, 1, ...) gives another
     * candidate. {@code null} if this type has no surrogate form.
     */
    String surrogate(EntityType type, int index, int attempt);

    /** The normalized form under which {@code value} is compared and looked up (e.g. lower case, digits only). */
    String matchKey(EntityType type, String value);
}
