package dev.privacyai.impl.pseudonym;

import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.pseudonym.spi.SubjectEntry;
import dev.privacyai.pseudonym.spi.SubjectErasure;
import dev.privacyai.pseudonym.spi.SurrogateFactory;
import dev.privacyai.pseudonym.spi.TokenVault;
import dev.privacyai.pseudonym.spi.VaultEntry;
import dev.privacyai.redaction.EntityType;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link TokenVault} operations of the built-in vaults, all carried out by one {@link VaultCore} (keys,
 * encryption, lookups, retention, erasure); the vaults differ only in where the core stores its records.
 */
abstract class CoreBackedTokenVault implements TokenVault {

    final VaultCore core;

    CoreBackedTokenVault(VaultCore core) {
        this.core = Objects.requireNonNull(core, "core");
    }

    @Override
    public VaultEntry tokenFor(ConversationScope scope, EntityType type, String value, String matchKey,
                               SurrogateFactory surrogates) {
        return core.tokenFor(scope, type, value, matchKey, surrogates);
    }

    @Override
    public Optional<VaultEntry> find(ConversationScope scope, EntityType type, String matchKey) {
        return core.find(scope, type, matchKey);
    }

    @Override
    public List<VaultEntry> entries(ConversationScope scope) {
        return core.entries(scope);
    }

    @Override
    public List<SubjectEntry> entriesOfSubject(String subjectId) {
        return core.entriesOfSubject(subjectId);
    }

    @Override
    public boolean eraseSubject(String subjectId) {
        return core.eraseSubject(subjectId);
    }

    @Override
    public SubjectErasure eraseSubjectWithReport(String subjectId) {
        return core.eraseSubjectWithReport(subjectId);
    }

    @Override
    public int purgeExpired() {
        return core.purgeExpired();
    }
}
