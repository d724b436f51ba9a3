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
                creditCard(),
                phone());
    }

    /** EMAIL: addresses with a validated domain. */
    public static Detector email() {
        return new EmailDetector();
    }

    /** CREDIT_CARD: Luhn-valid numbers in known issuer ranges, grouped or not. */
    public static Detector creditCard() {
        return new CreditCardDetector();
    }

    /**
     * PHONE: international and national telephone numbers with optional extension, scored by shape,
     * libphonenumber validity and context; national numbers are tried for the context's regions first, then
     * US, GB, DE, FR, ES, IT, NL, IN, AU, CA.
     */
    public static Detector phone() {
        return new PhoneDetector();
    }

    /**
     * PHONE with the given default regions (ISO 3166-1 alpha-2 codes such as "US", "DE") instead of the built-in
     * ones; the context's regions are still tried first.
     *
     * @throws IllegalArgumentException if a code is not a region libphonenumber supports
     */
    public static Detector phone(String... defaultRegions) {
        return new PhoneDetector(defaultRegions);
    }
}
