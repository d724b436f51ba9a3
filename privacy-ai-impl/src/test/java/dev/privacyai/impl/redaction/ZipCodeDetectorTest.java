package dev.privacyai.impl.redaction;

import static dev.privacyai.impl.redaction.DetectorAssertions.found;
import static dev.privacyai.impl.redaction.DetectorAssertions.findings;
import static dev.privacyai.impl.redaction.DetectorAssertions.guarded;
import static dev.privacyai.impl.redaction.DetectorAssertions.prompt;
import static dev.privacyai.impl.redaction.DetectorAssertions.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.spi.Detector;

import java.util.List;
import org.junit.jupiter.api.Test;

class ZipCodeDetectorTest {

    private final Detector d = Detectors.zipCode();

    private List<String> zips(String text) {
        return found(d, EntityType.ZIP_CODE, text);
    }

    @Test
    void findsUsZipAfterCueOrState() {
        assertThat(zips("my zip code is 35350")).containsExactly("35350");
        assertThat(zips("ZIP: 62704-1234")).containsExactly("62704-1234");
        assertThat(zips("123 Main St, Springfield, IL 62704")).containsExactly("62704");
        assertThat(zips("Austin, Texas 78712-1179 USA")).containsExactly("78712-1179");
        assertThat(zips("Stanford CA 94305")).containsExactly("94305");
        assertThat(zips("Houston, TX 77002 (713) 853-5620")).containsExactly("77002");
        assertThat(zips("Spring, TX 77388-5746 (281)651-7106")).containsExactly("77388-5746");
    }

    @Test
    void findsOtherCountriesPostcodesWithCue() {
        assertThat(zips("postal code 394 13")).containsExactly("394 13");
        assertThat(zips("ZIP: 53-320")).containsExactly("53-320");
        assertThat(zips("postcode 7412 SL")).containsExactly("7412 SL");
        assertThat(zips("My zip code is 90010-170")).containsExactly("90010-170");
        assertThat(zips("zip 3520")).containsExactly("3520");
        assertThat(zips("postal code B0J 2H0")).containsExactly("B0J 2H0");
    }

    @Test
    void findsPostcodeEndingAnAddressBlock() {
        assertThat(zips("Deliver to: Ann Smith\n  14 Larch Road Apt. 2\n  Lahti\n  15110")).containsExactly("15110");
        assertThat(zips("Suite 4, 22 Birkenweg\nLuzern LU 6003")).containsExactly("6003");
        assertThat(zips("Unit 7 Old Mill Lane\nKraków\n31-042\n")).containsExactly("31-042");
        assertThat(zips("8 Rua das Flores Apt. 1\nLisboa\nPortugal 1100-148")).containsExactly("1100-148");
        assertThat(zips("41 Spring Street Apt. 3\nBoulder\nCO 80302")).containsExactly("80302");
        assertThat(zips("500 Bay Street Suite 9\nToronto\nON\nM5V 2L7")).containsExactly("M5V 2L7");
    }

    @Test
    void addressBlockNeedsStreetLineAndMatchingFormat() {
        assertThat(zips("Order 55102 shipped\nThanks 4567")).isEmpty(); // no street or unit line above
        assertThat(zips("14 Larch Road\nLahti 15110 is nice")).isEmpty(); // the code must end its line
        assertThat(zips("14 Larch Road\nApt. 735")).isEmpty(); // a unit number, not a postcode
        assertThat(zips("2 Ring Road Suite 1\nGraz\nAustria 80102")).isEmpty(); // Austria uses 4 digits
        assertThat(zips("2 Ring Road Suite 1\nLimassol\nCyprus (South) 30115")).isEmpty(); // Cyprus: 4 digits
        assertThat(zips("41 Spring Street Apt. 3\nBoulder\nCO 10302")).isEmpty(); // 103 is a New York prefix
        assertThat(zips("PSC 1234, Box 5678\nAPO AE 42323")).isEmpty(); // AE codes start 090-098
        assertThat(zips("500 Bay Street Suite 9\nToronto\nON\n55120")).isEmpty(); // Ontario: A1A 1A1 only
        assertThat(zips("500 Bay Street Suite 9\nToronto\nM5V 2D7")).isEmpty(); // D is not a Canada Post letter
        assertThat(zips("14 Larch Road\nthe meeting is at the office\n12345")).isEmpty(); // prose line above
    }

    @Test
    void findsPostcodeRightAfterAPlaceName() {
        assertThat(zips("I live in Arendal 4844.")).containsExactly("4844");
        assertThat(zips("We support Factset in Bjert 6091 in its mission")).containsExactly("6091");
        assertThat(zips("moved to Quinta de São Tiago 3610-114, last year")).containsExactly("3610-114");
        assertThat(zips("an office in København K 1421 where we meet")).containsExactly("1421");
        assertThat(zips("from ÖVERTURINGEN 840 24")).containsExactly("840 24");
        assertThat(zips("in wrocław 53-320 and in barra de carrasco 15000"))
                .containsExactly("53-320", "15000");
        assertThat(zips("near Mumbai 400001!")).containsExactly("400001");
        assertThat(zips("in Porto Alegre 90010-170")).containsExactly("90010-170");
        Finding f = findings(d, "I live in Arendal 4844").get(0);
        assertThat(f.score()).isEqualTo(ZipCodeDetector.PLACE_SCORE);
        assertThat(f.explanation().validator()).isEqualTo("place-before");
        assertThat(f.explanation().reason()).doesNotContain("Arendal").doesNotContain("4844");
    }

