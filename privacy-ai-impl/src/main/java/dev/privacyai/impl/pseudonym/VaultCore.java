package dev.privacyai.impl.pseudonym;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.pseudonym.PseudonymizationException;
import dev.privacyai.pseudonym.spi.SubjectEntry;
import dev.privacyai.pseudonym.spi.SubjectErasure;
import dev.privacyai.pseudonym.spi.SurrogateFactory;
import dev.privacyai.pseudonym.spi.TokenVault;
import dev.privacyai.pseudonym.spi.VaultEntry;
import dev.privacyai.redaction.EntityType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The envelope-encryption engine shared by the vaults.
 *
 * <p>Key hierarchy: the host's master AEAD keyset wraps (1) an index PRF keyset that turns subject ids into
 * opaque references, and (2) per subject, a data AEAD keyset (AES-256-GCM) and a PRF keyset (HMAC-SHA256) for
 * lookup tags and conversation references. Values and surrogates are encrypted with the subject's data key,
 * with associated data binding them to conversation reference, type and number. Erasing a subject destroys its
 * wrapped keysets, after which its ciphertexts are undecryptable wherever they were copied to. Keys wrapped under
 * an older master primary are re-wrapped when loaded (the subject then gets a new data key as primary).
 *
 * <p>Thread-safe: one lock per subject.
 */
final class VaultCore implements TokenVault {

    static final int MAX_SURROGATE_ATTEMPTS = 64;
    private static final int TAG_BYTES = 16;
    private static final byte KIND_ENTRY = 1;
    private static final byte KIND_COUNTER = 2;
    private static final String INDEX_AD = "privacy-ai/pseudonym/index-key/v1";
    private static final String SUBJECT_AD = "privacy-ai/pseudonym/subject-key/v1|";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static {
        try {
            AeadConfig.register();
            PrfConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError("cannot register Tink primitives");
        }
    }

    private final Aead master;
    private final int masterPrimaryId;
    private final PrfSet index;
    private final Store store;
    private final Clock clock;
    private final Duration retention;
    private final Map<String, Subject> subjects = new ConcurrentHashMap<>();

    VaultCore(KeysetHandle masterKeyset, Store store, Clock clock, Duration retention) {
        this.master = masterAead(masterKeyset);
        this.masterPrimaryId = masterKeyset.getPrimary().getId();
        this.store = store;
        this.clock = clock;
        this.retention = retention;
        this.index = loadOrCreateIndexKey();
    }

    static Aead masterAead(KeysetHandle keyset) {
        try {
            return keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("master keyset must hold AEAD keys (e.g. AES256_GCM, AES256_GCM_SIV)", e);
        }
    }

    static KeysetHandle generateMasterKeyset() {
        try {
            return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        } catch (GeneralSecurityException e) {
            throw new PseudonymizationException("cannot generate a master keyset", e);
        }
    }

