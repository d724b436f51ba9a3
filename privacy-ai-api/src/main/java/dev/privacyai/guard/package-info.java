/**
 * The guarded conversation: one wrapper around the host's LLM call that makes every customer turn privacy-safe,
 * explainable and auditable. A {@link dev.privacyai.guard.ConversationGuard} takes the customer's turn
 * ({@link dev.privacyai.guard.TurnRequest}) and the host's model call (a {@link dev.privacyai.guard.ModelClient},
 * or a {@link dev.privacyai.guard.StreamingModelClient} that delivers chunks) and, in order: checks consent for AI
 * answering, checks escalation, pseudonymizes the turn and the history, calls the model through the host's
 * {@link dev.privacyai.guard.GuardInterceptor}s, redacts personal data the model produced on its own,
 * re-identifies the placeholders the customer may see, checks the reply for escalation, and emits one
 * {@link dev.privacyai.guard.AuditEvent} per decision to an {@link dev.privacyai.guard.AuditSink}. Every decision is
 * in the returned {@link dev.privacyai.guard.TurnResult}. Hosts and guardrail frameworks that call the model
 * themselves use the same flow in two halves: {@link dev.privacyai.guard.ConversationGuard#begin} returns a
 * {@link dev.privacyai.guard.PreparedTurn} holding the messages to send, and its {@code complete(reply)} (or a
 * {@link dev.privacyai.guard.ReplyStream}) finishes the turn with the same decisions and audit events.
 *
 * <p>The model-side types ({@link dev.privacyai.guard.ChatMessage}, {@link dev.privacyai.guard.ModelClient},
 * {@link dev.privacyai.guard.StreamingModelClient}, {@link dev.privacyai.guard.ChunkSink}) are framework-neutral
 * so that LangChain4j chat models or an OpenAI-compatible HTTP client adapt to them in a few lines. No
 * third-party dependencies; no {@code toString()} in this package prints conversation text.
 */
package dev.privacyai.guard;
