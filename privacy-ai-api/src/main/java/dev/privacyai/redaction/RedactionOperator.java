package dev.privacyai.redaction;

import java.util.Locale;
import java.util.Objects;

/**
 * What a {@link Redactor} puts in place of a finding. Create with the static factories:
 * <ul>
 *   <li>{@link #tag()} — the entity type in brackets: {@code [EMAIL]};</li>
 *   <li>{@link #mask(int)} — letters and digits replaced by {@code *}, separators kept, the last {@code n}
 *       letters/digits visible: {@code **** **** **** 4242};</li>
 *   <li>{@link #keyedHash()} — a token {@code [EMAIL:3f9a1c0b7e52]} from a keyed PRF of the value: stable for the
 *       same key and value, not reversible without the key (the key is configured on the implementation);</li>
 *   <li>{@link #remove()} — nothing.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class RedactionOperator {

    /** The kind of replacement. */
    public enum Kind {
        /** {@code [TYPE]}. */
        TAG,
        /** Mask characters, keep the last N letters or digits. */
        MASK,
        /** Keyed, non-reversible hash token. */
        KEYED_HASH,
        /** Delete the span. */
        REMOVE
    }

    private static final RedactionOperator TAG = new RedactionOperator(Kind.TAG, '*', 0);
    private static final RedactionOperator HASH = new RedactionOperator(Kind.KEYED_HASH, '*', 0);
    private static final RedactionOperator REMOVE = new RedactionOperator(Kind.REMOVE, '*', 0);

    private final Kind kind;
    private final char maskChar;
    private final int keepLast;

    private RedactionOperator(Kind kind, char maskChar, int keepLast) {
        this.kind = kind;
        this.maskChar = maskChar;
        this.keepLast = keepLast;
    }

    /** Replace with {@code [TYPE]}. */
    public static RedactionOperator tag() {
        return TAG;
    }

    /**
     * Mask letters and digits with {@code *}, keeping separators and the last {@code keepLast} letters/digits.
     *
     * @throws IllegalArgumentException if {@code keepLast} is negative or above 8
     */
    public static RedactionOperator mask(int keepLast) {
        return mask('*', keepLast);
    }

    /**
     * Mask letters and digits with {@code maskChar}, keeping separators and the last {@code keepLast}
     * letters/digits. At most 8 may be kept, and never more than half of the value's letters/digits.
     *
     * @throws IllegalArgumentException if {@code keepLast} is outside [0, 8] or {@code maskChar} is a letter or digit
     */
    public static RedactionOperator mask(char maskChar, int keepLast) {
        if (keepLast < 0 || keepLast > 8) {
            throw new IllegalArgumentException("keepLast must be in [0, 8]: " + keepLast);
        }
        if (Character.isLetterOrDigit(maskChar)) {
            throw new IllegalArgumentException("mask character must not be a letter or digit");
        }
        return new RedactionOperator(Kind.MASK, maskChar, keepLast);
    }

    /** Replace with a keyed hash token; the implementation must be configured with a key. */
    public static RedactionOperator keyedHash() {
        return HASH;
    }

    /** Remove the span. */
    public static RedactionOperator remove() {
        return REMOVE;
    }

    /** The kind of replacement. */
    public Kind kind() {
        return kind;
    }

    /** Mask character; meaningful for {@link Kind#MASK}. */
    public char maskChar() {
        return maskChar;
    }

    /** How many trailing letters/digits a mask keeps; 0 for other kinds. */
    public int keepLast() {
        return keepLast;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RedactionOperator && ((RedactionOperator) o).kind == kind
                && ((RedactionOperator) o).maskChar == maskChar && ((RedactionOperator) o).keepLast == keepLast;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, maskChar, keepLast);
    }

    @Override
    public String toString() {
        return kind == Kind.MASK ? "mask(" + maskChar + ", keepLast=" + keepLast + ")" : kind.name().toLowerCase(Locale.ROOT);
    }
}
