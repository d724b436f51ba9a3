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

    /**
     * Every built-in detector, in a stable order: the {@link #structured()} ones, then {@link #person()},
     * {@link #location()} and {@link #knownIdentifiers()}. The free-text detectors load the OpenNLP models on
     * first use (once per JVM) and cost far more per character than the structured ones.
     */
    public static List<Detector> defaults() {
        List<Detector> all = new java.util.ArrayList<>(structured());
        all.add(person());
        all.add(location());
        all.add(knownIdentifiers());
        return List.copyOf(all);
    }

    /**
     * The structured-identifier detectors only (e-mail, cards, national IDs, phone, dates, ...): the fast path,
     * with no model loading; redacts no names or addresses except the customer profile's values via
     * {@link #knownIdentifiers()} if you add it.
     */
    public static List<Detector> structured() {
        return List.of(
                email(),
                creditCard(),
                usSsn(),
                usItin(),
                usBankRouting(),
                usBankNumber(),
                ukSortCode(),
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
                accountNumber(),
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
                secret(),
                promptedNumbers(),
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

    /**
     * UK_SORT_CODE (context-gated): NN-NN-NN, NN NN NN or NNNNNN after a sort-code cue in the same sentence or a
     * prompt asking for it; six digits without such a cue are never reported.
     */
    public static Detector ukSortCode() {
        return new UkSortCodeDetector();
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

    /**
     * CREDIT_CARD, US_SSN, UK_NHS, ACCOUNT_NUMBER or PHONE for digit groups that answer the assistant's request for
     * that number, even when they are only a part of it ("Can I have the long card number?" - "4111 1111"): a short
     * reply of digit groups and answer words only, after a prompt that names the number. Does nothing without a
     * {@link dev.privacyai.redaction.RedactionContext#previousAssistantPrompt() previous prompt}.
     */
    public static Detector promptedNumbers() {
        return new PromptedNumberDetector();
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

    /**
     * PERSON in free text: the project's OpenNLP name-finder model (shipped in this jar, regenerated bit-for-bit
     * by {@code tools/train-name-model.sh}), cue phrases ("my name is", "Mr", sign-offs) and a guarded name
     * gazetteer; days, months, speaker labels, job titles, products and brands are rejected.
     */
    public static Detector person() {
        return new PersonDetector();
    }

    /**
     * LOCATION: street addresses (US, UK, DE, FR formats with unit, city, postcode), "City, ST 12345" and
     * postcode + city, gazetteer places, and LOCATION spans of the shipped name-finder model.
     */
    public static Detector location() {
        return new LocationDetector();
    }

    /**
     * The customer's own values from {@link dev.privacyai.redaction.RedactionContext#customerProfile()}: full
     * name, first name or surname alone, any case, possessive, one-edit typos for name parts of 5+ letters;
     * e-mails case-insensitively; phones and identifiers by their digits/letters whatever the separators;
     * addresses line by line. Reports nothing when the profile is empty.
     */
    public static Detector knownIdentifiers() {
        return new KnownIdentifierDetector();
    }

    /**
     * A detector running your own OpenNLP {@link opennlp.tools.namefind.TokenNameFinderModel} (any language or
     * domain) over the text, tokenized and sentence-split with the English OpenNLP models; spans of the model's
     * type {@code modelType} (e.g. "person") are reported as {@code entityType}, scored
     * {@code 0.4 + 0.55 * probability}. Train one with {@code tools/train-name-model.sh --corpus FILE --out DIR}.
     *
     * @param name a short stable detector name
     */
    public static Detector openNlpNameFinder(String name, opennlp.tools.namefind.TokenNameFinderModel model,
                                             String modelType, dev.privacyai.redaction.EntityType entityType) {
        return new OpenNlpNameFinderDetector(name, model, java.util.Map.of(modelType, entityType));
    }

    /**
     * Like {@link #openNlpNameFinder(String, opennlp.tools.namefind.TokenNameFinderModel, String,
     * dev.privacyai.redaction.EntityType)} with the model loaded from a file.
     *
     * @throws java.io.UncheckedIOException if the file cannot be read or is not a name-finder model
     */
    public static Detector openNlpNameFinder(String name, java.nio.file.Path modelFile, String modelType,
                                             dev.privacyai.redaction.EntityType entityType) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(modelFile)) {
            return openNlpNameFinder(name, new opennlp.tools.namefind.TokenNameFinderModel(in), modelType, entityType);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot load name-finder model", e);
        } catch (RuntimeException e) {
            throw new java.io.UncheckedIOException("not a name-finder model",
                    new java.io.IOException(e.getClass().getName()));
        }
    }

    /**
     * Like {@link #openNlpNameFinder(String, java.nio.file.Path, String, dev.privacyai.redaction.EntityType)}
     * with the model loaded from a classpath resource (absolute path, e.g. "/models/de-person.bin").
     *
     * @throws IllegalStateException if the resource is missing
     * @throws java.io.UncheckedIOException if it is not a name-finder model
     */
    public static Detector openNlpNameFinderFromClasspath(String name, String resource, String modelType,
                                                         dev.privacyai.redaction.EntityType entityType) {
        opennlp.tools.namefind.TokenNameFinderModel model =
                NlpModels.load(resource, opennlp.tools.namefind.TokenNameFinderModel::new);
        return openNlpNameFinder(name, model, modelType, entityType);
    }
}
