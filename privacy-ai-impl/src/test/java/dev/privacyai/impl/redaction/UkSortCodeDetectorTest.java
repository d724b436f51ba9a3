package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.Redactor;
import dev.privacyai.redaction.spi.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.privacyai.impl.redaction.DetectorAssertions.found;
import static dev.privacyai.impl.redaction.DetectorAssertions.guarded;
import static dev.privacyai.impl.redaction.DetectorAssertions.prompt;
import static dev.privacyai.impl.redaction.DetectorAssertions.repeat;
import static org.assertj.core.api.Assertions.assertThat;

class UkSortCodeDetectorTest {

    private final Detector d = Detectors.ukSortCode();

    /** The structured detectors together, as the default redactor runs them (without the name models). */
    private static final Redactor STRUCTURED = DefaultRedactor.builder().detectors(Detectors.structured()).build();

    private static String redact(String text) {
        return STRUCTURED.redact(text).redactedText();
    }

    private List<String> sortCodes(String text) {
        return found(d, EntityType.UK_SORT_CODE, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "My sort code is 20-00-00 and account 12345678. | 20-00-00",
        "sort code 200000, acc no 31926819 | 200000",
        "sort code 20 00 00 | 20 00 00",
        "Sort Code: 40-47-84 | 40-47-84",
        "sortcode 404784 | 404784",
        "sort-code 40 47 84 | 40 47 84",
        "bank sort code - 30-90-89 | 30-90-89",
        "SORT CODE 309089 | 309089",
        "the sort code of my current account at the bank is 40-47-84 | 40-47-84",
        "sort code and account number are 20-00-00 and 12345678 | 20-00-00",
        "my sort codes 20-00-00 | 20-00-00",
        "sort code is 20\u201300\u201300 | 20\u201300\u201300",
        "sort code 20\u00a000\u00a000 | 20\u00a000\u00a000",
        "sort code 12-11-10 | 12-11-10",
    })
    void findsTheSixDigitsAfterASortCodeCue(String text, String expected) {
        assertThat(sortCodes(text)).containsExactly(expected);
    }

    @Test
    void aCueOnTheLineAboveCountsWhenThatLineAsks() {
        assertThat(sortCodes("Sort code:\n20-00-00")).containsExactly("20-00-00");
        assertThat(sortCodes("Agent: What's your sort code?\nCustomer: 20 00 00")).containsExactly("20 00 00");
        assertThat(sortCodes("sort code\n20-00-00")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my order 200000", "20-00-00", "ref 20 00 00", "call 20 00 00", "total 200000 points",
        "sort code? I'll tell you later. My order is 12-34-56", // another sentence
        "sort code unknown, pin 200000", // a nearer PIN cue
        "sort code 20-00-00-01", "sort code 20 00 00 12", "sort code 2000000", "sort code 20000", "sort code 20-00",
        "sort code 20-00 00", "sort code £200000", "sort code 200000.50", "sort code 20 00 00%", "sort code 00-00-00",
        "sort code 111111", "sort code 20.00.00", "sort code 12:30 00 00",
        "I need to update my sort code and my phone is 33 93 31 now, ok", // the phone cue is nearer
        "what's a sort code, and then a long story about nothing much at all, in the end: 200000", // too far
        "sort code 12345678 then 200000", // the first number after the cue only
        "sort code for my mobile number: 33 93 31", "sort code, card number 200000", "post code 200000",
        "zip code 200000", "the resort code 200000", "sort the code 200000", "sort, code 200000",
    })
    void rejectsSixDigitsWithoutASortCodeCueOrNotStandingAlone(String text) {
        assertThat(sortCodes(text)).isEmpty();
    }

