package dev.privacyai.escalation;

import dev.privacyai.redaction.EntityType;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the human agent receives when a conversation is handed over: a short summary, the customer's goal, what
 * was already tried, the {@link EscalationDecision} with its reasons, and the transcript with personal data
 * redacted except the types the agent's role may see ({@link AgentVisibility}). The customer should not have to
 * repeat themselves, and the agent should see no more personal data than the role needs.
 *
 * <p>Implementations that build hand-offs (the default one is {@code dev.privacyai.impl.escalation.Handoffs})
 * guarantee the summary, goal and transcript are redacted; this class only holds the result. Immutable and
 * thread-safe. {@link #toString()} prints the role, counts and the decision, never text.
 */
public final class Handoff {

    private final String agentRole;
    private final EscalationDecision decision;
    private final String summary;
    private final String customerGoal;
    private final List<String> alreadyTried;
    private final List<ConversationTurn> transcript;
    private final Map<EntityType, Integer> redactedCounts;

    private Handoff(String agentRole, EscalationDecision decision, String summary, String customerGoal,
                    List<String> alreadyTried, List<ConversationTurn> transcript,
                    Map<EntityType, Integer> redactedCounts) {
        this.agentRole = agentRole;
        this.decision = decision;
        this.summary = summary;
        this.customerGoal = customerGoal;
        this.alreadyTried = alreadyTried;
        this.transcript = transcript;
        this.redactedCounts = redactedCounts;
    }

    /**
     * Creates a hand-off from already redacted parts.
     *
     * @throws NullPointerException if an argument or an element is null
     */
    public static Handoff of(String agentRole, EscalationDecision decision, String summary, String customerGoal,
                             List<String> alreadyTried, List<ConversationTurn> redactedTranscript,
                             Map<EntityType, Integer> redactedCounts) {
        Objects.requireNonNull(agentRole, "agentRole");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(customerGoal, "customerGoal");
        Map<EntityType, Integer> counts = new TreeMap<>(Objects.requireNonNull(redactedCounts, "redactedCounts"));
        return new Handoff(agentRole, decision, summary, customerGoal,
                List.copyOf(Objects.requireNonNull(alreadyTried, "alreadyTried")),
                List.copyOf(Objects.requireNonNull(redactedTranscript, "redactedTranscript")),
                Collections.unmodifiableMap(counts));
    }

    /** The agent role this hand-off was prepared for. */
    public String agentRole() {
        return agentRole;
    }

    /** The escalation decision, with reasons, priority and queue. */
    public EscalationDecision decision() {
        return decision;
    }

    /** A short, redacted summary of the conversation so far. */
    public String summary() {
        return summary;
    }

    /** The customer's goal as best known (the host's intent label or the customer's first request), redacted. */
    public String customerGoal() {
        return customerGoal;
    }

    /** What was already tried (intents attempted, assistant fallbacks), without customer text. */
    public List<String> alreadyTried() {
        return alreadyTried;
    }

    /** The transcript, oldest first, redacted except for the types the role may see. */
    public List<ConversationTurn> transcript() {
        return transcript;
    }

    /** How many values of each type were redacted from the transcript. */
    public Map<EntityType, Integer> redactedCounts() {
        return redactedCounts;
    }

    /** The transcript as lines {@code "CUSTOMER: …"}, redacted. */
    public String transcriptText() {
        StringBuilder sb = new StringBuilder();
        for (ConversationTurn t : transcript) {
            sb.append(t.role()).append(": ").append(t.text()).append('\n');
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Handoff)) {
            return false;
        }
        Handoff h = (Handoff) o;
        return agentRole.equals(h.agentRole) && decision.equals(h.decision) && summary.equals(h.summary)
                && customerGoal.equals(h.customerGoal) && alreadyTried.equals(h.alreadyTried)
                && transcript.equals(h.transcript) && redactedCounts.equals(h.redactedCounts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agentRole, decision, summary, customerGoal, alreadyTried, transcript, redactedCounts);
    }

    /** Role, decision and counts only. */
    @Override
    public String toString() {
        return "Handoff{role=" + agentRole + ", " + decision + ", turns=" + transcript.size() + ", redacted="
                + redactedCounts + "}";
    }
}
