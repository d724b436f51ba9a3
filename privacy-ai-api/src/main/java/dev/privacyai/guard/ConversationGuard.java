package dev.privacyai.guard;

import java.util.Objects;

/**
 * One wrapper around the host's model call that makes every customer turn privacy-safe, explainable and
 * auditable. Built once (the default is {@code dev.privacyai.impl.guard.DefaultConversationGuard}) and shared.
 *
 * <p>Each turn runs, in order:
 * <ol>
 *   <li><b>consent</b> for {@link dev.privacyai.consent.Purpose#AI_ASSISTED_ANSWERING}: if not allowed the turn
 *       ends {@link TurnResult.Action#BLOCKED_NO_CONSENT}: nothing is pseudonymized or stored, the model is not
 *       called, and a hand-off is prepared;</li>
 *   <li><b>input escalation</b> on the conversation with the new turn: when a person must take over the turn ends
 *       {@link TurnResult.Action#ESCALATED} with the {@link dev.privacyai.escalation.Handoff} and the model is not
 *       called;</li>
 *   <li><b>pseudonymization</b> of the turn, the history and the system prompt;</li>
 *   <li>the host's {@link GuardInterceptor}s, then the <b>model call</b>;</li>
 *   <li><b>reply screen</b>: personal data in the reply that the model was never given (from its training, or
 *       invented) is redacted;</li>
 *   <li><b>re-identification</b> of the placeholders, as the reidentification policy lets the customer see
 *       them;</li>
 *   <li><b>reply escalation</b>: the model gave up, or committed to something only a person may;</li>
 *   <li><b>audit</b>: every step's decision as an {@link AuditEvent}, without personal data.</li>
 * </ol>
 *
 * <p>{@link #handle} runs the whole turn around the host's model call. {@link #begin} runs it in two phases for
 * hosts and guardrail frameworks that call the model themselves: {@code begin} returns a {@link PreparedTurn} with
 * the messages to send, and {@link PreparedTurn#complete(String)} takes the model's reply; the decisions and the
 * audit trail are the same.
 *
 * <p>Guarantees of every implementation: the model never receives a value the pseudonymizer found or the
 * {@link dev.privacyai.pseudonym.SubjectProfile} lists (a history the host declares already pseudonymized,
 * {@link TurnRequest.Builder#pseudonymizedHistory}, is sent as the host passed it); fail closed (a failing step, model or sink gives a
 * {@link GuardException}, never an unscreened reply); thread-safe; nothing it logs or throws contains text,
 * values or ids.
 */
public interface ConversationGuard {

    /**
     * Runs the first half of a turn (consent, input escalation, pseudonymization), audits it, and returns the
     * {@link PreparedTurn} that says whether the model may be called and holds exactly the messages to send. For
     * hosts and guardrail frameworks that call the model themselves; see {@link PreparedTurn}.
     *
     * @throws NullPointerException if {@code request} is null
     * @throws GuardException       if a step or the audit sink failed
     */
    PreparedTurn begin(TurnRequest request);

    /**
     * Guards one turn with a blocking model call: {@link #begin} then {@link PreparedTurn#complete(ModelClient)},
     * or the result of {@code begin} when the model may not be called.
     *
     * @throws GuardException if a step, the model, an interceptor or the audit sink failed
     */
    default TurnResult handle(TurnRequest request, ModelClient model) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(model, "model");
        PreparedTurn turn = begin(request);
        return turn.modelMayBeCalled() ? turn.complete(model) : turn.result().orElseThrow();
    }

    /**
     * Guards one turn with a streaming model call: re-identified chunks go to {@code toCustomer} as soon as they
     * are certain (a possible partial placeholder or identifier at the end of what arrived is held back until the
     * next chunk). The reply escalation runs once the reply is complete; the chunks were already delivered, so an
     * escalation then is reported in the result (with the hand-off) rather than withholding the reply. If the
     * model fails mid-stream, the chunks already delivered stay delivered and a {@link GuardException} follows.
     * {@link #begin} then {@link PreparedTurn#completeStreaming}.
     *
     * @throws GuardException if a step, the model, an interceptor or the audit sink failed
     */
    default TurnResult handleStreaming(TurnRequest request, StreamingModelClient model, ChunkSink toCustomer) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(toCustomer, "toCustomer");
        PreparedTurn turn = begin(request);
        return turn.modelMayBeCalled() ? turn.completeStreaming(model, toCustomer) : turn.result().orElseThrow();
    }
}
