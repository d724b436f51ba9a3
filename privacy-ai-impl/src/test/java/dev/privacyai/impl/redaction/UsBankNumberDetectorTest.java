package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.spi.Detector;
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
    void withoutContextOnlyAHint() {
        assertThat(all(d, "945456787654")).hasSize(1);
        assertThat(kept(d, "945456787654")).isEmpty();
        assertThat(kept(d, "I am checking on 12345678")).isEmpty();
        assertThat(kept(d, "account number 12345678")).as("account without bank").isEmpty();
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
}
