package dev.privacyai.guard;

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
 * <p>Guarantees of every implementation: the model never receives a value the pseudonymizer found or the
 * {@link dev.privacyai.pseudonym.SubjectProfile} lists; fail closed (a failing step, model or sink gives a
 * {@link GuardException}, never an unscreened reply); thread-safe; nothing it logs or throws contains text,
 * values or ids.
 */
public interface ConversationGuard {

    /**
     * Guards one turn with a blocking model call.
     *
     * @throws GuardException if a step, the model, an interceptor or the audit sink failed
     */
    TurnResult handle(TurnRequest request, ModelClient model);

    /**
     * Guards one turn with a streaming model call: re-identified chunks go to {@code toCustomer} as soon as they
     * are certain (a possible partial placeholder or identifier at the end of what arrived is held back until the
     * next chunk). The reply escalation runs once the reply is complete; the chunks were already delivered, so an
     * escalation then is reported in the result (with the hand-off) rather than withholding the reply. If the
     * model fails mid-stream, the chunks already delivered stay delivered and a {@link GuardException} follows.
     *
     * @throws GuardException if a step, the model, an interceptor or the audit sink failed
     */
    TurnResult handleStreaming(TurnRequest request, StreamingModelClient model, ChunkSink toCustomer);
}
