package dev.privacyai.impl.pseudonym;

import dev.privacyai.pseudonym.PseudonymizationException;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A directory-per-subject {@link Store}:
 * <pre>
 * root/index.key                       master-wrapped index PRF keyset
 * root/subjects/&lt;ref&gt;/subject.key     master-wrapped data AEAD + PRF keysets of one subject
 * root/subjects/&lt;ref&gt;/entries.log     append-only records: [int length][record], values AEAD-encrypted
 * </pre>
 * {@code ref} is a keyed PRF of the subject id, so file names reveal nothing. Key files are replaced atomically;
 * a truncated last record (crash during append) is ignored.
 */
final class FileStore implements Store {

    private static final String INDEX_KEY = "index.key";
    private static final String SUBJECT_KEY = "subject.key";
    private static final String ENTRIES = "entries.log";

    private final Path root;
    private final Path subjects;

    FileStore(Path root) {
        this.root = root;
        this.subjects = root.resolve("subjects");
        try {
            Files.createDirectories(subjects);
        } catch (IOException e) {
            throw new PseudonymizationException("cannot create the vault directory", e);
        }
    }

    @Override
    public byte[] loadIndexKey() {
        return readIfExists(root.resolve(INDEX_KEY));
    }

    @Override
    public void saveIndexKey(byte[] wrapped) {
        writeAtomically(root.resolve(INDEX_KEY), wrapped);
    }

    @Override
    public byte[] loadSubjectKey(String subjectRef) {
        return readIfExists(dir(subjectRef).resolve(SUBJECT_KEY));
    }

    @Override
    public void saveSubjectKey(String subjectRef, byte[] wrapped) {
        try {
            Files.createDirectories(dir(subjectRef));
        } catch (IOException e) {
            throw new PseudonymizationException("cannot create a subject directory", e);
        }
        writeAtomically(dir(subjectRef).resolve(SUBJECT_KEY), wrapped);
    }

    @Override
    public List<byte[]> loadRecords(String subjectRef) {
        Path file = dir(subjectRef).resolve(ENTRIES);
        List<byte[]> records = new ArrayList<>();
        if (!Files.exists(file)) {
            return records;
        }
        long good = 0;
        boolean torn = false;
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
            while (true) {
                int n;
                try {
                    n = in.readInt();
                } catch (EOFException end) {
                    torn = Files.size(file) != good;
                    break;
                }
                if (n <= 0 || n > (1 << 26)) {
                    throw new PseudonymizationException("corrupt vault log");
                }
                byte[] record = new byte[n];
                try {
                    in.readFully(record);
                } catch (EOFException truncated) {
                    torn = true; // torn last append: never acknowledged
                    break;
                }
                records.add(record);
                good += 4L + n;
            }
            if (torn) {
                // cut the torn tail so that the next append starts at a record boundary
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    ch.truncate(good);
                    ch.force(true);
                }
            }
        } catch (IOException e) {
            throw new PseudonymizationException("cannot read the vault log", e);
        }
        return records;
    }

    @Override
    public void appendRecord(String subjectRef, byte[] record) {
        Path file = dir(subjectRef).resolve(ENTRIES);
        ByteBuffer buf = ByteBuffer.allocate(4 + record.length);
        buf.putInt(record.length).put(record).flip();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(false);
        } catch (IOException e) {
            throw new PseudonymizationException("cannot append to the vault log", e);
        }
    }

    @Override
    public void rewriteRecords(String subjectRef, List<byte[]> records) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            for (byte[] r : records) {
                out.writeInt(r.length);
                out.write(r);
            }
            out.flush();
            writeAtomically(dir(subjectRef).resolve(ENTRIES), bytes.toByteArray());
        } catch (IOException e) {
            throw new PseudonymizationException("cannot rewrite the vault log", e);
        }
    }

    @Override
    public List<String> subjectRefs() {
        List<String> refs = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(subjects)) {
            for (Path d : dirs) {
                if (Files.exists(d.resolve(SUBJECT_KEY))) {
                    refs.add(d.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw new PseudonymizationException("cannot list the vault", e);
        }
        return refs;
    }

    @Override
    public boolean erase(String subjectRef) {
        Path dir = dir(subjectRef);
        Path key = dir.resolve(SUBJECT_KEY);
        boolean existed = Files.exists(dir);
        try {
            if (Files.exists(key)) {
                // best effort overwrite before unlinking; the guarantee comes from the key being gone
                long size = Files.size(key);
                try (FileChannel ch = FileChannel.open(key, StandardOpenOption.WRITE)) {
                    ch.write(ByteBuffer.allocate((int) Math.min(size, 1 << 20)));
                    ch.force(true);
                }
                Files.delete(key);
            }
            Files.deleteIfExists(dir.resolve(ENTRIES));
            Files.deleteIfExists(dir.resolve(ENTRIES + ".tmp"));
            Files.deleteIfExists(dir.resolve(SUBJECT_KEY + ".tmp"));
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new PseudonymizationException("cannot erase a subject from the vault", e);
        }
        return existed;
    }

    private Path dir(String subjectRef) {
        return subjects.resolve(subjectRef);
    }

    private static byte[] readIfExists(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new PseudonymizationException("cannot read a vault key file", e);
        }
    }

    private static void writeAtomically(Path file, byte[] bytes) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new PseudonymizationException("cannot write a vault file", e);
        }
    }
}
