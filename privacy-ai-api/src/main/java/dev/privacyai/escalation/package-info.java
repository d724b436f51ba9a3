/**
 * The escalation API: an {@link dev.privacyai.escalation.EscalationPolicy} looks at a
 * {@link dev.privacyai.escalation.Conversation} and the host's {@link dev.privacyai.escalation.EscalationSignals}
 * and decides whether a person must take over ({@link dev.privacyai.escalation.EscalationDecision}), and why
 * ({@link dev.privacyai.escalation.EscalationReason}). A {@link dev.privacyai.escalation.Handoff} is what the human
 * agent then receives, with personal data redacted except what the agent's role may see
 * ({@link dev.privacyai.escalation.AgentVisibility}).
 *
 * <p>Every type here is immutable and thread-safe, and no {@code toString()} prints conversation text.
 */
package dev.privacyai.escalation;
