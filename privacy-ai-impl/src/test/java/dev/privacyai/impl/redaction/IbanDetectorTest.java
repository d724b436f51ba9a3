package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Redactor;
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

    @ParameterizedTest
    @ValueSource(strings = {"DE44  5001  0517  5407  3249  31", "GB50  BARC  2000  5583  9274  61",
        "GB50\tBARC\t2000\t5583\t9274\t61", "DE44 5001  0517 5407   3249 31", "DE 44 5001 0517 5407 3249 31",
        "DE 445001 0517 5407 3249 31", "DE44.5001.0517.5407.3249.31", "GB50.BARC.2000.5583.9274.61",
        "DE44 - 5001 - 0517 - 5407 - 3249 - 31", "G B 5 0 B A R C 2 0 0 0 5 5 8 3 9 2 7 4 6 1",
        "D E 4 4 5 0 0 1 0 5 1 7 5 4 0 7 3 2 4 9 3 1", "g b 5 0 b a r c 2 0 0 0 5 5 8 3 9 2 7 4 6 1",
        "GB50 barc 2000 5583 9274 61", "GB50 barc 2000-5583", "de44.5001.0517.5407.3249.31",
        "DE44\u00a0\u00a05001\u00a0\u00a00517\u00a0\u00a05407\u00a0\u00a03249\u00a0\u00a031",
        "DE44\u202f5001\u202f0517\u202f5407\u202f3249\u202f31", "DE44\u22125001\u22120517\u22125407\u22123249\u221231"})
    void findsOddSpacingsWhenMod97Passes(String iban) {
        if (iban.endsWith("2000-5583")) {
            // a dash after spaces is another kind of separator: the chain stops, nothing is found
            assertThat(all(d, "iban " + iban + "-9274-61")).isEmpty();
            return;
        }
        boolean spelledLower = iban.startsWith("g b");
        assertThat(kept(d, "my iban is " + iban + ", thanks")).containsExactly(iban);
        if (!spelledLower) {
            assertThat(kept(d, iban)).containsExactly(iban);
        }
    }

    @Test
    void detachedLowerCaseCountryCodeNeedsAnIbanCue() {
        assertThat(kept(d, "iban: de 44 5001 0517 5407 3249 31")).containsExactly("de 44 5001 0517 5407 3249 31");
        assertThat(kept(d, "bank account g b 5 0 b a r c 2 0 0 0 5 5 8 3 9 2 7 4 6 1"))
                .containsExactly("g b 5 0 b a r c 2 0 0 0 5 5 8 3 9 2 7 4 6 1");
        // a lower-case word before digits ("de", "at", "no") is no country code without a cue
        assertThat(all(d, "de 44 5001 0517 5407 3249 31")).isEmpty();
        assertThat(all(d, "g b 5 0 b a r c 2 0 0 0 5 5 8 3 9 2 7 4 6 1")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE44  5001  0517  5407  3249  32", "DE 44 5001 0517 5407 3249 32",
        "DE44.5001.0517.5407.3249.32", "G B 5 0 B A R C 2 0 0 0 5 5 8 3 9 2 7 4 6 2",
        "DE44.5001 0517.5407 3249.31", "DE44    5001    0517    5407    3249    31", "DE44..5001..0517..5407..3249..31",
        "DE44 -- 5001 -- 0517 -- 5407 -- 3249 -- 31", "DE44 5001\n0517 5407 3249 31", "gB50 BARC 2000 5583 9274 61",
        "GB50 bArc 2000 5583 9274 61", "D E44 5001 0517 5407 3249 31", "DE 44 5001 0517 5407 3249 3",
        "G B 5 0 B A R C 2 0 0 0 5 5 8 3 9 2 7 4 6", "XG B 5 0 B A R C 2 0 0 0 5 5 8 3 9 2 7 4 6 1"})
    void rejectsOddSpacingsWithBadChecksumLengthCaseOrMixedSeparators(String text) {
        assertThat(all(d, "iban " + text)).isEmpty();
    }

    @Test
    void ibanWinsOverTheCardNumberInsideIt() {
        Redactor r = DefaultRedactor.withDefaults();
        assertThat(r.redact("my iban is DE 44 5001 0517 5407 3249 31").redactedText()).isEqualTo("my iban is [IBAN]");
        assertThat(r.redact("iban: DE44.5001.0517.5407.3249.31").redactedText()).isEqualTo("iban: [IBAN]");
        assertThat(r.redact("iban DE44  5001  0517  5407  3249  31").redactedText()).isEqualTo("iban [IBAN]");
        assertThat(r.redact("iban GB50\tBARC\t2000\t5583\t9274\t61").redactedText()).isEqualTo("iban [IBAN]");
        assertThat(r.redact("iban G B 5 0 B A R C 2 0 0 0 5 5 8 3 9 2 7 4 6 1").redactedText())
                .isEqualTo("iban [IBAN]");
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
        IdTestSupport.assertCompletesOnAdversarialInputs(d, "G B 5 0 ", "DE 44 ", "DE44  ", "DE44.", "DE44 - ",
                "G ", "a 1 ", "at 20 ", "D E 4 4\t", "GB50 barc ");
        // the chains end at the registered length: a long valid-looking run is read in bounded pieces
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 100_000) {
            sb.append("DE44  5001  0517  5407  3249  31  ");
        }
        assertThat(all(d, sb.toString())).hasSizeGreaterThan(2_000);
    }
}
