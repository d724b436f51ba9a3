package dev.privacyai.redaction;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The kind of personal data a {@link Finding} is about, such as {@link #EMAIL} or {@link #CREDIT_CARD}.
 *
 * <p>The set is open: besides the well-known constants below, hosts define their own types with
 * {@link #of(String)} (for example {@code EntityType.of("LOYALTY_ID")}). Two entity types are equal when their
 * names are equal. A name is upper case ASCII letters, digits and underscores, starting with a letter, at most
 * 64 characters; the same names are used in evaluation files, tags such as {@code [EMAIL]} and metrics labels.
 *
 * <p>Instances are immutable and thread-safe. There is no global registry: {@code of} never mutates shared state.
 */
public final class EntityType implements Comparable<EntityType> {

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /** A person's name. */
    public static final EntityType PERSON = new EntityType("PERSON");
    /** A place: street address, city, region or country. */
    public static final EntityType LOCATION = new EntityType("LOCATION");
    /** A company or other organization. */
    public static final EntityType ORGANIZATION = new EntityType("ORGANIZATION");
    /** An e-mail address. */
    public static final EntityType EMAIL = new EntityType("EMAIL");
    /** A telephone number, national or international, with or without extension. */
    public static final EntityType PHONE = new EntityType("PHONE");
    /** A payment card number (PAN), Luhn-valid and within a known issuer range. */
    public static final EntityType CREDIT_CARD = new EntityType("CREDIT_CARD");
    /** A card verification value (CVV/CVC), 3 or 4 digits, only next to card context. */
    public static final EntityType CVV = new EntityType("CVV");
    /** A card expiry date such as {@code 04/27}, only next to card context. */
    public static final EntityType CARD_EXPIRY = new EntityType("CARD_EXPIRY");
    /** An International Bank Account Number, per-country length and mod-97 checked. */
    public static final EntityType IBAN = new EntityType("IBAN");
    /** A US Social Security Number. */
    public static final EntityType US_SSN = new EntityType("US_SSN");
    /** A US Individual Taxpayer Identification Number. */
    public static final EntityType US_ITIN = new EntityType("US_ITIN");
    /** A US ABA bank routing number (checksum validated). */
    public static final EntityType US_BANK_ROUTING = new EntityType("US_BANK_ROUTING");
    /** A US bank account number (context-gated). */
    public static final EntityType US_BANK_NUMBER = new EntityType("US_BANK_NUMBER");
    /** A US passport number (context-gated). */
    public static final EntityType US_PASSPORT = new EntityType("US_PASSPORT");
    /** A US driver's license number (context-gated). */
    public static final EntityType US_DRIVER_LICENSE = new EntityType("US_DRIVER_LICENSE");
    /** A US DEA / medical license number (checksum validated). */
    public static final EntityType MEDICAL_LICENSE = new EntityType("MEDICAL_LICENSE");
    /** A US National Provider Identifier (Luhn with the 80840 prefix). */
    public static final EntityType US_NPI = new EntityType("US_NPI");
    /** A US Medicare Beneficiary Identifier. */
    public static final EntityType US_MBI = new EntityType("US_MBI");
    /** A UK National Insurance number. */
    public static final EntityType UK_NINO = new EntityType("UK_NINO");
    /** A UK NHS number (mod-11 checked). */
    public static final EntityType UK_NHS = new EntityType("UK_NHS");
    /** A UK postcode. */
    public static final EntityType UK_POSTCODE = new EntityType("UK_POSTCODE");
    /** A UK passport number (context-gated). */
    public static final EntityType UK_PASSPORT = new EntityType("UK_PASSPORT");
    /** A UK driving licence number. */
    public static final EntityType UK_DRIVING_LICENCE = new EntityType("UK_DRIVING_LICENCE");
    /**
     * A UK bank sort code: six digits ({@code NN-NN-NN}, {@code NN NN NN} or {@code NNNNNN}) that identify a bank
     * branch (context-gated: only next to a sort-code cue or after a prompt asking for it).
     */
    public static final EntityType UK_SORT_CODE = new EntityType("UK_SORT_CODE");
    /** A UK vehicle registration (number plate). */
    public static final EntityType UK_VEHICLE_REGISTRATION = new EntityType("UK_VEHICLE_REGISTRATION");
    /** An IPv4 or IPv6 address (parsed, not just matched). */
    public static final EntityType IP_ADDRESS = new EntityType("IP_ADDRESS");
    /** A network MAC address. */
    public static final EntityType MAC_ADDRESS = new EntityType("MAC_ADDRESS");
    /** A URL or bare domain name. */
    public static final EntityType URL = new EntityType("URL");
    /** A cryptocurrency wallet address (Bitcoin base58check or bech32 validated). */
    public static final EntityType CRYPTO = new EntityType("CRYPTO");
    /** A date of birth: a date with birth context. */
    public static final EntityType DATE_OF_BIRTH = new EntityType("DATE_OF_BIRTH");
    /** A calendar date. */
    public static final EntityType DATE = new EntityType("DATE");
    /** A postal / ZIP code (context-gated). */
    public static final EntityType ZIP_CODE = new EntityType("ZIP_CODE");
    /** An account, customer or member number (context-gated). */
    public static final EntityType ACCOUNT_NUMBER = new EntityType("ACCOUNT_NUMBER");
    /** A secret the customer types: PIN, password, passcode, security answer (context-gated). */
    public static final EntityType SECRET = new EntityType("SECRET");

    private static final List<EntityType> WELL_KNOWN = List.of(
            PERSON, LOCATION, ORGANIZATION, EMAIL, PHONE, CREDIT_CARD, CVV, CARD_EXPIRY, IBAN, US_SSN, US_ITIN,
            US_BANK_ROUTING, US_BANK_NUMBER, US_PASSPORT, US_DRIVER_LICENSE, MEDICAL_LICENSE, US_NPI, US_MBI,
            UK_NINO, UK_NHS, UK_POSTCODE, UK_PASSPORT, UK_DRIVING_LICENCE, UK_SORT_CODE, UK_VEHICLE_REGISTRATION,
            IP_ADDRESS, MAC_ADDRESS, URL, CRYPTO, DATE_OF_BIRTH, DATE, ZIP_CODE, ACCOUNT_NUMBER, SECRET);

    private final String name;

    private EntityType(String name) {
        this.name = name;
    }

    /**
     * Returns the entity type with this name: the well-known constant when there is one, otherwise a new
     * host-defined type equal to every other type of the same name.
     *
     * @param name upper-case name such as {@code "LOYALTY_ID"}
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if the name is not of the form {@code [A-Z][A-Z0-9_]{0,63}}
     */
    public static EntityType of(String name) {
        Objects.requireNonNull(name, "name");
        for (EntityType known : WELL_KNOWN) {
            if (known.name.equals(name)) {
                return known;
            }
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "entity type name must match [A-Z][A-Z0-9_]{0,63}, length was " + name.length());
        }
        return new EntityType(name);
    }

    /** The well-known entity types this API defines, in a stable order. */
    public static List<EntityType> wellKnown() {
        return WELL_KNOWN;
    }

    /** The upper-case name, for example {@code "EMAIL"}. */
    public String name() {
        return name;
    }

    @Override
    public int compareTo(EntityType other) {
        return name.compareTo(other.name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EntityType && ((EntityType) o).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** The name, for example {@code "EMAIL"}. */
    @Override
    public String toString() {
        return name;
    }
}
