package dev.privacyai.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.privacyai.redaction.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DetectCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String EMAIL = "ana.lima@example.org";
    private static final String CARD = "4111 1111 1111 1111";

    @TempDir
    Path dir;

    private Path writeInput(List<String> lines) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.write(in, lines, StandardCharsets.UTF_8);
        return in;
    }

    private static String line(Object id, String text) throws Exception {
        ObjectNode o = MAPPER.createObjectNode();
        if (id instanceof Integer) {
            o.put("id", (Integer) id);
        } else {
            o.put("id", (String) id);
        }
        o.put("text", text);
        o.put("ignored", "other fields are ignored");
        return MAPPER.writeValueAsString(o);
    }

    private List<JsonNode> readOutput(Path out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String l : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            nodes.add(MAPPER.readTree(l));
        }
        return nodes;
    }

    @Test
    void voiceChannelReadsNumbersSaidAsWords() throws Exception {
        String spoken = "four one one one one one one one one one one one one one one one";
        String text = "my card number is " + spoken + " thanks";
        Path in = writeInput(List.of(line("v", text)));
        Path chat = dir.resolve("chat.jsonl");
        Path voice = dir.resolve("voice.jsonl");

        assertThat(Cli.run("detect", "--input", in.toString(), "--output", chat.toString()).exit()).isZero();
        assertThat(Cli.run("detect", "--channel", "voice", "--input", in.toString(), "--output", voice.toString())
                .exit()).isZero();

        assertThat(readOutput(chat).get(0).get("spans")).isEmpty();
        JsonNode card = only(readOutput(voice).get(0), "CREDIT_CARD");
        assertThat(card.get("start").asInt()).isEqualTo(text.indexOf(spoken));
        assertThat(card.get("end").asInt()).isEqualTo(text.indexOf(spoken) + spoken.length());
        assertThat(Cli.run("detect", "--channel", "fax", "--input", in.toString(), "--output", voice.toString())
                .exit()).isEqualTo(2);
    }

    @Test
    void writesOneLinePerRecordWithJavaOffsetsAndEvalLabels() throws Exception {
        String t1 = "Écrivez à " + EMAIL + " s'il vous plaît";   // non-ASCII before the span
        String t2 = "card " + CARD + " thanks";
        String t3 = "nothing personal in here";
        Path in = writeInput(List.of(line("a", t1), line(7, t2), "", line("c", t3)));
        Path out = dir.resolve("out.jsonl");

        Cli.Result r = Cli.run("detect", "--input", in.toString(), "--output", out.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("3 records written");
        List<JsonNode> nodes = readOutput(out);
        assertThat(nodes).hasSize(3);

        assertThat(nodes.get(0).get("id").asText()).isEqualTo("a");
        JsonNode email = only(nodes.get(0), "EMAIL");
        assertThat(email.get("start").asInt()).isEqualTo(t1.indexOf(EMAIL));
        assertThat(email.get("end").asInt()).isEqualTo(t1.indexOf(EMAIL) + EMAIL.length());
        assertThat(email.get("score").asDouble()).isBetween(0.5, 1.0);

        assertThat(nodes.get(1).get("id").isNumber()).isTrue();
        assertThat(nodes.get(1).get("id").asInt()).isEqualTo(7);
        JsonNode card = only(nodes.get(1), "CREDIT_CARD");
        assertThat(card.get("start").asInt()).isEqualTo(t2.indexOf(CARD));
        assertThat(card.get("end").asInt()).isEqualTo(t2.indexOf(CARD) + CARD.length());

        assertThat(nodes.get(2).get("id").asText()).isEqualTo("c");
        assertThat(nodes.get(2).get("spans").isArray()).isTrue();
        assertThat(nodes.get(2).fieldNames()).toIterable().containsExactly("id", "spans");
    }

    @Test
    void badLinesAreReportedByNumberAndSkipped() throws Exception {
        Path in = writeInput(List.of(
                line("1", "mail " + EMAIL),
                "{\"id\": \"2\", \"text\": \"broken secret-value@example.org",
                "[1, 2, 3]",
                "{\"id\": \"4\"}",
                "{\"text\": \"no id here\"}",
                line("6", "plain")));
        Path out = dir.resolve("out.jsonl");

        Cli.Result r = Cli.run("detect", "-i", in.toString(), "-o", out.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("in.jsonl:2: skipped: not valid JSON")
                .contains("in.jsonl:3: skipped: not a JSON object")
                .contains("in.jsonl:4: skipped: missing string field 'text'")
                .contains("in.jsonl:5: skipped: missing field 'id'")
                .contains("4 malformed lines skipped")
                .doesNotContain("secret-value");
        assertThat(readOutput(out)).extracting(n -> n.get("id").asText()).containsExactly("1", "6");
    }

    @Test
    void nativeLabelsOptionAndMappingTable() throws Exception {
        Path in = writeInput(List.of(line("1", "mail " + EMAIL)));
        Path out = dir.resolve("out.jsonl");
        assertThat(Cli.run("detect", "-i", in.toString(), "-o", out.toString(), "--native-labels").exit()).isZero();
        assertThat(only(readOutput(out).get(0), "EMAIL")).isNotNull();

        assertThat(Labels.toEval(EntityType.DATE_OF_BIRTH)).isEqualTo("DATE");
        assertThat(Labels.toEval(EntityType.US_BANK_ROUTING)).isEqualTo("ABA_ROUTING_NUMBER");
        assertThat(Labels.toEval(EntityType.EMAIL)).isEqualTo("EMAIL");
        assertThat(Labels.normalize("date_of_birth")).isEqualTo("DATE");
        assertThat(Labels.normalize("EMAIL_ADDRESS")).isEqualTo("EMAIL");
        assertThat(Labels.normalize("PERSON")).isEqualTo("PERSON");
    }

    @Test
    void unwritableOutputExitsWith1() throws Exception {
        Path in = writeInput(List.of(line("1", "x")));
        Cli.Result r = Cli.run("detect", "-i", in.toString(), "-o", dir.resolve("no/such/dir/out.jsonl").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("error:");
    }

    private static JsonNode only(JsonNode record, String label) {
        List<JsonNode> hits = new ArrayList<>();
        record.get("spans").forEach(s -> {
            if (s.get("label").asText().equals(label)) {
                hits.add(s);
            }
        });
        assertThat(hits).as("spans labelled " + label).hasSize(1);
        return hits.get(0);
    }
}
