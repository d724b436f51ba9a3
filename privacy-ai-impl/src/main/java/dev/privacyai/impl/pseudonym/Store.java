package dev.privacyai.impl.pseudonym;

import java.util.List;

/**
 * Where {@link VaultCore} keeps its bytes. Everything passed here is already encrypted or keyed-MAC'ed, except
 * entity type names, numbers and timestamps. Subject and conversation are identified by keyed references, never
 * by the host ids. Implementations are called under the subject's lock.
 */
interface Store {

    /** The master-wrapped index keyset, or null if none yet. */
    byte[] loadIndexKey();

    void saveIndexKey(byte[] wrapped);

    /** The master-wrapped subject keysets, or null if the subject has none (never created or erased). */
    byte[] loadSubjectKey(String subjectRef);

    void saveSubjectKey(String subjectRef, byte[] wrapped);

    /** All records of a subject, in append order. */
    List<byte[]> loadRecords(String subjectRef);

    void appendRecord(String subjectRef, byte[] record);

    /** Replaces all records of a subject (compaction after purge). */
    void rewriteRecords(String subjectRef, List<byte[]> records);

    /** References of every subject that has a key. */
    List<String> subjectRefs();

    /** Destroys the subject key first, then the records. Returns true if anything existed. */
    boolean erase(String subjectRef);
}
