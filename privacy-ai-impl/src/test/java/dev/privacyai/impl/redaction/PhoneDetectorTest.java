package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.spi.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class PhoneDetectorTest {

    private static final double REPORTED = 0.5;
    private final Detector detector = Detectors.phone();

    private List<Finding> reported(String text, RedactionContext ctx) {
        return detector.detect(text, ctx).stream().filter(f -> f.score() >= REPORTED).collect(Collectors.toList());
    }

    private List<Finding> reported(String text) {
        return reported(text, RedactionContext.defaults());
    }

    private List<String> spans(String text) {
        return reported(text).stream().map(f -> text.substring(f.start(), f.end())).collect(Collectors.toList());
    }

    private void assertSingle(String text, String expectedSpan) {
        assertThat(spans(text)).as(text).containsExactly(expectedSpan);
    }

    // ---- positives ----

    @Test
    void northAmericanShapes() {
        assertSingle("Call me at (415) 555-0132 tomorrow", "(415) 555-0132");
        assertSingle("my cell is 415-555-0132", "415-555-0132");
        assertSingle("415.555.0132", "415.555.0132");
        assertSingle("Fax(212)555-0188;", "(212)555-0188");
        assertSingle("reach me on 1-800-555-0199", "1-800-555-0199");
        assertSingle("you can text me at 415 555 0132.", "415 555 0132");
    }

    @Test
    void internationalForms() {
        assertSingle("Phone: +1 415 555 0132", "+1 415 555 0132");
        assertSingle("+44 20 7946 0958", "+44 20 7946 0958");
        assertSingle("Desk: +44 (0)20 7946 0958", "+44 (0)20 7946 0958");
        assertSingle("office +49 30 1234567", "+49 30 1234567");
        assertSingle("Tel. +33 1 42 68 53 00", "+33 1 42 68 53 00");
        assertSingle("whatsapp +919876543210", "+919876543210");
        assertSingle("from abroad dial 0044 20 7946 0958", "0044 20 7946 0958");
        assertSingle("from the US dial 011 44 20 7946 0958", "011 44 20 7946 0958");
        assertSingle("+1-212-555-0147", "+1-212-555-0147");
    }

    @Test
    void aLabelGluedToTheNumberByAColon() {
        assertSingle("reach me at tel:+14155550132", "+14155550132");
        assertSingle("Tel:+44 20 7946 0958", "+44 20 7946 0958");
        assertSingle("Mobile:07700 900123", "07700 900123");
        assertThat(spans("we open 10:30 till 12:45")).isEmpty(); // a colon after digits is a time
    }

    @Test
    void nationalFormsOfDefaultRegions() {
        assertSingle("mobile 07700 900123", "07700 900123");            // GB
        assertSingle("Telefon 030 12345678", "030 12345678");          // DE
        assertSingle("Telefon 030/12345678", "030/12345678");          // DE with slash
        assertSingle("appelez le 06 12 34 56 78", "06 12 34 56 78");    // FR
        assertSingle("portable 06.12.34.56.78", "06.12.34.56.78");     // FR dots
        assertSingle("móvil 612 34 56 78", "612 34 56 78");            // ES
        assertSingle("cellulare 312 345 6789", "312 345 6789");        // IT
        assertSingle("bel 06-12345678", "06-12345678");                // NL
        assertSingle("call 98765 43210", "98765 43210");               // IN
        assertSingle("mobile 0412 345 678", "0412 345 678");           // AU
        assertSingle("landline (02) 9876 5432", "(02) 9876 5432");     // AU
    }

    @ParameterizedTest
    @ValueSource(strings = {"098765 43210", "08-123 456 78", "070-123 45 67", "8 (495) 123-45-67", "+7 495 123-45-67",
            "(11) 91234-5678", "+55 (11) 91234-5678", "03-1234-5678", "+81 3-1234-5678", "010-1234-5678",
            "+82 10-1234-5678", "+86 138 0013 8000", "044 668 18 00", "+48 22 123 45 67", "+972-3-123-4567",
            "+353 1 234 5678", "0212 123 45 67", "+1.212.555.0147", "1 212 555 0147", "0049 171 1234567"})
    void shapesOfMoreCountriesWithoutContext(String number) {
        assertSingle("sure, it's " + number + ".", number);
    }

    @Test
    void groupedNumbersOfOtherCountriesByShape() {
        // not valid in a default region, but grouped like phone numbers and of possible length
        assertSingle("Phone: (21) 456-789", "(21) 456-789");
        assertSingle("Phone: 61-52-83-94", "61-52-83-94");
        assertSingle("Phone: 482 3391", "482 3391");
        assertSingle("Mobile: 0488 12 34 56", "0488 12 34 56");
        assertSingle("Desk: +46 (0)8 123 456 78", "+46 (0)8 123 456 78");
        assertSingle("call 0312 4455667", "0312 4455667");
    }

    @Test
    void extensionsAreIncluded() {
        assertSingle("Phone: 415-555-0132 x123", "415-555-0132 x123");
        assertSingle("Phone: 415-555-0132x123", "415-555-0132x123");
        assertSingle("Phone: (415)555-0132x0135 today", "(415)555-0132x0135");
        assertSingle("Call 415-555-0132 ext. 45", "415-555-0132 ext. 45");
        assertSingle("Call 415-555-0132 ext 45", "415-555-0132 ext 45");
        assertSingle("Call 415-555-0132 extension 4567", "415-555-0132 extension 4567");
        assertSingle("Call 415-555-0132 #12", "415-555-0132 #12");
        assertSingle("Call 415.555.0132X77.", "415.555.0132X77");
        assertSingle("Fax: 001-415-555-0132x818", "001-415-555-0132x818");
    }

    @Test
    void germanNumberWithoutItsTrunkPrefixIsNotValid() {
        Detector de = Detectors.phone("DE");
        List<Finding> f = de.detect("7943 2027", RedactionContext.defaults());
        assertThat(f).hasSize(1);
        assertThat(f.get(0).explanation().validator()).isEqualTo("libphonenumber:possible-length");
        List<Finding> g = de.detect("Telefon 030 12345678", RedactionContext.defaults());
        assertThat(g).hasSize(1);
        assertThat(g.get(0).explanation().validator()).isEqualTo("libphonenumber:valid:DE");
    }

    @Test
    void contiguousNumbersNeedValidityOrContext() {
        assertSingle("my number is 07700900326", "07700900326");
        assertSingle("Fax: 4155550132", "4155550132");
        // a bare contiguous digit string that is not valid anywhere is no phone number
        assertThat(spans("ref 9990001112")).isEmpty();
    }

    @Test
    void twoNumbersInOneRunAreSplitAtStrongBreaks() {
        String text = "Spring, TX 77388-5746 (281)651-7106;Fax(281)528-8636";
        assertThat(spans(text)).containsExactly("(281)651-7106", "(281)528-8636");
        assertThat(spans("call 415-555-0132 / 415-555-0199")).containsExactly("415-555-0132", "415-555-0199");
        assertThat(spans("Saginaw, Michigan 48604 (989)755-1109")).containsExactly("(989)755-1109");
    }

    @Test
    void contextRegionsComeFirst() {
        RedactionContext br = RedactionContext.builder().regions("BR").build();
        List<Finding> f = reported("Telefone (11) 98456-5666", br);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).explanation().validator()).isEqualTo("libphonenumber:valid:BR");
        List<Finding> noRegion = reported("Telefone (11) 98456-5666");
        assertThat(noRegion).hasSize(1);
        assertThat(noRegion.get(0).explanation().validator()).isNotEqualTo("libphonenumber:valid:BR");
    }

    @Test
    void configurableDefaultRegions() {
        Detector ch = Detectors.phone("CH");
        List<Finding> f = ch.detect("Natel 079 123 45 67", RedactionContext.defaults());
        assertThat(f).hasSize(1);
        assertThat(f.get(0).explanation().validator()).isEqualTo("libphonenumber:valid:CH");
        assertThatThrownBy(() -> Detectors.phone("XX")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void phoneContextRaisesTheScore() {
        double bare = detector.detect("7943 2027", RedactionContext.defaults()).stream()
                .mapToDouble(Finding::score).max().orElse(0);
        double withCue = detector.detect("call me on 7943 2027", RedactionContext.defaults()).stream()
                .mapToDouble(Finding::score).max().orElse(0);
        assertThat(withCue).isGreaterThan(bare);
        assertThat(withCue).isGreaterThanOrEqualTo(REPORTED);
    }

    @Test
    void assistantPromptAskingForThePhoneRaisesTheScore() {
        RedactionContext asked = RedactionContext.builder()
                .previousAssistantPrompt("What is the best phone number to reach you?").build();
        List<Finding> f = detector.detect("it's 7943 2027", asked);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).score()).isGreaterThanOrEqualTo(REPORTED);
        assertThat(f.get(0).explanation().contextCues())
                .anySatisfy(c -> assertThat(c.where()).isEqualTo("assistant-prompt"));
    }

    @Test
    void assistantPromptAskingForAReferenceLowersTheScore() {
        RedactionContext asked = RedactionContext.builder()
                .previousAssistantPrompt("What is your order number?").build();
        assertThat(reported("it's 4455 6677", asked)).isEmpty();
        assertThat(reported("it's 4455 6677")).hasSize(1);
    }

    @Test
    void justInCaseIsNoReference() {
        assertSingle("just in case: 415 555 0132", "415 555 0132");
    }

    @Test
    void explanationIsPresentAndHoldsNoDigitsOfTheNumber() {
        List<Finding> f = reported("Phone: +44 20 7946 0958");
        assertThat(f).hasSize(1);
        Finding x = f.get(0);
        assertThat(x.entityType()).isEqualTo(EntityType.PHONE);
        assertThat(x.detector()).isEqualTo("phone");
        assertThat(x.explanation().pattern()).contains("international");
        assertThat(x.explanation().validator()).isEqualTo("libphonenumber:valid:GB");
        assertThat(x.explanation().baseScore()).isBetween(0.0, 1.0);
        assertThat(x.explanation().contextCues()).anySatisfy(c -> assertThat(c.cue()).isEqualTo("phone"));
        assertThat(x.explanation().reason()).doesNotContain("7946").doesNotContain("0958");
        assertThat(x.toString()).doesNotContain("7946");
    }

    // ---- negatives ----

    @ParameterizedTest
    @ValueSource(strings = {
            "The total is $1 234 567 this month",
            "it costs € 2.345.678",
            "transfer 1.234.567 EUR now",
            "we sold 1 500 000 units",
            "Meet at 10:30 on 12/05/2024",
            "Delivered 2024-05-12 at 9 05",
            "born 12.05.1984",
            "on 20240512",
            "worked there 2019-2020 and 2019 - 2021",
            "Windows build 10.0.19045.3803",
            "upgrade to version 2.15.1234567",
            "server 192.168.100.200",
            "Order number 4155550132",
            "my order 732201349959 has not arrived",
            "tracking 9400 1000 0000 0000",
            "invoice 2023 114 5567",
            "card 4111 1111 1111 1111",
            "4111-1111-1111-1111",
            "5500 0000 0000 0004",
            "text STOP to 12345",
            "call 911 or dial 112",
            "Austin, TX 78701-1234",
            "lives at 9816 2145 Main Street",
            "Suite 541 6343 Skogstien",
            "pi is 3.14159265",
            "ISBN 978-3-16-148410-0",
            "ABC-4155550132",
            "coordinates 48.8584, 2.2945",
            "it was 1234567%",
            "price 4155550132$",
            "SSN 123-45-6789",
            "IBAN GB82 WEST 1234 5698 7654 32",
            "DE89 3704 0044 0532 0130 00",
            "I got 1500 2000 3000 and 4000",
            "amex 3782 822463 10005",
            "I paid 1234567 yesterday",
            "Telefon 7943 2027 0000 1111 2222",
            "MAC: 01-23-45-67-89-AB",
            "use 000-123-456 as placeholder",
            "999 999 999",
            "my SIN is 130-692-544",
            "Steuernummer: 0981508150999"
    })
    void notPhoneNumbers(String text) {
        assertThat(spans(text)).as(text).isEmpty();
    }

    @Test
    void aCountryCodeInParenthesesKeepsBothParentheses() {
        assertThat(spans("call (+44) 7700 900123 now")).containsExactly("(+44) 7700 900123");
        assertThat(spans("my number (+33 1 42 68 53 00)")).containsExactly("+33 1 42 68 53 00");
    }

    @Test
    void negativeContextWinsOverTheWordNumber() {
        assertThat(spans("my order number is 415 555 0132")).isEmpty();
        assertThat(spans("customer number 5566778899, client no. 2125551234")).isEmpty();
        // a negative cue that holds the phone cue wins at any distance: "número" alone is a phone cue
        assertThat(spans("mi número de cuenta es 12345678901")).isEmpty();
        assertThat(spans("Kundennummer: 0301234567")).isEmpty();
        assertThat(spans("mi número es 612 34 56 78")).containsExactly("612 34 56 78");
        assertThat(spans("my phone number is 415 555 0132")).containsExactly("415 555 0132");
    }

    @Test
    void formFieldsCsvRowsAndTwoNumbersSideBySide() {
        assertThat(spans("phone=415-555-0132")).containsExactly("415-555-0132");
        assertThat(spans("?phone=4155550132&name=x")).containsExactly("4155550132");
        assertThat(spans("Kwame Mensah,kwame.m@gmail.com,212-555-0147,03/03/1979")).containsExactly("212-555-0147");
        assertThat(spans("1,Olga Petrova,+44 7700 900123")).containsExactly("+44 7700 900123");
        assertThat(spans("call 415-555-0132 415-555-0199")).containsExactly("415-555-0132", "415-555-0199");
        assertThat(spans("212.555.0147 212.555.0199 thanks")).containsExactly("212.555.0147", "212.555.0199");
        // groups joined by an em dash, as word processors write them
        assertThat(spans("call 415\u2014555\u20140132")).containsExactly("415\u2014555\u20140132");
        // a decimal comma after digits, a count after '=', mis-dashed numbers side by side
        assertThat(spans("price 1,4155550132")).isEmpty();
        assertThat(spans("items=4155550132")).isEmpty();
        assertThat(spans("911-701234 91170-1234")).isEmpty();
    }

    @Test
    void aNegativeCueThatDoesNotLabelTheNumberDoesNotHideIt() {
        // "account" or "order" earlier in the sentence hid a formatted phone number that "number" names
        assertThat(spans("Please update my account with my new number 415-555-0132"))
                .containsExactly("415-555-0132");
        assertThat(spans("Please update my order with my new number 415-555-0132")).containsExactly("415-555-0132");
        assertThat(spans("your account manager's number is 020 7946 0958")).containsExactly("020 7946 0958");
        // a job title in a signature is not the label of the number after it, on its line or the next
        assertThat(spans("Regards, Tom Baker, Account Executive, 212.555.0147")).containsExactly("212.555.0147");
        assertThat(spans("Tom Baker | Account Manager\nT: 020 7946 0958")).containsExactly("020 7946 0958");
        // a cue that labels the digits still wins: in a compound with "number", or as a question or label above
        assertThat(spans("My order number is #1214920 and it still says processing")).isEmpty();
        assertThat(spans("Social security number 025903763")).isEmpty();
        assertThat(spans("What's your order number?\n4155550132")).isEmpty();
        assertThat(spans("Order no:\n4155550132")).isEmpty();
        assertThat(spans("my order 4155550132 is late")).isEmpty();
    }

    // ---- six-digit local numbers: only right next to a phone word ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "You can call 33 93 31 | 33 93 31",
        "Tel: 33 93 31 | 33 93 31",
        "call me at 41 22 80 tonight | 41 22 80",
        "my phone number is 41 22 80. | 41 22 80",
        "Mobile: 70 12 45 | 70 12 45",
    })
    void shortNumbersAfterAPhoneWord(String text, String number) {
        assertSingle(text, number);
    }

    @Test
    void shortNumbersLabelledInAContactBlock() {
        assertSingle("Contact\n61 51 81 office\n", "61 51 81");
        assertSingle("Harbour Road 4\n92 34 70-Office", "92 34 70");
        assertSingle("52 18 09 fax", "52 18 09");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "33 93 31",
        "Order 33 93 31 shipped today",
        "my reference is 12 34 56",
        "I paid 12 34 56 last week",
        "call about order 12 34 56",
        "call me about 12 34 56",
        "call 123 456",
        "call 12-34-56",
        "call on 12.05.21",
        "call 12 34 56 78 90 12 34",
        "Tel: 12 34 567",
        "phone 12 34 56a",
        "see page 12 34 56 office hours",
        "the phone is 12 34 56 USD",
        "call 12 34 56 units",
    })
    void shortNumbersWithoutAnAdjacentPhoneWordAreNotReported(String text) {
        assertThat(reported(text)).as(text).noneMatch(f -> f.score() >= PhoneDetector.SHORT_SCORE
                && text.substring(f.start(), f.end()).replace(" ", "").length() == 6);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "phone **+91 98765 43210**                  | +91 98765 43210",
        "**Phone:** **415-555-0134**                | 415-555-0134",
        "call me at *415-555-0134*                  | 415-555-0134",
        "my number is **07700 900123**              | 07700 900123",
        "**(415) 555-0134**                         | (415) 555-0134",
        "*0412 345 678*                             | 0412 345 678",
        "call ***415-555-0134*** today              | 415-555-0134",
        "call __415-555-0134__                      | 415-555-0134",
        "call `415-555-0134`                        | 415-555-0134",
        "<td>415-555-0134</td>                      | 415-555-0134",
        "'- **Jane Doe** — **415-555-0134**, mobile' | 415-555-0134",
    })
    void aNumberInsideMarkdownEmphasisOrMarkup(String text, String expected) {
        assertSingle(text, expected);
    }

    @Test
    void aNumberInATableRowBetweenPipes() {
        assertThat(spans("| Phone |415-555-0134|\n|---|---|")).containsExactly("415-555-0134");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tel.0612345678                 | 0612345678",
        "Tel.+44 20 7946 0958           | +44 20 7946 0958",
        "ph.(415) 555-0134              | (415) 555-0134",
        "Mob.07700 900123               | 07700 900123",
        "contact: fax.+33 1 42 68 53 00 | +33 1 42 68 53 00",
    })
    void anAbbreviatedPhoneLabelGluedByItsDot(String text, String expected) {
        assertSingle(text, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "call x415-555-0134y",          // glued to letters on both sides
        "call AB415-555-0134",          // a SKU-like code
        "card ******12345678",          // a masked value: more stars than emphasis uses
        "phone 2*4155550134",           // a product
        "phone *4155550134 footnote",   // a lone star, nothing closes it
        "phone **4155550134\n** below", // the closing star is on another line
        "phone a**4155550134**",        // the stars are glued to a word
        "ref.4155550134",               // a dot after a word that is no phone label
        "v.4155550134",
        "hotel.4155550134",
        "mytel.4155550134",             // the label must be a whole word
    })
    void gluedToSomethingElseStaysUnreported(String text) {
        assertThat(spans(text)).as(text).isEmpty();
    }

    @Test
    void manyUnclosedStarsBeforeNumbersStayUnreported() {
        String text = "*4155550134 ".repeat(100_000 / 12 + 1);
        assertThat(spans(text)).isEmpty();
    }

    @Test
    void manyNumbersInEmphasisAreAllFound() {
        String unit = "phone **415-555-0134** or tel.0612345678 ";
        String text = unit.repeat(100_000 / unit.length() + 1);
        assertThat(spans(text)).hasSize(2 * (100_000 / unit.length() + 1));
    }

    // ---- adversarial ----

    @ParameterizedTest
    @ValueSource(strings = {"1 ", "1  ", "12  ", "12 34  ", "((((", "----", "+1 ", "1-", "(1) ", "1x1", "0 ", "9",
            "555-0132 x", "+(", "00", ") (", " - 1", "call 12 34 56 ", "12 34 56 office ", "call me at "})
    void adversarialInputsComplete(String unit) {
        String text = unit.repeat(100_000 / unit.length() + 1);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> detector.detect(text, RedactionContext.defaults()));
    }

    @Test
    void manyRealNumbersComplete() {
        String text = "call 415-555-0132 or ".repeat(100_000 / 21);
        List<Finding> f = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> detector.detect(text, RedactionContext.defaults()));
        assertThat(f.stream().filter(x -> x.score() >= REPORTED).count()).isEqualTo(100_000 / 21);
    }

    @Test
    void redactorDefaultsIncludePhone() {
        assertThat(Detectors.defaults()).anySatisfy(d -> assertThat(d.entityTypes()).contains(EntityType.PHONE));
    }

    // ---- digits typed one by one, in dashed groups ----

    @ParameterizedTest
    @ValueSource(strings = {"4 1 5 - 5 5 5 - 0 1 3 2", "4 1 5-5 5 5-0 1 3 2", "4 1 5 \u2013 5 5 5 \u2013 0 1 3 2",
        "4\u202f1\u202f5 \u2212 5\u202f5\u202f5 \u2212 0\u202f1\u202f3\u202f2", "1 - 8 0 0 - 5 5 5 - 0 1 9 9",
        "0 6 - 1 2 - 3 4 - 5 6 - 7 8"})
    void digitsTypedOneByOneInDashedGroups(String number) {
        assertSingle("my number is " + number + ".", number);
        assertSingle("call " + number, number);
    }

    @Test
    void digitsTypedOneByOneWithoutDashesStayAsBefore() {
        assertSingle("my number is 4 1 5 5 5 5 0 1 3 2", "4 1 5 5 5 5 0 1 3 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 - 3 - 6 items", "1 - 2", "my ssn is 5 3 6 - 2 2 - 1 2 3 4", "call 4 1 5 - 5 5 5-0 1 3 2",
        "call 4 1 5 - 5 5 5 - 0 1 3 2 - 7 7 7 7 - 8 8 8 8", "rounds 3 - 1 - 4 - 1 - 5 - 9 - 2 - 6",
        "call 4 1 5 - 5 5 5 / 0 1 3 2", "zip 9 4 3 0 5 - 5 0 1 5", "on 0 1 - 0 2 - 2 0 2 4",
        "order 4 1 5 - 5 5 5 - 0 1 3 2"})
    void otherSingleDigitSequencesAreNoPhone(String text) {
        // too few digits, an SSN, mixed dash gaps, too many digits, one-digit groups, a slash, ZIP+4, a date, a
        // reference
        assertThat(spans(text)).as(text).isEmpty();
    }

    @Test
    void adversarialSpelledDigits() {
        String unit = "call 4 1 5 - 5 5 5 - 0 1 3 2, ";
        int reps = 100_000 / unit.length() + 1;
        assertThat(reported(unit.repeat(reps))).hasSize(reps);
        assertThat(reported("4 1 5 - 5 5 5 - 0 1 3 2 ".repeat(100_000 / 24 + 1))).isEmpty();
        assertThat(reported("1 - ".repeat(25_001))).isEmpty();
        assertThat(reported("1 2 - ".repeat(16_667))).isEmpty();
    }

    // ---- German numbers: area code, slash, grouped subscriber number ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tel. 030 / 123 456 78 | 030 / 123 456 78",
        "Rufnummer: 089 / 12 34 56 | 089 / 12 34 56",
        "Telefon: 0221 / 12 34 567 | 0221 / 12 34 567",
        "Tel. 030/123 456 78 | 030/123 456 78",
        "Tel. (030) 123 456 78 | (030) 123 456 78",
        "Telefonnummer 030 /12345678 | 030 /12345678",
        "Handynummer 0171 / 234 56 78 | 0171 / 234 56 78",
        "Tel. 030\u202f/\u202f123\u202f456\u202f78 | 030\u202f/\u202f123\u202f456\u202f78",
    })
    void germanAreaCodeAndSlashBeforeGroupedNumber(String text, String number) {
        assertSingle(text, number);
    }

    @Test
    void germanSlashFormsWithoutACueWhenValid() {
        assertSingle("030 / 123 456 78", "030 / 123 456 78");
        assertSingle("089 / 12 34 56", "089 / 12 34 56");
        assertSingle("(030) 123 456 78", "(030) 123 456 78");
        assertSingle("erreichbar unter 0221 / 12 34 567 ab 9 Uhr", "0221 / 12 34 567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"exp 05/2023 1234", "2019 / 2020 / 2021", "order 030 / 123 456 78", "030 / 123 / 456 78",
        "invoice 0123 / 45 67 89", "ref 0891 / 23 45 6"})
    void otherSlashSeparatedDigitsAreNoPhone(String text) {
        // a date, year ranges, references, two slashes
        assertThat(spans(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pages 12 / 345 678 90 | 345 678 90",
        "01 / 234 567 89 | 234 567 89",
        "see 1 / 2345 678 90 | 2345 678 90",
    })
    void aSlashAfterAShortOrUnprefixedGroupStillSeparatesTwoNumbers(String text, String after) {
        // only an area code of three or more digits starting with 0 joins the number after the slash; the
        // grouped digits after it are judged on their own, as before
        assertThat(spans(text)).as(text).containsExactly(after);
    }

    @Test
    void adversarialSlashes() {
        String unit = "Tel. 030 / 123 456 78, ";
        int reps = 100_000 / unit.length() + 1;
        assertThat(reported(unit.repeat(reps))).hasSize(reps);
        assertThat(reported("030 / ".repeat(100_000 / 6 + 1))).isEmpty();
        assertThat(reported("0 / 1 ".repeat(100_000 / 6 + 1))).isEmpty();
    }
}
