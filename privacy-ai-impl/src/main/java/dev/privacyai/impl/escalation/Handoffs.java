package dev.privacyai.impl.escalation;

import dev.privacyai.escalation.AgentVisibility;
import dev.privacyai.escalation.Conversation;
import dev.privacyai.escalation.ConversationTurn;
import dev.privacyai.escalation.EscalationDecision;
import dev.privacyai.escalation.EscalationReason;
import dev.privacyai.escalation.EscalationSignals;
import dev.privacyai.escalation.Handoff;
import dev.privacyai.impl.redaction.DefaultRedactor;
import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.Redactor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the {@link Handoff} a human agent receives: a short summary, the customer's goal, what was already tried,
 * the decision with its reasons, and the transcript — every turn passed through the host's {@link Redactor}, with
 * every finding replaced by its tag ({@code [EMAIL]}) unless the agent's role may see that type
 * ({@link AgentVisibility}). The summary and goal are built from the redacted turns, so they never hold more
 * than the transcript does.
 *
 * <pre>{@code
 * Handoffs handoffs = Handoffs.builder()
 *     .visibility(AgentVisibility.builder().allow("billing", EntityType.EMAIL).build())
 *     .build();
 * Handoff h = handoffs.create(conversation, signals, decision, "billing");
 * }</pre>
 *
 * <p><b>Defaults:</b> redactor {@link DefaultRedactor#withDefaults()}, visibility {@link AgentVisibility#none()}
 * (no role sees personal data), goal and latest message cut at 200 characters, the last 50 turns.
 *
 * <p><b>Fail closed:</b> if the redactor throws, {@link #create} throws and no hand-off exists; there is no raw
 * fallback. Immutable and thread-safe when the redactor is.
 */
public final class Handoffs {

    private final Redactor redactor;
    private final AgentVisibility visibility;
    private final int maxSnippetChars;
    private final int maxTurns;

    private Handoffs(Builder b) {
        this.redactor = b.redactor == null ? DefaultRedactor.withDefaults() : b.redactor;
        this.visibility = b.visibility;
        this.maxSnippetChars = b.maxSnippetChars;
        this.maxTurns = b.maxTurns;
    }

    /** A factory with the defaults. */
    public static Handoffs withDefaults() {
        return builder().build();
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds the hand-off for {@code agentRole}.
     *
     * @throws NullPointerException if an argument is null
     * @throws dev.privacyai.redaction.RedactionException if the redactor fails (fail closed)
     */
    public Handoff create(Conversation conversation, EscalationSignals signals, EscalationDecision decision,
                          String agentRole) {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(signals, "signals");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(agentRole, "agentRole");
        Set<EntityType> visible = visibility.visibleTypes(agentRole);
        List<ConversationTurn> turns = conversation.turns();
        int from = Math.max(0, turns.size() - maxTurns);
        List<ConversationTurn> redacted = new ArrayList<>(turns.size() - from);
        Map<EntityType, Integer> counts = new TreeMap<>();
        String previousAssistant = null;
        for (int i = from; i < turns.size(); i++) {
            ConversationTurn t = turns.get(i);
            RedactionContext ctx = RedactionContext.builder().channel(signals.channel())
                    .previousAssistantPrompt(t.role() == ConversationTurn.Role.CUSTOMER ? previousAssistant : null)
                    .build();
            redacted.add(t.withText(redact(t.text(), ctx, visible, counts)));
            if (t.role() == ConversationTurn.Role.ASSISTANT) {
                previousAssistant = t.text();
            }
        }
        String goal = goal(redacted, signals);
        List<String> tried = alreadyTried(turns, signals);
        String summary = summary(conversation, redacted, signals, decision, goal, tried);
        return Handoff.of(agentRole, decision, summary, goal, tried, redacted, counts);
    }

    private String redact(String text, RedactionContext ctx, Set<EntityType> visible,
                          Map<EntityType, Integer> counts) {
        List<Finding> findings = redactor.analyze(text, ctx);
        if (findings.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int pos = 0;
        for (Finding f : findings) {
            if (visible.contains(f.entityType()) || f.start() < pos) {
                continue;
            }
            out.append(text, pos, f.start()).append('[').append(f.entityType().name()).append(']');
            pos = f.end();
            counts.merge(f.entityType(), 1, Integer::sum);
        }
        out.append(text, pos, text.length());
        return out.toString();
    }

    private String goal(List<ConversationTurn> redacted, EscalationSignals signals) {
        for (ConversationTurn t : redacted) {
            if (t.role() == ConversationTurn.Role.CUSTOMER && t.intent().isPresent()) {
                return "intent '" + t.intent().get() + "'";
            }
        }
        if (signals.intentLabel().isPresent()) {
            return "intent '" + signals.intentLabel().get() + "'";
        }
        for (ConversationTurn t : redacted) {
            if (t.role() == ConversationTurn.Role.CUSTOMER && t.text().trim().split("\\s+").length >= 3) {
                return snippet(t.text());
            }
        }
        for (ConversationTurn t : redacted) {
            if (t.role() == ConversationTurn.Role.CUSTOMER && !t.text().isBlank()) {
                return snippet(t.text());
            }
        }
        return "unknown";
    }

    private List<String> alreadyTried(List<ConversationTurn> turns, EscalationSignals signals) {
        List<String> tried = new ArrayList<>();
        Map<String, Integer> intents = new LinkedHashMap<>();
        int assistant = 0;
        int fallbacks = 0;
        TurnAnalyzer analyzer = TurnAnalyzer.defaults();
        for (ConversationTurn t : turns) {
            if (t.role() == ConversationTurn.Role.CUSTOMER && t.intent().isPresent()) {
                intents.merge(t.intent().get(), 1, Integer::sum);
            }
            if (t.role() == ConversationTurn.Role.ASSISTANT) {
                assistant++;
                if (t.isMarkedFallback() || analyzer.fallbackCue(t.text()) != null) {
                    fallbacks++;
                }
            }
        }
        intents.forEach((intent, n) -> tried.add("intent '" + intent + "' in " + n + " customer turn(s)"));
        if (signals.intentAttempts() > 0) {
            tried.add("intent '" + signals.intentLabel().orElse("current") + "' attempted "
                    + signals.intentAttempts() + " time(s)");
        }
        if (assistant > 0) {
            tried.add("assistant answered " + assistant + " time(s), " + fallbacks + " of them fallbacks");
        }
        return tried;
    }

    private String summary(Conversation conversation, List<ConversationTurn> redacted, EscalationSignals signals,
                           EscalationDecision decision, String goal, List<String> tried) {
        StringBuilder sb = new StringBuilder();
        sb.append("Customer on ").append(signals.channel()).append(" (tier ").append(signals.customerTier())
                .append("), ").append(conversation.size()).append(" turns (")
                .append(conversation.count(ConversationTurn.Role.CUSTOMER)).append(" customer, ")
                .append(conversation.count(ConversationTurn.Role.ASSISTANT)).append(" assistant). ");
        sb.append("Goal: ").append(goal).append(". ");
        Set<String> codes = new LinkedHashSet<>();
        for (EscalationReason r : decision.reasons()) {
            codes.add(r.code().name());
        }
        sb.append("Decision: ").append(decision.action()).append(", priority ").append(decision.priority())
                .append(", queue ").append(decision.queue());
        if (!codes.isEmpty()) {
            sb.append(", because ").append(String.join(", ", codes));
        }
        sb.append(". ");
        if (!tried.isEmpty()) {
            sb.append("Already tried: ").append(String.join("; ", tried)).append(". ");
        }
        for (int i = redacted.size() - 1; i >= 0; i--) {
            if (redacted.get(i).role() == ConversationTurn.Role.CUSTOMER) {
                sb.append("Latest customer message: \"").append(snippet(redacted.get(i).text())).append("\"");
                break;
            }
        }
        return sb.toString().trim();
    }

    private String snippet(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= maxSnippetChars) {
            return t;
        }
        int cut = t.lastIndexOf(' ', maxSnippetChars);
        return t.substring(0, cut > maxSnippetChars / 2 ? cut : maxSnippetChars) + "…";
    }

    @Override
    public String toString() {
        return "Handoffs{redactor=" + redactor + ", visibility=" + visibility + ", maxSnippetChars="
                + maxSnippetChars + ", maxTurns=" + maxTurns + "}";
    }

    /** Builds {@link Handoffs}. Not thread-safe; the built factory is. */
    public static final class Builder {
        private Redactor redactor;
        private AgentVisibility visibility = AgentVisibility.none();
        private int maxSnippetChars = 200;
        private int maxTurns = 50;

        private Builder() {
        }

        /** The redactor for the transcript; default {@link DefaultRedactor#withDefaults()}. */
        public Builder redactor(Redactor redactor) {
            this.redactor = Objects.requireNonNull(redactor, "redactor");
            return this;
        }

        /** Which types each agent role may see; default {@link AgentVisibility#none()}. */
        public Builder visibility(AgentVisibility visibility) {
            this.visibility = Objects.requireNonNull(visibility, "visibility");
            return this;
        }

        /**
         * Longest goal / latest-message snippet in the summary; default 200, at least 20.
         *
         * @throws IllegalArgumentException if below 20
         */
        public Builder maxSnippetChars(int n) {
            if (n < 20) {
                throw new IllegalArgumentException("maxSnippetChars must be >= 20: " + n);
            }
            this.maxSnippetChars = n;
            return this;
        }

        /**
         * How many of the latest turns the transcript keeps; default 50, at least 1.
         *
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxTurns(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("maxTurns must be >= 1: " + n);
            }
            this.maxTurns = n;
            return this;
        }

        /** Builds the immutable factory. */
        public Handoffs build() {
            return new Handoffs(this);
        }
    }
}
