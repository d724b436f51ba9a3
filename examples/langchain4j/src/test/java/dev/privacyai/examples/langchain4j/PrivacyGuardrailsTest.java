package dev.privacyai.examples.langchain4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.guardrail.InputGuardrailException;
import dev.langchain4j.guardrail.OutputGuardrailException;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.service.AiServices;
import dev.privacyai.consent.ConsentSource;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.escalation.EscalationDecision;
import dev.privacyai.escalation.EscalationReason;
import dev.privacyai.guard.AuditEvent;
import dev.privacyai.guard.ModelResponse;
import dev.privacyai.guard.TurnResult;
import dev.privacyai.impl.consent.InMemoryConsentLedger;
import dev.privacyai.impl.guard.ConsentFlags;
import dev.privacyai.impl.guard.DefaultConversationGuard;
import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.pseudonym.SubjectProfile;
import dev.privacyai.redaction.EntityType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The guardrails in an AI Service with an in-process model that records what it received. */
class PrivacyGuardrailsTest {

    private static final String EMAIL = "maria.gonzalez@example.com";

    private final List<List<ChatMessage>> received = new ArrayList<>();
    private final List<AuditEvent> audit = Collections.synchronizedList(new ArrayList<>());
    private DefaultConversationGuard guard;
    private PrivacyGuardrails privacy;

    private SupportAgent agent(Function<String, String> reply) {
        return agent(reply, DefaultConversationGuard.builder());
    }

