package dev.privacyai.examples.cli;

import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.Locale;

/**
 * Prints a {@link Finding} for people: type, offsets, score, detector, and its {@link Explanation} (reason,
 * pattern, validator, base score, context cues). Uses only the finding, never the text, so the output cannot
 * contain the matched value.
 */
final class FindingFormat {

    private FindingFormat() {
    }

    /** One line: {@code EMAIL [11,27) score 0.95 by email}. */
    static String headline(Finding f) {
        return String.format(Locale.ROOT, "%-18s [%d,%d)  score %.2f  by %s", f.entityType().name(), f.start(),
                f.end(), f.score(), f.detector());
    }

    /** The explanation, one "why" line plus one line per context cue, each starting with {@code indent}. */
    static String explanation(Finding f, String indent) {
        Explanation e = f.explanation();
        StringBuilder sb = new StringBuilder();
        sb.append(indent).append("why: ").append(e.reason().isEmpty() ? "matched" : e.reason());
        sb.append(String.format(Locale.ROOT, " (pattern %s, validator %s, base score %.2f)",
                e.pattern().isEmpty() ? "-" : e.pattern(), e.validator().isEmpty() ? "-" : e.validator(),
                e.baseScore()));
        for (Explanation.ContextCue c : e.contextCues()) {
            sb.append(System.lineSeparator()).append(indent).append(String.format(Locale.ROOT,
                    "context: '%s' %+.2f (seen in %s)", c.cue(), c.delta(), c.where()));
        }
        return sb.toString();
    }
}
