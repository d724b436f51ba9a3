package dev.privacyai.impl.escalation;

import dev.privacyai.escalation.AgentVisibility;
import dev.privacyai.escalation.Conversation;
import dev.privacyai.escalation.ConversationTurn;
import dev.privacyai.escalation.EscalationDecision;
import dev.privacyai.escalation.EscalationReason.Code;
import dev.privacyai.escalation.EscalationSignals;
import dev.privacyai.escalation.Handoff;
import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.RedactionException;
import dev.privacyai.redaction.RedactionResult;
import dev.privacyai.redaction.Redactor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HandoffsTest {

    private static final String EMAIL = "jo.customer@example.com";
    private static final String CARD = "4111 1111 1111 1111";

    private static final Conversation CONVERSATION = Conversation.of(
            ConversationTurn.customer("Hi, I was charged twice for my order, my email is " + EMAIL)
                    .withIntent("duplicate_charge"),
            ConversationTurn.assistant("I'm sorry, I can't help with that."),
            ConversationTurn.customer("The card was " + CARD + " and I want my money back")
                    .withIntent("duplicate_charge"),
            ConversationTurn.assistant("Sorry, I didn't understand. Could you rephrase?"),
            ConversationTurn.customer("THIS IS THE THIRD TIME I'M ASKING. Let me talk to a real person!")
                    .withIntent("duplicate_charge"));

    private static final EscalationSignals SIGNALS = EscalationSignals.builder().intentLabel("duplicate_charge")
            .intentAttempts(3).build();

    private static final EscalationDecision DECISION = DefaultEscalationPolicy.withDefaults()
            .evaluate(CONVERSATION, SIGNALS);

    @Test
    void decisionForTheFixtureIsAnEscalation() {
        assertThat(DECISION.action()).isEqualTo(EscalationDecision.Action.ESCALATE_NOW);
        assertThat(DECISION.hasReason(Code.HUMAN_REQUESTED)).isTrue();
        assertThat(DECISION.hasReason(Code.FRUSTRATION)).isTrue();
        assertThat(DECISION.hasReason(Code.REPEATED_INTENT)).isTrue();
        assertThat(DECISION.hasReason(Code.ASSISTANT_FALLBACKS)).isTrue();
    }

    @Test
    void defaultRoleSeesNoPersonalData() {
        Handoff h = Handoffs.withDefaults().create(CONVERSATION, SIGNALS, DECISION, "general");
        assertThat(h.transcript()).hasSize(5);
        String all = h.transcriptText() + h.summary() + h.customerGoal() + h.alreadyTried();
        assertThat(all).doesNotContain(EMAIL).doesNotContain(CARD).doesNotContain("4111");
        assertThat(h.transcriptText()).contains("[EMAIL]").contains("[CREDIT_CARD]");
        assertThat(h.redactedCounts()).containsEntry(EntityType.EMAIL, 1).containsEntry(EntityType.CREDIT_CARD, 1);
        assertThat(h.transcript().get(0).intent()).contains("duplicate_charge");
        assertThat(h.decision()).isEqualTo(DECISION);
    }

    @Test
    void roleSeesOnlyTheTypesItMaySee() {
        AgentVisibility visibility = AgentVisibility.builder().allow("billing", EntityType.EMAIL).build();
        Handoffs handoffs = Handoffs.builder().visibility(visibility).build();
        Handoff billing = handoffs.create(CONVERSATION, SIGNALS, DECISION, "billing");
        assertThat(billing.transcriptText()).contains(EMAIL).doesNotContain(CARD).contains("[CREDIT_CARD]");
        assertThat(billing.redactedCounts()).doesNotContainKey(EntityType.EMAIL);
        Handoff unknown = handoffs.create(CONVERSATION, SIGNALS, DECISION, "intern");
        assertThat(unknown.transcriptText()).doesNotContain(EMAIL).doesNotContain(CARD);
    }

    @Test
    void summaryTellsTheWholeStoryWithoutRawData() {
        Handoff h = Handoffs.withDefaults().create(CONVERSATION, SIGNALS, DECISION, "general");
        assertThat(h.customerGoal()).isEqualTo("intent 'duplicate_charge'");
        assertThat(h.alreadyTried()).anySatisfy(s -> assertThat(s).contains("duplicate_charge").contains("3"))
                .anySatisfy(s -> assertThat(s).contains("2 of them fallbacks"));
        assertThat(h.summary()).contains("Goal: intent 'duplicate_charge'").contains("ESCALATE_NOW")
                .contains("HUMAN_REQUESTED").contains("Latest customer message")
                .doesNotContain(EMAIL).doesNotContain(CARD);
    }

    @Test
    void goalFallsBackToTheFirstRedactedCustomerRequest() {
        Conversation c = Conversation.of(ConversationTurn.customer("hi"),
                ConversationTurn.customer("please update the email on my account to " + EMAIL),
                ConversationTurn.customer("agent please"));
        EscalationDecision d = DefaultEscalationPolicy.withDefaults().evaluate(c);
        Handoff h = Handoffs.builder().maxSnippetChars(40).build().create(c, EscalationSignals.none(), d, "general");
        assertThat(h.customerGoal()).startsWith("please update the email").doesNotContain(EMAIL);
        assertThat(h.customerGoal().length()).isLessThanOrEqualTo(41);
    }

    @Test
    void toStringNeverPrintsText() {
        Handoff h = Handoffs.withDefaults().create(CONVERSATION, SIGNALS, DECISION, "general");
        assertThat(h.toString()).doesNotContain("charged").doesNotContain("[EMAIL]").doesNotContain(EMAIL)
                .contains("general");
        assertThat(Handoffs.withDefaults().toString()).doesNotContain("charged");
    }

    @Test
    void failsClosedWhenTheRedactorFails() {
        Redactor broken = new Redactor() {
            @Override
            public List<Finding> analyze(String text, RedactionContext context) {
                throw new RedactionException("detector 'x' failed");
            }

            @Override
            public RedactionResult redact(String text, RedactionContext context) {
                throw new RedactionException("detector 'x' failed");
            }
        };
        Handoffs handoffs = Handoffs.builder().redactor(broken).build();
        assertThatThrownBy(() -> handoffs.create(CONVERSATION, SIGNALS, DECISION, "general"))
                .isInstanceOf(RedactionException.class);
    }

    @Test
    void maxTurnsKeepsTheLatestTurns() {
        Handoff h = Handoffs.builder().maxTurns(2).build().create(CONVERSATION, SIGNALS, DECISION, "general");
        assertThat(h.transcript()).hasSize(2);
        assertThat(h.transcript().get(1).role()).isEqualTo(ConversationTurn.Role.CUSTOMER);
        assertThatThrownBy(() -> Handoffs.builder().maxTurns(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Handoffs.builder().maxSnippetChars(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullsRejected() {
        Handoffs h = Handoffs.withDefaults();
        assertThatThrownBy(() -> h.create(null, SIGNALS, DECISION, "r")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> h.create(CONVERSATION, SIGNALS, DECISION, null))
                .isInstanceOf(NullPointerException.class);
    }
}
