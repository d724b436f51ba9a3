package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.spi.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.privacyai.impl.redaction.DetectorAssertions.found;
import static dev.privacyai.impl.redaction.DetectorAssertions.guarded;
import static dev.privacyai.impl.redaction.DetectorAssertions.prompt;
import static dev.privacyai.impl.redaction.DetectorAssertions.repeat;
import static org.assertj.core.api.Assertions.assertThat;

class PersonDetectorTest {

    private final Detector d = Detectors.person();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hi my name is maria gonzalez and my phone is broken | maria gonzalez",
        "Hello, my name is Oluwaseun Adeyemi. | Oluwaseun Adeyemi",
        "this is Priya Sharma calling about my bill | Priya Sharma",
        "Agent: who am I speaking with? Customer: this is Tom Becker | Tom Becker",
        "the account holder is Sarah Connor | Sarah Connor",
        "it's in the name of Nguyen Van Minh | Nguyen Van Minh",
        "can I speak to Mr. Okafor please | Okafor",
        "Thanks, Maria | Maria",
        "Kind regards, Jürgen Müller | Jürgen Müller",
        "my first name is siobhan | siobhan",
        "call me Kenji | Kenji",
        "I spoke with Gary yesterday and he said it was fixed | Gary",
        "John Smith lives in Boston | John Smith",
        "can i transfer 50 to takeisha | takeisha",
        "can i transfer 4816$ to muhamed theriot on June the 24th | muhamed theriot",
        "hi this is kaytie, can you change my reservation | kaytie",
        "natonya here, change reservation for 3 | natonya",
        "Name: Ella H. Snider | Ella H. Snider",
        "Ubul: what a day | Ubul",
        "It was a done thing between him and Franciska's kid. | Franciska",
        "Dexter lives on Elm Street. | Dexter",
        "Warrane, can I please speak to your boss? | Warrane",
        "\"I'm glad,\" says Hartvigsson. | Hartvigsson",
        "my husband Mark's card was charged twice | Mark",
        "my daughter Grace Evans is the account holder | Grace Evans",
        "my brother Bill said it was fine | Bill",
    })
    void findsNamesInTheShapesPeopleWriteThem(String text, String name) {
        assertThat(found(d, EntityType.PERSON, text)).anySatisfy(v -> assertThat(v).contains(name));
    }

    @Test
    void theOtherHalfOfALowerCaseNameIsRedactedToo() {
        DefaultRedactor r = DefaultRedactor.builder().detectors(List.of(d)).build();
        // the payee rule finds the first name, the model the surname: the unknown word next to it joins
        assertThat(r.redact("resend the same amount to shawanna broadwater in 8 hours").redactedText())
                .isEqualTo("resend the same amount to [PERSON] in 8 hours");
        assertThat(r.redact("her savings account under the same name princeston moralez").redactedText())
                .isEqualTo("her savings account under the same name [PERSON]");
        // an English word or a word never a name does not join
        assertThat(r.redact("can i transfer 50 to takeisha tomorrow pls").redactedText())
                .isEqualTo("can i transfer 50 to [PERSON] tomorrow pls");
    }

    @Test
    void aFieldLabelBeforeANumberIsNoSpeaker() {
        assertThat(found(d, EntityType.PERSON, "Geburtsdatum: 14.03.1985")).isEmpty();
        assertThat(found(d, EntityType.PERSON, "Anna: 07700 900123")).isNotEmpty().containsOnly("Anna");
        assertThat(found(d, EntityType.PERSON, "Ubul: what a day")).containsExactly("Ubul");
    }

    @Test
    void anIdentifierNameInCapitalsIsNoName() {
        assertThat(found(d, EntityType.PERSON, "NINO AB-12-34-56-C")).isEmpty();
        assertThat(found(d, EntityType.PERSON, "DNI 12345678Z")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"last 4 of ssn 8923", "last 4 of Ssn 8923", "my ssn please", "whats my dob",
        "send the iban and bic", "the cvv on the back", "my nhs is 943 476 5919", "Dob: 1 May 1980",
        "is my SSN needed", "itin or ssn"})
    void anIdentifierFieldNameInAnyCaseIsNoName(String text) {
        assertThat(found(d, EntityType.PERSON, text)).isEmpty();
    }

    @Test
    void namesThatSpellAnIdentifierAcronymOnlyInCapitalsStayNames() {
        // "nino", "tin", "vin" are given names: rejected in capitals only, so they are not in IDENTIFIER_FIELDS
        assertThat(NameLexicon.IDENTIFIER_FIELDS).doesNotContain("nino", "tin", "vin", "dea", "pan", "sin");
        assertThat(found(d, EntityType.PERSON, "my name is Nino Rossi")).anySatisfy(v -> assertThat(v).contains("Nino"));
        assertThat(found(d, EntityType.PERSON, "last 4 of ssn 8923, my name is Maria Lopez"))
                .isNotEmpty().allSatisfy(v -> assertThat("Maria Lopez").contains(v));
    }

    @Test
    void aWordAfterARelativeIsANameOnlyWhenCapitalised() {
        assertThat(found(d, EntityType.PERSON, "my son will be there at noon")).isEmpty();
        assertThat(found(d, EntityType.PERSON, "I sent money to my partner overseas last month")).isEmpty();
    }

    @Test
    void aCapitalisedSpanDoesNotEndInALowerCaseCommonWord() {
        // "DEA number" was a name-model PERSON at the start of a text; the acronym alone is no name
        assertThat(found(d, EntityType.PERSON, "DEA number AB1234563")).isEmpty();
        // in lower-case text every word is lower-case, and a common-word surname stays in the span
        assertThat(found(d, EntityType.PERSON, "my name is tom hill")).anySatisfy(v -> assertThat(v).contains("hill"));
    }

    @Test
    void offsetsPointAtTheNameInTheOriginalText() {
        String text = "Hi,\n\n  my name is   Ana Lucía Pérez!  Thanks";
        List<Finding> fs = d.detect(text, RedactionContext.defaults());
        assertThat(fs).isNotEmpty();
        assertThat(fs).allSatisfy(f -> assertThat("Ana Lucía Pérez").contains(text.substring(f.start(), f.end())));
        DefaultRedactor r = DefaultRedactor.builder().detectors(List.of(d)).build();
        assertThat(r.redact(text, RedactionContext.defaults()).redactedText())
                .isEqualTo("Hi,\n\n  my name is   [PERSON]!  Thanks");
    }

    @Test
    void shortReplyToANamePromptIsAName() {
        assertThat(found(d, EntityType.PERSON, "Contreras", prompt("Can I have your last name please?")))
                .containsOnly("Contreras");
        assertThat(found(d, EntityType.PERSON, "What's your last name? Boyle")).contains("Boyle");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my iPhone stopped working on Monday",
        "I ordered a Galaxy S23 in March and it never came",
        "Agent: please hold",
        "Customer: my order is late",
        "can I speak to your manager",
        "the technician came on Friday",
        "I want to cancel my Netflix subscription",
        "my Visa card was charged twice in June",
        "Will you call me back tomorrow?",
        "May I have a refund please",
        "Supervisor: thanks for waiting",
        "what is my balance",
        "i'm tired of waiting",
        "I'm calling about my order",
        "please block my card",
        "I am lactose intolerant",
        "I'm waiting for a reimbursement",
        "I am wating for a reimbursement",
        "I want to speak with custmer support",
        "I am looking for a restaurant called Drummond Villa",
        "I work for Wolters Kluwer",
        "The Czech Border Force detained him",
        "The Redlaser Orchestra was founded in 1990",
        "withdraw money from ATM please",
        "I grew up in Kenosha",
        "meet me at the corner of Leokadia Trail",
        "see ya!",
        "bitcoin 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
    })
    void rejectsProductsBrandsDaysMonthsRolesAndCommonWords(String text) {
        assertThat(found(d, EntityType.PERSON, text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        ">Nadia K. Keller >Hollis Media >12 Oak Street | Nadia K. Keller",
        "Marisol: \"Where were you?\" Nadia:\"I was out\". | Nadia",
        "Oyelaran and Keller were talented carpenters. | Oyelaran",
        "Oyelaran and Keller were talented carpenters. | Keller",
        "Dear Ludwig van der Heide, thanks for writing. | Ludwig van der Heide",
        "Jan, Kristi, Dawn and Stephen came along. | Dawn",
        "they invited natalina, thomas, crystal and omar. | crystal",
        "its marisol keller on the 2nd | marisol keller",
        "Mark E Lindqvist | Mark E Lindqvist",
        "Hanne I. Lindqvist is the keynote speaker | Hanne I. Lindqvist",
        "Neither did Keller, Halvorsen, or Marisol. | Marisol",
        "I need to change my surname to oyelaran | oyelaran",
        "did I receive any money from severo last month | severo",
        "keep that booking under greogry for the next 2 days | greogry",
    })
    void findsNamesInQuoteBlocksSpeakerLabelsListsAndWithParticles(String text, String name) {
        assertThat(found(d, EntityType.PERSON, text)).contains(name);
    }

    @Test
    void aTitleCueStopsAtALowerCaseWordInACasedSentence() {
        assertThat(found(d, EntityType.PERSON, "Mr. Ford called back.")).containsOnly("Ford");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "My surname is misspelled on the statement.",
        "can you stop the standing order to tesco",
        "what's the status of that payment to ocado",
        "I bought it at Marks and Spencer on Friday.",
        "payments to mirela greek restaurant last week",
        "cancel my direct debit to waitrose",
        "I need a German speaking agent",
        "Is there a Czech translation of the form?",
        "The Redfield charity thanks its stewards, donors and partners.",
        "Halvorsen-Whitby is a consulting firm based in Leeds.",
        "bring my labradoodle or my shar-pei",
        "We fly home on New Year's Eve.",
        "how do I reset my forgotten PIN?",
        "i haev to chdck my order",
        "The Keller, Smith and Jones Orchestra played.",
    })
    void rejectsMerchantsDemonymsParticiplesAndPiecesOfHyphenatedWords(String text) {
        assertThat(found(d, EntityType.PERSON, text)).isEmpty();
    }

    @Test
    void aSpanThatCutsAHyphenatedWordGrowsShrinksOrIsDropped() {
        assertThat(hyphenFixed("Jean-Pierre called", 5, 11)).isEqualTo("Jean-Pierre");
        assertThat(hyphenFixed("Muqtada al-Sadr said", 0, 10)).isEqualTo("Muqtada al-Sadr");
        assertThat(hyphenFixed("an ex-Zombie Kleist song", 6, 19)).isEqualTo("Kleist");
        assertThat(hyphenFixed("a shar-pei", 7, 10)).isNull();
        assertThat(hyphenFixed("Weeks-Rivas is a firm", 6, 11)).isNull();
    }

    @Test
    void aFindingGrowsOverAnInitialBeforeItAndAHyphenatedHalfAfterIt() {
        assertThat(widened("J Smith <j@smith.io>", 2, 7)).isEqualTo("J Smith");
        assertThat(widened("Kind regards\nA. Nowak", 16, 21)).isEqualTo("A. Nowak");
        assertThat(widened("my name is mohammed al", 11, 22)).isEqualTo("mohammed al");
        assertThat(widened("my name is mohammed al-rashid", 11, 22)).isEqualTo("mohammed al-rashid");
        assertThat(widened("signed, j. smith", 8, 9)).isEqualTo("j. smith");
        // "A" and "I" without a dot are words; the "s" of "it's" and the "m" of "I'm" are not initials
        assertThat(widened("I met A Smith", 8, 13)).isEqualTo("Smith");
        assertThat(widened("I Smith", 2, 7)).isEqualTo("Smith");
        assertThat(widened("it's katty", 5, 10)).isEqualTo("katty");
        assertThat(widened("i'm ross", 4, 8)).isEqualTo("ross");
        assertThat(widened("a.b Smith", 4, 9)).isEqualTo("Smith");
        assertThat(widened("Smith-based", 0, 5)).isEqualTo("Smith-based"); // a compound is widened, never cut
        assertThat(DefaultRedactor.withDefaults().redact("my name is mohammed al-rashid").redactedText())
                .isEqualTo("my name is [PERSON]");
    }

    @Test
    void aNameSpelledLetterByLetterIsAName() {
        assertThat(DefaultRedactor.withDefaults().redact("the name is kowalski k o w a l s k i").redactedText())
                .isEqualTo("the name is [PERSON]");
        assertThat(DefaultRedactor.withDefaults().redact("my name is priya p r i y a ramanathan").redactedText())
                .isEqualTo("my name is [PERSON]");
        assertThat(found(d, EntityType.PERSON, "Agent: Could you spell the surname?\nCustomer: K-O-W-A-L-S-K-I"))
                .contains("K-O-W-A-L-S-K-I");
        assertThat(found(d, EntityType.PERSON, "that's j o h n s o n")).contains("j o h n s o n");
        // letters without a name or a spelling cue are not a name
        assertThat(found(d, EntityType.PERSON, "I got grades A B C this year")).isEmpty();
        assertThat(found(d, EntityType.PERSON, "plan a b c then")).isEmpty();
        assertThat(found(d, EntityType.PERSON, "the U.S.A. is big")).isEmpty();
        assertThat(found(d, EntityType.PERSON, "it's a b c")).isEmpty();
        // the question two lines up does not label the letters
        assertThat(found(d, EntityType.PERSON, "Could you spell it?\nsure thing\nthe plan has steps a b c")).isEmpty();
    }

    @Test
    void theLineBelowANameQuestionHoldsTheName() {
        assertThat(found(d, EntityType.PERSON, "Agent: who am I speaking with?\nCustomer: bob")).contains("bob");
        assertThat(found(d, EntityType.PERSON, "Agent: who is calling?\nCustomer: yes, Tom Baker"))
                .contains("Tom Baker");
        assertThat(found(d, EntityType.PERSON, "Agent: Can I take your name please?\nCustomer: its sarah jones"))
                .contains("sarah jones");
        // not a name: common words, digits, a long line, a question that asks for something else
        assertThat(found(d, EntityType.PERSON, "Agent: whats your name?\nCustomer: no idea")).isEmpty();
        assertThat(found(d, EntityType.PERSON, "Agent: what's the name on the account?\nCustomer: order 1234"))
                .isEmpty();
        assertThat(found(d, EntityType.PERSON, "Agent: what's the weather like?\nCustomer: sunny")).isEmpty();
    }

    @Test
    void theValueOfANameFieldInStructuredDataIsAName() {
        assertThat(found(d, EntityType.PERSON, "{\"firstName\":\"Priya\",\"lastName\":\"Ramanathan\"}"))
                .contains("Priya", "Ramanathan");
        assertThat(found(d, EntityType.PERSON, "{\"name\":\"Grace Hopper\"}")).contains("Grace Hopper");
        assertThat(found(d, EntityType.PERSON, "<name>Daniel Okafor</name>")).contains("Daniel Okafor");
        assertThat(found(d, EntityType.PERSON, "Name:John Smith|Phone:4155550132")).contains("John Smith");
        assertThat(found(d, EntityType.PERSON, "name=John+Smith&email=x")).contains("John+Smith");
        assertThat(found(d, EntityType.PERSON, "Name: Crystal Grant\nPhone: 0688 777 97 84"))
                .contains("Crystal Grant");
        // another kind of name, a value that is no name, prose about names
        assertThat(found(d, EntityType.PERSON, "{\"product_name\":\"Blue Widget\"}")).isEmpty();
        assertThat(found(d, EntityType.PERSON, "{\"name\":\"Premium plan\"}")).isEmpty();
        assertThat(found(d, EntityType.PERSON, "what is your name: sorry")).isEmpty();
        assertThat(found(d, EntityType.PERSON, "The name is important")).isEmpty();
    }

    private static String widened(String text, int start, int end) {
        Finding f = PersonDetector.widened(text, Finding.of(EntityType.PERSON, start, end, 0.8, "person",
                dev.privacyai.redaction.Explanation.builder().pattern("test").build()));
        return text.substring(f.start(), f.end());
    }

    private static String hyphenFixed(String text, int start, int end) {
        Finding f = PersonDetector.fixHyphenated(text, Finding.of(EntityType.PERSON, start, end, 0.8, "person",
                dev.privacyai.redaction.Explanation.builder().pattern("test").build()));
        return f == null ? null : text.substring(f.start(), f.end());
    }

    @Test
    void explanationNamesTheEvidenceWithoutTheValue() {
        String text = "my name is Valentina Rossi";
        List<Finding> fs = d.detect(text, RedactionContext.defaults());
        assertThat(fs).isNotEmpty().allSatisfy(f -> {
            assertThat(f.explanation().reason()).isNotBlank().doesNotContain("Valentina").doesNotContain("Rossi");
            assertThat(f.toString()).doesNotContain("Valentina");
        });
    }

    @Test
    void isThreadSafe() throws Exception {
        String[] texts = {"my name is Maria Lopez", "this is Tom Becker calling", "Thanks, Kenji",
            "can i transfer 50 to takeisha", "John Smith lives in Boston"};
        List<List<String>> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(found(d, EntityType.PERSON, t));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int k = 0; k < 200; k++) {
                int idx = k % texts.length;
                results.add(pool.submit(() -> found(d, EntityType.PERSON, texts[idx]).equals(expected.get(idx))));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- names inside Markdown emphasis, table pipes and bare HTML tags ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "To confirm: name **Priya Sharma**, phone **+91 98765 43210**. | Priya Sharma",
        "- **Jane Doe** — 415-555-0134                                  | Jane Doe",
        "**Name: Jane Doe**                                             | Jane Doe",
        "name: **Priya Sharma**                                         | Priya Sharma",
        "Customer **Priya Sharma** called.                              | Priya Sharma",
        "__John Smith__                                                 | John Smith",
        "the account holder is **Maria Garcia**                         | Maria Garcia",
        "Hi **Maria**, thanks for reaching out                          | Maria",
        "*Robert Chen*                                                  | Robert Chen",
        "`Jane Doe`                                                     | Jane Doe",
        "<td>Jane Doe</td><td>415-555-0134</td>                         | Jane Doe",
        "<b>Jane Doe</b>                                                | Jane Doe",
        "Name: <strong>John Smith</strong>                              | John Smith",
    })
    void findsWholeNamesInsideMarkup(String text, String name) {
        assertThat(found(d, EntityType.PERSON, text)).as(text).contains(name);
    }

    @Test
    void findsANameInAPipeTableWithoutSpaces() {
        String text = "|name|email|\n|kevin o'hara|kohara@example.com|";
        assertThat(found(d, EntityType.PERSON, text)).contains("kevin o'hara");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "**Note:** please click **Reset Password** to continue.",
        "**Order Status**: shipped",
        "| Product | Price | Qty |\n|---|---|---|\n| Blue Widget | 12.99 | 2 |",
        "run `git_checkout` and `make_build`",
        "*Terms and conditions apply*",
        "<b>Important</b>: your <i>Account Settings</i> have changed",
        "**Thank You** for contacting **Acme Support**!",
        "Your plan: **Premium Plus**",
        "**Next Steps**\n1. **Verify Email**\n2. **Update Address**",
        "<td>Total</td><td>Due Date</td>",
        "** Disclaimer **",
        "*Ireland",
        "*Worldwatch Projects Catastrophe Will Be Most Costly Weather-Related Disaster in History*",
    })
    void markupAroundOrdinaryWordsIsNoName(String text) {
        assertThat(found(d, EntityType.PERSON, text)).as(text).isEmpty();
    }

    @Test
    void aHeadlineCaseSentenceNeedsMoreThanAnUnsureModelSpan() {
        assertThat(found(d, EntityType.PERSON,
                "Worldwatch Projects Catastrophe Will Be Most Costly Weather-Related Disaster in History")).isEmpty();
        // a gazetteer name in a headline is still a name
        assertThat(found(d, EntityType.PERSON, "Maria Garcia Wins The Regional Award For Best New Bakery"))
                .anySatisfy(v -> assertThat(v).contains("Maria Garcia"));
    }

    // ---- SURNAME/GIVEN TITLE, as airline bookings and passports write names ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "name as on passport: SMITH/JOHN MR                                  | SMITH/JOHN MR",
        "pax name NGUYEN/THANH MR pnr X7KQ2M                                 | NGUYEN/THANH MR",
        "Hi Fatima, your booking X7KQ2M for AL-SAYED/FATIMA MS is confirmed. | AL-SAYED/FATIMA MS",
        "Name: KOWALSKI/ANNA MRS                                             | KOWALSKI/ANNA MRS",
        "1. SMITH/JOHN MR 2. SMITH/EMMA MISS (child)                         | SMITH/EMMA MISS",
        "DOE/JANE MS seat 14C                                                | DOE/JANE MS",
        "the ticket is in the name SMITH/JOHNMR                              | SMITH/JOHNMR",
        "SMITH/JOHN PAUL MR                                                  | SMITH/JOHN PAUL MR",
        "passenger DE LA CRUZ/MARIA MRS                                      | DE LA CRUZ/MARIA MRS",
        "O'HARA/KEVIN MR                                                     | O'HARA/KEVIN MR",
        "smith/john mr                                                       | smith/john mr",
        "Smith/John Mr                                                       | Smith/John Mr",
        "Mr SMITH/JOHN                                                       | SMITH/JOHN",
        "SMITH/JOHN                                                          | SMITH/JOHN",
        "ticket for OKONKWO/CHIDI MR                                         | OKONKWO/CHIDI MR",
    })
    void findsAirlineStyleNames(String text, String name) {
        assertThat(found(d, EntityType.PERSON, text)).as(text).contains(name);
    }

    @Test
    void findsEveryNameOfAList() {
        assertThat(found(d, EntityType.PERSON, "KOWALSKI/ANNA and KOWALSKI/PIOTR"))
                .contains("KOWALSKI/ANNA", "KOWALSKI/PIOTR");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "use AND/OR logic", "N/A", "I/O error", "TCP/IP stack", "the USD/EUR rate", "A/B test", "open 24/7",
        "60 km/h", "PASS/FAIL", "YES/NO", "ON/OFF switch", "see /usr/BIN", "read/write ms", "input/output",
        "client/server", "he/him", "she/her", "TOM/JERRY", "BLACK/WHITE", "Buy/Sell", "12/JAN", "Q&A/FAQ",
        "docs/SMITH/JOHN", "SMITH/JOHN/MR", "SMITH/JOHN.pdf", "x.SMITH/JOHN", "SMITH/JOHN2",
    })
    void slashPairsThatAreNoNames(String text) {
        assertThat(found(d, EntityType.PERSON, text)).as(text).noneMatch(v -> v.contains("/"));
    }

    @Test
    void slashNamesExplainWithoutTheName() {
        String text = "pax name NGUYEN/THANH MR";
        assertThat(d.detect(text, RedactionContext.defaults())).allSatisfy(f -> {
            assertThat(f.explanation().toString()).doesNotContain("NGUYEN").doesNotContain("THANH");
            assertThat(f.toString()).doesNotContain("NGUYEN").doesNotContain("THANH");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"SMITH/JOHN MR ", "A/B ", "SMITH/", "/JOHN ", "DE LA DE LA ", "**Jane Doe** ",
        "|kevin|", "<td>Jane</td>", "**", "_*`"})
    void adversarialMarkupAndSlashInputsComplete(String unit) {
        assertThat(guarded(d, repeat(unit, 100_000))).isNotNull();
    }

    @Test
    void aLongSlashSeparatedRunIsNoName() {
        assertThat(guarded(d, repeat("ABCDEFGH/", 100_000))).noneMatch(f -> f.end() - f.start() > 60);
        assertThat(guarded(d, "A".repeat(50_000) + "/" + "B".repeat(50_000))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Maria ", "my name is ", "Mr. ", "a", "A. ", "thanks, ", "\n", "Agent: ", "'s "})
    void adversarialInputsComplete(String unit) {
        guarded(d, repeat(unit, 100_000));
    }

    @Test
    void adversarialSpelledLettersAndFields() {
        DetectorAssertions.guarded(d, DetectorAssertions.repeat("name:", 20_000));
        DetectorAssertions.guarded(d, DetectorAssertions.repeat("\"name\":\"", 10_000));
        DetectorAssertions.guarded(d, DetectorAssertions.repeat("nameholdernom", 8_000));
        DetectorAssertions.guarded(d, DetectorAssertions.repeat("a ", 50_000));
        DetectorAssertions.guarded(d, "spell " + DetectorAssertions.repeat("b-", 50_000));
    }

    @Test
    void adversarialSingleLongToken() {
        assertThat(guarded(d, "x".repeat(100_000))).isEmpty();
    }
}
