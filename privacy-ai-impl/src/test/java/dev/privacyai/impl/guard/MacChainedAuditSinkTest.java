package dev.privacyai.impl.guard;

import com.google.crypto.tink.KeysetHandle;
import dev.privacyai.guard.AuditEvent;
import dev.privacyai.guard.TurnRequest;
import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.redaction.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MacChainedAuditSinkTest {

    private static final KeysetHandle KEY = MacChainedAuditSink.generateKey();

    private static AuditEvent event(int i) {
        return AuditEvent.builder(AuditEvent.Step.PSEUDONYMIZATION, "PSEUDONYMIZED").timestamp(Instant.ofEpochSecond(i))
                .refs("c" + i, "s" + i).turn(i).counts(Map.of(EntityType.EMAIL, i + 1)).durationNanos(1000 + i).build();
    }

    private static MacChainedAuditSink filled(int n) {
        MacChainedAuditSink sink = MacChainedAuditSink.inMemory(KEY);
        for (int i = 0; i < n; i++) {
            sink.accept(event(i));
        }
        return sink;
    }

    @Test
    void intactChainVerifies() {
        MacChainedAuditSink sink = filled(10);
        assertThat(sink.verify().valid()).isTrue();
        assertThat(sink.records()).hasSize(10);
        assertThat(MacChainedAuditSink.verify(sink.records(), KEY, sink.head()).valid()).isTrue();
        assertThat(sink.records().get(0)).startsWith("{\"seq\":1,\"event\":{\"ts\":\"1970-01-01T00:00:00Z\"");
    }

    @Test
    void editIsDetected() {
        MacChainedAuditSink sink = filled(10);
        List<String> records = new ArrayList<>(sink.records());
        records.set(4, records.get(4).replace("\"EMAIL\":5", "\"EMAIL\":0"));
        MacChainedAuditSink.Verification v = MacChainedAuditSink.verify(records, KEY, sink.head());
        assertThat(v.valid()).isFalse();
        assertThat(v.firstBadRecord()).isEqualTo(4);
        assertThat(v.problem()).isEqualTo("MAC_MISMATCH");
    }

    @Test
    void deletionInTheMiddleIsDetected() {
        MacChainedAuditSink sink = filled(10);
        List<String> records = new ArrayList<>(sink.records());
        records.remove(3);
        MacChainedAuditSink.Verification v = MacChainedAuditSink.verify(records, KEY, null);
        assertThat(v.valid()).isFalse();
        assertThat(v.firstBadRecord()).isEqualTo(3);
    }

    @Test
    void reorderIsDetected() {
        MacChainedAuditSink sink = filled(10);
        List<String> records = new ArrayList<>(sink.records());
        Collections.swap(records, 2, 7);
        MacChainedAuditSink.Verification v = MacChainedAuditSink.verify(records, KEY, null);
        assertThat(v.valid()).isFalse();
        assertThat(v.firstBadRecord()).isEqualTo(2);
    }

    @Test
    void truncatedTailIsDetectedAgainstTheHead() {
        MacChainedAuditSink sink = filled(10);
        List<String> records = new ArrayList<>(sink.records()).subList(0, 8);
        assertThat(MacChainedAuditSink.verify(records, KEY, null).valid()).as("a prefix is a valid chain").isTrue();
        MacChainedAuditSink.Verification v = MacChainedAuditSink.verify(records, KEY, sink.head());
        assertThat(v.valid()).isFalse();
        assertThat(v.problem()).isEqualTo("TRUNCATED");
    }

    @Test
    void otherKeyDoesNotVerifyAndMalformedLinesAreReported() {
        MacChainedAuditSink sink = filled(3);
        assertThat(MacChainedAuditSink.verify(sink.records(), MacChainedAuditSink.generateKey(), null).valid())
                .isFalse();
        List<String> records = new ArrayList<>(sink.records());
        records.set(1, "garbage");
        assertThat(MacChainedAuditSink.verify(records, KEY, null).problem()).isEqualTo("MALFORMED");
    }

    @Test
    void fileChainContinuesAcrossReopenAndDetectsEdits(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("audit.jsonl");
        MacChainedAuditSink first = MacChainedAuditSink.builder().key(KEY).file(file).build();
        first.accept(event(0));
        first.accept(event(1));
        first.close();
        MacChainedAuditSink second = MacChainedAuditSink.builder().key(KEY).file(file).build();
        second.accept(event(2));
        assertThat(second.verify().valid()).isTrue();
        assertThat(second.head().count()).isEqualTo(3);
        second.close();

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        lines.set(1, lines.get(1).replace("\"turn\":1", "\"turn\":9"));
        Files.write(file, lines, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> MacChainedAuditSink.builder().key(KEY).file(file).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("MAC_MISMATCH");
    }

    @Test
    void guardTrailVerifiesAndAnEditedTrailDoesNot() {
        MacChainedAuditSink sink = MacChainedAuditSink.inMemory(KEY);
        DefaultConversationGuard guard = DefaultConversationGuard.builder()
                .consentLedger(GuardFixtures.ledgerGranting("cust-1")).auditSink(sink).build();
        ConversationScope scope = ConversationScope.of("conv-7731", "cust-1");
        guard.handle(TurnRequest.of(scope, "mail me at jo@example.com"), StandInModel.echo());
        guard.handle(TurnRequest.of(scope, "my card 4111 1111 1111 1111 was stolen"), StandInModel.echo());
        guard.handle(TurnRequest.of(ConversationScope.of("x", "unknown"), "hi"), StandInModel.echo());
        assertThat(sink.verify().valid()).isTrue();
        assertThat(String.join("\n", sink.records())).doesNotContain("jo@example.com", "4111 1111", "cust-1", "conv-7731", "unknown");

        List<String> records = new ArrayList<>(sink.records());
        int escalated = -1;
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).contains("\"outcome\":\"ESCALATED\"")) {
                escalated = i;
            }
        }
        assertThat(escalated).isPositive();
        records.set(escalated, records.get(escalated).replace("ESCALATED", "ANSWERED"));
        assertThat(MacChainedAuditSink.verify(records, KEY, sink.head()).valid()).isFalse();
    }
}
