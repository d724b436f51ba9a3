package dev.privacyai.examples.plain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for an OpenAI-compatible {@code POST /v1/chat/completions} endpoint on 127.0.0.1 and an
 * ephemeral port. It records every request body, and answers with the placeholders it found in the user
 * messages ({@code <PERSON_1>}, {@code <EMAIL_1>}, ...), so the reply only makes sense to the customer once
 * re-identified. With {@code "stream": true} it sends server-sent events: the first chunks, then it waits (at
 * most 5 s) until {@link #releaseRest()} is called, then the rest and {@code [DONE]}. {@link #streamsFinished()}
 * counts completed streams, so a test can see that a chunk reached the customer before the stream ended.
 * Shared with the LangChain4j example's tests through this module's test jar.
 */
public final class FakeOpenAiServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("<[A-Z][A-Z_]*_\\d+>");

    private final HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger streamsFinished = new AtomicInteger();
    private volatile CountDownLatch rest = new CountDownLatch(1);

    /** Starts the server on 127.0.0.1 and an ephemeral port. */
    public FakeOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-openai");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:41234/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Every request body received, in order. */
    public List<String> bodies() {
        return bodies;
    }

    /** Number of streamed responses sent completely ({@code [DONE]} written). */
    public int streamsFinished() {
        return streamsFinished.get();
    }

    /** Lets the current stream send its remaining chunks. */
    public void releaseRest() {
        rest.countDown();
    }

    /** The chunks of the reply to the user messages {@code lastUser}: the split point is after the third chunk. */
    public static List<String> replyChunks(String lastUser) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(lastUser);
        while (m.find()) {
            found.add(m.group());
        }
        String person = found.stream().filter(p -> p.startsWith("<PERSON_")).findFirst().orElse("there");
        List<String> chunks = new ArrayList<>();
        chunks.add("Hello " + person + ", ");
        chunks.add("thanks for ");
        chunks.add("waiting. ");
        for (String p : found) {
            if (!p.startsWith("<PERSON_")) {
                chunks.add("I have noted ");
                // a placeholder split across two chunks, as real streams do
                chunks.add(p.substring(0, 3));
                chunks.add(p.substring(3) + " ");
            }
        }
        chunks.add("for your request.");
        return chunks;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!"POST".equals(ex.getRequestMethod())) {
                ex.sendResponseHeaders(405, -1);
                return;
            }
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            bodies.add(body);
            JsonNode req = JSON.readTree(body);
            String lastUser = "";
            for (JsonNode m : req.path("messages")) {
                if ("user".equals(m.path("role").asText())) {
                    lastUser += m.path("content").asText() + "\n";
                }
            }
            List<String> chunks = replyChunks(lastUser);
            if (req.path("stream").asBoolean(false)) {
                stream(ex, chunks);
            } else {
                ObjectNode res = JSON.createObjectNode();
                res.put("id", "chatcmpl-test").put("object", "chat.completion").put("model",
                        req.path("model").asText());
                ObjectNode choice = res.putArray("choices").addObject();
                choice.put("index", 0).put("finish_reason", "stop");
                choice.putObject("message").put("role", "assistant").put("content", String.join("", chunks));
                res.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 10).put("total_tokens", 20);
                byte[] out = res.toString().getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/json");
                ex.sendResponseHeaders(200, out.length);
                ex.getResponseBody().write(out);
            }
        }
    }

    private void stream(HttpExchange ex, List<String> chunks) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        for (int i = 0; i < chunks.size(); i++) {
            if (i == 3) {
                try {
                    rest.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            ObjectNode c = JSON.createObjectNode();
            c.put("id", "chatcmpl-test").put("object", "chat.completion.chunk").put("model", "test");
            ObjectNode choice = c.putArray("choices").addObject();
            choice.put("index", 0).putNull("finish_reason");
            ObjectNode delta = choice.putObject("delta");
            if (i == 0) {
                delta.put("role", "assistant");
            }
            delta.put("content", chunks.get(i));
            sse(out, c.toString());
        }
        ObjectNode end = JSON.createObjectNode();
        end.put("id", "chatcmpl-test").put("object", "chat.completion.chunk").put("model", "test");
        ObjectNode choice = end.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop").putObject("delta");
        sse(out, end.toString());
        sse(out, "[DONE]");
        streamsFinished.incrementAndGet();
        rest = new CountDownLatch(1);
    }

    private static void sse(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
