package dev.privacyai.impl.consent;

import dev.privacyai.consent.ConsentDecision;
import dev.privacyai.consent.ConsentEvent;
import dev.privacyai.consent.ConsentOutcome;
import dev.privacyai.consent.ConsentReason;
import dev.privacyai.consent.ConsentSource;
import dev.privacyai.consent.DataCategory;
import dev.privacyai.consent.LegalBasis;
import dev.privacyai.consent.Purpose;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.consent.spi.ConsentLedgerUnavailableException;
import dev.privacyai.redaction.EntityType;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static dev.privacyai.consent.DataCategory.CONTACT;
import static dev.privacyai.consent.DataCategory.CONVERSATION_CONTENT;
import static dev.privacyai.consent.DataCategory.FINANCIAL;
import static dev.privacyai.consent.DataCategory.IDENTITY;
import static dev.privacyai.consent.DataCategory.IDENTITY_DOCUMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DefaultConsentPolicyTest {

    static final Instant FEB_1 = Instant.parse("2026-02-01T09:00:00Z");
    static final Instant MAR_1 = Instant.parse("2026-03-01T12:00:00Z");
    static final Instant MAR_15 = Instant.parse("2026-03-15T12:00:00Z");
    static final Instant APR_1 = Instant.parse("2026-04-01T12:00:00Z");
    static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    final SubjectId maria = SubjectId.of("crm-000042");
    final InMemoryConsentLedger ledger = new InMemoryConsentLedger();
    final DefaultConsentPolicy policy = DefaultConsentPolicy.builder().ledger(ledger)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

    ConsentEvent.Builder grant(Purpose p, Instant at) {
        return ConsentEvent.grant(maria, p).at(at).source(ConsentSource.CHAT).noticeVersion("2026-01");
    }

    void known() {
        // the customer saw the notice and was registered at first contact
        ledger.append(grant(Purpose.AI_ASSISTED_ANSWERING, FEB_1).build());
    }

    @Test
    void aiAnsweringIsAllowedOnContractButPaymentDataMustBeRemovedFirst() {
        known();
        ConsentDecision d = policy.decideForTypes(maria, Purpose.AI_ASSISTED_ANSWERING,
                List.of(EntityType.EMAIL, EntityType.CREDIT_CARD, EntityType.PERSON, EntityType.US_SSN));
        assertThat(d.outcome()).isEqualTo(ConsentOutcome.ALLOWED);
        assertThat(d.legalBasis()).isEqualTo(LegalBasis.CONTRACT);
        assertThat(d.reason()).isEqualTo(ConsentReason.LEGAL_BASIS);
        assertThat(d.categoriesToRemove()).containsExactlyInAnyOrder(FINANCIAL, IDENTITY_DOCUMENT);
        assertThat(d.typesToRemove(List.of(EntityType.EMAIL, EntityType.CREDIT_CARD, EntityType.US_SSN)))
                .containsExactlyInAnyOrder(EntityType.CREDIT_CARD, EntityType.US_SSN);
        assertThat(d.explanation()).contains("Remove first: FINANCIAL, IDENTITY_DOCUMENT");
        assertThat(d.rule()).isEqualTo("default/AI_ASSISTED_ANSWERING");
        assertThat(d.asOf()).isEqualTo(NOW);
    }

    @Test
    void trainingMarketingAndThirdPartySharingNeedExplicitConsent() {
        known();
        for (Purpose p : List.of(Purpose.MODEL_TRAINING, Purpose.MARKETING, Purpose.THIRD_PARTY_SHARING)) {
            ConsentDecision d = policy.decide(maria, p, Set.of(CONVERSATION_CONTENT, CONTACT));
            assertThat(d.outcome()).as(p.name()).isEqualTo(ConsentOutcome.NEEDS_CONSENT);
            assertThat(d.reason()).isEqualTo(ConsentReason.NO_CONSENT);
            assertThat(d.legalBasis()).isEqualTo(LegalBasis.CONSENT);
            assertThat(d.allowed()).isFalse();
            assertThat(d.categoriesToRemove()).containsExactlyInAnyOrder(CONVERSATION_CONTENT, CONTACT);
        }
        ledger.append(grant(Purpose.MODEL_TRAINING, MAR_1).build());
        ConsentDecision d = policy.decide(maria, Purpose.MODEL_TRAINING, Set.of(CONVERSATION_CONTENT, CONTACT));
        assertThat(d.outcome()).isEqualTo(ConsentOutcome.ALLOWED);
        assertThat(d.reason()).isEqualTo(ConsentReason.CONSENT_GRANTED);
        assertThat(d.legalBasis()).isEqualTo(LegalBasis.CONSENT);
        assertThat(d.categoriesToRemove()).as("training never takes contact details, even with consent")
                .containsExactly(CONTACT);
        assertThat(d.decidingEvents()).extracting(ConsentEvent::type).containsExactly(ConsentEvent.Type.GRANT);
        assertThat(policy.decide(maria, Purpose.MARKETING, Set.of(CONTACT)).allowed())
                .as("consent is purpose-bound: a training grant is no marketing grant").isFalse();
    }

    @Test
    void withdrawalWinsOverEveryEarlierGrantImmediately() {
        known();
        ledger.append(grant(Purpose.MODEL_TRAINING, FEB_1).build());
        ledger.append(grant(Purpose.MODEL_TRAINING, MAR_1).build());
        ledger.append(ConsentEvent.withdraw(maria, Purpose.MODEL_TRAINING).at(MAR_15).source(ConsentSource.VOICE)
                .evidenceRef("call:77").build());
        ConsentDecision d = policy.decide(maria, Purpose.MODEL_TRAINING, Set.of(CONVERSATION_CONTENT));
        assertThat(d.outcome()).isEqualTo(ConsentOutcome.DENIED);
        assertThat(d.reason()).isEqualTo(ConsentReason.CONSENT_WITHDRAWN);
        assertThat(d.decidingEvents()).singleElement().extracting(ConsentEvent::type)
                .isEqualTo(ConsentEvent.Type.WITHDRAW);
        // a grant and a withdrawal at the same instant: the withdrawal wins, whatever the append order
        SubjectId other = SubjectId.of("crm-000043");
        ledger.append(ConsentEvent.withdraw(other, Purpose.MARKETING).at(MAR_1).build());
        ledger.append(ConsentEvent.grant(other, Purpose.MARKETING).at(MAR_1).noticeVersion("v1").build());
        assertThat(policy.decide(other, Purpose.MARKETING, Set.of(CONTACT)).reason())
                .isEqualTo(ConsentReason.CONSENT_WITHDRAWN);
    }

    @Test
    void aLaterGrantReGrants() {
        known();
        ledger.append(ConsentEvent.withdraw(maria, Purpose.MARKETING).at(MAR_1).build());
        ledger.append(grant(Purpose.MARKETING, APR_1).build());
        assertThat(policy.decide(maria, Purpose.MARKETING, Set.of(CONTACT)).allowed()).isTrue();
        assertThat(policy.decide(maria, Purpose.MARKETING, Set.of(CONTACT), MAR_15).reason())
                .isEqualTo(ConsentReason.CONSENT_WITHDRAWN);
    }

    @Test
    void withdrawalAlsoStopsPurposesResting_onOtherBases() {
        known();
        assertThat(policy.decide(maria, Purpose.QUALITY_ASSURANCE, Set.of(CONVERSATION_CONTENT)).allowed()).isTrue();
        ledger.append(ConsentEvent.withdraw(maria, Purpose.QUALITY_ASSURANCE).at(MAR_1).build());
        ConsentDecision d = policy.decide(maria, Purpose.QUALITY_ASSURANCE, Set.of(CONVERSATION_CONTENT));
        assertThat(d.outcome()).isEqualTo(ConsentOutcome.DENIED);
        assertThat(d.reason()).isEqualTo(ConsentReason.CONSENT_WITHDRAWN);
        assertThat(d.legalBasis()).isEqualTo(LegalBasis.LEGITIMATE_INTEREST);
        // and the customer can refuse AI answering altogether ("I want a person")
        ledger.append(ConsentEvent.withdraw(maria, Purpose.AI_ASSISTED_ANSWERING).at(MAR_1).build());
        assertThat(policy.decide(maria, Purpose.AI_ASSISTED_ANSWERING, Set.of()).outcome())
                .isEqualTo(ConsentOutcome.DENIED);
    }

    @Test
    void categoryLevelGrantsAndWithdrawals() {
        known();
        ledger.append(grant(Purpose.THIRD_PARTY_SHARING, FEB_1).categories(CONVERSATION_CONTENT).build());
        ConsentDecision d = policy.decide(maria, Purpose.THIRD_PARTY_SHARING, Set.of(CONVERSATION_CONTENT, IDENTITY));
        assertThat(d.allowed()).isTrue();
        assertThat(d.categoriesToRemove()).as("names were not part of the grant").containsExactly(IDENTITY);

        ledger.append(ConsentEvent.withdraw(maria, Purpose.THIRD_PARTY_SHARING).categories(CONVERSATION_CONTENT)
                .at(MAR_1).build());
        ConsentDecision after = policy.decide(maria, Purpose.THIRD_PARTY_SHARING, Set.of(CONVERSATION_CONTENT));
        assertThat(after.allowed()).isFalse();
        assertThat(after.reason()).isEqualTo(ConsentReason.CONSENT_WITHDRAWN);

        // objection to one category under a non-consent basis removes that category only
        ledger.append(ConsentEvent.withdraw(maria, Purpose.RECORDING_RETENTION).categories(CONTACT).at(MAR_1).build());
        ConsentDecision rec = policy.decide(maria, Purpose.RECORDING_RETENTION,
                Set.of(CONTACT, CONVERSATION_CONTENT, FINANCIAL));
        assertThat(rec.allowed()).isTrue();
        assertThat(rec.categoriesToRemove()).containsExactlyInAnyOrder(CONTACT, FINANCIAL);
        assertThat(rec.decidingEvents()).extracting(ConsentEvent::type).containsExactly(ConsentEvent.Type.WITHDRAW);
    }

    @Test
    void expiredConsentIsNoConsent() {
        known();
        ledger.append(grant(Purpose.MODEL_TRAINING, FEB_1).expiresAt(MAR_15).build());
        assertThat(policy.decide(maria, Purpose.MODEL_TRAINING, Set.of(CONVERSATION_CONTENT), MAR_1).allowed())
                .isTrue();
        ConsentDecision atExpiry = policy.decide(maria, Purpose.MODEL_TRAINING, Set.of(CONVERSATION_CONTENT), MAR_15);
        assertThat(atExpiry.outcome()).isEqualTo(ConsentOutcome.NEEDS_CONSENT);
        assertThat(atExpiry.reason()).isEqualTo(ConsentReason.CONSENT_EXPIRED);
        assertThat(policy.decide(maria, Purpose.MODEL_TRAINING, Set.of(CONVERSATION_CONTENT)).reason())
                .isEqualTo(ConsentReason.CONSENT_EXPIRED);

        // an explicit EXPIRE event ends an open-ended grant too
        ledger.append(grant(Purpose.MARKETING, FEB_1).build());
        ledger.append(ConsentEvent.expire(maria, Purpose.MARKETING).at(APR_1).build());
        assertThat(policy.decide(maria, Purpose.MARKETING, Set.of(CONTACT), MAR_1).allowed()).isTrue();
        ConsentDecision d = policy.decide(maria, Purpose.MARKETING, Set.of(CONTACT));
        assertThat(d.reason()).isEqualTo(ConsentReason.CONSENT_EXPIRED);
        assertThat(d.decidingEvents()).extracting(ConsentEvent::type).containsExactly(ConsentEvent.Type.EXPIRE);
    }

    @Test
    void timeTravel_wasTrainingAllowedOnFirstMarch() {
        known();
        ledger.append(grant(Purpose.MODEL_TRAINING, Instant.parse("2026-02-20T08:00:00Z")).build());
        ledger.append(ConsentEvent.withdraw(maria, Purpose.MODEL_TRAINING)
                .at(Instant.parse("2026-03-10T08:00:00Z")).build());
        ConsentDecision onMarch1 = policy.decide(maria, Purpose.MODEL_TRAINING, Set.of(CONVERSATION_CONTENT), MAR_1);
        assertThat(onMarch1.allowed()).isTrue();
        assertThat(onMarch1.asOf()).isEqualTo(MAR_1);
        assertThat(onMarch1.decidingEvents()).singleElement().extracting(ConsentEvent::timestamp)
                .isEqualTo(Instant.parse("2026-02-20T08:00:00Z"));
        assertThat(policy.decide(maria, Purpose.MODEL_TRAINING, Set.of(CONVERSATION_CONTENT), FEB_1).reason())
                .isEqualTo(ConsentReason.NO_CONSENT);
        assertThat(policy.decide(maria, Purpose.MODEL_TRAINING, Set.of(CONVERSATION_CONTENT), MAR_15).reason())
                .isEqualTo(ConsentReason.CONSENT_WITHDRAWN);
        // before anything was recorded, the subject was unknown
        assertThat(policy.decide(maria, Purpose.MODEL_TRAINING, Set.of(), FEB_1.minusSeconds(1)).reason())
                .isEqualTo(ConsentReason.UNKNOWN_SUBJECT);
        // replay: the same question gives the same answer
        assertThat(policy.decide(maria, Purpose.MODEL_TRAINING, Set.of(CONVERSATION_CONTENT), MAR_1))
                .isEqualTo(onMarch1);
    }

    @Test
    void unknownSubjectsFailClosed() {
        SubjectId nobody = SubjectId.of("never-seen");
        ConsentDecision ai = policy.decide(nobody, Purpose.AI_ASSISTED_ANSWERING, Set.of(CONVERSATION_CONTENT));
        assertThat(ai.outcome()).isEqualTo(ConsentOutcome.DENIED);
        assertThat(ai.reason()).isEqualTo(ConsentReason.UNKNOWN_SUBJECT);
        ConsentDecision training = policy.decide(nobody, Purpose.MODEL_TRAINING, Set.of(CONVERSATION_CONTENT));
        assertThat(training.outcome()).isEqualTo(ConsentOutcome.NEEDS_CONSENT);
        assertThat(training.reason()).isEqualTo(ConsentReason.UNKNOWN_SUBJECT);

        DefaultConsentPolicy lenient = DefaultConsentPolicy.builder().ledger(ledger)
                .rule(Purpose.AI_ASSISTED_ANSWERING, policy.rule(Purpose.AI_ASSISTED_ANSWERING).orElseThrow()
                        .withUnknownSubject(ConsentOutcome.ALLOWED)).build();
        ConsentDecision d = lenient.decide(nobody, Purpose.AI_ASSISTED_ANSWERING, Set.of(CONVERSATION_CONTENT, FINANCIAL));
        assertThat(d.allowed()).isTrue();
        assertThat(d.reason()).isEqualTo(ConsentReason.UNKNOWN_SUBJECT);
        assertThat(d.categoriesToRemove()).containsExactly(FINANCIAL);
        assertThatThrownBy(() -> PurposeRule.consentRequired("x", Set.of()).withUnknownSubject(ConsentOutcome.ALLOWED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unreachableLedgerDeniesEverything() {
        for (RuntimeException failure : List.of(new ConsentLedgerUnavailableException("down"),
                new IllegalStateException("driver bug"))) {
            DefaultConsentPolicy p = DefaultConsentPolicy.builder().ledger(new FailingLedger(failure)).build();
            for (Purpose purpose : Purpose.wellKnown()) {
                ConsentDecision d = p.decide(maria, purpose, Set.of(CONVERSATION_CONTENT));
                assertThat(d.outcome()).as(purpose.name()).isEqualTo(ConsentOutcome.DENIED);
                assertThat(d.reason()).isEqualTo(ConsentReason.LEDGER_UNAVAILABLE);
                assertThat(d.legalBasis()).isEqualTo(LegalBasis.NONE);
                assertThat(d.categoriesToRemove()).containsExactly(CONVERSATION_CONTENT);
            }
        }
    }

    @Test
    void purposesWithoutARuleAreDenied() {
        known();
        ConsentDecision d = policy.decide(maria, Purpose.of("LOYALTY_PROGRAM"), Set.of(CONTACT));
        assertThat(d.outcome()).isEqualTo(ConsentOutcome.DENIED);
        assertThat(d.reason()).isEqualTo(ConsentReason.NO_RULE);
        DefaultConsentPolicy withRule = DefaultConsentPolicy.builder().ledger(ledger)
                .rule(Purpose.of("LOYALTY_PROGRAM"), PurposeRule.consentRequired("host/LOYALTY", Set.of(CONTACT)))
                .build();
        assertThat(withRule.decide(maria, Purpose.of("LOYALTY_PROGRAM"), Set.of(CONTACT)).reason())
                .isEqualTo(ConsentReason.NO_CONSENT);
        ledger.append(grant(Purpose.of("LOYALTY_PROGRAM"), MAR_1).build());
        assertThat(withRule.decide(maria, Purpose.of("LOYALTY_PROGRAM"), Set.of(CONTACT)).allowed()).isTrue();
        DefaultConsentPolicy removed = DefaultConsentPolicy.builder().ledger(ledger)
                .removeRule(Purpose.ANALYTICS).build();
        assertThat(removed.decide(maria, Purpose.ANALYTICS, Set.of()).reason()).isEqualTo(ConsentReason.NO_RULE);
    }

    @Test
    void hostsCanRequireConsentForAiAnswering() {
        DefaultConsentPolicy optIn = DefaultConsentPolicy.builder().ledger(ledger)
                .requireConsentFor(Purpose.AI_ASSISTED_ANSWERING).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        ledger.append(grant(Purpose.MARKETING, FEB_1).build());
        ConsentDecision d = optIn.decide(maria, Purpose.AI_ASSISTED_ANSWERING, Set.of(CONVERSATION_CONTENT));
        assertThat(d.outcome()).isEqualTo(ConsentOutcome.NEEDS_CONSENT);
        assertThat(d.reason()).isEqualTo(ConsentReason.NO_CONSENT);
        ledger.append(grant(Purpose.AI_ASSISTED_ANSWERING, MAR_1).build());
        ConsentDecision granted = optIn.decide(maria, Purpose.AI_ASSISTED_ANSWERING,
                Set.of(CONVERSATION_CONTENT, FINANCIAL));
        assertThat(granted.allowed()).isTrue();
        assertThat(granted.categoriesToRemove()).as("the rule's permitted categories still apply")
                .containsExactly(FINANCIAL);
    }

    @Test
    void erasureVoidsEarlierGrantsButNotWithdrawals() {
        known();
        ledger.append(grant(Purpose.MODEL_TRAINING, FEB_1).build());
        ledger.append(ConsentEvent.withdraw(maria, Purpose.MARKETING).at(FEB_1).build());
        ledger.append(ConsentEvent.erasure(maria).at(MAR_1).evidenceRef("dsr-17").build());
        ConsentDecision training = policy.decide(maria, Purpose.MODEL_TRAINING, Set.of(CONVERSATION_CONTENT));
        assertThat(training.outcome()).isEqualTo(ConsentOutcome.NEEDS_CONSENT);
        assertThat(training.reason()).isEqualTo(ConsentReason.SUBJECT_ERASED);
        assertThat(policy.decide(maria, Purpose.MARKETING, Set.of(CONTACT)).reason())
                .isEqualTo(ConsentReason.CONSENT_WITHDRAWN);
        assertThat(policy.decide(maria, Purpose.MODEL_TRAINING, Set.of(CONVERSATION_CONTENT), FEB_1.plusSeconds(5))
                .allowed()).as("before the erasure it was allowed").isTrue();
        ledger.append(grant(Purpose.MODEL_TRAINING, APR_1).build());
        assertThat(policy.decide(maria, Purpose.MODEL_TRAINING, Set.of(CONVERSATION_CONTENT)).allowed())
                .as("a new grant after the erasure counts").isTrue();
    }

    @Test
    void decisionsAndPolicyPrintNoSubject() {
        SubjectId email = SubjectId.of("maria.gonzalez@example.com");
        ledger.append(ConsentEvent.grant(email, Purpose.MARKETING).at(FEB_1).noticeVersion("v1")
                .evidenceRef("form:secret-77").build());
        ConsentDecision d = policy.decide(email, Purpose.MARKETING, Set.of(CONTACT));
        assertThat(d.toString() + d.explanation() + policy + ledger + d.decidingEvents())
                .doesNotContain("maria", "gonzalez", "example.com", "secret-77");
    }

    @Test
    void defaultsCoverEveryWellKnownPurposeAndNeverPermitCredentials() {
        for (Purpose p : Purpose.wellKnown()) {
            PurposeRule r = policy.rule(p).orElseThrow();
            assertThat(r.permitted()).as(p.name()).doesNotContain(DataCategory.CREDENTIALS, DataCategory.UNCLASSIFIED,
                    FINANCIAL);
        }
        assertThat(policy.rule(Purpose.MODEL_TRAINING).orElseThrow().requiresConsent()).isTrue();
        assertThat(policy.rule(Purpose.MARKETING).orElseThrow().requiresConsent()).isTrue();
        assertThat(policy.rule(Purpose.THIRD_PARTY_SHARING).orElseThrow().requiresConsent()).isTrue();
        assertThat(policy.rule(Purpose.AI_ASSISTED_ANSWERING).orElseThrow().basis()).isEqualTo(LegalBasis.CONTRACT);
        assertThat(Duration.between(FEB_1, NOW)).isPositive();
    }
}
