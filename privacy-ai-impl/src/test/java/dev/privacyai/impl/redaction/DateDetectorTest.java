package dev.privacyai.impl.redaction;

import static dev.privacyai.impl.redaction.DetectorAssertions.found;
import static dev.privacyai.impl.redaction.DetectorAssertions.findings;
import static dev.privacyai.impl.redaction.DetectorAssertions.guarded;
import static dev.privacyai.impl.redaction.DetectorAssertions.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.spi.Detector;

import java.util.List;
import org.junit.jupiter.api.Test;

class DateDetectorTest {

    private final Detector d = Detectors.date();

    private List<String> dates(String text) {
        return found(d, EntityType.DATE, text);
    }

    @Test
    void findsNumericDates() {
        assertThat(dates("born 2/8/1935 in town")).containsExactly("2/8/1935");
        assertThat(dates("on 08.02.1935")).containsExactly("08.02.1935");
        assertThat(dates("1935-02-08")).containsExactly("1935-02-08");
        assertThat(dates("at 2000-04-16 11:34:35 we")).containsExactly("2000-04-16 11:34:35");
        assertThat(dates("2024-03-15T14:30:00.123Z done")).containsExactly("2024-03-15T14:30:00.123Z");
        assertThat(dates("booked 2018/05/08")).containsExactly("2018/05/08");
        assertThat(dates("10/23/51")).containsExactly("10/23/51");
        assertThat(dates("since 05/2021")).containsExactly("05/2021");
        // a two-digit year with dashes; a date glued to its label by ':'
        assertThat(dates("meeting on 4-12-85")).containsExactly("4-12-85");
        assertThat(dates("Date:04/12/1985")).containsExactly("04/12/1985");
        // not inside a longer token: after a digit and ':' (a time), after "A-" (an identifier)
        assertThat(dates("12:10-11-2020")).isEmpty();
        assertThat(dates("A-12/05/2020")).isEmpty();
        assertThat(dates("part 13-14-85")).isEmpty(); // no valid day/month order
        // a CSV field after a dashed number; a decimal comma still is no date start
        assertThat(dates("212-555-0147,03/03/1979")).containsExactly("03/03/1979");
        assertThat(dates("1,12/05/2020")).isEmpty();
        // "mayo" and "mars" are English words too: no month
        assertThat(dates("extra mayo please, 2 mayo")).isEmpty();
        assertThat(dates("Lieferung am 3. Dezember")).containsExactly("3. Dezember");
    }

    @Test
    void findsWrittenDates() {
        assertThat(dates("March 3rd, 1990")).containsExactly("March 3rd, 1990");
        assertThat(dates("on 3 March 1990.")).containsExactly("3 March 1990");
        assertThat(dates("see you Mar 3")).containsExactly("Mar 3");
        assertThat(dates("the 3rd of March")).containsExactly("3rd of March");
        assertThat(dates("03-Mar-1990")).containsExactly("03-Mar-1990");
        assertThat(dates("Sat, 25 Aug 2018")).containsExactly("Sat, 25 Aug 2018");
        assertThat(dates("july the 20th 1992")).containsExactly("july the 20th 1992");
        assertThat(dates("Friday, December the 28th")).containsExactly("Friday, December the 28th");
        assertThat(dates("AUG 22,2018")).containsExactly("AUG 22,2018");
        assertThat(dates("in February of 1966 and May-2021")).containsExactly("February of 1966", "May-2021");
    }

    @Test
    void findsWeekdaysRelativeDaysOrdinalsAndYearsWithContext() {
        assertThat(dates("Tuesday")).containsExactly("Tuesday");
        assertThat(dates("can we do it on monday")).containsExactly("monday");
        assertThat(dates("today or tomorrow, not yesterday"))
                .containsExactly("today", "tomorrow", "yesterday");
        assertThat(dates("next Friday")).containsExactly("next Friday");
        assertThat(dates("in 2 days")).containsExactly("in 2 days");
        assertThat(dates("in twenty-three days")).containsExactly("in twenty-three days");
        assertThat(dates("5 days ago")).containsExactly("5 days ago");
        assertThat(dates("the day after tomorrow")).containsExactly("day after tomorrow");
        assertThat(dates("from the 7th to the 14th")).containsExactly("7th", "14th");
        assertThat(dates("from 4th to 8th of Jun")).containsExactly("4th", "8th of Jun");
        assertThat(dates("22nd until 29th 7 night stay")).containsExactly("22nd", "29th");
        assertThat(dates("from 26 to 29 May")).containsExactly("26", "29 May");
        assertThat(dates("cancel todays session")).containsExactly("todays");
        assertThat(dates("born in 1977")).containsExactly("1977");
        assertThat(dates("since 2004 we")).containsExactly("2004");
        assertThat(dates("until April")).containsExactly("April");
    }

