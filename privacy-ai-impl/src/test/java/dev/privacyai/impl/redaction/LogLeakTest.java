package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.RedactionException;
import dev.privacyai.redaction.Redactor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Everything the library logs at DEBUG while redacting personal data must be free of that data. */
@Isolated
class LogLeakTest {

    @Test
    void debugLogsCarryNoPersonalData() {
        String email = "maria.gonzalez@example.com";
        String card = "4111 1111 1111 1111";
        String text = "I'm Maria, mail " + email + ", card " + card;
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Redactor r = DefaultRedactor.withDefaults();
            r.redact(text);
            assertThatThrownBy(() -> DefaultRedactor.builder().addDetector(new ThrowingDetector()).build().redact(text))
                    .isInstanceOf(RedactionException.class);
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).as("the redactor logs at DEBUG, so this test can see its lines").contains("analyzed");
        assertThat(log).doesNotContain(email, "maria.gonzalez", "4111", "Maria");
    }

    private static final class ThrowingDetector implements dev.privacyai.redaction.spi.Detector {
        @Override
        public String name() {
            return "throwing";
        }

        @Override
        public java.util.Set<dev.privacyai.redaction.EntityType> entityTypes() {
            return java.util.Set.of(dev.privacyai.redaction.EntityType.PERSON);
        }

        @Override
        public java.util.List<dev.privacyai.redaction.Finding> detect(String text,
                dev.privacyai.redaction.RedactionContext context) {
            throw new IllegalArgumentException(text);
        }
    }
}
