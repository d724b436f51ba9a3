package dev.privacyai.impl.escalation;

import dev.privacyai.escalation.Conversation;
import dev.privacyai.escalation.ConversationTurn;
import dev.privacyai.escalation.CustomerTier;
import dev.privacyai.escalation.EscalationDecision;
import dev.privacyai.escalation.EscalationDecision.Action;
import dev.privacyai.escalation.EscalationDecision.Priority;
import dev.privacyai.escalation.EscalationDecision.Queue;
import dev.privacyai.escalation.EscalationPolicy;
import dev.privacyai.escalation.EscalationReason;
import dev.privacyai.escalation.EscalationReason.Code;
import dev.privacyai.escalation.EscalationSignals;
import dev.privacyai.redaction.Channel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The default {@link EscalationPolicy}: multilingual rules (English, Spanish, French, German) over the latest
 * customer turns, plus conversation-level rules and the host's signals. Every decision names the lexicon cue or
 * threshold behind each reason; no reason ever quotes the customer.
 *
 * <pre>{@code
 * EscalationPolicy policy = DefaultEscalationPolicy.withDefaults();
 * EscalationDecision d = policy.evaluate(Conversation.of(ConversationTurn.customer("agent please")));
 * d.action();   // ESCALATE_NOW
 * d.explain();  // "ESCALATE_NOW (priority NORMAL, queue GENERAL)\n- HUMAN_REQUESTED@turn0: ..."
 * }</pre>
 *
 * <h2>Text rules (each customer turn, normalized: lower case, accents folded, repeated letters squeezed,
 * chat abbreviations expanded, one-edit typos of key words corrected)</h2>
 * <table>
 *   <caption>Default action, priority and queue per reason</caption>
 *   <tr><th>reason</th><th>action</th><th>priority</th><th>queue</th></tr>
 *   <tr><td>HUMAN_REQUESTED (agent, representative, real person, operator, a department)</td><td>ESCALATE_NOW</td><td>NORMAL</td><td>GENERAL</td></tr>
 *   <tr><td>AI_REJECTED ("I don't want to talk to a bot")</td><td>OFFER_HUMAN</td><td>NORMAL</td><td>GENERAL</td></tr>
 *   <tr><td>BOT_QUESTION ("is this a bot?")</td><td>OFFER_HUMAN</td><td>LOW</td><td>GENERAL</td></tr>
 *   <tr><td>FRUSTRATION (insults, repetition, shouting); escalates now when frustrated in
 *       {@code frustratedTurnsToEscalate} of the last 3 customer turns</td><td>OFFER_HUMAN</td><td>NORMAL</td><td>GENERAL</td></tr>
 *   <tr><td>VULNERABILITY (bereavement, serious illness, hardship, abuse)</td><td>ESCALATE_NOW</td><td>HIGH</td><td>VULNERABLE_CUSTOMERS</td></tr>
 *   <tr><td>SELF_HARM (always; cannot be disabled or lowered; negation is ignored)</td><td>ESCALATE_NOW</td><td>URGENT</td><td>VULNERABLE_CUSTOMERS</td></tr>
 *   <tr><td>LEGAL_THREAT (lawyer, sue, court, ombudsman, regulator)</td><td>ESCALATE_NOW</td><td>HIGH</td><td>LEGAL</td></tr>
 *   <tr><td>COMPLAINT (formal complaint)</td><td>OFFER_HUMAN</td><td>NORMAL</td><td>COMPLAINTS</td></tr>
 *   <tr><td>FRAUD_OR_SECURITY (fraud, scam, stolen/lost card, unrecognised transactions, hacked)</td><td>ESCALATE_NOW</td><td>HIGH</td><td>SECURITY</td></tr>
 *   <tr><td>CONSENT_DECLINED (signal or "I do not consent")</td><td>ESCALATE_NOW</td><td>NORMAL</td><td>GENERAL</td></tr>
 *   <tr><td>CARD_DATA_IN_UNSAFE_CHANNEL (card number in a channel of {@code cardDataForbiddenIn}, default CHAT and EMAIL)</td><td>ESCALATE_NOW</td><td>HIGH</td><td>SECURE_PAYMENTS</td></tr>
 * </table>
 * HUMAN_REQUESTED, AI_REJECTED, BOT_QUESTION, FRUSTRATION, COMPLAINT, CONSENT_DECLINED and card data count only in
 * the latest customer turn; SELF_HARM, VULNERABILITY, LEGAL_THREAT and FRAUD_OR_SECURITY count from any customer
 * turn in the last {@code historyWindow} turns, because they decide who should take the conversation. The
 * assistant's previous turn resolves pronouns: "I lost it" right after "Is this about your card?" is a security
 * report. Weak cues (intensifiers such as "damn", "still not …") count only together with another cue.
 *
 * <h2>Conversation rules (defaults)</h2>
 * <ul>
 *   <li>REPEATED_INTENT: the signal's {@code intentAttempts}, the same intent label on consecutive customer
 *       turns, or (without labels) consecutive customer messages sharing at least 60% of their words, reaches
 *       {@code maxIntentAttempts} (3) — OFFER_HUMAN.</li>
 *   <li>ASSISTANT_FALLBACKS: the last {@code maxFallbacksInRow} (2) assistant turns were fallbacks (marked by the
 *       host or recognized: "I'm sorry, I can't help with that", "no te he entendido", …) — OFFER_HUMAN.</li>
 *   <li>SENTIMENT_DECLINING: over the last {@code sentimentWindow} (3) customer turns, lexicon sentiment never
 *       rises, falls by at least {@code sentimentDrop} (0.5) and ends negative — OFFER_HUMAN.</li>
 *   <li>LOW_CONFIDENCE: the model's confidence is below {@code lowConfidence} (0.4) — OFFER_HUMAN.</li>
 * </ul>
 * The decision takes the most urgent action of its reasons; the priority is the highest priority, raised one
 * step for {@link CustomerTier#PREMIUM} and {@link CustomerTier#VIP} (VIP at least HIGH); the queue is that of the
 * most important reason, a specific queue winning over GENERAL at equal priority.
 *
 * <p>Immutable and thread-safe. Latency: linear in the analyzed text; each turn is capped at
 * 20,000 characters (its first and last halves), so adversarial inputs stay cheap.
 */
public final class DefaultEscalationPolicy implements EscalationPolicy {


    /** Codes found per customer turn that keep counting in later turns. */
    private static final Set<Code> STICKY = EnumSet.of(Code.SELF_HARM, Code.VULNERABILITY, Code.LEGAL_THREAT,
            Code.FRAUD_OR_SECURITY);

    private static final Map<Code, String> TEXTS = new EnumMap<>(Code.class);

    static {
        TEXTS.put(Code.HUMAN_REQUESTED, "The customer asked to speak to a person.");
        TEXTS.put(Code.AI_REJECTED, "The customer does not want to deal with the automated assistant.");
        TEXTS.put(Code.BOT_QUESTION, "The customer asked whether they are talking to a bot; disclose and offer a person.");
        TEXTS.put(Code.FRUSTRATION, "The customer is frustrated.");
        TEXTS.put(Code.VULNERABILITY, "The customer may be in a vulnerable situation (bereavement, illness, hardship or abuse).");
        TEXTS.put(Code.SELF_HARM, "The customer's words hint at self-harm: hand over to a trained person immediately.");
        TEXTS.put(Code.LEGAL_THREAT, "The customer mentions legal action or a regulator.");
        TEXTS.put(Code.COMPLAINT, "The customer wants to make a formal complaint.");
        TEXTS.put(Code.FRAUD_OR_SECURITY, "The customer reports fraud or an account or card security problem.");
        TEXTS.put(Code.REPEATED_INTENT, "The same request was tried repeatedly without resolution.");
        TEXTS.put(Code.ASSISTANT_FALLBACKS, "The assistant could not help several times in a row.");
        TEXTS.put(Code.SENTIMENT_DECLINING, "The customer's sentiment is getting worse turn after turn.");
        TEXTS.put(Code.LOW_CONFIDENCE, "The model is not confident in its answer.");
        TEXTS.put(Code.CONSENT_DECLINED, "The customer declined consent to automated processing.");
        TEXTS.put(Code.CARD_DATA_IN_UNSAFE_CHANNEL, "The customer is giving card details in a channel that must not receive them.");
        TEXTS.put(Code.ASSISTANT_OVERCOMMITTED, "The assistant committed to something only a person may decide or promise.");
    }

    /** Word overlap (Jaccard) from which two consecutive customer messages count as the same request. */
    static final double REPEAT_OVERLAP = 0.6;

    private final TurnAnalyzer analyzer;
    private final Map<Code, Action> actions;
    private final Map<Code, Priority> priorities;
    private final Map<Code, Queue> queues;
    private final Set<Code> disabled;
    private final int maxIntentAttempts;
    private final int maxFallbacksInRow;
    private final int sentimentWindow;
    private final double sentimentDrop;
    private final double lowConfidence;
    private final int historyWindow;
    private final int frustratedTurnsToEscalate;
    private final Set<Channel> cardDataForbiddenIn;

    private DefaultEscalationPolicy(Builder b) {
        this.analyzer = TurnAnalyzer.defaults();
        this.actions = Collections.unmodifiableMap(new EnumMap<>(b.actions));
        this.priorities = Collections.unmodifiableMap(new EnumMap<>(b.priorities));
        this.queues = Collections.unmodifiableMap(new EnumMap<>(b.queues));
        this.disabled = Collections.unmodifiableSet(b.disabled.isEmpty() ? EnumSet.noneOf(Code.class)
                : EnumSet.copyOf(b.disabled));
        this.maxIntentAttempts = b.maxIntentAttempts;
        this.maxFallbacksInRow = b.maxFallbacksInRow;
        this.sentimentWindow = b.sentimentWindow;
        this.sentimentDrop = b.sentimentDrop;
        this.lowConfidence = b.lowConfidence;
        this.historyWindow = b.historyWindow;
        this.frustratedTurnsToEscalate = b.frustratedTurnsToEscalate;
        this.cardDataForbiddenIn = Collections.unmodifiableSet(b.cardDataForbiddenIn.isEmpty()
                ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(b.cardDataForbiddenIn));
    }

    /** A policy with every default described in the class documentation. */
    public static DefaultEscalationPolicy withDefaults() {
        return builder().build();
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public EscalationDecision evaluate(Conversation conversation, EscalationSignals signals) {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(signals, "signals");
        List<ConversationTurn> turns = conversation.turns();
        int from = Math.max(0, turns.size() - historyWindow);
        int lastCustomer = -1;
        for (int i = turns.size() - 1; i >= from; i--) {
            if (turns.get(i).role() == ConversationTurn.Role.CUSTOMER) {
                lastCustomer = i;
                break;
            }
        }
        List<EscalationReason> reasons = new ArrayList<>();
        Map<Code, Boolean> seen = new EnumMap<>(Code.class);
        List<TurnAnalysis> customerAnalyses = new ArrayList<>();
        int frustratedRecent = 0;
        int recentCustomerTurns = 0;
        for (int i = lastCustomer; i >= from; i--) {
            ConversationTurn turn = turns.get(i);
            if (turn.role() != ConversationTurn.Role.CUSTOMER) {
                continue;
            }
            TurnAnalysis a = analyzer.analyze(turn.text(), previousAssistantText(turns, i));
            customerAnalyses.add(a);
            if (recentCustomerTurns < 3) {
                recentCustomerTurns++;
                if (a.has(Code.FRUSTRATION)) {
                    frustratedRecent++;
                }
            }
            for (Map.Entry<Code, List<String>> e : a.cues.entrySet()) {
                Code code = e.getKey();
                if (seen.containsKey(code) || (i != lastCustomer && !STICKY.contains(code))) {
                    continue;
                }
                if (code == Code.CARD_DATA_IN_UNSAFE_CHANNEL && !cardDataForbiddenIn.contains(signals.channel())) {
                    continue;
                }
                seen.put(code, Boolean.TRUE);
                reasons.add(EscalationReason.of(code, TEXTS.get(code), e.getValue(), i));
            }
        }
        Collections.reverse(customerAnalyses); // oldest first
        conversationRules(turns, from, signals, customerAnalyses, seen, reasons);
        reasons.removeIf(r -> disabled.contains(r.code()));
        if (reasons.isEmpty()) {
            return EscalationDecision.stayWithAi();
        }
        boolean frustrationPersists = frustratedRecent >= frustratedTurnsToEscalate;
        Action action = Action.STAY_WITH_AI;
        for (EscalationReason r : reasons) {
            Action a = actions.get(r.code());
            if (r.code() == Code.FRUSTRATION && frustrationPersists) {
                a = Action.ESCALATE_NOW;
            }
            if (a.compareTo(action) > 0) {
                action = a;
            }
        }
        reasons.sort(Comparator.comparing((EscalationReason r) -> priorities.get(r.code())).reversed()
                .thenComparing(r -> queues.get(r.code()) == Queue.GENERAL)
                .thenComparing(r -> actions.get(r.code()), Comparator.reverseOrder())
                .thenComparing(EscalationReason::code));
        Priority priority = priorities.get(reasons.get(0).code());
        Queue queue = queues.get(reasons.get(0).code());
        if (action == Action.STAY_WITH_AI) {
            return EscalationDecision.of(action, reasons, Priority.LOW, Queue.GENERAL);
        }
        priority = tiered(priority, signals.customerTier());
        return EscalationDecision.of(action, reasons, priority, queue);
    }

    /** What the assistant said just before turn {@code i}, or null. */
    private static String previousAssistantText(List<ConversationTurn> turns, int i) {
        if (i > 0 && turns.get(i - 1).role() == ConversationTurn.Role.ASSISTANT) {
            return turns.get(i - 1).text();
        }
        return null;
    }

    private static Priority tiered(Priority p, CustomerTier tier) {
        if (tier == CustomerTier.STANDARD || p == Priority.URGENT) {
            return p;
        }
        Priority raised = Priority.values()[p.ordinal() + 1];
        if (tier == CustomerTier.VIP && raised.compareTo(Priority.HIGH) < 0) {
            raised = Priority.HIGH;
        }
        return raised;
    }

    private void conversationRules(List<ConversationTurn> turns, int from, EscalationSignals signals,
                                   List<TurnAnalysis> customer, Map<Code, Boolean> seen,
                                   List<EscalationReason> reasons) {
        // consent signal
        if (signals.consentDeclined() && !seen.containsKey(Code.CONSENT_DECLINED)) {
            reasons.add(EscalationReason.of(Code.CONSENT_DECLINED, TEXTS.get(Code.CONSENT_DECLINED),
                    List.of("signal consentDeclined=true"), EscalationReason.CONVERSATION));
        }
        // low confidence
        if (signals.modelConfidence().isPresent() && signals.modelConfidence().getAsDouble() < lowConfidence) {
            reasons.add(EscalationReason.of(Code.LOW_CONFIDENCE, TEXTS.get(Code.LOW_CONFIDENCE),
                    List.of(String.format(Locale.ROOT, "model confidence %.2f < threshold %.2f",
                            signals.modelConfidence().getAsDouble(), lowConfidence)),
                    EscalationReason.CONVERSATION));
        }
        // repeated intent: signal, or the same label on consecutive labelled customer turns
        int attempts = signals.intentAttempts();
        String label = signals.intentLabel().orElse(null);
        int run = 0;
        String runLabel = null;
        for (int i = turns.size() - 1; i >= from; i--) {
            ConversationTurn t = turns.get(i);
            if (t.role() != ConversationTurn.Role.CUSTOMER || t.intent().isEmpty()) {
                continue;
            }
            if (runLabel == null) {
                runLabel = t.intent().get();
            }
            if (!t.intent().get().equals(runLabel)) {
                break;
            }
            run++;
        }
        if (runLabel != null && (label == null || label.equals(runLabel)) && run > attempts) {
            attempts = run;
            label = runLabel;
        }
        // without labels: the customer sending (nearly) the same message again and again
        int similar = 1;
        for (int i = customer.size() - 1; i > 0; i--) {
            if (customer.get(i).overlap(customer.get(i - 1)) >= REPEAT_OVERLAP) {
                similar++;
            } else {
                break;
            }
        }
        if (attempts < maxIntentAttempts && customer.size() >= 2 && similar >= maxIntentAttempts) {
            reasons.add(EscalationReason.of(Code.REPEATED_INTENT, TEXTS.get(Code.REPEATED_INTENT),
                    List.of(similar + " similar customer messages in a row (word overlap >= " + REPEAT_OVERLAP
                            + ") >= threshold " + maxIntentAttempts), EscalationReason.CONVERSATION));
        } else if (attempts >= maxIntentAttempts) {
            reasons.add(EscalationReason.of(Code.REPEATED_INTENT, TEXTS.get(Code.REPEATED_INTENT),
                    List.of("intent " + (label == null ? "(unlabelled)" : "'" + label + "'") + " attempted "
                            + attempts + " times >= threshold " + maxIntentAttempts),
                    EscalationReason.CONVERSATION));
        }
        // assistant fallbacks in a row
        int fallbacks = 0;
        String firstCue = null;
        for (int i = turns.size() - 1; i >= from; i--) {
            ConversationTurn t = turns.get(i);
            if (t.role() != ConversationTurn.Role.ASSISTANT) {
                continue;
            }
            String cue = t.isMarkedFallback() ? "marked as fallback by the host" : analyzer.fallbackCue(t.text());
            if (cue == null) {
                break;
            }
            if (firstCue == null) {
                firstCue = cue;
            }
            fallbacks++;
        }
        if (fallbacks >= maxFallbacksInRow) {
            reasons.add(EscalationReason.of(Code.ASSISTANT_FALLBACKS, TEXTS.get(Code.ASSISTANT_FALLBACKS),
                    List.of(fallbacks + " assistant fallbacks in a row >= threshold " + maxFallbacksInRow,
                            "latest: " + firstCue), EscalationReason.CONVERSATION));
        }
        // sentiment trend over the last customer turns
        if (customer.size() >= sentimentWindow && sentimentWindow >= 2) {
            List<TurnAnalysis> last = customer.subList(customer.size() - sentimentWindow, customer.size());
            boolean nonIncreasing = true;
            for (int i = 1; i < last.size(); i++) {
                if (last.get(i).sentiment > last.get(i - 1).sentiment) {
                    nonIncreasing = false;
                    break;
                }
            }
            double first = last.get(0).sentiment;
            double end = last.get(last.size() - 1).sentiment;
            if (nonIncreasing && first - end >= sentimentDrop && end < 0) {
                reasons.add(EscalationReason.of(Code.SENTIMENT_DECLINING, TEXTS.get(Code.SENTIMENT_DECLINING),
                        List.of(String.format(Locale.ROOT,
                                "sentiment fell from %.2f to %.2f over %d customer turns (drop >= %.2f)", first,
                                end, sentimentWindow, sentimentDrop)), EscalationReason.CONVERSATION));
            }
        }
    }

    /** The configured action for a reason code. */
    public Action actionFor(Code code) {
        return actions.get(Objects.requireNonNull(code, "code"));
    }

    @Override
    public String toString() {
        return "DefaultEscalationPolicy{maxIntentAttempts=" + maxIntentAttempts + ", maxFallbacksInRow="
                + maxFallbacksInRow + ", sentimentWindow=" + sentimentWindow + ", sentimentDrop=" + sentimentDrop
                + ", lowConfidence=" + lowConfidence + ", historyWindow=" + historyWindow
                + ", frustratedTurnsToEscalate=" + frustratedTurnsToEscalate + ", cardDataForbiddenIn="
                + cardDataForbiddenIn + ", disabled=" + disabled + "}";
    }

    /** Builds a {@link DefaultEscalationPolicy}. Not thread-safe; the built policy is. */
    public static final class Builder {
        private final Map<Code, Action> actions = new EnumMap<>(Code.class);
        private final Map<Code, Priority> priorities = new EnumMap<>(Code.class);
        private final Map<Code, Queue> queues = new EnumMap<>(Code.class);
        private final Set<Code> disabled = EnumSet.noneOf(Code.class);
        private int maxIntentAttempts = 3;
        private int maxFallbacksInRow = 2;
        private int sentimentWindow = 3;
        private double sentimentDrop = 0.5;
        private double lowConfidence = 0.4;
        private int historyWindow = 20;
        private int frustratedTurnsToEscalate = 2;
        private final Set<Channel> cardDataForbiddenIn = EnumSet.of(Channel.CHAT, Channel.EMAIL);

        private Builder() {
            set(Code.HUMAN_REQUESTED, Action.ESCALATE_NOW, Priority.NORMAL, Queue.GENERAL);
            set(Code.AI_REJECTED, Action.OFFER_HUMAN, Priority.NORMAL, Queue.GENERAL);
            set(Code.BOT_QUESTION, Action.OFFER_HUMAN, Priority.LOW, Queue.GENERAL);
            set(Code.FRUSTRATION, Action.OFFER_HUMAN, Priority.NORMAL, Queue.GENERAL);
            set(Code.VULNERABILITY, Action.ESCALATE_NOW, Priority.HIGH, Queue.VULNERABLE_CUSTOMERS);
            set(Code.SELF_HARM, Action.ESCALATE_NOW, Priority.URGENT, Queue.VULNERABLE_CUSTOMERS);
            set(Code.LEGAL_THREAT, Action.ESCALATE_NOW, Priority.HIGH, Queue.LEGAL);
            set(Code.COMPLAINT, Action.OFFER_HUMAN, Priority.NORMAL, Queue.COMPLAINTS);
            set(Code.FRAUD_OR_SECURITY, Action.ESCALATE_NOW, Priority.HIGH, Queue.SECURITY);
            set(Code.REPEATED_INTENT, Action.OFFER_HUMAN, Priority.NORMAL, Queue.GENERAL);
            set(Code.ASSISTANT_FALLBACKS, Action.OFFER_HUMAN, Priority.NORMAL, Queue.GENERAL);
            set(Code.SENTIMENT_DECLINING, Action.OFFER_HUMAN, Priority.NORMAL, Queue.GENERAL);
            set(Code.LOW_CONFIDENCE, Action.OFFER_HUMAN, Priority.LOW, Queue.GENERAL);
            set(Code.CONSENT_DECLINED, Action.ESCALATE_NOW, Priority.NORMAL, Queue.GENERAL);
            set(Code.CARD_DATA_IN_UNSAFE_CHANNEL, Action.ESCALATE_NOW, Priority.HIGH, Queue.SECURE_PAYMENTS);
            set(Code.ASSISTANT_OVERCOMMITTED, Action.ESCALATE_NOW, Priority.NORMAL, Queue.GENERAL);
        }

        private void set(Code c, Action a, Priority p, Queue q) {
            actions.put(c, a);
            priorities.put(c, p);
            queues.put(c, q);
        }

        /**
         * Sets the action for a reason code.
         *
         * @throws IllegalArgumentException if it would lower {@link Code#SELF_HARM} below ESCALATE_NOW
         */
        public Builder action(Code code, Action action) {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(action, "action");
            if (code == Code.SELF_HARM && action != Action.ESCALATE_NOW) {
                throw new IllegalArgumentException("SELF_HARM always escalates now");
            }
            actions.put(code, action);
            return this;
        }

        /**
         * Sets the priority for a reason code.
         *
         * @throws IllegalArgumentException if it would lower {@link Code#SELF_HARM} below URGENT
         */
        public Builder priority(Code code, Priority priority) {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(priority, "priority");
            if (code == Code.SELF_HARM && priority != Priority.URGENT) {
                throw new IllegalArgumentException("SELF_HARM is always URGENT");
            }
            priorities.put(code, priority);
            return this;
        }

        /** Sets the queue hint for a reason code. */
        public Builder queue(Code code, Queue queue) {
            queues.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(queue, "queue"));
            return this;
        }

        /**
         * Turns a rule off.
         *
         * @throws IllegalArgumentException for {@link Code#SELF_HARM}, which cannot be disabled
         */
        public Builder disable(Code code) {
            Objects.requireNonNull(code, "code");
            if (code == Code.SELF_HARM) {
                throw new IllegalArgumentException("SELF_HARM cannot be disabled");
            }
            disabled.add(code);
            return this;
        }

        /** Attempts of one intent that trigger REPEATED_INTENT; default 3, at least 1. */
        public Builder maxIntentAttempts(int n) {
            this.maxIntentAttempts = atLeast(1, n, "maxIntentAttempts");
            return this;
        }

        /** Assistant fallbacks in a row that trigger ASSISTANT_FALLBACKS; default 2, at least 1. */
        public Builder maxFallbacksInRow(int n) {
            this.maxFallbacksInRow = atLeast(1, n, "maxFallbacksInRow");
            return this;
        }

        /** Customer turns the sentiment trend looks at; default 3, at least 2. */
        public Builder sentimentWindow(int n) {
            this.sentimentWindow = atLeast(2, n, "sentimentWindow");
            return this;
        }

        /** Minimum sentiment fall over the window, in (0, 2]; default 0.5. */
        public Builder sentimentDrop(double drop) {
            if (!(drop > 0.0 && drop <= 2.0)) {
                throw new IllegalArgumentException("sentimentDrop must be in (0, 2]: " + drop);
            }
            this.sentimentDrop = drop;
            return this;
        }

        /** Model confidence below which LOW_CONFIDENCE fires, in [0, 1]; default 0.4. */
        public Builder lowConfidence(double threshold) {
            if (!(threshold >= 0.0 && threshold <= 1.0)) {
                throw new IllegalArgumentException("lowConfidence must be in [0, 1]: " + threshold);
            }
            this.lowConfidence = threshold;
            return this;
        }

        /** How many of the latest turns are looked at; default 20, at least 1. */
        public Builder historyWindow(int n) {
            this.historyWindow = atLeast(1, n, "historyWindow");
            return this;
        }

        /** Frustrated turns among the last 3 customer turns that make FRUSTRATION escalate now; default 2. */
        public Builder frustratedTurnsToEscalate(int n) {
            this.frustratedTurnsToEscalate = atLeast(1, n, "frustratedTurnsToEscalate");
            return this;
        }

        /** Channels that must not receive card data (replaces the default CHAT and EMAIL; none = off). */
        public Builder cardDataForbiddenIn(Channel... channels) {
            Objects.requireNonNull(channels, "channels");
            cardDataForbiddenIn.clear();
            for (Channel c : channels) {
                cardDataForbiddenIn.add(Objects.requireNonNull(c, "channel"));
            }
            return this;
        }

        private static int atLeast(int min, int n, String name) {
            if (n < min) {
                throw new IllegalArgumentException(name + " must be >= " + min + ": " + n);
            }
            return n;
        }

        /** Builds the immutable policy. */
        public DefaultEscalationPolicy build() {
            return new DefaultEscalationPolicy(this);
        }
    }
}
