package dev.privacyai.examples.langchain4j;

import dev.privacyai.escalation.EscalationSignals;
import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.pseudonym.SubjectProfile;

import java.util.Objects;

/**
 * What the host knows about one conversation, looked up by the guardrails from LangChain4j's memory id: the
 * {@link ConversationScope} (conversation and customer), the customer's {@link SubjectProfile} (names the detectors
 * cannot find) and the host's {@link EscalationSignals}. {@link #toString()} prints counts only. Immutable.
 */
public final class ConversationContext {

    private final ConversationScope scope;
    private final SubjectProfile profile;
    private final EscalationSignals signals;

    private ConversationContext(ConversationScope scope, SubjectProfile profile, EscalationSignals signals) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.signals = Objects.requireNonNull(signals, "signals");
    }

    /** A context without escalation signals. */
    public static ConversationContext of(ConversationScope scope, SubjectProfile profile) {
        return new ConversationContext(scope, profile, EscalationSignals.none());
    }

    /** The same context with the host's escalation signals. */
    public ConversationContext withSignals(EscalationSignals newSignals) {
        return new ConversationContext(scope, profile, newSignals);
    }

    /** The conversation and the customer. */
    public ConversationScope scope() {
        return scope;
    }

    /** What the host knows about the customer. */
    public SubjectProfile profile() {
        return profile;
    }

    /** The host's escalation signals. */
    public EscalationSignals signals() {
        return signals;
    }

    /** Counts only. */
    @Override
    public String toString() {
        return "ConversationContext{" + scope + ", " + profile + "}";
    }
}
