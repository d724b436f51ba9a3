package dev.privacyai.guard;

/**
 * The completion of a {@link PreparedTurn} whose reply the host's model streams
 * ({@link PreparedTurn#replyStream(ChunkSink)}): push the model's chunks with {@link #accept(String)} as they
 * arrive, then {@link #finish()} when the reply is complete, or {@link #fail(Throwable)} if the model failed.
 * Fits callback-style streaming APIs (e.g. LangChain4j's {@code onPartialResponse} / {@code onCompleteResponse} /
 * {@code onError}) without blocking a thread.
 *
 * <p>Chunks must come in order from one thread at a time, as from a {@link StreamingModelClient}. After
 * {@code finish} or {@code fail}, every method throws {@link IllegalStateException}. {@link #toString()} prints no
 * text.
 */
public interface ReplyStream extends ChunkSink {

    /**
     * The model's next chunk (placeholders, as the model wrote it); screened and re-identified text goes to the
     * customer's sink as soon as it is certain.
     *
     * @throws IllegalStateException if the stream already finished or failed
     * @throws GuardException        if screening or the customer's sink failed (the turn is then failed)
     */
    @Override
    void accept(String chunk);

    /**
     * The reply is complete: flushes what was held back, runs the interceptors after the fact, the reply
     * escalation and the audit.
     *
     * @throws IllegalStateException if the stream already finished or failed
     * @throws GuardException        if a step, an interceptor or the audit sink failed
     */
    TurnResult finish();

    /**
     * The model failed mid-stream: audits {@code MODEL_CALL FAILED} and {@code TURN FAILED} (by the cause's class
     * only) and returns the exception for the host to throw or pass on. The chunks already delivered stay
     * delivered.
     *
     * @throws IllegalStateException if the stream already finished or failed
     */
    GuardException fail(Throwable cause);
}
