package dev.privacyai.impl.consent;

import dev.privacyai.consent.ConsentEvent;
import dev.privacyai.consent.Purpose;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.redaction.Channel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransparencyNoticeTest {

    final TransparencyNotice notice = TransparencyNotice.builder().companyName("Acme Energy").assistantName("Ava")
            .build();

    @Test
    void englishDisclosesTheAiAndTheWayToAPerson() {
        String text = notice.render(Locale.ENGLISH, Set.of(Purpose.AI_ASSISTED_ANSWERING));
        assertThat(text).startsWith("You're chatting with Ava, an AI assistant for Acme Energy. "
                + "You can ask for a person at any time.");
        assertThat(text).contains("We don't use this conversation to train AI.")
                .contains("We don't share this conversation with other companies")
                .contains("withdraw your consent")
                .doesNotContain("recorded", "offers", "{company}", "{assistant}");
    }

    @Test
    void reflectsTheConsentedPurposes() {
        String text = notice.render(Locale.UK, Set.of(Purpose.AI_ASSISTED_ANSWERING, Purpose.RECORDING_RETENTION,
                Purpose.MODEL_TRAINING, Purpose.THIRD_PARTY_SHARING, Purpose.MARKETING));
        assertThat(text).contains("recorded and kept", "As you agreed, we may use this conversation",
                "shared with our partners", "send you offers").doesNotContain("don't use", "don't share");
    }

    @Test
    void spanishFrenchAndGerman() {
        Set<Purpose> none = Set.of();
        assertThat(notice.render(Locale.forLanguageTag("es-MX"), none))
                .startsWith("Estás chateando con Ava, un asistente de IA de Acme Energy.")
                .contains("pedir hablar con una persona", "No usamos esta conversación para entrenar IA.");
        assertThat(notice.render(Locale.FRANCE, none))
                .startsWith("Vous échangez avec Ava, un assistant IA de Acme Energy.")
                .contains("parler à une personne", "Nous n'utilisons pas cette conversation pour entraîner une IA.");
        assertThat(notice.render(Locale.GERMANY, Set.of(Purpose.MODEL_TRAINING)))
                .startsWith("Sie chatten mit Ava, einem KI-Assistenten von Acme Energy.")
                .contains("mit einem Menschen zu sprechen", "um unsere KI zu verbessern")
                .doesNotContain("nicht, um KI zu trainieren");
        assertThat(notice.render(Locale.GERMAN, Channel.VOICE, none)).startsWith("Sie sprechen mit Ava");
        assertThat(notice.render(Locale.ENGLISH, Channel.VOICE, none)).startsWith("You're speaking with Ava");
        assertThat(notice.languages()).contains("en", "es", "fr", "de");
    }

    @Test
    void otherLanguagesFallBackToEnglishAndCanBeAdded() {
        assertThat(notice.render(Locale.JAPANESE, Set.of())).startsWith("You're chatting with Ava");
        TransparencyNotice custom = TransparencyNotice.builder().companyName("Acme").assistantName("Ava")
                .template(Locale.ITALIAN, TransparencyNotice.Sentence.INTRO_CHAT,
                        "Stai parlando con {assistant}, l'assistente IA di {company}. Puoi chiedere una persona.")
                .template(Locale.ENGLISH, TransparencyNotice.Sentence.RIGHTS, "Say 'privacy' to manage your data.")
                .build();
        assertThat(custom.render(Locale.ITALIAN, Set.of())).startsWith("Stai parlando con Ava, l'assistente IA di Acme.")
                .contains("We don't use this conversation");
        assertThat(custom.render(Locale.ENGLISH, Set.of())).endsWith("Say 'privacy' to manage your data.");
        assertThat(notice.render(Locale.ENGLISH, Set.of())).as("overrides do not leak into other notices")
                .doesNotContain("Say 'privacy'");
        assertThatThrownBy(() -> TransparencyNotice.builder().companyName("Acme").build())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rendersFromThePolicyForThisCustomer() {
        InMemoryConsentLedger ledger = new InMemoryConsentLedger();
        DefaultConsentPolicy policy = DefaultConsentPolicy.builder().ledger(ledger).build();
        SubjectId s = SubjectId.of("crm-5");
        Instant t = Instant.now().minusSeconds(60);
        ledger.append(ConsentEvent.grant(s, Purpose.MODEL_TRAINING).at(t).noticeVersion("v1").build());
        assertThat(TransparencyNotice.allowedPurposes(policy, s)).contains(Purpose.MODEL_TRAINING,
                Purpose.AI_ASSISTED_ANSWERING, Purpose.RECORDING_RETENTION).doesNotContain(Purpose.MARKETING,
                Purpose.THIRD_PARTY_SHARING);
        assertThat(notice.render(Locale.ENGLISH, Channel.CHAT, policy, s))
                .contains("As you agreed, we may use this conversation", "recorded and kept");
        ledger.append(ConsentEvent.withdraw(s, Purpose.MODEL_TRAINING).at(t.plusSeconds(1)).build());
        assertThat(notice.render(Locale.ENGLISH, Channel.CHAT, policy, s))
                .contains("We don't use this conversation to train AI.");
        // ledger down: nothing is promised as allowed
        DefaultConsentPolicy down = DefaultConsentPolicy.builder().ledger(new FailingLedger()).build();
        assertThat(TransparencyNotice.allowedPurposes(down, s)).isEmpty();
        assertThat(notice.render(Locale.FRENCH, Channel.CHAT, down, s)).contains("Nous n'utilisons pas");
    }
}
