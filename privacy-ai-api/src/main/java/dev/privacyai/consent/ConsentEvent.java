package dev.privacyai.consent;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One entry of a subject's append-only consent history: a grant, withdrawal, expiry or erasure, when it took
 * effect, where it was captured, which privacy notice version the subject saw and a reference to the evidence
 * (a recording id, a form submission id, a ticket number).
 *
 * <p>Events hold no free text: the notice version and evidence reference are restricted to short
 * identifier-like strings (letters, digits and {@code . _ - : / #}; no spaces, no {@code @}), so an e-mail address
 * or a sentence cannot be stored by mistake. {@link #toString()} prints the subject only as a fingerprint and
 * the evidence reference only as its length.
 *
 * <p>Categories: for a {@link Type#GRANT}, the categories the consent covers (empty = every category of the
 * purpose); for {@link Type#WITHDRAW} and {@link Type#EXPIRE}, the categories withdrawn (empty = the whole
 * purpose). An {@link Type#ERASURE} has no purpose and no categories: it applies to the whole subject.
 *
 * <p>Immutable and thread-safe.
 */
public final class ConsentEvent {

    /** What happened. */
    public enum Type {
        /** The subject granted consent for a purpose (optionally limited to categories, optionally expiring). */
        GRANT,
        /** The subject withdrew consent for, or objected to, a purpose. Wins over every earlier grant. */
        WITHDRAW,
        /** A grant expired (recorded explicitly; grants with an expiry time also lapse without this event). */
        EXPIRE,
        /** The subject's stored data was erased on request; earlier grants no longer count. */
        ERASURE
    }

    private static final Pattern NOTICE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern EVIDENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/#-]{0,127}");

    private final Type type;
    private final SubjectId subject;
    private final Purpose purpose;
    private final Set<DataCategory> categories;
    private final Instant timestamp;
    private final Instant expiresAt;
    private final ConsentSource source;
    private final String noticeVersion;
    private final String evidenceRef;

    private ConsentEvent(Builder b) {
        this.type = b.type;
        this.subject = b.subject;
        this.purpose = b.purpose;
        this.categories = Collections.unmodifiableSet(new TreeSet<>(b.categories));
        this.timestamp = b.timestamp;
        this.expiresAt = b.expiresAt;
        this.source = b.source;
        this.noticeVersion = b.noticeVersion;
        this.evidenceRef = b.evidenceRef;
    }

    /** A builder for a grant of {@code purpose}. */
    public static Builder grant(SubjectId subject, Purpose purpose) {
        return new Builder(Type.GRANT, subject).purpose(purpose);
    }

    /** A builder for a withdrawal of (or objection to) {@code purpose}. */
    public static Builder withdraw(SubjectId subject, Purpose purpose) {
        return new Builder(Type.WITHDRAW, subject).purpose(purpose);
    }

    /** A builder for an explicit expiry of the grant of {@code purpose}. */
    public static Builder expire(SubjectId subject, Purpose purpose) {
        return new Builder(Type.EXPIRE, subject).purpose(purpose);
    }

    /** A builder for the record of an erasure of the subject's data. */
    public static Builder erasure(SubjectId subject) {
        return new Builder(Type.ERASURE, subject);
    }

    /** A builder for any type; {@link Builder#build()} checks the fields the type needs. */
    public static Builder builder(Type type, SubjectId subject) {
        return new Builder(type, subject);
    }

    /** What happened. */
    public Type type() {
        return type;
    }

    /** Whose consent. Personal data: do not log {@code subject().value()}. */
    public SubjectId subject() {
        return subject;
    }

    /** The purpose; empty only for {@link Type#ERASURE}. */
    public Optional<Purpose> purpose() {
        return Optional.ofNullable(purpose);
    }

    /** The categories the event covers; empty means all (see the class comment). Sorted, unmodifiable. */
    public Set<DataCategory> categories() {
        return categories;
    }

    /** When the event took effect. Decisions "as of" a time consider events with {@code timestamp <= asOf}. */
    public Instant timestamp() {
        return timestamp;
    }

    /** For grants: when the consent lapses (exclusive); empty if it does not. */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /** Where the event was captured. */
    public ConsentSource source() {
        return source;
    }

    /** The version of the privacy notice the subject saw; required for grants. */
    public Optional<String> noticeVersion() {
        return Optional.ofNullable(noticeVersion);
    }

    /** An opaque reference to the evidence (recording id, form id, request number). */
    public Optional<String> evidenceRef() {
        return Optional.ofNullable(evidenceRef);
    }

    /** Whether this event covers {@code category} (an empty category set covers all). */
    public boolean covers(DataCategory category) {
        return categories.isEmpty() || categories.contains(category);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ConsentEvent)) {
            return false;
        }
        ConsentEvent e = (ConsentEvent) o;
        return type == e.type && subject.equals(e.subject) && Objects.equals(purpose, e.purpose)
                && categories.equals(e.categories) && timestamp.equals(e.timestamp)
                && Objects.equals(expiresAt, e.expiresAt) && source == e.source
                && Objects.equals(noticeVersion, e.noticeVersion) && Objects.equals(evidenceRef, e.evidenceRef);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, subject, purpose, categories, timestamp, expiresAt, source, noticeVersion,
                evidenceRef);
    }

    /** Type, subject fingerprint, purpose, categories, times, source, notice version; evidence only as a length. */
    @Override
    public String toString() {
        return "ConsentEvent[" + type + ", subject=" + subject + (purpose == null ? "" : ", purpose=" + purpose)
                + (categories.isEmpty() ? "" : ", categories=" + categories) + ", at=" + timestamp
                + (expiresAt == null ? "" : ", expiresAt=" + expiresAt) + ", source=" + source
                + (noticeVersion == null ? "" : ", notice=" + noticeVersion)
                + (evidenceRef == null ? "" : ", evidenceLength=" + evidenceRef.length()) + "]";
    }

    /** Builds a {@link ConsentEvent}. Not thread-safe. */
    public static final class Builder {
        private final Type type;
        private final SubjectId subject;
        private Purpose purpose;
        private final Set<DataCategory> categories = new TreeSet<>();
        private Instant timestamp;
        private Instant expiresAt;
        private ConsentSource source = ConsentSource.SYSTEM;
        private String noticeVersion;
        private String evidenceRef;

        private Builder(Type type, SubjectId subject) {
            this.type = Objects.requireNonNull(type, "type");
            this.subject = Objects.requireNonNull(subject, "subject");
        }

        /** The purpose (not for erasures). */
        public Builder purpose(Purpose purpose) {
            this.purpose = Objects.requireNonNull(purpose, "purpose");
            return this;
        }

        /** Limits the event to these categories; calling it never is "all categories". */
        public Builder categories(Collection<DataCategory> categories) {
            for (DataCategory c : categories) {
                this.categories.add(Objects.requireNonNull(c, "category"));
            }
            return this;
        }

        /** Limits the event to these categories. */
        public Builder categories(DataCategory... categories) {
            return categories(java.util.Arrays.asList(categories));
        }

        /** When the event took effect (required). */
        public Builder at(Instant timestamp) {
            this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
            return this;
        }

        /** For grants: when the consent lapses. */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
            return this;
        }

        /** Where the event was captured; {@link ConsentSource#SYSTEM} if not set. */
        public Builder source(ConsentSource source) {
            this.source = Objects.requireNonNull(source, "source");
            return this;
        }

        /** The privacy notice version the subject saw, e.g. {@code "2026-03.v2"}. */
        public Builder noticeVersion(String noticeVersion) {
            if (!NOTICE.matcher(Objects.requireNonNull(noticeVersion, "noticeVersion")).matches()) {
                throw new IllegalArgumentException(
                        "notice version must match [A-Za-z0-9][A-Za-z0-9._-]{0,63}, length was "
                                + noticeVersion.length());
            }
            this.noticeVersion = noticeVersion;
            return this;
        }

        /** An opaque evidence reference such as {@code "rec:8f1c2a"} (no spaces, no {@code @}). */
        public Builder evidenceRef(String evidenceRef) {
            if (!EVIDENCE.matcher(Objects.requireNonNull(evidenceRef, "evidenceRef")).matches()) {
                throw new IllegalArgumentException(
                        "evidence reference must match [A-Za-z0-9][A-Za-z0-9._:/#-]{0,127}, length was "
                                + evidenceRef.length());
            }
            this.evidenceRef = evidenceRef;
            return this;
        }

        /**
         * @throws IllegalStateException if the timestamp is missing, a grant has no notice version, an erasure has
         *         a purpose or categories, another type has no purpose, a non-grant has an expiry, or the expiry is
         *         not after the timestamp
         */
        public ConsentEvent build() {
            if (timestamp == null) {
                throw new IllegalStateException("timestamp is required");
            }
            if (type == Type.ERASURE) {
                if (purpose != null || !categories.isEmpty()) {
                    throw new IllegalStateException("an erasure applies to the whole subject: no purpose/categories");
                }
            } else if (purpose == null) {
                throw new IllegalStateException(type + " needs a purpose");
            }
            if (type == Type.GRANT && noticeVersion == null) {
                throw new IllegalStateException("a grant must record the privacy notice version the subject saw");
            }
            if (expiresAt != null) {
                if (type != Type.GRANT) {
                    throw new IllegalStateException("only grants expire");
                }
                if (!expiresAt.isAfter(timestamp)) {
                    throw new IllegalStateException("expiry must be after the grant");
                }
            }
            return new ConsentEvent(this);
        }
    }
}
