package dev.privacyai.escalation;

import dev.privacyai.redaction.Channel;
import dev.privacyai.redaction.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EscalationApiTest {

    private static final String SECRET = "my email is jo@example.com";

    @Test
    void turnsAndConversationsNeverPrintText() {
        ConversationTurn t = ConversationTurn.customer(SECRET).withIntent("update_email");
        assertThat(t.toString()).doesNotContain("jo@example.com").contains("CUSTOMER").contains("26 chars")
                .contains("update_email");
        Conversation c = Conversation.of(t, ConversationTurn.assistant("ok " + SECRET));
        assertThat(c.toString()).doesNotContain("example").contains("customer=1").contains("assistant=1");
        assertThat(c.lastCustomerTurn()).contains(t);
        assertThat(c.append(ConversationTurn.agent("hi")).size()).isEqualTo(3);
        assertThat(c.size()).isEqualTo(2); // immutable
        assertThat(ConversationTurn.assistant("x").markedAsFallback().isMarkedFallback()).isTrue();
        assertThat(t.withText("[EMAIL]").intent()).contains("update_email");
        assertThatThrownBy(() -> ConversationTurn.customer(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> c.turns().add(t)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void signalsDefaultsAndValidation() {
        EscalationSignals none = EscalationSignals.none();
        assertThat(none.modelConfidence()).isEmpty();
        assertThat(none.intentLabel()).isEmpty();
        assertThat(none.customerTier()).isEqualTo(CustomerTier.STANDARD);
        assertThat(none.channel()).isEqualTo(Channel.CHAT);
        assertThat(none.consentDeclined()).isFalse();
        EscalationSignals s = EscalationSignals.builder().modelConfidence(0.3).intentLabel("refund").intentAttempts(2)
                .customerTier(CustomerTier.VIP).channel(Channel.VOICE).consentDeclined(true).build();
        assertThat(s.modelConfidence().getAsDouble()).isEqualTo(0.3);
        assertThat(s).isEqualTo(EscalationSignals.builder().modelConfidence(0.3).intentLabel("refund")
                .intentAttempts(2).customerTier(CustomerTier.VIP).channel(Channel.VOICE).consentDeclined(true).build());
        assertThatThrownBy(() -> EscalationSignals.builder().modelConfidence(1.1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EscalationSignals.builder().intentAttempts(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decisionInvariants() {
        EscalationReason r = EscalationReason.of(EscalationReason.Code.HUMAN_REQUESTED, "asked for a person",
                List.of("en: \"agent\""), 0);
        assertThatThrownBy(() -> EscalationDecision.of(EscalationDecision.Action.ESCALATE_NOW, List.of(),
                EscalationDecision.Priority.HIGH, EscalationDecision.Queue.GENERAL))
                .isInstanceOf(IllegalArgumentException.class);
        EscalationDecision d = EscalationDecision.of(EscalationDecision.Action.ESCALATE_NOW, List.of(r),
                EscalationDecision.Priority.NORMAL, EscalationDecision.Queue.GENERAL);
        assertThat(d.involvesHuman()).isTrue();
        assertThat(d.hasReason(EscalationReason.Code.HUMAN_REQUESTED)).isTrue();
        assertThat(d.hasReason(EscalationReason.Code.SELF_HARM)).isFalse();
        assertThat(d.explain()).contains("ESCALATE_NOW").contains("HUMAN_REQUESTED@turn0").contains("agent");
        assertThat(d.toString()).contains("HUMAN_REQUESTED").doesNotContain("asked for a person");
        assertThat(EscalationDecision.stayWithAi().involvesHuman()).isFalse();
        assertThat(EscalationDecision.stayWithAi().reasons()).isEmpty();
        assertThatThrownBy(() -> EscalationReason.of(EscalationReason.Code.FRUSTRATION, "x", List.of(), -2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void visibilityDefaultsToNothingAndFailsClosedForUnknownRoles() {
        assertThat(AgentVisibility.none().visibleTypes("anyone")).isEmpty();
        AgentVisibility v = AgentVisibility.builder().allow("billing", EntityType.EMAIL, EntityType.PHONE)
                .allow("billing", EntityType.PERSON).build();
        assertThat(v.visibleTypes("billing")).containsExactlyInAnyOrder(EntityType.EMAIL, EntityType.PHONE,
                EntityType.PERSON);
        assertThat(v.maySee("billing", EntityType.CREDIT_CARD)).isFalse();
        assertThat(v.visibleTypes("fraud")).isEmpty();
        assertThatThrownBy(() -> v.visibleTypes("billing").add(EntityType.IBAN))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> AgentVisibility.builder().allow(" ", EntityType.EMAIL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void handoffToStringHasNoText() {
        Handoff h = Handoff.of("billing", EscalationDecision.stayWithAi(), "summary " + SECRET, "goal " + SECRET,
                List.of("tried"), List.of(ConversationTurn.customer(SECRET)), Map.of(EntityType.EMAIL, 1));
        assertThat(h.toString()).doesNotContain("example").doesNotContain("summary").contains("billing")
                .contains("EMAIL=1");
        assertThat(h.transcriptText()).isEqualTo("CUSTOMER: " + SECRET + "\n");
    }
}
