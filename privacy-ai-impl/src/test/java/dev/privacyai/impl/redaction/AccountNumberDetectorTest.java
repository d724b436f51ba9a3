package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.spi.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.privacyai.impl.redaction.IdTestSupport.all;
import static dev.privacyai.impl.redaction.IdTestSupport.kept;
import static org.assertj.core.api.Assertions.assertThat;

class AccountNumberDetectorTest {

    private final Detector d = Detectors.accountNumber();

    @ParameterizedTest
    @ValueSource(strings = {"my account number is 12345678", "Account No. 0012-3456-78", "acct # 987654321",
        "customer id: 5567123", "Customer number 1234 5678 9012", "member number MBR1234567",
        "membership no AC-123456", "policy number is 7788990011", "my loyalty number: 600123456789",
        "Account: 99887766", "sort code 123456 acc 87654321", "Kundennummer: 12345678",
        "meine Kundennummer ist 0301234567", "mon numéro de client est 12345678", "número de cuenta: 12345678901",
        "mijn klantnummer is 87654321", "il mio numero cliente è 12345678"})
    void findsNumbersRightAfterCue(String text) {
        assertThat(kept(d, text)).hasSize(1);
    }

    @Test
    void spanCoversPrefixAndGroups() {
        assertThat(kept(d, "membership no AC-123456 thanks")).containsExactly("AC-123456");
        assertThat(kept(d, "Customer number 1234 5678 9012.")).containsExactly("1234 5678 9012");
    }

    @ParameterizedTest
    @ValueSource(strings = {"order number 12345678", "my order number is 12345678", "invoice 12345678",
        "tracking number 1Z999AA10123456784", "account 12345", "account number 123456789012345678901",
        "I paid 12345678 dollars from my account", "account was closed on order 12345678", "12345678",
        "according to 12345678"})
    void ignoresNumbersWithoutAccountCue(String text) {
        assertThat(all(d, text)).isEmpty();
    }

    @Test
    void replyToAssistantPromptCounts() {
        RedactionContext ctx = RedactionContext.builder()
                .previousAssistantPrompt("Could you give me your account number?").build();
        assertThat(kept(d, "sure, it's 12345678", ctx)).containsExactly("12345678");
        assertThat(kept(d, "I ordered 3 things on 12345678 and more", ctx)).isEmpty();
    }

    @Test
    void explanationPresent() {
        String text = "account number 12345678";
        IdTestSupport.assertExplained(IdTestSupport.single(d, text), text, EntityType.ACCOUNT_NUMBER);
    }

    @Test
    void adversarialInputsComplete() {
        IdTestSupport.assertCompletesOnAdversarialInputs(d, IdTestSupport.COMMON_SEEDS);
        IdTestSupport.assertCompletesOnAdversarialInputs(d, "account number ", "acct 1-", "account 123456 ");
    }

    // ---- healthcare, insurance and travel identifiers ----

