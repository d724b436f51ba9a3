package dev.privacyai.examples.langchain4j;

import dev.privacyai.consent.ConsentDecision;
import dev.privacyai.escalation.EscalationDecision;
import dev.privacyai.escalation.Handoff;

import java.util.Objects;
import java.util.Optional;

/**
 * Why the {@link PrivacyInputGuardrail} stopped a turn before the model was called. LangChain4j wraps it in an
 * {@code InputGuardrailException} (it is the exception's cause): the host catches that and routes the customer to a
 * person. The message holds reason codes only, never text or values.
 */
public final class PrivacyBlockedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What stopped the turn. */
    public enum Reason {
        /** The customer has not allowed AI answering. */
        NO_CONSENT,
        /** The escalation policy says a person must take over. */
        ESCALATED
    }

    private final Reason reason;
    private final transient ConsentDecision consent;
    private final transient EscalationDecision escalation;
    private final transient Handoff handoff;

    PrivacyBlockedException(Reason reason, ConsentDecision consent, EscalationDecision escalation, Handoff handoff,
                            String codes) {
        super(reason + ": " + codes);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.consent = consent;
        this.escalation = escalation;
        this.handoff = handoff;
    }

    /** What stopped the turn. */
    public Reason reason() {
        return reason;
    }

    /** The consent decision. */
    public ConsentDecision consent() {
        return consent;
    }

    /** The escalation decision; empty for {@link Reason#NO_CONSENT}. */
    public Optional<EscalationDecision> escalation() {
        return Optional.ofNullable(escalation);
    }

    /** The hand-off for the agent (transcript of placeholders); empty for {@link Reason#NO_CONSENT}. */
    public Optional<Handoff> handoff() {
        return Optional.ofNullable(handoff);
    }
}
