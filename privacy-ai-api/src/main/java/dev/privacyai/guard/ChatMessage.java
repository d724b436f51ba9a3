package dev.privacyai.guard;

import java.util.Objects;

/**
 * One message of a chat exchanged with a model: a {@link Role} and its text, the shape every chat-completion API
 * uses ({@code system}/{@code user}/{@code assistant}).
 *
 * <p>The text may hold personal data (before pseudonymization) or placeholders (after): {@link #toString()} prints
 * the role and length only. Immutable and thread-safe; equal when role and text are equal.
 */
public final class ChatMessage {

    /** Who a message is from, as chat-completion APIs name it. */
    public enum Role {
        /** Instructions from the host application. */
        SYSTEM,
        /** The customer. */
        USER,
        /** The AI assistant (the model). */
        ASSISTANT
    }

    private final Role role;
    private final String text;

    private ChatMessage(Role role, String text) {
        this.role = role;
        this.text = text;
    }

    /**
     * Creates a message.
     *
     * @throws NullPointerException if an argument is null
     */
    public static ChatMessage of(Role role, String text) {
        return new ChatMessage(Objects.requireNonNull(role, "role"), Objects.requireNonNull(text, "text"));
    }

    /** A system message (host instructions). */
    public static ChatMessage system(String text) {
        return of(Role.SYSTEM, text);
    }

    /** A customer message. */
    public static ChatMessage user(String text) {
        return of(Role.USER, text);
    }

    /** An assistant message. */
    public static ChatMessage assistant(String text) {
        return of(Role.ASSISTANT, text);
    }

    /** Who the message is from. */
    public Role role() {
        return role;
    }

    /** The text. May contain personal data: never log it. */
    public String text() {
        return text;
    }

    /** The same role with other text. */
    public ChatMessage withText(String newText) {
        return of(role, newText);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChatMessage && ((ChatMessage) o).role == role && ((ChatMessage) o).text.equals(text);
    }

    @Override
    public int hashCode() {
        return 31 * role.hashCode() + text.hashCode();
    }

    /** Role and length only, e.g. {@code ChatMessage{USER, 42 chars}}. */
    @Override
    public String toString() {
        return "ChatMessage{" + role + ", " + text.length() + " chars}";
    }
}
