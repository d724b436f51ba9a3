package dev.privacyai.impl.consent;

import dev.privacyai.consent.ConsentEvent;
import dev.privacyai.consent.ConsentSource;
import dev.privacyai.consent.DataCategory;
import dev.privacyai.consent.Purpose;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.consent.spi.ConsentLedger;
import dev.privacyai.consent.spi.ConsentLedgerUnavailableException;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A durable {@link ConsentLedger}: an append-only UTF-8 text file, one event per line, each line carrying a
 * hash chained to the previous line, replayed into an {@link InMemoryConsentLedger} index on open.
 *
 * <h2>File format (version 1)</h2>
 * The first line is {@code #privacy-ai-consent-ledger v1}. Every other line is one event, 12 fields separated by
 * {@code |}:
 * <pre>
 * E1|seq|type|subject|purpose|categories|timestamp|expiresAt|source|notice|evidence|chain
 * </pre>
 * <ul>
 *   <li>{@code seq}: 1, 2, 3... in file order (gaps or repeats are corruption);</li>
 *   <li>{@code type}: GRANT, WITHDRAW, EXPIRE or ERASURE;</li>
 *   <li>{@code subject}: the subject id, percent-encoded (UTF-8 bytes outside {@code [A-Za-z0-9._~-]} as
 *       {@code %XX});</li>
 *   <li>{@code purpose}: the purpose name, or {@code -} for an erasure; {@code categories}: comma-separated names,
 *       or {@code -} for all;</li>
 *   <li>{@code timestamp}, {@code expiresAt}: ISO-8601 instants ({@code -} when there is no expiry);</li>
 *   <li>{@code source}: a {@link ConsentSource} name; {@code notice}, {@code evidence}: as given, or {@code -}
 *       (their character sets exclude {@code |});</li>
 *   <li>{@code chain}: the first 32 hex digits of SHA-256(previous chain + "\n" + the line up to and including
 *       the last {@code |}); the previous chain of the first record is 32 zeros.</li>
 * </ul>
 * The chain detects a changed, removed, inserted or reordered record; replay stops with
 * {@link ConsentLedgerUnavailableException} on the first bad record and the ledger stays unavailable (every later
 * call throws), so the policy fails closed until an operator repairs the file. A last line without a newline is
 * a torn write from a crash: it is ignored on replay and cut off by the next append.
 *
 * <h2>Concurrency</h2>
 * Appends take a JVM-wide lock per file and an exclusive {@link FileLock}, first read any records other
 * writers (other instances or processes) appended, then write at the end, so several ledgers — in this JVM or in
 * other processes — can share one file. Reads pick up other writers' records too (one size check per read;
 * see {@link Builder#refreshOnRead}). With {@link Builder#fsync} each append is forced to the device before it
 * returns.
 *
 * <p>Thread-safe. Error messages name the failure and the line number, never file contents.
 */
public final class FileConsentLedger implements ConsentLedger, Closeable {

    static final String HEADER = "#privacy-ai-consent-ledger v1";
    private static final String ZERO_CHAIN = "00000000000000000000000000000000";
    private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path path;
    private final boolean fsync;
    private final boolean refreshOnRead;
    private final FileChannel channel;
    private final ReentrantLock jvmLock;
    private final InMemoryConsentLedger index = new InMemoryConsentLedger();

    // written under this monitor; read without it only to skip the lock when nothing is new
    private volatile long position;
    private long seq;
    private String chain = ZERO_CHAIN;
    private int lineNo = 1;
    private volatile String failure;
    private volatile boolean closed;

    private FileConsentLedger(Builder b) throws IOException {
        this.fsync = b.fsync;
        this.refreshOnRead = b.refreshOnRead;
        Path abs = b.path.toAbsolutePath().normalize();
        this.channel = FileChannel.open(abs, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        this.path = abs.toRealPath();
        this.jvmLock = JVM_LOCKS.computeIfAbsent(path, p -> new ReentrantLock());
    }

    /** A builder for a ledger file at {@code path} (created if missing). */
    public static Builder builder(Path path) {
        return new Builder(path);
    }

    /** Opens (creating if needed) a ledger file with fsync on, replaying it. */
    public static FileConsentLedger open(Path path) {
        return builder(path).build();
    }

    /** The number of events replayed or appended so far. */
    public synchronized long size() {
        return seq;
    }

    @Override
    public void append(ConsentEvent event) {
        Objects.requireNonNull(event, "event");
        byte[] bytes;
        jvmLock.lock();
        try {
            synchronized (this) {
                checkUsable();
                FileLock fileLock = null;
                try {
                    fileLock = channel.lock();
                    long size = channel.size();
                    readNew(size);
                    if (position < size) {
                        // a torn last line (crash mid-write): cut it off before appending
                        channel.truncate(position);
                    }
                    if (position == 0) {
                        // new file, or only a torn header
                        byte[] header = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
                        writeFully(header, 0);
                        position = header.length;
                    }
                    String payload = encode(seq + 1, event);
                    String newChain = chain(chain, payload);
                    bytes = (payload + newChain + "\n").getBytes(StandardCharsets.UTF_8);
                    writeFully(bytes, position);
                    if (fsync) {
                        channel.force(false);
                    }
                    position += bytes.length;
                    seq++;
                    lineNo++;
                    chain = newChain;
                    index.append(event);
                } catch (IOException e) {
                    throw unavailable("append failed: " + e.getClass().getSimpleName(), e);
                } finally {
                    release(fileLock);
                }
            }
        } finally {
            jvmLock.unlock();
        }
    }

    private static void release(FileLock lock) {
        if (lock != null && lock.isValid()) {
            try {
                lock.release();
            } catch (IOException e) {
                // the channel is failing; closing it releases the lock
            }
        }
    }

    @Override
    public List<ConsentEvent> history(SubjectId subject) {
        refresh();
        return index.history(subject);
    }

    @Override
    public List<ConsentEvent> history(SubjectId subject, Instant asOf) {
        refresh();
        return index.history(subject, asOf);
    }

    @Override
    public List<ConsentEvent> history(SubjectId subject, Purpose purpose, Instant asOf) {
        refresh();
        return index.history(subject, purpose, asOf);
    }

    @Override
    public boolean knows(SubjectId subject, Instant asOf) {
        refresh();
        return index.knows(subject, asOf);
    }

    /** Closes the file; every later call throws {@link ConsentLedgerUnavailableException}. */
    @Override
    public synchronized void close() throws IOException {
        closed = true;
        channel.close();
    }

    private void refresh() {
        checkUsable();
        if (!refreshOnRead) {
            return;
        }
        try {
            if (channel.size() <= position) {
                return; // nothing new: no lock on the read path
            }
        } catch (IOException e) {
            throw unavailable("read failed: " + e.getClass().getSimpleName(), e);
        }
        synchronized (this) {
            checkUsable();
            try {
                long size = channel.size();
                if (size > position) {
                    readNew(size);
                }
            } catch (IOException e) {
                throw unavailable("read failed: " + e.getClass().getSimpleName(), e);
            }
        }
    }

    private void checkUsable() {
        if (closed) {
            throw new ConsentLedgerUnavailableException("consent ledger is closed");
        }
        String f = failure;
        if (f != null) {
            throw new ConsentLedgerUnavailableException(f);
        }
    }

    private ConsentLedgerUnavailableException unavailable(String message, Throwable cause) {
        return new ConsentLedgerUnavailableException("consent ledger " + message, cause);
    }

    /** Replays complete lines between {@link #position} and {@code size}; caller holds the monitor. */
    private void readNew(long size) throws IOException {
        if (size <= position) {
            return;
        }
        long toRead = size - position;
        if (toRead > Integer.MAX_VALUE - 16) {
            throw new IOException("ledger segment too large");
        }
        ByteBuffer buf = ByteBuffer.allocate((int) toRead);
        long at = position;
        while (buf.hasRemaining()) {
            int n = channel.read(buf, at);
            if (n < 0) {
                break;
            }
            at += n;
        }
        byte[] data = buf.array();
        int limit = buf.position();
        int start = 0;
        for (int i = 0; i < limit; i++) {
            if (data[i] != '\n') {
                continue;
            }
            String line = new String(data, start, i - start, StandardCharsets.UTF_8);
            if (position == 0 && start == 0) {
                if (!line.equals(HEADER)) {
                    fail("not a consent ledger file (bad header)");
                }
            } else {
                applyLine(line);
            }
            start = i + 1;
        }
        position += start;
    }

    private void applyLine(String line) {
        lineNo++;
        int lastBar = line.lastIndexOf('|');
        if (lastBar < 0) {
            fail("corrupted record at line " + lineNo + " (no fields)");
        }
        String payload = line.substring(0, lastBar + 1);
        String stored = line.substring(lastBar + 1);
        String expected = chain(chain, payload);
        if (!expected.equals(stored)) {
            fail("corrupted record at line " + lineNo + " (checksum mismatch)");
        }
        ConsentEvent e;
        try {
            e = decode(payload, seq + 1);
        } catch (RuntimeException ex) {
            fail("corrupted record at line " + lineNo + " (" + ex.getClass().getSimpleName() + ")");
            return;
        }
        index.append(e);
        seq++;
        chain = stored;
    }

    private void fail(String message) {
        failure = "consent ledger " + message;
        throw new ConsentLedgerUnavailableException(failure);
    }

    private void writeFully(byte[] bytes, long at) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        long p = at;
        while (buf.hasRemaining()) {
            p += channel.write(buf, p);
        }
    }

    static String chain(String previous, String payload) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(previous.getBytes(StandardCharsets.US_ASCII));
            md.update((byte) '\n');
            byte[] h = md.digest(payload.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(32);
            for (int i = 0; i < 16; i++) {
                sb.append(Character.forDigit((h[i] >> 4) & 0xf, 16)).append(Character.forDigit(h[i] & 0xf, 16));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    static String encode(long seq, ConsentEvent e) {
        StringBuilder sb = new StringBuilder(160);
        sb.append("E1|").append(seq).append('|').append(e.type().name()).append('|');
        percentEncode(e.subject().value(), sb);
        sb.append('|').append(e.purpose().map(Purpose::name).orElse("-")).append('|');
        if (e.categories().isEmpty()) {
            sb.append('-');
        } else {
            boolean first = true;
            for (DataCategory c : e.categories()) {
                sb.append(first ? "" : ",").append(c.name());
                first = false;
            }
        }
        sb.append('|').append(e.timestamp()).append('|')
                .append(e.expiresAt().map(Instant::toString).orElse("-")).append('|')
                .append(e.source().name()).append('|')
                .append(e.noticeVersion().orElse("-")).append('|')
                .append(e.evidenceRef().orElse("-")).append('|');
        return sb.toString();
    }

    static ConsentEvent decode(String payload, long expectedSeq) {
        String[] f = payload.split("\\|", -1);
        if (f.length != 12 || !f[0].equals("E1") || !f[11].isEmpty()) {
            throw new IllegalArgumentException("field count");
        }
        if (Long.parseLong(f[1]) != expectedSeq) {
            throw new IllegalArgumentException("sequence");
        }
        ConsentEvent.Type type = ConsentEvent.Type.valueOf(f[2]);
        ConsentEvent.Builder b = ConsentEvent.builder(type, SubjectId.of(percentDecode(f[3])));
        if (!f[4].equals("-")) {
            b.purpose(Purpose.of(f[4]));
        }
        if (!f[5].equals("-")) {
            List<DataCategory> cats = new ArrayList<>();
            for (String c : f[5].split(",", -1)) {
                cats.add(DataCategory.of(c));
            }
            b.categories(cats);
        }
        try {
            b.at(Instant.parse(f[6]));
            if (!f[7].equals("-")) {
                b.expiresAt(Instant.parse(f[7]));
            }
        } catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("time");
        }
        b.source(ConsentSource.valueOf(f[8]));
        if (!f[9].equals("-")) {
            b.noticeVersion(f[9]);
        }
        if (!f[10].equals("-")) {
            b.evidenceRef(f[10]);
        }
        return b.build();
    }

    static void percentEncode(String s, StringBuilder out) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (byte value : bytes) {
            int c = value & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                    || c == '~' || c == '-') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
    }

    static String percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    throw new IllegalArgumentException("escape");
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("escape");
                }
                out.write((hi << 4) | lo);
                i += 2;
            } else if (c < 0x80) {
                out.write(c);
            } else {
                throw new IllegalArgumentException("raw non-ASCII");
            }
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    /** The path and event count; never contents. */
    @Override
    public String toString() {
        return "FileConsentLedger[" + path.getFileName() + ", events=" + seq + (failure != null ? ", FAILED" : "")
                + (closed ? ", closed" : "") + "]";
    }

    /** Builds a {@link FileConsentLedger}. Not thread-safe. */
    public static final class Builder {
        private final Path path;
        private boolean fsync = true;
        private boolean refreshOnRead = true;

        private Builder(Path path) {
            this.path = Objects.requireNonNull(path, "path");
        }

        /** Whether each append is forced to the storage device before it returns (default true). */
        public Builder fsync(boolean fsync) {
            this.fsync = fsync;
            return this;
        }

        /**
         * Whether reads first pick up records other writers appended (default true; one file-size check per read).
         * Turn it off only when this instance is the file's only writer.
         */
        public Builder refreshOnRead(boolean refreshOnRead) {
            this.refreshOnRead = refreshOnRead;
            return this;
        }

        /**
         * Opens the file and replays it.
         *
         * @throws ConsentLedgerUnavailableException if it cannot be opened, is not a ledger file or is corrupted
         */
        public FileConsentLedger build() {
            FileConsentLedger ledger;
            try {
                ledger = new FileConsentLedger(this);
            } catch (IOException e) {
                throw new ConsentLedgerUnavailableException("consent ledger cannot be opened: "
                        + e.getClass().getSimpleName(), e);
            }
            try {
                synchronized (ledger) {
                    ledger.readNew(ledger.channel.size());
                }
            } catch (IOException | RuntimeException e) {
                try {
                    ledger.channel.close();
                } catch (IOException ignored) {
                    // already failing
                }
                if (e instanceof ConsentLedgerUnavailableException) {
                    throw (ConsentLedgerUnavailableException) e;
                }
                throw new ConsentLedgerUnavailableException("consent ledger replay failed: "
                        + e.getClass().getSimpleName(), e);
            }
            return ledger;
        }
    }
}
