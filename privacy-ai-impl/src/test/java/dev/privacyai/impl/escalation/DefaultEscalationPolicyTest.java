package dev.privacyai.impl.escalation;

import dev.privacyai.escalation.Conversation;
import dev.privacyai.escalation.ConversationTurn;
import dev.privacyai.escalation.CustomerTier;
import dev.privacyai.escalation.EscalationDecision;
import dev.privacyai.escalation.EscalationDecision.Action;
import dev.privacyai.escalation.EscalationDecision.Priority;
import dev.privacyai.escalation.EscalationDecision.Queue;
import dev.privacyai.escalation.EscalationReason;
import dev.privacyai.escalation.EscalationReason.Code;
import dev.privacyai.escalation.EscalationSignals;
import dev.privacyai.redaction.Channel;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class DefaultEscalationPolicyTest {

    private static final DefaultEscalationPolicy POLICY = DefaultEscalationPolicy.withDefaults();

    private static EscalationDecision one(String customerText) {
        return POLICY.evaluate(Conversation.of(ConversationTurn.customer(customerText)));
    }

    private static EscalationDecision one(String customerText, EscalationSignals signals) {
        return POLICY.evaluate(Conversation.of(ConversationTurn.customer(customerText)), signals);
    }

    @Nested
    class HumanRequests {
        @ParameterizedTest
        @ValueSource(strings = {"agent", "Representative!", "operator please", "stop, human please",
                "I want to talk to a real person", "Can I speak to someone?", "transfer me to an operator",
                "Let me speak with a live agent now", "put me through to your manager",
                "get me a human", "I need a representative", "is it possible to chat with somebody?",
                "how can I contact a human agent", "could you connect me to the front desk",
                "I'd like to speak to one of your non-robotic agents", "hey give me a real person",
                "I wanna talk to a real person.", "can someone call me back?", "spa team please"})
        void englishAsks(String text) {
            EscalationDecision d = one(text);
            assertThat(d.hasReason(Code.HUMAN_REQUESTED)).as(text).isTrue();
            assertThat(d.action()).isEqualTo(Action.ESCALATE_NOW);
            assertThat(d.queue()).isEqualTo(Queue.GENERAL);
        }

        @ParameterizedTest
        @ValueSource(strings = {"agnet please", "I need to talk to a humna", "let me speak to a reprsentative",
                "I want to talk to somone", "need help speakign to a human agent", "AGEEEENT", "can I talkk to someone?"})
        void typosAndSqueezedLetters(String text) {
            assertThat(one(text).hasReason(Code.HUMAN_REQUESTED)).as(text).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Quiero hablar con un agente", "¿Puedo hablar con una persona real?",
                "Pásame con un asesor, por favor", "necesito un operador"})
        void spanish(String text) {
            assertThat(one(text).hasReason(Code.HUMAN_REQUESTED)).as(text).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Je veux parler à un conseiller", "Passez-moi un conseiller s'il vous plaît",
                "Je voudrais parler avec une vraie personne", "mettez-moi en relation avec un humain"})
        void french(String text) {
            assertThat(one(text).hasReason(Code.HUMAN_REQUESTED)).as(text).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Ich möchte mit einem Mitarbeiter sprechen", "Verbinden Sie mich mit einem Menschen",
                "Ich will einen echten Menschen", "Mitarbeiter bitte"})
        void german(String text) {
            assertThat(one(text).hasReason(Code.HUMAN_REQUESTED)).as(text).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"no need for an agent", "I don't want to talk to a human, just tell me my balance",
                "I do not need a representative", "an agent is not necessary", "no agent", "I need no agent",
                "no quiero hablar con un agente", "pas besoin de parler à un conseiller",
                "ich brauche keinen Mitarbeiter", "sin hablar con un agente", "without talking to a person"})
        void negationsDoNotFire(String text) {
            assertThat(one(text).hasReason(Code.HUMAN_REQUESTED)).as(text).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"I need the human resources phone number", "my agent number is 4421",
                "I'm a travel agent booking for a client", "can I pay in person at a branch?",
                "speak to me in dutch", "talk to you soon, bye!", "I want to talk about my mortgage",
                "send money to another person", "is there a fee from my mobile operator?",
                "my password manager stopped working", "Someone else used my card",
                "quiero hablar con recursos humanos", "je dois parler à un agent immobilier",
                "necesito un agente de viajes", "Ich suche einen Immobilienmakler", "j'ai besoin d'argent",
                "I was walking to the office", "taking it to the branch", "I want to cancel my contract",
                "I need to manage my account", "I need an accent change"})
        void lookAlikesDoNotFire(String text) {
            assertThat(one(text).hasReason(Code.HUMAN_REQUESTED)).as(text).isFalse();
        }

        @Test
        void negationBeforeAnotherClauseDoesNotCancel() {
            assertThat(one("No, I don't want a transfer. Let me talk to a human").hasReason(Code.HUMAN_REQUESTED))
                    .isTrue();
            assertThat(one("i dont want to make a transfer please let me speak with someone else")
                    .hasReason(Code.HUMAN_REQUESTED)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"is this a bot?", "are you a real person?", "am I talking to a machine?",
                "your a bot aren't you", "¿eres un robot?", "êtes-vous un robot ?", "bist du ein Bot?"})
        void botQuestionsOfferAHumanButAreNotRequests(String text) {
            EscalationDecision d = one(text);
            assertThat(d.hasReason(Code.BOT_QUESTION)).as(text).isTrue();
            assertThat(d.hasReason(Code.HUMAN_REQUESTED)).as(text).isFalse();
            assertThat(d.action()).isEqualTo(Action.OFFER_HUMAN);
        }

        @ParameterizedTest
        @ValueSource(strings = {"i don't want to talk to you!", "I don't feel comfortable sharing my details with a machine",
                "this bot is useless", "this conversation is not going anywhere", "no quiero hablar con una máquina",
                "I don't want to talk to a bot", "stop talking to robots"})
        void rejectingTheBot(String text) {
            assertThat(one(text).hasReason(Code.AI_REJECTED)).as(text).isTrue();
        }
    }

    @Nested
    class Frustration {
        @ParameterizedTest
        @ValueSource(strings = {"this is ridiculous", "you are useless", "This is the third time I'm asking",
                "I already told you that", "WHY IS MY REFUND NOT HERE YET", "why is this still not working???", "I'm fed up",
                "esto es ridículo, ya te lo dije", "c'est la troisième fois que je demande", "Das ist eine Frechheit"})
        void fires(String text) {
            EscalationDecision d = one(text);
            assertThat(d.hasReason(Code.FRUSTRATION)).as(text).isTrue();
            assertThat(d.action()).isEqualTo(Action.OFFER_HUMAN);
        }

        @ParameterizedTest
        @ValueSource(strings = {"I'm not angry, just curious", "Thanks, that was helpful", "I am in the USA now",
                "GREAT SERVICE, THANK YOU SO MUCH!!!", "blood sausages", "Shiite cleric", "Poor service",
                "tell me a joke"})
        void doesNotFire(String text) {
            assertThat(one(text).hasReason(Code.FRUSTRATION)).as(text).isFalse();
        }

        @Test
        void weakCuesCountOnlyTogether() {
            assertThat(one("my card still hasn't arrived").hasReason(Code.FRUSTRATION)).isFalse();
            assertThat(one("cancel my damn order").hasReason(Code.FRUSTRATION)).isFalse();
            EscalationDecision both = one("damn, it still hasn't arrived");
            assertThat(both.hasReason(Code.FRUSTRATION)).isTrue();
            assertThat(both.reasons().get(0).evidence()).allSatisfy(e -> assertThat(e).endsWith("(weak)"));
            assertThat(one("still not here!!!").hasReason(Code.FRUSTRATION)).isTrue();
        }

        @Test
        void frustrationInTwoOfTheLastThreeTurnsEscalatesNow() {
            Conversation c = Conversation.of(ConversationTurn.customer("this is ridiculous"),
                    ConversationTurn.assistant("Let me check that for you."),
                    ConversationTurn.customer("still nothing, useless"));
            assertThat(POLICY.evaluate(c).action()).isEqualTo(Action.ESCALATE_NOW);
            DefaultEscalationPolicy lenient = DefaultEscalationPolicy.builder().frustratedTurnsToEscalate(3).build();
            assertThat(lenient.evaluate(c).action()).isEqualTo(Action.OFFER_HUMAN);
        }
    }

    @Nested
    class Vulnerability {
        @ParameterizedTest
        @ValueSource(strings = {"my husband passed away last month", "I lost my job and can't pay my rent",
                "I'm in hospital having chemo", "I'm struggling to pay my bills", "my partner is abusive",
                "mi madre falleció la semana pasada", "mon père est décédé", "mein Mann ist verstorben",
                "perdí mi trabajo", "je suis au chômage", "ich bin arbeitslos"})
        void fires(String text) {
            EscalationDecision d = one(text);
            assertThat(d.hasReason(Code.VULNERABILITY)).as(text).isTrue();
            assertThat(d.action()).isEqualTo(Action.ESCALATE_NOW);
            assertThat(d.queue()).isEqualTo(Queue.VULNERABLE_CUSTOMERS);
            assertThat(d.priority()).isEqualTo(Priority.HIGH);
        }

        @ParameterizedTest
        @ValueSource(strings = {"my phone died yesterday", "the payment terminal is broken", "my card was disabled",
                "what's the best career search website", "I can't afford this order, cancel it"})
        void lookAlikesDoNotFire(String text) {
            assertThat(one(text).hasReason(Code.VULNERABILITY)).as(text).isFalse();
        }
    }

    @Nested
    class SelfHarm {
        @ParameterizedTest
        @ValueSource(strings = {"I want to end my life", "I'm going to kill myself", "I don't want to live anymore",
                "sometimes I think about suicide", "no reason to live", "quiero suicidarme",
                "je veux mettre fin à mes jours", "ich will nicht mehr leben",
                "I'm not saying I will kill myself but I can't cope"})
        void alwaysEscalatesUrgently(String text) {
            EscalationDecision d = one(text);
            assertThat(d.hasReason(Code.SELF_HARM)).as(text).isTrue();
            assertThat(d.action()).isEqualTo(Action.ESCALATE_NOW);
            assertThat(d.priority()).isEqualTo(Priority.URGENT);
            assertThat(d.queue()).isEqualTo(Queue.VULNERABLE_CUSTOMERS);
            assertThat(d.reasons().get(0).code()).isEqualTo(Code.SELF_HARM);
        }

        @Test
        void evenWhenItWasAnEarlierTurnAndEvenAlongsideOtherReasons() {
            Conversation c = Conversation.of(ConversationTurn.customer("I want to end it all"),
                    ConversationTurn.assistant("I'm sorry to hear that."),
                    ConversationTurn.customer("someone stole my card and I want a refund"));
            EscalationDecision d = POLICY.evaluate(c);
            assertThat(d.action()).isEqualTo(Action.ESCALATE_NOW);
            assertThat(d.priority()).isEqualTo(Priority.URGENT);
            assertThat(d.queue()).isEqualTo(Queue.VULNERABLE_CUSTOMERS);
        }

        @Test
        void cannotBeDisabledOrLowered() {
            assertThatThrownBy(() -> DefaultEscalationPolicy.builder().disable(Code.SELF_HARM))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> DefaultEscalationPolicy.builder().action(Code.SELF_HARM, Action.OFFER_HUMAN))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> DefaultEscalationPolicy.builder().priority(Code.SELF_HARM, Priority.HIGH))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class LegalComplaintsFraud {
        @ParameterizedTest
        @ValueSource(strings = {"If you don't refund me I will sue", "I'm contacting my lawyer",
                "I'll report you to the ombudsman", "I will take you to court", "voy a llamar a mi abogado",
                "je vais porter plainte", "ich werde Sie verklagen"})
        void legalThreats(String text) {
            EscalationDecision d = one(text);
            assertThat(d.hasReason(Code.LEGAL_THREAT)).as(text).isTrue();
            assertThat(d.queue()).isEqualTo(Queue.LEGAL);
        }

        @ParameterizedTest
        @ValueSource(strings = {"What stores can I sue my card?", "where can i find a good divorce lawyer",
                "I'm meeting Sue tomorrow"})
        void legalLookAlikes(String text) {
            assertThat(one(text).hasReason(Code.LEGAL_THREAT)).as(text).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"I want to file a complaint", "how do I lodge a claim against your company",
                "I need to make a formal complaint", "quiero poner una queja", "je veux faire une réclamation",
                "ich möchte mich beschweren", "help me file a complant"})
        void complaints(String text) {
            EscalationDecision d = one(text);
            assertThat(d.hasReason(Code.COMPLAINT)).as(text).isTrue();
            assertThat(d.queue()).isEqualTo(Queue.COMPLAINTS);
        }

        @ParameterizedTest
        @ValueSource(strings = {"I want to make an insurance claim", "How do I claim a refund?",
                "how can i claim my rewards", "I don't want to complain, just asking"})
        void complaintLookAlikes(String text) {
            assertThat(one(text).hasReason(Code.COMPLAINT)).as(text).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"someone used my card without my permission", "I think I was scammed",
                "there is a payment I didn't make", "my card was stolen", "I don't recognise this transaction",
                "my account has been hacked", "me han robado la tarjeta", "on m'a volé ma carte",
                "Meine Karte wurde gestohlen", "I lost my debit card"})
        void fraudAndSecurity(String text) {
            EscalationDecision d = one(text);
            assertThat(d.hasReason(Code.FRAUD_OR_SECURITY)).as(text).isTrue();
            assertThat(d.queue()).isEqualTo(Queue.SECURITY);
            assertThat(d.priority()).isEqualTo(Priority.HIGH);
            assertThat(d.action()).isEqualTo(Action.ESCALATE_NOW);
        }

        @ParameterizedTest
        @ValueSource(strings = {"this is not fraud, I made that payment", "The ATM machine stole my card",
                "I lost my job", "did my card application go through?"})
        void fraudLookAlikes(String text) {
            assertThat(one(text).hasReason(Code.FRAUD_OR_SECURITY)).as(text).isFalse();
        }

        @Test
        void securityQueueWinsOverGeneralWhenCustomerAlsoAsksForAHuman() {
            EscalationDecision d = one("my card was stolen, let me talk to a person");
            assertThat(d.hasReason(Code.HUMAN_REQUESTED)).isTrue();
            assertThat(d.queue()).isEqualTo(Queue.SECURITY);
            assertThat(d.reasons().get(0).code()).isEqualTo(Code.FRAUD_OR_SECURITY);
        }
    }

    @Nested
    class ConversationRules {
        @Test
        void repeatedIntentFromSignals() {
            EscalationSignals two = EscalationSignals.builder().intentLabel("refund_status").intentAttempts(2).build();
            EscalationSignals three = EscalationSignals.builder().intentLabel("refund_status").intentAttempts(3).build();
            assertThat(one("where is my refund", two).hasReason(Code.REPEATED_INTENT)).isFalse();
            EscalationDecision d = one("where is my refund", three);
            assertThat(d.hasReason(Code.REPEATED_INTENT)).isTrue();
            assertThat(d.action()).isEqualTo(Action.OFFER_HUMAN);
            assertThat(d.reasons().get(0).evidence().get(0)).contains("refund_status").contains("3");
            DefaultEscalationPolicy strict = DefaultEscalationPolicy.builder().maxIntentAttempts(2).build();
            assertThat(strict.evaluate(Conversation.of(ConversationTurn.customer("where is my refund")), two)
                    .hasReason(Code.REPEATED_INTENT)).isTrue();
        }

        @Test
        void repeatedIntentFromTurnLabels() {
            Conversation c = Conversation.of(
                    ConversationTurn.customer("where's my refund").withIntent("refund_status"),
                    ConversationTurn.assistant("It is on its way."),
                    ConversationTurn.customer("it's not here").withIntent("refund_status"),
                    ConversationTurn.assistant("Please wait 5 days."),
                    ConversationTurn.customer("still no refund").withIntent("refund_status"));
            assertThat(POLICY.evaluate(c).hasReason(Code.REPEATED_INTENT)).isTrue();
            Conversation broken = Conversation.of(
                    ConversationTurn.customer("where's my refund").withIntent("refund_status"),
                    ConversationTurn.customer("change my address").withIntent("address_change"),
                    ConversationTurn.customer("and my refund?").withIntent("refund_status"));
            assertThat(POLICY.evaluate(broken).hasReason(Code.REPEATED_INTENT)).isFalse();
        }

        @Test
        void repeatedMessagesWithoutLabels() {
            Conversation c = Conversation.of(ConversationTurn.customer("where is my refund for order 123"),
                    ConversationTurn.assistant("Refunds take 5 days."),
                    ConversationTurn.customer("where is my refund for the order"),
                    ConversationTurn.assistant("Refunds take 5 days."),
                    ConversationTurn.customer("my refund for the order, where is it"));
            EscalationDecision d = POLICY.evaluate(c);
            assertThat(d.hasReason(Code.REPEATED_INTENT)).isTrue();
            assertThat(d.reasons().get(0).evidence().get(0)).contains("3 similar customer messages");
            Conversation varied = Conversation.of(ConversationTurn.customer("where is my refund"),
                    ConversationTurn.customer("also change my address"),
                    ConversationTurn.customer("and what are your opening hours"));
            assertThat(POLICY.evaluate(varied).hasReason(Code.REPEATED_INTENT)).isFalse();
            assertThat(DefaultEscalationPolicy.builder().maxIntentAttempts(4).build().evaluate(c)
                    .hasReason(Code.REPEATED_INTENT)).isFalse();
        }

        @Test
        void fallbacksInARowAreRecognizedFromTheAssistantsOwnWords() {
            Conversation once = Conversation.of(ConversationTurn.customer("can I change my plan"),
                    ConversationTurn.assistant("I'm sorry, I can't help with that."),
                    ConversationTurn.customer("change my plan"));
            assertThat(POLICY.evaluate(once).hasReason(Code.ASSISTANT_FALLBACKS)).isFalse();
            Conversation twice = once.append(ConversationTurn.assistant("Sorry, I didn't understand. Could you rephrase?"))
                    .append(ConversationTurn.customer("the plan"));
            EscalationDecision d = POLICY.evaluate(twice);
            assertThat(d.hasReason(Code.ASSISTANT_FALLBACKS)).isTrue();
            assertThat(d.action()).isEqualTo(Action.OFFER_HUMAN);
            Conversation interrupted = Conversation.of(ConversationTurn.assistant("I'm sorry, I can't help with that."),
                    ConversationTurn.assistant("Your plan is Basic."),
                    ConversationTurn.assistant("I don't understand."));
            assertThat(POLICY.evaluate(interrupted).hasReason(Code.ASSISTANT_FALLBACKS)).isFalse();
        }

        @Test
        void fallbacksInOtherLanguagesAndMarkedByTheHost() {
            Conversation es = Conversation.of(ConversationTurn.assistant("Lo siento, no te he entendido."),
                    ConversationTurn.customer("mi plan"), ConversationTurn.assistant("No entiendo."));
            assertThat(POLICY.evaluate(es).hasReason(Code.ASSISTANT_FALLBACKS)).isTrue();
            Conversation de = Conversation.of(ConversationTurn.assistant("Das habe ich nicht verstanden."),
                    ConversationTurn.assistant("Dabei kann ich leider nicht helfen."));
            assertThat(POLICY.evaluate(de).hasReason(Code.ASSISTANT_FALLBACKS)).isTrue();
            Conversation marked = Conversation.of(ConversationTurn.assistant("Here are some options.").markedAsFallback());
            assertThat(DefaultEscalationPolicy.builder().maxFallbacksInRow(1).build().evaluate(marked)
                    .hasReason(Code.ASSISTANT_FALLBACKS)).isTrue();
        }

        @Test
        void decliningSentiment() {
            Conversation c = Conversation.of(ConversationTurn.customer("Thanks, that's great"),
                    ConversationTurn.assistant("Anything else?"),
                    ConversationTurn.customer("hmm, the amount is wrong"),
                    ConversationTurn.assistant("Let me check."),
                    ConversationTurn.customer("still wrong, this is a bad problem"));
            EscalationDecision d = POLICY.evaluate(c);
            assertThat(d.hasReason(Code.SENTIMENT_DECLINING)).isTrue();
            Conversation improving = Conversation.of(ConversationTurn.customer("the amount is wrong"),
                    ConversationTurn.customer("ok"), ConversationTurn.customer("thanks, perfect"));
            assertThat(POLICY.evaluate(improving).hasReason(Code.SENTIMENT_DECLINING)).isFalse();
            assertThat(DefaultEscalationPolicy.builder().sentimentWindow(4).build().evaluate(c)
                    .hasReason(Code.SENTIMENT_DECLINING)).isFalse();
        }

        @Test
        void lowConfidenceAndDeclinedConsent() {
            EscalationSignals low = EscalationSignals.builder().modelConfidence(0.2).build();
            EscalationSignals high = EscalationSignals.builder().modelConfidence(0.9).build();
            assertThat(one("what's my balance", low).hasReason(Code.LOW_CONFIDENCE)).isTrue();
            assertThat(one("what's my balance", low).action()).isEqualTo(Action.OFFER_HUMAN);
            assertThat(one("what's my balance", high).involvesHuman()).isFalse();
            EscalationDecision consent = one("ok", EscalationSignals.builder().consentDeclined(true).build());
            assertThat(consent.hasReason(Code.CONSENT_DECLINED)).isTrue();
            assertThat(consent.action()).isEqualTo(Action.ESCALATE_NOW);
            assertThat(one("I do not consent to AI processing").hasReason(Code.CONSENT_DECLINED)).isTrue();
            assertThat(one("I do consent").hasReason(Code.CONSENT_DECLINED)).isFalse();
        }

        @Test
        void cardDataInAChannelThatMustNotReceiveIt() {
            String text = "my card number is 4111 1111 1111 1111";
            EscalationDecision chat = one(text, EscalationSignals.builder().channel(Channel.CHAT).build());
            assertThat(chat.hasReason(Code.CARD_DATA_IN_UNSAFE_CHANNEL)).isTrue();
            assertThat(chat.queue()).isEqualTo(Queue.SECURE_PAYMENTS);
            assertThat(chat.action()).isEqualTo(Action.ESCALATE_NOW);
            assertThat(chat.reasons().toString()).doesNotContain("4111");
            assertThat(one(text, EscalationSignals.builder().channel(Channel.VOICE).build())
                    .hasReason(Code.CARD_DATA_IN_UNSAFE_CHANNEL)).isFalse();
            assertThat(one("4111-1111-1111-1111").hasReason(Code.CARD_DATA_IN_UNSAFE_CHANNEL)).isTrue();
            assertThat(one("can you update order 113542617735902?").hasReason(Code.CARD_DATA_IN_UNSAFE_CHANNEL))
                    .isFalse();
            assertThat(one("where do I find the CVV?").hasReason(Code.CARD_DATA_IN_UNSAFE_CHANNEL)).isFalse();
            DefaultEscalationPolicy voiceToo = DefaultEscalationPolicy.builder()
                    .cardDataForbiddenIn(Channel.CHAT, Channel.VOICE).build();
            assertThat(voiceToo.evaluate(Conversation.of(ConversationTurn.customer(text)),
                    EscalationSignals.builder().channel(Channel.VOICE).build())
                    .hasReason(Code.CARD_DATA_IN_UNSAFE_CHANNEL)).isTrue();
        }

        @Test
        void pronounsAreResolvedWithTheAssistantsPreviousPrompt() {
            Conversation withContext = Conversation.of(ConversationTurn.customer("hi"),
                    ConversationTurn.assistant("Is this about your debit card?"),
                    ConversationTurn.customer("yes, I lost it yesterday"));
            EscalationDecision d = POLICY.evaluate(withContext);
            assertThat(d.hasReason(Code.FRAUD_OR_SECURITY)).isTrue();
            assertThat(d.reasons().get(0).evidence().get(0)).contains("lost it").contains("card")
                    .doesNotContain("yesterday");
            Conversation otherTopic = Conversation.of(ConversationTurn.assistant("Which hotel room was it?"),
                    ConversationTurn.customer("I lost it"));
            assertThat(POLICY.evaluate(otherTopic).hasReason(Code.FRAUD_OR_SECURITY)).isFalse();
            assertThat(one("I lost it").hasReason(Code.FRAUD_OR_SECURITY)).isFalse();
        }

        @Test
        void onlyTheLatestTurnCountsForRequestsButRoutingReasonsStick() {
            Conversation c = Conversation.of(ConversationTurn.customer("agent please"),
                    ConversationTurn.agent("Hi, I'm Sam, how can I help?"),
                    ConversationTurn.customer("ok thanks, all sorted"));
            assertThat(POLICY.evaluate(c).involvesHuman()).isFalse();
            Conversation fraud = Conversation.of(ConversationTurn.customer("my card was stolen"),
                    ConversationTurn.assistant("I can help."), ConversationTurn.customer("ok what now"));
            EscalationDecision d = POLICY.evaluate(fraud);
            assertThat(d.hasReason(Code.FRAUD_OR_SECURITY)).isTrue();
            assertThat(d.reasons().get(0).turnIndex()).isZero();
            DefaultEscalationPolicy shortMemory = DefaultEscalationPolicy.builder().historyWindow(2).build();
            assertThat(shortMemory.evaluate(fraud).hasReason(Code.FRAUD_OR_SECURITY)).isFalse();
        }
    }

    @Nested
    class Configuration {
        @Test
        void tierRaisesPriority() {
            assertThat(one("agent please").priority()).isEqualTo(Priority.NORMAL);
            assertThat(one("agent please", EscalationSignals.builder().customerTier(CustomerTier.PREMIUM).build())
                    .priority()).isEqualTo(Priority.HIGH);
            assertThat(one("is this a bot?", EscalationSignals.builder().customerTier(CustomerTier.VIP).build())
                    .priority()).isEqualTo(Priority.HIGH);
            assertThat(one("what's my balance", EscalationSignals.builder().customerTier(CustomerTier.VIP).build())
                    .involvesHuman()).isFalse();
        }

        @Test
        void actionsQueuesAndDisabledRules() {
            DefaultEscalationPolicy p = DefaultEscalationPolicy.builder()
                    .action(Code.COMPLAINT, Action.ESCALATE_NOW).queue(Code.COMPLAINT, Queue.LEGAL)
                    .disable(Code.BOT_QUESTION).build();
            EscalationDecision d = p.evaluate(Conversation.of(ConversationTurn.customer("I want to file a complaint")));
            assertThat(d.action()).isEqualTo(Action.ESCALATE_NOW);
            assertThat(d.queue()).isEqualTo(Queue.LEGAL);
            assertThat(p.evaluate(Conversation.of(ConversationTurn.customer("are you a bot?"))).involvesHuman()).isFalse();
            assertThatThrownBy(() -> DefaultEscalationPolicy.builder().maxIntentAttempts(0))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> DefaultEscalationPolicy.builder().lowConfidence(1.5))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void staysWithAiForOrdinaryRequests() {
            for (String s : List.of("What's my balance?", "I want to cancel order 370795561790",
                    "How do I change my PIN?", "¿Cuál es mi saldo?", "Wie hoch ist mein Kontostand?", "")) {
                assertThat(one(s)).as(s).isEqualTo(EscalationDecision.stayWithAi());
            }
            assertThat(POLICY.evaluate(Conversation.empty())).isEqualTo(EscalationDecision.stayWithAi());
        }

        @Test
        void nullsAreRejected() {
            assertThatThrownBy(() -> POLICY.evaluate(null, EscalationSignals.none()))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("conversation");
            assertThatThrownBy(() -> POLICY.evaluate(Conversation.empty(), null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("signals");
        }
    }

    @Nested
    class Safety {
        @Test
        void reasonsAndToStringNeverQuoteTheCustomer() {
            String secret = "Zyxwvutsrq";
            EscalationDecision d = one("My name is " + secret + " and my card was stolen, I'm furious, "
                    + "let me speak to a human about " + secret.toLowerCase(Locale.ROOT) + "@example.com");
            assertThat(d.reasons()).isNotEmpty();
            for (EscalationReason r : d.reasons()) {
                assertThat(r.text().toLowerCase(Locale.ROOT)).doesNotContain(secret.toLowerCase(Locale.ROOT));
                assertThat(String.join(" ", r.evidence()).toLowerCase(Locale.ROOT))
                        .doesNotContain(secret.toLowerCase(Locale.ROOT));
            }
            assertThat(d.toString().toLowerCase(Locale.ROOT)).doesNotContain(secret.toLowerCase(Locale.ROOT));
            assertThat(d.explain().toLowerCase(Locale.ROOT)).doesNotContain(secret.toLowerCase(Locale.ROOT));
            assertThat(POLICY.toString()).doesNotContain(secret);
        }

        @Test
        void everyReasonExplainsItself() {
            EscalationDecision d = one("THIS IS THE THIRD TIME!!! my husband passed away and I want an agent");
            assertThat(d.reasons()).allSatisfy(r -> {
                assertThat(r.text()).isNotBlank();
                assertThat(r.evidence()).isNotEmpty();
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"agent ", "a", "!!!!", "4111 ", "no no ", "speak to ", "é", "talk to the ~3 ",
                "someone else used ", "dont want to ", "a1a1", "....", "HUMAN "})
        void adversarialHundredKInputsComplete(String unit) {
            StringBuilder sb = new StringBuilder(100_000);
            while (sb.length() < 100_000) {
                sb.append(unit);
            }
            String text = sb.toString();
            Conversation c = Conversation.of(ConversationTurn.customer(text), ConversationTurn.assistant(text),
                    ConversationTurn.customer(text));
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> POLICY.evaluate(c));
        }

        @Test
        void threadSafe() throws Exception {
            List<String> texts = List.of("agent please", "my card was stolen", "this is ridiculous",
                    "what's my balance", "I want to file a complaint", "I want to end my life");
            List<EscalationDecision> expected = texts.stream().map(DefaultEscalationPolicyTest::one).toList();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Boolean>> futures = new java.util.ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    futures.add(pool.submit(() -> {
                        for (int i = 0; i < 200; i++) {
                            int k = i % texts.size();
                            if (!one(texts.get(k)).equals(expected.get(k))) {
                                return false;
                            }
                        }
                        return true;
                    }));
                }
                for (Future<Boolean> f : futures) {
                    assertThat(f.get()).isTrue();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
