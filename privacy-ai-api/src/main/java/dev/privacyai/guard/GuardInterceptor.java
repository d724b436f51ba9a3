package dev.privacyai.guard;

import dev.privacyai.pseudonym.ConversationScope;

import java.util.List;

/**
 * A host-added step around the model call, in the spirit of OkHttp's interceptor chain: it sees the
 * <em>pseudonymized</em> messages the model is about to receive, may change them, may short-circuit with
 * {@link ModelResponse#blocked(String)} (e.g. a prompt-injection screen) or with a canned reply, and otherwise
 * calls {@link Chain#proceed} and may inspect or replace the reply on its way back.
 *
 * <p>Interceptors run in the order they were added: the first added is outermost. They run after the consent
 * check, the input escalation check and pseudonymization, and before the reply is screened for personal data the
 * model produced on its own and re-identified, so an interceptor never sees the customer's personal values and
 * whatever it returns is screened like a model reply. Messages an interceptor passes on are sent as they are:
 * an interceptor that adds text is responsible for it.
 *
 * <p>In streaming mode ({@link Chain#streaming()}) the reply's chunks are screened and reach the customer while
 * {@link Chain#proceed} runs, so a reply replaced after {@code proceed} is ignored (the result records what was
 * streamed) and a block after {@code proceed} ends the turn {@code BLOCKED} after the fact. Blocking before
 * {@code proceed} works the same in both modes. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface GuardInterceptor {

    /**
     * Handles the model call.
     *
     * @return the response: the chain's, a replacement, or a block; never null
     */
    ModelResponse intercept(Chain chain);

    /** A short name for the step trace and audit events ({@code [A-Za-z0-9_.-]}, 1..64); default the class name. */
    default String name() {
        String n = getClass().getSimpleName();
        return n.isEmpty() ? "interceptor" : n;
    }

    /** The rest of the model call, as seen by one interceptor. Not thread-safe; valid during the call only. */
    interface Chain {

        /** The messages as the model will receive them (pseudonymized), oldest first; unmodifiable. */
        List<ChatMessage> messages();

        /** The conversation (for per-conversation state); its ids are host identifiers, not for the model. */
        ConversationScope scope();

        /** True when the model streams its reply to the customer (see the interface comment). */
        boolean streaming();

        /**
         * Calls the next interceptor, or the model after the last one, with these messages.
         *
         * @throws IllegalStateException if called more than once
         */
        ModelResponse proceed(List<ChatMessage> messages);
    }
}
