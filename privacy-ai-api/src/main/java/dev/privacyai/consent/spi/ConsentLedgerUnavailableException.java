package dev.privacyai.consent.spi;

/**
 * Thrown by a {@link ConsentLedger} that cannot be read or written: storage unreachable, closed, or corrupted.
 * Policies turn it into a denial ({@link dev.privacyai.consent.ConsentReason#LEDGER_UNAVAILABLE}). Messages
 * never contain subject ids or evidence.
 */
public class ConsentLedgerUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what failed, without personal data */
    public ConsentLedgerUnavailableException(String message) {
        super(message);
    }

    /** @param message what failed, without personal data; @param cause the underlying failure */
    public ConsentLedgerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
