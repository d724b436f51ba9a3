package dev.privacyai.impl.consent;

import dev.privacyai.consent.ConsentEvent;
import dev.privacyai.consent.Purpose;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.consent.spi.ConsentLedger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ConsentLedger} in memory: nothing survives the JVM. Thread-safe and linearizable: once
 * {@link #append} returns, every read on any thread sees the event.
 *
 * <p>Each subject's history is an immutable snapshot replaced atomically on append (copy-on-write, histories
 * are short), so reads take no lock. The snapshot keeps one list per purpose (with the subject-wide erasures
 * merged in), sorted in {@link ConsentLedger#EFFECT_ORDER}; an as-of lookup is a map lookup plus a binary
 * search for the last event at or before the time.
 */
public final class InMemoryConsentLedger implements ConsentLedger {

    private final ConcurrentHashMap<SubjectId, SubjectHistory> subjects = new ConcurrentHashMap<>();

    /** An empty ledger. */
    public InMemoryConsentLedger() {
    }

    @Override
    public void append(ConsentEvent event) {
        Objects.requireNonNull(event, "event");
        subjects.compute(event.subject(), (k, h) -> (h == null ? SubjectHistory.EMPTY : h).with(event));
    }

    @Override
    public List<ConsentEvent> history(SubjectId subject) {
        SubjectHistory h = subjects.get(Objects.requireNonNull(subject, "subject"));
        return h == null ? List.of() : h.all;
    }

    @Override
    public List<ConsentEvent> history(SubjectId subject, Instant asOf) {
        SubjectHistory h = subjects.get(Objects.requireNonNull(subject, "subject"));
        return h == null ? List.of() : prefix(h.all, asOf);
    }

    @Override
    public List<ConsentEvent> history(SubjectId subject, Purpose purpose, Instant asOf) {
        SubjectHistory h = subjects.get(Objects.requireNonNull(subject, "subject"));
        if (h == null) {
            return List.of();
        }
        List<ConsentEvent> list = h.byPurpose.get(purpose);
        return prefix(list == null ? h.subjectWide : list, asOf);
    }

    @Override
    public boolean knows(SubjectId subject, Instant asOf) {
        SubjectHistory h = subjects.get(Objects.requireNonNull(subject, "subject"));
        return h != null && !h.all.get(0).timestamp().isAfter(asOf);
    }

    /** How many subjects have at least one event. */
    public int subjectCount() {
        return subjects.size();
    }

    /** The events with {@code timestamp <= asOf}: a prefix of a list sorted by timestamp. */
    static List<ConsentEvent> prefix(List<ConsentEvent> sorted, Instant asOf) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).timestamp().isAfter(asOf)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo == sorted.size() ? sorted : sorted.subList(0, lo);
    }

    /** Inserts after every element that does not sort after {@code e}: stable, keeps append order on ties. */
    static List<ConsentEvent> insert(List<ConsentEvent> sorted, ConsentEvent e) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (EFFECT_ORDER.compare(sorted.get(mid), e) > 0) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        List<ConsentEvent> out = new ArrayList<>(sorted.size() + 1);
        out.addAll(sorted.subList(0, lo));
        out.add(e);
        out.addAll(sorted.subList(lo, sorted.size()));
        return Collections.unmodifiableList(out);
    }

    /** Immutable per-subject snapshot. */
    private static final class SubjectHistory {
        static final SubjectHistory EMPTY = new SubjectHistory(List.of(), List.of(), Map.of());

        final List<ConsentEvent> all;
        final List<ConsentEvent> subjectWide;
        final Map<Purpose, List<ConsentEvent>> byPurpose;

        SubjectHistory(List<ConsentEvent> all, List<ConsentEvent> subjectWide,
                       Map<Purpose, List<ConsentEvent>> byPurpose) {
            this.all = all;
            this.subjectWide = subjectWide;
            this.byPurpose = byPurpose;
        }

        SubjectHistory with(ConsentEvent e) {
            List<ConsentEvent> newAll = insert(all, e);
            if (e.purpose().isEmpty()) {
                Map<Purpose, List<ConsentEvent>> newBy = new HashMap<>(byPurpose.size() * 2);
                for (Map.Entry<Purpose, List<ConsentEvent>> entry : byPurpose.entrySet()) {
                    newBy.put(entry.getKey(), insert(entry.getValue(), e));
                }
                return new SubjectHistory(newAll, insert(subjectWide, e), Collections.unmodifiableMap(newBy));
            }
            Purpose p = e.purpose().get();
            List<ConsentEvent> current = byPurpose.get(p);
            Map<Purpose, List<ConsentEvent>> newBy = new HashMap<>(byPurpose);
            newBy.put(p, insert(current == null ? subjectWide : current, e));
            return new SubjectHistory(newAll, subjectWide, Collections.unmodifiableMap(newBy));
        }
    }

    /** The subject count only. */
    @Override
    public String toString() {
        return "InMemoryConsentLedger[subjects=" + subjects.size() + "]";
    }
}
