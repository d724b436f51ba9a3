package dev.privacyai.consent.spi;

import dev.privacyai.consent.ConsentEvent;
import dev.privacyai.consent.Purpose;
import dev.privacyai.consent.SubjectId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The append-only store of consent events. Current state is never stored: it is derived from the history, so a
 * decision can be replayed as of any past time.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>{@link #append} is durable (for durable ledgers) and visible to every later read on any thread once it
 *       returns; events are never changed or removed;</li>
 *   <li>histories come back in {@link #EFFECT_ORDER}: by timestamp; at equal timestamps a grant comes before an
 *       expiry, withdrawal or erasure (so the restriction wins); otherwise in append order;</li>
 *   <li>failures to read or write throw {@link ConsentLedgerUnavailableException}, never return partial data;</li>
 *   <li>implementations are thread-safe.</li>
 * </ul>
 */
public interface ConsentLedger {

    /** The order of histories: timestamp, then grants before restrictions. Stable sorts keep append order. */
    Comparator<ConsentEvent> EFFECT_ORDER = Comparator.comparing(ConsentEvent::timestamp)
            .thenComparingInt(e -> e.type() == ConsentEvent.Type.GRANT ? 0 : 1);

    /**
     * Appends an event.
     *
     * @throws ConsentLedgerUnavailableException if it cannot be stored
     */
    void append(ConsentEvent event);

    /**
     * The subject's whole history in {@link #EFFECT_ORDER}; empty for an unknown subject.
     *
     * @throws ConsentLedgerUnavailableException if it cannot be read
     */
    List<ConsentEvent> history(SubjectId subject);

    /** The events that took effect at or before {@code asOf}, in {@link #EFFECT_ORDER}. */
    default List<ConsentEvent> history(SubjectId subject, Instant asOf) {
        List<ConsentEvent> out = new ArrayList<>();
        for (ConsentEvent e : history(subject)) {
            if (!e.timestamp().isAfter(asOf)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The events about {@code purpose} plus the subject-wide ones (erasures) that took effect at or before
     * {@code asOf}, in {@link #EFFECT_ORDER}. Ledgers with an index override this.
     */
    default List<ConsentEvent> history(SubjectId subject, Purpose purpose, Instant asOf) {
        List<ConsentEvent> out = new ArrayList<>();
        for (ConsentEvent e : history(subject, asOf)) {
            if (e.purpose().isEmpty() || e.purpose().get().equals(purpose)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Whether any event about the subject took effect at or before {@code asOf}. */
    default boolean knows(SubjectId subject, Instant asOf) {
        return !history(subject, asOf).isEmpty();
    }
}
