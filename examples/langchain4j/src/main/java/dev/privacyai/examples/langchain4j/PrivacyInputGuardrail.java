package dev.privacyai.examples.langchain4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.guardrail.InputGuardrail;
import dev.langchain4j.guardrail.InputGuardrailRequest;
import dev.langchain4j.guardrail.InputGuardrailResult;
import dev.langchain4j.memory.ChatMemory;
import dev.privacyai.consent.ConsentDecision;
import dev.privacyai.consent.ConsentPolicy;
import dev.privacyai.consent.DataCategory;
import dev.privacyai.consent.Purpose;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.escalation.Conversation;
import dev.privacyai.escalation.ConversationTurn;
import dev.privacyai.escalation.EscalationDecision;
import dev.privacyai.escalation.EscalationPolicy;
import dev.privacyai.escalation.EscalationReason;
import dev.privacyai.impl.escalation.Handoffs;
import dev.privacyai.pseudonym.PseudonymizationResult;
import dev.privacyai.pseudonym.Pseudonymizer;
import dev.privacyai.redaction.RedactionContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The input side of {@link PrivacyGuardrails}, in the order of the guarded conversation: <b>consent</b> for
 * {@link Purpose#AI_ASSISTED_ANSWERING} (not allowed: fatal, nothing is pseudonymized or stored), then
 * <b>pseudonymization</b> of the customer's message in the conversation's scope with the customer's profile, then
 * <b>escalation</b> on the conversation so far (from the chat memory, which holds placeholders) plus the new turn:
 * at or above the configured action the turn is stopped with the hand-off. Otherwise the message goes on with
 * placeholders ({@code successWith}). A stop is a fatal result whose cause is a {@link PrivacyBlockedException}.
 *
 * <p>Only text user messages are accepted (anything else fails closed). Thread-safe.
 */
public final class PrivacyInputGuardrail implements InputGuardrail {

    private final Pseudonymizer pseudonymizer;
    private final ConsentPolicy consentPolicy;
    private final EscalationPolicy escalationPolicy;
    private final Handoffs handoffs;
    private final EscalationDecision.Action escalateOn;
    private final Function<Object, ConversationContext> conversations;

    PrivacyInputGuardrail(Pseudonymizer pseudonymizer, ConsentPolicy consentPolicy, EscalationPolicy escalationPolicy,
                          Handoffs handoffs, EscalationDecision.Action escalateOn,
                          Function<Object, ConversationContext> conversations) {
        this.pseudonymizer = pseudonymizer;
        this.consentPolicy = consentPolicy;
        this.escalationPolicy = escalationPolicy;
        this.handoffs = handoffs;
        this.escalateOn = escalateOn;
        this.conversations = conversations;
    }

    @Override
    public InputGuardrailResult validate(InputGuardrailRequest request) {
        Object memoryId = request.requestParams().invocationContext() == null ? null
                : request.requestParams().invocationContext().chatMemoryId();
        ConversationContext ctx = memoryId == null ? null : conversations.apply(memoryId);
        if (ctx == null) {
            return fatal("no conversation context for this memory id");
        }
        UserMessage user = request.userMessage();
        if (!user.hasSingleText()) {
            return fatal("only text messages can be guarded");
        }
        // 1. consent, before the text is touched
        ConsentDecision consent = consentPolicy.decide(SubjectId.of(ctx.scope().subjectId()),
                Purpose.AI_ASSISTED_ANSWERING, Set.of(DataCategory.CONVERSATION_CONTENT));
        if (!consent.allowed()) {
            return fatal("AI answering not allowed", new PrivacyBlockedException(
                    PrivacyBlockedException.Reason.NO_CONSENT, consent, null, null, consent.reason().name()));
        }
        // 2. pseudonymization of the customer's message
        List<ChatMessage> memory = memory(request.requestParams().chatMemory());
        String previousAssistant = null;
        for (ChatMessage m : memory) {
            if (m instanceof AiMessage && ((AiMessage) m).text() != null) {
                previousAssistant = ((AiMessage) m).text();
            }
        }
        RedactionContext rc = RedactionContext.defaults().toBuilder().channel(ctx.signals().channel())
                .previousAssistantPrompt(previousAssistant).build();
        PseudonymizationResult p = pseudonymizer.pseudonymize(user.singleText(), ctx.scope(), rc, ctx.profile());
        // 3. escalation on the conversation as the model would see it (placeholders only)
        List<ConversationTurn> turns = new ArrayList<>();
        for (ChatMessage m : memory) {
            if (m instanceof UserMessage && ((UserMessage) m).hasSingleText()) {
                turns.add(ConversationTurn.customer(((UserMessage) m).singleText()));
            } else if (m instanceof AiMessage && ((AiMessage) m).text() != null) {
                turns.add(ConversationTurn.assistant(((AiMessage) m).text()));
            }
        }
        ConversationTurn current = ConversationTurn.customer(p.text());
        if (ctx.signals().intentLabel().isPresent()) {
            current = current.withIntent(ctx.signals().intentLabel().get());
        }
        turns.add(current);
        Conversation conversation = Conversation.of(turns);
        EscalationDecision decision = escalationPolicy.evaluate(conversation, ctx.signals());
        if (decision.action().compareTo(escalateOn) >= 0) {
            Set<String> codes = new TreeSet<>();
            for (EscalationReason r : decision.reasons()) {
                codes.add(r.code().name());
            }
            return fatal("a person must take over", new PrivacyBlockedException(
                    PrivacyBlockedException.Reason.ESCALATED, consent, decision,
                    handoffs.create(conversation, ctx.signals(), decision, "agent"), String.join(",", codes)));
        }
        return successWith(p.text());
    }

    private static List<ChatMessage> memory(ChatMemory memory) {
        return memory == null ? List.of() : memory.messages();
    }

    /** Configuration only. */
    @Override
    public String toString() {
        return "PrivacyInputGuardrail{escalateOn=" + escalateOn + "}";
    }
}
