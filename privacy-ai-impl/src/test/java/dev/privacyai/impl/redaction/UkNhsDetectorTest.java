package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.spi.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.privacyai.impl.redaction.IdTestSupport.all;
import static dev.privacyai.impl.redaction.IdTestSupport.kept;
import static org.assertj.core.api.Assertions.assertThat;

class UkNhsDetectorTest {

    private final Detector d = Detectors.ukNhs();

    @ParameterizedTest
    @ValueSource(strings = {"943 476 5919", "401-023-2137", "221 395 1837", "0032698674", "9434765919", "1454981741"})
    void findsWithNhsContext(String nhs) {
        assertThat(kept(d, "My NHS number is " + nhs)).containsExactly(nhs);
    }

    @Test
    void displayFormAndNonPhoneNumbersPassAlone() {
        assertThat(kept(d, "943 476 5919")).containsExactly("943 476 5919");
        assertThat(kept(d, "0032698674")).containsExactly("0032698674");
    }

    @Test
    void phoneShapedNumbersNeedContext() {
        assertThat(all(d, "401-023-2137")).hasSize(1);
        assertThat(kept(d, "401-023-2137")).isEmpty();
        assertThat(kept(d, "9434765919")).isEmpty();
        assertThat(kept(d, "office 943 476 5919")).isEmpty();
        assertThat(all(d, "+943 476 5919")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"401-023-2138", "943 476 5910", "943 476 59190", "94 3476 5919", "943-476 5919",
        "0000000000", "943.476.5919x"})
    void rejectsBadCheckAndShapes(String nhs) {
        assertThat(all(d, "NHS " + nhs)).isEmpty();
    }

    @Test
    void explanationPresent() {
        String text = "NHS 943 476 5919";
        IdTestSupport.assertExplained(IdTestSupport.single(d, text), text, EntityType.UK_NHS);
    }

    @Test
    void adversarialInputsComplete() {
        IdTestSupport.assertCompletesOnAdversarialInputs(d, IdTestSupport.COMMON_SEEDS);
        IdTestSupport.assertCompletesOnAdversarialInputs(d, "943 476 5919 ", "943 ", "9434765919 ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"943\u202f476\u202f5919", "943\u2007476\u20075919", "943\u2009476\u20095919",
        "401\u2212023\u22122137"})
    void unicodeSpacesAndDashesSeparateTheGroups(String nhs) {
        assertThat(kept(d, "My NHS number is " + nhs)).containsExactly(nhs);
    }

    @Test
    void mixedUnicodeSeparatorsAreNoNhsNumber() {
        assertThat(all(d, "NHS 943\u202f476\u22125919")).isEmpty();
        assertThat(all(d, "NHS 943\u2003476\u20035919")).isEmpty();
    }

    @Test
    void adversarialUnicodeSeparators() {
        assertThat(all(d, "943\u202f".repeat(25_001))).isEmpty();
    }
}