    @Test
    void findsCountedMonthsAndYearsBeforeOrAfterNow() {
        assertThat(dates("we moved the savings 7 months ago, not 2 years ago")).containsExactly("7 months ago",
                "2 years ago");
        assertThat(dates("renew it three years from now")).containsExactly("three years from now");
        assertThat(dates("deliver it five days hence")).containsExactly("five days hence");
        assertThat(dates("the appointment is 4 days away from today")).containsExactly("4 days away from today");
        assertThat(dates("the cabin is 2 days away by boat")).isEmpty(); // a distance, not a date
        assertThat(dates("it was paid off in 6 months")).isEmpty(); // "in N months" is as often a duration
        assertThat(dates("a few months ago")).isEmpty(); // vague count: below the threshold
        assertThat(findings(d, "9 months ago").get(0).explanation().pattern()).isEqualTo("date-counted_period");
    }

    @Test
    void findsOrdinalsOfTheMonthRangeEndsAndLoneOrdinals() {
        assertThat(dates("could you book the 12th of this month")).containsExactly("12th of this month");
        assertThat(dates("it renews on the 3rd of the month")).containsExactly("3rd of the month");
        assertThat(dates("staying from the 24th November until 2nd with the kids"))
                .containsExactly("24th November", "2nd");
        assertThat(dates("arriving March 9 to 13")).containsExactly("March 9", "13");
        assertThat(dates("arriving March 9 to 13 people")).containsExactly("March 9"); // a head count
        assertThat(dates("arriving March 9 to 5 pm")).containsExactly("March 9"); // a time
        assertThat(dates("8th")).containsExactly("8th");
        assertThat(dates("is the 19th available?")).containsExactly("19th");
        assertThat(dates("the 8th floor")).isEmpty();
        assertThat(dates("Paris to 13")).isEmpty();
    }

    @Test
    void findsNamedHolidays() {
        assertThat(dates("I want to go up there on New Year's Eve")).containsExactly("New Year's Eve");
        assertThat(dates("new years eve 2025")).containsExactly("new years eve 2025");
        assertThat(dates("booked for New Year\u2019s Day")).containsExactly("New Year\u2019s Day");
        assertThat(dates("Independence Day")).containsExactly("Independence Day");
        assertThat(dates("closed on Christmas Eve and Boxing Day")).containsExactly("Christmas Eve", "Boxing Day");
        assertThat(dates("Christmas")).containsExactly("Christmas");
        assertThat(dates("can we come over Christmas?")).containsExactly("Christmas");
        assertThat(dates("ordered on Black Friday, Mother's Day and St. Patrick's Day"))
                .containsExactly("Black Friday", "Mother's Day", "St. Patrick's Day");
        assertThat(dates("Thanksgiving 2023 was busy")).containsExactly("Thanksgiving 2023");
        assertThat(dates("on the last Sunday before Labor Day we returned"))
                .containsExactly("last Sunday before Labor Day");
        assertThat(findings(d, "Independence Day").get(0).explanation().pattern()).isEqualTo("date-holiday");
        // one-word holidays used as modifiers, and wishes, are not dates
        assertThat(dates("the Christmas tree fell over")).isEmpty();
        assertThat(dates("my kids love Easter eggs")).isEmpty();
        assertThat(dates("have a good friday")).containsExactly("friday"); // the weekday, not the holiday
        assertThat(dates("a new year begins")).isEmpty();
    }

    @Test
    void findsMonthsAfterPrepositionsAndYearRangeEnds() {
        assertThat(dates("How much did I spend until May on prime?")).containsExactly("May");
        assertThat(dates("my balance before my salary for March?")).containsExactly("March");
        assertThat(dates("a birthday card for June")).isEmpty(); // a person as often as a month
        assertThat(dates("you may go until may be")).isEmpty();
        assertThat(dates("interest from 2009 to 2018")).containsExactly("2009", "2018");
        assertThat(dates("between 1990 and 1995 we lived there")).containsExactly("1990", "1995");
        assertThat(dates("from 2000 to 2500 people")).doesNotContain("2500"); // a head count
        assertThat(dates("pages 10 to 2018")).isEmpty();
        assertThat(dates("my savings account will mature on 2016")).containsExactly("2016");
        assertThat(dates("we spent it on 2000 units")).isEmpty();
    }

    @Test
    void findsTwoDigitYearsWrittenWithAnApostrophe() {
        assertThat(dates("born March 14 '85 in Ohio")).containsExactly("March 14 '85");
        assertThat(dates("since 14 March \u201985.")).containsExactly("14 March \u201985");
        assertThat(dates("back in June '99")).containsExactly("June '99");
        assertThat(dates("on March 14, '85")).containsExactly("March 14, '85");
        // not a year: three digits, a word, or no apostrophe
        assertThat(dates("March 14 '850")).containsExactly("March 14");
        assertThat(dates("March 14 'til then")).containsExactly("March 14");
    }

