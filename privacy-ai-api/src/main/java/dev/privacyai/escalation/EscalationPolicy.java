package dev.privacyai.escalation;

/**
 * Decides whether a person must take over a conversation.
 *
 * <p>Guarantees of every implementation:
 * <ul>
 *   <li>Thread-safe and immutable once built; the same conversation and signals always give the same decision.</li>
 *   <li>{@code null} arguments: {@link NullPointerException} naming the parameter. An empty conversation without
 *       signals that call for a person: {@link EscalationDecision#stayWithAi()}.</li>
 *   <li>Every action other than {@code STAY_WITH_AI} carries at least one {@link EscalationReason}, and reasons
 *       never quote the customer's text; neither do logs or exceptions.</li>
 *   <li>Self-harm hints always give {@link EscalationDecision.Action#ESCALATE_NOW}.</li>
 * </ul>
 * Call it once per turn with the conversation so far; it looks at the latest turns and at the whole history
 * (repeated intents, fallbacks in a row, sentiment trend).
 */
public interface EscalationPolicy {

    /** Evaluates with {@link EscalationSignals#none()}. */
    default EscalationDecision evaluate(Conversation conversation) {
        return evaluate(conversation, EscalationSignals.none());
    }

    /** Evaluates the conversation so far together with the host's signals. */
    EscalationDecision evaluate(Conversation conversation, EscalationSignals signals);
}
