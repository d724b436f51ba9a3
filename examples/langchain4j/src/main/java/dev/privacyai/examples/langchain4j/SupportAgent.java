package dev.privacyai.examples.langchain4j;

import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.guardrail.InputGuardrails;
import dev.langchain4j.service.guardrail.OutputGuardrails;

/**
 * The example's LangChain4j AI Service: a support assistant whose every call goes through privacy-ai's guardrails.
 *
 * <p>The annotations name the guardrails of the method. The instances are configured and registered on the
 * {@code AiServices} builder ({@code .inputGuardrails(privacy.input())}, {@code .outputGuardrails(privacy.output())}):
 * LangChain4j 1.8 then uses those instances for annotated methods, so the input and output guardrail share one
 * guard and the turns they open and complete. (With the annotations alone, LangChain4j would create each class itself through a
 * {@code ClassInstanceFactory}, e.g. Quarkus or Spring dependency injection.)
 */
public interface SupportAgent {

    /** The host's instructions; keep personal data out of them (they are not pseudonymized by the guardrails). */
    String SYSTEM_PROMPT = "You are the support assistant of an online shop. Refer to the customer and their "
            + "contact details by the placeholders in angle brackets you are given.";

    /** One customer turn in the conversation {@code conversationId}; returns what the customer may see. */
    @SystemMessage(SYSTEM_PROMPT)
    @InputGuardrails(PrivacyInputGuardrail.class)
    @OutputGuardrails(PrivacyOutputGuardrail.class)
    String chat(@MemoryId String conversationId, @UserMessage String customerMessage);
}
