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
                usSsn(),
                usItin(),
                usBankRouting(),
                usBankNumber(),
                usPassport(),
                usDriverLicense(),
                medicalLicense(),
                usNpi(),
                usMbi(),
                ukNino(),
                ukNhs(),
                ukPassport(),
                ukDrivingLicence(),
                ukVehicleRegistration(),
                iban(),
                accountNumber());
    }

    /** EMAIL: addresses with a validated domain. */
    public static Detector email() {
        return new EmailDetector();
    }

    /** CREDIT_CARD: Luhn-valid numbers in known issuer ranges, grouped or not. */
    public static Detector creditCard() {
        return new CreditCardDetector();
    }

    /** US_SSN: 3-2-4 or contiguous nine digits in SSA-issued ranges, sample numbers rejected; context-raised. */
    public static Detector usSsn() {
        return new UsSsnDetector();
    }

    /** US_ITIN: 9xx-xx-xxxx with the group in an IRS ITIN range; contiguous form needs tax context. */
    public static Detector usItin() {
        return new UsItinDetector();
    }

    /** US_BANK_ROUTING: ABA checksum and Federal Reserve prefix; needs routing/bank context to pass 0.5. */
    public static Detector usBankRouting() {
        return new UsBankRoutingDetector();
    }

    /** US_BANK_NUMBER: 8-17 digits, reported above 0.5 only with bank-account context. */
    public static Detector usBankNumber() {
        return new UsBankNumberDetector();
    }

    /** US_PASSPORT: nine digits or a letter and eight digits, reported above 0.5 only with passport context. */
    public static Detector usPassport() {
        return new UsPassportDetector();
    }

    /** US_DRIVER_LICENSE: common state shapes, reported above 0.5 only with driver's-license context. */
    public static Detector usDriverLicense() {
        return new UsDriverLicenseDetector();
    }

    /** MEDICAL_LICENSE: US DEA registration numbers with a valid check digit; DEA context raises the score. */
    public static Detector medicalLicense() {
        return new MedicalLicenseDetector();
    }

    /** US_NPI: ten digits, Luhn-valid with the 80840 prefix; contiguous form needs provider context. */
    public static Detector usNpi() {
        return new UsNpiDetector();
    }

    /** US_MBI: Medicare Beneficiary Identifiers by the CMS position rules; compact form needs context. */
    public static Detector usMbi() {
        return new UsMbiDetector();
    }

    /** UK_NINO: National Insurance numbers with HMRC prefix rules, spaced or compact, either case. */
    public static Detector ukNino() {
        return new UkNinoDetector();
    }

    /** UK_NHS: ten digits, 3-3-4 or contiguous, NHS mod-11 valid; phone-like numbers need NHS context. */
    public static Detector ukNhs() {
        return new UkNhsDetector();
    }

    /** UK_PASSPORT: two letters and seven digits (or nine digits with British context), passport context required. */
    public static Detector ukPassport() {
        return new UkPassportDetector();
    }

    /** UK_DRIVING_LICENCE: 16-character DVLA driver numbers with a valid embedded birth date. */
    public static Detector ukDrivingLicence() {
        return new UkDrivingLicenceDetector();
    }

    /** UK_VEHICLE_REGISTRATION: current-format plates with valid age identifier; older formats need context. */
    public static Detector ukVehicleRegistration() {
        return new UkVehicleRegistrationDetector();
    }

    /** IBAN: registered per-country length and mod-97, compact or grouped, upper or lower case. */
    public static Detector iban() {
        return new IbanDetector();
    }

    /** ACCOUNT_NUMBER: 6-20 digits right after an account/customer/member/policy/loyalty number cue. */
    public static Detector accountNumber() {
        return new AccountNumberDetector();
    }
}
