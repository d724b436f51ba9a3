package dev.privacyai.pseudonym.spi;

import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.redaction.EntityType;

import java.util.List;
import java.util.Optional;

/**
 * Where pseudonym mappings live. Implementations must:
 * <ul>
 *   <li>store values (and surrogates) encrypted with an AEAD, never in plaintext at rest, and find values only
 *       through a keyed MAC/PRF or deterministic AEAD of their {@link SurrogateFactory#matchKey match key}, never a
 *       plain hash;</li>
 *   <li>bind each entry to its scope's data subject so that {@link #eraseSubject} makes every entry of the
 *       subject unrecoverable (crypto-shredding), and bind ciphertexts to their conversation, type and number;</li>
 *   <li>number entries 1, 2, ... per conversation and type, atomically, never reusing a number in a
 *       conversation;</li>
 *   <li>treat expired entries (past the retention period, if any) as absent;</li>
 *   <li>be thread-safe, and never put values, ids or keys into exceptions or logs (fail with
 *       {@link dev.privacyai.pseudonym.PseudonymizationException}).</li>
 * </ul>
 */
public interface TokenVault {

    /**
     * Returns the live entry of {@code scope} whose match key equals {@code matchKey} for {@code type}, or creates
     * it atomically with the next number, the given value and the first surrogate candidate (attempt 0, 1, ...)
     * whose match key equals no value and no other surrogate of the conversation. A value whose match key equals
     * a live surrogate of the conversation returns that surrogate's entry, so that re-pseudonymizing text that
     * already contains surrogates (e.g. earlier model replies) leaves it unchanged.
     */
    VaultEntry tokenFor(ConversationScope scope, EntityType type, String value, String matchKey,
                        SurrogateFactory surrogates);

    /** The live entry of {@code scope} with this type and match key, if any. Never creates one. */
    Optional<VaultEntry> find(ConversationScope scope, EntityType type, String matchKey);

    /** Every live entry of the scope, decrypted, by type then number. */
    List<VaultEntry> entries(ConversationScope scope);

    /**
     * Access request: every live entry of the data subject in every conversation, decrypted, each with the vault's
     * opaque reference of its conversation; ordered by creation time, then conversation reference, type and
     * number. Expired entries are absent; empty for a subject the vault holds nothing on (never seen, or erased).
     * Read-only: never creates keys or entries. Fails with
     * {@link dev.privacyai.pseudonym.PseudonymizationException} rather than return a partial list when an entry
     * cannot be decrypted.
     * Used by data-subject requests (see {@code docs/consent.md}).
     */
    List<SubjectEntry> entriesOfSubject(String subjectId);

    /**
     * Erasure request: destroys the subject's data key and every entry of the subject in every conversation, so
     * that ciphertext kept anywhere (backups included) can no longer be decrypted.
     *
     * @return true if the vault held anything for the subject
     */
    boolean eraseSubject(String subjectId);

    /**
     * Does exactly what {@link #eraseSubject} does and says what it destroyed, for erasure reports: the number of
     * entries (live ones and expired ones not yet purged) and whether the subject's keys existed. Counting must
     * not need the subject's keys, so that an erasure succeeds even when entries are unreadable. Idempotent: a
     * repeated call returns {@link SubjectErasure#NOTHING}.
     * Used by data-subject requests (see {@code docs/consent.md}).
     */
    SubjectErasure eraseSubjectWithReport(String subjectId);

    /** Deletes entries past the retention period; returns how many were deleted (0 without retention). */
    int purgeExpired();
}
