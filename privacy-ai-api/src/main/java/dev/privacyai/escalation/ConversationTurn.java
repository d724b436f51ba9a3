package dev.privacyai.escalation;

import java.util.Objects;
import java.util.Optional;

/**
 * One turn of a {@link Conversation}: who spoke ({@link Role}) and what they said, optionally with the intent
 * label the host's NLU assigned to it and, for assistant turns, whether the host knows it was a fallback
 * ("I'm sorry, I can't help with that").
 *
 * <p>Immutable and thread-safe. {@link #toString()} prints the role, the text's length and the intent label,
 * never the text.
 */
public final class ConversationTurn {

    /** Who produced a turn. */
    public enum Role {
        /** The customer. */
        CUSTOMER,
        /** The AI assistant. */
        ASSISTANT,
        /** A human agent. */
        AGENT
    }

    private final Role role;
    private final String text;
    private final String intent;
    private final boolean fallback;

    private ConversationTurn(Role role, String text, String intent, boolean fallback) {
        this.role = role;
        this.text = text;
        this.intent = intent;
        this.fallback = fallback;
    }

    /**
     * A turn without intent label.
     *
     * @throws NullPointerException if {@code role} or {@code text} is null
     */
    public static ConversationTurn of(Role role, String text) {
        return new ConversationTurn(Objects.requireNonNull(role, "role"), Objects.requireNonNull(text, "text"),
                null, false);
    }

    /** A customer turn. */
    public static ConversationTurn customer(String text) {
        return of(Role.CUSTOMER, text);
    }

    /** An assistant turn. */
    public static ConversationTurn assistant(String text) {
        return of(Role.ASSISTANT, text);
    }

    /** A human agent's turn. */
    public static ConversationTurn agent(String text) {
        return of(Role.AGENT, text);
    }

    /**
     * This turn with the host's intent label (for example {@code "refund_status"}); labels are the host's
     * identifiers, not customer text.
     *
     * @throws NullPointerException if {@code intent} is null
     */
    public ConversationTurn withIntent(String intent) {
        return new ConversationTurn(role, text, Objects.requireNonNull(intent, "intent"), fallback);
    }

    /** This turn marked as an assistant fallback (the assistant could not help). */
    public ConversationTurn markedAsFallback() {
        return new ConversationTurn(role, text, intent, true);
    }

    /** This turn with other text and the same role, intent and fallback mark (used for redacted copies). */
    public ConversationTurn withText(String newText) {
        return new ConversationTurn(role, Objects.requireNonNull(newText, "text"), intent, fallback);
    }

    /** Who spoke. */
    public Role role() {
        return role;
    }

    /** What was said. May contain personal data: never log it. */
    public String text() {
        return text;
    }

    /** The host's intent label for this turn, if any. */
    public Optional<String> intent() {
        return Optional.ofNullable(intent);
    }

    /** True if the host marked this assistant turn as a fallback. */
    public boolean isMarkedFallback() {
        return fallback;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ConversationTurn)) {
            return false;
        }
        ConversationTurn t = (ConversationTurn) o;
        return role == t.role && text.equals(t.text) && Objects.equals(intent, t.intent) && fallback == t.fallback;
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, text, intent, fallback);
    }

    /** Role, length, intent label and fallback mark; never the text. */
    @Override
    public String toString() {
        return "ConversationTurn{" + role + ", " + text.length() + " chars"
                + (intent == null ? "" : ", intent=" + intent) + (fallback ? ", fallback" : "") + "}";
    }
}
