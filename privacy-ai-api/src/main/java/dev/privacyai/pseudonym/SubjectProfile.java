package dev.privacyai.pseudonym;

import dev.privacyai.redaction.EntityType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What the host already knows about the data subject, so that values a detector cannot find (names) are
 * pseudonymized too, and several forms of one identity share one placeholder: with
 * {@code SubjectProfile.builder().identity(EntityType.PERSON, "Maria Gonzalez", "Maria", "Ms Gonzalez")},
 * "Maria" and "Maria Gonzalez" both become {@code <PERSON_1>}, which re-identifies to the canonical form
 * ("Maria Gonzalez").
 *
 * <p>Forms are matched whole-word and case-insensitively. {@link #toString()} prints counts only.
 * Immutable and thread-safe.
 */
public final class SubjectProfile {

    private static final SubjectProfile EMPTY = builder().build();

    /** One identity: a type, a canonical value and other forms of it. Holds personal data. */
    public static final class Identity {
        private final EntityType entityType;
        private final String canonical;
        private final List<String> aliases;

        private Identity(EntityType entityType, String canonical, List<String> aliases) {
            this.entityType = entityType;
            this.canonical = canonical;
            this.aliases = aliases;
        }

        /** The type. */
        public EntityType entityType() {
            return entityType;
        }

        /** The canonical value, which re-identification reinserts. */
        public String canonical() {
            return canonical;
        }

        /** Other forms that link to the same placeholder. */
        public List<String> aliases() {
            return aliases;
        }

        /** Type and alias count only. */
        @Override
        public String toString() {
            return "Identity{" + entityType + ", aliases=" + aliases.size() + "}";
        }
    }

    private final List<Identity> identities;

    private SubjectProfile(List<Identity> identities) {
        this.identities = identities;
    }

    /** A profile that knows nothing. */
    public static SubjectProfile empty() {
        return EMPTY;
    }

    /** Starts an empty profile. */
    public static Builder builder() {
        return new Builder();
    }

    /** The identities, in the order added. */
    public List<Identity> identities() {
        return identities;
    }

    /** Counts only. */
    @Override
    public String toString() {
        return "SubjectProfile{identities=" + identities.size() + "}";
    }

    /** Builds a {@link SubjectProfile}. Not thread-safe. */
    public static final class Builder {
        private final List<Identity> identities = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds an identity.
         *
         * @throws IllegalArgumentException if a value is blank
         */
        public Builder identity(EntityType type, String canonical, String... aliases) {
            Objects.requireNonNull(type, "type");
            List<String> list = new ArrayList<>();
            for (String a : Objects.requireNonNull(aliases, "aliases")) {
                list.add(nonBlank(a));
            }
            identities.add(new Identity(type, nonBlank(canonical), Collections.unmodifiableList(list)));
            return this;
        }

        private static String nonBlank(String v) {
            Objects.requireNonNull(v, "value");
            if (v.isBlank()) {
                throw new IllegalArgumentException("profile values must not be blank");
            }
            return v.strip();
        }

        /** Builds the immutable profile. */
        public SubjectProfile build() {
            return new SubjectProfile(List.copyOf(identities));
        }
    }
}
