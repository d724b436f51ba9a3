package dev.privacyai.impl.consent;

import dev.privacyai.consent.ConsentDecision;
import dev.privacyai.consent.ConsentEvent;
import dev.privacyai.consent.ConsentOutcome;
import dev.privacyai.consent.ConsentReason;
import dev.privacyai.consent.ConsentSource;
import dev.privacyai.consent.DataCategory;
import dev.privacyai.consent.Purpose;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.consent.spi.ConsentLedgerUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileConsentLedgerTest {

    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    @TempDir
    Path dir;

    static ConsentEvent grant(SubjectId s, Purpose p, Instant at) {
        return ConsentEvent.grant(s, p).at(at).noticeVersion("2026-01.v2").source(ConsentSource.WEB).build();
    }

    @Test
    void eventsSurviveReopenExactly() throws Exception {
        Path file = dir.resolve("consent.log");
        SubjectId odd = SubjectId.of("Zoë|O'Brien %41 \\ \"quoted\" 東京 👍");
        List<ConsentEvent> written = List.of(
                ConsentEvent.grant(odd, Purpose.MODEL_TRAINING).categories(DataCategory.CONVERSATION_CONTENT,
                        DataCategory.CONTACT).at(T0).expiresAt(T0.plusSeconds(86400)).source(ConsentSource.CHAT)
                        .noticeVersion("2026-01.v2").evidenceRef("chat:abc/1#2").build(),
                ConsentEvent.withdraw(odd, Purpose.MODEL_TRAINING).at(T0.plusSeconds(60)).build(),
                ConsentEvent.grant(SubjectId.of("crm-2"), Purpose.of("LOYALTY_PROGRAM")).at(T0).noticeVersion("v1")
                        .build(),
                ConsentEvent.erasure(odd).at(T0.plusSeconds(120)).source(ConsentSource.SYSTEM).evidenceRef("dsr-9")
                        .build());
        try (FileConsentLedger ledger = FileConsentLedger.open(file)) {
            written.forEach(ledger::append);
            assertThat(ledger.size()).isEqualTo(4);
        }
        try (FileConsentLedger reopened = FileConsentLedger.open(file)) {
            assertThat(reopened.size()).isEqualTo(4);
            assertThat(reopened.history(odd)).containsExactly(written.get(0), written.get(1), written.get(3));
            assertThat(reopened.history(SubjectId.of("crm-2"))).containsExactly(written.get(2));
            assertThat(reopened.history(odd, Purpose.MODEL_TRAINING, T0.plusSeconds(30)))
                    .containsExactly(written.get(0));
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("#privacy-ai-consent-ledger v1");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith("E1|1|GRANT|Zo%C3%AB%7CO%27Brien%20%2541")
                .contains("|MODEL_TRAINING|CONTACT,CONVERSATION_CONTENT|2026-03-01T00:00:00Z|2026-03-02T00:00:00Z|CHAT|"
                        + "2026-01.v2|chat:abc/1#2|")
                .matches(".*\\|[0-9a-f]{32}");
        for (String line : lines.subList(1, lines.size())) {
            assertThat(line.split("\\|", -1)).hasSize(12);
        }
        assertThat(lines.get(4)).contains("|ERASURE|").contains("|-|-|");
    }

    @Test
    void policyOverAFileLedgerDecidesLikeInMemory() {
        Path file = dir.resolve("consent.log");
        SubjectId s = SubjectId.of("crm-7");
        try (FileConsentLedger ledger = FileConsentLedger.builder(file).fsync(false).build()) {
            DefaultConsentPolicy policy = DefaultConsentPolicy.builder().ledger(ledger).build();
            ledger.append(grant(s, Purpose.MODEL_TRAINING, T0));
            ledger.append(ConsentEvent.withdraw(s, Purpose.MODEL_TRAINING).at(T0.plusSeconds(10)).build());
            assertThat(policy.decide(s, Purpose.MODEL_TRAINING, Set.of(DataCategory.CONVERSATION_CONTENT),
                    T0.plusSeconds(5)).allowed()).isTrue();
            assertThat(policy.decide(s, Purpose.MODEL_TRAINING, Set.of(DataCategory.CONVERSATION_CONTENT)).reason())
                    .isEqualTo(ConsentReason.CONSENT_WITHDRAWN);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aChangedRecordIsDetectedAndTheLedgerFailsClosed() throws Exception {
        Path file = dir.resolve("consent.log");
        SubjectId s = SubjectId.of("crm-8");
        try (FileConsentLedger ledger = FileConsentLedger.open(file)) {
            ledger.append(ConsentEvent.withdraw(s, Purpose.MARKETING).at(T0).build());
            ledger.append(grant(SubjectId.of("crm-9"), Purpose.MARKETING, T0));
        }
        // someone flips the withdrawal into a grant
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst("\\|WITHDRAW\\|", "|GRANT|"));
        assertThatThrownBy(() -> FileConsentLedger.open(file))
                .isInstanceOf(ConsentLedgerUnavailableException.class)
                .hasMessageContaining("line 2").hasMessageContaining("checksum")
                .hasMessageNotContaining("crm-8");
    }

    @Test
    void aRemovedOrReorderedRecordBreaksTheChain() throws Exception {
        Path file = dir.resolve("consent.log");
        try (FileConsentLedger ledger = FileConsentLedger.open(file)) {
            for (int i = 0; i < 3; i++) {
                ledger.append(grant(SubjectId.of("crm-" + i), Purpose.MARKETING, T0.plusSeconds(i)));
            }
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.remove(2); // drop the second record
        Files.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> FileConsentLedger.open(file)).isInstanceOf(ConsentLedgerUnavailableException.class)
                .hasMessageContaining("line 3");
        Files.writeString(dir.resolve("notaledger.log"), "hello\n");
        assertThatThrownBy(() -> FileConsentLedger.open(dir.resolve("notaledger.log")))
                .isInstanceOf(ConsentLedgerUnavailableException.class).hasMessageContaining("header");
    }

    @Test
    void corruptionAppearingWhileOpenMakesDecisionsDenyAndStaysFailed() throws Exception {
        Path file = dir.resolve("consent.log");
        SubjectId s = SubjectId.of("crm-10");
        try (FileConsentLedger ledger = FileConsentLedger.open(file)) {
            DefaultConsentPolicy policy = DefaultConsentPolicy.builder().ledger(ledger).build();
            ledger.append(grant(s, Purpose.MODEL_TRAINING, T0));
            assertThat(policy.decide(s, Purpose.MODEL_TRAINING, Set.of(DataCategory.CONVERSATION_CONTENT)).allowed())
                    .isTrue();
            // a garbage line written by a broken writer
            Files.writeString(file, "E1|2|GRANT|crm-10|MARKETING|-|2026-03-01T00:00:00Z|-|WEB|v1|-|0000\n",
                    StandardOpenOption.APPEND);
            ConsentDecision d = policy.decide(s, Purpose.MODEL_TRAINING, Set.of(DataCategory.CONVERSATION_CONTENT));
            assertThat(d.outcome()).isEqualTo(ConsentOutcome.DENIED);
            assertThat(d.reason()).isEqualTo(ConsentReason.LEDGER_UNAVAILABLE);
            assertThatThrownBy(() -> ledger.append(grant(s, Purpose.MARKETING, T0)))
                    .isInstanceOf(ConsentLedgerUnavailableException.class);
            assertThat(ledger.toString()).contains("FAILED").doesNotContain("crm-10");
        }
    }

    @Test
    void aTornLastLineIsIgnoredAndCutOffByTheNextAppend() throws Exception {
        Path file = dir.resolve("consent.log");
        SubjectId s = SubjectId.of("crm-11");
        try (FileConsentLedger ledger = FileConsentLedger.open(file)) {
            ledger.append(grant(s, Purpose.MARKETING, T0));
        }
        Files.writeString(file, "E1|2|WITHDRAW|crm-11|MARK", StandardOpenOption.APPEND); // crash mid-write
        try (FileConsentLedger ledger = FileConsentLedger.open(file)) {
            assertThat(ledger.size()).isEqualTo(1);
            assertThat(ledger.history(s)).hasSize(1);
            ledger.append(ConsentEvent.withdraw(s, Purpose.MARKETING).at(T0.plusSeconds(1)).build());
        }
        try (FileConsentLedger ledger = FileConsentLedger.open(file)) {
            assertThat(ledger.history(s)).extracting(ConsentEvent::type)
                    .containsExactly(ConsentEvent.Type.GRANT, ConsentEvent.Type.WITHDRAW);
        }
        assertThat(Files.readString(file)).doesNotContain("MARK\n").doesNotContain("|MARKE|");
    }

    @Test
    void aTornHeaderIsRewritten() throws Exception {
        Path file = dir.resolve("consent.log");
        Files.writeString(file, "#privacy-ai-cons");
        SubjectId s = SubjectId.of("crm-12");
        try (FileConsentLedger ledger = FileConsentLedger.open(file)) {
            assertThat(ledger.size()).isZero();
            ledger.append(grant(s, Purpose.MARKETING, T0));
        }
        assertThat(Files.readAllLines(file).get(0)).isEqualTo("#privacy-ai-consent-ledger v1");
        try (FileConsentLedger ledger = FileConsentLedger.open(file)) {
            assertThat(ledger.history(s)).hasSize(1);
        }
    }

    @Test
    void aClosedLedgerIsUnavailable() throws Exception {
        FileConsentLedger ledger = FileConsentLedger.open(dir.resolve("consent.log"));
        ledger.close();
        DefaultConsentPolicy policy = DefaultConsentPolicy.builder().ledger(ledger).build();
        assertThat(policy.decide(SubjectId.of("a"), Purpose.AI_ASSISTED_ANSWERING, Set.of()).reason())
                .isEqualTo(ConsentReason.LEDGER_UNAVAILABLE);
        assertThatThrownBy(() -> ledger.append(grant(SubjectId.of("a"), Purpose.MARKETING, T0)))
                .isInstanceOf(ConsentLedgerUnavailableException.class);
        assertThatThrownBy(() -> FileConsentLedger.open(dir.resolve("missing-dir").resolve("consent.log")))
                .isInstanceOf(ConsentLedgerUnavailableException.class);
    }

    @Test
    void twoLedgersOnOneFileFromManyThreads() throws Exception {
        Path file = dir.resolve("consent.log");
        int threads = 8;
        int perThread = 100;
        try (FileConsentLedger a = FileConsentLedger.builder(file).fsync(false).build();
             FileConsentLedger b = FileConsentLedger.builder(file).fsync(false).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                FileConsentLedger target = t % 2 == 0 ? a : b;
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    SubjectId s = SubjectId.of("shared");
                    for (int i = 0; i < perThread; i++) {
                        Instant at = T0.plusMillis((long) i * threads + thread);
                        target.append(i % 2 == 0 ? grant(s, Purpose.MODEL_TRAINING, at)
                                : ConsentEvent.withdraw(s, Purpose.MODEL_TRAINING).at(at).evidenceRef("t" + thread)
                                .build());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(a.history(SubjectId.of("shared"))).hasSize(threads * perThread)
                    .isEqualTo(b.history(SubjectId.of("shared")));
            DefaultConsentPolicy pa = DefaultConsentPolicy.builder().ledger(a).build();
            DefaultConsentPolicy pb = DefaultConsentPolicy.builder().ledger(b).build();
            Instant last = T0.plusMillis((long) (perThread - 1) * threads + threads - 1);
            assertThat(pa.decide(SubjectId.of("shared"), Purpose.MODEL_TRAINING, Set.of(), last).reason())
                    .isEqualTo(ConsentReason.CONSENT_WITHDRAWN)
                    .isEqualTo(pb.decide(SubjectId.of("shared"), Purpose.MODEL_TRAINING, Set.of(), last).reason());
        }
        try (FileConsentLedger replay = FileConsentLedger.open(file)) {
            assertThat(replay.size()).isEqualTo(threads * perThread);
        }
        List<String> lines = Files.readAllLines(file);
        Set<String> seqs = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            seqs.add(line.split("\\|")[1]);
        }
        assertThat(seqs).hasSize(threads * perThread);
    }

    @Test
    void writersInAnotherProcessAndThisOneShareTheFile() throws Exception {
        Path file = dir.resolve("consent.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int n = 300;
        try (FileConsentLedger here = FileConsentLedger.builder(file).fsync(false).build()) {
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    LedgerWriterMain.class.getName(), file.toString(), "child", String.valueOf(n))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.out").toFile()).start();
            for (int i = 0; i < n; i++) {
                here.append(grant(SubjectId.of("shared-" + (i % 10)), Purpose.MARKETING, T0.plusMillis(i)));
            }
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.out"))).isZero();
            long total = 0;
            for (int k = 0; k < 10; k++) {
                total += here.history(SubjectId.of("shared-" + k)).size();
            }
            assertThat(total).as("this instance sees the other process's records").isEqualTo(2L * n);
        }
        try (FileConsentLedger replay = FileConsentLedger.open(file)) {
            assertThat(replay.size()).isEqualTo(2L * n);
        }
        assertThat(new File(file.toString()).length()).isPositive();
    }
}
