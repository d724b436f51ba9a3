package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.spi.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.privacyai.impl.redaction.IdTestSupport.all;
import static dev.privacyai.impl.redaction.IdTestSupport.kept;
import static org.assertj.core.api.Assertions.assertThat;

class IbanDetectorTest {

    private final Detector d = Detectors.iban();

    @ParameterizedTest
    @ValueSource(strings = {"GB29NWBK60161331926819", "GB29 NWBK 6016 1331 9268 19", "gb29nwbk60161331926819",
        "gb29 nwbk 6016 1331 9268 19", "GB29-NWBK-6016-1331-9268-19", "DE89 3704 0044 0532 0130 00",
        "FR14 2004 1010 0505 0001 3M02 606", "NO9386011117947", "LC55 HEMM 0001 0001 0012 0012 0002 3015",
        "MT84MALT011000012345MTLCAST001S", "BR9700360305000010009795493P1", "AL47 2121 1009 0000 0002 3569 8741"})
    void findsEveryShape(String iban) {
        assertThat(kept(d, "My IBAN is " + iban + ".")).containsExactly(iban);
        assertThat(kept(d, iban)).containsExactly(iban);
    }

    @Test
    void stopsAtRegisteredLengthInsideSentence() {
        String text = "this is an iban VG96 VPVG 0000 0123 4567 8901 X in a sentence";
        assertThat(kept(d, text)).containsExactly("VG96 VPVG 0000 0123 4567 8901");
        assertThat(kept(d, "list of ibans: AL47212110090000000235698741, AL47212110090000000235698741"))
                .hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB29NWBK60161331926810", "GB29 NWBK 6016 1331 9268 1", "GB29 NWBK 6016 1331 9268 190",
        "AB150120690000003111141", "AM47212110090000000235698740", "IL15 0120 6900 0000",
        "IL15 0120 6900 0000 3111 0120 6900 0000 3111 141", "AL47/2121/1009/0000/0002/3569/8741",
        "GI75 aWBK 0000 0000 7099 453", "EE38 2200 2210  014 5686", "GB29 NWBK-6016 1331 9268 19",
        "XGB29NWBK60161331926819"})
    void rejectsBadChecksumLengthCountryCaseOrSeparators(String text) {
        assertThat(all(d, text)).isEmpty();
    }

    @Test
    void explanationPresent() {
        String text = "IBAN GB29NWBK60161331926819";
        IdTestSupport.assertExplained(IdTestSupport.single(d, text), text, EntityType.IBAN);
    }

    @Test
    void adversarialInputsComplete() {
        IdTestSupport.assertCompletesOnAdversarialInputs(d, IdTestSupport.COMMON_SEEDS);
        IdTestSupport.assertCompletesOnAdversarialInputs(d, "GB29 ", "GB29NWBK ", "GB29-", "gb29 0000 ", "AL47");
    }
}
