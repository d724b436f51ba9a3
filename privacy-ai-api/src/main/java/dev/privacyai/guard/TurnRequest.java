package dev.privacyai.guard;

import dev.privacyai.escalation.EscalationSignals;
import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.pseudonym.SubjectProfile;
import dev.privacyai.redaction.RedactionContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One customer turn to be guarded: the {@link ConversationScope} (conversation and customer), the customer's text,
 * the history of the conversation as the customer experienced it (raw: earlier customer messages and the replies
 * the customer was shown), an optional system prompt, what the host knows about the customer
 * ({@link SubjectProfile}), the host's {@link EscalationSignals} and the {@link RedactionContext} (regions, locales,
 * allow-list; the channel is taken from the signals).
 *
 * <p>The guard pseudonymizes everything it sends to the model, history and system prompt included, so the host
 * keeps and passes raw text. A host whose history already holds what the model received (a framework's chat
 * memory that stored the guard's placeholders, or earlier {@link TurnResult#modelInput()} and
 * {@link TurnResult#modelReply()}) passes it with {@link Builder#pseudonymizedHistory} instead: it is sent as it
 * is. {@link #toString()} prints lengths and counts only. Immutable and thread-safe.
 */
public final class TurnRequest {

    private final ConversationScope scope;
    private final String text;
    private final List<ChatMessage> history;
    private final boolean historyPseudonymized;
    private final String systemPrompt;
    private final SubjectProfile profile;
    private final EscalationSignals signals;
    private final RedactionContext context;

    private TurnRequest(Builder b) {
        this.scope = b.scope;
        this.text = b.text;
        this.history = List.copyOf(b.history);
        this.historyPseudonymized = b.historyPseudonymized;
        this.systemPrompt = b.systemPrompt;
        this.profile = b.profile;
        this.signals = b.signals;
        this.context = b.context.toBuilder().channel(b.signals.channel()).build();
    }

    /**
     * A builder for the customer's turn {@code text} in {@code scope}.
     *
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(ConversationScope scope, String text) {
        return new Builder(scope, text);
    }

    /** A request with no history, no system prompt, an empty profile and no signals. */
    public static TurnRequest of(ConversationScope scope, String text) {
        return builder(scope, text).build();
    }

    /** A builder starting from this request. */
    public Builder toBuilder() {
        Builder b = new Builder(scope, text);
        b.history.addAll(history);
        b.historyPseudonymized = historyPseudonymized;
        b.systemPrompt = systemPrompt;
        b.profile = profile;
        b.signals = signals;
        b.context = context;
        return b;
    }

    /** The conversation and the customer (data subject) it belongs to. */
    public ConversationScope scope() {
        return scope;
    }

    /** The customer's turn. Personal data: never log it. */
    public String text() {
        return text;
    }

    /**
     * Earlier messages, oldest first; system messages excluded. Raw (as the customer wrote and saw them) unless
     * {@link #historyPseudonymized()}.
     */
    public List<ChatMessage> history() {
        return history;
    }

    /**
     * True if {@link #history()} is already pseudonymized (as the model received it) and is sent as it is; false
     * for raw history, which the guard pseudonymizes.
     */
    public boolean historyPseudonymized() {
        return historyPseudonymized;
    }

    /** The host's system prompt, if any; it is pseudonymized too before it reaches the model. */
    public Optional<String> systemPrompt() {
        return Optional.ofNullable(systemPrompt);
    }

    /** What the host knows about the customer (names and other identities to pseudonymize). */
    public SubjectProfile profile() {
        return profile;
    }

    /** The host's signals for the escalation policy (confidence, intent, tier, channel). */
    public EscalationSignals signals() {
        return signals;
    }

    /** The redaction context; its channel equals {@code signals().channel()}. */
    public RedactionContext context() {
        return context;
    }

    /** Lengths and counts only. */
    @Override
    public String toString() {
        return "TurnRequest{" + scope + ", text=" + text.length() + " chars, history=" + history.size()
                + (historyPseudonymized ? " pseudonymized" : "")
                + ", systemPrompt=" + (systemPrompt == null ? "none" : systemPrompt.length() + " chars") + ", "
                + profile + ", " + signals + "}";
    }

    /** Builds a {@link TurnRequest}. Not thread-safe. */
    public static final class Builder {
        private final ConversationScope scope;
        private final String text;
        private final List<ChatMessage> history = new ArrayList<>();
        private boolean historyPseudonymized;
        private String systemPrompt;
        private SubjectProfile profile = SubjectProfile.empty();
        private EscalationSignals signals = EscalationSignals.none();
        private RedactionContext context = RedactionContext.defaults();

        private Builder(ConversationScope scope, String text) {
            this.scope = Objects.requireNonNull(scope, "scope");
            this.text = Objects.requireNonNull(text, "text");
        }

        /**
         * The earlier messages, raw (as the customer wrote and saw them), oldest first; the guard pseudonymizes
         * them on every turn. Replaces any history set before. System messages are not history: use
         * {@link #systemPrompt}.
         *
         * @throws IllegalArgumentException if a message is a system message
         */
        public Builder history(List<ChatMessage> messages) {
            setHistory(messages);
            historyPseudonymized = false;
            return this;
        }

        /**
         * The earlier messages exactly as the model received them in earlier turns of this conversation, oldest
         * first: e.g. a framework's chat memory that stored the guard's pseudonymized turns and the model's
         * replies, or earlier {@link TurnResult#modelInput()} and {@link TurnResult#modelReply()}. The guard sends
         * them <em>as they are</em> (no second pseudonymization, so placeholders and surrogates stay stable and
         * the history costs no detection per turn) and runs the escalation checks on them. Only pass text that
         * came out of the guard (or the model): raw text passed here reaches the model unchanged. The
         * {@code PSEUDONYMIZATION} audit event of such a turn carries the reason {@code HISTORY_AS_SENT}. Replaces
         * any history set before.
         *
         * @throws IllegalArgumentException if a message is a system message
         */
        public Builder pseudonymizedHistory(List<ChatMessage> messages) {
            setHistory(messages);
            historyPseudonymized = true;
            return this;
        }

        private void setHistory(List<ChatMessage> messages) {
            List<ChatMessage> checked = new ArrayList<>(Objects.requireNonNull(messages, "messages").size());
            for (ChatMessage m : messages) {
                if (Objects.requireNonNull(m, "message").role() == ChatMessage.Role.SYSTEM) {
                    throw new IllegalArgumentException("history holds user and assistant messages only");
                }
                checked.add(m);
            }
            history.clear();
            history.addAll(checked);
        }

        /** The host's instructions to the model; {@code null} for none. */
        public Builder systemPrompt(String prompt) {
            this.systemPrompt = prompt;
            return this;
        }

        /** What the host knows about the customer; default {@link SubjectProfile#empty()}. */
        public Builder profile(SubjectProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /** The host's escalation signals; default {@link EscalationSignals#none()}. */
        public Builder signals(EscalationSignals signals) {
            this.signals = Objects.requireNonNull(signals, "signals");
            return this;
        }

        /** Regions, locales and allow-list for detection; default {@link RedactionContext#defaults()}. */
        public Builder context(RedactionContext context) {
            this.context = Objects.requireNonNull(context, "context");
            return this;
        }

        /** Builds the immutable request. */
        public TurnRequest build() {
            return new TurnRequest(this);
        }
    }
}
