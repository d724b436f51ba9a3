package dev.privacyai.pseudonym;

/** How a {@link Pseudonymizer} writes the stand-in for a value. */
public enum PlaceholderStyle {
    /** A tag naming type and number, e.g. {@code <PERSON_1>}, {@code <EMAIL_2>}. */
    TAG,
    /**
     * A tag whose number is drawn per conversation, e.g. {@code <EMAIL_48213>}: consistent within the conversation
     * and distinct across conversations (with high probability), so a tag copied from another conversation is
     * recognised as unknown instead of matching this conversation's entry with the same sequence number. Mangled
     * shapes are recognised as for {@link #TAG}.
     */
    SCOPED_TAG,
    /**
     * A realistic but fake, well-formed value of the same type (a name from a built-in list, an address at a
     * reserved example domain, a phone number in a fictional range, a Luhn-valid test card number), so the model
     * writes natural text. Types without a surrogate generator fall back to {@link #TAG}. Surrogates are chosen
     * never to equal a value already in the conversation and are reversed case-insensitively.
     */
    SURROGATE
}
