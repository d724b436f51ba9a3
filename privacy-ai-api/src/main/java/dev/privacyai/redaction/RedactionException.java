package dev.privacyai.redaction;

/**
 * Redaction could not be completed, so no redacted text is returned (fail closed). The message names the
 * failing component, never the text being redacted.
 */
public class RedactionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception; {@code message} must not contain personal data. */
    public RedactionException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception; {@code message} must not contain personal data. */
    public RedactionException(String message) {
        super(message);
    }
}
