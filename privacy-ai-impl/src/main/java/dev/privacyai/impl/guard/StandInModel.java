package dev.privacyai.impl.guard;

import dev.privacyai.guard.ChatMessage;
import dev.privacyai.guard.ChunkSink;
import dev.privacyai.guard.ModelClient;
import dev.privacyai.guard.StreamingModelClient;

import java.util.List;
import java.util.Objects;

/**
 * <b>A stand-in, not a language model.</b> It echoes the last customer message it received inside a fixed template,
 * so a demo or a replay shows the guarded flow end to end (what the model received, how placeholders come back
 * re-identified) without any network or model. The default template is
 * {@value #DEFAULT_TEMPLATE}; {@code {last}} is the last user message as received (pseudonymized) and
 * {@code {count}} the number of messages.
 *
 * <p>Streaming delivers the same reply in chunks of {@code chunkSize} characters (default 12). Immutable and
 * thread-safe; zero latency.
 */
public final class StandInModel implements ModelClient, StreamingModelClient {

    /** The default template. */
    public static final String DEFAULT_TEMPLATE =
            "[stand-in model] You said: \"{last}\" ({count} messages received). A real model would answer here.";

    private final String template;
    private final int chunkSize;

    private StandInModel(String template, int chunkSize) {
        this.template = template;
        this.chunkSize = chunkSize;
    }

    /** The default template, chunks of 12 characters. */
    public static StandInModel echo() {
        return new StandInModel(DEFAULT_TEMPLATE, 12);
    }

    /**
     * A stand-in with another template and chunk size.
     *
     * @throws IllegalArgumentException if {@code chunkSize < 1}
     */
    public static StandInModel withTemplate(String template, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be >= 1");
        }
        return new StandInModel(Objects.requireNonNull(template, "template"), chunkSize);
    }

    @Override
    public String complete(List<ChatMessage> messages) {
        String last = "";
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).role() == ChatMessage.Role.USER) {
                last = messages.get(i).text();
                break;
            }
        }
        return template.replace("{count}", Integer.toString(messages.size())).replace("{last}", last);
    }

    @Override
    public void stream(List<ChatMessage> messages, ChunkSink onChunk) {
        String reply = complete(messages);
        for (int i = 0; i < reply.length(); i += chunkSize) {
            onChunk.accept(reply.substring(i, Math.min(reply.length(), i + chunkSize)));
        }
    }

    @Override
    public String toString() {
        return "StandInModel{echo, chunkSize=" + chunkSize + "}";
    }
}
