package dev.privacyai.impl.pseudonym;

import com.google.crypto.tink.KeysetHandle;
import dev.privacyai.pseudonym.spi.TokenVault;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * A persistent {@link TokenVault} in a local directory, one sub-directory per data subject:
 * <pre>
 * dir/index.key                     index PRF keyset, wrapped by the master AEAD
 * dir/subjects/&lt;ref&gt;/subject.key   the subject's data AEAD (AES-256-GCM) and PRF keysets, wrapped by the master AEAD
 * dir/subjects/&lt;ref&gt;/entries.log   append-only records: conversation reference, type, number, creation time,
 *                                   PRF lookup tag, AEAD ciphertext of the value (and of the surrogate)
 * </pre>
 * {@code ref} and conversation references are keyed PRFs of the host ids. Master key rotation: keys wrapped under
 * an older master primary are re-wrapped under the current one when the subject is first used (and the subject
 * gets a new data key for new entries), or all at once with {@link #rewrapKeys()}. No byte on disk is a plaintext value,
 * surrogate, subject id or conversation id. {@link #eraseSubject} deletes {@code subject.key} (after a best-effort
 * overwrite) and the log: copies of the log in backups can then not be decrypted.
 *
 * <p>Data-subject requests: {@link #entriesOfSubject} and {@link #eraseSubjectWithReport}, usually through
 * {@link VaultSubjectDataHolder} and {@link dev.privacyai.impl.consent.DataSubjectRequests}.
 *
 * <p>The host must provide the master key (there is no generated-key option: a generated key would make the
 * files unreadable after a restart). One process per directory. Thread-safe.
 */
public final class FileTokenVault extends CoreBackedTokenVault {

    private FileTokenVault(Builder b) {
        super(new VaultCore(b.masterKey, new FileStore(b.directory), b.clock, b.retention));
    }

    /** Starts a builder; directory and master key are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Completes a master key rotation: loads every subject, so that keys still wrapped under an older master
     * primary are re-wrapped under the current one (each such subject also gets a new data key as primary; its old
     * data key stays in its keyset to read old entries). Subjects are otherwise re-wrapped lazily on first use.
     * After this returns, keys that are no longer primary can be removed from the master keyset.
     *
     * @return how many subjects were re-wrapped by this call
     */
    public int rewrapKeys() {
        return core.rewrapAll();
    }

    @Override
    public String toString() {
        return "FileTokenVault{}";
    }

    /** Builds a {@link FileTokenVault}. Not thread-safe. */
    public static final class Builder {
        private Path directory;
        private KeysetHandle masterKey;
        private Clock clock = Clock.systemUTC();
        private Duration retention;

        private Builder() {
        }

        /** The vault directory; created if missing. */
        public Builder directory(Path directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * The master AEAD keyset. To rotate, pass a keyset with a new primary that still holds the old keys; after
         * {@link FileTokenVault#rewrapKeys()} the old keys can be removed.
         *
         * @throws IllegalArgumentException if the keyset does not hold AEAD keys
         */
        public Builder masterKey(KeysetHandle keyset) {
            VaultCore.masterAead(Objects.requireNonNull(keyset, "keyset"));
            this.masterKey = keyset;
            return this;
        }

        /** Entries expire this long after creation; default: never. */
        public Builder retention(Duration retention) {
            Objects.requireNonNull(retention, "retention");
            if (retention.isNegative() || retention.isZero()) {
                throw new IllegalArgumentException("retention must be positive");
            }
            this.retention = retention;
            return this;
        }

        /** The clock for creation times and expiry; default UTC system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Opens the vault.
         *
         * @throws IllegalStateException if directory or master key is missing
         * @throws dev.privacyai.pseudonym.PseudonymizationException if the directory cannot be used or its keys
         *                                                           cannot be unwrapped with the master key
         */
        public FileTokenVault build() {
            if (directory == null || masterKey == null) {
                throw new IllegalStateException("directory(path) and masterKey(keyset) are required");
            }
            return new FileTokenVault(this);
        }
    }
}
