package dev.privacyai.pseudonym;

import dev.privacyai.redaction.EntityType;

import java.util.Objects;

/**
 * The public view of one mapping entry: the entity type, its number within the conversation (1-based, per type)
 * and the text that stands for the value in pseudonymized text (a tag such as {@code <EMAIL_1>} or a surrogate).
 * It never holds the original value, so it may be logged, shown to the model, or stored anywhere.
 *
 * <p>Note that with {@link PlaceholderStyle#SURROGATE} the {@link #text()} is a realistic fake value; it is not
 * personal data of anyone, but {@link #toString()} still prints only the tag form. Immutable and thread-safe.
 */
public final class Placeholder {

    private final EntityType entityType;
    private final int index;
    private final String text;

    private Placeholder(EntityType entityType, int index, String text) {
        this.entityType = entityType;
        this.index = index;
        this.text = text;
    }

    /**
     * Creates a placeholder view.
     *
     * @throws IllegalArgumentException if {@code index < 1} or {@code text} is empty
     */
    public static Placeholder of(EntityType entityType, int index, String text) {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(text, "text");
        if (index < 1 || text.isEmpty()) {
            throw new IllegalArgumentException("index must be >= 1 and text non-empty");
        }
        return new Placeholder(entityType, index, text);
    }

    /** The canonical tag for a type and index, e.g. {@code <EMAIL_1>}. */
    public static String tag(EntityType entityType, int index) {
        return "<" + entityType.name() + "_" + index + ">";
    }

    /** What kind of value this stands for. */
    public EntityType entityType() {
        return entityType;
    }

    /** 1-based number of the value among values of its type in the conversation. */
    public int index() {
        return index;
    }

    /** The canonical tag, e.g. {@code <EMAIL_1>}, whatever the style. */
    public String tag() {
        return tag(entityType, index);
    }

    /** The text used in pseudonymized text: the tag, or the surrogate with {@link PlaceholderStyle#SURROGATE}. */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Placeholder && ((Placeholder) o).entityType.equals(entityType)
                && ((Placeholder) o).index == index && ((Placeholder) o).text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entityType, index, text);
    }

    /** The tag only, e.g. {@code Placeholder{<EMAIL_1>}}. */
    @Override
    public String toString() {
        return "Placeholder{" + tag() + "}";
    }
}
