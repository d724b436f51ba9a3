package dev.privacyai.consent;

import dev.privacyai.redaction.EntityType;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A kind of personal data as consent and purpose rules see it, such as {@link #CONTACT} or {@link #FINANCIAL}.
 * Coarser than {@link EntityType}: {@link #of(EntityType)} maps every entity type the redactor finds to a
 * category, so a consent decision can say "AI answering is allowed, but {@code FINANCIAL} data must be removed
 * first" and the host knows which findings to redact.
 *
 * <p>Default mapping ({@link #of(EntityType)}):
 * <table>
 * <caption>Entity type to data category</caption>
 * <tr><th>Entity types</th><th>Category</th><th>fideslang data category</th></tr>
 * <tr><td>EMAIL, PHONE</td><td>CONTACT</td><td>user.contact</td></tr>
 * <tr><td>PERSON, UK_VEHICLE_REGISTRATION</td><td>IDENTITY</td><td>user.name</td></tr>
 * <tr><td>US_SSN, US_ITIN, US_PASSPORT, US_DRIVER_LICENSE, UK_NINO, UK_PASSPORT, UK_DRIVING_LICENCE,
 *     MEDICAL_LICENSE, US_NPI</td><td>IDENTITY_DOCUMENT</td><td>user.government_id</td></tr>
 * <tr><td>CREDIT_CARD, CVV, CARD_EXPIRY, IBAN, US_BANK_NUMBER, US_BANK_ROUTING, UK_SORT_CODE, CRYPTO</td>
 *     <td>FINANCIAL</td><td>user.financial</td></tr>
 * <tr><td>UK_NHS, US_MBI</td><td>HEALTH</td><td>user.health_and_medical</td></tr>
 * <tr><td>LOCATION, ZIP_CODE, UK_POSTCODE</td><td>LOCATION</td><td>user.contact.address</td></tr>
 * <tr><td>DATE_OF_BIRTH</td><td>DEMOGRAPHIC</td><td>user.demographic</td></tr>
 * <tr><td>IP_ADDRESS, MAC_ADDRESS, URL</td><td>ONLINE_IDENTIFIER</td><td>user.device</td></tr>
 * <tr><td>ACCOUNT_NUMBER</td><td>ACCOUNT</td><td>user.unique_id</td></tr>
 * <tr><td>SECRET</td><td>CREDENTIALS</td><td>user.authorization.credentials</td></tr>
 * <tr><td>ORGANIZATION, DATE</td><td>CONVERSATION_CONTENT</td><td>user.content.private</td></tr>
 * <tr><td>any other (host-defined) type</td><td>UNCLASSIFIED</td><td>user</td></tr>
 * </table>
 * Unknown entity types map to {@link #UNCLASSIFIED}, which the default rules treat as sensitive: no purpose
 * permits it unless a host rule says so, so an unclassified finding is always removed first. Hosts classify
 * their own entity types with {@link #of(EntityType, Map)} and define their own categories with {@link #of(String)}.
 *
 * <p>The set is open: names are upper-case ASCII letters, digits and underscores, starting with a letter, at
 * most 64 characters; equal names mean equal categories. Immutable and thread-safe.
 */
public final class DataCategory implements Comparable<DataCategory> {

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /** E-mail addresses and phone numbers. fideslang {@code user.contact}. */
    public static final DataCategory CONTACT = new DataCategory("CONTACT", "user.contact");
    /** Names and other direct identifiers of the person. fideslang {@code user.name}. */
    public static final DataCategory IDENTITY = new DataCategory("IDENTITY", "user.name");
    /** Government and professional identity numbers. fideslang {@code user.government_id}. */
    public static final DataCategory IDENTITY_DOCUMENT = new DataCategory("IDENTITY_DOCUMENT", "user.government_id");
    /** Payment cards, bank accounts, wallets. fideslang {@code user.financial}. */
    public static final DataCategory FINANCIAL = new DataCategory("FINANCIAL", "user.financial");
    /** Health and medical identifiers and information (special category). fideslang {@code user.health_and_medical}. */
    public static final DataCategory HEALTH = new DataCategory("HEALTH", "user.health_and_medical");
    /** Addresses, places, postal codes. fideslang {@code user.contact.address}. */
    public static final DataCategory LOCATION = new DataCategory("LOCATION", "user.contact.address");
    /** Date of birth, age, gender. fideslang {@code user.demographic}. */
    public static final DataCategory DEMOGRAPHIC = new DataCategory("DEMOGRAPHIC", "user.demographic");
    /** IP and MAC addresses, URLs. fideslang {@code user.device}. */
    public static final DataCategory ONLINE_IDENTIFIER = new DataCategory("ONLINE_IDENTIFIER", "user.device");
    /** Customer, member and account numbers. fideslang {@code user.unique_id}. */
    public static final DataCategory ACCOUNT = new DataCategory("ACCOUNT", "user.unique_id");
    /** Passwords, PINs, security answers. fideslang {@code user.authorization.credentials}. */
    public static final DataCategory CREDENTIALS = new DataCategory("CREDENTIALS", "user.authorization.credentials");
    /** What the customer says, apart from the identifiers above. fideslang {@code user.content.private}. */
    public static final DataCategory CONVERSATION_CONTENT =
            new DataCategory("CONVERSATION_CONTENT", "user.content.private");
    /** Personal data of a kind this library does not classify; treated as sensitive. fideslang {@code user}. */
    public static final DataCategory UNCLASSIFIED = new DataCategory("UNCLASSIFIED", "user");

    private static final List<DataCategory> WELL_KNOWN = List.of(CONTACT, IDENTITY, IDENTITY_DOCUMENT, FINANCIAL,
            HEALTH, LOCATION, DEMOGRAPHIC, ONLINE_IDENTIFIER, ACCOUNT, CREDENTIALS, CONVERSATION_CONTENT,
            UNCLASSIFIED);

    private static final Map<EntityType, DataCategory> DEFAULT_MAPPING = Map.ofEntries(
            Map.entry(EntityType.EMAIL, CONTACT),
            Map.entry(EntityType.PHONE, CONTACT),
            Map.entry(EntityType.PERSON, IDENTITY),
            Map.entry(EntityType.UK_VEHICLE_REGISTRATION, IDENTITY),
            Map.entry(EntityType.US_SSN, IDENTITY_DOCUMENT),
            Map.entry(EntityType.US_ITIN, IDENTITY_DOCUMENT),
            Map.entry(EntityType.US_PASSPORT, IDENTITY_DOCUMENT),
            Map.entry(EntityType.US_DRIVER_LICENSE, IDENTITY_DOCUMENT),
            Map.entry(EntityType.UK_NINO, IDENTITY_DOCUMENT),
            Map.entry(EntityType.UK_PASSPORT, IDENTITY_DOCUMENT),
            Map.entry(EntityType.UK_DRIVING_LICENCE, IDENTITY_DOCUMENT),
            Map.entry(EntityType.MEDICAL_LICENSE, IDENTITY_DOCUMENT),
            Map.entry(EntityType.US_NPI, IDENTITY_DOCUMENT),
            Map.entry(EntityType.CREDIT_CARD, FINANCIAL),
            Map.entry(EntityType.CVV, FINANCIAL),
            Map.entry(EntityType.CARD_EXPIRY, FINANCIAL),
            Map.entry(EntityType.IBAN, FINANCIAL),
            Map.entry(EntityType.US_BANK_NUMBER, FINANCIAL),
            Map.entry(EntityType.US_BANK_ROUTING, FINANCIAL),
            Map.entry(EntityType.UK_SORT_CODE, FINANCIAL),
            Map.entry(EntityType.CRYPTO, FINANCIAL),
            Map.entry(EntityType.UK_NHS, HEALTH),
            Map.entry(EntityType.US_MBI, HEALTH),
            Map.entry(EntityType.LOCATION, LOCATION),
            Map.entry(EntityType.ZIP_CODE, LOCATION),
            Map.entry(EntityType.UK_POSTCODE, LOCATION),
            Map.entry(EntityType.DATE_OF_BIRTH, DEMOGRAPHIC),
            Map.entry(EntityType.IP_ADDRESS, ONLINE_IDENTIFIER),
            Map.entry(EntityType.MAC_ADDRESS, ONLINE_IDENTIFIER),
            Map.entry(EntityType.URL, ONLINE_IDENTIFIER),
            Map.entry(EntityType.ACCOUNT_NUMBER, ACCOUNT),
            Map.entry(EntityType.SECRET, CREDENTIALS),
            Map.entry(EntityType.ORGANIZATION, CONVERSATION_CONTENT),
            Map.entry(EntityType.DATE, CONVERSATION_CONTENT));

    private final String name;
    private final String fideslangCategory;

    private DataCategory(String name, String fideslangCategory) {
        this.name = name;
        this.fideslangCategory = fideslangCategory;
    }

    /**
     * Returns the category with this name: the well-known constant when there is one, otherwise a host-defined
     * category.
     *
     * @throws IllegalArgumentException if the name is not of the form {@code [A-Z][A-Z0-9_]{0,63}}
     */
    public static DataCategory of(String name) {
        Objects.requireNonNull(name, "name");
        for (DataCategory known : WELL_KNOWN) {
            if (known.name.equals(name)) {
                return known;
            }
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "data category name must match [A-Z][A-Z0-9_]{0,63}, length was " + name.length());
        }
        return new DataCategory(name, null);
    }

    /**
     * The default category of an entity type (see the table above); {@link #UNCLASSIFIED} for types it does not
     * know.
     */
    public static DataCategory of(EntityType type) {
        Objects.requireNonNull(type, "type");
        return DEFAULT_MAPPING.getOrDefault(type, UNCLASSIFIED);
    }

    /**
     * The category of an entity type, looking first in the host's own mapping, then in the default one.
     *
     * @param hostMapping host-defined types (or overrides) to categories
     */
    public static DataCategory of(EntityType type, Map<EntityType, DataCategory> hostMapping) {
        DataCategory c = hostMapping.get(Objects.requireNonNull(type, "type"));
        return c != null ? c : of(type);
    }

    /** The categories of these entity types under the default mapping, sorted by name. */
    public static Set<DataCategory> ofAll(Collection<EntityType> types) {
        Set<DataCategory> out = new TreeSet<>();
        for (EntityType t : types) {
            out.add(of(t));
        }
        return out;
    }

    /** The well-known categories, in a stable order. */
    public static List<DataCategory> wellKnown() {
        return WELL_KNOWN;
    }

    /** The upper-case name, for example {@code "FINANCIAL"}. */
    public String name() {
        return name;
    }

    /** The fideslang data category key; empty for host-defined categories. */
    public Optional<String> fideslangCategory() {
        return Optional.ofNullable(fideslangCategory);
    }

    @Override
    public int compareTo(DataCategory other) {
        return name.compareTo(other.name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataCategory && ((DataCategory) o).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** The name. */
    @Override
    public String toString() {
        return name;
    }
}
