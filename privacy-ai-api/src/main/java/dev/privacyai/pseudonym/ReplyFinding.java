package dev.privacyai.pseudonym;

import dev.privacyai.redaction.EntityType;

import java.util.Objects;

/**
 * Something in a model reply (or tool-call arguments) the host may want to act on, with its position in the
 * text as the model produced it ({@code start} inclusive, {@code end} exclusive). Never holds the text there.
 * Immutable and thread-safe.
 */
public final class ReplyFinding {

    /** Kinds of reply findings. */
    public enum Kind {
        /**
         * Something shaped like a placeholder that has no value in this conversation: the model invented it,
         * or it was copied from another conversation. It is left as it is and never resolved.
         */
        UNKNOWN_PLACEHOLDER,
        /** Personal data the reply contains although it was never in this conversation's pseudonymized input. */
        UNSEEN_PERSONAL_DATA
    }

    private final Kind kind;
    private final EntityType entityType;
    private final int start;
    private final int end;

    private ReplyFinding(Kind kind, EntityType entityType, int start, int end) {
        this.kind = kind;
        this.entityType = entityType;
        this.start = start;
        this.end = end;
    }

    /**
     * Creates a finding.
     *
     * @throws IllegalArgumentException if {@code start < 0} or {@code end <= start}
     */
    public static ReplyFinding of(Kind kind, EntityType entityType, int start, int end) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entityType, "entityType");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
        return new ReplyFinding(kind, entityType, start, end);
    }

    /** What was found. */
    public Kind kind() {
        return kind;
    }

    /** The entity type the placeholder names, or the type of the unseen personal data. */
    public EntityType entityType() {
        return entityType;
    }

    /** Start in the reply as produced by the model, inclusive. */
    public int start() {
        return start;
    }

    /** End in the reply as produced by the model, exclusive. */
    public int end() {
        return end;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ReplyFinding)) {
            return false;
        }
        ReplyFinding f = (ReplyFinding) o;
        return kind == f.kind && entityType.equals(f.entityType) && start == f.start && end == f.end;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, entityType, start, end);
    }

    /** Kind, type and span; never the text. */
    @Override
    public String toString() {
        return "ReplyFinding{" + kind + " " + entityType + " [" + start + "," + end + ")}";
    }
}
