package dev.privacyai.examples.langchain4j;

import dev.privacyai.guard.ConversationGuard;
import dev.privacyai.guard.PreparedTurn;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * privacy-ai's {@link ConversationGuard} as a pair of LangChain4j guardrails, on the guard's two-phase API: the
 * {@link #input()} guardrail runs {@link ConversationGuard#begin} (consent, input escalation, pseudonymization of
 * the customer's message) and lets LangChain4j send the pseudonymized message; the {@link #output()} guardrail
 * completes the same turn with the model's reply ({@link PreparedTurn#complete(String)}: reply screen,
 * re-identification, reply escalation). So the guard's whole flow runs, with its audit trail, its sinks and its KPIs,
 * exactly as with {@link ConversationGuard#handle}.
 *
 * <pre>{@code
 * ConversationGuard guard = DefaultConversationGuard.builder().consentLedger(ledger).auditSink(sink).build();
 * PrivacyGuardrails privacy = PrivacyGuardrails.builder().guard(guard)
 *         .conversations(memoryId -> directory.lookup(memoryId))   // scope + profile per conversation
 *         .build();
 * SupportAgent agent = AiServices.builder(SupportAgent.class).chatModel(chatModel)
 *         .chatMemoryProvider(id -> MessageWindowChatMemory.withMaxMessages(20))
 *         .inputGuardrails(privacy.input()).outputGuardrails(privacy.output())
 *         .build();
 * }</pre>
 *
 * <p>The input guardrail rewrites the user message before LangChain4j stores it, and LangChain4j stores the model's
 * reply before output guardrails run, so the chat memory (and so every later request to the model) holds
 * placeholders only; the guard receives that memory as {@code pseudonymizedHistory} and sends it as it is. A turn
 * the guard stops (no consent, escalation before or after the model, an interceptor's block) is a fatal guardrail
 * result whose cause is a {@link PrivacyBlockedException} carrying the guard's {@code TurnResult}.
 *
 * <p>Between the two guardrails the open turn is kept per chat memory id, tagged with LangChain4j's invocation id.
 * If the model call fails, LangChain4j never runs the output guardrail: the turn stays open (its first half is
 * audited) until the next message of that conversation, which abandons it ({@code TURN ABANDONED}). What is not
 * covered here: the {@code @SystemMessage} (LangChain4j sends it as written: keep personal data out of it, or use
 * {@link PrivacyGuardedStreamingChatModel}, which pseudonymizes everything it sends), tool arguments and results,
 * non-text content. Thread-safe.
 */
public final class PrivacyGuardrails {

    private final PrivacyInputGuardrail input;
    private final PrivacyOutputGuardrail output;
    private final Map<Object, OpenTurn> open = new ConcurrentHashMap<>();

    /** A turn between the input and the output guardrail. */
    record OpenTurn(UUID invocationId, PreparedTurn turn) {
    }

    private PrivacyGuardrails(Builder b) {
        Objects.requireNonNull(b.guard, "guard");
        Objects.requireNonNull(b.conversations, "conversations");
        this.input = new PrivacyInputGuardrail(b.guard, b.conversations, this);
        this.output = new PrivacyOutputGuardrail(this);
    }

    /** A builder; the guard and the conversation lookup are required. */
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

    /** Number of turns waiting for their output guardrail (e.g. for monitoring). */
    public int openTurns() {
        return open.size();
    }

    /** Keeps the turn for the output guardrail; an earlier open turn of the conversation is abandoned. */
    void opened(Object memoryId, OpenTurn turn) {
        OpenTurn previous = open.put(memoryId, turn);
        if (previous != null) {
            previous.turn().abandon();
        }
    }

    /** Takes the open turn of this invocation; null if there is none. */
    OpenTurn take(Object memoryId, UUID invocationId) {
        OpenTurn t = open.get(memoryId);
        if (t == null || !t.invocationId().equals(invocationId) || !open.remove(memoryId, t)) {
            return null;
        }
        return t;
    }

    /** Configuration only. */
    @Override
    public String toString() {
        return "PrivacyGuardrails{openTurns=" + open.size() + "}";
    }

    /** Builds {@link PrivacyGuardrails}. Not thread-safe. */
    public static final class Builder {
        private ConversationGuard guard;
        private Function<Object, ConversationContext> conversations;

        private Builder() {
        }

        /**
         * The guard whose flow, audit sinks and KPIs the guardrails use (e.g. a
         * {@code DefaultConversationGuard} with the host's consent ledger).
         */
        public Builder guard(ConversationGuard g) {
            this.guard = Objects.requireNonNull(g, "guard");
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
