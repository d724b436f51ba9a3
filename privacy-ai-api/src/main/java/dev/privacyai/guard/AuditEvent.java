package dev.privacyai.guard;

import dev.privacyai.redaction.EntityType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One decision of a guarded turn, as it is audited: which {@link Step}, its outcome code and reason codes, the
 * entity types and counts involved, how long it took, and keyed hashes of the conversation and subject ids.
 *
 * <p><b>No personal data, by construction:</b> codes, names and references are restricted to identifier
 * characters ({@code [A-Za-z0-9_.:/#-]}, at most 128), counts are keyed by {@link EntityType}, and the
 * conversation and subject appear only as keyed hashes computed by the guard (unlinkable without its key). There
 * is no field for free text. Immutable and thread-safe; {@link #toJson()} is a canonical one-line JSON form
 * (fixed field order) that tamper-evident sinks authenticate.
 */
public final class AuditEvent {

    /** The steps of a guarded turn, in flow order. */
    public enum Step {
        /** Consent for AI answering was checked. */
        CONSENT,
        /** The customer's turn was checked for escalation before the model call. */
        INPUT_ESCALATION,
        /** The turn and the history were pseudonymized. */
        PSEUDONYMIZATION,
        /** A host interceptor handled the model call (outcome PASSED, REPLACED or BLOCKED). */
        INTERCEPTOR,
        /** The model was called. */
        MODEL_CALL,
        /** The reply was screened for personal data the model produced on its own. */
        REPLY_SCREEN,
        /** Placeholders in the reply were re-identified for the customer. */
        REIDENTIFICATION,
        /** The reply was checked for escalation (the model gave up or committed to something it must not). */
        REPLY_ESCALATION,
        /** A hand-off for a human agent was prepared. */
        HANDOFF,
        /** The turn ended; the outcome is the turn's action. */
        TURN
    }

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.:/#-]{1,128}");

    private final Instant timestamp;
    private final String conversationRef;
    private final String subjectRef;
    private final int turn;
    private final Step step;
    private final String name;
    private final String outcome;
    private final List<String> reasons;
    private final Map<EntityType, Integer> counts;
    private final long durationNanos;

    private AuditEvent(Builder b) {
        this.timestamp = Objects.requireNonNull(b.timestamp, "timestamp");
        this.conversationRef = safe(b.conversationRef, "conversationRef");
        this.subjectRef = safe(b.subjectRef, "subjectRef");
        this.turn = b.turn;
        this.step = Objects.requireNonNull(b.step, "step");
        this.name = safe(b.name == null ? b.step.name() : b.name, "name");
        this.outcome = safe(b.outcome, "outcome");
        List<String> r = new ArrayList<>(b.reasons.size());
        for (String s : b.reasons) {
            r.add(safe(s, "reason"));
        }
        this.reasons = Collections.unmodifiableList(r);
        this.counts = Collections.unmodifiableMap(new TreeMap<>(b.counts));
        this.durationNanos = b.durationNanos;
    }

    private static String safe(String v, String what) {
        if (!SAFE.matcher(Objects.requireNonNull(v, what)).matches()) {
            throw new IllegalArgumentException(what + " must match [A-Za-z0-9_.:/#-]{1,128}, length was "
                    + v.length());
        }
        return v;
    }

    /**
     * Starts an event.
     *
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(Step step, String outcome) {
        return new Builder(step, outcome);
    }

    /** When the step ended. */
    public Instant timestamp() {
        return timestamp;
    }

    /** Keyed hash of the conversation id. */
    public String conversationRef() {
        return conversationRef;
    }

    /** Keyed hash of the subject (customer) id. */
    public String subjectRef() {
        return subjectRef;
    }

    /** The 0-based index of the customer turn in its conversation (customer messages in the history). */
    public int turn() {
        return turn;
    }

    /** The step. */
    public Step step() {
        return step;
    }

    /** The step's name: the step itself, or an interceptor's name. */
    public String name() {
        return name;
    }

    /** The outcome code, e.g. {@code ALLOWED}, {@code ESCALATE_NOW}, {@code REDACTED}, {@code ANSWERED}. */
    public String outcome() {
        return outcome;
    }

    /** Reason codes, e.g. consent reasons, escalation reason codes, exception classes; most important first. */
    public List<String> reasons() {
        return reasons;
    }

    /** Entity types involved and how many values of each (findings, leaks, re-identified placeholders). */
    public Map<EntityType, Integer> counts() {
        return counts;
    }

    /** How long the step took, in nanoseconds (0 when not timed). */
    public long durationNanos() {
        return durationNanos;
    }

    /** Canonical single-line JSON, fields in a fixed order; holds nothing but the fields above. */
    public String toJson() {
        StringBuilder sb = new StringBuilder(192);
        sb.append("{\"ts\":\"").append(timestamp).append("\",\"conversation\":\"").append(conversationRef)
                .append("\",\"subject\":\"").append(subjectRef).append("\",\"turn\":").append(turn)
                .append(",\"step\":\"").append(step).append("\",\"name\":\"").append(name)
                .append("\",\"outcome\":\"").append(outcome).append("\",\"reasons\":[");
        for (int i = 0; i < reasons.size(); i++) {
            sb.append(i == 0 ? "\"" : ",\"").append(reasons.get(i)).append('"');
        }
        sb.append("],\"counts\":{");
        boolean first = true;
        for (Map.Entry<EntityType, Integer> e : counts.entrySet()) {
            sb.append(first ? "\"" : ",\"").append(e.getKey().name()).append("\":").append(e.getValue());
            first = false;
        }
        return sb.append("},\"nanos\":").append(durationNanos).append('}').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditEvent && ((AuditEvent) o).toJson().equals(toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    /** The JSON form: safe to log. */
    @Override
    public String toString() {
        return toJson();
    }

    /** Builds an {@link AuditEvent}. Not thread-safe. */
    public static final class Builder {
        private final Step step;
        private final String outcome;
        private Instant timestamp;
        private String conversationRef = "-";
        private String subjectRef = "-";
        private int turn;
        private String name;
        private final List<String> reasons = new ArrayList<>();
        private final Map<EntityType, Integer> counts = new TreeMap<>();
        private long durationNanos;

        private Builder(Step step, String outcome) {
            this.step = Objects.requireNonNull(step, "step");
            this.outcome = Objects.requireNonNull(outcome, "outcome");
        }

        /** When the step ended (required). */
        public Builder timestamp(Instant timestamp) {
            this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
            return this;
        }

        /** Keyed hashes of the conversation and subject ids (identifier characters only); default {@code -}. */
        public Builder refs(String conversationRef, String subjectRef) {
            this.conversationRef = Objects.requireNonNull(conversationRef, "conversationRef");
            this.subjectRef = Objects.requireNonNull(subjectRef, "subjectRef");
            return this;
        }

        /**
         * The customer turn's index.
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder turn(int turn) {
            if (turn < 0) {
                throw new IllegalArgumentException("turn must be >= 0");
            }
            this.turn = turn;
            return this;
        }

        /** The step's name; default the step. */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** Adds reason codes. */
        public Builder reasons(List<String> codes) {
            for (String c : Objects.requireNonNull(codes, "codes")) {
                reasons.add(Objects.requireNonNull(c, "code"));
            }
            return this;
        }

        /** Adds one reason code. */
        public Builder reason(String code) {
            reasons.add(Objects.requireNonNull(code, "code"));
            return this;
        }

        /**
         * Adds counts per entity type.
         *
         * @throws IllegalArgumentException if a count is negative
         */
        public Builder counts(Map<EntityType, Integer> byType) {
            for (Map.Entry<EntityType, Integer> e : Objects.requireNonNull(byType, "byType").entrySet()) {
                if (e.getValue() < 0) {
                    throw new IllegalArgumentException("counts must be >= 0");
                }
                counts.merge(Objects.requireNonNull(e.getKey(), "type"), e.getValue(), Integer::sum);
            }
            return this;
        }

        /**
         * How long the step took.
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder durationNanos(long nanos) {
            if (nanos < 0) {
                throw new IllegalArgumentException("duration must be >= 0");
            }
            this.durationNanos = nanos;
            return this;
        }

        /**
         * Builds the event.
         *
         * @throws NullPointerException if the timestamp is missing
         * @throws IllegalArgumentException if a code, name or reference holds other than identifier characters
         */
        public AuditEvent build() {
            return new AuditEvent(this);
        }
    }
}
