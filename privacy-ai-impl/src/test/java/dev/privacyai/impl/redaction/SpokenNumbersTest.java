package dev.privacyai.impl.redaction;

import static dev.privacyai.impl.redaction.DetectorAssertions.repeat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.privacyai.redaction.Channel;
import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.RedactionResult;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpokenNumbersTest {

    private static String rewritten(String text) {
        SpokenNumbers.Rewritten r = SpokenNumbers.rewrite(text);
        return r == null ? null : r.text;
    }

    private static final RedactionContext VOICE = RedactionContext.builder().channel(Channel.VOICE).build();

    @Test
    void numberWordsBecomeDigits() {
        assertThat(rewritten("my card is four one one one one one one one one one one one one one one one"))
                .isEqualTo("my card is 4111111111111111");
        assertThat(rewritten("my phone is four one five, five five five, zero one three two"))
                .isEqualTo("my phone is 415 555 0132");
        assertThat(rewritten("call me on oh seven seven double oh nine hundred one two three"))
                .isEqualTo("call me on 07700900123");
        assertThat(rewritten("triple seven two")).isEqualTo("7772");
        assertThat(rewritten("born May nineteen eighty five")).isEqualTo("born May 1985");
        assertThat(rewritten("the code is 555 one two three four")).isEqualTo("the code is 5551234");
        assertThat(rewritten("Room Two Oh Four")).isEqualTo("Room 204");
    }

    @Test
    void datesSaidAsWordsBecomeDates() {
        assertThat(rewritten("my date of birth is the twelfth of may nineteen eighty five"))
                .isEqualTo("my date of birth is the 12th of may 1985");
        assertThat(rewritten("born May twenty first nineteen ninety")).isEqualTo("born May 21st 1990");
        assertThat(rewritten("March the third twenty twenty one")).isEqualTo("March the 3rd 2021");
        assertThat(rewritten("on the seventeenth of June nineteen ninety")).isEqualTo("on the 17th of June 1990");
        assertThat(rewritten("for the first time in a second")).isNull(); // no month next to the ordinal
        DefaultRedactor redactor = DefaultRedactor.withDefaults();
        assertThat(redactor.redact("my date of birth is the twelfth of May nineteen eighty five", VOICE)
                .redactedText()).isEqualTo("my date of birth is the [DATE_OF_BIRTH]");
    }

    @Test
    void shortRunsAndInterjectionsStayWords() {
        assertThat(rewritten("I have two kids and one or two dogs")).isNull();
        assertThat(rewritten("twenty five people came")).isNull();
        assertThat(rewritten("it costs one hundred and twenty five")).isNull();
        assertThat(rewritten("no digits here at all")).isNull();
        assertThat(rewritten("Oh, one more thing: nine four one oh five"))
                .isEqualTo("Oh, one more thing: 94105");
        assertThat(rewritten("one two oh")).isNull(); // a trailing "oh" is not a digit: two numbers are too few
        assertThat(rewritten("nine four one oh five oh, and then")).isEqualTo("94105 oh, and then");
    }

    @Test
    void anOhThatEndsTheSentenceAfterALongEnoughNumberIsAZero() {
        assertThat(rewritten("my zip is nine oh two one oh")).isEqualTo("my zip is 90210");
        assertThat(rewritten("my zip is nine oh two one oh.\nthanks")).isEqualTo("my zip is 90210.\nthanks");
        assertThat(DefaultRedactor.withDefaults().redact("my zip is nine oh two one oh",
                RedactionContext.builder().channel(Channel.VOICE).build()).redactedText())
                .isEqualTo("my zip is [ZIP_CODE]");
    }

    @Test
    void spansMapBackOntoWholeWords() {
        String text = "my pin is four three two one ok";
        SpokenNumbers.Rewritten r = SpokenNumbers.rewrite(text);
        assertThat(r.text).isEqualTo("my pin is 4321 ok");
        assertThat(r.originalStart(10)).isEqualTo(10);
        assertThat(r.originalEnd(13)).isEqualTo(text.indexOf(" ok"));
        assertThat(r.originalStart(0)).isEqualTo(0);
        assertThat(r.originalStart(15)).isEqualTo(text.indexOf("ok"));
    }

    @Test
    void theRedactorReadsSpokenNumbersOnTheVoiceChannel() {
        DefaultRedactor redactor = DefaultRedactor.withDefaults();
        String text = "my card number is four one one one one one one one one one one one one one one one thanks";
        RedactionResult voice = redactor.redact(text, VOICE);
        assertThat(voice.redactedText()).isEqualTo("my card number is [CREDIT_CARD] thanks");
        Finding card = voice.findings().get(0);
        assertThat(card.entityType()).isEqualTo(EntityType.CREDIT_CARD);
        assertThat(text.substring(card.start(), card.end())).startsWith("four").endsWith("one");
        assertThat(card.explanation().reason()).contains("said as number words");
        assertThat(voice.toString()).doesNotContain("four one").doesNotContain("4111");
        assertThat(card.toString()).doesNotContain("4111");

        // the same text in a chat is left as typed (spoken numbers are read on the voice channel by default)
        assertThat(redactor.redact(text).redactedText()).isEqualTo(text);
        // ... unless the host asks for them there too
        DefaultRedactor everywhere = DefaultRedactor.builder()
                .spokenNumbers(List.of(Channel.CHAT, Channel.VOICE)).build();
        assertThat(everywhere.redact(text).redactedText()).isEqualTo("my card number is [CREDIT_CARD] thanks");
        // and off entirely
        DefaultRedactor off = DefaultRedactor.builder().spokenNumbers(List.of()).build();
        assertThat(off.redact(text, VOICE).redactedText()).isEqualTo(text);
    }

    @Test
    void mixedSpokenAndWrittenFindingsKeepTheirOffsets() {
        DefaultRedactor redactor = DefaultRedactor.withDefaults();
        String text = "mail jo@example.com, my PIN is four three two one and the card 4111 1111 1111 1111";
        RedactionResult r = redactor.redact(text, VOICE);
        assertThat(r.redactedText())
                .isEqualTo("mail [EMAIL], my PIN is [SECRET] and the card [CREDIT_CARD]");
        for (Finding f : r.findings()) {
            assertThat(f.end()).isLessThanOrEqualTo(text.length());
        }
        assertThat(r.findings().get(0).explanation().reason()).doesNotContain("said as number words");
    }

    @Test
    void adversarialRunsFinishInLinearTime() {
        for (String unit : List.of("oh ", "one ", "double ", "twenty ", "nine hundred ", "one, ", "double oh ")) {
            String text = repeat(unit, 100_000);
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> SpokenNumbers.rewrite(text));
        }
        assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> DefaultRedactor.withDefaults().redact(repeat("four one ", 100_000), VOICE));
    }
}
