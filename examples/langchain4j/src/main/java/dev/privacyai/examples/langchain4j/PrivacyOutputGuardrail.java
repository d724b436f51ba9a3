package dev.privacyai.examples.langchain4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.guardrail.OutputGuardrail;
import dev.langchain4j.guardrail.OutputGuardrailRequest;
import dev.langchain4j.guardrail.OutputGuardrailResult;
import dev.langchain4j.invocation.InvocationContext;
import dev.privacyai.guard.GuardException;
import dev.privacyai.guard.TurnResult;

/**
 * The output side of {@link PrivacyGuardrails}: completes the turn the {@link PrivacyInputGuardrail} opened with
 * the model's reply ({@link dev.privacyai.guard.PreparedTurn#complete(String)}): the guard's interceptors, the
 * <b>reply screen</b> (personal data the model produced on its own is replaced by {@code [TYPE]}),
 * <b>re-identification</b> under the pseudonymizer's policy, the <b>reply escalation</b> and the audit. An
 * answered turn is {@code successWith} the text the customer may see (the chat memory keeps the model's
 * placeholders); a reply the guard withholds (e.g. an over-commitment: a person must take over) or blocks is a
 * fatal result with a {@link PrivacyBlockedException}.
 *
 * <p>Replies without text (tool calls) pass unchanged and leave the turn open for the final reply. Thread-safe.
 */
public final class PrivacyOutputGuardrail implements OutputGuardrail {

    private final PrivacyGuardrails turns;

    PrivacyOutputGuardrail(PrivacyGuardrails turns) {
        this.turns = turns;
    }

    @Override
    public OutputGuardrailResult validate(OutputGuardrailRequest request) {
        AiMessage ai = request.responseFromLLM().aiMessage();
        if (ai == null || ai.text() == null) {
            return success();
        }
        InvocationContext invocation = request.requestParams().invocationContext();
        PrivacyGuardrails.OpenTurn open = invocation == null || invocation.chatMemoryId() == null ? null
                : turns.take(invocation.chatMemoryId(), invocation.invocationId());
        if (open == null) {
            return fatal("no guarded turn is open for this call");
        }
        TurnResult result;
        try {
            result = open.turn().complete(ai.text());
        } catch (GuardException e) {
            return fatal("the privacy guard failed", e);
        }
        if (result.action() == TurnResult.Action.ANSWERED) {
            return successWith(result.reply().orElseThrow());
        }
        PrivacyBlockedException blocked = new PrivacyBlockedException(result);
        return fatal(blocked.getMessage(), blocked);
    }

    @Override
    public String toString() {
        return "PrivacyOutputGuardrail{" + turns + "}";
    }
}
