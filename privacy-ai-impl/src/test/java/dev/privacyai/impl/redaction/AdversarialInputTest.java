package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.Redactor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Adversarial 100k-character inputs through the whole default redactor (every default detector). The timeout is
 * a hang guard against catastrophic backtracking or quadratic loops, not a performance assertion.
 */
class AdversarialInputTest {

    private static final int N = 100_000;

    static Stream<String> inputs() {
        return Stream.of(
                "1".repeat(N),
                "1 ".repeat(N / 2),
                "1-".repeat(N / 2),
                "12.".repeat(N / 3),
                "@".repeat(N),
                "a@".repeat(N / 2),
                "a.".repeat(N / 2),
                ".".repeat(N),
                "-".repeat(N),
                "(".repeat(N),
                "+1 (".repeat(N / 4),
                "a1".repeat(N / 2),
                "A".repeat(N),
                "GB".repeat(N / 2),
                "GB82 ".repeat(N / 5),
                "http://".repeat(N / 7),
                "www.a".repeat(N / 5),
                ":".repeat(N),
                "1:".repeat(N / 2),
                "f:".repeat(N / 2),
                "/".repeat(N),
                "1/".repeat(N / 2),
                "bc1q".repeat(N / 4),
                "my pin is ".repeat(N / 10),
                "card number ".repeat(N / 12),
                "x".repeat(N - 1) + "@example.com");
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void completesOnAdversarialInput(String input) {
        Redactor r = DefaultRedactor.withDefaults();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            String out = r.redact(input).redactedText();
            assertThat(out).isNotNull();
        });
    }
}
