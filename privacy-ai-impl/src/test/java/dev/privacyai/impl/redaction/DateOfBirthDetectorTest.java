package dev.privacyai.impl.redaction;

import static dev.privacyai.impl.redaction.DetectorAssertions.found;
import static dev.privacyai.impl.redaction.DetectorAssertions.findings;
import static dev.privacyai.impl.redaction.DetectorAssertions.guarded;
import static dev.privacyai.impl.redaction.DetectorAssertions.prompt;
import static dev.privacyai.impl.redaction.DetectorAssertions.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.privacyai.redaction.Channel;
import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.spi.Detector;

import java.util.List;
import org.junit.jupiter.api.Test;

class DateOfBirthDetectorTest {

    private final Detector d = Detectors.dateOfBirth();

    private List<String> dobs(String text) {
        return found(d, EntityType.DATE_OF_BIRTH, text);
    }

    @Test
    void findsDatesWithBirthContext() {
        assertThat(dobs("I was born on 4/22/1965.")).containsExactly("4/22/1965");
        assertThat(dobs("date of birth: 1935-02-08")).containsExactly("1935-02-08");
        assertThat(dobs("DOB 03-Mar-1990")).containsExactly("03-Mar-1990");
        assertThat(dobs("d.o.b 12.05.1980")).containsExactly("12.05.1980");
        assertThat(dobs("my birthday is March 3rd")).containsExactly("March 3rd");
        assertThat(dobs("born in 1977")).containsExactly("1977");
    }

    @Test
    void findsBirthCuesInTheLanguagesOfTheDefaultPhoneRegions() {
        assertThat(dobs("Geburtsdatum: 14.03.1985")).containsExactly("14.03.1985");
        assertThat(dobs("Ma date de naissance est le 14/03/1985")).containsExactly("14/03/1985");
        assertThat(dobs("je suis née le 14/03/1985")).containsExactly("14/03/1985");
        assertThat(dobs("Fecha de nacimiento: 14/03/1985")).containsExactly("14/03/1985");
        assertThat(dobs("data di nascita 14/03/1985")).containsExactly("14/03/1985");
        assertThat(dobs("Mijn geboortedatum is 14-03-1985")).containsExactly("14-03-1985");
        assertThat(dobs("Lieferdatum: 14.03.2025")).isEmpty();
        // month names in the same languages
        assertThat(dobs("nato il 3 marzo 1979")).containsExactly("3 marzo 1979");
        assertThat(dobs("geboortedatum 3 maart 1979")).containsExactly("3 maart 1979");
        assertThat(dobs("née le 12 avril 1985 à Marseille")).containsExactly("12 avril 1985");
        assertThat(dobs("geboren am 14. März 1985")).containsExactly("14. März 1985");
        assertThat(dobs("nacido el 5 de junio de 1990")).containsExactly("5 de junio de 1990");
        assertThat(dobs("nascido em 5 de março de 1990")).containsExactly("5 de março de 1990");
    }

    @Test
    void usesTheAssistantPrompt() {
        assertThat(found(d, EntityType.DATE_OF_BIRTH, "it's 3 March 1990",
                prompt("Can you confirm your date of birth?"))).containsExactly("3 March 1990");
        assertThat(found(d, EntityType.DATE_OF_BIRTH, "it's 3 March 1990",
                prompt("When would you like to travel?"))).isEmpty();
    }

    @Test
    void noBirthContextMeansNothing() {
        assertThat(dobs("the meeting is on 3 March 1990")).isEmpty();
        assertThat(findings(d, "delivery on 2/8/2024")).isEmpty();
    }

    @Test
    void birthCueMustBeNearTheDate() {
        // a cue elsewhere in the text is not context for this date; one just before or after it is
        assertThat(dobs("I was born in a small town, and I have lived here for years. The meeting is on 3 March 1990"))
                .isEmpty();
        assertThat(dobs("The meeting is on 3 March 1990. I have lived here for a long while, as I was born here"))
                .isEmpty();
        assertThat(dobs("Meeting on 2 May 2020 at the office downtown; I was born on 3 March 1990"))
                .containsExactly("3 March 1990");
        assertThat(dobs("3 March 1990 is my birthday")).containsExactly("3 March 1990");
    }

    @Test
    void relativeDaysAndWeekdaysAreNotBirthDates() {
        assertThat(dobs("my birthday is tomorrow")).isEmpty();
        assertThat(dobs("birthday party on Friday")).isEmpty();
        assertThat(dobs("I was born 30 years ago")).isEmpty(); // a counted period is an age, not a birth date
        assertThat(dobs("my birthday is the 12th of this month")).isEmpty();
    }

    @Test
    void outscoresPlainDateSoItWinsTheOverlap() {
        String text = "born on 4/22/1965";
        double dob = findings(d, text).get(0).score();
        double date = findings(Detectors.date(), text).get(0).score();
        assertThat(dob).isGreaterThan(date);
        List<Finding> all = DefaultRedactor.withDefaults().analyze(text);
        assertThat(all).extracting(Finding::entityType).containsExactly(EntityType.DATE_OF_BIRTH);
    }

