package dev.privacyai.consent;

import dev.privacyai.redaction.EntityType;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The answer to "may this subject's data of these categories be used for this purpose at this time?":
 * an {@link ConsentOutcome outcome}, the {@link LegalBasis legal basis} and rule that decided, a
 * {@link ConsentReason reason code} with a plain-language description, the categories that must be removed
 * before the data is used, the time the decision is "as of", and the ledger events that decided it — so the
 * decision can be explained and replayed.
 *
 * <p>{@link #toString()} prints the subject only as a fingerprint. Immutable and thread-safe.
 */
public final class ConsentDecision {

    private final SubjectId subject;
    private final Purpose purpose;
    private final ConsentOutcome outcome;
    private final LegalBasis legalBasis;
    private final ConsentReason reason;
    private final String rule;
    private final Set<DataCategory> requested;
    private final Set<DataCategory> toRemove;
    private final Instant asOf;
    private final List<ConsentEvent> decidingEvents;

    private ConsentDecision(SubjectId subject, Purpose purpose, ConsentOutcome outcome, LegalBasis legalBasis,
                            ConsentReason reason, String rule, Collection<DataCategory> requested,
                            Collection<DataCategory> toRemove, Instant asOf, List<ConsentEvent> decidingEvents) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.legalBasis = Objects.requireNonNull(legalBasis, "legalBasis");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.requested = Collections.unmodifiableSet(new TreeSet<>(requested));
        this.toRemove = Collections.unmodifiableSet(new TreeSet<>(toRemove));
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.decidingEvents = List.copyOf(decidingEvents);
    }

    /**
     * Creates a decision. Only policies call this.
     *
     * @param rule            a short identifier of the rule that decided, e.g. {@code "default/MODEL_TRAINING"}
     * @param requested       the categories that were asked about
     * @param toRemove        the requested categories that must be removed first (only meaningful when allowed)
     * @param decidingEvents  the ledger events that decided (empty when none did)
     */
    public static ConsentDecision of(SubjectId subject, Purpose purpose, ConsentOutcome outcome, LegalBasis legalBasis,
                                     ConsentReason reason, String rule, Collection<DataCategory> requested,
                                     Collection<DataCategory> toRemove, Instant asOf,
                                     List<ConsentEvent> decidingEvents) {
        return new ConsentDecision(subject, purpose, outcome, legalBasis, reason, rule, requested,
                outcome == ConsentOutcome.ALLOWED ? toRemove : requested, asOf, decidingEvents);
    }

    /** Whose data. */
    public SubjectId subject() {
        return subject;
    }

    /** For what. */
    public Purpose purpose() {
        return purpose;
    }

    /** The answer. */
    public ConsentOutcome outcome() {
        return outcome;
    }

    /** True only for {@link ConsentOutcome#ALLOWED}. */
    public boolean allowed() {
        return outcome == ConsentOutcome.ALLOWED;
    }

    /** The legal basis the rule considered; {@link LegalBasis#NONE} when none could be established. */
    public LegalBasis legalBasis() {
        return legalBasis;
    }

    /** The reason code. */
    public ConsentReason reason() {
        return reason;
    }

    /** The identifier of the rule that decided, e.g. {@code "default/MODEL_TRAINING"}. */
    public String rule() {
        return rule;
    }

    /** The categories that were asked about. */
    public Set<DataCategory> requestedCategories() {
        return requested;
    }

    /**
     * The requested categories that must be removed (redacted) before the data may be used for the purpose.
     * When the outcome is not {@link ConsentOutcome#ALLOWED}, this is every requested category: nothing may flow.
     */
    public Set<DataCategory> categoriesToRemove() {
        return toRemove;
    }

    /** Of these entity types (e.g. a redactor's findings), those whose category must be removed first. */
    public Set<EntityType> typesToRemove(Collection<EntityType> types) {
        return typesToRemove(types, Map.of());
    }

    /** As {@link #typesToRemove(Collection)}, classifying with the host's mapping before the default one. */
    public Set<EntityType> typesToRemove(Collection<EntityType> types, Map<EntityType, DataCategory> hostMapping) {
        Set<EntityType> out = new TreeSet<>();
        for (EntityType t : types) {
            DataCategory c = DataCategory.of(t, hostMapping);
            if (!allowed() || toRemove.contains(c) || !requested.contains(c)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The time the decision speaks for. */
    public Instant asOf() {
        return asOf;
    }

    /** The ledger events that decided, oldest first; empty when no event did (e.g. no consent recorded). */
    public List<ConsentEvent> decidingEvents() {
        return decidingEvents;
    }

    /**
     * A plain-language explanation, e.g. "MODEL_TRAINING: NEEDS_CONSENT (CONSENT, rule default/MODEL_TRAINING).
     * Not allowed: ..." or "AI_ASSISTED_ANSWERING: ALLOWED (CONTRACT ...) ... Remove first: FINANCIAL."
     */
    public String explanation() {
        StringBuilder sb = new StringBuilder();
        sb.append(purpose).append(": ").append(outcome).append(" (basis ").append(legalBasis).append(", rule ")
                .append(rule).append(", as of ").append(asOf).append("). ").append(reason.description());
        if (allowed() && !toRemove.isEmpty()) {
            sb.append(" Remove first: ");
            boolean first = true;
            for (DataCategory c : toRemove) {
                sb.append(first ? "" : ", ").append(c);
                first = false;
            }
            sb.append('.');
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ConsentDecision)) {
            return false;
        }
        ConsentDecision d = (ConsentDecision) o;
        return subject.equals(d.subject) && purpose.equals(d.purpose) && outcome == d.outcome
                && legalBasis == d.legalBasis && reason == d.reason && rule.equals(d.rule)
                && requested.equals(d.requested) && toRemove.equals(d.toRemove) && asOf.equals(d.asOf)
                && decidingEvents.equals(d.decidingEvents);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, purpose, outcome, legalBasis, reason, rule, requested, toRemove, asOf,
                decidingEvents);
    }

    /** Everything but the subject id, which appears only as a fingerprint. */
    @Override
    public String toString() {
        return "ConsentDecision[" + outcome + ", purpose=" + purpose + ", subject=" + subject + ", basis="
                + legalBasis + ", reason=" + reason + ", rule=" + rule + ", requested=" + requested
                + ", remove=" + toRemove + ", asOf=" + asOf + ", events=" + decidingEvents.size() + "]";
    }
}
