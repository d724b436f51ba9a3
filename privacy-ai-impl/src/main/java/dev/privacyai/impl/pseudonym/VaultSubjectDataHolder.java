package dev.privacyai.impl.pseudonym;

import dev.privacyai.consent.ErasureReport;
import dev.privacyai.consent.SubjectDataExport;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.consent.spi.SubjectDataHolder;
import dev.privacyai.pseudonym.spi.SubjectEntry;
import dev.privacyai.pseudonym.spi.SubjectErasure;
import dev.privacyai.pseudonym.spi.TokenVault;
import dev.privacyai.pseudonym.spi.VaultEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Makes a pseudonymizer's {@link TokenVault} answer data-subject requests, so that
 * {@link dev.privacyai.impl.consent.DataSubjectRequests} covers the values the vault keeps:
 *
 * <pre>{@code
 * DataSubjectRequests dsr = DataSubjectRequests.builder(ledger).policy(policy)
 *         .holder(VaultSubjectDataHolder.of(vault))
 *         .build();
 * }</pre>
 *
 * <p>The vault's subject is the consent {@link SubjectId}'s {@link SubjectId#value() value}, so the host must use
 * the same customer id in {@link dev.privacyai.pseudonym.ConversationScope}s and in the consent ledger.
 *
 * <ul>
 *   <li>{@link #export}: one {@value #RECORD_KIND} record per live entry of the subject in every conversation
 *       ({@link TokenVault#entriesOfSubject}), in creation order, with the fields {@code type} (entity type),
 *       {@code placeholder} (what the model saw: the surrogate, or the tag such as {@code <EMAIL_1>}),
 *       {@code value} (the stored original, decrypted: an access request returns it to the subject),
 *       {@code conversationRef} (the vault's opaque reference of the conversation; the vault does not store
 *       conversation ids) and {@code createdAt} (ISO-8601). Empty after an erasure.</li>
 *   <li>{@link #erase}: {@link TokenVault#eraseSubjectWithReport} (crypto-shredding: the subject's keys are
 *       destroyed, so copies of its ciphertext stay unreadable), reported with method {@value #METHOD} and the
 *       number of entries destroyed (expired ones not yet purged included); keys held without any entry count as
 *       one item. A repeated erasure reports {@link ErasureReport.Status#NOTHING_TO_ERASE}.</li>
 * </ul>
 *
 * <p>Thread-safe (the vaults are). Logs nothing; failures are the vault's
 * {@link dev.privacyai.pseudonym.PseudonymizationException}s, whose messages hold no personal data.
 */
public final class VaultSubjectDataHolder implements SubjectDataHolder {

    /** The default holder name. */
    public static final String DEFAULT_NAME = "pseudonym-vault";
    /** The kind of the exported records. */
    public static final String RECORD_KIND = "vault-entry";
    /** The erasure method reported. */
    public static final String METHOD = "crypto-shredding";

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

    private final TokenVault vault;
    private final String name;

    private VaultSubjectDataHolder(TokenVault vault, String name) {
        this.vault = vault;
        this.name = name;
    }

    /** The vault as a holder named {@value #DEFAULT_NAME}. */
    public static VaultSubjectDataHolder of(TokenVault vault) {
        return of(vault, DEFAULT_NAME);
    }

    /**
     * The vault as a holder with a name of its own (e.g. when a host has one vault per channel).
     *
     * @throws IllegalArgumentException if the name does not match {@code [A-Za-z][A-Za-z0-9_.-]{0,63}}
     */
    public static VaultSubjectDataHolder of(TokenVault vault, String name) {
        Objects.requireNonNull(vault, "vault");
        if (!NAME.matcher(Objects.requireNonNull(name, "name")).matches()) {
            throw new IllegalArgumentException("names must match [A-Za-z][A-Za-z0-9_.-]{0,63}");
        }
        return new VaultSubjectDataHolder(vault, name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SubjectDataExport export(SubjectId subject) {
        Objects.requireNonNull(subject, "subject");
        List<SubjectDataExport.Record> records = new ArrayList<>();
        for (SubjectEntry se : vault.entriesOfSubject(subject.value())) {
            VaultEntry e = se.entry();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("type", e.entityType().name());
            fields.put("placeholder", e.surrogate().orElse(e.tag()));
            fields.put("value", e.value());
            fields.put("conversationRef", se.conversationRef());
            fields.put("createdAt", e.createdAt().toString());
            records.add(SubjectDataExport.Record.of(RECORD_KIND, fields));
        }
        return SubjectDataExport.of(name, records);
    }

    @Override
    public ErasureReport erase(SubjectId subject) {
        Objects.requireNonNull(subject, "subject");
        SubjectErasure r = vault.eraseSubjectWithReport(subject.value());
        int items = r.entriesDestroyed() > 0 ? r.entriesDestroyed() : (r.keysDestroyed() ? 1 : 0);
        return ErasureReport.of(name, items, METHOD);
    }

    /** Holder name and the vault's own description (which holds no personal data). */
    @Override
    public String toString() {
        return "VaultSubjectDataHolder{" + name + ", " + vault + "}";
    }
}
