package dev.privacyai.consent;

import dev.privacyai.redaction.EntityType;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * Answers "may this subject's data of these categories be used for this purpose now (or at that time)?".
 *
 * <p>Implementations guarantee:
 * <ul>
 *   <li>they never throw for a ledger failure: an unreadable ledger gives {@link ConsentOutcome#DENIED} with
 *       {@link ConsentReason#LEDGER_UNAVAILABLE} (fail closed);</li>
 *   <li>a withdrawal wins over every grant that took effect at or before it;</li>
 *   <li>the same ledger history and the same {@code asOf} give the same decision (replayable);</li>
 *   <li>they are thread-safe.</li>
 * </ul>
 */
public interface ConsentPolicy {

    /**
     * The decision as of {@code asOf}, considering only ledger events that took effect at or before it.
     *
     * @param categories the categories of data that would be used; may be empty (the purpose as such)
     */
    ConsentDecision decide(SubjectId subject, Purpose purpose, Set<DataCategory> categories, Instant asOf);

    /** The decision now (by the policy's clock). */
    ConsentDecision decide(SubjectId subject, Purpose purpose, Set<DataCategory> categories);

    /**
     * The decision now for data holding these entity types (e.g. a redactor's findings), mapped with
     * {@link DataCategory#of(EntityType)}; {@link ConsentDecision#typesToRemove(Collection)} then tells which
     * findings to redact first.
     */
    default ConsentDecision decideForTypes(SubjectId subject, Purpose purpose, Collection<EntityType> types) {
        return decide(subject, purpose, DataCategory.ofAll(types));
    }
}
