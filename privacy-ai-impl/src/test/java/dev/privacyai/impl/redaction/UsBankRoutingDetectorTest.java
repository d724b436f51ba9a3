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

    // ---- the routing and account fields of a cheque's MICR line ----

    static final String[] MICR_LINES = {"the numbers at the bottom of my check are 021000021 4417789923 1052",
        "\u2446021000021\u2446 4417789923\u2448 1052", "021000021 / 4417789923 is my routing and account",
        "cheque: 011000015 88412397001 0042", "\u2448001052\u2448 \u2446021000021\u2446 4417789923\u2448",
        "my check says 322271627/4417789923"};

    /** Lines with a valid routing number and an account-shaped number that are no MICR line. */
    static final String[] NOT_MICR = {"021000021 4417789923 1052", "order 021000021 4417789923",
        "let me check: 021000021 4417789923.50", "021000021 / 4417789923", "check 123456789 4417789923",
        "021000021  4417789923 is my routing", "check 021000021 abc 4417789923", "check 021000021 4417789923x"};

    @Test
    void findsTheRoutingFieldOfAMicrLine() {
        for (String line : MICR_LINES) {
            String routing = line.contains("021000021") ? "021000021"
                    : line.contains("011000015") ? "011000015" : "322271627";
            assertThat(kept(d, line)).as(line).containsExactly(routing);
        }
    }

    @Test
    void aPairWithoutMicrEvidenceIsNoMicrLine() {
        for (String line : NOT_MICR) {
            assertThat(all(d, line)).as(line).allMatch(f -> f.score() < 0.5);
        }
    }

    @Test
    void micrFindingsAreExplainedWithoutTheValue() {
        String text = MICR_LINES[1];
        IdTestSupport.assertExplained(IdTestSupport.single(d, text), text, EntityType.US_BANK_ROUTING);
    }

    @Test
    void adversarialMicrInputsComplete() {
        IdTestSupport.assertCompletesOnAdversarialInputs(d, "\u2446021000021\u2446 ", "021000021 4417789923 ",
                "check 021000021 / ");
        StringBuilder b = new StringBuilder("check ");
        while (b.length() < 100_000) {
            b.append("021000021 ");
        }
        // one long chain of routing-shaped numbers: each is followed by a 9-digit "account", all after "check"
        assertThat(kept(d, b.toString())).isNotEmpty().allMatch("021000021"::equals);
    }
}
