package dev.privacyai.impl.guard;

import dev.privacyai.guard.AuditEvent;
import dev.privacyai.guard.AuditSink;
import dev.privacyai.redaction.EntityType;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * In-process counters for the KPIs a contact center watches, computed from the guard's {@link AuditEvent}s (so
 * they always agree with the audit trail): turns by action, escalations by reason code, values pseudonymized by
 * entity type, consent denials by reason, model leaks caught by entity type, turns blocked by interceptor code.
 * Labels are only entity types and reason codes; never an id or a value.
 *
 * <p>Thread-safe (lock-free adders); {@link #snapshot()} is a consistent-enough point-in-time copy for dashboards.
 * Every {@link DefaultConversationGuard} has one ({@link DefaultConversationGuard#kpis()}); it can also be added as
 * a sink to aggregate several guards.
 */
public final class GuardKpis implements AuditSink {

    private final LongAdder turns = new LongAdder();
    private final Map<String, LongAdder> actions = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> escalations = new ConcurrentHashMap<>();
    private final Map<EntityType, LongAdder> pseudonymized = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> consentDenials = new ConcurrentHashMap<>();
    private final Map<EntityType, LongAdder> leaks = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> blocked = new ConcurrentHashMap<>();

    @Override
    public void accept(AuditEvent e) {
        switch (e.step()) {
            case TURN:
                if (!"FAILED".equals(e.outcome()) && !"ABANDONED".equals(e.outcome())) {
                    turns.increment();
                }
                inc(actions, e.outcome());
                if ("ESCALATED".equals(e.outcome())) {
                    for (String r : e.reasons()) {
                        inc(escalations, r);
                    }
                }
                break;
            case CONSENT:
                if (!"ALLOWED".equals(e.outcome())) {
                    inc(consentDenials, e.reasons().isEmpty() ? e.outcome() : e.reasons().get(0));
                }
                break;
            case PSEUDONYMIZATION:
                add(pseudonymized, e.counts());
                break;
            case REPLY_SCREEN:
                add(leaks, e.counts());
                break;
            case INTERCEPTOR:
                if ("BLOCKED".equals(e.outcome())) {
                    inc(blocked, e.reasons().isEmpty() ? e.name() : e.reasons().get(0));
                }
                break;
            default:
                break;
        }
    }

    private static <K> void inc(Map<K, LongAdder> m, K key) {
        m.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    private static void add(Map<EntityType, LongAdder> m, Map<EntityType, Integer> counts) {
        for (Map.Entry<EntityType, Integer> c : counts.entrySet()) {
            m.computeIfAbsent(c.getKey(), k -> new LongAdder()).add(c.getValue());
        }
    }

    /** A copy of the counters now. */
    public Snapshot snapshot() {
        return new Snapshot(turns.sum(), copy(actions), copy(escalations), copy(pseudonymized), copy(consentDenials),
                copy(leaks), copy(blocked));
    }

    private static <K extends Comparable<K>> Map<K, Long> copy(Map<K, LongAdder> m) {
        Map<K, Long> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, v.sum()));
        return Collections.unmodifiableMap(out);
    }

    @Override
    public String toString() {
        return "GuardKpis" + snapshot();
    }

    /** Point-in-time counter values. Immutable. */
    public static final class Snapshot {
        private final long turns;
        private final Map<String, Long> actions;
        private final Map<String, Long> escalations;
        private final Map<EntityType, Long> pseudonymized;
        private final Map<String, Long> consentDenials;
        private final Map<EntityType, Long> leaks;
        private final Map<String, Long> blocked;

        Snapshot(long turns, Map<String, Long> actions, Map<String, Long> escalations,
                 Map<EntityType, Long> pseudonymized, Map<String, Long> consentDenials, Map<EntityType, Long> leaks,
                 Map<String, Long> blocked) {
            this.turns = turns;
            this.actions = actions;
            this.escalations = escalations;
            this.pseudonymized = pseudonymized;
            this.consentDenials = consentDenials;
            this.leaks = leaks;
            this.blocked = blocked;
        }

        /** Completed turns (not failed, not abandoned two-phase turns). */
        public long turns() {
            return turns;
        }

        /** Turns by {@link dev.privacyai.guard.TurnResult.Action} name (and {@code FAILED}, {@code ABANDONED}). */
        public Map<String, Long> actions() {
            return actions;
        }

        /** Escalated turns per escalation reason code (a turn counts once per code). */
        public Map<String, Long> escalationsByReason() {
            return escalations;
        }

        /** Escalated turns / completed turns; 0 without turns. */
        public double escalationRate() {
            return turns == 0 ? 0 : actions.getOrDefault("ESCALATED", 0L) / (double) turns;
        }

        /** Escalated turns with this reason code / completed turns; 0 without turns. */
        public double escalationRate(String reasonCode) {
            return turns == 0 ? 0 : escalations.getOrDefault(reasonCode, 0L) / (double) turns;
        }

        /** Values pseudonymized before reaching the model, per entity type. */
        public Map<EntityType, Long> redactionsByType() {
            return pseudonymized;
        }

        /** Consent checks that did not allow AI answering, per consent reason code. */
        public Map<String, Long> consentDenials() {
            return consentDenials;
        }

        /** Personal data the model produced on its own, caught and redacted, per entity type. */
        public Map<EntityType, Long> modelLeaksByType() {
            return leaks;
        }

        /** Turns blocked by an interceptor, per reason code. */
        public Map<String, Long> blockedByReason() {
            return blocked;
        }

        @Override
        public String toString() {
            return "{turns=" + turns + ", actions=" + actions + ", escalations=" + escalations + ", redactions="
                    + pseudonymized + ", consentDenials=" + consentDenials + ", leaks=" + leaks + ", blocked="
                    + blocked + "}";
        }
    }
}
