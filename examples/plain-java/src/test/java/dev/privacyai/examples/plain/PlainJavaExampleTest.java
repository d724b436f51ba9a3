package dev.privacyai.examples.plain;

import dev.privacyai.guard.TurnResult;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlainJavaExampleTest {

    private static final String EMAIL = "maria.gonzalez@example.com";

    @Test
    void guardedTurnsAgainstAnOpenAiCompatibleServer() throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            OpenAiCompatibleClient client = OpenAiCompatibleClient.fromEnvironment(Map.of(
                    OpenAiCompatibleClient.ENV_BASE_URL, server.baseUrl(),
                    OpenAiCompatibleClient.ENV_API_KEY, "test-key")).orElseThrow();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            List<String> chunks = new ArrayList<>();
            List<Integer> finishedAtChunk = new ArrayList<>();
            List<TurnResult> results = PlainJavaExample.run(client, client,
                    new PrintStream(buf, true, StandardCharsets.UTF_8), chunk -> {
                        finishedAtChunk.add(server.streamsFinished());
                        chunks.add(chunk);
                        server.releaseRest();
                    });

            // the model endpoint received placeholders only: neither the name (profile) nor the e-mail address
            assertThat(server.bodies()).hasSize(2);
            for (String body : server.bodies()) {
                assertThat(body).doesNotContainIgnoringCase("maria").doesNotContainIgnoringCase("gonzalez")
                        .doesNotContain(EMAIL).contains("<PERSON_1>").contains("<EMAIL_1>");
            }
            assertThat(server.bodies().get(1)).contains("\"stream\":true");

            // blocking turn: the reply the server built from placeholders is re-identified for the customer
            TurnResult blocking = results.get(0);
            assertThat(blocking.action()).isEqualTo(TurnResult.Action.ANSWERED);
            assertThat(blocking.modelReply()).hasValueSatisfying(t -> assertThat(t).contains("<PERSON_1>", "<EMAIL_1>"));
            assertThat(blocking.reply()).contains(
                    "Hello Maria Gonzalez, thanks for waiting. I have noted " + EMAIL + " for your request.");

            // streamed turn: the same, and the first re-identified chunk arrived before the server finished
            TurnResult streamed = results.get(1);
            assertThat(streamed.action()).isEqualTo(TurnResult.Action.ANSWERED);
            assertThat(String.join("", chunks)).isEqualTo(streamed.reply().orElseThrow())
                    .isEqualTo("Hello Maria Gonzalez, thanks for waiting. I have noted " + EMAIL
                            + " for your request.");
            assertThat(chunks.size()).isGreaterThan(1);
            assertThat(finishedAtChunk.get(0)).as("streams finished when the first chunk reached the customer")
                    .isZero();
            assertThat(chunks.get(0)).contains("Maria Gonzalez");
            assertThat(server.streamsFinished()).isEqualTo(1);

            // the printed audit trail holds no personal value
            String printed = buf.toString(StandardCharsets.UTF_8);
            for (String line : printed.split("\n")) {
                if (line.startsWith("  audit ")) {
                    assertThat(line).doesNotContainIgnoringCase("maria").doesNotContain("customer-4711");
                }
            }
            assertThat(printed).contains("\"step\":\"REIDENTIFICATION\"");
        }
    }

    @Test
    void withoutEnvironmentTheStandInRuns() {
        assertThat(OpenAiCompatibleClient.fromEnvironment(Map.of())).isEmpty();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        dev.privacyai.impl.guard.StandInModel standIn = dev.privacyai.impl.guard.StandInModel.echo();
        List<TurnResult> results = PlainJavaExample.run(standIn, standIn,
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        assertThat(results).extracting(TurnResult::action).containsOnly(TurnResult.Action.ANSWERED);
        // the stand-in echoes what it received (placeholders); the customer sees the values again
        assertThat(results.get(0).modelReply().orElseThrow()).contains("<EMAIL_1>").doesNotContain(EMAIL);
        assertThat(results.get(0).reply().orElseThrow()).contains(EMAIL);
    }
}
