package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.spi.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.privacyai.impl.redaction.IdTestSupport.all;
import static dev.privacyai.impl.redaction.IdTestSupport.kept;
import static org.assertj.core.api.Assertions.assertThat;

class UsBankRoutingDetectorTest {

    private final Detector d = Detectors.usBankRouting();

    @ParameterizedTest
    @ValueSource(strings = {"routing number 121000358", "ABA: 011000015", "my bank's RTN is 021000021",
        "routing 3222-7162-7"})
    void findsWithRoutingContext(String text) {
        assertThat(kept(d, text)).hasSize(1);
    }

    @Test
    void withoutContextStaysBelowThreshold() {
        assertThat(all(d, "the code was 121000358")).hasSize(1);
        assertThat(kept(d, "the code was 121000358")).isEmpty();
    }

    @Test
    void bankAccountContextIsNotRoutingContext() {
        assertThat(kept(d, "my bank account number is 121000358")).isEmpty();
        assertThat(kept(d, "bank routing 121000358, account 12345678")).containsExactly("121000358");
    }

    @Test
    void dashedChequeShapePassesAlone() {
        assertThat(kept(d, "0711-0130-7")).containsExactly("0711-0130-7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"121000359", "421042111", "1234-0000-0", "000000000", "12100035", "1210003580",
        "991000358"})
    void rejectsBadChecksumPrefixOrLength(String n) {
        assertThat(all(d, "routing number " + n)).isEmpty();
    }

    @Test
    void explanationPresent() {
        String text = "routing number 121000358";
        IdTestSupport.assertExplained(IdTestSupport.single(d, text), text, EntityType.US_BANK_ROUTING);
    }

    @Test
    void adversarialInputsComplete() {
        IdTestSupport.assertCompletesOnAdversarialInputs(d, IdTestSupport.COMMON_SEEDS);
        IdTestSupport.assertCompletesOnAdversarialInputs(d, "121000358 ", "1210-", "routing ");
    }
}
