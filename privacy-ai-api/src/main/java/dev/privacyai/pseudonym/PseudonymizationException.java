package dev.privacyai.pseudonym;

/**
 * Pseudonymization, re-identification or a vault operation could not be completed (fail closed: no partially
 * processed text is returned). The message names the failing step, never a value, id or text.
 */
public class PseudonymizationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception; {@code message} must not contain personal data. */
    public PseudonymizationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception; {@code message} must not contain personal data. */
    public PseudonymizationException(String message) {
        super(message);
    }
}
