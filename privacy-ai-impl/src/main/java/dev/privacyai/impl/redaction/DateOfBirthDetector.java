package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * DATE_OF_BIRTH: a date found by {@link DateGrammar} (numeric, written, or a year) with birth context nearby
 * ("born", "date of birth", "DOB", "d.o.b", "birthday", "birth date") or in the assistant's previous prompt. It
 * scores above the plain {@link DateDetector} finding for the same span, so it wins the overlap. Relative days,
 * counted periods ("30 years ago"), weekdays and bare ordinals are never reported as a birth date. Without birth
 * context nothing is reported.
 */
final class DateOfBirthDetector extends ScanningDetector {

    static final ContextLexicon BIRTH_CUES = ContextLexicon.of("born", "date of birth", "dob", "d.o.b", "d.o.b.",
            "birthday", "birth date", "birthdate", "bday", "b-day");
    private static final ContextScorer SCORER = new ContextScorer(BIRTH_CUES, 0.1, null, 0, 40, 20);

    DateOfBirthDetector() {
        super("date-of-birth", Set.of(EntityType.DATE_OF_BIRTH));
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        // fast path: no birth cue anywhere (text or prompt) means no birth date
        if (BIRTH_CUES.findIn(scan, 0, scan.text.length()) == null
                && (scan.prompt.isEmpty() || BIRTH_CUES.findIn(scan.prompt) == null)) {
            return;
        }
        DateGrammar.find(scan, (start, end, kind) -> {
            switch (kind) {
                case RELATIVE:
                case WEEKDAY:
                case ORDINAL:
                case MONTH:
                case COUNTED_PERIOD:
                case VAGUE:
                    return;
                default:
                    break;
            }
            String[] cue = SCORER.positiveCue(scan, start, end);
            if (cue == null) {
                return;
            }
            double base = 0.9;
            Explanation.Builder ex = Explanation.builder()
                    .pattern("date-" + kind.name().toLowerCase(java.util.Locale.ROOT)).validator("day-month-range")
                    .reason(DateDetector.reason(kind) + ", with birth context");
            double score = SCORER.score(scan, start, end, base, ex);
            out.add(finding(EntityType.DATE_OF_BIRTH, start, end, score, ex));
        });
    }
}
