package dev.privacyai.impl.guard;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;
import dev.privacyai.guard.AuditEvent;
import dev.privacyai.guard.AuditSink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * A tamper-evident audit log: every {@link AuditEvent} becomes one line
 * {@code {"seq":N,"event":{...},"mac":"<base64>"}} whose MAC (Tink, HMAC-SHA256 with a 256-bit tag) covers the
 * previous line's MAC, the sequence number and the event. Editing, deleting, inserting or reordering a line breaks
 * the chain at that line, and {@link #verify()} says where. Deleting lines at the <em>end</em> leaves a valid
 * shorter chain: compare with the {@link Head} (count and last MAC) kept by this sink or anchored elsewhere (a
 * daily head in a separate store), which {@link #verify(List, KeysetHandle, Head)} checks too.
 *
 * <p>Lines are kept in memory, appended to a file (flushed per event) when built with {@link Builder#file} (a file
 * sink continues an existing chain it can verify), or written to any {@link java.io.Writer} with
 * {@link Builder#output}. The MAC key must be kept apart from the log: whoever holds
 * it can rewrite the chain. Thread-safe (events are chained in the order {@link #accept} is called).
 */
public final class MacChainedAuditSink implements AuditSink {

    static {
        try {
            MacConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError("cannot register Tink MAC");
        }
    }

    private static final byte[] GENESIS = "privacy-ai audit chain v1".getBytes(StandardCharsets.US_ASCII);
    private static final String MAC_FIELD = ",\"mac\":\"";

    /** The end of a chain: how many records and the last record's MAC (base64). */
    public static final class Head {
        private final long count;
        private final String lastMac;

        private Head(long count, String lastMac) {
            this.count = count;
            this.lastMac = lastMac;
        }

        /** A head, e.g. read back from an anchor store. */
        public static Head of(long count, String lastMac) {
            if (count < 0) {
                throw new IllegalArgumentException("count must be >= 0");
            }
            return new Head(count, Objects.requireNonNull(lastMac, "lastMac"));
        }

        /** Number of records. */
        public long count() {
            return count;
        }

        /** The last record's MAC in base64 (empty for an empty chain). */
        public String lastMac() {
            return lastMac;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Head && ((Head) o).count == count && ((Head) o).lastMac.equals(lastMac);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(count) * 31 + lastMac.hashCode();
        }

        @Override
        public String toString() {
            return "Head{count=" + count + ", lastMac=" + lastMac + "}";
        }
    }

    /** The outcome of a verification. */
    public static final class Verification {
        private final boolean valid;
        private final long records;
        private final long firstBadRecord;
        private final String problem;

        private Verification(boolean valid, long records, long firstBadRecord, String problem) {
            this.valid = valid;
            this.records = records;
            this.firstBadRecord = firstBadRecord;
            this.problem = problem;
        }

        /** True if every record verifies and the chain ends at the expected head. */
        public boolean valid() {
            return valid;
        }

        /** Records examined. */
        public long records() {
            return records;
        }

        /** 0-based index of the first record that fails, {@code records()} for a missing tail, -1 if valid. */
        public long firstBadRecord() {
            return firstBadRecord;
        }

        /** {@code OK}, {@code MALFORMED}, {@code SEQUENCE}, {@code MAC_MISMATCH} or {@code TRUNCATED}. */
        public String problem() {
            return problem;
        }

        @Override
        public String toString() {
            return valid ? "Verification{valid, records=" + records + "}"
                    : "Verification{INVALID " + problem + " at record " + firstBadRecord + " of " + records + "}";
        }
    }

    private final Mac mac;
    private final Path file;
    private final boolean retain;
    private final List<String> lines = new ArrayList<>();
    private java.io.Writer writer;
    private byte[] prev;
    private long count;

    private MacChainedAuditSink(Builder b) {
        this.mac = primitive(Objects.requireNonNull(b.key, "key"));
        this.file = b.file;
        this.retain = b.file == null && b.output == null;
        this.writer = b.output;
        this.prev = GENESIS;
        if (file != null) {
            try {
                if (Files.exists(file)) {
                    List<String> existing = Files.readAllLines(file, StandardCharsets.UTF_8);
                    Verification v = verify(existing, mac, null);
                    if (!v.valid()) {
                        throw new IllegalStateException("existing audit log does not verify: " + v);
                    }
                    count = existing.size();
                    if (count > 0) {
                        prev = Base64.getDecoder().decode(macOf(existing.get(existing.size() - 1)));
                    }
                }
                writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the audit log", e);
            }
        }
    }

    /** A builder; the key is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** An in-memory chain under {@code key}. */
    public static MacChainedAuditSink inMemory(KeysetHandle key) {
        return builder().key(key).build();
    }

    /** A new HMAC-SHA256 (256-bit tag) keyset for this sink. Store it apart from the log. */
    public static KeysetHandle generateKey() {
        try {
            return KeysetHandle.generateNew(PredefinedMacParameters.HMAC_SHA256_256BITTAG);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a MAC key", e);
        }
    }

    private static Mac primitive(KeysetHandle key) {
        try {
            return key.getPrimitive(RegistryConfiguration.get(), Mac.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the audit key must be a Tink MAC keyset");
        }
    }

    @Override
    public synchronized void accept(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        long seq = count + 1;
        String body = "{\"seq\":" + seq + ",\"event\":" + event.toJson();
        byte[] tag = compute(mac, prev, body);
        String line = body + MAC_FIELD + Base64.getEncoder().encodeToString(tag) + "\"}";
        if (writer != null) {
            try {
                writer.write(line);
                writer.write('\n');
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append to the audit log", e);
            }
        } else {
            lines.add(line);
        }
        prev = tag;
        count = seq;
    }

    /**
     * The records so far (the file's lines for a file sink).
     *
     * @throws IllegalStateException for a sink built with {@link Builder#output}: read the records back from there
     */
    public synchronized List<String> records() {
        if (!retain && file == null) {
            throw new IllegalStateException("records are written to the output, not retained");
        }
        if (file != null) {
            try {
                return Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the audit log", e);
            }
        }
        return List.copyOf(lines);
    }

    /** The current head (count and last MAC): anchor it elsewhere to detect a truncated tail. */
    public synchronized Head head() {
        return new Head(count, count == 0 ? "" : Base64.getEncoder().encodeToString(prev));
    }

    /** Verifies this sink's records against its key and its current head. */
    public synchronized Verification verify() {
        return verify(records(), mac, head());
    }

    /**
     * Verifies records (e.g. lines read back from a file) under {@code key}; with {@code expectedHead}, also that
     * the chain has exactly that many records ending with that MAC.
     */
    public static Verification verify(List<String> records, KeysetHandle key, Head expectedHead) {
        return verify(records, primitive(key), expectedHead);
    }

    private static Verification verify(List<String> records, Mac mac, Head expectedHead) {
        byte[] prev = GENESIS;
        for (int i = 0; i < records.size(); i++) {
            String line = records.get(i);
            int m = line.lastIndexOf(MAC_FIELD);
            if (!line.startsWith("{\"seq\":") || m < 0 || !line.endsWith("\"}")) {
                return new Verification(false, records.size(), i, "MALFORMED");
            }
            String body = line.substring(0, m);
            int comma = body.indexOf(',');
            long seq;
            try {
                seq = Long.parseLong(body.substring(7, comma));
            } catch (RuntimeException e) {
                return new Verification(false, records.size(), i, "MALFORMED");
            }
            byte[] tag;
            try {
                tag = Base64.getDecoder().decode(line.substring(m + MAC_FIELD.length(), line.length() - 2));
            } catch (IllegalArgumentException e) {
                return new Verification(false, records.size(), i, "MALFORMED");
            }
            try {
                mac.verifyMac(tag, concat(prev, body));
            } catch (GeneralSecurityException e) {
                return new Verification(false, records.size(), i, "MAC_MISMATCH");
            }
            if (seq != i + 1) {
                return new Verification(false, records.size(), i, "SEQUENCE");
            }
            prev = tag;
        }
        if (expectedHead != null && (expectedHead.count() != records.size() || (records.size() > 0
                && !expectedHead.lastMac().equals(Base64.getEncoder().encodeToString(prev))))) {
            return new Verification(false, records.size(), records.size(), "TRUNCATED");
        }
        return new Verification(true, records.size(), -1, "OK");
    }

    private static String macOf(String line) {
        int m = line.lastIndexOf(MAC_FIELD);
        return line.substring(m + MAC_FIELD.length(), line.length() - 2);
    }

    private static byte[] compute(Mac mac, byte[] prev, String body) {
        try {
            return mac.computeMac(concat(prev, body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("MAC computation failed", e);
        }
    }

    private static byte[] concat(byte[] prev, String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[4 + prev.length + b.length];
        out[0] = (byte) (prev.length >>> 24);
        out[1] = (byte) (prev.length >>> 16);
        out[2] = (byte) (prev.length >>> 8);
        out[3] = (byte) prev.length;
        System.arraycopy(prev, 0, out, 4, prev.length);
        System.arraycopy(b, 0, out, 4 + prev.length, b.length);
        return out;
    }

    /** Closes the file or output, if any. */
    public synchronized void close() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the audit log", e);
            }
            writer = null;
        }
    }

    @Override
    public String toString() {
        return "MacChainedAuditSink{" + (file == null ? "in memory" : "file") + ", records=" + count + "}";
    }

    /** Builds a {@link MacChainedAuditSink}. */
    public static final class Builder {
        private KeysetHandle key;
        private Path file;
        private java.io.Writer output;

        private Builder() {
        }

        /** The Tink MAC keyset (required), e.g. {@link #generateKey()}. */
        public Builder key(KeysetHandle key) {
            this.key = Objects.requireNonNull(key, "key");
            return this;
        }

        /** Appends records to this file (created if missing; an existing chain must verify). */
        public Builder file(Path file) {
            this.file = Objects.requireNonNull(file, "file");
            this.output = null;
            return this;
        }

        /**
         * Writes records, one per line, to {@code output} (flushed per event) instead of keeping them; the chain
         * starts anew. Verify by reading the lines back with {@link #verify(List, KeysetHandle, Head)}.
         */
        public Builder output(java.io.Writer output) {
            this.output = Objects.requireNonNull(output, "output");
            this.file = null;
            return this;
        }

        /**
         * Builds the sink.
         *
         * @throws IllegalStateException if an existing file does not verify
         */
        public MacChainedAuditSink build() {
            return new MacChainedAuditSink(this);
        }
    }
}
