package dev.privacyai.examples.langchain4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.privacyai.guard.ChunkSink;
import dev.privacyai.guard.ConversationGuard;
import dev.privacyai.guard.StreamingModelClient;
import dev.privacyai.guard.TurnRequest;
import dev.privacyai.guard.TurnResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * A LangChain4j {@link StreamingChatModel} that runs every request through a privacy-ai {@link ConversationGuard}
 * around another streaming model: the delegate receives pseudonymized messages (system prompt and history
 * included), and the caller's {@link StreamingChatResponseHandler#onPartialResponse(String)} receives the
 * re-identified, screened reply <em>as it streams</em>: the guard holds back only a possibly incomplete placeholder
 * or identifier at the end of what arrived, never the whole reply (LangChain4j's own output guardrails on a
 * streaming AI Service buffer the complete response before the caller sees anything).
 *
 * <p>One instance per conversation (it carries the {@link ConversationContext}); cheap to create. Messages in the
 * request are raw, as the customer wrote and saw them (a LangChain4j chat memory in front of this model holds the
 * re-identified replies): the guard pseudonymizes all of it each turn. The last message must be a text user message.
 * Requests with tools are refused (fail closed: tool arguments and results are not guarded here).
 *
 * <p>Each turn's {@link TurnResult} goes to the {@code onTurn} listener before the handler completes. When the guard
 * does not let the model answer (no consent, escalation, block) the handler receives the configured fallback text
 * as the complete response; the hand-off is in the result. A {@link dev.privacyai.guard.GuardException} goes to
 * {@code onError}. The guarded call runs on the configured {@link Executor} (default: a new daemon thread per
 * request), so {@code chat} returns at once like other streaming models.
 */
public final class PrivacyGuardedStreamingChatModel implements StreamingChatModel {

    /** The default text for turns the model did not answer. */
    public static final String DEFAULT_FALLBACK = "Let me connect you with a colleague who can help you further.";

    private final ConversationGuard guard;
    private final StreamingChatModel delegate;
    private final ConversationContext context;
    private final Consumer<TurnResult> onTurn;
    private final String fallback;
    private final Executor executor;

    private PrivacyGuardedStreamingChatModel(Builder b) {
        this.guard = Objects.requireNonNull(b.guard, "guard");
        this.delegate = Objects.requireNonNull(b.delegate, "delegate");
        this.context = Objects.requireNonNull(b.context, "context");
        this.onTurn = b.onTurn;
        this.fallback = b.fallback;
        this.executor = b.executor;
    }

