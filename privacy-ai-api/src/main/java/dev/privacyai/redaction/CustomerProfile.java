package dev.privacyai.redaction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the host already knows about the customer in a conversation: their name, e-mail addresses, phone numbers,
 * postal addresses and identifiers (account, customer, policy, ticket numbers, ...). Passed in a
 * {@link RedactionContext}, it lets a redactor remove exactly these values wherever they appear, in the shapes
 * people type them (other case, first name or surname alone, possessive, small typos, phone digits grouped
 * differently).
 *
 * <p>Values are kept as given; blank values are ignored. Immutable and thread-safe. {@link #toString()} prints
 * only how many values of each kind the profile holds, never a value.
 */
public final class CustomerProfile {

    private static final CustomerProfile EMPTY = builder().build();

    private final String fullName;
    private final List<String> names;
    private final List<String> emails;
    private final List<String> phones;
    private final List<String> addresses;
    private final Map<String, EntityType> identifiers;

    private CustomerProfile(Builder b) {
        this.fullName = b.fullName;
        this.names = List.copyOf(b.names);
        this.emails = List.copyOf(b.emails);
        this.phones = List.copyOf(b.phones);
        this.addresses = List.copyOf(b.addresses);
        this.identifiers = Collections.unmodifiableMap(new LinkedHashMap<>(b.identifiers));
    }

    /** A profile with no values. */
    public static CustomerProfile empty() {
        return EMPTY;
    }

    /** Starts an empty profile. */
    public static Builder builder() {
        return new Builder();
    }

    /** The customer's full name as the host stores it, e.g. "María José González Ruiz". */
    public Optional<String> fullName() {
        return Optional.ofNullable(fullName);
    }

    /** Further names the customer is known by (nicknames, maiden name, names of authorised persons). */
    public List<String> otherNames() {
        return names;
    }

    /** E-mail addresses of the customer. */
    public List<String> emails() {
        return emails;
    }

    /** Phone numbers of the customer, in any format. */
    public List<String> phones() {
        return phones;
    }

    /** Postal addresses, as one line each ("12 Rue de la Paix, 75002 Paris") or as separate lines. */
    public List<String> addresses() {
        return addresses;
    }

    /**
     * Other identifiers (account, customer, contract, policy, ticket numbers, user names, ...) with the entity
     * type a redactor reports them as; in insertion order.
     */
    public Map<String, EntityType> identifiers() {
        return identifiers;
    }

    /** True if the profile holds no value at all. */
    public boolean isEmpty() {
        return fullName == null && names.isEmpty() && emails.isEmpty() && phones.isEmpty() && addresses.isEmpty()
                && identifiers.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CustomerProfile)) {
            return false;
        }
        CustomerProfile p = (CustomerProfile) o;
        return Objects.equals(fullName, p.fullName) && names.equals(p.names) && emails.equals(p.emails)
                && phones.equals(p.phones) && addresses.equals(p.addresses) && identifiers.equals(p.identifiers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fullName, names, emails, phones, addresses, identifiers);
    }

    /** Only counts, never values. */
    @Override
    public String toString() {
        return "CustomerProfile{fullName=" + (fullName == null ? "none" : "set") + ", otherNames=" + names.size()
                + ", emails=" + emails.size() + ", phones=" + phones.size() + ", addresses=" + addresses.size()
                + ", identifiers=" + identifiers.size() + "}";
    }

    /** Builds a {@link CustomerProfile}. Not thread-safe; the built profile is. */
    public static final class Builder {
        private String fullName;
        private final List<String> names = new ArrayList<>();
        private final List<String> emails = new ArrayList<>();
        private final List<String> phones = new ArrayList<>();
        private final List<String> addresses = new ArrayList<>();
        private final Map<String, EntityType> identifiers = new LinkedHashMap<>();

        private Builder() {
        }

        /** Sets the full name; {@code null} or blank clears it. */
        public Builder fullName(String fullName) {
            this.fullName = blankToNull(fullName);
            return this;
        }

        /** Adds other names the customer is known by. */
        public Builder otherNames(String... values) {
            addAll(names, values);
            return this;
        }

        /** Adds e-mail addresses. */
        public Builder emails(String... values) {
            addAll(emails, values);
            return this;
        }

        /** Adds phone numbers in any format. */
        public Builder phones(String... values) {
            addAll(phones, values);
            return this;
        }

        /** Adds postal addresses (a full address per value, or one line per value). */
        public Builder addresses(String... values) {
            addAll(addresses, values);
            return this;
        }

        /**
         * Adds an identifier reported as {@code type}, e.g. ({@code "AC-99812"}, ACCOUNT_NUMBER). The built-in
         * known-identifier detector reports {@link EntityType#wellKnown() well-known} types only.
         */
        public Builder identifier(String value, EntityType type) {
            Objects.requireNonNull(type, "type");
            String v = blankToNull(value);
            if (v != null) {
                identifiers.put(v, type);
            }
            return this;
        }

        /** Builds the immutable profile. */
        public CustomerProfile build() {
            return new CustomerProfile(this);
        }

        private static void addAll(List<String> list, String... values) {
            Objects.requireNonNull(values, "values");
            for (String v : values) {
                String s = blankToNull(v);
                if (s != null && !list.contains(s)) {
                    list.add(s);
                }
            }
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
