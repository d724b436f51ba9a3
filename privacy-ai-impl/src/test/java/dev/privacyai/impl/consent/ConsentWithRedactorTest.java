package dev.privacyai.impl.consent;

import dev.privacyai.consent.ConsentDecision;
import dev.privacyai.consent.ConsentEvent;
import dev.privacyai.consent.DataCategory;
import dev.privacyai.consent.Purpose;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.impl.redaction.DefaultRedactor;
import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The redactor's findings feed the consent decision, which says which of them must go before the LLM. */
class ConsentWithRedactorTest {

    @Test
    void aiAnsweringIsAllowedButTheCardNumberMustBeRemovedFirst() {
        InMemoryConsentLedger ledger = new InMemoryConsentLedger();
        SubjectId s = SubjectId.of("crm-77");
        ledger.append(ConsentEvent.grant(s, Purpose.AI_ASSISTED_ANSWERING).at(Instant.now().minusSeconds(5))
                .noticeVersion("v1").build());
        DefaultConsentPolicy policy = DefaultConsentPolicy.builder().ledger(ledger).build();

        String message = "Hi, please charge my card 4111 1111 1111 1111 and send the receipt to maria@example.com";
        List<EntityType> found = DefaultRedactor.withDefaults().analyze(message).stream().map(Finding::entityType).toList();
        assertThat(found).contains(EntityType.CREDIT_CARD, EntityType.EMAIL);

        ConsentDecision ai = policy.decideForTypes(s, Purpose.AI_ASSISTED_ANSWERING, found);
        assertThat(ai.allowed()).isTrue();
        assertThat(ai.categoriesToRemove()).containsExactly(DataCategory.FINANCIAL);
        assertThat(ai.typesToRemove(found)).containsExactly(EntityType.CREDIT_CARD);

        ConsentDecision training = policy.decideForTypes(s, Purpose.MODEL_TRAINING, found);
        assertThat(training.allowed()).isFalse();
        assertThat(training.typesToRemove(found)).containsExactlyInAnyOrder(EntityType.CREDIT_CARD, EntityType.EMAIL);
    }
}
