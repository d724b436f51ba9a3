package dev.privacyai.impl.consent;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import dev.privacyai.consent.ErasureReport;
import dev.privacyai.consent.SubjectDataExport;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.consent.spi.SubjectDataHolder;
import dev.privacyai.redaction.EntityType;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test-only stand-in for the pseudonymizer's vault: values encrypted with Tink AES256-GCM under one keyset per
 * subject (associated data: subject id and entity type). Erasure deletes the subject's keyset (crypto-shredding):
 * ciphertexts that were stored or copied elsewhere can no longer be decrypted.
 */
final class TinkVaultHolder implements SubjectDataHolder {

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** One stored value: its type and ciphertext. */
    static final class Entry {
        final EntityType type;
        final byte[] ciphertext;

        Entry(EntityType type, byte[] ciphertext) {
            this.type = type;
            this.ciphertext = ciphertext;
        }
    }

    private final Map<SubjectId, KeysetHandle> keys = new ConcurrentHashMap<>();
    private final Map<SubjectId, List<Entry>> entries = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "test-vault";
    }

    synchronized Entry put(SubjectId subject, EntityType type, String value) {
        try {
            KeysetHandle k = keys.get(subject);
            if (k == null) {
                k = KeysetHandle.generateNew(KeyTemplates.get("AES256_GCM"));
                keys.put(subject, k);
            }
            byte[] ct = aead(k).encrypt(value.getBytes(StandardCharsets.UTF_8), ad(subject, type));
            Entry e = new Entry(type, ct);
            entries.computeIfAbsent(subject, s -> new ArrayList<>()).add(e);
            return e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decrypts a ciphertext with the subject's current keyset; fails when there is none or it does not match. */
    synchronized String decrypt(SubjectId subject, Entry entry) throws GeneralSecurityException {
        KeysetHandle k = keys.get(subject);
        if (k == null) {
            throw new GeneralSecurityException("no key for subject");
        }
        return new String(aead(k).decrypt(entry.ciphertext, ad(subject, entry.type)), StandardCharsets.UTF_8);
    }

    boolean hasKey(SubjectId subject) {
        return keys.containsKey(subject);
    }

    @Override
    public synchronized SubjectDataExport export(SubjectId subject) {
        List<SubjectDataExport.Record> records = new ArrayList<>();
        for (Entry e : entries.getOrDefault(subject, List.of())) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("type", e.type.name());
            try {
                fields.put("value", decrypt(subject, e));
            } catch (GeneralSecurityException ex) {
                throw new IllegalStateException("vault entry unreadable");
            }
            records.add(SubjectDataExport.Record.of("vault-entry", fields));
        }
        return SubjectDataExport.of(name(), records);
    }

    @Override
    public synchronized ErasureReport erase(SubjectId subject) {
        KeysetHandle k = keys.remove(subject);
        List<Entry> gone = entries.remove(subject);
        int n = gone == null ? 0 : gone.size();
        if (k != null && n == 0) {
            n = 1; // a key without entries is still data about the subject
        }
        return ErasureReport.of(name(), n, "crypto-shredding");
    }

    private static Aead aead(KeysetHandle k) throws GeneralSecurityException {
        return k.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    private static byte[] ad(SubjectId subject, EntityType type) {
        return (subject.value() + '\u0000' + type.name()).getBytes(StandardCharsets.UTF_8);
    }
}