    /**
     * Index key file: [int id of the master key that wrapped it][encrypted keyset]. Wrapped under an older master
     * primary, it is re-wrapped under the current one (lazy rotation).
     */
    private PrfSet loadOrCreateIndexKey() {
        byte[] ad = INDEX_AD.getBytes(StandardCharsets.UTF_8);
        try {
            byte[] stored = store.loadIndexKey();
            KeysetHandle handle;
            if (stored == null) {
                handle = KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
                store.saveIndexKey(withMasterId(TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, master, ad)));
            } else {
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored));
                int wrappedUnder = in.readInt();
                byte[] wrapped = in.readAllBytes();
                handle = TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, master, ad);
                if (wrappedUnder != masterPrimaryId) {
                    store.saveIndexKey(withMasterId(TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, master, ad)));
                }
            }
            return handle.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new PseudonymizationException("cannot unwrap the vault index key with the master keyset", null);
        }
    }

    private byte[] withMasterId(byte[] wrapped) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(masterPrimaryId);
        out.write(wrapped);
        out.flush();
        return bytes.toByteArray();
    }

    /**
     * Loads every subject so that keys wrapped under an older master primary are re-wrapped under the current one
     * (and get a new data key as primary). After this, keys no longer primary can be removed from the master keyset.
     *
     * @return the number of subjects whose keys were re-wrapped
     */
    int rewrapAll() {
        int count = 0;
        for (String ref : store.subjectRefs()) {
            count += withSubjectRef(ref, false, s -> {
                int r = s.rewrapped ? 1 : 0;
                s.rewrapped = false;
                return r;
            }, 0);
        }
        return count;
    }

    // ------------------------------------------------------------------------------------------ TokenVault

    @Override
    public VaultEntry tokenFor(ConversationScope scope, EntityType type, String value, String matchKey,
                               SurrogateFactory surrogates) {
        checkArgs(scope, type, matchKey);
        java.util.Objects.requireNonNull(value, "value");
        java.util.Objects.requireNonNull(surrogates, "surrogates");
        return withSubject(scope.subjectId(), true, s -> {
            String convRef = s.ref("conv", scope.conversationId());
            Conv conv = s.convs.computeIfAbsent(convRef, k -> new Conv());
            String tag = s.tag(convRef, type, matchKey);
            Rec existing = live(conv, conv.byTag.get(tag));
            if (existing != null) {
                return decrypt(s, existing);
            }
            Rec owner = live(conv, conv.bySurrogateTag.get(tag));
            if (owner != null) {
                return decrypt(s, owner); // already pseudonymized text: the surrogate stands for its own entry
            }
            int next = conv.maxIndex.getOrDefault(type.name(), 0) + 1;
            String surrogate = null;
            String surrogateTag = null;
            for (int attempt = 0; attempt < MAX_SURROGATE_ATTEMPTS; attempt++) {
                String candidate = surrogates.surrogate(type, next, attempt);
                if (candidate == null) {
                    break;
                }
                String candidateTag = s.tag(convRef, type, surrogates.matchKey(type, candidate));
                if (candidateTag.equals(tag) || live(conv, conv.byTag.get(candidateTag)) != null
                        || live(conv, conv.bySurrogateTag.get(candidateTag)) != null) {
                    continue;
                }
                surrogate = candidate;
                surrogateTag = candidateTag;
                break;
            }
            if (surrogate == null && surrogates.surrogate(type, next, 0) != null) {
                throw new PseudonymizationException("no collision-free surrogate for type " + type);
            }
            Rec rec = new Rec(convRef, type, next, clock.millis(), tag,
                    s.encrypt(value, convRef, type, next, "value"),
                    surrogateTag, surrogate == null ? null : s.encrypt(surrogate, convRef, type, next, "surrogate"));
            store.appendRecord(s.ref, rec.serialize(s.generation));
            conv.add(rec);
            return VaultEntry.of(type, next, value, surrogate, Instant.ofEpochMilli(rec.createdAt));
        }, null);
    }

    @Override
    public Optional<VaultEntry> find(ConversationScope scope, EntityType type, String matchKey) {
        checkArgs(scope, type, matchKey);
        return withSubject(scope.subjectId(), false, s -> {
            String convRef = s.ref("conv", scope.conversationId());
            Conv conv = s.convs.get(convRef);
            Rec rec = conv == null ? null : live(conv, conv.byTag.get(s.tag(convRef, type, matchKey)));
            return rec == null ? Optional.<VaultEntry>empty() : Optional.of(decrypt(s, rec));
        }, Optional.empty());
    }

    @Override
    public List<VaultEntry> entries(ConversationScope scope) {
        java.util.Objects.requireNonNull(scope, "scope");
        return withSubject(scope.subjectId(), false, s -> {
            Conv conv = s.convs.get(s.ref("conv", scope.conversationId()));
            if (conv == null) {
                return List.<VaultEntry>of();
            }
            List<VaultEntry> out = new ArrayList<>();
            for (Rec r : conv.byTag.values()) {
                if (!expired(r)) {
                    out.add(decrypt(s, r));
                }
            }
            out.sort(Comparator.comparing(VaultEntry::entityType).thenComparingInt(VaultEntry::index));
            return List.copyOf(out);
        }, List.of());
    }

    @Override
    public List<SubjectEntry> entriesOfSubject(String subjectId) {
        java.util.Objects.requireNonNull(subjectId, "subjectId");
        return withSubject(subjectId, false, s -> {
            List<SubjectEntry> out = new ArrayList<>();
            for (Map.Entry<String, Conv> c : s.convs.entrySet()) {
                for (Rec r : c.getValue().byTag.values()) {
                    if (!expired(r)) {
                        out.add(SubjectEntry.of(c.getKey(), decrypt(s, r)));
                    }
                }
            }
            out.sort(Comparator.comparing((SubjectEntry e) -> e.entry().createdAt())
                    .thenComparing(SubjectEntry::conversationRef)
                    .thenComparing(e -> e.entry().entityType())
                    .thenComparingInt(e -> e.entry().index()));
            return List.copyOf(out);
        }, List.of());
    }

    @Override
    public boolean eraseSubject(String subjectId) {
        return erase(subjectId).anything;
    }

    @Override
    public SubjectErasure eraseSubjectWithReport(String subjectId) {
        Erased e = erase(subjectId);
        return SubjectErasure.of(e.entries, e.keys);
    }

    /** What one erasure found and destroyed. */
    private static final class Erased {
        final int entries;
        final boolean keys;
        final boolean anything;

        Erased(int entries, boolean keys, boolean anything) {
            this.entries = entries;
            this.keys = keys;
            this.anything = anything;
        }
    }

    private Erased erase(String subjectId) {
        java.util.Objects.requireNonNull(subjectId, "subjectId");
        String ref = subjectRef(subjectId);
        Subject s = subjects.computeIfAbsent(ref, Subject::new);
        synchronized (s) {
            s.erased = true;
            subjects.remove(ref, s);
            int entries;
            boolean keys;
            if (s.loaded) {
                keys = s.data != null;
                entries = 0;
                for (Conv conv : s.convs.values()) {
                    entries += conv.byTag.size();
                }
            } else {
                byte[] wrapped = store.loadSubjectKey(ref);
                keys = wrapped != null;
                entries = keys ? countStoredEntries(ref, wrapped) : 0;
            }
            s.data = null;
            s.prf = null;
            s.convs.clear();
            boolean stored = store.erase(ref);
            return new Erased(entries, keys, stored || keys);
        }
    }

    /**
     * Counts the entry records of the subject's current key generation without unwrapping any key (the generation
     * is the clear prefix of the key file), so that an erasure never depends on the data being readable. Records
     * that cannot be parsed are not counted; they are destroyed all the same.
     */
    private int countStoredEntries(String ref, byte[] wrappedKeys) {
        try {
            long generation = new DataInputStream(new ByteArrayInputStream(wrappedKeys)).readLong();
            int n = 0;
            for (byte[] record : store.loadRecords(ref)) {
                if (record.length >= 9 && record[0] == KIND_ENTRY
                        && new DataInputStream(new ByteArrayInputStream(record, 1, 8)).readLong() == generation) {
                    n++;
                }
            }
            return n;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    @Override
    public int purgeExpired() {
        if (retention == null) {
            return 0;
        }
        Set<String> refs = new LinkedHashSet<>(store.subjectRefs());
        refs.addAll(subjects.keySet());
        int purged = 0;
        for (String ref : refs) {
            purged += withSubjectRef(ref, false, this::purge, 0);
        }
        return purged;
    }

    private int purge(Subject s) {
        int removed = 0;
        for (Conv conv : s.convs.values()) {
            for (Iterator<Rec> it = conv.byTag.values().iterator(); it.hasNext(); ) {
                Rec r = it.next();
                if (expired(r)) {
                    it.remove();
                    if (r.surrogateTag != null) {
                        conv.bySurrogateTag.remove(r.surrogateTag, r);
                    }
                    removed++;
                }
            }
        }
        if (removed > 0) {
            List<byte[]> records = new ArrayList<>();
            for (Map.Entry<String, Conv> e : s.convs.entrySet()) {
                for (Map.Entry<String, Integer> c : e.getValue().maxIndex.entrySet()) {
                    records.add(counterRecord(s.generation, e.getKey(), c.getKey(), c.getValue()));
                }
                for (Rec r : e.getValue().byTag.values()) {
                    records.add(r.serialize(s.generation));
                }
            }
            store.rewriteRecords(s.ref, records);
        }
        return removed;
    }

    // ------------------------------------------------------------------------------------------ internals

    private static void checkArgs(ConversationScope scope, EntityType type, String matchKey) {
        java.util.Objects.requireNonNull(scope, "scope");
        java.util.Objects.requireNonNull(type, "type");
        java.util.Objects.requireNonNull(matchKey, "matchKey");
    }

    private boolean expired(Rec r) {
        return retention != null && clock.millis() >= r.createdAt + retention.toMillis();
    }

    private Rec live(Conv conv, Rec r) {
        return r == null || expired(r) ? null : r;
    }

    private VaultEntry decrypt(Subject s, Rec r) {
        String value = s.decrypt(r.valueCt, r.convRef, r.type, r.index, "value");
        String surrogate = r.surrogateCt == null ? null
                : s.decrypt(r.surrogateCt, r.convRef, r.type, r.index, "surrogate");
        return VaultEntry.of(r.type, r.index, value, surrogate, Instant.ofEpochMilli(r.createdAt));
    }

    String subjectRef(String subjectId) {
        return hex(compute(index, "subject\u0000" + subjectId));
    }

    private <T> T withSubject(String subjectId, boolean create, Function<Subject, T> op, T absent) {
        return withSubjectRef(subjectRef(subjectId), create, op, absent);
    }

    private <T> T withSubjectRef(String ref, boolean create, Function<Subject, T> op, T absent) {
        while (true) {
            Subject s = subjects.computeIfAbsent(ref, Subject::new);
            synchronized (s) {
                if (s.erased) {
                    continue;
                }
                if (!s.loaded) {
                    load(s);
                }
                if (s.data == null) {
                    if (!create) {
                        return absent;
                    }
                    createKeys(s);
                }
                return op.apply(s);
            }
        }
    }

    private void load(Subject s) {
        byte[] wrapped = store.loadSubjectKey(s.ref);
        if (wrapped != null) {
            unwrapKeys(s, wrapped);
            for (byte[] record : store.loadRecords(s.ref)) {
                readRecord(s, record);
            }
        }
        s.loaded = true;
    }

    private void createKeys(Subject s) {
        try {
            KeysetHandle data = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            KeysetHandle prf = KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
            long generation = new java.security.SecureRandom().nextLong();
            saveKeys(s, generation, data, prf);
            s.data = data.getPrimitive(RegistryConfiguration.get(), Aead.class);
            s.prf = prf.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
            s.generation = generation;
        } catch (GeneralSecurityException | IOException e) {
            throw new PseudonymizationException("cannot create a subject key", null);
        }
    }

    /** subject.key: [long generation][int master key id][int len][data keyset][int len][PRF keyset], wrapped. */
    private void saveKeys(Subject s, long generation, KeysetHandle data, KeysetHandle prf)
            throws GeneralSecurityException, IOException {
        byte[] ad = (SUBJECT_AD + s.ref).getBytes(StandardCharsets.UTF_8);
        byte[] wd = TinkProtoKeysetFormat.serializeEncryptedKeyset(data, master, ad);
        byte[] wp = TinkProtoKeysetFormat.serializeEncryptedKeyset(prf, master, ad);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeLong(generation);
        out.writeInt(masterPrimaryId);
        out.writeInt(wd.length);
        out.write(wd);
        out.writeInt(wp.length);
        out.write(wp);
        out.flush();
        store.saveSubjectKey(s.ref, bytes.toByteArray());
    }

    private void unwrapKeys(Subject s, byte[] wrapped) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(wrapped));
            long generation = in.readLong();
            int wrappedUnder = in.readInt();
            byte[] wd = new byte[in.readInt()];
            in.readFully(wd);
            byte[] wp = new byte[in.readInt()];
            in.readFully(wp);
            byte[] ad = (SUBJECT_AD + s.ref).getBytes(StandardCharsets.UTF_8);
            KeysetHandle data = TinkProtoKeysetFormat.parseEncryptedKeyset(wd, master, ad);
            KeysetHandle prf = TinkProtoKeysetFormat.parseEncryptedKeyset(wp, master, ad);
            if (wrappedUnder != masterPrimaryId) {
                // master key rotated: new entries get a new data key, old ones stay readable with the old one,
                // and both keysets are re-wrapped under the new master primary
                data = KeysetHandle.newBuilder(data)
                        .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                                .withRandomId().makePrimary())
                        .build();
                saveKeys(s, generation, data, prf);
                s.rewrapped = true;
            }
            s.generation = generation;
            s.data = data.getPrimitive(RegistryConfiguration.get(), Aead.class);
            s.prf = prf.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new PseudonymizationException("cannot unwrap a subject key with the master keyset", null);
        }
    }

    private void readRecord(Subject s, byte[] record) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(record));
            byte kind = in.readByte();
            if (in.readLong() != s.generation) {
                return; // written under an erased key generation (e.g. restored from a backup): undecryptable
            }
            String convRef = in.readUTF();
            EntityType type = EntityType.of(in.readUTF());
            int idx = in.readInt();
            Conv conv = s.convs.computeIfAbsent(convRef, k -> new Conv());
            if (kind == KIND_COUNTER) {
                conv.maxIndex.merge(type.name(), idx, Math::max);
                return;
            }
            if (kind != KIND_ENTRY) {
                throw new IOException("unknown record kind");
            }
            long createdAt = in.readLong();
            String tag = in.readUTF();
            byte[] valueCt = readBytes(in);
            String surrogateTag = in.readBoolean() ? in.readUTF() : null;
            byte[] surrogateCt = in.readBoolean() ? readBytes(in) : null;
            conv.add(new Rec(convRef, type, idx, createdAt, tag, valueCt, surrogateTag, surrogateCt));
        } catch (IOException | RuntimeException e) {
            throw new PseudonymizationException("corrupt vault record", null);
        }
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > (1 << 24)) {
            throw new IOException("bad length");
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }

    private static byte[] counterRecord(long generation, String convRef, String type, int maxIndex) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(KIND_COUNTER);
            out.writeLong(generation);
            out.writeUTF(convRef);
            out.writeUTF(type);
            out.writeInt(maxIndex);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] compute(PrfSet prf, String input) {
        try {
            return prf.computePrimary(input.getBytes(StandardCharsets.UTF_8), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new PseudonymizationException("keyed lookup failed", null);
        }
    }

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            sb.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
        }
        return sb.toString();
    }

    /** One data subject's keys and mapping; guarded by its own monitor. */
    private static final class Subject {
        final String ref;
        final Map<String, Conv> convs = new HashMap<>();
        boolean loaded;
        boolean erased;
        Aead data;
        PrfSet prf;
        long generation;
        boolean rewrapped;

        Subject(String ref) {
            this.ref = ref;
        }

        String ref(String kind, String id) {
            return hex(compute(prf, kind + "\u0000" + id));
        }

        String tag(String convRef, EntityType type, String matchKey) {
            return hex(compute(prf, "tag\u0000" + convRef + "\u0000" + type.name() + "\u0000" + matchKey));
        }

        byte[] encrypt(String plaintext, String convRef, EntityType type, int index, String field) {
            try {
                return data.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), ad(convRef, type, index, field));
            } catch (GeneralSecurityException e) {
                throw new PseudonymizationException("encryption failed", null);
            }
        }

        String decrypt(byte[] ciphertext, String convRef, EntityType type, int index, String field) {
            try {
                return new String(data.decrypt(ciphertext, ad(convRef, type, index, field)), StandardCharsets.UTF_8);
            } catch (GeneralSecurityException e) {
                throw new PseudonymizationException("decryption failed (tampered record or wrong key)", null);
            }
        }

        private static byte[] ad(String convRef, EntityType type, int index, String field) {
            return ("privacy-ai/pseudonym/v1|" + convRef + "|" + type.name() + "|" + index + "|" + field)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    /** One conversation's entries. */
    private static final class Conv {
        final Map<String, Rec> byTag = new LinkedHashMap<>();
        final Map<String, Rec> bySurrogateTag = new HashMap<>();
        final Map<String, Integer> maxIndex = new HashMap<>();

        void add(Rec r) {
            byTag.put(r.tag, r);
            if (r.surrogateTag != null) {
                bySurrogateTag.put(r.surrogateTag, r);
            }
            maxIndex.merge(r.type.name(), r.index, Math::max);
        }
    }

    /** One encrypted entry as stored. */
    private static final class Rec {
        final String convRef;
        final EntityType type;
        final int index;
        final long createdAt;
        final String tag;
        final byte[] valueCt;
        final String surrogateTag;
        final byte[] surrogateCt;

        Rec(String convRef, EntityType type, int index, long createdAt, String tag, byte[] valueCt,
            String surrogateTag, byte[] surrogateCt) {
            this.convRef = convRef;
            this.type = type;
            this.index = index;
            this.createdAt = createdAt;
            this.tag = tag;
            this.valueCt = valueCt;
            this.surrogateTag = surrogateTag;
            this.surrogateCt = surrogateCt;
        }

        byte[] serialize(long generation) {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DataOutputStream out = new DataOutputStream(bytes);
                out.writeByte(KIND_ENTRY);
                out.writeLong(generation);
                out.writeUTF(convRef);
                out.writeUTF(type.name());
                out.writeInt(index);
                out.writeLong(createdAt);
                out.writeUTF(tag);
                out.writeInt(valueCt.length);
                out.write(valueCt);
                out.writeBoolean(surrogateTag != null);
                if (surrogateTag != null) {
                    out.writeUTF(surrogateTag);
                }
                out.writeBoolean(surrogateCt != null);
                if (surrogateCt != null) {
                    out.writeInt(surrogateCt.length);
                    out.write(surrogateCt);
                }
                out.flush();
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
