package dev.privacyai.pseudonym.spi;

import java.util.Objects;

/**
 * One decrypted entry of a data subject together with an opaque reference of the conversation it belongs to, as
 * {@link TokenVault#entriesOfSubject} returns it for an access request.
 *
 * <p>The conversation reference is the vault's own name for the conversation, not the host's conversation id
 * (vaults need not store that id; the built-in ones keep only a keyed pseudonym of it): it is stable within the
 * vault, equal for all entries of one conversation and different across conversations. <b>Holds personal
 * data</b> (the entry's value): {@link #toString()} prints the entry's tag only. Immutable and thread-safe.
 */
public final class SubjectEntry {

    private final String conversationRef;
    private final VaultEntry entry;

    private SubjectEntry(String conversationRef, VaultEntry entry) {
        this.conversationRef = conversationRef;
        this.entry = entry;
    }

    /**
     * @param conversationRef the vault's opaque reference of the entry's conversation
     * @param entry           the decrypted entry
     * @throws IllegalArgumentException if the reference is empty
     */
    public static SubjectEntry of(String conversationRef, VaultEntry entry) {
        Objects.requireNonNull(conversationRef, "conversationRef");
        Objects.requireNonNull(entry, "entry");
        if (conversationRef.isEmpty()) {
            throw new IllegalArgumentException("conversationRef must not be empty");
        }
        return new SubjectEntry(conversationRef, entry);
    }

    /** The vault's opaque reference of the conversation (not the host's conversation id). */
    public String conversationRef() {
        return conversationRef;
    }

    /** The decrypted entry. Personal data. */
    public VaultEntry entry() {
        return entry;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubjectEntry && ((SubjectEntry) o).conversationRef.equals(conversationRef)
                && ((SubjectEntry) o).entry.equals(entry);
    }

    @Override
    public int hashCode() {
        return conversationRef.hashCode() * 31 + entry.hashCode();
    }

    /** Tag only, e.g. {@code SubjectEntry{<EMAIL_1>}}. */
    @Override
    public String toString() {
        return "SubjectEntry{" + entry.tag() + "}";
    }
}
