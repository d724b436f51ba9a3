package dev.privacyai.guard;

import dev.privacyai.consent.ConsentDecision;
import dev.privacyai.consent.ConsentOutcome;
import dev.privacyai.consent.ConsentReason;
import dev.privacyai.consent.LegalBasis;
import dev.privacyai.consent.Purpose;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.escalation.EscalationDecision;
import dev.privacyai.escalation.EscalationReason;
import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.redaction.Channel;
import dev.privacyai.escalation.EscalationSignals;
import dev.privacyai.redaction.EntityType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuardApiTest {

    private static final String EMAIL = "jo@example.com";

    @Test
    void chatMessageNeverPrintsText() {
        ChatMessage m = ChatMessage.user("mail " + EMAIL);
        assertThat(m.toString()).isEqualTo("ChatMessage{USER, 19 chars}");
        assertThat(m.withText("x")).isEqualTo(ChatMessage.user("x"));
        assertThat(ChatMessage.system("a")).isNotEqualTo(ChatMessage.user("a"));
    }

    @Test
    void auditEventHoldsOnlyIdentifierCharactersAndHasACanonicalJsonForm() {
        AuditEvent e = AuditEvent.builder(AuditEvent.Step.REPLY_SCREEN, "REDACTED").timestamp(Instant.EPOCH)
                .refs("abc123", "def456").turn(2).reason("UNKNOWN_PLACEHOLDER")
                .counts(Map.of(EntityType.PHONE, 1, EntityType.EMAIL, 2)).durationNanos(42).build();
        assertThat(e.toJson()).isEqualTo("{\"ts\":\"1970-01-01T00:00:00Z\",\"conversation\":\"abc123\",\"subject\":"
                + "\"def456\",\"turn\":2,\"step\":\"REPLY_SCREEN\",\"name\":\"REPLY_SCREEN\",\"outcome\":\"REDACTED\","
                + "\"reasons\":[\"UNKNOWN_PLACEHOLDER\"],\"counts\":{\"EMAIL\":2,\"PHONE\":1},\"nanos\":42}");
        assertThat(e.toString()).isEqualTo(e.toJson());
        for (String bad : new String[]{EMAIL, "a sentence", "", "x".repeat(129), "q\"uote"}) {
            assertThatThrownBy(() -> AuditEvent.builder(AuditEvent.Step.TURN, bad).timestamp(Instant.EPOCH).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(EMAIL);
            assertThatThrownBy(() -> AuditEvent.builder(AuditEvent.Step.TURN, "OK").timestamp(Instant.EPOCH)
                    .reason(bad).build()).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> AuditEvent.builder(AuditEvent.Step.TURN, "OK").build())
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void modelResponseBlockCodesAreIdentifiers() {
        assertThat(ModelResponse.blocked("PROMPT_INJECTION").blockedReason()).contains("PROMPT_INJECTION");
        assertThat(ModelResponse.reply("hi " + EMAIL).toString()).doesNotContain(EMAIL);
        assertThatThrownBy(() -> ModelResponse.blocked("bad code")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void turnRequestTakesTheChannelFromTheSignalsAndRejectsSystemHistory() {
        ConversationScope scope = ConversationScope.of("c", "s");
        TurnRequest r = TurnRequest.builder(scope, "mail " + EMAIL)
                .signals(EscalationSignals.builder().channel(Channel.VOICE).build())
                .history(List.of(ChatMessage.user("hi"), ChatMessage.assistant("hello"))).systemPrompt("be nice")
                .build();
        assertThat(r.context().channel()).isEqualTo(Channel.VOICE);
        assertThat(r.toString()).doesNotContain(EMAIL, "be nice", "hello");
        assertThat(r.toBuilder().build().history()).hasSize(2);
        assertThatThrownBy(() -> TurnRequest.builder(scope, "x").history(List.of(ChatMessage.system("s"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resultEscalationIsTheMoreUrgentDecision() {
        ConsentDecision allowed = ConsentDecision.of(SubjectId.of("s"), Purpose.AI_ASSISTED_ANSWERING,
                ConsentOutcome.ALLOWED, LegalBasis.CONTRACT, ConsentReason.LEGAL_BASIS, "r", Set.of(), Set.of(),
                Instant.EPOCH, List.of());
        EscalationDecision offer = EscalationDecision.of(EscalationDecision.Action.OFFER_HUMAN,
                List.of(EscalationReason.of(EscalationReason.Code.BOT_QUESTION, "t", List.of(), 0)),
                EscalationDecision.Priority.LOW, EscalationDecision.Queue.GENERAL);
        EscalationDecision now = EscalationDecision.of(EscalationDecision.Action.ESCALATE_NOW,
                List.of(EscalationReason.of(EscalationReason.Code.ASSISTANT_OVERCOMMITTED, "t", List.of(), 1)),
                EscalationDecision.Priority.NORMAL, EscalationDecision.Queue.GENERAL);
        TurnResult r = TurnResult.builder(TurnResult.Action.ESCALATED, allowed).inputEscalation(offer)
                .replyEscalation(now).reply(null).modelInput(List.of(ChatMessage.user("<EMAIL_1>"))).build();
        assertThat(r.escalation()).isSameAs(now);
        assertThat(r.modelCalled()).isTrue();
        assertThat(r.reply()).isEmpty();
        TurnResult q = TurnResult.builder(TurnResult.Action.ANSWERED, allowed).inputEscalation(offer)
                .replyEscalation(EscalationDecision.stayWithAi()).reply("hello " + EMAIL).build();
        assertThat(q.escalation()).isSameAs(offer);
        assertThat(q.toString()).doesNotContain(EMAIL).contains("ANSWERED");
    }
}
