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
import static org.assertj.core.api.Assertions.within;

class EvalCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, List.of(lines), StandardCharsets.UTF_8);
        return p;
    }

    /*
     * Hand-made case with known answers.
     * r1 "aaaa bbbb cccc dddd": gold EMAIL[0,4) PERSON[5,9) PERSON[10,14);
     *    pred EMAIL[0,2) EMAIL[1,3) (both correct, recall the one EMAIL), PERSON[10,19) (correct),
     *    LOCATION[5,9) (label not in gold: ignored for P/R, but covers PERSON[5,9) for the leak rate).
     * r2 "xxxxxxxxxx": gold EMAIL[0,10); pred PERSON[0,3) (wrong label: a false PERSON, EMAIL missed).
     * r3 "no entities here": no gold; pred EMAIL[0,2) (false positive).
     * r4: gold line that is not valid JSON (skipped); pred for an unknown id (ignored).
     * EMAIL:  gold 2, recalled 1, pred 3, correct 2 -> P 2/3, R 1/2, F1 4/7
     * PERSON: gold 2, recalled 1 ([10,14)), pred 2, correct 1 -> P 1/2, R 1/2, F1 1/2
     * overall: gold 4, recalled 2, pred 5, correct 3 -> P 0.6, R 0.5, F1 6/11
     * leak: gold chars 4+4+4+10 = 22; uncovered: EMAIL[0,4) char 3, r2 chars 3..9 -> 8/22
     */
    private Path gold() throws Exception {
        return write("gold.jsonl",
                "{\"id\":\"r1\",\"text\":\"aaaa bbbb cccc dddd\",\"spans\":[{\"start\":0,\"end\":4,\"label\":\"EMAIL\"},"
                        + "{\"start\":5,\"end\":9,\"label\":\"PERSON\"},{\"start\":10,\"end\":14,\"label\":\"PERSON\"}]}",
                "{\"id\":\"r2\",\"text\":\"xxxxxxxxxx\",\"spans\":[{\"start\":0,\"end\":10,\"label\":\"EMAIL\"}]}",
                "{\"id\":\"r4\",\"text\":\"broken line with leaky-value@example.org\",\"spans\":[",
                "",
                "{\"id\":\"r3\",\"text\":\"no entities here\",\"spans\":[]}");
    }

    private Path pred() throws Exception {
        return write("pred.jsonl",
                "{\"id\":\"r1\",\"spans\":[{\"start\":0,\"end\":2,\"label\":\"EMAIL\",\"score\":0.9},"
                        + "{\"start\":1,\"end\":3,\"label\":\"EMAIL\"},{\"start\":10,\"end\":19,\"label\":\"PERSON\"},"
                        + "{\"start\":5,\"end\":9,\"label\":\"LOCATION\"}]}",
                "{\"id\":\"r2\",\"spans\":[{\"start\":0,\"end\":3,\"label\":\"PERSON\"}]}",
                "{\"id\":\"r3\",\"spans\":[{\"start\":0,\"end\":2,\"label\":\"EMAIL\"}]}",
                "{\"id\":\"unknown\",\"spans\":[{\"start\":0,\"end\":2,\"label\":\"EMAIL\"}]}");
    }

    @Test
    void jsonSummaryHasTheKnownAnswers() throws Exception {
        Cli.Result r = Cli.run("eval", "--gold", gold().toString(), "--pred", pred().toString(), "--json");

        assertThat(r.exit()).isZero();
        JsonNode j = MAPPER.readTree(r.out());
        assertThat(j.get("records").asInt()).isEqualTo(3);
        assertThat(j.get("skipped_lines").get("gold").asInt()).isEqualTo(1);
        assertThat(j.get("skipped_lines").get("pred").asInt()).isZero();
        assertThat(j.get("labels").fieldNames()).toIterable().containsExactly("EMAIL", "PERSON");

        JsonNode email = j.get("labels").get("EMAIL");
        assertThat(email.get("gold").asInt()).isEqualTo(2);
        assertThat(email.get("gold_recalled").asInt()).isEqualTo(1);
        assertThat(email.get("pred").asInt()).isEqualTo(3);
        assertThat(email.get("pred_correct").asInt()).isEqualTo(2);
        assertThat(email.get("precision").asDouble()).isCloseTo(2.0 / 3, within(1e-4));
        assertThat(email.get("recall").asDouble()).isCloseTo(0.5, within(1e-4));
        assertThat(email.get("f1").asDouble()).isCloseTo(4.0 / 7, within(1e-4));

        JsonNode person = j.get("labels").get("PERSON");
        assertThat(person.get("precision").asDouble()).isCloseTo(0.5, within(1e-4));
        assertThat(person.get("recall").asDouble()).isCloseTo(0.5, within(1e-4));

        JsonNode all = j.get("overall");
        assertThat(all.get("gold").asInt()).isEqualTo(4);
        assertThat(all.get("pred").asInt()).isEqualTo(5);
        assertThat(all.get("precision").asDouble()).isCloseTo(0.6, within(1e-4));
        assertThat(all.get("recall").asDouble()).isCloseTo(0.5, within(1e-4));
        assertThat(all.get("f1").asDouble()).isCloseTo(6.0 / 11, within(1e-4));

        assertThat(j.get("gold_chars").asLong()).isEqualTo(22);
        assertThat(j.get("leaked_chars").asLong()).isEqualTo(8);
        assertThat(j.get("leak_rate").asDouble()).isCloseTo(8.0 / 22, within(1e-4));

        assertThat(r.err()).contains("gold.jsonl:3: skipped: not valid JSON")
                .contains("1 prediction records have no gold record")
                .doesNotContain("leaky-value");
    }

    @Test
    void labelsOptionNarrowsScoringAndLeakRate() throws Exception {
        Cli.Result r = Cli.run("eval", "--gold", gold().toString(), "--pred", pred().toString(), "--json",
                "--labels", "email,ORGANIZATION");

        assertThat(r.exit()).isZero();
        JsonNode j = MAPPER.readTree(r.out());
        assertThat(j.get("labels").fieldNames()).toIterable().containsExactly("EMAIL");
        assertThat(j.get("overall").get("pred").asInt()).isEqualTo(3);
        assertThat(j.get("gold_chars").asLong()).isEqualTo(14);
        assertThat(j.get("leaked_chars").asLong()).isEqualTo(8);
        assertThat(r.err()).contains("label ORGANIZATION does not occur in the gold file");
    }

    @Test
    void tableAndMarkdownShowTheSameFigures() throws Exception {
        Cli.Result table = Cli.run("eval", "--gold", gold().toString(), "--pred", pred().toString());
        assertThat(table.exit()).isZero();
        assertThat(table.out()).containsPattern("EMAIL +2 +3 +1 +2 +0\\.667 +0\\.500 +0\\.571")
                .containsPattern("overall \\(micro\\) +4 +5 +2 +3 +0\\.600 +0\\.500 +0\\.545")
                .contains("leak rate:   0.364 (8 of 22 gold characters")
                .contains("1 malformed lines skipped");

        Cli.Result md = Cli.run("eval", "--gold", gold().toString(), "--pred", pred().toString(), "--markdown");
        assertThat(md.exit()).isZero();
        assertThat(md.out()).contains("| label | gold | pred | precision | recall | F1 |")
                .contains("| EMAIL | 2 | 3 | 0.667 | 0.500 | 0.571 |")
                .contains("| PERSON | 2 | 2 | 0.500 | 0.500 | 0.500 |")
                .contains("| **overall (micro)** | 4 | 5 | 0.600 | 0.500 | 0.545 |");
    }

    @Test
    void noPredictionsGiveZeroRecallAndUndefinedPrecision() throws Exception {
        Path emptyPred = write("empty.jsonl", "");
        Cli.Result r = Cli.run("eval", "--gold", gold().toString(), "--pred", emptyPred.toString(), "--json");
        JsonNode all = MAPPER.readTree(r.out()).get("overall");
        assertThat(all.get("precision").isNull()).isTrue();
        assertThat(all.get("recall").asDouble()).isZero();
        assertThat(all.get("f1").asDouble()).isZero();
        assertThat(r.err()).contains("3 gold records have no prediction line");
    }

    @Test
    void withoutPredRunsTheDefaultRedactor() throws Exception {
        String t = "write to ana.lima@example.org today";
        int s = t.indexOf("ana.");
        Path g = write("g.jsonl",
                "{\"id\":\"1\",\"text\":\"" + t + "\",\"spans\":[{\"start\":" + s + ",\"end\":" + (s + 20)
                        + ",\"label\":\"EMAIL\"}]}",
                "{\"id\":\"2\",\"text\":\"no address here\",\"spans\":[]}");
        Cli.Result r = Cli.run("eval", "--gold", g.toString(), "--json");
        assertThat(r.exit()).isZero();
        JsonNode email = MAPPER.readTree(r.out()).get("labels").get("EMAIL");
        assertThat(email.get("recall").asDouble()).isEqualTo(1.0);
        assertThat(email.get("precision").asDouble()).isEqualTo(1.0);
        assertThat(MAPPER.readTree(r.out()).get("leak_rate").asDouble()).isZero();
    }

    @Test
    void largeInputsShowASingleLineProgressBar() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2100; i++) {
            lines.add("{\"id\":\"" + i + "\",\"text\":\"abc\",\"spans\":[{\"start\":0,\"end\":3,\"label\":\"PERSON\"}]}");
        }
        Path g = dir.resolve("big.jsonl");
        Files.write(g, lines, StandardCharsets.UTF_8);
        Path p = write("p.jsonl", "{\"id\":\"0\",\"spans\":[{\"start\":0,\"end\":3,\"label\":\"PERSON\"}]}");

        Cli.Result r = Cli.run("eval", "--gold", g.toString(), "--pred", p.toString(), "--json");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("\reval [").contains("100% 2100/2100");
        String beforeSummary = r.err().substring(0, r.err().indexOf("gold records have no prediction"));
        assertThat(beforeSummary).doesNotContain("\n");
        assertThat(MAPPER.readTree(r.out()).get("overall").get("gold_recalled").asInt()).isEqualTo(1);
    }

    @Test
    void smallInputsHaveNoProgressBar() throws Exception {
        Cli.Result r = Cli.run("eval", "--gold", gold().toString(), "--pred", pred().toString());
        assertThat(r.err()).doesNotContain("\r");
    }

    @Test
    void vectorsCheckCountsAndSpans() throws Exception {
        String email = "ana.lima@example.org";
        Path v = write("vectors.jsonl",
                vector("v1", email, "EMAIL_ADDRESS", 1, true, 0, email.length()),
                vector("v2", "not an address", "EMAIL_ADDRESS", 0, true, -1, -1),
                vector("v3", email, "EMAIL_ADDRESS", 2, false, 0, email.length()),
                vector("v4", "x " + email, "EMAIL_ADDRESS", 1, true, 0, 1),
                vector("v5", "4111 1111 1111 1111", "CREDIT_CARD", 1, true, 0, 19),
                vector("v6", "whatever", "ZZ_NOT_COVERED", 1, true, 0, 3),
                "not json at all");

        Cli.Result r = Cli.run("eval", "--vectors", v.toString(), "--verbose");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("EMAIL +2 +2 +4 +0\\.500 +0\\.500")
                .containsPattern("CREDIT_CARD +1 +1 +1 +1\\.000 +1\\.000")
                .containsPattern("overall +3 +3 +5 +0\\.600 +0\\.600")
                .contains("not checked: 1 rows of 1 entities")
                .contains("FAIL EMAIL v3 (expected 2, found 1)")
                .contains("FAIL EMAIL v4 (expected 1, found 1)")
                .doesNotContain("FAIL EMAIL v1").doesNotContain("v2 (").doesNotContain(email);
        assertThat(r.err()).contains("vectors.jsonl:7: skipped: not valid JSON");

        Cli.Result j = Cli.run("eval", "--vectors", v.toString(), "--json");
        JsonNode n = MAPPER.readTree(j.out());
        assertThat(n.get("overall").get("pass").asInt()).isEqualTo(3);
        assertThat(n.get("overall").get("total").asInt()).isEqualTo(5);
        assertThat(n.get("not_covered").get("ZZ_NOT_COVERED").asInt()).isEqualTo(1);
    }

    private static String vector(String id, String text, String entity, int expected, boolean complete,
                                 int start, int end) throws Exception {
        var o = MAPPER.createObjectNode();
        o.put("id", id);
        o.put("text", text);
        var spans = o.putArray("spans");
        if (start >= 0) {
            spans.addObject().put("start", start).put("end", end).put("label", Labels.normalize(entity));
        }
        o.put("expected_count", expected);
        o.put("spans_complete", complete);
        o.put("entity", entity);
        return MAPPER.writeValueAsString(o);
    }
}
