package dev.privacyai.guard;

import java.util.List;

/**
 * The host's model call, blocking: the messages in (already pseudonymized by the guard), the reply text out.
 *
 * <p>Adapting a framework is one lambda, e.g. with LangChain4j
 * {@code messages -> chatModel.chat(toLangChain4j(messages)).aiMessage().text()} or with an OpenAI-compatible HTTP
 * client, a POST to {@code /v1/chat/completions} returning {@code choices[0].message.content}.
 *
 * <p>Implementations may throw any runtime exception; the guard records the failure (by exception class only)
 * and rethrows it wrapped in a {@link GuardException}. They must be safe to call from the threads the host calls
 * the guard from.
 */
@FunctionalInterface
public interface ModelClient {

    /**
     * Sends the chat to the model and returns its reply.
     *
     * @param messages the conversation as the model may see it, oldest first, the customer's turn last;
     *                 unmodifiable
     * @return the reply text (not null)
     */
    String complete(List<ChatMessage> messages);
}
