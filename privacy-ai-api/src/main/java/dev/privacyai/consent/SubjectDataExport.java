package dev.privacyai.consent;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one holder of personal data keeps about a subject, for an access request: a list of records, each a
 * kind (e.g. {@code "vault-entry"}) and named string fields. It holds the subject's personal data by design, so
 * {@link #toString()} prints only the holder name and counts. Immutable and thread-safe.
 */
public final class SubjectDataExport {

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

    /** One stored item: a kind and its fields, in insertion order. */
    public static final class Record {
        private final String kind;
        private final Map<String, String> fields;

        private Record(String kind, Map<String, String> fields) {
            this.kind = kind;
            this.fields = fields;
        }

        /**
         * @param kind   identifier-like kind such as {@code "vault-entry"}
         * @param fields field names (identifier-like) to values; iteration order is kept
         * @throws IllegalArgumentException if the kind or a field name is not identifier-like
         */
        public static Record of(String kind, Map<String, String> fields) {
            checkKey(kind);
            Map<String, String> copy = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : fields.entrySet()) {
                checkKey(e.getKey());
                copy.put(e.getKey(), Objects.requireNonNull(e.getValue(), "field value"));
            }
            return new Record(kind, Collections.unmodifiableMap(copy));
        }

        /** The kind of item. */
        public String kind() {
            return kind;
        }

        /** The fields; values are personal data. */
        public Map<String, String> fields() {
            return fields;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Record && ((Record) o).kind.equals(kind) && ((Record) o).fields.equals(fields);
        }

        @Override
        public int hashCode() {
            return kind.hashCode() * 31 + fields.hashCode();
        }

        /** Kind and field names only. */
        @Override
        public String toString() {
            return "Record[" + kind + ", fields=" + fields.keySet() + "]";
        }
    }

    private final String holder;
    private final List<Record> records;

    private SubjectDataExport(String holder, List<Record> records) {
        this.holder = holder;
        this.records = records;
    }

    /**
     * @param holder the holder's name (identifier-like)
     * @param records what it holds; empty when it holds nothing (including after an erasure)
     */
    public static SubjectDataExport of(String holder, List<Record> records) {
        checkKey(holder);
        return new SubjectDataExport(holder, List.copyOf(records));
    }

    private static void checkKey(String key) {
        if (!KEY.matcher(Objects.requireNonNull(key, "key")).matches()) {
            throw new IllegalArgumentException("names must match [A-Za-z][A-Za-z0-9_.-]{0,63}");
        }
    }

    /** The holder's name. */
    public String holder() {
        return holder;
    }

    /** The records. */
    public List<Record> records() {
        return records;
    }

    /** Holder name and record count only. */
    @Override
    public String toString() {
        return "SubjectDataExport[" + holder + ", records=" + records.size() + "]";
    }
}
