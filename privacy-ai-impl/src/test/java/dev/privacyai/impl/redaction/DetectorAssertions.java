package dev.privacyai.impl.redaction;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.spi.Detector;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Small helpers shared by the detector tests. */
final class DetectorAssertions {

    private DetectorAssertions() {
    }

    static RedactionContext prompt(String assistantPrompt) {
        return RedactionContext.builder().previousAssistantPrompt(assistantPrompt).build();
    }

    /** Values of the findings of {@code type} at or above the default 0.5 threshold. */
    static List<String> found(Detector d, EntityType type, String text) {
        return found(d, type, text, RedactionContext.defaults());
    }

    static List<String> found(Detector d, EntityType type, String text, RedactionContext ctx) {
        return d.detect(text, ctx).stream()
                .filter(f -> f.entityType().equals(type) && f.score() >= 0.5)
                .map(f -> text.substring(f.start(), f.end()))
                .collect(Collectors.toList());
    }

    static List<Finding> findings(Detector d, String text) {
        return d.detect(text, RedactionContext.defaults());
    }

    /** Runs the detector on {@code text} under a hang guard (not a timing assertion). */
    static List<Finding> guarded(Detector d, String text) {
        return assertTimeoutPreemptively(Duration.ofSeconds(5), () -> d.detect(text, RedactionContext.defaults()));
    }

    static String repeat(String s, int totalChars) {
        StringBuilder sb = new StringBuilder(totalChars + s.length());
        while (sb.length() < totalChars) {
            sb.append(s);
        }
        return sb.toString();
    }
}
