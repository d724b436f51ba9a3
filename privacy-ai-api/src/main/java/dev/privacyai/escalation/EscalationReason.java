package dev.privacyai.escalation;

import java.util.List;
import java.util.Objects;

/**
 * Why a conversation should (or may) go to a person: a typed {@link Code}, a plain-text explanation, the evidence
 * and the index of the turn it was found in.
 *
 * <p>The evidence is what matched <em>from the policy's own lexicon or configuration</em> (for example the cue
 * phrase {@code "speak to … real person"} or {@code "3 fallbacks in a row >= threshold 2"}), never the customer's
 * text, so reasons are safe to log and to show to agents. Implementations must uphold this.
 *
 * <p>Immutable and thread-safe.
 */
public final class EscalationReason {

    /** The kinds of reason. */
    public enum Code {
        /** The customer asked for a person (agent, representative, real person, a department). */
        HUMAN_REQUESTED,
        /** The customer rejects the automated assistant ("I don't want to talk to a bot"). */
        AI_REJECTED,
        /** The customer asks whether they are talking to a bot; disclose and offer a person. */
        BOT_QUESTION,
        /** Frustration: insults, repeated complaints, shouting, "third time I'm asking". */
        FRUSTRATION,
        /** A vulnerable customer: bereavement, serious illness, financial hardship, abuse. */
        VULNERABILITY,
        /** Hints of self-harm or suicide. Always escalates immediately. */
        SELF_HARM,
        /** A legal threat or a complaint to a regulator or ombudsman. */
        LEGAL_THREAT,
        /** The customer wants to make a formal complaint. */
        COMPLAINT,
        /** Fraud, scam, stolen card or identity, unauthorised transactions, account takeover. */
        FRAUD_OR_SECURITY,
        /** The same intent was tried too many times without resolution. */
        REPEATED_INTENT,
        /** The assistant fell back ("I can't help with that") too many times in a row. */
        ASSISTANT_FALLBACKS,
        /** The customer's sentiment is trending down over the last turns. */
        SENTIMENT_DECLINING,
        /** The model's confidence is below the threshold. */
        LOW_CONFIDENCE,
        /** The customer declined consent to automated processing. */
        CONSENT_DECLINED,
        /** The customer is trying to give card details in a channel that must not receive them. */
        CARD_DATA_IN_UNSAFE_CHANNEL,
        /**
         * The assistant's reply commits to something only a person may (a guaranteed refund or compensation, an
         * approval, legal or financial advice). Found in the reply by a guard, not in the customer's text.
         */
        ASSISTANT_OVERCOMMITTED
    }

    /** Turn index used for reasons about the whole conversation or the host's signals. */
    public static final int CONVERSATION = -1;

    private final Code code;
    private final String text;
    private final List<String> evidence;
    private final int turnIndex;

    private EscalationReason(Code code, String text, List<String> evidence, int turnIndex) {
        this.code = code;
        this.text = text;
        this.evidence = evidence;
        this.turnIndex = turnIndex;
    }

    /**
     * Creates a reason.
     *
     * @param code      the kind of reason
     * @param text      plain-text explanation for people, without customer text
     * @param evidence  lexicon cues or thresholds that fired, without customer text
     * @param turnIndex index of the turn in the conversation, or {@link #CONVERSATION}
     * @throws NullPointerException if an argument or an evidence item is null
     * @throws IllegalArgumentException if {@code turnIndex < -1}
     */
    public static EscalationReason of(Code code, String text, List<String> evidence, int turnIndex) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        if (turnIndex < CONVERSATION) {
            throw new IllegalArgumentException("turnIndex must be >= -1: " + turnIndex);
        }
        return new EscalationReason(code, text, List.copyOf(Objects.requireNonNull(evidence, "evidence")), turnIndex);
    }

    /** The kind of reason. */
    public Code code() {
        return code;
    }

    /** Plain-text explanation. */
    public String text() {
        return text;
    }

    /** Lexicon cues or thresholds that fired; never customer text. */
    public List<String> evidence() {
        return evidence;
    }

    /** Index of the turn the reason was found in, or {@link #CONVERSATION}. */
    public int turnIndex() {
        return turnIndex;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof EscalationReason)) {
            return false;
        }
        EscalationReason r = (EscalationReason) o;
        return code == r.code && text.equals(r.text) && evidence.equals(r.evidence) && turnIndex == r.turnIndex;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, text, evidence, turnIndex);
    }

    /** Code, text, evidence and turn: all policy-authored, safe to log. */
    @Override
    public String toString() {
        return code + (turnIndex == CONVERSATION ? "" : "@turn" + turnIndex) + ": " + text + " " + evidence;
    }
}