    @Test
    void aNumberAfterAWordIsNotAPostcodeUnlessEveryConditionHolds() {
        assertThat(zips("I was in Room 1234 and in Windows 2000")).isEmpty(); // English words, a product
        assertThat(zips("paid in USD 5000 and in EUR 4000")).isEmpty(); // currency codes
        assertThat(zips("I was in Arendal 2019.")).isEmpty(); // a year
        assertThat(zips("we have stores in Lisbon 1200 employees")).isEmpty(); // a count: a noun follows
        assertThat(zips("Arendal 4844.")).isEmpty(); // no preposition before the place
        assertThat(zips("in Arendal 4844 Main")).isEmpty(); // a capitalised word follows, not a function word
        assertThat(zips("in Arendal 48.44")).isEmpty(); // a decimal
        assertThat(zips("in Arendal 4844.5")).isEmpty();
        assertThat(zips("in Quinta de 3610")).isEmpty(); // a particle cannot end the place
        assertThat(zips("in Arendal 123")).isEmpty(); // three digits: too short without a cue
        assertThat(zips("in Arendal 1234567")).isEmpty();
        assertThat(zips("in Arendal, 4844")).isEmpty(); // one space between place and code only
        assertThat(zips("in Spanish 4844")).isEmpty(); // a language, not a place
        assertThat(zips("in Netflix 4844")).isEmpty(); // a brand
        assertThat(zips("in One Two Three Four Five 4844")).isEmpty();
        assertThat(zips("in Aa Bb Cc Dd Ee 4844")).isEmpty(); // more than four place words
        assertThat(zips("in Arendal +4844")).isEmpty();
        assertThat(zips("I sent it to Anna 2500.")).isEmpty(); // a payee and an amount
        assertThat(zips("transferred to Maria de Souza 1500 and")).isEmpty();
    }

    @Test
    void addressBlockZipScoresBelowLocation() {
        Finding f = findings(d, "12 Oak Street Apt. 5\nEspoo\n02100").get(0);
        assertThat(f.score()).isLessThan(0.65);
        assertThat(f.explanation().reason()).doesNotContain("02100");
    }

    @Test
    void stateZipMustLieInTheStateRange() {
        assertThat(zips("Springfield, IL 62704")).containsExactly("62704");
        assertThat(zips("Springfield, IL 92704")).isEmpty(); // 927 belongs to California
    }

    @Test
    void usesTheAssistantPrompt() {
        assertThat(found(d, EntityType.ZIP_CODE, "it's 10001", prompt("What is your zip code?")))
                .containsExactly("10001");
    }

    @Test
    void noContextNoZip() {
        assertThat(zips("I have 35350 points")).isEmpty();
        assertThat(zips("order 62704 shipped")).isEmpty();
        assertThat(zips("IL 627")).isEmpty(); // too short after a state
        assertThat(zips("zip code 555-123-4567")).isEmpty(); // phone-like run
        assertThat(zips("zip code 555 123 4567")).isEmpty();
        assertThat(zips("zip 1234567")).isEmpty();
        assertThat(findings(d, "see 12345 here")).isEmpty();
        // a three-digit code needs a cue that names a code; a cue labels its own line (or the answer below it)
        assertThat(zips("zip ties, pack of 100")).isEmpty();
        assertThat(zips("my zip code is 880")).containsExactly("880");
        assertThat(zips("zip 90210 ok\n10:300")).containsExactly("90210");
        assertThat(zips("my zip is wrong\nroom 12345")).isEmpty();
        assertThat(zips("Postcode:\n8001")).containsExactly("8001");
        assertThat(zips("What's your zip code?\n90210")).containsExactly("90210");
    }

    @Test
    void explanationIsPresent() {
        Finding f = findings(d, "zip code 12345").get(0);
        assertThat(f.explanation().pattern()).isEqualTo("us-zip");
        assertThat(f.explanation().contextCues()).isNotEmpty();
        assertThat(f.explanation().reason()).doesNotContain("12345");
    }

    @Test
    void adversarialInputsComplete() {
        guarded(d, repeat("zip 12345 ", 100_000));
        guarded(d, repeat("12345-", 100_000));
        guarded(d, repeat("A1A ", 100_000));
        guarded(d, repeat("1 ", 100_000));
        guarded(d, repeat("1 Main St Apt 2\n", 100_000));
        guarded(d, repeat("Road\n12345\n", 100_000));
        guarded(d, repeat("A\n", 100_000) + "12345");
        guarded(d, repeat("Apt 1\nOslo\n0150\n", 100_000));
        guarded(d, repeat("x", 100_000) + "\n12345");
        guarded(d, repeat("in Arendal 4844 ", 100_000));
        guarded(d, repeat("Quinta de ", 100_000) + "3610-114");
        guarded(d, "in " + repeat("Bjert ", 100_000) + "6091");
    }

