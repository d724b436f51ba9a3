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
                ipAddress(),
                macAddress(),
                url(),
                crypto(),
                date(),
                dateOfBirth(),
                zipCode(),
                ukPostcode(),
                cvv(),
                cardExpiry(),
                secret());
    }

    /** EMAIL: addresses with a validated domain. */
    public static Detector email() {
        return new EmailDetector();
    }

    /** CREDIT_CARD: Luhn-valid numbers in known issuer ranges, grouped or not. */
    public static Detector creditCard() {
        return new CreditCardDetector();
    }

    /** IP_ADDRESS: IPv4 dotted quads and IPv6 (full, compressed, IPv4-mapped, zoned), strictly parsed, no DNS. */
    public static Detector ipAddress() {
        return new IpAddressDetector();
    }

    /** MAC_ADDRESS: six hex pairs with ':' or '-', or the Cisco dotted 3x4 hex form. */
    public static Detector macAddress() {
        return new MacAddressDetector();
    }

    /** URL: scheme URLs, www. hosts and bare domains with a known TLD; never an e-mail's domain or a file name. */
    public static Detector url() {
        return new UrlDetector();
    }

    /** CRYPTO: Bitcoin Base58Check and Bech32/Bech32m addresses (checksum-validated); Ethereum with context. */
    public static Detector crypto() {
        return new CryptoDetector();
    }

    /** DATE: numeric, written, weekday and relative dates, with validated day/month ranges. */
    public static Detector date() {
        return new DateDetector();
    }

    /** DATE_OF_BIRTH: a date with birth context (text or assistant prompt); outscores DATE for the same span. */
    public static Detector dateOfBirth() {
        return new DateOfBirthDetector();
    }

    /** ZIP_CODE (context-gated): US ZIP after a state or a postal cue; other countries' postcodes after a cue. */
    public static Detector zipCode() {
        return new ZipCodeDetector();
    }

    /** UK_POSTCODE: full UK postcode format; high score in upper case or with context, low otherwise. */
    public static Detector ukPostcode() {
        return new UkPostcodeDetector();
    }

    /** CVV (context-gated): 3-4 digits after a card security code cue or prompt. */
    public static Detector cvv() {
        return new CvvDetector();
    }

    /** CARD_EXPIRY (context-gated): MM/YY or MM/YYYY after an expiry cue or prompt. */
    public static Detector cardExpiry() {
        return new CardExpiryDetector();
    }

    /** SECRET (context-gated): PIN, password, passcode, OTP or security answer typed after a cue or prompt. */
    public static Detector secret() {
        return new SecretDetector();
    }
}
