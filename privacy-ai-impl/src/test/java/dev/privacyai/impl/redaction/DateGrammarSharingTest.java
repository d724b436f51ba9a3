package dev.privacyai.impl.redaction;

import static dev.privacyai.impl.redaction.DetectorAssertions.found;
import static dev.privacyai.impl.redaction.DetectorAssertions.prompt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The date grammar runs once per {@link TextScan} and DATE and DATE_OF_BIRTH share its matches: sharing must not
 * change what either reports. Also checks the grammar's word tables (looked up by token hash, compared char by
 * char) are case-insensitive exactly like the lower-cased tokens they replace.
 */
class DateGrammarSharingTest {

    private final DateDetector date = new DateDetector();
    private final DateOfBirthDetector dob = new DateOfBirthDetector();

    @Test
    void grammarRunsOncePerScan() {
        TextScan scan = TextScan.of("call me on 3 March 1990 or tomorrow", RedactionContext.defaults());
        int[] first = scan.dateMatches();
        assertThat(scan.dateMatches()).isSameAs(first);
        assertThat(first).hasSize(6); // "3 March 1990" and "tomorrow": start, end, kind each
        assertThat(DateGrammar.kind(first[2])).isEqualTo(DateGrammar.Kind.WRITTEN_FULL);
        assertThat(DateGrammar.kind(first[5])).isEqualTo(DateGrammar.Kind.RELATIVE);
    }

    @Test
    void digitGateChangesNoMatch() {
        // texts built from date pieces, numbers, units, separators and context words: the gate that skips digit
        // tokens no date can start at must give exactly the grammar's matches without it
        String[] pieces = {"3", "03", "12", "31", "32", "0", "100", "2021", "1990", "3000", "3rd", "21st", "15th",
            "2nd", "4pm", "5G", "555", "1234", "March", "mar", "may", "Tuesday", "tomorrow", "days", "weeks", "ago",
            "from", "now", "in", "to", "the", "of", "born", "since", "and", "until", "items", "$", "#", " ", " ",
            " ", "/", "-", ".", ":", ", ", "T10:30", "am", "a", "few", "next", "week"};
        java.util.Random rnd = new java.util.Random(11);
        int withDates = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int parts = 2 + rnd.nextInt(10);
            String[] joints = {" ", " ", " ", "/", "-", ".", ", ", ""};
            for (int k = 0; k < parts; k++) {
                b.append(pieces[rnd.nextInt(pieces.length)]).append(joints[rnd.nextInt(joints.length)]);
            }
            String text = b.toString();
            int[] gated = DateGrammar.matches(TextScan.of(text, RedactionContext.defaults()), true);
            int[] full = DateGrammar.matches(TextScan.of(text, RedactionContext.defaults()), false);
            assertThat(gated).as(text).isEqualTo(full);
            if (full.length > 0) {
                withDates++;
            }
        }
        assertThat(withDates).isGreaterThan(4_000);
    }

    @Test
    void textWithoutDatesHasNoMatches() {
        assertThat(TextScan.of("nothing to see here, order 12345", RedactionContext.defaults()).dateMatches())
                .isEmpty();
    }

    @Test
    void sharedScanGivesTheSameFindingsAsSeparateScans() {
        String[] texts = {
            "I was born on 4/22/1965 and moved on Friday.",
            "DOB 03-Mar-1990, meeting next Tuesday at 10",
            "my birthday is March 3rd, party in 2 weeks",
            "the meeting is on 3 March 1990",
            "it's 3 March 1990",
            "born in 1977, since 2004 at this address",
            "d.o.b 12.05.1980 and 5 days ago",
            "no dates here, but a birthday cue",
            "date of birth\n1935-02-08T10:30",
        };
        RedactionContext[] contexts = {RedactionContext.defaults(), prompt("Can you confirm your date of birth?")};
        int dobFindings = 0;
        for (RedactionContext ctx : contexts) {
            for (String text : texts) {
                List<Finding> separate = new ArrayList<>();
                date.detect(TextScan.of(text, ctx), separate);
                dob.detect(TextScan.of(text, ctx), separate); // DOB on a scan of its own: runs the grammar
                List<Finding> shared = new ArrayList<>();
                TextScan scan = TextScan.of(text, ctx);
                date.detect(scan, shared);
                dob.detect(scan, shared); // reuses the matches DATE made the scan compute
                assertThat(shared).as(text).isEqualTo(separate);
                dobFindings += (int) shared.stream().filter(f -> f.entityType() == EntityType.DATE_OF_BIRTH).count();
            }
        }
        assertThat(dobFindings).isGreaterThanOrEqualTo(8);
    }

    @Test
    void sharedScanFindsBirthDatesFromThePromptOnly() {
        TextScan scan = TextScan.of("it's 3 March 1990", prompt("Can you confirm your date of birth?"));
        List<Finding> out = new ArrayList<>();
        date.detect(scan, out);
        dob.detect(scan, out);
        assertThat(out).extracting(Finding::entityType)
                .containsExactly(EntityType.DATE, EntityType.DATE_OF_BIRTH);
        assertThat(out.get(1).explanation().contextCues().get(0).where()).isEqualTo("assistant-prompt");
    }

    @Test
    void wordsMatchCaseInsensitively() {
        DateDetector d = new DateDetector();
        assertThat(found(d, EntityType.DATE, "MARCH 3RD, 1990")).containsExactly("MARCH 3RD, 1990");
        assertThat(found(d, EntityType.DATE, "on the 3rD Of JuNe")).containsExactly("3rD Of JuNe");
        assertThat(found(d, EntityType.DATE, "Next FRIDAY works")).containsExactly("Next FRIDAY");
        assertThat(found(d, EntityType.DATE, "IN TWO WEEKS")).containsExactly("IN TWO WEEKS");
        assertThat(found(d, EntityType.DATE, "Five Days Ago")).containsExactly("Five Days Ago");
        assertThat(found(d, EntityType.DATE, "from 26 TO 29 may 2021")).containsExactly("26", "29 may 2021");
    }

    @Test
    void lookAlikesAreNotDateWords() {
        DateDetector d = new DateDetector();
        // a wrong ordinal suffix, letters outside ASCII, a word that only shares a prefix or a hash-like spelling
        assertThat(found(d, EntityType.DATE, "on the 3th")).isEmpty();
        assertThat(found(d, EntityType.DATE, "on the 1\u017ft")).isEmpty();
        assertThat(found(d, EntityType.DATE, "seit 3 M\u00e4r")).isEmpty();
        assertThat(found(d, EntityType.DATE, "Marching 3")).isEmpty();
        assertThat(found(d, EntityType.DATE, "in two weeksend")).isEmpty();
    }
}
