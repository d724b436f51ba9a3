package dev.privacyai.guard;

/**
 * A guarded turn could not be completed: the model call, a guard step or the audit sink failed. The guard fails
 * closed: no reply that skipped a step is returned. The message names the failing step and the cause's class,
 * never text, values or ids.
 */
public class GuardException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception; {@code message} must not contain personal data. */
    public GuardException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception; {@code message} must not contain personal data. */
    public GuardException(String message) {
        super(message);
    }
}
