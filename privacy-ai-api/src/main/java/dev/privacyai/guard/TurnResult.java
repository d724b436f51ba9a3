package dev.privacyai.guard;

import dev.privacyai.consent.ConsentDecision;
import dev.privacyai.escalation.EscalationDecision;
import dev.privacyai.escalation.Handoff;
import dev.privacyai.pseudonym.ReplyFinding;
import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything a guarded turn decided: the {@link Action}, the consent decision, the escalation decisions before and
 * after the model call, the hand-off when escalating, the messages exactly as the model received them, the reply
 * the customer gets, the findings in the customer's turn, what the reply screen found, and the audit trail of the
 * turn (the same {@link AuditEvent}s the sink received).
 *
 * <p>The reply ({@link #reply()}) holds re-identified personal data and the hand-off holds the redacted
 * transcript; the model input holds placeholders only. {@link #toString()} prints the action, codes and counts,
 * never text. Immutable and thread-safe.
 */
public final class TurnResult {

    /** What happened to the turn. */
    public enum Action {
        /** The model answered; {@link #reply()} is what the customer gets. */
        ANSWERED,
        /** A person must take over; {@link #handoff()} is what the agent receives. */
        ESCALATED,
        /** The customer has not allowed AI answering: the model was not called, nothing was pseudonymized. */
        BLOCKED_NO_CONSENT,
        /** A host interceptor blocked the turn ({@link #blockedReason()}); no reply reaches the customer. */
        BLOCKED
    }

    private final Action action;
    private final ConsentDecision consent;
    private final EscalationDecision inputEscalation;
    private final EscalationDecision replyEscalation;
    private final Handoff handoff;
    private final List<ChatMessage> modelInput;
    private final String modelReply;
    private final String reply;
    private final List<Finding> findings;
    private final Map<EntityType, Integer> pseudonymizedCounts;
    private final List<ReplyFinding> replyFindings;
    private final String blockedReason;
    private final List<AuditEvent> trail;

    private TurnResult(Builder b) {
        this.action = Objects.requireNonNull(b.action, "action");
        this.consent = Objects.requireNonNull(b.consent, "consent");
        this.inputEscalation = b.inputEscalation;
        this.replyEscalation = b.replyEscalation;
        this.handoff = b.handoff;
        this.modelInput = List.copyOf(b.modelInput);
        this.modelReply = b.modelReply;
        this.reply = b.reply;
        this.findings = List.copyOf(b.findings);
        this.pseudonymizedCounts = Collections.unmodifiableMap(new TreeMap<>(b.pseudonymizedCounts));
        this.replyFindings = List.copyOf(b.replyFindings);
        this.blockedReason = b.blockedReason;
        this.trail = List.copyOf(b.trail);
    }

    /** A builder; only guards call this. */
    public static Builder builder(Action action, ConsentDecision consent) {
        return new Builder(action, consent);
    }

    /** What happened. */
    public Action action() {
        return action;
    }

    /** The consent decision for AI answering (checked first). */
    public ConsentDecision consent() {
        return consent;
    }

    /** The escalation decision on the customer's turn, before the model call; empty if not reached. */
    public Optional<EscalationDecision> inputEscalation() {
        return Optional.ofNullable(inputEscalation);
    }

    /** The escalation decision on the model's reply; empty if the model was not called or was blocked. */
    public Optional<EscalationDecision> replyEscalation() {
        return Optional.ofNullable(replyEscalation);
    }

    /**
     * The decision that counts for the host: the reply's when it involves a person, otherwise the input's;
     * {@link EscalationDecision#stayWithAi()} when neither was reached.
     */
    public EscalationDecision escalation() {
        if (replyEscalation != null && replyEscalation.action().compareTo(
                inputEscalation == null ? EscalationDecision.Action.STAY_WITH_AI : inputEscalation.action()) > 0) {
            return replyEscalation;
        }
        return inputEscalation != null ? inputEscalation : EscalationDecision.stayWithAi();
    }

    /** The hand-off for the human agent: present when {@link Action#ESCALATED} or BLOCKED_NO_CONSENT. */
    public Optional<Handoff> handoff() {
        return Optional.ofNullable(handoff);
    }

    /** True if the model was called. */
    public boolean modelCalled() {
        return !modelInput.isEmpty();
    }

    /**
     * The messages exactly as the model received them (after interceptors), oldest first; empty if the model was
     * not called. Holds placeholders, never the customer's values: this is the evidence a privacy review asks for.
     */
    public List<ChatMessage> modelInput() {
        return modelInput;
    }

    /**
     * The reply as it left the model and its interceptors (placeholders, before screening); empty if none. It may
     * hold personal data the model produced on its own (see {@link #replyFindings()}): show the customer
     * {@link #reply()}, and treat this like the reply when storing it.
     */
    public Optional<String> modelReply() {
        return Optional.ofNullable(modelReply);
    }

    /**
     * What the customer gets: the screened, re-identified reply (for streaming, the concatenation of the chunks
     * sent). Empty when the model was not called, the turn was blocked, or an escalation withheld the reply.
     * Contains personal data.
     */
    public Optional<String> reply() {
        return Optional.ofNullable(reply);
    }

    /** The findings that were pseudonymized in the customer's turn; offsets into {@link TurnRequest#text()}. */
    public List<Finding> findings() {
        return findings;
    }

    /** Values replaced per type in everything sent to the model (turn, history and system prompt). */
    public Map<EntityType, Integer> pseudonymizedCounts() {
        return pseudonymizedCounts;
    }

    /**
     * What the reply screen found, positions in {@link #modelReply()}: personal data the model produced on its own
     * ({@link ReplyFinding.Kind#UNSEEN_PERSONAL_DATA}, redacted before the customer sees the reply) and placeholders
     * unknown in this conversation (left as they are).
     */
    public List<ReplyFinding> replyFindings() {
        return replyFindings;
    }

    /** Number of values the model produced on its own that were redacted from the reply. */
    public int leakCount() {
        int n = 0;
        for (ReplyFinding f : replyFindings) {
            if (f.kind() == ReplyFinding.Kind.UNSEEN_PERSONAL_DATA) {
                n++;
            }
        }
        return n;
    }

    /** The interceptor's reason code when {@link Action#BLOCKED}. */
    public Optional<String> blockedReason() {
        return Optional.ofNullable(blockedReason);
    }

    /** The audit trail of this turn, in step order: the same events the audit sink received. */
    public List<AuditEvent> trail() {
        return trail;
    }

    /** Action, codes and counts only. */
    @Override
    public String toString() {
        return "TurnResult{" + action + ", consent=" + consent.outcome() + "/" + consent.reason() + ", escalation="
                + escalation().action() + ", modelCalled=" + modelCalled() + ", findings=" + findings.size()
                + ", pseudonymized=" + pseudonymizedCounts + ", leaks=" + leakCount()
                + (blockedReason == null ? "" : ", blocked=" + blockedReason) + ", handoff=" + (handoff != null)
                + ", steps=" + trail.size() + "}";
    }

    /** Builds a {@link TurnResult}. Not thread-safe. */
    public static final class Builder {
        private final Action action;
        private final ConsentDecision consent;
        private EscalationDecision inputEscalation;
        private EscalationDecision replyEscalation;
        private Handoff handoff;
        private List<ChatMessage> modelInput = List.of();
        private String modelReply;
        private String reply;
        private List<Finding> findings = List.of();
        private Map<EntityType, Integer> pseudonymizedCounts = Map.of();
        private List<ReplyFinding> replyFindings = List.of();
        private String blockedReason;
        private List<AuditEvent> trail = List.of();

        private Builder(Action action, ConsentDecision consent) {
            this.action = Objects.requireNonNull(action, "action");
            this.consent = Objects.requireNonNull(consent, "consent");
        }

        /** The input escalation decision. */
        public Builder inputEscalation(EscalationDecision d) {
            this.inputEscalation = d;
            return this;
        }

        /** The reply escalation decision. */
        public Builder replyEscalation(EscalationDecision d) {
            this.replyEscalation = d;
            return this;
        }

        /** The hand-off. */
        public Builder handoff(Handoff h) {
            this.handoff = h;
            return this;
        }

        /** The messages the model received. */
        public Builder modelInput(List<ChatMessage> messages) {
            this.modelInput = Objects.requireNonNull(messages, "messages");
            return this;
        }

        /** The reply as it left the model and interceptors. */
        public Builder modelReply(String text) {
            this.modelReply = text;
            return this;
        }

        /** The reply for the customer. */
        public Builder reply(String text) {
            this.reply = text;
            return this;
        }

        /** Findings in the customer's turn. */
        public Builder findings(List<Finding> findings) {
            this.findings = Objects.requireNonNull(findings, "findings");
            return this;
        }

        /** Values replaced per type in the model input. */
        public Builder pseudonymizedCounts(Map<EntityType, Integer> counts) {
            this.pseudonymizedCounts = Objects.requireNonNull(counts, "counts");
            return this;
        }

        /** Reply screen findings. */
        public Builder replyFindings(List<ReplyFinding> findings) {
            this.replyFindings = Objects.requireNonNull(findings, "findings");
            return this;
        }

        /** The interceptor's block code. */
        public Builder blockedReason(String code) {
            this.blockedReason = code;
            return this;
        }

        /** The audit trail. */
        public Builder trail(List<AuditEvent> events) {
            this.trail = Objects.requireNonNull(events, "events");
            return this;
        }

        /** Builds the immutable result. */
        public TurnResult build() {
            return new TurnResult(this);
        }
    }
}