    @Test
    void aReplyToAPromptForTheSortCode() {
        assertThat(found(d, EntityType.UK_SORT_CODE, "20-00-00", prompt("What is your sort code?")))
                .containsExactly("20-00-00");
        assertThat(found(d, EntityType.UK_SORT_CODE, "sure, it's 200000", prompt("Could you confirm the sort code?")))
                .containsExactly("200000");
        assertThat(found(d, EntityType.UK_SORT_CODE, "I paid for order 200000 yesterday",
                prompt("What is your sort code?"))).isEmpty(); // not a bare reply
        assertThat(found(d, EntityType.UK_SORT_CODE, "200000", prompt("What is your order number?"))).isEmpty();
        assertThat(found(d, EntityType.UK_SORT_CODE, "200000", prompt("What is your resort code?"))).isEmpty();
        assertThat(found(d, EntityType.UK_SORT_CODE, "20 00 00", prompt("And the sort-code, please?")))
                .containsExactly("20 00 00");
        assertThat(found(d, EntityType.UK_SORT_CODE, "20 00 00", prompt("Your sortcode?"))).containsExactly("20 00 00");
    }

    @Test
    void aNumberRightAfterLowersTheScoreSoThatAnAccountNumberOverBothWins() {
        List<Finding> fs = d.detect("sort code 20-00-00 12345678", RedactionContext.defaults());
        assertThat(fs).singleElement().satisfies(f -> {
            assertThat(f.score()).isLessThan(0.7).isGreaterThanOrEqualTo(0.5);
            assertThat(f.end() - f.start()).isEqualTo(8);
        });
        String text = "sort code and account number: 20-00-00 12345678";
        assertThat(redact(text)).isEqualTo("sort code and account number: [ACCOUNT_NUMBER]");
    }

    @Test
    void withTheOtherDetectorsSortCodeAndAccountNumberAreBothFoundAndAPhoneStaysAPhone() {
        assertThat(redact("My sort code is 20-00-00 and account 12345678."))
                .isEqualTo("My sort code is [UK_SORT_CODE] and account [ACCOUNT_NUMBER].");
        assertThat(redact("sort code 20-00-00 account 12345678"))
                .isEqualTo("sort code [UK_SORT_CODE] account [ACCOUNT_NUMBER]");
        assertThat(redact("sort code 20 00 00")).isEqualTo("sort code [UK_SORT_CODE]");
        assertThat(redact("call 33 93 31")).isEqualTo("call [PHONE]");
        assertThat(redact("sort code 12-11-10")).isEqualTo("sort code [UK_SORT_CODE]");
    }

    @Test
    void explanationNamesTheCueNeverTheDigits() {
        String text = "My sort code is 40-47-84";
        Finding f = d.detect(text, RedactionContext.defaults()).get(0);
        IdTestSupport.assertExplained(f, text, EntityType.UK_SORT_CODE);
        assertThat(f.explanation().contextCues()).singleElement()
                .satisfies(c -> assertThat(c.toString()).contains("sort code"));
        assertThat(f.toString()).doesNotContain("40-47-84").doesNotContain("404784");
        assertThat(d.entityTypes()).containsExactly(EntityType.UK_SORT_CODE);
    }

    @Test
    void isAmongTheStructuredDefaults() {
        assertThat(Detectors.structured()).anySatisfy(x -> assertThat(x.entityTypes()).contains(EntityType.UK_SORT_CODE));
    }

    @Test
    void adversarialInputsFinishWithTheRightResult() {
        // every group has a cue right before it
        String cued = repeat("sort code 20-00-00 ", 100_000);
        assertThat(guarded(d, cued)).hasSize(cued.length() / "sort code 20-00-00 ".length());
        // one long chain of two-digit groups: never a sort code
        assertThat(guarded(d, "sort code " + repeat("12-", 100_000))).isEmpty();
        assertThat(guarded(d, "sort code " + repeat("12 ", 100_000))).isEmpty();
        // six-digit tokens without a cue, then cues without digits
        assertThat(guarded(d, repeat("123456 ", 100_000))).isEmpty();
        assertThat(guarded(d, repeat("sort code ", 100_000))).isEmpty();
        assertThat(guarded(d, repeat("sort code pin 200000 ", 100_000))).isEmpty();
        // a cue far before the digits, after 100,000 characters of cue words: found, as the cue is right before
        String text = repeat("sort ", 100_000) + "code 200000";
        assertThat(guarded(d, text)).singleElement()
                .satisfies(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo("200000"));
    }
}
