package dev.privacyai.escalation;

import java.util.List;
import java.util.Objects;

/**
 * What an {@link EscalationPolicy} decided: the {@link Action}, the {@link EscalationReason}s behind it, a
 * {@link Priority} and a {@link Queue} hint for routing (fraud to the security queue, vulnerability to
 * specialists, …).
 *
 * <p>Guarantees: {@link Action#STAY_WITH_AI} has no reasons that require a person; an action other than
 * {@code STAY_WITH_AI} always has at least one reason. Immutable and thread-safe; {@link #toString()} and
 * {@link #explain()} contain only policy-authored text, never the customer's.
 */
public final class EscalationDecision {

    /** What should happen next, in increasing order of urgency. */
    public enum Action {
        /** The assistant carries on. */
        STAY_WITH_AI,
        /** The assistant offers the customer a person; the customer chooses. */
        OFFER_HUMAN,
        /** Hand over to a person now. */
        ESCALATE_NOW
    }

    /** How urgent the hand-off is, in increasing order. */
    public enum Priority {
        /** Can wait in the normal queue. */
        LOW,
        /** Normal queue order. */
        NORMAL,
        /** Ahead of normal traffic. */
        HIGH,
        /** Immediately: risk of harm or loss. */
        URGENT
    }

    /** Which team should take the conversation; a hint the host maps to its own queues. */
    public enum Queue {
        /** General customer service. */
        GENERAL,
        /** Fraud and account security. */
        SECURITY,
        /** Specialists for vulnerable customers (bereavement, illness, hardship, crisis). */
        VULNERABLE_CUSTOMERS,
        /** Complaints handling. */
        COMPLAINTS,
        /** Legal and regulatory. */
        LEGAL,
        /** A secure payment line (card data must not be taken in this channel). */
        SECURE_PAYMENTS
    }

    private static final EscalationDecision STAY = new EscalationDecision(Action.STAY_WITH_AI, List.of(),
            Priority.LOW, Queue.GENERAL);

    private final Action action;
    private final List<EscalationReason> reasons;
    private final Priority priority;
    private final Queue queue;

    private EscalationDecision(Action action, List<EscalationReason> reasons, Priority priority, Queue queue) {
        this.action = action;
        this.reasons = reasons;
        this.priority = priority;
        this.queue = queue;
    }

    /** Stay with the AI, no reasons, priority {@link Priority#LOW}, queue {@link Queue#GENERAL}. */
    public static EscalationDecision stayWithAi() {
        return STAY;
    }

    /**
     * Creates a decision.
     *
     * @param action   what to do
     * @param reasons  why, most important first; may be non-empty for {@code STAY_WITH_AI} (informational)
     * @param priority how urgent
     * @param queue    routing hint
     * @throws NullPointerException if an argument or a reason is null
     * @throws IllegalArgumentException if the action is not {@code STAY_WITH_AI} and there is no reason
     */
    public static EscalationDecision of(Action action, List<EscalationReason> reasons, Priority priority,
                                        Queue queue) {
        Objects.requireNonNull(action, "action");
        List<EscalationReason> copy = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(queue, "queue");
        if (action != Action.STAY_WITH_AI && copy.isEmpty()) {
            throw new IllegalArgumentException("an escalation needs at least one reason");
        }
        return new EscalationDecision(action, copy, priority, queue);
    }

    /** What to do. */
    public Action action() {
        return action;
    }

    /** True if the action is {@link Action#OFFER_HUMAN} or {@link Action#ESCALATE_NOW}. */
    public boolean involvesHuman() {
        return action != Action.STAY_WITH_AI;
    }

    /** The reasons, most important first. */
    public List<EscalationReason> reasons() {
        return reasons;
    }

    /** True if a reason has this code. */
    public boolean hasReason(EscalationReason.Code code) {
        for (EscalationReason r : reasons) {
            if (r.code() == code) {
                return true;
            }
        }
        return false;
    }

    /** How urgent. */
    public Priority priority() {
        return priority;
    }

    /** Routing hint. */
    public Queue queue() {
        return queue;
    }

    /** A plain-text, multi-line explanation of the decision: action, priority, queue, then one line per reason. */
    public String explain() {
        StringBuilder sb = new StringBuilder();
        sb.append(action).append(" (priority ").append(priority).append(", queue ").append(queue).append(')');
        for (EscalationReason r : reasons) {
            sb.append("\n- ").append(r);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof EscalationDecision)) {
            return false;
        }
        EscalationDecision d = (EscalationDecision) o;
        return action == d.action && reasons.equals(d.reasons) && priority == d.priority && queue == d.queue;
    }

    @Override
    public int hashCode() {
        return Objects.hash(action, reasons, priority, queue);
    }

    @Override
    public String toString() {
        StringBuilder codes = new StringBuilder();
        for (EscalationReason r : reasons) {
            if (codes.length() > 0) {
                codes.append(", ");
            }
            codes.append(r.code());
        }
        return "EscalationDecision{" + action + ", priority=" + priority + ", queue=" + queue + ", reasons=["
                + codes + "]}";
    }
}
