package dev.privacyai.impl.pseudonym;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.crypto.tink.KeysetHandle;
import dev.privacyai.consent.ConsentEvent;
import dev.privacyai.consent.ConsentReason;
import dev.privacyai.consent.ConsentSource;
import dev.privacyai.consent.DataCategory;
import dev.privacyai.consent.ErasureReport;
import dev.privacyai.consent.Purpose;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.consent.spi.ConsentLedger;
import dev.privacyai.impl.consent.DataSubjectRequests;
import dev.privacyai.impl.consent.DefaultConsentPolicy;
import dev.privacyai.impl.consent.FileConsentLedger;
import dev.privacyai.impl.consent.InMemoryConsentLedger;
import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.pseudonym.PseudonymizationException;
import dev.privacyai.pseudonym.spi.TokenVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Data-subject requests across the pseudonymizer's vault and the consent ledger: DefaultPseudonymizer +
 * (File|InMemory)TokenVault + (File|InMemory)ConsentLedger + DataSubjectRequests with a VaultSubjectDataHolder.
 */
class DataSubjectRequestsEndToEndTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final SubjectId ANA = SubjectId.of("crm-ana-4711");
    private static final SubjectId BEN = SubjectId.of("crm-ben-0815");
    private static final ConversationScope ANA_CHAT = ConversationScope.of("chat-a1", ANA.value());
    private static final ConversationScope ANA_VOICE = ConversationScope.of("voice-a2", ANA.value());
    private static final ConversationScope BEN_CHAT = ConversationScope.of("chat-b1", BEN.value());

    private static final String ANA_EMAIL = "ana.ruiz@gmail.com";
    private static final String ANA_PHONE = "+1 415 555 2671";
    private static final String ANA_CARD = "4111 1111 1111 1111";
    private static final String BEN_EMAIL = "ben.okafor@yahoo.com";
    private static final List<String> ANA_VALUES = List.of(ANA_EMAIL, ANA_PHONE, ANA_CARD);

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private static void recordConsent(ConsentLedger ledger) {
        ledger.append(ConsentEvent.grant(ANA, Purpose.MODEL_TRAINING).categories(DataCategory.CONVERSATION_CONTENT)
                .at(T0).source(ConsentSource.CHAT).noticeVersion("2026-01").evidenceRef("chat:a1").build());
        ledger.append(ConsentEvent.withdraw(ANA, Purpose.MARKETING).at(T0.plusSeconds(60))
                .source(ConsentSource.VOICE).build());
        ledger.append(ConsentEvent.grant(BEN, Purpose.MARKETING).at(T0).source(ConsentSource.WEB)
                .noticeVersion("2026-01").evidenceRef("form:ben").build());
    }

    private static void converse(DefaultPseudonymizer p) {
        String a1 = p.pseudonymize("Hi, write to " + ANA_EMAIL + " or call me on " + ANA_PHONE, ANA_CHAT).text();
        String b1 = p.pseudonymize("This is Ben, my mail is " + BEN_EMAIL, BEN_CHAT).text();
        String a2 = p.pseudonymize("Card number " + ANA_CARD + ", and my mail is " + ANA_EMAIL, ANA_VOICE).text();
        assertThat(a1 + b1 + a2).doesNotContain(ANA_EMAIL, ANA_PHONE, ANA_CARD, BEN_EMAIL);
        assertThat(a1).contains("<EMAIL_1>", "<PHONE_1>");
        assertThat(a2).contains("<CREDIT_CARD_1>", "<EMAIL_1>");
    }

    private DataSubjectRequests requests(ConsentLedger ledger, TokenVault vault) {
        return DataSubjectRequests.builder(ledger).clock(clock)
                .policy(DefaultConsentPolicy.builder().ledger(ledger).clock(clock).build())
                .holder(VaultSubjectDataHolder.of(vault))
                .build();
    }

    private static JsonNode vaultRecords(JsonNode export) {
        JsonNode holders = export.get("holders");
        assertThat(holders).hasSize(1);
        assertThat(holders.get(0).get("name").asText()).isEqualTo("pseudonym-vault");
        return holders.get(0).get("records");
    }

    /** The whole flow; returns nothing, asserts everything that does not depend on the storage. */
    private void accessAndErasure(DefaultPseudonymizer p, TokenVault vault, ConsentLedger ledger,
                                  Runnable betweenExportAndErasure, Runnable afterErasure) throws Exception {
        recordConsent(ledger);
        converse(p);
        DataSubjectRequests dsr = requests(ledger, vault);

        // ---- access: Ana's consent history and her stored values, nothing of Ben
        DataSubjectRequests.AccessExport export = dsr.export(ANA);
        JsonNode root = JSON.readTree(export.json());
        assertThat(root.get("subjectId").asText()).isEqualTo(ANA.value());
        JsonNode history = root.get("consentHistory");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("type").asText()).isEqualTo("GRANT");
        assertThat(history.get(0).get("purpose").asText()).isEqualTo("MODEL_TRAINING");
        assertThat(history.get(0).get("evidenceRef").asText()).isEqualTo("chat:a1");
        assertThat(history.get(1).get("type").asText()).isEqualTo("WITHDRAW");
        JsonNode records = vaultRecords(root);
        List<String> values = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        Set<String> conversations = new java.util.HashSet<>();
        for (JsonNode r : records) {
            assertThat(r.get("kind").asText()).isEqualTo("vault-entry");
            values.add(r.get("fields").get("value").asText());
            placeholders.add(r.get("fields").get("type").asText() + "=" + r.get("fields").get("placeholder").asText());
            conversations.add(r.get("fields").get("conversationRef").asText());
            assertThat(Instant.parse(r.get("fields").get("createdAt").asText())).isNotNull();
        }
        // the e-mail twice: it is a separate entry in each conversation
        assertThat(values).containsExactlyInAnyOrder(ANA_EMAIL, ANA_PHONE, ANA_EMAIL, ANA_CARD);
        assertThat(placeholders).containsExactlyInAnyOrder("EMAIL=<EMAIL_1>", "PHONE=<PHONE_1>", "EMAIL=<EMAIL_1>",
                "CREDIT_CARD=<CREDIT_CARD_1>");
        assertThat(conversations).hasSize(2);
        assertThat(export.json()).doesNotContain(BEN_EMAIL, BEN.value(), "form:ben", "chat-a1", "voice-a2");
        assertThat(export.recordsPerHolder()).containsEntry("pseudonym-vault", 4);
        assertThat(export.toString()).doesNotContain(ANA.value(), ANA_EMAIL);
        assertThat(dsr.export(ANA).json()).isEqualTo(export.json()); // read-only, repeatable

        betweenExportAndErasure.run();

        // ---- erasure of Ana
        DataSubjectRequests.ErasureOutcome erased = dsr.erase(ANA, ConsentSource.EMAIL, "dsr-2026-0042");
        assertThat(erased.complete()).isTrue();
        assertThat(erased.itemsErased()).isEqualTo(4);
        assertThat(erased.reports()).containsExactly(ErasureReport.of("pseudonym-vault", 4, "crypto-shredding"));
        assertThat(erased.ledgerEventRecorded()).isTrue();
        assertThat(erased.toString()).doesNotContain(ANA.value(), ANA_EMAIL);

        List<ConsentEvent> after = ledger.history(ANA);
        assertThat(after).hasSize(3);
        ConsentEvent erasure = after.get(2);
        assertThat(erasure.type()).isEqualTo(ConsentEvent.Type.ERASURE);
        assertThat(erasure.evidenceRef()).contains("dsr-2026-0042");
        assertThat(erasure.purpose()).isEmpty();
        assertThat(erasure.categories()).isEmpty();
        assertThat(DefaultConsentPolicy.builder().ledger(ledger).clock(clock).build()
                .decide(ANA, Purpose.MODEL_TRAINING, Set.of(DataCategory.CONVERSATION_CONTENT)).reason())
                .isEqualTo(ConsentReason.SUBJECT_ERASED);

        // Ana's placeholders no longer resolve; Ben's still do
        assertThat(p.reidentifier().reidentify("Sent to <EMAIL_1>", ANA_CHAT).text()).isEqualTo("Sent to <EMAIL_1>");
        assertThat(p.reidentifier().reidentify("Sent to <EMAIL_1>", BEN_CHAT).text())
                .isEqualTo("Sent to " + BEN_EMAIL);
        JsonNode ben = JSON.readTree(dsr.export(BEN).json());
        assertThat(vaultRecords(ben)).hasSize(1);
        assertThat(vaultRecords(ben).get(0).get("fields").get("value").asText()).isEqualTo(BEN_EMAIL);
        assertThat(ben.get("consentHistory")).hasSize(1);

        // ---- idempotent: nothing left, nothing new recorded
        DataSubjectRequests.ErasureOutcome again = dsr.erase(ANA, ConsentSource.EMAIL, "dsr-2026-0042");
        assertThat(again.itemsErased()).isZero();
        assertThat(again.reports()).singleElement().extracting(ErasureReport::status)
                .isEqualTo(ErasureReport.Status.NOTHING_TO_ERASE);
        assertThat(again.alreadyErased()).isTrue();
        assertThat(again.ledgerEventRecorded()).isFalse();
        assertThat(again.complete()).isTrue();
        assertThat(ledger.history(ANA)).hasSize(3);

        // ---- export after erasure: consent history kept as proof (with the erasure), no vault data
        String exportAfter = dsr.export(ANA).json();
        JsonNode rootAfter = JSON.readTree(exportAfter);
        assertThat(vaultRecords(rootAfter)).isEmpty();
        assertThat(rootAfter.get("consentHistory")).hasSize(3);
        assertThat(rootAfter.get("consentHistory").get(2).get("type").asText()).isEqualTo("ERASURE");
        assertThat(exportAfter).doesNotContain(ANA_EMAIL, ANA_PHONE, ANA_CARD, "4111");

        afterErasure.run();
    }

    // ------------------------------------------------------------------------------------------ file-backed

    @Test
    void fileVaultAndFileLedger() throws Exception {
        KeysetHandle master = TokenVaultTest.aesGcm();
        Path vaultDir = dir.resolve("vault");
        Path ledgerFile = dir.resolve("consent.log");
        FileTokenVault vault = FileTokenVault.builder().directory(vaultDir).masterKey(master).build();
        DefaultPseudonymizer p = DefaultPseudonymizer.builder().vault(vault).build();
        Path backup = dir.resolve("backup");
        try (FileConsentLedger ledger = FileConsentLedger.builder(ledgerFile).fsync(false).build()) {
            accessAndErasure(p, vault, ledger, () -> copyTree(vaultDir, backup), () -> { });
        }

        // the ledger file: the erasure record holds subject id, time, source and request reference only
        String ledgerText = Files.readString(ledgerFile);
        List<String> erasures = ledgerText.lines().filter(l -> l.contains("|ERASURE|")).collect(Collectors.toList());
        assertThat(erasures).singleElement().satisfies(l -> assertThat(l)
                .contains("|ERASURE|" + ANA.value() + "|-|-|" + NOW + "|-|EMAIL|-|dsr-2026-0042|"));
        assertThat(ledgerText).doesNotContain(ANA_EMAIL, ANA_PHONE, ANA_CARD, "4111", BEN_EMAIL, "CREDIT_CARD",
                "PHONE");

        // ---- crypto-shredding: the copies of Ana's vault files taken before the erasure
        Path anaLogCopy = backupLogOf(backup, vault, BEN);
        byte[] copied = Files.readAllBytes(anaLogCopy);
        for (String v : ANA_VALUES) {
            assertThat(new String(copied, StandardCharsets.ISO_8859_1)).doesNotContain(v); // ciphertext only
        }
        // control: with the pre-erasure key file next to it, the copy is readable (so the checks below can fail)
        FileTokenVault fromFullBackup = FileTokenVault.builder().directory(backup).masterKey(master).build();
        assertThat(fromFullBackup.entriesOfSubject(ANA.value())).extracting(e -> e.entry().value())
                .containsExactlyInAnyOrder(ANA_EMAIL, ANA_PHONE, ANA_EMAIL, ANA_CARD);

        // 1. restore the copied log into the live vault: with the master key, nothing of Ana can be read
        Path liveAnaDir = vaultDir.resolve("subjects").resolve(anaLogCopy.getParent().getFileName());
        assertThat(liveAnaDir).doesNotExist();
        Files.createDirectories(liveAnaDir);
        Files.write(liveAnaDir.resolve("entries.log"), copied);
        FileTokenVault restored = FileTokenVault.builder().directory(vaultDir).masterKey(master).build();
        assertThat(restored.entriesOfSubject(ANA.value())).isEmpty();
        assertThat(restored.entries(ANA_CHAT)).isEmpty();
        assertThat(restored.entriesOfSubject(BEN.value())).extracting(e -> e.entry().value())
                .containsExactly(BEN_EMAIL);

        // 2. Ana comes back and gets new keys; the copied records, forced under her new key generation, do not
        //    decrypt: the key that encrypted them existed only in the destroyed subject.key
        DefaultPseudonymizer p2 = DefaultPseudonymizer.builder().vault(restored).build();
        p2.pseudonymize("new mail: ana.new@gmail.com", ConversationScope.of("chat-a3", ANA.value()));
        assertThat(restored.entriesOfSubject(ANA.value())).extracting(e -> e.entry().value())
                .containsExactly("ana.new@gmail.com");
        long newGeneration = new DataInputStream(Files.newInputStream(liveAnaDir.resolve("subject.key"))).readLong();
        byte[] forged = withGeneration(copied, newGeneration);
        Path liveLog = liveAnaDir.resolve("entries.log");
        byte[] current = Files.readAllBytes(liveLog);
        byte[] combined = ByteBuffer.allocate(forged.length + current.length).put(forged).put(current).array();
        Files.write(liveLog, combined);
        FileTokenVault attacked = FileTokenVault.builder().directory(vaultDir).masterKey(master).build();
        assertThatThrownBy(() -> attacked.entriesOfSubject(ANA.value()))
                .isInstanceOf(PseudonymizationException.class)
                .hasMessageContaining("decryption failed")
                .hasMessageNotContaining(ANA_EMAIL);
    }

    /** The backup's entries.log that is not Ben's (there are exactly two subjects). */
    private static Path backupLogOf(Path backup, FileTokenVault liveVault, SubjectId notThisOne) throws Exception {
        List<Path> logs;
        try (Stream<Path> files = Files.walk(backup.resolve("subjects"))) {
            logs = files.filter(f -> f.getFileName().toString().equals("entries.log")).collect(Collectors.toList());
        }
        assertThat(logs).hasSize(2);
        // Ben's directory still exists in the live vault, Ana's was deleted by the erasure
        Path live = backup.resolveSibling("vault").resolve("subjects");
        List<Path> anas = logs.stream().filter(l -> !Files.exists(live.resolve(l.getParent().getFileName())))
                .collect(Collectors.toList());
        assertThat(anas).hasSize(1);
        assertThat(liveVault.entriesOfSubject(notThisOne.value())).hasSize(1);
        return anas.get(0);
    }

    /** Rewrites every record's key generation (bytes 1..8 of the record after its 4-byte length). */
    private static byte[] withGeneration(byte[] log, long generation) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(out);
        ByteBuffer in = ByteBuffer.wrap(log);
        int n = 0;
        while (in.remaining() >= 4) {
            byte[] record = new byte[in.getInt()];
            in.get(record);
            ByteBuffer.wrap(record, 1, 8).putLong(generation);
            data.writeInt(record.length);
            data.write(record);
            n++;
        }
        assertThat(n).isGreaterThanOrEqualTo(4);
        data.flush();
        return out.toByteArray();
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------ in memory

    @Test
    void inMemoryVaultAndInMemoryLedger() throws Exception {
        InMemoryTokenVault vault = InMemoryTokenVault.withGeneratedKey();
        DefaultPseudonymizer p = DefaultPseudonymizer.builder().vault(vault).build();
        InMemoryConsentLedger ledger = new InMemoryConsentLedger();
        accessAndErasure(p, vault, ledger, () -> { }, () -> {
            // the subject can come back: new conversations get new keys and show up in a new export
            p.pseudonymize("mail: ana.new@gmail.com", ConversationScope.of("chat-a3", ANA.value()));
            assertThat(vault.entriesOfSubject(ANA.value())).extracting(e -> e.entry().value())
                    .containsExactly("ana.new@gmail.com");
        });
    }
}
