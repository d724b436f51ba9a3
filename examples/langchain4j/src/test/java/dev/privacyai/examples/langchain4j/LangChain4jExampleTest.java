package dev.privacyai.examples.langchain4j;

import dev.privacyai.examples.plain.FakeOpenAiServer;

import dev.privacyai.guard.AuditEvent;
import dev.privacyai.guard.TurnResult;
import dev.privacyai.redaction.EntityType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LangChain4jExampleTest {

    private static final String EMAIL = "maria.gonzalez@example.com";
    private static final String EXPECTED = "Hello Maria Gonzalez, thanks for waiting. I have noted " + EMAIL
            + " for your request.";

    @Test
    void guardrailsAndStreamingWrapperAgainstAnOpenAiCompatibleServer() throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            Models models = Models.fromEnvironment(Map.of("OPENAI_BASE_URL", server.baseUrl(),
                    "OPENAI_API_KEY", "test-key", "OPENAI_MODEL", "test-model"));
            List<Integer> finishedAtChunk = new ArrayList<>();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            LangChain4jExample.Outcome o = LangChain4jExample.run(models.chat(), models.streaming(),
                    new PrintStream(buf, true, StandardCharsets.UTF_8), chunk -> {
                        finishedAtChunk.add(server.streamsFinished());
                        server.releaseRest();
                    });

            // two AI Service calls and one streamed call reached the server; the no-consent turn did not
            assertThat(server.bodies()).hasSize(3);
            for (String body : server.bodies()) {
                assertThat(body).doesNotContainIgnoringCase("maria").doesNotContainIgnoringCase("gonzalez")
                        .doesNotContain(EMAIL).doesNotContain("4111").contains("<PERSON_1>").contains("<EMAIL_1>");
            }
            // the second AI Service call carries the memory: earlier turn and reply, both with placeholders
            assertThat(server.bodies().get(1)).contains("\"assistant\"").contains("Hello <PERSON_1>");
            assertThat(server.bodies().get(2)).containsPattern("\"stream\"\\s*:\\s*true");

            // (a) the output guardrail re-identified what the server wrote with placeholders
            assertThat(o.serviceReplies()).containsExactly(EXPECTED, EXPECTED);
            assertThat(o.blocked()).isNotNull();
            assertThat(o.blocked().reason()).isEqualTo(PrivacyBlockedException.Reason.NO_CONSENT);
            assertThat(o.blocked().getMessage()).doesNotContain("4111");

            // (b) streamed: re-identified chunks, the first one before the server finished the stream
            assertThat(o.streamedTurn().action()).isEqualTo(TurnResult.Action.ANSWERED);
            assertThat(String.join("", o.streamedChunks())).isEqualTo(EXPECTED);
            assertThat(o.streamedResponse().aiMessage().text()).isEqualTo(EXPECTED);
            assertThat(o.streamedChunks().size()).isGreaterThan(1);
            assertThat(o.streamedChunks().get(0)).contains("Maria Gonzalez");
            assertThat(finishedAtChunk.get(0)).as("streams finished when the first chunk reached the customer")
                    .isZero();
            assertThat(server.streamsFinished()).isEqualTo(1);
            assertThat(o.streamedTurn().modelInput().get(0).text()).isEqualTo(SupportAgent.SYSTEM_PROMPT);

            // one guard audited every turn: two AI Service turns through the guardrails, the stopped turn, the
            // streamed turn; the AI Service turns have the guard's whole flow
            assertThat(o.audit()).filteredOn(e -> e.step() == AuditEvent.Step.TURN).extracting(AuditEvent::outcome)
                    .containsExactly("ANSWERED", "ANSWERED", "BLOCKED_NO_CONSENT", "ANSWERED");
            assertThat(o.audit()).filteredOn(e -> e.step() == AuditEvent.Step.REPLY_SCREEN).hasSize(3);
            assertThat(o.audit()).filteredOn(e -> e.step() == AuditEvent.Step.PSEUDONYMIZATION && e.turn() == 1)
                    .singleElement().satisfies(e -> assertThat(e.reasons()).containsExactly("HISTORY_AS_SENT"));
            assertThat(o.audit().toString()).doesNotContainIgnoringCase("maria").doesNotContain("customer-4711");
            assertThat(o.kpis().turns()).isEqualTo(4);
            assertThat(o.kpis().actions()).containsEntry("ANSWERED", 3L).containsEntry("BLOCKED_NO_CONSENT", 1L);
            assertThat(o.kpis().redactionsByType()).containsEntry(EntityType.EMAIL, 3L);
        }
    }

    @Test
    void standInFallbackWithoutEnvironment() throws Exception {
        Models models = Models.fromEnvironment(Map.of());
        LangChain4jExample.Outcome o = LangChain4jExample.run(models.chat(), models.streaming(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), chunk -> { });
        // the stand-in echoes the pseudonymized message; the guardrail gives the customer the values back
        assertThat(o.serviceReplies().get(0)).contains("Maria Gonzalez", EMAIL).startsWith("[stand-in model]");
        assertThat(o.streamedTurn().modelReply().orElseThrow()).contains("<EMAIL_1>").doesNotContain(EMAIL);
        assertThat(String.join("", o.streamedChunks())).contains(EMAIL);
        assertThat(o.blocked().reason()).isEqualTo(PrivacyBlockedException.Reason.NO_CONSENT);
    }
}