    @ParameterizedTest
    @ValueSource(strings = {"insurance id ZGP882134567|ZGP882134567", "MRN 00123456|00123456",
        "mrn: 4412378 she was seen|4412378", "medical record number MR-7781234|MR-7781234",
        "patient id PT00991234|PT00991234", "my medicaid id is 123456789012|123456789012",
        "policy 8834129077 is under my husband|8834129077", "hospital number RX1234567|RX1234567",
        "my chart number is 4412378|4412378", "my bcbs id is XYZ882134567 group 100456|XYZ882134567",
        "I need a copy of my EOB for claim 2024051700123 member W998877665|W998877665",
        "my frequent flyer number is AB123456|AB123456", "BA exec club no 12345678|12345678",
        "hilton honors # 1234567890|1234567890", "skymiles number 9012345678|9012345678",
        "marriott bonvoy number 123456789|123456789", "FREQUENT FLYER NO: 88412397|88412397"})
    void findsHealthcareInsuranceAndLoyaltyNumbers(String c) {
        String[] p = c.split("\\|");
        assertThat(kept(d, p[0])).containsExactly(p[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my member ID# is JQH 884521673|JQH 884521673", "member id JQH 884521673|JQH 884521673",
        "vision: member id VSP 00291837|VSP 00291837", "ff number IB 88412397|IB 88412397",
        "membership no IHG 441239876|IHG 441239876", "(member ID UHC 912345678, DOB ...)|UHC 912345678",
        "Frequent flyer: BA 12345678|BA 12345678", "MEMBER ID IS 884521673|884521673"})
    void aStrongCueTakesACapitalPrefixJoinedBySpace(String c) {
        String[] p = c.split("\\|");
        assertThat(kept(d, p[0])).containsExactly(p[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aadvantage # 1AB2C34|1AB2C34", "my mileageplus is AB12C3456|AB12C3456",
        "loyalty id: 7K2M9Q41|7K2M9Q41", "patient id 12AB3456|12AB3456", "member id: 4X7Y9Z2W1|4X7Y9Z2W1"})
    void aStrongCueTakesAlphanumericValues(String c) {
        String[] p = c.split("\\|");
        assertThat(kept(d, p[0])).containsExactly(p[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"account 1AB2C34", "policy 7K2M9Q41", "account AB 12345678", "customer id JQH 884521673",
        "aadvantage # 1A2B", "member id A1B2C3", "frequent flyer ABCDEF1", "member id 1AB-2C34",
        "loyalty number 1AB2C34.5"})
    void weakCuesAndShortMixesDoNotTakeOtherShapes(String text) {
        assertThat(kept(d, text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"claim number 2024051700123", "claim 88412397", "prior authorization 88412397",
        "prior auth number 4412398812", "e-ticket 1252345678901", "ticket number 0162345678901",
        "PNR ABC123", "booking reference X7K2M9", "booking ref 88412397", "order 88412397", "tracking 1Z999AA1012",
        "invoice 88412397", "group number 100456", "my plan group is 100456", "rx bin 610014 pcn 9999",
        "privacy policy version 20240501", "flight BA283 on 12JUN", "seat 32A", "room 412",
        "npi 1987654328", "the policy covers 80% up to 5000000"})
    void transactionReferencesAreNotAccounts(String text) {
        assertThat(kept(d, text)).isEmpty();
    }

    @Test
    void thePromptForALoyaltyNumberCounts() {
        assertThat(kept(d, "AB123456", DetectorAssertions.prompt("Please confirm your frequent flyer number.")))
                .containsExactly("AB123456");
        assertThat(kept(d, "1AB2C34", DetectorAssertions.prompt("What's your AAdvantage number?")))
                .containsExactly("1AB2C34");
        assertThat(kept(d, "1AB2C34", DetectorAssertions.prompt("What's your account number?"))).isEmpty();
    }

    // ---- several numbers under one cue ----

    @ParameterizedTest
    @ValueSource(strings = {"accounts 4417789923 and 5512348870", "account numbers: 4417789923, 5512348870",
        "i transferred $500 from account 4417789923 to 5512348870", "from account 4417789923 into 5512348870",
        "my accounts are 4417789923 (checking) and 5512348870 (savings)",
        "acct 4417789923 / 5512348870", "account numbers 4417789923 & 5512348870",
        "transfer from 4417789923 to account 5512348870", "4417789923 and 5512348870 are my accounts"})
    void oneCueNamesSeveralNumbers(String text) {
        assertThat(kept(d, text)).containsExactly("4417789923", "5512348870");
    }

    @Test
    void aListAfterAStrongCueKeepsItsShapes() {
        assertThat(kept(d, "my frequent flyer number is BA 44127788 and my wife's is BA 44127799"))
                .containsExactly("BA 44127788", "BA 44127799");
        assertThat(kept(d, "member ids XYZ123456789, XYZ123456790 and XYZ123456791"))
                .containsExactly("XYZ123456789", "XYZ123456790", "XYZ123456791");
        assertThat(kept(d, "accounts 44177899 and 1AB2C34")).containsExactly("44177899");
    }

    @ParameterizedTest
    @ValueSource(strings = {"account 44177899 and order 12345678", "account 44177899, claim 12345678",
        "account 44177899 ticket 12345678", "member id XYZ882134567 group 100456",
        "account 44177899. 12345678 is my order", "account 44177899\n12345678",
        "account 44177899 and then we spoke about many other things 12345678",
        "I sent 12345678 to account 44177899", "order 12345678 and 44177899 are my accounts"})
    void aListStopsAtOtherWords(String text) {
        assertThat(kept(d, text)).doesNotContain("12345678", "100456");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4417789923 is my account number|4417789923",
        "021000021 / 4417789923 is my routing and account|4417789923",
        "021000021 4417789923 are my routing & account numbers|4417789923",
        "the number 4417789923 is the account|4417789923"})
    void aCueAfterTheNumberCounts(String c) {
        String[] p = c.split("\\|");
        assertThat(kept(d, p[0])).containsExactly(p[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"order 12345678 is my account", "12345678 is my order number",
        "I have 1000000 in my account", "ticket 12345678 is on my account", "12345678 for my account",
        "4417789923 is my routing number", "4417789923 is my routing or account"})
    void aCueAfterNeedsOnlyLinkingWords(String text) {
        assertThat(kept(d, text)).isEmpty();
    }

    @Test
    void listedNumbersAreRedactedAsAccounts() {
        assertThat(DefaultRedactor.withDefaults().redact("my accounts are 4417789923 (checking) and 5512348870"
                + " (savings)").redactedText())
                .isEqualTo("my accounts are [ACCOUNT_NUMBER] (checking) and [ACCOUNT_NUMBER] (savings)");
        assertThat(DefaultRedactor.withDefaults().redact("my frequent flyer number is BA 44127788 and my wife's is"
                + " BA 44127799").redactedText())
                .isEqualTo("my frequent flyer number is [ACCOUNT_NUMBER] and my wife's is [ACCOUNT_NUMBER]");
        assertThat(DefaultRedactor.withDefaults().redact("skymiles number 9012345678").redactedText())
                .isEqualTo("skymiles number [ACCOUNT_NUMBER]");
        assertThat(DefaultRedactor.withDefaults().redact("my medicare number is 5K73-QX2-RT41, member id"
                + " 5K73QX2RT41").redactedText()).doesNotContain("5K73");
    }

    @Test
    void newShapesAreExplainedWithoutTheValue() {
        for (String text : new String[] {"aadvantage # 1AB2C34", "member id JQH 884521673",
            "accounts 4417789923 and 5512348870", "4417789923 is my account number"}) {
            for (var f : all(d, text)) {
                IdTestSupport.assertExplained(f, text, EntityType.ACCOUNT_NUMBER);
            }
        }
    }

    @Test
    void adversarialListsAndShapesComplete() {
        IdTestSupport.assertCompletesOnAdversarialInputs(d, "accounts 4417789923 and ", "4417789923, ",
                "member id JQH ", "aadvantage # 1AB2C34 ", "1234567890 is my ", "from 1234567890 to account ",
                "is my routing and ", "BA 44127788 and my wife's is ");
        StringBuilder b = new StringBuilder("accounts ");
        while (b.length() < 100_000) {
            b.append("4417789923 and ");
        }
        // every value of the 100,000-character list is found, each once
        assertThat(kept(d, b.toString())).hasSize((b.length() - 9) / 15).allMatch("4417789923"::equals);
        StringBuilder c = new StringBuilder();
        while (c.length() < 100_000) {
            c.append("1234567890 is my routing and ");
        }
        assertThat(kept(d, c.toString())).isEmpty();
    }
}
