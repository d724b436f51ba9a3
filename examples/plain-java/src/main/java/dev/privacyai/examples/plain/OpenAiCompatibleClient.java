package dev.privacyai.examples.plain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.privacyai.guard.ChatMessage;
import dev.privacyai.guard.ChunkSink;
import dev.privacyai.guard.ModelClient;
import dev.privacyai.guard.StreamingModelClient;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A minimal client for an OpenAI-compatible {@code POST /v1/chat/completions} endpoint (OpenAI, Azure OpenAI behind a
 * compatible gateway, vLLM, Ollama, LM Studio, ...), written with {@link HttpClient} and Jackson only, adapted to the
 * guard's {@link ModelClient} (blocking: {@code choices[0].message.content}) and {@link StreamingModelClient}
 * ({@code "stream": true}: server-sent events, one {@code data: {...}} line per chunk with
 * {@code choices[0].delta.content}, ended by {@code data: [DONE]}).
 *
 * <p>It sends exactly the messages it is given: used through a {@code ConversationGuard}, those are the
 * pseudonymized messages. Errors are reported by HTTP status only (response bodies may echo the request).
 * Immutable and thread-safe.
 */
public final class OpenAiCompatibleClient implements ModelClient, StreamingModelClient {

    /** Environment variable with the endpoint's base URL, e.g. {@code https://api.openai.com/v1}. */
    public static final String ENV_BASE_URL = "OPENAI_BASE_URL";
    /** Environment variable with the API key (optional for local servers). */
    public static final String ENV_API_KEY = "OPENAI_API_KEY";
    /** Environment variable with the model name; default {@value #DEFAULT_MODEL}. */
    public static final String ENV_MODEL = "OPENAI_MODEL";
    /** The model used when {@link #ENV_MODEL} is not set. */
    public static final String DEFAULT_MODEL = "gpt-4o-mini";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final String apiKey;
    private final String model;
    private final HttpClient http;
    private final Duration timeout;

    private OpenAiCompatibleClient(String baseUrl, String apiKey, String model, Duration timeout) {
        String base = Objects.requireNonNull(baseUrl, "baseUrl").strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        this.endpoint = URI.create(base + "/chat/completions");
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        this.model = Objects.requireNonNull(model, "model");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * A client for {@code baseUrl} (the part before {@code /chat/completions}, e.g. {@code http://127.0.0.1:8080/v1}).
     *
     * @param apiKey sent as {@code Authorization: Bearer ...}; null or blank for none
     */
    public static OpenAiCompatibleClient of(String baseUrl, String apiKey, String model) {
        return new OpenAiCompatibleClient(baseUrl, apiKey, model, Duration.ofSeconds(120));
    }

    /**
     * The client configured by {@link #ENV_BASE_URL}, {@link #ENV_API_KEY} and {@link #ENV_MODEL}; empty when
     * {@code OPENAI_BASE_URL} is not set.
     */
    public static Optional<OpenAiCompatibleClient> fromEnvironment(Map<String, String> env) {
        String base = env.get(ENV_BASE_URL);
        if (base == null || base.isBlank()) {
            return Optional.empty();
        }
        String model = env.getOrDefault(ENV_MODEL, "");
        return Optional.of(of(base, env.get(ENV_API_KEY), model.isBlank() ? DEFAULT_MODEL : model));
    }

    @Override
    public String complete(List<ChatMessage> messages) {
        HttpResponse<InputStream> response = send(body(messages, false));
        try (InputStream in = response.body()) {
            JsonNode root = JSON.readTree(in);
            JsonNode content = root.path("choices").path(0).path("message").path("content");
            if (!content.isTextual()) {
                throw new IllegalStateException("response has no choices[0].message.content");
            }
            return content.asText();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the model response failed", e);
        }
    }

    @Override
    public void stream(List<ChatMessage> messages, ChunkSink onChunk) {
        HttpResponse<InputStream> response = send(body(messages, true));
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("data:")) {
                    continue; // blank separators, comments (": keep-alive"), event names
                }
                String data = line.substring(5).strip();
                if (data.equals("[DONE]")) {
                    return;
                }
                JsonNode delta = JSON.readTree(data).path("choices").path(0).path("delta").path("content");
                if (delta.isTextual() && !delta.asText().isEmpty()) {
                    onChunk.accept(delta.asText());
                }
            }
            throw new IllegalStateException("stream ended without [DONE]");
        } catch (IOException e) {
            throw new UncheckedIOException("reading the model stream failed", e);
        }
    }

    private String body(List<ChatMessage> messages, boolean stream) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", model);
        ArrayNode arr = root.putArray("messages");
        for (ChatMessage m : messages) {
            arr.addObject().put("role", m.role().name().toLowerCase(Locale.ROOT)).put("content", m.text());
        }
        root.put("stream", stream);
        return root.toString();
    }

    private HttpResponse<InputStream> send(String body) {
        HttpRequest.Builder req = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (apiKey != null) {
            req.header("Authorization", "Bearer " + apiKey);
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("calling the model failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the model", e);
        }
        if (response.statusCode() / 100 != 2) {
            try {
                response.body().close();
            } catch (IOException ignored) {
                // nothing to do
            }
            throw new IllegalStateException("model endpoint answered HTTP " + response.statusCode());
        }
        return response;
    }

    /** Endpoint host and model only (never the key). */
    @Override
    public String toString() {
        return "OpenAiCompatibleClient{" + endpoint.getHost() + ", model=" + model + "}";
    }
}
