package dev.privacyai.guard;

/**
 * Receives the pieces of a streamed reply in order: the model's chunks (from a {@link StreamingModelClient}) or
 * the re-identified chunks for the customer (from {@link ConversationGuard#handleStreaming}).
 */
@FunctionalInterface
public interface ChunkSink {

    /** Accepts the next piece; never called with {@code null}, possibly with an empty string. */
    void accept(String chunk);
}
