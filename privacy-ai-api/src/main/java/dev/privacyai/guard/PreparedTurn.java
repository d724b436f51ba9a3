package dev.privacyai.guard;

import java.util.List;
import java.util.Optional;

/**
 * The first half of a guarded turn, for hosts and frameworks that call the model themselves between an input and
 * an output step (e.g. LangChain4j's {@code InputGuardrail} / {@code OutputGuardrail}). Obtained from
 * {@link ConversationGuard#begin(TurnRequest)}, which has already checked consent and input escalation and
 * pseudonymized the turn and the history, and audited those decisions.
 *
 * <pre>{@code
 * PreparedTurn turn = guard.begin(request);
 * if (!turn.modelMayBeCalled()) {
 *     return turn.result().orElseThrow();                     // BLOCKED_NO_CONSENT or ESCALATED, hand-off inside
 * }
 * String reply = myLlm.chat(turn.messages());                 // exactly these messages: placeholders only
 * TurnResult r = turn.complete(reply);                         // screen, re-identify, reply escalation, audit
 * }</pre>
 *
 * <p>Completing a turn runs the second half of the flow with the same decisions, audit events and KPIs as
 * {@link ConversationGuard#handle}, which is {@code begin} followed by {@link #complete(ModelClient)}. The
 * completion methods are:
 * <ul>
 *   <li>{@link #complete(ModelClient)} / {@link #completeStreaming}: the guard calls the model through its
 *       interceptors, as {@code handle} / {@code handleStreaming} do;</li>
 *   <li>{@link #complete(String)}: the host already sent {@link #messages()} to its model and passes the reply;</li>
 *   <li>{@link #replyStream(ChunkSink)}: the host's model streams and the host pushes the chunks as they arrive
 *       (callback-style streaming APIs).</li>
 * </ul>
 * When the host called the model itself, the guard's {@link GuardInterceptor}s run after the fact on the reply:
 * {@code proceed} returns the reply the host passed; an interceptor may inspect, replace or block it (a block then
 * discards the reply), and an interceptor that passes on other messages than {@link #messages()} fails the turn
 * (the model already received those). An interceptor that must act <em>before</em> the model sees anything (e.g. a
 * prompt-injection screen) therefore needs {@link #complete(ModelClient)} or {@link #completeStreaming}; with a
 * {@link ReplyStream} it runs only after the chunks reached the customer, so its block ends the turn
 * {@code BLOCKED} after the fact, as a block after {@code proceed} does in streaming mode.
 *
 * <p>Misuse fails loudly with {@link IllegalStateException}, whose message holds no text: a turn completes at
 * most once (including {@link #abandon()}), and a turn whose model may not be called cannot be completed. A turn
 * that is never completed has its consent, input escalation and pseudonymization events audited (they were
 * delivered by {@code begin}) and no {@code TURN} event; {@link #abandon()} (or {@link #close()}) ends it with
 * {@code TURN ABANDONED}. Completion is claimed atomically, so concurrent attempts cannot both succeed; otherwise
 * a prepared turn belongs to one conversation turn and is not meant to be shared. {@link #toString()} prints
 * the state and counts, never text.
 */
public interface PreparedTurn extends AutoCloseable {

    /**
     * True when consent allows AI answering and no escalation stopped the turn: the model may be called with
     * {@link #messages()} and the turn must then be completed. False when the turn already ended
     * ({@link #result()} holds it).
     */
    boolean modelMayBeCalled();

    /**
     * Exactly the messages to send to the model, oldest first, the customer's pseudonymized turn last (system
     * prompt, history and turn, placeholders only); unmodifiable.
     *
     * @throws IllegalStateException if the model may not be called
     */
    List<ChatMessage> messages();

    /**
     * The turn's result once it has ended: at {@code begin} when the model may not be called
     * ({@code BLOCKED_NO_CONSENT} or {@code ESCALATED}), else after a completion; empty while the turn is open,
     * after {@link #abandon()} and after a failed completion.
     */
    Optional<TurnResult> result();

    /**
     * Completes the turn with the reply of the model the host called with {@link #messages()}.
     *
     * @param modelReply the model's reply text, as the model wrote it (placeholders)
     * @throws IllegalStateException if the model may not be called or the turn was already completed or abandoned
     * @throws GuardException        if a step, an interceptor or the audit sink failed
     */
    TurnResult complete(String modelReply);

    /**
     * Completes the turn by calling the model through the guard's interceptors, as
     * {@link ConversationGuard#handle} does.
     *
     * @throws IllegalStateException if the model may not be called or the turn was already completed or abandoned
     * @throws GuardException        if a step, the model, an interceptor or the audit sink failed
     */
    TurnResult complete(ModelClient model);

    /**
     * Completes the turn by calling a streaming model through the guard's interceptors, as
     * {@link ConversationGuard#handleStreaming} does.
     *
     * @throws IllegalStateException if the model may not be called or the turn was already completed or abandoned
     * @throws GuardException        if a step, the model, an interceptor or the audit sink failed
     */
    TurnResult completeStreaming(StreamingModelClient model, ChunkSink toCustomer);

    /**
     * Starts completing the turn with a reply the host's model streams: push each chunk to the returned
     * {@link ReplyStream}, then call {@link ReplyStream#finish()} (or {@link ReplyStream#fail} if the model
     * failed). Screened, re-identified text goes to {@code toCustomer} as soon as it is certain, as with
     * {@link ConversationGuard#handleStreaming}.
     *
     * @throws IllegalStateException if the model may not be called or the turn was already completed or abandoned
     */
    ReplyStream replyStream(ChunkSink toCustomer);

    /**
     * Ends an open turn without a reply (the host did not call the model, or gave up): audits {@code TURN
     * ABANDONED}. Does nothing if the turn already ended.
     *
     * @throws GuardException if the audit sink failed
     */
    void abandon();

    /** {@link #abandon()}: lets a prepared turn be used in try-with-resources. */
    @Override
    default void close() {
        abandon();
    }
}
