package dev.privacyai.impl.pseudonym;

import dev.privacyai.pseudonym.ReplyFinding;
import dev.privacyai.pseudonym.StreamingReidentifier;

import java.util.List;
import java.util.Objects;

/**
 * Streaming re-identification of one reply: keeps only the unprocessed tail (a possible partial placeholder, at
 * most {@link ReplyScanner#MAX_RUN} + 2 characters or the longest surrogate) between chunks. Not thread-safe.
 */
final class DefaultStreamingReidentifier implements StreamingReidentifier {

    private final ReplyScanner scanner;
    private final StringBuilder pending = new StringBuilder();
    private final ReplyScanner.Sink sink = new ReplyScanner.Sink();
    private long base;
    private char prev = '\0';
    private boolean finished;

    DefaultStreamingReidentifier(ReplyScanner scanner) {
        this.scanner = scanner;
    }

    @Override
    public String push(CharSequence chunk) {
        Objects.requireNonNull(chunk, "chunk");
        if (finished) {
            throw new IllegalStateException("finish() was called");
        }
        pending.append(chunk);
        return run(false);
    }

    @Override
    public String finish() {
        if (finished) {
            throw new IllegalStateException("finish() was called");
        }
        finished = true;
        return run(true);
    }

    private String run(boolean eof) {
        StringBuilder out = new StringBuilder(pending.length() + 16);
        int stop = scanner.process(pending, prev, eof, base, out, sink);
        if (stop > 0) {
            prev = pending.charAt(stop - 1);
            pending.delete(0, stop);
            base += stop;
        }
        return out.toString();
    }

    @Override
    public List<ReplyFinding> findings() {
        return List.copyOf(sink.findings);
    }

    @Override
    public int replacedCount() {
        return sink.replaced;
    }

    @Override
    public String toString() {
        return "StreamingReidentifier{received=" + (base + pending.length()) + ", held=" + pending.length()
                + ", finished=" + finished + "}";
    }
}
