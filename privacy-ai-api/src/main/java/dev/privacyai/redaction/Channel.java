package dev.privacyai.redaction;

/**
 * Where the customer's text comes from. Detectors may use it: voice transcripts spell digits as words and
 * lose punctuation, e-mails carry signatures.
 */
public enum Channel {
    /** Typed chat or messaging. The default. */
    CHAT,
    /** E-mail, including signatures and quoted replies. */
    EMAIL,
    /** A speech-to-text transcript of a call. */
    VOICE
}