    @Test
    void explanationRecordsTheCue() {
        Finding f = findings(d, "date of birth 1935-02-08").get(0);
        assertThat(f.explanation().contextCues()).isNotEmpty();
        assertThat(f.explanation().contextCues().get(0).cue()).isEqualTo("date of birth");
        assertThat(f.explanation().reason()).doesNotContain("1935");
    }

    @Test
    void findsDatesWrittenWithSpacesOrNoSeparatorAfterABirthCue() {
        assertThat(dobs("date of birth 3 14 1985")).containsExactly("3 14 1985");
        assertThat(dobs("dob 03 14 85")).containsExactly("03 14 85");
        assertThat(dobs("born 14 03 1985")).containsExactly("14 03 1985");
        assertThat(dobs("DOB 1985 03 14")).containsExactly("1985 03 14");
        assertThat(dobs("born 19850314")).containsExactly("19850314");
        assertThat(dobs("dob 14031985")).containsExactly("14031985");
        assertThat(dobs("d.o.b. 031485")).containsExactly("031485");
        assertThat(dobs("DOB 14MAR1985")).containsExactly("14MAR1985");
        assertThat(dobs("dob: 3mar85")).containsExactly("3mar85");
        assertThat(dobs("03 14 1985 is my date of birth")).containsExactly("03 14 1985");
        assertThat(dobs("I was born in '85")).containsExactly("'85");
        // form fields: no space after the label, a two-digit year with dashes, or after a written day and month
        assertThat(dobs("DOB:04/12/1985")).containsExactly("04/12/1985");
        assertThat(dobs("Date of birth:04/12/1985")).containsExactly("04/12/1985");
        assertThat(dobs("DOB: 4-12-85")).containsExactly("4-12-85");
        assertThat(dobs("DOB: 12 Apr 85")).containsExactly("12 Apr 85");
        assertThat(dobs("DOB: 12-Apr-85")).containsExactly("12-Apr-85");
        assertThat(dobs("DOB: Apr 12 85, thanks")).containsExactly("Apr 12 85");
        assertThat(dobs("Date Of Birth 12 - 04 - 1985")).containsExactly("12 - 04 - 1985");
        assertThat(dobs("DOB: 12 Apr 850")).containsExactly("12 Apr");
        assertThat(dobs("dob 12 - 04 / 1985")).isEmpty(); // two separators: not one date
        assertThat(dobs("born in \u201985, moved here in '99")).containsExactly("\u201985");
        assertThat(dobs("the class of '85")).isEmpty();
        assertThat(dobs("born in the 85th year")).isEmpty();
        Finding f = findings(d, "born 19850314").get(0);
        assertThat(f.explanation().contextCues().get(0).cue()).isEqualTo("born");
        assertThat(f.explanation().toString()).doesNotContain("1985");
    }

    @Test
    void unseparatedDatesNeedAValidDateAndACueOnTheirLine() {
        assertThat(dobs("dob 12 34 5678")).isEmpty(); // no day/month order is valid
        assertThat(dobs("born 99999999")).isEmpty();
        assertThat(dobs("birthday 1 2 3")).isEmpty(); // a one-digit year
        assertThat(dobs("dob 14 03  1985 0")).isEmpty(); // four groups, two spaces: not one date
        assertThat(dobs("my member id is 14 03 1985")).isEmpty();
        assertThat(dobs("the code is 19850314")).isEmpty();
        assertThat(dobs("born 3MAY")).isEmpty();
        // the cue labels its own line only: the account number below is not a birth date
        assertThat(dobs("DOB: 14/03/1985\nAccount: 12031990")).containsExactly("14/03/1985");
        assertThat(found(d, EntityType.DATE_OF_BIRTH, "it's 14 03 1985",
                prompt("Can you confirm your date of birth?"))).containsExactly("14 03 1985");
        assertThat(found(d, EntityType.DATE_OF_BIRTH, "it's 14 03 1985",
                prompt("What's your order number?"))).isEmpty();
    }

    @Test
    void aSpokenBirthDateOnTheVoiceChannelIsRedacted() {
        RedactionContext voice = RedactionContext.builder().channel(Channel.VOICE).build();
        assertThat(DefaultRedactor.withDefaults().redact("date of birth three fourteen nineteen eighty five", voice)
                .redactedText()).isEqualTo("date of birth [DATE_OF_BIRTH]");
        assertThat(DefaultRedactor.withDefaults().redact("my date of birth is oh three one four eighty five", voice)
                .redactedText()).isEqualTo("my date of birth is [DATE_OF_BIRTH]");
    }

    @Test
    void adversarialInputsComplete() {
        guarded(d, repeat("dob 1 2 ", 100_000));
        // many dates and many unseparated candidates: each candidate looks only at the dates near it
        guarded(d, repeat("on 1/1/2000 19850314 ", 5_000));
        guarded(d, repeat("born 14MAR", 100_000));
        guarded(d, repeat("born 1/1/2000 ", 100_000));
        guarded(d, repeat("dob ", 100_000));
        guarded(d, repeat("1.1.", 100_000));
    }
}
