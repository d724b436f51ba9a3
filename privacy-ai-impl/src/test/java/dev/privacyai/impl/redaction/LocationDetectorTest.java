package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.spi.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.privacyai.impl.redaction.DetectorAssertions.found;
import static dev.privacyai.impl.redaction.DetectorAssertions.guarded;
import static dev.privacyai.impl.redaction.DetectorAssertions.repeat;
import static org.assertj.core.api.Assertions.assertThat;

class LocationDetectorTest {

    private final Detector d = Detectors.location();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // US
        "I live at 1600 Pennsylvania Avenue NW, Washington, DC 20500 | 1600 Pennsylvania Avenue NW, Washington, DC 20500",
        "ship it to 42 Oak St. Apt 4B, Springfield, IL 62704 please | 42 Oak St. Apt 4B, Springfield, IL 62704",
        "new address: 350 fifth avenue, new york | 350 fifth avenue",
        "send it to 12 Main Street #305 | 12 Main Street #305",
        // UK
        "my address is 221B Baker Street, London NW1 6XE | 221B Baker Street, London NW1 6XE",
        "Flat 2, 10 Downing Street, London SW1A 2AA | 10 Downing Street, London SW1A 2AA",
        // DE
        "Lieferung an Hauptstraße 5, 10115 Berlin | Hauptstraße 5, 10115 Berlin",
        "ship to Karl-Marx-Straße 12a | Karl-Marx-Straße 12a",
        // FR
        "j'habite 12 rue de la Paix, 75002 Paris | 12 rue de la Paix, 75002 Paris",
        "3 avenue Victor Hugo | 3 avenue Victor Hugo",
        // city / postcode combinations
        "the office is in Springfield, IL 62704 | Springfield, IL 62704",
        "my postcode is 75002 Paris | 75002 Paris",
        // PO boxes and US military addresses
        "send it to P.O. Box 255, Springfield | P.O. Box 255, Springfield",
        "my address is PSC 3294, Box 9168 APO AA 61487 | PSC 3294, Box 9168 APO AA 61487",
        // Nordic style and multi-component blocks
        "Søndergade 52, 8000 Aarhus | Søndergade 52, 8000 Aarhus",
        "Billing address: 28245 Puruntie 82 Apt. 595    LAPPEENRANTA     53650 | 28245 Puruntie 82 Apt. 595    LAPPEENRANTA     53650",
        // street names without a number
        "meet me at the corner of Leokadia Trail and Main | Leokadia Trail",
    })
    void findsStreetAddresses(String text, String address) {
        assertThat(found(d, EntityType.LOCATION, text)).contains(address);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Rina Holt  Apt. 434  Redvale | Apt. 434",
        "Suite 12, then take the lift | Suite 12",
        "12 Oak Street; unit 5B | unit 5B",
    })
    void findsUnitsOfAnAddressBlockOnTheirOwn(String text, String unit) {
        assertThat(found(d, EntityType.LOCATION, text)).contains(unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my flat 2 stars review", "unit 7 covers fractions", "Megan Weber-Santana called"})
    void rejectsUnitWordsWithoutAnAddressAndHalvesOfHyphenatedWords(String text) {
        assertThat(found(d, EntityType.LOCATION, text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "do you ship to Liverpool? | Liverpool",
        "is it possible to place an order from Japan | Japan",
        "my card got blocked in Barcelona | Barcelona",
        "i'm travelling to germany next week | germany",
    })
    void findsPlaces(String text, String place) {
        assertThat(found(d, EntityType.LOCATION, text)).contains(place);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I ordered 3 items for $45",
        "my order 12345 has not arrived",
        "the meeting is at 10 on Monday",
        "version 2.5 street view is broken",
        "I want to cancel my Netflix subscription",
        "Agent: please hold",
        "weg 5 ist gut",
        "I'll turn 47 on Friday",
        "the price is 2.5 dollars",
    })
    void rejectsNonAddresses(String text) {
        assertThat(found(d, EntityType.LOCATION, text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We hope to support Acme in Brookfield 4821 in its mission to grow.",
        "We sold 1500 for the fair and 300 to our neighbours in the village",
        "Our 6 year old twins enjoyed this park a lot.",
        "the total should reach 250 by the end of May.",
    })
    void numbersInProseAreNotStreetAddresses(String text) {
        // "in its mission", "to our ... village", "this park": function words never stand inside a street name
        assertThat(found(d, EntityType.LOCATION, text)).noneMatch(s -> Character.isDigit(s.charAt(0)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Meet me at the corner of Elm Road 12 and Birch Lane | 12 and Birch Lane",
        "He lives at 5 The Green, Ashford | 5 The Green, Ashford",
        "the office is at 100 A Street | 100 A Street",
        "my address is 12 main st | 12 main st",
    })
    void streetNamesWithShortWordsStayAddresses(String text, String address) {
        assertThat(found(d, EntityType.LOCATION, text)).contains(address);
    }

    @Test
    void viaAsAPrepositionAndCountsAreNotStreetAddresses() {
        assertThat(found(d, EntityType.LOCATION, "I sent 554 euros to her via SWIFT 9 days ago")).isEmpty();
        assertThat(found(d, EntityType.LOCATION, "I made that payment via cheque 6 days ago")).isEmpty();
        assertThat(found(d, EntityType.LOCATION, "paid via bank transfer 2 weeks ago")).isEmpty();
        assertThat(found(d, EntityType.LOCATION, "Hauptstraße 5 times")).isEmpty();
        assertThat(found(d, EntityType.LOCATION, "I live at Via Roma 131")).contains("Via Roma 131");
        assertThat(found(d, EntityType.LOCATION, "i live at via tasso 129")).contains("via tasso 129");
        assertThat(found(d, EntityType.LOCATION, "ship to Hauptstraße 5, 10115 Berlin"))
                .contains("Hauptstraße 5, 10115 Berlin");
    }

    @Test
    void ordinalDaysAreNotPlaces() {
        assertThat(found(d, EntityType.LOCATION, "Room from 29th to 14th for 2 adults and one child")).isEmpty();
        assertThat(found(d, EntityType.LOCATION, "from the 19th to the 6th for 18 nights please")).isEmpty();
        assertThat(found(d, EntityType.LOCATION, "22nd until 29th 7 night stay - 2 adults 1 child")).isEmpty();
    }

    @Test
    void numbersTimesAndCodesWithoutAPlaceWordAreNotPlaces() {
        // each of these was a name-model LOCATION span before
        assertThat(found(d, EntityType.LOCATION, "I have a table booked at 09:00PM tonight. Our plans")).isEmpty();
        assertThat(found(d, EntityType.LOCATION, "Please book it for 8 people at 05:45PM")).isEmpty();
        assertThat(found(d, EntityType.LOCATION, "AA 12 34 56 B")).isEmpty();
        assertThat(found(d, EntityType.LOCATION, "Celebrating its 10th year in Calgary, Factset is a 501(c)3 that"))
                .containsOnly("Calgary");
        // a street type, a listed place or a name-like word keeps the span
        assertThat(found(d, EntityType.LOCATION, "I moved to 5th Avenue last year")).isNotEmpty();
    }

    @Test
    void productCodesUnitsAndFlightsAreNotPlaces() {
        // name-model spans whose only "place word" was a unit or a lower-case word in capitalised text
        assertThat(found(d, EntityType.LOCATION, "sku AB-1234-XL size 10 qty 2")).isEmpty();
        assertThat(found(d, EntityType.LOCATION, "GI75 aWBK 0000 0000 7099 453")).isEmpty(); // "aWBK" is no place
        assertThat(found(d, EntityType.LOCATION, "my internet speed is 300 Mbps")).isEmpty();
        assertThat(found(d, EntityType.LOCATION, "I ordered 4 x Lumo Max 6 robot vacuum (SKU LSZ-94514-D) for £406."))
                .isEmpty();
        // a capitalised word, or any word in all-lower-case text, can still be the place
        assertThat(found(d, EntityType.LOCATION, "I live at 12 Kowalczyk Street in Tucson")).isNotEmpty();
    }

    @Test
    void aPlaceBeforeAPostcodeIsALocationWithoutTheCode() {
        assertThat(found(d, EntityType.LOCATION, "We support Factset in Bjert 6091 in its mission"))
                .containsExactly("Bjert");
        assertThat(found(d, EntityType.LOCATION, "looking to support foursquare in barra de carrasco 15000 in it"))
                .containsExactly("barra de carrasco");
        // a name-finder span that ends in the code stops before it; the code is ZIP_CODE's
        assertThat(found(d, EntityType.LOCATION, "I live in Arendal 4844.")).containsOnly("Arendal");
        assertThat(found(d, EntityType.LOCATION, "in Quinta de São Tiago 3610-114 in its mission"))
                .allMatch(s -> s.startsWith("Quinta")).noneMatch(s -> s.contains("3610"));
        assertThat(found(d, EntityType.LOCATION, "I was in Room 1234")).isEmpty();
    }

    @Test
    void anAddressTailTakesOnePostcodeNotAPhoneNumberBelowIt() {
        String text = "Ship to:\n14 Harbour Road\nPortvale\nDenmark 4821\n5566 7788 office";
        assertThat(found(d, EntityType.LOCATION, text)).contains("14 Harbour Road\nPortvale\nDenmark 4821")
                .noneMatch(s -> s.contains("5566"));
        assertThat(found(d, EntityType.LOCATION, "Ship to: 42 Oak St, Springfield, IL 62704-1234"))
                .contains("42 Oak St, Springfield, IL 62704-1234");
    }

    @Test
    void aGroupOfACardOrAnEnglishWordIsNoStreetAddress() {
        // "1111 expiring 09" was a German "-ring" street and beat the card it cut into
        assertThat(found(d, EntityType.LOCATION, "that's 4111-1111-1111-1111 expiring 09/27?")).isEmpty();
        assertThat(found(d, EntityType.LOCATION, "transferring 190 to savings")).isEmpty();
        assertThat(found(d, EntityType.LOCATION, "the number is 4111 1111 1111 1111 Main Street"))
                .noneMatch(l -> l.contains("1111 1111"));
        assertThat(DefaultRedactor.withDefaults().redact("Agent: Just to confirm, that's 4111-1111-1111-1111 "
                + "expiring 09/27?").redactedText())
                .isEqualTo("Agent: Just to confirm, that's [CREDIT_CARD] expiring [CARD_EXPIRY]?");
        // a prefix number before a house number, a phone number before an address, a German street still are
        assertThat(found(d, EntityType.LOCATION, "at 636 1812 Rue De La Gare")).contains("636 1812 Rue De La Gare");
        assertThat(found(d, EntityType.LOCATION, "732-657-3416 1027 Jolson Court"))
                .anyMatch(l -> l.contains("1027 Jolson Court"));
        assertThat(found(d, EntityType.LOCATION, "Kaiserring 12, Mannheim")).anyMatch(l -> l.contains("Kaiserring 12"));
    }

    @Test
    void aLowerCaseAddressKeepsItsCityStateAndZip() {
        // typed in lower case, the city, state and ZIP after the street were left visible
        assertThat(found(d, EntityType.LOCATION, "123 main st springfield il 62704 thanks"))
                .containsOnly("123 main st springfield il 62704");
        assertThat(found(d, EntityType.LOCATION, "ship it to 1600 amphitheatre parkway mountain view ca 94043"))
                .containsOnly("1600 amphitheatre parkway mountain view ca 94043");
        assertThat(found(d, EntityType.LOCATION, "42 baker street london")).containsOnly("42 baker street london");
        // an ordinary word, or a state code without a ZIP, is not the address's
        assertThat(found(d, EntityType.LOCATION, "5 park lane is where i live"))
                .containsOnly("5 park lane");
        assertThat(found(d, EntityType.LOCATION, "5 park lane in the morning")).containsOnly("5 park lane");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "It was sung by Adam Jones in 1975 (though Mccullough's song was actually older).",
        "The Zephyr Go 4 kettle I bought (2 units, item KTL-40281-C) cost 80 USD in total.",
    })
    void modelSpansDoNotRunIntoAParenthesis(String text) {
        assertThat(found(d, EntityType.LOCATION, text)).noneMatch(s -> s.indexOf('(') >= 0 || s.indexOf(')') >= 0);
    }

    @Test
    void explanationHasAPatternAndNoValue() {
        String text = "I live at 42 Oak Street, Springfield";
        List<Finding> fs = d.detect(text, RedactionContext.defaults());
        assertThat(fs).isNotEmpty().allSatisfy(f -> {
            assertThat(f.explanation().pattern()).isNotBlank();
            assertThat(f.explanation().reason()).doesNotContain("Oak").doesNotContain("Springfield");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"12 Main Street ", "1 ", "Straße 5 ", "12 rue ", "Paris ", "10115 Berlin ", "a1 ",
        "12, ", "Apt 4 ", "12 in its mission ", "Paris (", "1 Oak St 4821\n5566 ", "1 (2 (3 "})
    void adversarialInputsComplete(String unit) {
        guarded(d, repeat(unit, 100_000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rufnummer: 089 / 12 34 56", "Telefon 030 123 456 78", "SSN 536\u202f22\u202f1234",
        "Telefonnummer: 0221 / 12 34 567"})
    void aPhoneOrSsnLabelAndItsNumberAreNoPlace(String text) {
        assertThat(found(d, EntityType.LOCATION, text)).as(text).isEmpty();
    }

    @Test
    void aPlaceNameBesideANumberStaysAPlace() {
        assertThat(found(d, EntityType.LOCATION, "I live at 12 Main Street")).contains("12 Main Street");
    }
}
