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
    void hesitationFillersInsideANumberArePauses() {
        assertThat(rewritten("my card number is four one one one uh one one one one uh one one one one uh one one"
                + " one one")).isEqualTo("my card number is 4111 1111 1111 1111");
        assertThat(rewritten("my phone is four one five, uh, five five five, um, zero one three two"))
                .isEqualTo("my phone is 415 555 0132");
        assertThat(rewritten("four one five. Erm. five five five uhm hmm zero one three two"))
                .isEqualTo("415 555 0132");
        // a filler at either end is not part of the run; three in a row end it
        assertThat(rewritten("um four one one one uh")).isEqualTo("um 4111 uh");
        assertThat(rewritten("four one five um uh er one")).isEqualTo("415 um uh er one");
        // the finding covers the spoken words (and the fillers between them), never half a word
        String text = "my phone is four one five, uh, five five five, um, zero one three two thanks";
        RedactionResult r = DefaultRedactor.withDefaults().redact(text, VOICE);
        assertThat(r.redactedText()).isEqualTo("my phone is [PHONE] thanks");
        Finding phone = r.findings().get(0);
        assertThat(text.substring(phone.start(), phone.end()))
                .isEqualTo("four one five, uh, five five five, um, zero one three two");
        assertThat(DefaultRedactor.withDefaults().redact("my card number is four one one one uh one one one one uh"
                + " one one one one uh one one one one", VOICE).redactedText())
                .isEqualTo("my card number is [CREDIT_CARD]");
    }

    @Test
    void separatorsSaidAsWordsJoinTwoNumbers() {
        assertThat(rewritten("my ssn is four one two dash six seven dash eight nine two three"))
                .isEqualTo("my ssn is 412-67-8923");
        assertThat(rewritten("four one two hyphen six seven hyphen eight nine two three"))
                .isEqualTo("412-67-8923");
        assertThat(rewritten("it expires twelve slash twenty seven")).isEqualTo("it expires 12/27");
        assertThat(DefaultRedactor.withDefaults().redact("my social is four one two dash six seven dash eight nine"
                + " two three", VOICE).redactedText()).isEqualTo("my social is [US_SSN]");
        SpokenNumbers.Rewritten r = SpokenNumbers.rewrite("exp twelve slash twenty seven");
        assertThat(r.text).isEqualTo("exp 12/27");
        int slash = r.text.indexOf('/');
        assertThat(r.originalStart(slash)).isEqualTo("exp twelve".length());
        assertThat(r.originalEnd(slash)).isEqualTo("exp twelve slash ".length());
    }

    @Test
    void hundredBeforeATeenOrTensIsOneNumber() {
        assertThat(rewritten("my ssn is four hundred twelve sixty seven eighty nine twenty three"))
                .isEqualTo("my ssn is 412678923");
        assertThat(rewritten("room four hundred sixty seven please")).isEqualTo("room 467 please");
        assertThat(rewritten("four hundred twenty one two")).isEqualTo("4212");
        assertThat(rewritten("four hundred twenty oh five")).isEqualTo("42005");
        assertThat(DefaultRedactor.withDefaults().redact("my ssn is four hundred twelve sixty seven eighty nine"
                + " twenty three", VOICE).redactedText()).isEqualTo("my ssn is [US_SSN]");
        // a unit after "hundred" is still a digit of its own, as in UK numbers
        assertThat(rewritten("call me on oh seven seven double oh nine hundred one two three"))
                .isEqualTo("call me on 07700900123");
    }

    @Test
    void aUkNumberWithItsCountryCodeIsInternational() {
        assertThat(rewritten("it's double four seven seven double oh nine double oh one two three"))
                .isEqualTo("it's +447700900123");
        assertThat(DefaultRedactor.withDefaults().redact("it's double four seven seven double oh nine double oh one"
                + " two three", VOICE).redactedText()).isEqualTo("it's [PHONE]");
        // not 12 digits, or a trunk zero after 44: as said
        assertThat(rewritten("double four seven seven double oh nine double oh one two")).isEqualTo("44770090012");
        assertThat(rewritten("double four oh seven seven double oh nine double oh one two"))
                .isEqualTo("440770090012");
    }

    @Test
    void anExtensionAfterANumberJoinsIt() {
        assertThat(rewritten("call me at four one five five five five zero one three two extension two one"))
                .isEqualTo("call me at 4155550132 ext 21");
        assertThat(rewritten("four one five five five five zero one three two ext. twenty one, thanks"))
                .isEqualTo("4155550132 ext 21, thanks");
        String text = "call me at four one five five five five zero one three two extension two one thanks";
        RedactionResult r = DefaultRedactor.withDefaults().redact(text, VOICE);
        assertThat(r.redactedText()).isEqualTo("call me at [PHONE] thanks");
        // one digit, or no number before it: as said
        assertThat(rewritten("four one five five five five zero one three two extension five"))
                .isEqualTo("4155550132 extension five");
        assertThat(rewritten("the extension two one")).isNull();
        assertThat(rewritten("I need an extension one or two days")).isNull();
    }

    @Test
    void fillersSeparatorWordsAndCommonPhrasesStayWords() {
        for (String text : List.of("one or two", "I have two kids", "um, one sec", "uh one moment",
                "the first one, uh, two of them", "dash cam", "slash the price", "a twenty dollar bill",
                "twenty five people", "on the double", "one uh two", "one dash two", "five slash seven",
                "one two dash cam", "uh uh uh", "five hundred people", "one hundred and twenty five")) {
            assertThat(rewritten(text)).as(text).isNull();
            assertThat(DefaultRedactor.withDefaults().redact(text, VOICE).redactedText()).as(text).isEqualTo(text);
        }
        assertThat(rewritten("one two three dash cam")).isEqualTo("123 dash cam");
        assertThat(rewritten("four one one one, slash the price")).isEqualTo("4111, slash the price");
    }

    @Test
    void adversarialRunsFinishInLinearTime() {
        for (String unit : List.of("oh ", "one ", "double ", "twenty ", "nine hundred ", "one, ", "double oh ",
                "uh ", "one uh ", "one, uh, ", "one uh um ", "one uh um er ", "one dash ", "twelve slash ",
                "one slash dash ", "four hundred twelve ", "hundred twelve ", "extension two one ",
                "one two three extension ", "double four seven ")) {
            String text = repeat(unit, 100_000); // 100,000 characters
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> SpokenNumbers.rewrite(text));
        }
        assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> DefaultRedactor.withDefaults().redact(repeat("four one uh ", 100_000), VOICE));
        assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> DefaultRedactor.withDefaults().redact(repeat("four one ", 100_000), VOICE));
    }
}