    @Test
    void findsDaysWrittenAsOrdinalWordsNextToAMonth() {
        assertThat(dates("a table for the third of September.")).containsExactly("third of September");
        assertThat(dates("on September third, please")).containsExactly("September third");
        assertThat(dates("May the first, 1990")).containsExactly("May the first, 1990");
        assertThat(dates("Friday the twelfth of June")).containsExactly("Friday the twelfth of June");
        // without a month, or where the month word is a verb, an ordinal word is not a date
        assertThat(dates("the first may be the best")).isEmpty();
        assertThat(dates("just a second May I ask")).isEmpty();
        assertThat(dates("the first is fine")).isEmpty();
        assertThat(dates("march first to the door")).isEmpty();
    }

    @Test
    void findsDayRangesJoinedByADash() {
        assertThat(dates("one child from 1-31st of December. Is breakfast")).containsExactly("1", "31st of December");
        assertThat(dates("staying 3\u20135 May")).containsExactly("3", "5 May");
        assertThat(dates("call 555-12 May")).isEmpty();
        assertThat(dates("on 2020-12-05 May")).containsExactly("2020-12-05");
    }

    @Test
    void recurringWeekdaysAreNotDates() {
        assertThat(dates("the gym is open every Tuesday")).isEmpty();
        assertThat(dates("paid on the second Friday of each month")).isEmpty();
        assertThat(dates("see you on Tuesday, every week")).containsExactly("Tuesday");
    }

    @Test
    void dayWordEquatedWithAnExplicitDateIsNotReportedTwice() {
        assertThat(dates("Today is 14/06/2022")).containsExactly("14/06/2022");
        assertThat(dates("tomorrow is 3 April 2023, right?")).containsExactly("3 April 2023");
        assertThat(dates("06.07.2019 was yesterday")).containsExactly("06.07.2019");
        assertThat(dates("today is fine, 14/06/2022 too")).containsExactly("today", "14/06/2022");
        assertThat(dates("today is busy")).containsExactly("today");
    }

    @Test
    void vaguePeriodsStayBelowThreshold() {
        assertThat(dates("next week")).isEmpty();
        assertThat(dates("in a couple of months")).isEmpty();
        assertThat(dates("last night")).isEmpty();
        assertThat(findings(d, "next week")).hasSize(1);
        assertThat(findings(d, "next week").get(0).score()).isLessThan(0.5);
    }

    @Test
    void validatesRanges() {
        assertThat(dates("31/02/2020")).isEmpty();
        assertThat(dates("2019-02-29")).isEmpty();
        assertThat(dates("2020-02-29")).containsExactly("2020-02-29");
        assertThat(dates("13/13/2020")).isEmpty();
        assertThat(dates("32 March 1990")).containsExactly("March 1990"); // day 32 is not part of it
        assertThat(dates("April 31st")).isEmpty();
        assertThat(dates("the 32nd")).isEmpty();
    }

    @Test
    void rejectsTimesAmountsVersionsPhonesFractions() {
        assertThat(dates("at 10:30 or 12:45:00")).isEmpty();
        assertThat(dates("it costs $2004 or 1,990.50")).isEmpty();
        assertThat(dates("version v1.2.3 and 1.2.2020.1")).isEmpty();
        // a dotted number after a version word is a version even when it would be a valid d.m.yy date
        assertThat(dates("version 2.4.10 released, firmware: 1.2.2019, app Version 3.1.12")).isEmpty();
        assertThat(dates("update 12/05/2024 and on 2.4.10")).containsExactly("12/05/2024", "2.4.10");
        assertThat(dates("call 555-123-4567 or 07700 900123")).isEmpty();
        assertThat(dates("add 1/2 cup, 3/4 done")).isEmpty();
        assertThat(dates("IP 12.10.20.30")).isEmpty();
        assertThat(dates("we had 2000 people")).isEmpty();
        assertThat(dates("the 3rd floor, 21st century")).isEmpty();
        assertThat(dates("you may be right")).isEmpty();
        assertThat(dates("Thanks, Victor, Andrew and April.")).isEmpty();
    }

    @Test
    void explanationIsPresent() {
        List<Finding> f = findings(d, "3 March 1990");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).explanation().pattern()).isEqualTo("date-written_full");
        assertThat(f.get(0).explanation().validator()).isEqualTo("day-month-range");
        assertThat(f.get(0).explanation().reason()).doesNotContain("1990");
    }

    @Test
    void adversarialInputsComplete() {
        guarded(d, repeat("1/", 100_000));
        guarded(d, repeat("12.", 100_000));
        guarded(d, repeat("1-2-", 100_000));
        guarded(d, repeat("3rd ", 100_000));
        guarded(d, repeat("the ", 100_000));
        guarded(d, repeat("in 2 ", 100_000));
        guarded(d, repeat("March ", 100_000));
        guarded(d, repeat("a1a1a1", 100_000));
        guarded(d, repeat("2020-01-01T", 100_000));
        guarded(d, repeat("3rd of this ", 100_000));
        guarded(d, repeat("May 3 to ", 100_000));
        guarded(d, repeat("today is ", 100_000));
        guarded(d, repeat("2 days away from ", 100_000));
        guarded(d, repeat("every Monday of each ", 100_000));
        guarded(d, repeat("Sunday before New Year's ", 100_000));
        guarded(d, repeat("St. ", 100_000));
    }
}
