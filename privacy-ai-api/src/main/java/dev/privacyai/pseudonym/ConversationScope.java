package dev.privacyai.pseudonym;

import java.util.Objects;

/**
 * Where a pseudonym mapping lives: one conversation of one data subject. Placeholders are numbered per
 * conversation, and a placeholder is only ever resolved with values of the same conversation and subject.
 *
 * <p>Both ids are host identifiers (non-empty, at most 256 characters). The subject id is treated as personal
 * data: {@link #toString()} prints only its length, and persistent vaults store only a keyed pseudonym of it.
 * Immutable and thread-safe; equal when both ids are equal.
 */
public final class ConversationScope {

    private static final int MAX_ID = 256;

    private final String conversationId;
    private final String subjectId;

    private ConversationScope(String conversationId, String subjectId) {
        this.conversationId = conversationId;
        this.subjectId = subjectId;
    }

    /**
     * Creates a scope.
     *
     * @throws NullPointerException if an id is null
     * @throws IllegalArgumentException if an id is empty or longer than 256 characters (the message never
     *                                  contains the id)
     */
    public static ConversationScope of(String conversationId, String subjectId) {
        check(Objects.requireNonNull(conversationId, "conversationId"), "conversationId");
        check(Objects.requireNonNull(subjectId, "subjectId"), "subjectId");
        return new ConversationScope(conversationId, subjectId);
    }

    private static void check(String id, String what) {
        if (id.isEmpty() || id.length() > MAX_ID) {
            throw new IllegalArgumentException(what + " must have 1.." + MAX_ID + " characters, had " + id.length());
        }
    }

    /** The host's conversation id. */
    public String conversationId() {
        return conversationId;
    }

    /** The host's id of the data subject (the customer) the conversation's personal data belongs to. */
    public String subjectId() {
        return subjectId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConversationScope && ((ConversationScope) o).conversationId.equals(conversationId)
                && ((ConversationScope) o).subjectId.equals(subjectId);
    }

    @Override
    public int hashCode() {
        return 31 * conversationId.hashCode() + subjectId.hashCode();
    }

    /** Lengths of the ids only, e.g. {@code ConversationScope{conversationId=12 chars, subjectId=8 chars}}. */
    @Override
    public String toString() {
        return "ConversationScope{conversationId=" + conversationId.length() + " chars, subjectId="
                + subjectId.length() + " chars}";
    }
}
