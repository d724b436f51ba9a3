package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.spi.Detector;

import java.util.List;

/**
 * Factories for the built-in {@link Detector}s. Each is immutable, thread-safe, validates what it finds (checksum,
 * parse, issuer range) where the identifier has a validation, and uses context words to raise or lower its score.
 * {@link #defaults()} is what {@link DefaultRedactor#builder()} starts with.
 */
public final class Detectors {

    private Detectors() {
    }

    /** Every built-in detector, in a stable order. */
    public static List<Detector> defaults() {
        return List.of(
                email(),
                creditCard());
    }

    /** EMAIL: addresses with a validated domain. */
    public static Detector email() {
        return new EmailDetector();
    }

    /** CREDIT_CARD: Luhn-valid numbers in known issuer ranges, grouped or not. */
    public static Detector creditCard() {
        return new CreditCardDetector();
    }
}
