package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.RedactionPolicy;
import dev.privacyai.redaction.spi.Detector;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.privacyai.impl.redaction.IdTestSupport.all;
import static dev.privacyai.impl.redaction.IdTestSupport.kept;
import static org.assertj.core.api.Assertions.assertThat;

class UsBankNumberDetectorTest {

    private final Detector d = Detectors.usBankNumber();

    @ParameterizedTest
    @ValueSource(strings = {"my bank account is 945456787654", "checking account 12345678",
        "savings account number: 0012 3456 7890", "account number 4567 8901 23 at Chase Bank",
        "please deposit to bank acct 98765432101"})
    void findsWithBankContext(String text) {
        assertThat(kept(d, text)).hasSize(1);
    }

    @Test
    void aNearerCueOfAnotherIdentifierNamesTheDigits() {
        String text = "routing number 021000021 account number 12345678\npassport number 123456789";
        assertThat(kept(d, text)).hasSize(1); // 12345678 only
        var findings = DefaultRedactor.builder().detectors(Detectors.structured()).build().analyze(text);
        assertThat(findings).extracting(f -> text.substring(f.start(), f.end()) + "=" + f.entityType())
                .containsExactly("021000021=US_BANK_ROUTING", "12345678=US_BANK_NUMBER", "123456789=US_PASSPORT");
    }

    @Test
    void withoutContextOnlyAHint() {
        assertThat(all(d, "945456787654")).hasSize(1);
        assertThat(kept(d, "945456787654")).isEmpty();
        assertThat(kept(d, "I am checking on 12345678")).isEmpty();
        assertThat(kept(d, "account number 12345678")).as("account without bank").isEmpty();
    }

    @Test
    void insideARedactorHintsAreLeftOutOnlyWhenThePolicyDropsThem() {
        String text = "order number 945456787654, then 12345678901 and my bank account is 945456787655";
        DefaultRedactor strict = DefaultRedactor.builder()
                .detectors(List.of(d)).build();
        DefaultRedactor all = DefaultRedactor.builder()
                .detectors(List.of(d))
                .policy(RedactionPolicy.builder().minScore(0.0).build()).build();
        RedactionContext ctx = RedactionContext.defaults();
        // the default policy: only the number with bank context, exactly as filtering the detector's own output
        assertThat(strict.analyze(text, ctx)).extracting(f -> text.substring(f.start(), f.end()))
                .containsExactly("945456787655");
        // a policy that keeps everything still gets the hints (scores 0 and 0.05) from the same redactor code
        assertThat(all.analyze(text, ctx)).extracting(f -> text.substring(f.start(), f.end()))
                .containsExactly("945456787654", "12345678901", "945456787655");
        assertThat(all.analyze(text, ctx)).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(d.detect(text, ctx));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bank account 1234567", "bank account 123456789012345678", "bank account 11111111",
        "bank account order number 12345678"})
    void rejectsWrongLengthRepeatsAndReferences(String text) {
        assertThat(kept(d, text)).isEmpty();
    }

    @Test
    void explanationPresent() {
        String text = "checking account 12345678";
        IdTestSupport.assertExplained(IdTestSupport.single(d, text), text, EntityType.US_BANK_NUMBER);
    }

    @Test
    void adversarialInputsComplete() {
        IdTestSupport.assertCompletesOnAdversarialInputs(d, IdTestSupport.COMMON_SEEDS);
        IdTestSupport.assertCompletesOnAdversarialInputs(d, "bank account 12345678 ", "1 2 3 4 ");
    }

    @Test
    void findsTheAccountFieldOfAMicrLine() {
        for (String line : UsBankRoutingDetectorTest.MICR_LINES) {
            String account = line.contains("88412397001") ? "88412397001" : "4417789923";
            assertThat(kept(d, line)).as(line).containsExactly(account);
        }
        assertThat(kept(d, "check 021000021 4417 1052")).isEmpty(); // 8-17 digits only
    }

    @Test
    void aPairWithoutMicrEvidenceIsNoAccount() {
        for (String line : UsBankRoutingDetectorTest.NOT_MICR) {
            assertThat(kept(d, line)).as(line).isEmpty();
        }
    }

    @Test
    void micrFindingsAreExplainedWithoutTheValue() {
        String text = UsBankRoutingDetectorTest.MICR_LINES[1];
        var micr = all(d, text).stream().filter(f -> f.score() >= 0.5).toList();
        assertThat(micr).hasSize(1);
        IdTestSupport.assertExplained(micr.get(0), text, EntityType.US_BANK_NUMBER);
    }

    @Test
    void adversarialMicrInputsComplete() {
        IdTestSupport.assertCompletesOnAdversarialInputs(d, "\u2446021000021\u2446 4417789923\u2448 ",
                "check 021000021 ");
        StringBuilder b = new StringBuilder();
        while (b.length() < 100_000) {
            b.append("\u2446021000021\u2446 4417789923\u2448 1052\n");
        }
        assertThat(kept(d, b.toString())).hasSize(b.length() / 29).allMatch("4417789923"::equals);
    }
}
