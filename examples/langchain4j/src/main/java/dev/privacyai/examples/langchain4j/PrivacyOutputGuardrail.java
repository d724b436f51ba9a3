package dev.privacyai.examples.langchain4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.guardrail.OutputGuardrail;
import dev.langchain4j.guardrail.OutputGuardrailRequest;
import dev.langchain4j.guardrail.OutputGuardrailResult;
import dev.privacyai.pseudonym.ReplyFinding;
import dev.privacyai.pseudonym.Reidentifier;
import dev.privacyai.redaction.EntityType;

import java.util.Set;
import java.util.function.Function;

/**
 * The output side of {@link PrivacyGuardrails}: the <b>reply screen</b> (personal data in the reply that was never
 * pseudonymized in this conversation, i.e. from the model's training or invented, is replaced by {@code [TYPE]};
 * types in the ignore set, by default {@code DATE}, are left) and <b>re-identification</b> of the conversation's
 * placeholders under the pseudonymizer's reidentification policy. The result is {@code successWith} the text the
 * customer may see; the chat memory keeps the model's placeholders.
 *
 * <p>Replies without text (tool calls) pass unchanged. Thread-safe.
 */
public final class PrivacyOutputGuardrail implements OutputGuardrail {

    private final Reidentifier reidentifier;
    private final Set<EntityType> ignored;
    private final Function<Object, ConversationContext> conversations;

    PrivacyOutputGuardrail(Reidentifier reidentifier, Set<EntityType> ignored,
                           Function<Object, ConversationContext> conversations) {
        this.reidentifier = reidentifier;
        this.ignored = ignored;
        this.conversations = conversations;
    }

    @Override
    public OutputGuardrailResult validate(OutputGuardrailRequest request) {
        AiMessage ai = request.responseFromLLM().aiMessage();
        if (ai == null || ai.text() == null) {
            return success();
        }
        Object memoryId = request.requestParams().invocationContext() == null ? null
                : request.requestParams().invocationContext().chatMemoryId();
        ConversationContext ctx = memoryId == null ? null : conversations.apply(memoryId);
        if (ctx == null) {
            return fatal("no conversation context for this memory id");
        }
        String reply = ai.text();
        StringBuilder screened = new StringBuilder(reply.length());
        int pos = 0;
        for (ReplyFinding f : reidentifier.check(reply, ctx.scope())) {
            if (f.kind() != ReplyFinding.Kind.UNSEEN_PERSONAL_DATA || ignored.contains(f.entityType())
                    || f.start() < pos) {
                continue;
            }
            screened.append(reply, pos, f.start()).append('[').append(f.entityType().name()).append(']');
            pos = f.end();
        }
        screened.append(reply, pos, reply.length());
        return successWith(reidentifier.reidentify(screened.toString(), ctx.scope()).text());
    }

    @Override
    public String toString() {
        return "PrivacyOutputGuardrail{ignored=" + ignored + "}";
    }
}