    /** A builder; guard, delegate and conversation are required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        Objects.requireNonNull(handler, "handler");
        TurnRequest turn;
        try {
            if (request.toolSpecifications() != null && !request.toolSpecifications().isEmpty()) {
                throw new UnsupportedOperationException("tools are not supported by the guarded model");
            }
            turn = toTurn(request);
        } catch (RuntimeException e) {
            handler.onError(e);
            return;
        }
        executor.execute(() -> run(request, turn, handler));
    }

    private void run(ChatRequest request, TurnRequest turn, StreamingChatResponseHandler handler) {
        TurnResult result;
        try {
            ChunkSink toCustomer = handler::onPartialResponse;
            result = guard.handleStreaming(turn, delegateClient(request), toCustomer);
        } catch (RuntimeException e) {
            handler.onError(e);
            return;
        }
        onTurn.accept(result);
        String text = result.reply().orElse(null);
        if (text == null) {
            text = fallback;
            handler.onPartialResponse(text);
        }
        handler.onCompleteResponse(ChatResponse.builder().aiMessage(AiMessage.from(text)).build());
    }

    /** The delegate as the guard's streaming client: blocks until the delegate completes, as the guard requires. */
    private StreamingModelClient delegateClient(ChatRequest original) {
        return (messages, onChunk) -> {
            CompletableFuture<ChatResponse> done = new CompletableFuture<>();
            ChatRequest pseudonymized = original.toBuilder().messages(toLangChain4j(messages)).build();
            delegate.chat(pseudonymized, new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String partial) {
                    onChunk.accept(partial);
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done.complete(response);
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
            try {
                done.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                throw cause instanceof RuntimeException ? (RuntimeException) cause
                        : new IllegalStateException("model stream failed", cause);
            }
        };
    }

    private TurnRequest toTurn(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        if (messages.isEmpty() || !(messages.get(messages.size() - 1) instanceof UserMessage)
                || !((UserMessage) messages.get(messages.size() - 1)).hasSingleText()) {
            throw new IllegalArgumentException("the last message must be a text user message");
        }
        StringBuilder system = new StringBuilder();
        List<dev.privacyai.guard.ChatMessage> history = new ArrayList<>();
        for (int i = 0; i < messages.size() - 1; i++) {
            ChatMessage m = messages.get(i);
            if (m instanceof SystemMessage) {
                system.append(system.length() == 0 ? "" : "\n\n").append(((SystemMessage) m).text());
            } else if (m instanceof UserMessage && ((UserMessage) m).hasSingleText()) {
                history.add(dev.privacyai.guard.ChatMessage.user(((UserMessage) m).singleText()));
            } else if (m instanceof AiMessage && ((AiMessage) m).text() != null
                    && !((AiMessage) m).hasToolExecutionRequests()) {
                history.add(dev.privacyai.guard.ChatMessage.assistant(((AiMessage) m).text()));
            } else {
                throw new IllegalArgumentException("unsupported message type " + m.type());
            }
        }
        String text = ((UserMessage) messages.get(messages.size() - 1)).singleText();
        return TurnRequest.builder(context.scope(), text).history(history)
                .systemPrompt(system.length() == 0 ? null : system.toString()).profile(context.profile())
                .signals(context.signals()).build();
    }

    private static List<ChatMessage> toLangChain4j(List<dev.privacyai.guard.ChatMessage> messages) {
        List<ChatMessage> out = new ArrayList<>(messages.size());
        for (dev.privacyai.guard.ChatMessage m : messages) {
            switch (m.role()) {
                case SYSTEM:
                    out.add(SystemMessage.from(m.text()));
                    break;
                case USER:
                    out.add(UserMessage.from(m.text()));
                    break;
                default:
                    out.add(AiMessage.from(m.text()));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "PrivacyGuardedStreamingChatModel{" + context + "}";
    }

    /** Builds a {@link PrivacyGuardedStreamingChatModel}. Not thread-safe. */
    public static final class Builder {
        private ConversationGuard guard;
        private StreamingChatModel delegate;
        private ConversationContext context;
        private Consumer<TurnResult> onTurn = r -> { };
        private String fallback = DEFAULT_FALLBACK;
        private Executor executor = task -> {
            Thread t = new Thread(task, "privacy-ai-guarded-stream");
            t.setDaemon(true);
            t.start();
        };

        private Builder() {
        }

        /** The guard (shared by all conversations). */
        public Builder guard(ConversationGuard g) {
            this.guard = Objects.requireNonNull(g, "guard");
            return this;
        }

        /** The streaming model that receives the pseudonymized messages. */
        public Builder delegate(StreamingChatModel m) {
            this.delegate = Objects.requireNonNull(m, "delegate");
            return this;
        }

        /** The conversation this instance serves. */
        public Builder conversation(ConversationContext c) {
            this.context = Objects.requireNonNull(c, "conversation");
            return this;
        }

        /** Receives every turn's result (action, hand-off, audit trail); default ignores it. */
        public Builder onTurn(Consumer<TurnResult> listener) {
            this.onTurn = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** The text for turns the model did not answer; default {@link #DEFAULT_FALLBACK}. */
        public Builder fallbackReply(String text) {
            this.fallback = Objects.requireNonNull(text, "text");
            return this;
        }

        /** Where the guarded call runs; default a new daemon thread per request. */
        public Builder executor(Executor e) {
            this.executor = Objects.requireNonNull(e, "executor");
            return this;
        }

        /** Builds the model. */
        public PrivacyGuardedStreamingChatModel build() {
            return new PrivacyGuardedStreamingChatModel(this);
        }
    }
}
