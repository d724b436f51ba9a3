package dev.privacyai.impl.pseudonym;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link Store} in the heap. Records are kept by {@link VaultCore} itself, so they are not duplicated here. */
final class MemoryStore implements Store {

    private volatile byte[] indexKey;
    private final Map<String, byte[]> subjectKeys = new ConcurrentHashMap<>();

    @Override
    public byte[] loadIndexKey() {
        return indexKey;
    }

    @Override
    public void saveIndexKey(byte[] wrapped) {
        indexKey = wrapped.clone();
    }

    @Override
    public byte[] loadSubjectKey(String subjectRef) {
        return subjectKeys.get(subjectRef);
    }

    @Override
    public void saveSubjectKey(String subjectRef, byte[] wrapped) {
        subjectKeys.put(subjectRef, wrapped.clone());
    }

    @Override
    public List<byte[]> loadRecords(String subjectRef) {
        return List.of();
    }

    @Override
    public void appendRecord(String subjectRef, byte[] record) {
        // records live in VaultCore's memory only
    }

    @Override
    public void rewriteRecords(String subjectRef, List<byte[]> records) {
        // records live in VaultCore's memory only
    }

    @Override
    public List<String> subjectRefs() {
        return new ArrayList<>(subjectKeys.keySet());
    }

    @Override
    public boolean erase(String subjectRef) {
        byte[] removed = subjectKeys.remove(subjectRef);
        if (removed != null) {
            Arrays.fill(removed, (byte) 0);
        }
        return removed != null;
    }
}
