package dev.privacyai.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static List<JsonNode> replay(Path dir, String... lines) throws Exception {
        Path in = dir.resolve("conv.jsonl");
        Path out = dir.resolve("out.jsonl");
        Files.write(in, List.of(lines), StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("replay", "--input", in.toString(), "--output", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> nodes = new ArrayList<>();
        for (String l : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            nodes.add(MAPPER.readTree(l));
        }
        return nodes;
    }

    @Test
    void showsWhatTheModelReceivedPerCustomerTurn(@TempDir Path dir) throws Exception {
        List<JsonNode> out = replay(dir,
                "{\"conversation\":\"c1\",\"subject\":\"s1\",\"role\":\"customer\",\"text\":\"Hi, mail me at jo.bloggs@example.com\"}",
                "{\"conversation\":\"c1\",\"subject\":\"s1\",\"role\":\"assistant\",\"text\":\"Sure, I will write to jo.bloggs@example.com.\"}",
                "{\"conversation\":\"c1\",\"subject\":\"s1\",\"role\":\"customer\",\"text\":\"Or call (415) 555-0132 instead\"}");
        assertThat(out).hasSize(2);
        JsonNode t0 = out.get(0);
        assertThat(t0.get("conversation").asText()).isEqualTo("c1");
        assertThat(t0.get("turn").asInt()).isZero();
        assertThat(t0.get("action").asText()).isEqualTo("ANSWERED");
        assertThat(t0.get("model_input").asText()).isEqualTo("Hi, mail me at <EMAIL_1>");
        assertThat(t0.get("reply").asText()).startsWith("[stand-in model]").contains("jo.bloggs@example.com");
        assertThat(t0.get("findings")).hasSize(1);
        assertThat(t0.get("findings").get(0).get("label").asText()).isEqualTo("EMAIL");
        assertThat(t0.get("findings").get(0).get("start").asInt()).isEqualTo(15);
        assertThat(t0.get("findings").get(0).get("end").asInt()).isEqualTo(36);
        assertThat(t0.get("escalation_reasons")).isEmpty();

        JsonNode t1 = out.get(1);
        assertThat(t1.get("turn").asInt()).isEqualTo(1);
        assertThat(t1.get("model_input").asText()).isEqualTo("Or call <PHONE_1> instead");
        // the history as recorded, pseudonymized with the same placeholders
        assertThat(t1.get("model_messages").toString()).contains("Sure, I will write to <EMAIL_1>.")
                .doesNotContain("jo.bloggs", "555-0132");
    }

    @Test
    void consentAndEscalationDecideTheAction(@TempDir Path dir) throws Exception {
        List<JsonNode> out = replay(dir,
                "{\"conversation\":\"c1\",\"subject\":\"s1\",\"role\":\"customer\",\"text\":\"hello\",\"consent\":{\"AI_ASSISTANCE\":false}}",
                "{\"conversation\":\"c2\",\"subject\":\"s2\",\"role\":\"customer\",\"text\":\"I want to speak to a real person\"}",
                "{\"conversation\":\"c1\",\"subject\":\"s1\",\"role\":\"customer\",\"text\":\"ok now\",\"consent\":{\"AI_ASSISTED_ANSWERING\":true}}");
        assertThat(out).hasSize(3);
        assertThat(out.get(0).get("action").asText()).isEqualTo("BLOCKED_NO_CONSENT");
        assertThat(out.get(0).get("model_input").isNull()).isTrue();
        assertThat(out.get(0).get("reply").isNull()).isTrue();
        assertThat(out.get(0).get("escalation_reasons").toString()).contains("CONSENT_DECLINED");
        assertThat(out.get(1).get("action").asText()).isEqualTo("ESCALATED");
        assertThat(out.get(1).get("escalation_reasons").toString()).contains("HUMAN_REQUESTED");
        assertThat(out.get(1).get("model_messages")).isEmpty();
        assertThat(out.get(2).get("action").asText()).isEqualTo("ANSWERED");
        assertThat(out.get(2).get("turn").asInt()).isEqualTo(1);
    }

    @Test
    void badLinesAreSkippedByNumberWithoutTheirText(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("conv.jsonl");
        Path out = dir.resolve("out.jsonl");
        Files.write(in, List.of("{not json secret@example.com",
                "{\"conversation\":\"c1\",\"subject\":\"s1\",\"role\":\"robot\",\"text\":\"secret@example.com\"}",
                "{\"conversation\":\"c1\",\"subject\":\"s1\",\"role\":\"customer\",\"text\":\"x\",\"consent\":{\"NOT VALID\":true}}",
                "{\"conversation\":\"c1\",\"subject\":\"s1\",\"role\":\"customer\",\"text\":\"hi secret@example.com\"}"),
                StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("replay", "--input", in.toString(), "--output", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("conv.jsonl:1: skipped", "conv.jsonl:2: skipped", "conv.jsonl:3: skipped")
                .doesNotContain("secret@example.com", "robot", "NOT VALID");
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).hasSize(1);
    }

    @Test
    void auditLogIsWrittenAndVerified(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("conv.jsonl");
        Files.write(in, List.of(
                "{\"conversation\":\"c1\",\"subject\":\"s1\",\"role\":\"customer\",\"text\":\"mail jo@example.com\"}"),
                StandardCharsets.UTF_8);
        Path audit = dir.resolve("audit.jsonl");
        Cli.Result r = Cli.run("replay", "--input", in.toString(), "--output", dir.resolve("o.jsonl").toString(),
                "--audit", audit.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("Verification{valid, records=8}");
        String log = Files.readString(audit);
        assertThat(log).contains("\"step\":\"PSEUDONYMIZATION\"").doesNotContain("jo@example.com", "\"c1\"", "\"s1\"");
    }
}
