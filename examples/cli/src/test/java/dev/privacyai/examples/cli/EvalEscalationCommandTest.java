package dev.privacyai.examples.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvalEscalationCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream original;

    @BeforeEach
    void capture() {
        original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(original);
    }

    private String out() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, List.of(lines), StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void scoresPerLabelWithCounts() throws IOException {
        Path gold = file("esc.jsonl",
                "{\"id\":\"h1\",\"text\":\"let me talk to a real person\",\"label\":\"HUMAN_REQUEST\",\"intent\":\"contact_human_agent\"}",
                "{\"id\":\"h2\",\"text\":\"agent please\",\"label\":\"HUMAN_REQUEST\"}",
                "{\"id\":\"h3\",\"text\":\"the weather is nice\",\"label\":\"HUMAN_REQUEST\"}",
                "{\"id\":\"c1\",\"text\":\"I want to file a complaint\",\"label\":\"COMPLAINT\",\"intent\":\"complaint\"}",
                "{\"id\":\"o1\",\"text\":\"what is my balance\",\"label\":\"OTHER\",\"intent\":\"balance\"}",
                "{\"id\":\"o2\",\"text\":\"speak to a human now\",\"label\":\"OTHER\",\"intent\":\"x\"}",
                "{\"id\":\"f1\",\"text\":\"i saw a fraudulent transaction\",\"label\":\"OTHER\",\"intent\":\"report_fraud\"}",
                "{\"id\":\"a1\",\"text\":\"how do I reach customer service\",\"label\":\"OTHER\",\"ambiguous\":true}",
                "");
        int code = new CommandLine(new EvalEscalationCommand()).execute("--gold", gold.toString(),
                "--show-errors", "5");
        assertThat(code).isZero();
        String o = out();
        // HUMAN_REQUEST: support 3, TP 2, FP 1 (o2), FN 1 (h3): precision 0.667, recall 0.667
        assertThat(o).containsPattern("HUMAN_REQUEST\\s+3\\s+2\\s+1\\s+1\\s+0\\.667\\s+0\\.667\\s+0\\.667");
        assertThat(o).containsPattern("COMPLAINT\\s+1\\s+1\\s+0\\s+0\\s+1\\.000\\s+1\\.000\\s+1\\.000");
        assertThat(o).containsPattern("silver:FRAUD_OR_SECURITY\\s+1\\s+1\\s+0\\s+0");
        assertThat(o).contains("8 rows (1 ambiguous excluded)");
        assertThat(o).contains("ambiguous rows (scored separately), predicted labels: {[HUMAN_REQUEST]=1}");
        assertThat(o).contains("MISS HUMAN_REQUEST\th3\tthe weather is nice");
        assertThat(o).contains("FP   HUMAN_REQUEST\to2\tspeak to a human now");
    }

    @Test
    void markdownAndSeveralFiles() throws IOException {
        Path a = file("a.jsonl", "{\"id\":\"1\",\"text\":\"human please\",\"label\":\"HUMAN_REQUEST\"}");
        Path b = file("b.jsonl", "{\"id\":\"2\",\"text\":\"open an account\",\"label\":\"OTHER\"}");
        int code = new CommandLine(new EvalEscalationCommand()).execute("--gold", a.toString(), "--gold",
                b.toString(), "--markdown");
        assertThat(code).isZero();
        assertThat(out()).contains("### a.jsonl").contains("### b.jsonl").contains("### ALL")
                .contains("| label | support | TP | FP | FN | precision | recall | F1 |")
                .contains("| HUMAN_REQUEST | 1 | 1 | 0 | 0 | 1.000 | 1.000 | 1.000 |");
    }

    @Test
    void missingGoldIsAUsageError() {
        assertThat(new CommandLine(new EvalEscalationCommand()).execute()).isNotZero();
    }
}
