package dev.privacyai.examples.langchain4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.privacyai.impl.guard.StandInModel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The LangChain4j chat models of the example: OpenAI-compatible models configured by {@code OPENAI_BASE_URL},
 * {@code OPENAI_API_KEY} and {@code OPENAI_MODEL}, or, when {@code OPENAI_BASE_URL} is not set, privacy-ai's
 * {@link StandInModel} (an echo, not a language model) adapted to LangChain4j, so the example runs offline.
 *
 * @param chat      the blocking model (for the AI Service with guardrails)
 * @param streaming the streaming model (wrapped by {@link PrivacyGuardedStreamingChatModel})
 * @param name      a description for the console (endpoint host and model, never the key)
 */
public record Models(ChatModel chat, StreamingChatModel streaming, String name) {

    /** The default model name when {@code OPENAI_MODEL} is not set. */
    public static final String DEFAULT_MODEL = "gpt-4o-mini";

    /** Models from the environment map (normally {@code System.getenv()}). */
    public static Models fromEnvironment(Map<String, String> env) {
        String base = env.get("OPENAI_BASE_URL");
        if (base == null || base.isBlank()) {
            return standIn();
        }
        String key = env.getOrDefault("OPENAI_API_KEY", "");
        String model = env.getOrDefault("OPENAI_MODEL", "");
        return openAi(base.strip(), key.isBlank() ? "not-needed" : key.strip(), model.isBlank() ? DEFAULT_MODEL
                : model.strip());
    }

    /** OpenAI-compatible models at {@code baseUrl} (e.g. {@code https://api.openai.com/v1}). */
    public static Models openAi(String baseUrl, String apiKey, String model) {
        return new Models(
                OpenAiChatModel.builder().baseUrl(baseUrl).apiKey(apiKey).modelName(model)
                        .timeout(Duration.ofSeconds(120)).build(),
                OpenAiStreamingChatModel.builder().baseUrl(baseUrl).apiKey(apiKey).modelName(model)
                        .timeout(Duration.ofSeconds(120)).build(),
                "OpenAI-compatible endpoint " + java.net.URI.create(baseUrl).getHost() + ", model " + model);
    }

    /** The stand-in echo model as LangChain4j models. */
    public static Models standIn() {
        StandInModel echo = StandInModel.echo();
        ChatModel chat = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                return ChatResponse.builder().aiMessage(AiMessage.from(echo.complete(toGuard(request.messages()))))
                        .build();
            }
        };
        StreamingChatModel streaming = new StreamingChatModel() {
            @Override
            public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
                StringBuilder all = new StringBuilder();
                echo.stream(toGuard(request.messages()), chunk -> {
                    all.append(chunk);
                    handler.onPartialResponse(chunk);
                });
                handler.onCompleteResponse(ChatResponse.builder().aiMessage(AiMessage.from(all.toString())).build());
            }
        };
        return new Models(chat, streaming, "stand-in (set OPENAI_BASE_URL, OPENAI_API_KEY, OPENAI_MODEL for a real "
                + "model)");
    }

    private static List<dev.privacyai.guard.ChatMessage> toGuard(List<ChatMessage> messages) {
        List<dev.privacyai.guard.ChatMessage> out = new ArrayList<>();
        for (ChatMessage m : messages) {
            if (m instanceof SystemMessage) {
                out.add(dev.privacyai.guard.ChatMessage.system(((SystemMessage) m).text()));
            } else if (m instanceof UserMessage && ((UserMessage) m).hasSingleText()) {
                out.add(dev.privacyai.guard.ChatMessage.user(((UserMessage) m).singleText()));
            } else if (m instanceof AiMessage && ((AiMessage) m).text() != null) {
                out.add(dev.privacyai.guard.ChatMessage.assistant(((AiMessage) m).text()));
            }
        }
        return out;
    }
}
