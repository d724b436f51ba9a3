package dev.privacyai.examples.langchain4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.guardrail.InputGuardrailException;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.service.AiServices;
import dev.privacyai.consent.ConsentSource;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.escalation.EscalationDecision;
import dev.privacyai.impl.consent.DefaultConsentPolicy;
import dev.privacyai.impl.consent.InMemoryConsentLedger;
import dev.privacyai.impl.guard.ConsentFlags;
import dev.privacyai.impl.pseudonym.DefaultPseudonymizer;
import dev.privacyai.impl.pseudonym.InMemoryTokenVault;
import dev.privacyai.impl.redaction.DefaultRedactor;
import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.pseudonym.SubjectProfile;
import dev.privacyai.redaction.EntityType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The guardrails in an AI Service with an in-process model that records what it received. */
class PrivacyGuardrailsTest {

    private final List<List<ChatMessage>> received = new ArrayList<>();

    private SupportAgent agent(Function<String, String> reply) {
        InMemoryConsentLedger ledger = new InMemoryConsentLedger();
        ConsentFlags.record(ledger, SubjectId.of("cust-1"), Map.of("AI_ASSISTANCE", true), Instant.now(),
                ConsentSource.WEB, "v1");
        ConversationContext ctx = ConversationContext.of(ConversationScope.of("conv-1", "cust-1"),
                SubjectProfile.builder().identity(EntityType.PERSON, "Maria Gonzalez", "Maria").build());
        PrivacyGuardrails privacy = PrivacyGuardrails.builder()
                .pseudonymizer(DefaultPseudonymizer.builder().redactor(DefaultRedactor.withDefaults())
                        .vault(InMemoryTokenVault.withGeneratedKey()).build())
                .consentPolicy(DefaultConsentPolicy.builder().ledger(ledger).build())
                .conversations(id -> "conv-1".equals(id) ? ctx : null).build();
        ChatModel model = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                received.add(request.messages());
                String last = ((UserMessage) request.messages().get(request.messages().size() - 1)).singleText();
                return ChatResponse.builder().aiMessage(AiMessage.from(reply.apply(last))).build();
            }
        };
        return AiServices.builder(SupportAgent.class).chatModel(model)
                .chatMemoryProvider(id -> MessageWindowChatMemory.withMaxMessages(20))
                .inputGuardrails(privacy.input()).outputGuardrails(privacy.output()).build();
    }

    @Test
    void replyScreenRedactsPersonalDataTheModelProducedOnItsOwn() {
        SupportAgent agent = agent(last -> "Sure <PERSON_1>. You can also write to john.smith@othermail.com.");
        String reply = agent.chat("conv-1", "Hi, Maria here, mail me at maria.gonzalez@example.com");
        assertThat(reply).isEqualTo("Sure Maria Gonzalez. You can also write to [EMAIL].");
        assertThat(received.get(0).toString()).doesNotContain("Maria", "maria.gonzalez@example.com");
    }

    @Test
    void escalationStopsTheTurnBeforeTheModel() {
        SupportAgent agent = agent(last -> "ok");
        InputGuardrailException e = catchThrowableOfType(InputGuardrailException.class, () -> agent.chat("conv-1",
                "This is useless. I want to speak to a human agent right now! My email is maria.gonzalez@example.com"));
        assertThat(received).isEmpty();
        PrivacyBlockedException blocked = (PrivacyBlockedException) e.getCause();
        assertThat(blocked.reason()).isEqualTo(PrivacyBlockedException.Reason.ESCALATED);
        assertThat(blocked.escalation().orElseThrow().action()).isEqualTo(EscalationDecision.Action.ESCALATE_NOW);
        assertThat(blocked.handoff().orElseThrow().transcriptText()).doesNotContain("maria.gonzalez@example.com");
        assertThat(e.getMessage()).doesNotContain("maria");
    }

    @Test
    void unknownConversationFailsClosed() {
        SupportAgent agent = agent(last -> "ok");
        assertThat(catchThrowableOfType(InputGuardrailException.class,
                () -> agent.chat("conv-unknown", "Hello, my email is maria.gonzalez@example.com"))).isNotNull();
        assertThat(received).isEmpty();
    }
}
