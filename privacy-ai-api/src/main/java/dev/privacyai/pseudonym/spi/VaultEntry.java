package dev.privacyai.pseudonym.spi;

import dev.privacyai.pseudonym.Placeholder;
import dev.privacyai.redaction.EntityType;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One decrypted mapping entry as a {@link TokenVault} hands it to a pseudonymizer: type, number, original value,
 * optional surrogate and creation time. <b>Holds personal data</b>: keep it in memory only, never log it;
 * {@link #toString()} prints type and number only. Immutable and thread-safe.
 */
public final class VaultEntry {

    private final EntityType entityType;
    private final int index;
    private final String value;
    private final String surrogate;
    private final Instant createdAt;

    private VaultEntry(EntityType entityType, int index, String value, String surrogate, Instant createdAt) {
        this.entityType = entityType;
        this.index = index;
        this.value = value;
        this.surrogate = surrogate;
        this.createdAt = createdAt;
    }

    /**
     * Creates an entry; {@code surrogate} may be null.
     *
     * @throws IllegalArgumentException if {@code index < 1}
     */
    public static VaultEntry of(EntityType entityType, int index, String value, String surrogate, Instant createdAt) {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(createdAt, "createdAt");
        if (index < 1) {
            throw new IllegalArgumentException("index must be >= 1");
        }
        return new VaultEntry(entityType, index, value, surrogate, createdAt);
    }

    /** The type. */
    public EntityType entityType() {
        return entityType;
    }

    /** 1-based number among the conversation's values of this type. */
    public int index() {
        return index;
    }

    /** The original value. Personal data. */
    public String value() {
        return value;
    }

    /** The surrogate chosen for this entry, if the factory produced one. */
    public Optional<String> surrogate() {
        return Optional.ofNullable(surrogate);
    }

    /** When the entry was created (retention counts from here). */
    public Instant createdAt() {
        return createdAt;
    }

    /** The canonical tag, e.g. {@code <EMAIL_1>}. */
    public String tag() {
        return Placeholder.tag(entityType, index);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof VaultEntry)) {
            return false;
        }
        VaultEntry e = (VaultEntry) o;
        return index == e.index && entityType.equals(e.entityType) && value.equals(e.value)
                && Objects.equals(surrogate, e.surrogate) && createdAt.equals(e.createdAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entityType, index, value, surrogate, createdAt);
    }

    /** Tag only, e.g. {@code VaultEntry{<EMAIL_1>}}. */
    @Override
    public String toString() {
        return "VaultEntry{" + tag() + "}";
    }
}
