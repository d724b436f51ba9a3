package dev.privacyai.impl.redaction;

import static dev.privacyai.impl.redaction.DetectorAssertions.found;
import static dev.privacyai.impl.redaction.DetectorAssertions.prompt;
import static dev.privacyai.impl.redaction.DetectorAssertions.repeat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.privacyai.redaction.Channel;
import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.RedactionResult;
import dev.privacyai.redaction.Redactor;
import dev.privacyai.redaction.spi.Detector;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptedNumberDetectorTest {

    private static final String CARD_PROMPT = "Thanks. Can I have the long card number please?";
    private static final String PHONE_PROMPT = "What's the best phone number to reach you?";
    private static final String SSN_PROMPT = "For verification, what is your social security number?";

    private final Detector d = Detectors.promptedNumbers();

    @Test
    void aChunkOfTheAskedNumberIsThatNumber() {
        assertThat(found(d, EntityType.CREDIT_CARD, "4111 1111", prompt(CARD_PROMPT))).containsExactly("4111 1111");
        assertThat(found(d, EntityType.CREDIT_CARD, "sure it's 4111 1111", prompt(CARD_PROMPT)))
                .containsExactly("4111 1111");
        assertThat(found(d, EntityType.CREDIT_CARD, "ok the first part is 4111-1111 hold on", prompt(CARD_PROMPT)))
                .containsExactly("4111-1111");
        assertThat(found(d, EntityType.PHONE, "415 555", prompt(PHONE_PROMPT))).containsExactly("415 555");
        assertThat(found(d, EntityType.US_SSN, "um 536 22", prompt(SSN_PROMPT))).containsExactly("536 22");
        assertThat(found(d, EntityType.US_SSN, "8923",
                prompt("Can you confirm the last four of your social?"))).containsExactly("8923");
        assertThat(found(d, EntityType.ACCOUNT_NUMBER, "it's 0044 and then", prompt("What's your account number?")))
                .containsExactly("0044");
        assertThat(found(d, EntityType.UK_NHS, "943 476", prompt("And your NHS number?"))).containsExactly("943 476");
        // two groups in one reply are two findings
        assertThat(found(d, EntityType.CREDIT_CARD, "4111 1111 and 1111", prompt(CARD_PROMPT)))
                .containsExactly("4111 1111", "1111");
    }

    @Test
    void explainsWithoutTheValue() {
        List<Finding> f = d.detect("sure it's 4111 1111", prompt(CARD_PROMPT));
        assertThat(f).hasSize(1);
        assertThat(f.get(0).score()).isEqualTo(0.6);
        assertThat(f.get(0).explanation().toString()).contains("card number", "assistant-prompt")
                .doesNotContain("4111");
        assertThat(f.get(0).toString()).doesNotContain("4111");
    }

    @Test
    void nothingWithoutAPromptThatAsksForANumber() {
        assertThat(d.detect("4111 1111", RedactionContext.defaults())).isEmpty();
        assertThat(d.detect("4111 1111", prompt("How many guests will there be?"))).isEmpty();
        assertThat(d.detect("4111 1111", prompt("Which payment method would you like to use?"))).isEmpty();
    }

    @Test
    void aReplyWithOtherWordsOrAmountsIsNotAnAnswerMadeOfDigits() {
        assertThat(d.detect("I don't have it, I'll call back in 5 minutes", prompt(CARD_PROMPT))).isEmpty();
        assertThat(d.detect("I was charged $4111 twice", prompt(CARD_PROMPT))).isEmpty();
        assertThat(d.detect("call me after 10:30", prompt(PHONE_PROMPT))).isEmpty();
        assertThat(d.detect("it expires 12/27", prompt(CARD_PROMPT))).isEmpty();
        assertThat(d.detect("order 12345678 never arrived", prompt(CARD_PROMPT))).isEmpty();
        assertThat(d.detect("ref4111", prompt(CARD_PROMPT))).isEmpty();
        assertThat(d.detect("12", prompt(CARD_PROMPT))).isEmpty(); // fewer than 3 digits
        assertThat(d.detect(repeat("4111 ", 200), prompt(CARD_PROMPT))).isEmpty(); // not a short reply
        // longer than any card: left to the other detectors
        assertThat(d.detect("41111111111111111111", prompt(CARD_PROMPT))).isEmpty();
    }

    @Test
    void shortGroupsAreLeftToCvvAndExpiryWhenThePromptAlsoAsksForThem() {
        RedactionContext all = prompt("Please give me the card number, the expiry date and the CVV.");
        assertThat(d.detect("737", all)).isEmpty();
        assertThat(found(d, EntityType.CREDIT_CARD, "4111 1111", all)).containsExactly("4111 1111");
    }

    @Test
    void theRedactorHidesTheChunkOnChatAndVoice() {
        Redactor r = DefaultRedactor.builder().detectors(Detectors.structured()).build();
        RedactionResult chat = r.redact("sure it's 4111 1111",
                RedactionContext.builder().previousAssistantPrompt(CARD_PROMPT).build());
        assertThat(chat.redactedText()).isEqualTo("sure it's [CREDIT_CARD]");
        RedactionResult voice = r.redact("um four one one one one one one one",
                RedactionContext.builder().channel(Channel.VOICE).previousAssistantPrompt(CARD_PROMPT).build());
        assertThat(voice.redactedText()).doesNotContain("four one one one");
        // a whole valid card is still the card detector's (better validated) finding
        RedactionResult whole = r.redact("4111 1111 1111 1111",
                RedactionContext.builder().previousAssistantPrompt(CARD_PROMPT).build());
        assertThat(whole.findings()).singleElement().extracting(Finding::detector).isEqualTo("credit-card");
    }

    @Test
    void adversarialInputsFinishQuickly() {
        RedactionContext ctx = prompt(CARD_PROMPT);
        for (String s : new String[] {repeat("1", 100_000), repeat("1 ", 50_000), repeat("ok ", 33_000),
                repeat(":", 100_000)}) {
            assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> d.detect(s, ctx))).isEmpty();
        }
    }
}
