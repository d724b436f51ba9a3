package dev.privacyai.escalation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The turns of a conversation so far, oldest first.
 *
 * <p>Immutable and thread-safe: {@link #append} returns a new conversation. {@link #toString()} prints only turn
 * counts per role, never text.
 */
public final class Conversation {

    private static final Conversation EMPTY = new Conversation(List.of());

    private final List<ConversationTurn> turns;

    private Conversation(List<ConversationTurn> turns) {
        this.turns = turns;
    }

    /** A conversation with no turns. */
    public static Conversation empty() {
        return EMPTY;
    }

    /**
     * A conversation of these turns, oldest first.
     *
     * @throws NullPointerException if the array or a turn is null
     */
    public static Conversation of(ConversationTurn... turns) {
        return of(Arrays.asList(Objects.requireNonNull(turns, "turns")));
    }

    /**
     * A conversation of these turns, oldest first.
     *
     * @throws NullPointerException if the list or a turn is null
     */
    public static Conversation of(List<ConversationTurn> turns) {
        Objects.requireNonNull(turns, "turns");
        for (ConversationTurn t : turns) {
            Objects.requireNonNull(t, "turn");
        }
        return new Conversation(List.copyOf(turns));
    }

    /** A new conversation with {@code turn} appended. */
    public Conversation append(ConversationTurn turn) {
        List<ConversationTurn> copy = new ArrayList<>(turns.size() + 1);
        copy.addAll(turns);
        copy.add(Objects.requireNonNull(turn, "turn"));
        return new Conversation(List.copyOf(copy));
    }

    /** The turns, oldest first; unmodifiable. */
    public List<ConversationTurn> turns() {
        return turns;
    }

    /** Number of turns. */
    public int size() {
        return turns.size();
    }

    /** True if there are no turns. */
    public boolean isEmpty() {
        return turns.isEmpty();
    }

    /** The most recent customer turn, if any. */
    public Optional<ConversationTurn> lastCustomerTurn() {
        for (int i = turns.size() - 1; i >= 0; i--) {
            if (turns.get(i).role() == ConversationTurn.Role.CUSTOMER) {
                return Optional.of(turns.get(i));
            }
        }
        return Optional.empty();
    }

    /** Number of turns by {@code role}. */
    public int count(ConversationTurn.Role role) {
        int n = 0;
        for (ConversationTurn t : turns) {
            if (t.role() == role) {
                n++;
            }
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Conversation && ((Conversation) o).turns.equals(turns);
    }

    @Override
    public int hashCode() {
        return turns.hashCode();
    }

    /** Counts per role only. */
    @Override
    public String toString() {
        return "Conversation{turns=" + turns.size() + ", customer=" + count(ConversationTurn.Role.CUSTOMER)
                + ", assistant=" + count(ConversationTurn.Role.ASSISTANT) + ", agent="
                + count(ConversationTurn.Role.AGENT) + "}";
    }
}