    private SupportAgent agent(Function<String, String> reply, DefaultConversationGuard.Builder guardBuilder) {
        InMemoryConsentLedger ledger = new InMemoryConsentLedger();
        ConsentFlags.record(ledger, SubjectId.of("cust-1"), Map.of("AI_ASSISTANCE", true), Instant.now(),
                ConsentSource.WEB, "v1");
        ConversationContext ctx = ConversationContext.of(ConversationScope.of("conv-1", "cust-1"),
                SubjectProfile.builder().identity(EntityType.PERSON, "Maria Gonzalez", "Maria").build());
        ConversationContext unknown = ConversationContext.of(ConversationScope.of("conv-2", "cust-2"),
                SubjectProfile.empty());
        guard = guardBuilder.consentLedger(ledger).auditSink(audit::add).build();
        privacy = PrivacyGuardrails.builder().guard(guard)
                .conversations(id -> "conv-1".equals(id) ? ctx : "conv-2".equals(id) ? unknown : null).build();
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

    private List<AuditEvent.Step> steps() {
        List<AuditEvent.Step> out = new ArrayList<>();
        for (AuditEvent e : audit) {
            out.add(e.step());
        }
        return out;
    }

    @Test
    void replyScreenRedactsPersonalDataTheModelProducedOnItsOwn() {
        SupportAgent agent = agent(last -> "Sure <PERSON_1>. You can also write to john.smith@othermail.com.");
        String reply = agent.chat("conv-1", "Hi, Maria here, mail me at " + EMAIL);
        assertThat(reply).isEqualTo("Sure Maria Gonzalez. You can also write to [EMAIL].");
        assertThat(received.get(0).toString()).doesNotContain("Maria", EMAIL);
        assertThat(guard.kpis().snapshot().modelLeaksByType()).containsEntry(EntityType.EMAIL, 1L);
    }

    @Test
    void everyServiceTurnIsInTheGuardsAuditTrailAndKpis() {
        SupportAgent agent = agent(last -> "Noted, <PERSON_1>: <EMAIL_1>.");
        assertThat(agent.chat("conv-1", "Hi, Maria here, mail me at " + EMAIL))
                .isEqualTo("Noted, Maria Gonzalez: " + EMAIL + ".");
        assertThat(agent.chat("conv-1", "Please use " + EMAIL + " for the invoice too"))
                .isEqualTo("Noted, Maria Gonzalez: " + EMAIL + ".");

        List<AuditEvent.Step> turn = List.of(AuditEvent.Step.CONSENT, AuditEvent.Step.INPUT_ESCALATION,
                AuditEvent.Step.PSEUDONYMIZATION, AuditEvent.Step.MODEL_CALL, AuditEvent.Step.REPLY_SCREEN,
                AuditEvent.Step.REIDENTIFICATION, AuditEvent.Step.REPLY_ESCALATION, AuditEvent.Step.TURN);
        List<AuditEvent.Step> both = new ArrayList<>(turn);
        both.addAll(turn);
        assertThat(steps()).isEqualTo(both);
        assertThat(audit.get(7).outcome()).isEqualTo("ANSWERED");
        assertThat(audit.get(15).outcome()).isEqualTo("ANSWERED");
        // the second turn: the memory (placeholders) went to the guard as pseudonymized history, as it is
        AuditEvent second = audit.get(10);
        assertThat(second.step()).isEqualTo(AuditEvent.Step.PSEUDONYMIZATION);
        assertThat(second.turn()).isEqualTo(1);
        assertThat(second.reasons()).containsExactly("HISTORY_AS_SENT");
        assertThat(second.counts()).containsExactly(Map.entry(EntityType.EMAIL, 1));
        assertThat(received.get(1).toString()).doesNotContain("Maria", EMAIL);
        assertThat(((UserMessage) received.get(1).get(received.get(1).size() - 1)).singleText())
                .isEqualTo("Please use <EMAIL_1> for the invoice too");

        assertThat(guard.kpis().snapshot().turns()).isEqualTo(2);
        assertThat(guard.kpis().snapshot().actions()).containsEntry("ANSWERED", 2L);
        assertThat(guard.kpis().snapshot().redactionsByType()).containsEntry(EntityType.EMAIL, 2L)
                .containsEntry(EntityType.PERSON, 1L);
        assertThat(privacy.openTurns()).isZero();
        assertThat(audit.toString()).doesNotContain("Maria", EMAIL, "conv-1", "cust-1");
    }

    @Test
    void escalationStopsTheTurnBeforeTheModel() {
        SupportAgent agent = agent(last -> "ok");
        InputGuardrailException e = catchThrowableOfType(InputGuardrailException.class, () -> agent.chat("conv-1",
                "This is useless. I want to speak to a human agent right now! My email is " + EMAIL));
        assertThat(received).isEmpty();
        PrivacyBlockedException blocked = (PrivacyBlockedException) e.getCause();
        assertThat(blocked.reason()).isEqualTo(PrivacyBlockedException.Reason.ESCALATED);
        assertThat(blocked.escalation().orElseThrow().action()).isEqualTo(EscalationDecision.Action.ESCALATE_NOW);
        assertThat(blocked.handoff().orElseThrow().transcriptText()).doesNotContain(EMAIL);
        assertThat(blocked.turn().trail()).isEqualTo(audit);
        assertThat(e.getMessage()).doesNotContain("maria");
        assertThat(guard.kpis().snapshot().escalationsByReason()).containsKey("HUMAN_REQUESTED");
        assertThat(privacy.openTurns()).isZero();
    }

    @Test
    void noConsentStopsTheTurnBeforeAnythingIsPseudonymized() {
        SupportAgent agent = agent(last -> "ok");
        InputGuardrailException e = catchThrowableOfType(InputGuardrailException.class,
                () -> agent.chat("conv-2", "My card is 4111 1111 1111 1111"));
        assertThat(received).isEmpty();
        assertThat(((PrivacyBlockedException) e.getCause()).reason())
                .isEqualTo(PrivacyBlockedException.Reason.NO_CONSENT);
        assertThat(guard.pseudonymizer().mapping(ConversationScope.of("conv-2", "cust-2"))).isEmpty();
        assertThat(audit.get(audit.size() - 1).outcome()).isEqualTo("BLOCKED_NO_CONSENT");
        assertThat(guard.kpis().snapshot().consentDenials()).isNotEmpty();
    }

    @Test
    void anOvercommittingReplyIsWithheldForAPerson() {
        SupportAgent agent = agent(last -> "Don't worry, I guarantee you a full refund by Friday.");
        OutputGuardrailException e = catchThrowableOfType(OutputGuardrailException.class,
                () -> agent.chat("conv-1", "Can I get my money back? Mail " + EMAIL));
        assertThat(received).hasSize(1);
        PrivacyBlockedException blocked = (PrivacyBlockedException) e.getCause();
        assertThat(blocked.reason()).isEqualTo(PrivacyBlockedException.Reason.ESCALATED);
        assertThat(blocked.turn().reply()).isEmpty();
        assertThat(blocked.turn().escalation().hasReason(EscalationReason.Code.ASSISTANT_OVERCOMMITTED)).isTrue();
        assertThat(blocked.handoff()).isPresent();
        assertThat(audit.get(audit.size() - 1).outcome()).isEqualTo("ESCALATED");
        assertThat(e.getMessage()).doesNotContain("refund", EMAIL);
    }

    @Test
    void theGuardsInterceptorsRunOnTheReply() {
        SupportAgent agent = agent(last -> "Here is the internal price list.", DefaultConversationGuard.builder()
                .interceptor(chain -> {
                    ModelResponse r = chain.proceed(chain.messages());
                    return r.text().orElse("").contains("internal") ? ModelResponse.blocked("INTERNAL_DATA") : r;
                }));
        OutputGuardrailException e = catchThrowableOfType(OutputGuardrailException.class,
                () -> agent.chat("conv-1", "What do you pay for the parcels?"));
        PrivacyBlockedException blocked = (PrivacyBlockedException) e.getCause();
        assertThat(blocked.reason()).isEqualTo(PrivacyBlockedException.Reason.BLOCKED);
        assertThat(blocked.turn().action()).isEqualTo(TurnResult.Action.BLOCKED);
        assertThat(guard.kpis().snapshot().blockedByReason()).containsEntry("INTERNAL_DATA", 1L);
    }

    @Test
    void aFailedModelCallLeavesTheTurnOpenUntilTheNextMessageAbandonsIt() {
        boolean[] fail = {true};
        SupportAgent agent = agent(last -> {
            if (fail[0]) {
                throw new IllegalStateException("model unavailable");
            }
            return "Back again.";
        });
        assertThat(catchThrowableOfType(RuntimeException.class, () -> agent.chat("conv-1", "hello"))).isNotNull();
        assertThat(privacy.openTurns()).isEqualTo(1);
        assertThat(steps()).containsExactly(AuditEvent.Step.CONSENT, AuditEvent.Step.INPUT_ESCALATION,
                AuditEvent.Step.PSEUDONYMIZATION);
        fail[0] = false;
        assertThat(agent.chat("conv-1", "hello again")).isEqualTo("Back again.");
        assertThat(audit).filteredOn(ev -> ev.step() == AuditEvent.Step.TURN).extracting(AuditEvent::outcome)
                .containsExactly("ABANDONED", "ANSWERED");
        assertThat(privacy.openTurns()).isZero();
    }

    @Test
    void unknownConversationFailsClosed() {
        SupportAgent agent = agent(last -> "ok");
        assertThat(catchThrowableOfType(InputGuardrailException.class,
                () -> agent.chat("conv-unknown", "Hello, my email is " + EMAIL))).isNotNull();
        assertThat(received).isEmpty();
        assertThat(audit).isEmpty();
    }
}
