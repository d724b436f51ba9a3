package dev.privacyai.consent;

import dev.privacyai.redaction.EntityType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsentApiTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    private static final SubjectId SUBJECT = SubjectId.of("cust-4711-maria@example.com");

    @Test
    void wellKnownPurposesMapToFideslangDataUses() {
        assertThat(Purpose.AI_ASSISTED_ANSWERING.fideslangDataUse()).contains("essential.service.operations.support");
        assertThat(Purpose.HUMAN_AGENT_ASSIST.fideslangDataUse()).contains("essential.service.operations.support");
        assertThat(Purpose.RECORDING_RETENTION.fideslangDataUse()).contains("essential.service.operations");
        assertThat(Purpose.QUALITY_ASSURANCE.fideslangDataUse()).contains("essential.service.operations.improve");
        assertThat(Purpose.ANALYTICS.fideslangDataUse()).contains("analytics.reporting");
        assertThat(Purpose.MODEL_TRAINING.fideslangDataUse()).contains("train_ai_system");
        assertThat(Purpose.MARKETING.fideslangDataUse()).contains("marketing");
        assertThat(Purpose.THIRD_PARTY_SHARING.fideslangDataUse()).contains("third_party_sharing");
        assertThat(Purpose.wellKnown()).hasSize(8).allSatisfy(p -> assertThat(p.fideslangDataUse()).isPresent());
    }

    @Test
    void purposesAreAnOpenSet() {
        assertThat(Purpose.of("MODEL_TRAINING")).isSameAs(Purpose.MODEL_TRAINING);
        Purpose loyalty = Purpose.of("LOYALTY_PROGRAM");
        assertThat(loyalty).isEqualTo(Purpose.of("LOYALTY_PROGRAM"));
        assertThat(loyalty.fideslangDataUse()).isEmpty();
        assertThat(loyalty.isWellKnown()).isFalse();
        assertThat(Purpose.of("PERSONALIZATION", "personalize.content").fideslangDataUse())
                .contains("personalize.content");
        assertThat(Purpose.of("MODEL_TRAINING", "marketing").fideslangDataUse()).contains("train_ai_system");
        assertThatThrownBy(() -> Purpose.of("model training")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Purpose.of("X", "Not A Key")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void entityTypesMapToCategories() {
        assertThat(DataCategory.of(EntityType.CREDIT_CARD)).isEqualTo(DataCategory.FINANCIAL);
        assertThat(DataCategory.of(EntityType.IBAN)).isEqualTo(DataCategory.FINANCIAL);
        assertThat(DataCategory.of(EntityType.UK_SORT_CODE)).isEqualTo(DataCategory.FINANCIAL);
        assertThat(DataCategory.of(EntityType.US_BANK_NUMBER)).isEqualTo(DataCategory.FINANCIAL);
        assertThat(DataCategory.of(EntityType.CVV)).isEqualTo(DataCategory.FINANCIAL);
        assertThat(DataCategory.of(EntityType.US_SSN)).isEqualTo(DataCategory.IDENTITY_DOCUMENT);
        assertThat(DataCategory.of(EntityType.US_PASSPORT)).isEqualTo(DataCategory.IDENTITY_DOCUMENT);
        assertThat(DataCategory.of(EntityType.UK_NINO)).isEqualTo(DataCategory.IDENTITY_DOCUMENT);
        assertThat(DataCategory.of(EntityType.EMAIL)).isEqualTo(DataCategory.CONTACT);
        assertThat(DataCategory.of(EntityType.PHONE)).isEqualTo(DataCategory.CONTACT);
        assertThat(DataCategory.of(EntityType.LOCATION)).isEqualTo(DataCategory.LOCATION);
        assertThat(DataCategory.of(EntityType.ZIP_CODE)).isEqualTo(DataCategory.LOCATION);
        assertThat(DataCategory.of(EntityType.PERSON)).isEqualTo(DataCategory.IDENTITY);
        assertThat(DataCategory.of(EntityType.DATE_OF_BIRTH)).isEqualTo(DataCategory.DEMOGRAPHIC);
        assertThat(DataCategory.of(EntityType.UK_NHS)).isEqualTo(DataCategory.HEALTH);
        assertThat(DataCategory.of(EntityType.SECRET)).isEqualTo(DataCategory.CREDENTIALS);
        assertThat(DataCategory.of(EntityType.IP_ADDRESS)).isEqualTo(DataCategory.ONLINE_IDENTIFIER);
        assertThat(DataCategory.of(EntityType.ACCOUNT_NUMBER)).isEqualTo(DataCategory.ACCOUNT);
    }

    @Test
    void everyWellKnownEntityTypeHasACategoryAndUnknownTypesAreUnclassified() {
        for (EntityType t : EntityType.wellKnown()) {
            assertThat(DataCategory.of(t)).as(t.name()).isNotEqualTo(DataCategory.UNCLASSIFIED);
        }
        assertThat(DataCategory.of(EntityType.of("LOYALTY_ID"))).isEqualTo(DataCategory.UNCLASSIFIED);
        assertThat(DataCategory.of(EntityType.of("LOYALTY_ID"),
                java.util.Map.of(EntityType.of("LOYALTY_ID"), DataCategory.ACCOUNT))).isEqualTo(DataCategory.ACCOUNT);
        assertThat(DataCategory.ofAll(List.of(EntityType.EMAIL, EntityType.PHONE, EntityType.IBAN)))
                .containsExactly(DataCategory.CONTACT, DataCategory.FINANCIAL);
        assertThat(DataCategory.wellKnown()).allSatisfy(c -> assertThat(c.fideslangCategory()).isPresent());
    }

    @Test
    void subjectIdNeverPrintsItsValue() {
        assertThat(SUBJECT.toString()).doesNotContain("4711", "maria", "example")
                .contains("length=" + SUBJECT.value().length());
        assertThat(SUBJECT.fingerprint()).matches("[0-9a-f]{8}").isEqualTo(SubjectId.of(SUBJECT.value()).fingerprint());
        assertThat(SubjectId.of("other").fingerprint()).isNotEqualTo(SUBJECT.fingerprint());
        assertThatThrownBy(() -> SubjectId.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SubjectId.of("a\nb")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("a\nb");
        assertThatThrownBy(() -> SubjectId.of("x".repeat(257))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eventsValidateTheirFieldsAndPrintNoSubjectOrEvidence() {
        ConsentEvent grant = ConsentEvent.grant(SUBJECT, Purpose.MODEL_TRAINING)
                .categories(DataCategory.CONVERSATION_CONTENT).at(T).expiresAt(T.plusSeconds(3600))
                .source(ConsentSource.CHAT).noticeVersion("2026-02.v3").evidenceRef("chat:9f8e7d6c5b4a").build();
        assertThat(grant.toString()).doesNotContain("4711", "maria", "9f8e7d6c5b4a")
                .contains("GRANT", "MODEL_TRAINING", "2026-02.v3", "evidenceLength=17");
        assertThat(grant.covers(DataCategory.CONVERSATION_CONTENT)).isTrue();
        assertThat(grant.covers(DataCategory.CONTACT)).isFalse();

        assertThatThrownBy(() -> ConsentEvent.grant(SUBJECT, Purpose.MARKETING).at(T).build())
                .as("a grant must say which notice was seen").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ConsentEvent.grant(SUBJECT, Purpose.MARKETING).noticeVersion("v1").build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ConsentEvent.withdraw(SUBJECT, Purpose.MARKETING).at(T).expiresAt(T.plusSeconds(1))
                .build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ConsentEvent.grant(SUBJECT, Purpose.MARKETING).noticeVersion("v1").at(T)
                .expiresAt(T).build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ConsentEvent.builder(ConsentEvent.Type.WITHDRAW, SUBJECT).at(T).build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ConsentEvent.erasure(SUBJECT).purpose(Purpose.MARKETING).at(T).build())
                .isInstanceOf(IllegalStateException.class);
        // no free text: e-mail addresses and sentences cannot be stored as evidence
        assertThatThrownBy(() -> ConsentEvent.erasure(SUBJECT).evidenceRef("maria@example.com"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("maria");
        assertThatThrownBy(() -> ConsentEvent.erasure(SUBJECT).evidenceRef("customer said yes"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConsentEvent.erasure(SUBJECT).noticeVersion("v 1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decisionSaysWhatToRemoveAndPrintsNoSubject() {
        ConsentDecision d = ConsentDecision.of(SUBJECT, Purpose.AI_ASSISTED_ANSWERING, ConsentOutcome.ALLOWED,
                LegalBasis.CONTRACT, ConsentReason.LEGAL_BASIS, "default/AI_ASSISTED_ANSWERING",
                Set.of(DataCategory.CONTACT, DataCategory.FINANCIAL), Set.of(DataCategory.FINANCIAL), T, List.of());
        assertThat(d.allowed()).isTrue();
        assertThat(d.categoriesToRemove()).containsExactly(DataCategory.FINANCIAL);
        assertThat(d.typesToRemove(List.of(EntityType.EMAIL, EntityType.CREDIT_CARD, EntityType.IBAN,
                EntityType.of("LOYALTY_ID")))).containsExactlyInAnyOrder(EntityType.CREDIT_CARD, EntityType.IBAN,
                EntityType.of("LOYALTY_ID"));
        assertThat(d.explanation()).contains("AI_ASSISTED_ANSWERING", "ALLOWED", "CONTRACT", "Remove first: FINANCIAL");
        assertThat(d.toString()).doesNotContain("4711", "maria");

        ConsentDecision denied = ConsentDecision.of(SUBJECT, Purpose.MODEL_TRAINING, ConsentOutcome.NEEDS_CONSENT,
                LegalBasis.CONSENT, ConsentReason.NO_CONSENT, "r", Set.of(DataCategory.CONVERSATION_CONTENT),
                Set.of(), T, List.of());
        assertThat(denied.categoriesToRemove()).as("nothing may flow when not allowed")
                .containsExactly(DataCategory.CONVERSATION_CONTENT);
        assertThat(denied.typesToRemove(List.of(EntityType.EMAIL))).containsExactly(EntityType.EMAIL);
    }

    @Test
    void exportsAndReportsPrintNoPersonalData() {
        SubjectDataExport export = SubjectDataExport.of("vault", List.of(SubjectDataExport.Record.of("vault-entry",
                java.util.Map.of("value", "maria@example.com"))));
        assertThat(export.toString()).doesNotContain("maria").contains("records=1");
        assertThat(export.records().get(0).toString()).doesNotContain("maria");
        assertThatThrownBy(() -> SubjectDataExport.Record.of("bad kind", java.util.Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ErasureReport.of("vault", 0, "crypto-shredding").status())
                .isEqualTo(ErasureReport.Status.NOTHING_TO_ERASE);
        assertThat(ErasureReport.of("vault", 3, "crypto-shredding").status()).isEqualTo(ErasureReport.Status.ERASED);
    }
}
