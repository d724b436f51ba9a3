package dev.privacyai.examples.langchain4j;

import dev.privacyai.consent.ConsentPolicy;
import dev.privacyai.escalation.EscalationDecision;
import dev.privacyai.escalation.EscalationPolicy;
import dev.privacyai.impl.escalation.DefaultEscalationPolicy;
import dev.privacyai.impl.escalation.Handoffs;
import dev.privacyai.pseudonym.Pseudonymizer;
import dev.privacyai.redaction.EntityType;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * privacy-ai as a pair of LangChain4j guardrails that share one {@link Pseudonymizer} (and so one vault):
 * {@link #input()} checks consent and escalation and pseudonymizes the customer's message,
 * {@link #output()} redacts personal data the model produced on its own and re-identifies the placeholders.
 *
 * <pre>{@code
 * PrivacyGuardrails privacy = PrivacyGuardrails.builder()
 *         .pseudonymizer(pseudonymizer).consentPolicy(consentPolicy)
 *         .conversations(memoryId -> directory.lookup(memoryId))   // scope + profile per conversation
 *         .build();
 * SupportAgent agent = AiServices.builder(SupportAgent.class).chatModel(chatModel)
 *         .chatMemoryProvider(id -> MessageWindowChatMemory.withMaxMessages(20))
 *         .inputGuardrails(privacy.input()).outputGuardrails(privacy.output())
 *         .build();
 * }</pre>
 *
 * <p>Because the input guardrail rewrites the user message before LangChain4j stores it, and LangChain4j stores the
 * model's reply before output guardrails run, the chat memory (and so every later request to the model) holds
 * placeholders only. What is not covered here: the {@code @SystemMessage} (keep personal data out of it, or use
 * {@link PrivacyGuardedStreamingChatModel}, which pseudonymizes everything it sends), tool arguments and results,
 * non-text content. Immutable and thread-safe.
 */
public final class PrivacyGuardrails {

    private final PrivacyInputGuardrail input;
    private final PrivacyOutputGuardrail output;

    private PrivacyGuardrails(Builder b) {
        Objects.requireNonNull(b.pseudonymizer, "pseudonymizer");
        Objects.requireNonNull(b.consentPolicy, "consentPolicy");
        Objects.requireNonNull(b.conversations, "conversations");
        this.input = new PrivacyInputGuardrail(b.pseudonymizer, b.consentPolicy, b.escalationPolicy, b.handoffs,
                b.escalateOn, b.conversations);
        this.output = new PrivacyOutputGuardrail(b.pseudonymizer.reidentifier(), b.replyScreenIgnores,
                b.conversations);
    }

    /** A builder; pseudonymizer, consent policy and conversation lookup are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The input guardrail. */
    public PrivacyInputGuardrail input() {
        return input;
    }

    /** The output guardrail. */
    public PrivacyOutputGuardrail output() {
        return output;
    }

    /** Builds {@link PrivacyGuardrails}. Not thread-safe. */
    public static final class Builder {
        private Pseudonymizer pseudonymizer;
        private ConsentPolicy consentPolicy;
        private EscalationPolicy escalationPolicy = DefaultEscalationPolicy.withDefaults();
        private Handoffs handoffs = Handoffs.withDefaults();
        private EscalationDecision.Action escalateOn = EscalationDecision.Action.ESCALATE_NOW;
        private Set<EntityType> replyScreenIgnores = Set.of(EntityType.DATE);
        private Function<Object, ConversationContext> conversations;

        private Builder() {
        }

        /** Pseudonymizes the input and re-identifies the output (one instance for both). */
        public Builder pseudonymizer(Pseudonymizer p) {
            this.pseudonymizer = Objects.requireNonNull(p, "pseudonymizer");
            return this;
        }

        /** Decides whether the customer allowed AI answering. */
        public Builder consentPolicy(ConsentPolicy p) {
            this.consentPolicy = Objects.requireNonNull(p, "consentPolicy");
            return this;
        }

        /** Decides escalation; default {@link DefaultEscalationPolicy#withDefaults()}. */
        public Builder escalationPolicy(EscalationPolicy p) {
            this.escalationPolicy = Objects.requireNonNull(p, "escalationPolicy");
            return this;
        }

        /** Builds hand-offs; default {@link Handoffs#withDefaults()}. */
        public Builder handoffs(Handoffs h) {
            this.handoffs = Objects.requireNonNull(h, "handoffs");
            return this;
        }

        /** The escalation action from which the input guardrail blocks; default {@code ESCALATE_NOW}. */
        public Builder escalateOn(EscalationDecision.Action a) {
            this.escalateOn = Objects.requireNonNull(a, "action");
            return this;
        }

        /** Types the reply screen leaves in replies; default {@code DATE}. */
        public Builder replyScreenIgnores(Set<EntityType> types) {
            this.replyScreenIgnores = Set.copyOf(types);
            return this;
        }

        /**
         * Looks up the conversation for LangChain4j's memory id (the AI Service method's {@code @MemoryId}
         * argument); returning null blocks the turn.
         */
        public Builder conversations(Function<Object, ConversationContext> lookup) {
            this.conversations = Objects.requireNonNull(lookup, "lookup");
            return this;
        }

        /** Builds the guardrails. */
        public PrivacyGuardrails build() {
            return new PrivacyGuardrails(this);
        }
    }
}
