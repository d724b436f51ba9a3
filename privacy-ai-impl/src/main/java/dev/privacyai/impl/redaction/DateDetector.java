package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * DATE: dates as people write them, found by {@link DateGrammar}: numeric (2/8/1935, 08.02.1935, 1935-02-08,
 * with an optional time), written ("March 3rd, 1990", "3 March 1990", "the 3rd of March", "03-Mar-1990"),
 * weekdays, relative days ("tomorrow", "next Friday", "in 2 days"), ordinal days after "the"/"on", month names
 * after a preposition and years after a time cue ("since 2004"). Day/month ranges are validated; times alone,
 * amounts, versions, phone numbers and fractions are not dates. Specific dates score higher than vague ones.
 */
final class DateDetector extends ScanningDetector {

    /** The explanation of a DATE finding depends on its kind only: built once per kind (it is immutable). */
    private static final Explanation[] EXPLANATIONS = explanations();

    DateDetector() {
        super("date", Set.of(EntityType.DATE));
    }

    private static Explanation[] explanations() {
        DateGrammar.Kind[] kinds = DateGrammar.Kind.values();
        Explanation[] all = new Explanation[kinds.length];
        for (DateGrammar.Kind kind : kinds) {
            all[kind.ordinal()] = Explanation.builder().pattern(pattern(kind)).validator("day-month-range")
                    .baseScore(kind.base).reason(reason(kind)).build();
        }
        return all;
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        int[] m = scan.dateMatches();
        for (int i = 0; i < m.length; i += 3) {
            DateGrammar.Kind kind = DateGrammar.kind(m[i + 2]);
            out.add(Finding.of(EntityType.DATE, m[i], m[i + 1], ContextScorer.clamp(kind.base), name(),
                    EXPLANATIONS[kind.ordinal()]));
        }
    }

    /** The explanation's pattern name of a match of this kind: "date-numeric", "date-written-full" style. */
    static String pattern(DateGrammar.Kind kind) {
        return "date-" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    static String reason(DateGrammar.Kind kind) {
        switch (kind) {
            case NUMERIC:
            case NUMERIC_TIME:
                return "numeric date with valid day and month";
            case WRITTEN_FULL:
                return "written date with day, month name and year";
            case WRITTEN:
                return "written date with day and month name";
            case WEEKDAY:
                return "weekday name";
            case RELATIVE:
                return "relative day expression";
            case ORDINAL:
                return "ordinal day of month";
            case MONTH:
                return "month name after a time preposition";
            case COUNTED_PERIOD:
                return "exact number of months or years before or after now";
            case HOLIDAY:
                return "named holiday";
            case VAGUE:
                return "vague period (a week, a month, a part of the day)";
            default:
                return "year after a time cue";
        }
    }
}
