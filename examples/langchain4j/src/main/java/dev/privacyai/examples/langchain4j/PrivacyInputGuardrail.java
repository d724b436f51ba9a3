package dev.privacyai.examples.langchain4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.guardrail.InputGuardrail;
import dev.langchain4j.guardrail.InputGuardrailRequest;
import dev.langchain4j.guardrail.InputGuardrailResult;
import dev.langchain4j.invocation.InvocationContext;
import dev.langchain4j.memory.ChatMemory;
import dev.privacyai.guard.ConversationGuard;
import dev.privacyai.guard.GuardException;
import dev.privacyai.guard.PreparedTurn;
import dev.privacyai.guard.TurnRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The input side of {@link PrivacyGuardrails}: the first half of the guarded turn
 * ({@link ConversationGuard#begin}): <b>consent</b> for AI answering, <b>input escalation</b> on the conversation
 * so far (the chat memory, which holds placeholders, passed as {@code pseudonymizedHistory}) plus the new turn, and
 * <b>pseudonymization</b> of the customer's message in the conversation's scope with the customer's profile. When
 * the model may be called the message goes on with placeholders ({@code successWith}) and the open turn waits for
 * the {@link PrivacyOutputGuardrail}; otherwise the result is fatal with a {@link PrivacyBlockedException} (the
 * guard's result, hand-off included). Either way the guard has audited the decisions.
 *
 * <p>Only text user messages are accepted (anything else fails closed). Thread-safe.
 */
public final class PrivacyInputGuardrail implements InputGuardrail {

    private final ConversationGuard guard;
    private final Function<Object, ConversationContext> conversations;
    private final PrivacyGuardrails turns;

    PrivacyInputGuardrail(ConversationGuard guard, Function<Object, ConversationContext> conversations,
                          PrivacyGuardrails turns) {
        this.guard = guard;
        this.conversations = conversations;
        this.turns = turns;
    }

    @Override
    public InputGuardrailResult validate(InputGuardrailRequest request) {
        InvocationContext invocation = request.requestParams().invocationContext();
        Object memoryId = invocation == null ? null : invocation.chatMemoryId();
        ConversationContext ctx = memoryId == null ? null : conversations.apply(memoryId);
        if (ctx == null || invocation.invocationId() == null) {
            return fatal("no conversation context for this memory id");
        }
        UserMessage user = request.userMessage();
        if (!user.hasSingleText()) {
            return fatal("only text messages can be guarded");
        }
        TurnRequest turn = TurnRequest.builder(ctx.scope(), user.singleText())
                .pseudonymizedHistory(history(request.requestParams().chatMemory()))
                .profile(ctx.profile()).signals(ctx.signals()).build();
        PreparedTurn prepared;
        try {
            prepared = guard.begin(turn);
        } catch (GuardException e) {
            return fatal("the privacy guard failed", e);
        }
        if (!prepared.modelMayBeCalled()) {
            PrivacyBlockedException blocked = new PrivacyBlockedException(prepared.result().orElseThrow());
            return fatal(blocked.getMessage(), blocked);
        }
        turns.opened(memoryId, new PrivacyGuardrails.OpenTurn(invocation.invocationId(), prepared));
        List<dev.privacyai.guard.ChatMessage> messages = prepared.messages();
        return successWith(messages.get(messages.size() - 1).text());
    }

    /**
     * The chat memory as the model received it: user and assistant text (placeholders); the system message is
     * LangChain4j's, tool calls and results are not guarded here.
     */
    private static List<dev.privacyai.guard.ChatMessage> history(ChatMemory memory) {
        List<dev.privacyai.guard.ChatMessage> out = new ArrayList<>();
        if (memory == null) {
            return out;
        }
        for (ChatMessage m : memory.messages()) {
            if (m instanceof UserMessage && ((UserMessage) m).hasSingleText()) {
                out.add(dev.privacyai.guard.ChatMessage.user(((UserMessage) m).singleText()));
            } else if (m instanceof AiMessage && ((AiMessage) m).text() != null) {
                out.add(dev.privacyai.guard.ChatMessage.assistant(((AiMessage) m).text()));
            }
        }
        return out;
    }

    /** No configuration to show. */
    @Override
    public String toString() {
        return "PrivacyInputGuardrail{" + guard + "}";
    }
}
