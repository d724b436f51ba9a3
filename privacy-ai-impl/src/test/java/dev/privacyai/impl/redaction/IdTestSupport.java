package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.spi.Detector;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Helpers shared by the identifier detector tests. */
final class IdTestSupport {

    static final double THRESHOLD = 0.5;

    private IdTestSupport() {
    }

    /** Every finding the detector reports, whatever the score. */
    static List<Finding> all(Detector d, String text) {
        return d.detect(text, RedactionContext.defaults());
    }

    /** The values of findings at or above the default threshold. */
    static List<String> kept(Detector d, String text) {
        return kept(d, text, RedactionContext.defaults());
    }

    static List<String> kept(Detector d, String text, RedactionContext ctx) {
        return d.detect(text, ctx).stream().filter(f -> f.score() >= THRESHOLD)
                .map(f -> text.substring(f.start(), f.end())).collect(Collectors.toList());
    }

    /** The values of all findings, whatever the score. */
    static List<String> values(Detector d, String text) {
        return all(d, text).stream().map(f -> text.substring(f.start(), f.end())).collect(Collectors.toList());
    }

    /** The single finding in {@code text}; fails if there is not exactly one. */
    static Finding single(Detector d, String text) {
        List<Finding> fs = all(d, text);
        assertThat(fs).hasSize(1);
        return fs.get(0);
    }

    /** Asserts the finding's explanation is filled in and does not contain the value. */
    static void assertExplained(Finding f, String text, EntityType type) {
        assertThat(f.entityType()).isEqualTo(type);
        assertThat(f.explanation().pattern()).isNotEmpty();
        assertThat(f.explanation().validator()).isNotEmpty();
        assertThat(f.explanation().reason()).isNotEmpty();
        String value = text.substring(f.start(), f.end());
        assertThat(f.explanation().toString()).doesNotContain(value);
        assertThat(f.toString()).doesNotContain(value);
    }

    /** Runs the detector over 100k-character repetitions of each seed; a hang guard only. */
    static void assertCompletesOnAdversarialInputs(Detector d, String... seeds) {
        for (String seed : seeds) {
            StringBuilder sb = new StringBuilder(100_010);
            while (sb.length() < 100_000) {
                sb.append(seed);
            }
            String text = sb.toString();
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> d.detect(text, RedactionContext.defaults()));
        }
    }

    /** Seeds that stress token chaining, digit runs and separators. */
    static final String[] COMMON_SEEDS = {
        "1", "1-", "1 ", "12 ", "123-45-", "a1", "A1B2", "AB12 ", "AB 12 ", "....", "@@@@", "- - ", "9", "GB82 ",
        "account number 1 ", "ssn 123 ", "passport A1234567 ", "\u00a0\u2013", "é1"
    };
}
