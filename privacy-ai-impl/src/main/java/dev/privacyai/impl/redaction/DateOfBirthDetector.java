package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * DATE_OF_BIRTH: a date found by {@link DateGrammar} (numeric, written, or a year) with birth context nearby
 * ("born", "date of birth", "DOB", "d.o.b", "birthday", "birth date", and the same in German, French, Spanish,
 * Italian, Dutch and Portuguese: "Geburtsdatum", "date de naissance", "fecha de nacimiento" ...) or in the
 * assistant's previous prompt. It
 * scores above the plain {@link DateDetector} finding for the same span, so it wins the overlap. Relative days,
 * counted periods ("30 years ago"), weekdays and bare ordinals are never reported as a birth date. Without birth
 * context nothing is reported.
 */
final class DateOfBirthDetector extends ScanningDetector {

    static final ContextLexicon BIRTH_CUES = ContextLexicon.of("born", "date of birth", "dob", "d.o.b", "d.o.b.",
            "birthday", "birth date", "birthdate", "bday", "b-day",
            // German, French, Spanish, Italian, Dutch, Portuguese: the region's customers write their own words
            "geburtsdatum", "geboren", "geb.", "date de naissance", "né le", "née le", "fecha de nacimiento",
            "nacido el", "nacida el", "data di nascita", "nato il", "nata il", "geboortedatum", "geboren op",
            "data de nascimento", "nascido em", "nascida em");
    private static final ContextScorer SCORER = new ContextScorer(BIRTH_CUES, 0.1, null, 0, 40, 20);

    /** Per {@link DateGrammar.Kind} ordinal: can a match of this kind be a birth date? */
    private static final boolean[] BIRTH_KIND = birthKinds();
    /** Per kind ordinal: the explanation's pattern and reason (the same strings for every finding). */
    private static final String[] PATTERNS = new String[DateGrammar.Kind.values().length];
    private static final String[] REASONS = new String[PATTERNS.length];

    static {
        for (DateGrammar.Kind kind : DateGrammar.Kind.values()) {
            PATTERNS[kind.ordinal()] = DateDetector.pattern(kind);
            REASONS[kind.ordinal()] = DateDetector.reason(kind) + ", with birth context";
        }
    }

    DateOfBirthDetector() {
        super("date-of-birth", Set.of(EntityType.DATE_OF_BIRTH));
    }

    private static boolean[] birthKinds() {
        boolean[] ok = new boolean[DateGrammar.Kind.values().length];
        for (DateGrammar.Kind kind : DateGrammar.Kind.values()) {
            switch (kind) {
                case RELATIVE:
                case WEEKDAY:
                case ORDINAL:
                case MONTH:
                case COUNTED_PERIOD:
                case VAGUE:
                    break;
                default:
                    ok[kind.ordinal()] = true;
            }
        }
        return ok;
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        // No whole-text search for a birth cue first: a cue found in a window of the text (positiveCue below) is
        // also in the whole text, and the prompt is the same, so such a search could only rule out dates that the
        // windows rule out anyway. The grammar's matches are shared with DATE (one run per scan), and most texts
        // have no date that can be a birth date, the others only a few, so the windows cost less.
        int[] m = scan.dateMatches();
        for (int i = 0; i < m.length; i += 3) {
            int kind = m[i + 2];
            if (!BIRTH_KIND[kind]) {
                continue;
            }
            int start = m[i];
            int end = m[i + 1];
            String[] cue = SCORER.positiveCue(scan, start, end);
            if (cue == null) {
                continue;
            }
            double base = 0.9;
            Explanation.Builder ex = Explanation.builder().pattern(PATTERNS[kind]).validator("day-month-range")
                    .reason(REASONS[kind]);
            double score = SCORER.score(scan, start, end, base, ex);
            out.add(finding(EntityType.DATE_OF_BIRTH, start, end, score, ex));
        }
    }

}
