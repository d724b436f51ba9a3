package dev.privacyai.pseudonym;

/** What re-identification puts back for a placeholder, per entity type (see {@link ReidentificationPolicy}). */
public enum ReinsertionMode {
    /** The original value. */
    ORIGINAL,
    /**
     * A masked form: for values with at least 8 letters or digits, {@code ****} and the last four of them
     * (a card becomes {@code **** 4242}); for an email the first character, {@code ***} and the domain; otherwise
     * as many {@code *} as the value has characters.
     */
    MASKED,
    /** Nothing of the value: the type in brackets, e.g. {@code [CVV]}. */
    WITHHELD
}
