package dev.privacyai.guard;

import java.util.List;

/**
 * The host's streaming model call: the messages in (already pseudonymized), the reply out as chunks, the way
 * LLM streaming APIs (server-sent events, LangChain4j's {@code StreamingChatModel}) deliver it.
 *
 * <p>Contract: {@link #stream} calls {@code onChunk} for each chunk, in order, from one thread at a time, and
 * returns only when the reply is complete (an asynchronous client blocks until its completion callback, e.g. on a
 * {@code CompletableFuture}). Exceptions end the reply; the guard records them by class only and rethrows them
 * wrapped in a {@link GuardException}.
 */
@FunctionalInterface
public interface StreamingModelClient {

    /**
     * Streams the model's reply to {@code onChunk}, returning when the reply is complete.
     *
     * @param messages the conversation as the model may see it, oldest first, the customer's turn last
     * @param onChunk  receives every chunk of the reply, in order
     */
    void stream(List<ChatMessage> messages, ChunkSink onChunk);
}