    // ---- Canadian postal codes ----

    @Test
    void findsUnspacedAndLowerCaseCanadianCodesAfterACue() {
        assertThat(zips("postal code k1a0b1")).containsExactly("k1a0b1");
        assertThat(zips("postal code K1A0B1")).containsExactly("K1A0B1");
        assertThat(zips("my postal code is m5v2t6")).containsExactly("m5v2t6");
        assertThat(zips("code postal H2X1K4")).containsExactly("H2X1K4");
        assertThat(zips("Postal: h2x 1k4")).containsExactly("h2x 1k4");
        assertThat(found(d, EntityType.ZIP_CODE, "k1a0b1", prompt("And what's your postal code?")))
                .containsExactly("k1a0b1");
    }

    @Test
    void findsCanadianCodesWithTheCueAfterThem() {
        assertThat(zips("V6B 1A1 is my postal")).containsExactly("V6B 1A1");
        assertThat(zips("v6b1a1 is the postal code")).containsExactly("v6b1a1");
        assertThat(zips("m5v 2t6 is my new zip")).containsExactly("m5v 2t6");
        assertThat(zips("V6B 1A1 postal")).isEmpty(); // no linking word: a list of codes, not a statement
        assertThat(zips("V6B 1A1 is my model, not postal")).isEmpty();
    }

    @Test
    void findsTheCapitalCanadianCodeAfterAProvinceOrCityOnItsLine() {
        assertThat(zips("ottawa on K1A 0B1")).containsExactly("K1A 0B1");
        assertThat(zips("Toronto, ON M5V 2T6")).containsExactly("M5V 2T6");
        assertThat(zips("Vancouver BC V6B 1A1, Canada")).containsExactly("V6B 1A1");
        assertThat(zips("Montréal (Québec) H2X 1K4")).containsExactly("H2X 1K4");
        assertThat(zips("ship it to Calgary T2P 1J9 please")).containsExactly("T2P 1J9");
        assertThat(zips("Halifax, Nova Scotia B3H 4R2")).containsExactly("B3H 4R2");
    }

    @Test
    void findsTheCapitalCanadianCodeAloneAfterAnAddressLine() {
        assertThat(zips("221 King Street West Suite 400\nM5V 2T6")).containsExactly("M5V 2T6");
        assertThat(zips("221 King Street West\nToronto\nM5V 2T6\n")).containsExactly("M5V 2T6");
    }

    @Test
    void canadianShapesWithoutCueOrPlaceAreNotReported() {
        assertThat(zips("M5V 2T6")).isEmpty();
        assertThat(zips("model K1A 0B1 is out of stock")).isEmpty();
        assertThat(zips("part K1A0B1")).isEmpty();
        assertThat(zips("order k1a0b1 shipped")).isEmpty();
        assertThat(zips("Vancouver BC K1A 0B1")).isEmpty(); // K is Ontario's letter, not British Columbia's
        assertThat(zips("ottawa on k1a 0b1")).isEmpty(); // lower case: only with a postal cue
        assertThat(zips("Toronto ON M5V 2D7")).isEmpty(); // D is no Canada Post letter
        assertThat(zips("postal code W1A 0B1")).isEmpty(); // W never starts one
        assertThat(zips("postal code K1A-0B1X")).isEmpty();
        assertThat(zips("postal code A1A1A1A1")).isEmpty();
        assertThat(zips("London SW1A 1AA")).isEmpty(); // a UK postcode is left to UK_POSTCODE
        assertThat(zips("London N6A 3K7")).containsExactly("N6A 3K7"); // London, Ontario
    }

    @Test
    void canadianFindingsAreExplainedWithoutTheValue() {
        for (String text : new String[] {"postal code k1a0b1", "V6B 1A1 is my postal", "ottawa on K1A 0B1"}) {
            List<Finding> fs = findings(d, text);
            assertThat(fs).hasSize(1);
            String value = text.substring(fs.get(0).start(), fs.get(0).end());
            assertThat(fs.get(0).explanation().reason()).isNotEmpty().doesNotContain(value);
            assertThat(fs.get(0).toString()).doesNotContain(value);
        }
    }

    @Test
    void adversarialCanadianInputsComplete() {
        // every code has its own cue: each is found, once
        String cued = repeat("postal code k1a0b1 ", 100_000);
        assertThat(guarded(d, cued)).hasSize(cued.length() / 19);
        assertThat(guarded(d, repeat("K1A0B1 is my ", 100_000))).isEmpty();
        assertThat(guarded(d, repeat("ON K1A ", 100_000))).isEmpty();
        assertThat(guarded(d, repeat("Toronto ON M5V 2T6 ", 100_000)))
                .hasSize(repeat("Toronto ON M5V 2T6 ", 100_000).length() / 19);
        assertThat(guarded(d, repeat("k1a0b1", 100_000))).isEmpty();
    }
}
