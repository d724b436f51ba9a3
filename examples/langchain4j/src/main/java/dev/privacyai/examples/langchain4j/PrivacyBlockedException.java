package dev.privacyai.examples.langchain4j;

import dev.privacyai.consent.ConsentDecision;
import dev.privacyai.escalation.EscalationDecision;
import dev.privacyai.escalation.EscalationReason;
import dev.privacyai.escalation.Handoff;
import dev.privacyai.guard.TurnResult;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Why the guard stopped a turn of the AI Service: before the model call ({@link PrivacyInputGuardrail}: no consent,
 * escalation) or after it ({@link PrivacyOutputGuardrail}: the reply was withheld for a person, or an interceptor
 * blocked it). LangChain4j wraps it in an {@code InputGuardrailException} or {@code OutputGuardrailException} (it
 * is the exception's cause): the host catches that and routes the customer to a person with the
 * {@link #handoff()}. {@link #turn()} is the guard's whole result, audit trail included. The message holds
 * reason codes only, never text or values.
 */
public final class PrivacyBlockedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What stopped the turn. */
    public enum Reason {
        /** The customer has not allowed AI answering. */
        NO_CONSENT,
        /** The escalation policy says a person must take over (before the model, or because of its reply). */
        ESCALATED,
        /** A guard interceptor blocked the turn. */
        BLOCKED
    }

    private final Reason reason;
    private final transient TurnResult turn;

    PrivacyBlockedException(TurnResult turn) {
        super(reason(turn) + ": " + codes(turn));
        this.reason = reason(turn);
        this.turn = turn;
    }

    private static Reason reason(TurnResult r) {
        switch (Objects.requireNonNull(r, "turn").action()) {
            case BLOCKED_NO_CONSENT:
                return Reason.NO_CONSENT;
            case ESCALATED:
                return Reason.ESCALATED;
            case BLOCKED:
                return Reason.BLOCKED;
            default:
                throw new IllegalArgumentException("the turn was answered");
        }
    }

    private static String codes(TurnResult r) {
        if (r.action() == TurnResult.Action.BLOCKED_NO_CONSENT) {
            return r.consent().reason().name();
        }
        if (r.action() == TurnResult.Action.BLOCKED) {
            return r.blockedReason().orElse("BLOCKED");
        }
        Set<String> codes = new TreeSet<>();
        for (EscalationReason e : r.escalation().reasons()) {
            codes.add(e.code().name());
        }
        return String.join(",", codes);
    }

    /** What stopped the turn. */
    public Reason reason() {
        return reason;
    }

    /** The guard's result of the turn: decisions, hand-off and audit trail. */
    public TurnResult turn() {
        return turn;
    }

    /** The consent decision. */
    public ConsentDecision consent() {
        return turn.consent();
    }

    /** The escalation decision; empty unless {@link Reason#ESCALATED} or {@link Reason#NO_CONSENT}. */
    public Optional<EscalationDecision> escalation() {
        return reason == Reason.BLOCKED ? Optional.empty() : Optional.of(turn.escalation());
    }

    /** The hand-off for the agent (redacted transcript); empty for {@link Reason#BLOCKED}. */
    public Optional<Handoff> handoff() {
        return turn.handoff();
    }
}
