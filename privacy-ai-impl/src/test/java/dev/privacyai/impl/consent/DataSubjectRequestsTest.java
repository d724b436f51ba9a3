package dev.privacyai.impl.consent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.privacyai.consent.ConsentEvent;
import dev.privacyai.consent.ConsentReason;
import dev.privacyai.consent.ConsentSource;
import dev.privacyai.consent.DataCategory;
import dev.privacyai.consent.ErasureReport;
import dev.privacyai.consent.Purpose;
import dev.privacyai.consent.SubjectDataExport;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.consent.spi.ConsentLedgerUnavailableException;
import dev.privacyai.consent.spi.SubjectDataHolder;
import dev.privacyai.redaction.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataSubjectRequestsTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    final SubjectId maria = SubjectId.of("crm-maria-001");
    final SubjectId bob = SubjectId.of("crm-bob-002");
    final TinkVaultHolder vault = new TinkVaultHolder();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    DataSubjectRequests dsr(dev.privacyai.consent.spi.ConsentLedger ledger) {
        return DataSubjectRequests.builder(ledger).holder(vault).clock(clock)
                .policy(DefaultConsentPolicy.builder().ledger(ledger).clock(clock).build()).build();
    }

    @Test
    void accessExportIsValidJsonWithHistoryDecisionsAndDecryptedValues() throws Exception {
        InMemoryConsentLedger ledger = new InMemoryConsentLedger();
        ledger.append(ConsentEvent.grant(maria, Purpose.MODEL_TRAINING).categories(DataCategory.CONVERSATION_CONTENT)
                .at(T0).source(ConsentSource.CHAT).noticeVersion("2026-01").evidenceRef("chat:42").build());
        ledger.append(ConsentEvent.withdraw(maria, Purpose.MARKETING).at(T0.plusSeconds(5)).build());
        ledger.append(ConsentEvent.grant(bob, Purpose.MARKETING).at(T0).noticeVersion("v1").build());
        vault.put(maria, EntityType.EMAIL, "maria@example.com");
        vault.put(maria, EntityType.PERSON, "María \"Mary\" O'Neil\n\t\u0001\u2028 \uD83D\uDE00");
        vault.put(bob, EntityType.EMAIL, "bob@example.com");

        DataSubjectRequests.AccessExport export = dsr(ledger).export(maria);
        JsonNode root = JSON.readTree(export.json());
        assertThat(root.get("format").asText()).isEqualTo(DataSubjectRequests.EXPORT_FORMAT);
        assertThat(root.get("subjectId").asText()).isEqualTo("crm-maria-001");
        assertThat(root.get("generatedAt").asText()).isEqualTo(NOW.toString());
        JsonNode history = root.get("consentHistory");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("type").asText()).isEqualTo("GRANT");
        assertThat(history.get(0).get("purpose").asText()).isEqualTo("MODEL_TRAINING");
        assertThat(history.get(0).get("fideslangDataUse").asText()).isEqualTo("train_ai_system");
        assertThat(history.get(0).get("categories").get(0).asText()).isEqualTo("CONVERSATION_CONTENT");
        assertThat(history.get(0).get("noticeVersion").asText()).isEqualTo("2026-01");
        assertThat(history.get(0).get("evidenceRef").asText()).isEqualTo("chat:42");
        assertThat(history.get(0).get("expiresAt").isNull()).isTrue();
        assertThat(history.get(1).get("type").asText()).isEqualTo("WITHDRAW");
        JsonNode decisions = root.get("currentDecisions");
        assertThat(decisions).hasSize(Purpose.wellKnown().size());
        for (JsonNode d : decisions) {
            if (d.get("purpose").asText().equals("MODEL_TRAINING")) {
                assertThat(d.get("outcome").asText()).isEqualTo("ALLOWED");
            }
            if (d.get("purpose").asText().equals("MARKETING")) {
                assertThat(d.get("reason").asText()).isEqualTo(ConsentReason.CONSENT_WITHDRAWN.name());
            }
        }
        JsonNode records = root.get("holders").get(0).get("records");
        assertThat(root.get("holders").get(0).get("name").asText()).isEqualTo("test-vault");
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("fields").get("value").asText()).isEqualTo("maria@example.com");
        assertThat(records.get(1).get("fields").get("value").asText())
                .isEqualTo("María \"Mary\" O'Neil\n\t\u0001\u2028 \uD83D\uDE00");
        assertThat(export.json()).doesNotContain("bob").doesNotContain("\u2028");
        assertThat(export.consentEvents()).isEqualTo(2);
        assertThat(export.recordsPerHolder()).isEqualTo(Map.of("test-vault", 2));
        assertThat(export.toString()).doesNotContain("maria", "crm-");
        // read-only: asking again gives the same document
        assertThat(dsr(ledger).export(maria).json()).isEqualTo(export.json());
    }

    @Test
    void exportOfAnUnknownSubjectIsEmptyButValid() throws Exception {
        DataSubjectRequests.AccessExport export = dsr(new InMemoryConsentLedger()).export(SubjectId.of("nobody"));
        JsonNode root = JSON.readTree(export.json());
        assertThat(root.get("consentHistory")).isEmpty();
        assertThat(root.get("holders").get(0).get("records")).isEmpty();
    }

    @Test
    void exportFailsWhenTheLedgerIsUnavailable() {
        assertThatThrownBy(() -> dsr(new FailingLedger()).export(maria))
                .isInstanceOf(ConsentLedgerUnavailableException.class);
    }

    @Test
    void erasureCryptoShredsAndOldCiphertextsBecomeUnreadable() throws Exception {
        InMemoryConsentLedger ledger = new InMemoryConsentLedger();
        ledger.append(ConsentEvent.grant(maria, Purpose.MODEL_TRAINING).at(T0).noticeVersion("v1").build());
        TinkVaultHolder.Entry captured = vault.put(maria, EntityType.CREDIT_CARD, "4111 1111 1111 1111");
        vault.put(maria, EntityType.EMAIL, "maria@example.com");
        TinkVaultHolder.Entry bobs = vault.put(bob, EntityType.EMAIL, "bob@example.com");
        assertThat(vault.decrypt(maria, captured)).isEqualTo("4111 1111 1111 1111");

        DataSubjectRequests.ErasureOutcome outcome = dsr(ledger).erase(maria, ConsentSource.EMAIL, "dsr-2026-0042");
        assertThat(outcome.complete()).isTrue();
        assertThat(outcome.itemsErased()).isEqualTo(2);
        assertThat(outcome.reports()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(ErasureReport.Status.ERASED);
            assertThat(r.method()).isEqualTo("crypto-shredding");
        });
        assertThat(outcome.ledgerEventRecorded()).isTrue();
        assertThat(outcome.alreadyErased()).isFalse();

        // the ciphertext copied before the erasure can no longer be decrypted: its key is gone
        assertThat(vault.hasKey(maria)).isFalse();
        assertThatThrownBy(() -> vault.decrypt(maria, captured)).isInstanceOf(GeneralSecurityException.class);
        // ... not even after the subject comes back and gets a fresh key
        vault.put(maria, EntityType.EMAIL, "maria.new@example.com");
        assertThatThrownBy(() -> vault.decrypt(maria, captured)).isInstanceOf(GeneralSecurityException.class);
        // other subjects are untouched
        assertThat(vault.decrypt(bob, bobs)).isEqualTo("bob@example.com");

        ConsentEvent erasure = ledger.history(maria).get(ledger.history(maria).size() - 1);
        assertThat(erasure.type()).isEqualTo(ConsentEvent.Type.ERASURE);
        assertThat(erasure.evidenceRef()).contains("dsr-2026-0042");
        assertThat(erasure.source()).isEqualTo(ConsentSource.EMAIL);
        assertThat(erasure.timestamp()).isEqualTo(NOW);
        assertThat(DefaultConsentPolicy.builder().ledger(ledger).clock(clock).build()
                .decide(maria, Purpose.MODEL_TRAINING, Set.of(DataCategory.CONVERSATION_CONTENT)).reason())
                .isEqualTo(ConsentReason.SUBJECT_ERASED);
    }

    @Test
    void erasureIsIdempotentAndReportsWhatItDid() {
        InMemoryConsentLedger ledger = new InMemoryConsentLedger();
        vault.put(maria, EntityType.EMAIL, "maria@example.com");
        DataSubjectRequests requests = dsr(ledger);
        DataSubjectRequests.ErasureOutcome first = requests.erase(maria, ConsentSource.WEB, "dsr-1");
        DataSubjectRequests.ErasureOutcome second = requests.erase(maria, ConsentSource.WEB, "dsr-1");
        assertThat(first.itemsErased()).isEqualTo(1);
        assertThat(first.ledgerEventRecorded()).isTrue();
        assertThat(second.itemsErased()).isZero();
        assertThat(second.reports()).singleElement().extracting(ErasureReport::status)
                .isEqualTo(ErasureReport.Status.NOTHING_TO_ERASE);
        assertThat(second.ledgerEventRecorded()).isFalse();
        assertThat(second.alreadyErased()).isTrue();
        assertThat(second.complete()).isTrue();
        assertThat(ledger.history(maria)).hasSize(1);
        // erasing a subject nobody knows is recorded once, then idempotent too
        assertThat(requests.erase(bob, ConsentSource.WEB, "dsr-2").ledgerEventRecorded()).isTrue();
        assertThat(requests.erase(bob, ConsentSource.WEB, "dsr-2").ledgerEventRecorded()).isFalse();
        // a new grant after an erasure means a later erasure is recorded again
        ledger.append(ConsentEvent.grant(maria, Purpose.MARKETING).at(NOW.plusSeconds(1)).noticeVersion("v1").build());
        DataSubjectRequests later = DataSubjectRequests.builder(ledger).holder(vault)
                .clock(Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC)).build();
        assertThat(later.erase(maria, ConsentSource.WEB, "dsr-3").ledgerEventRecorded()).isTrue();
        assertThat(first.toString() + second).doesNotContain("maria", "crm-");
    }

    @Test
    void theErasureRecordKeepsNoneOfTheErasedData() throws Exception {
        Path file = dir.resolve("consent.log");
        try (FileConsentLedger ledger = FileConsentLedger.open(file)) {
            vault.put(maria, EntityType.EMAIL, "maria@example.com");
            vault.put(maria, EntityType.CREDIT_CARD, "4111111111111111");
            assertThat(dsr(ledger).erase(maria, ConsentSource.AGENT, "ticket-99").complete()).isTrue();
            assertThat(dsr(ledger).export(maria).json()).doesNotContain("maria@example.com", "4111");
        }
        String stored = Files.readString(file);
        assertThat(stored).contains("|ERASURE|crm-maria-001|-|-|").contains("ticket-99")
                .doesNotContain("maria@example.com", "4111", "EMAIL", "CREDIT_CARD");
    }

    @Test
    void aFailingHolderLeavesTheErasureIncompleteAndUnrecorded() {
        InMemoryConsentLedger ledger = new InMemoryConsentLedger();
        vault.put(maria, EntityType.EMAIL, "maria@example.com");
        SubjectDataHolder broken = new SubjectDataHolder() {
            @Override
            public String name() {
                return "crm-archive";
            }

            @Override
            public SubjectDataExport export(SubjectId subject) {
                return SubjectDataExport.of(name(), List.of());
            }

            @Override
            public ErasureReport erase(SubjectId subject) {
                throw new IllegalStateException("archive offline for " + subject.value());
            }
        };
        DataSubjectRequests requests = DataSubjectRequests.builder(ledger).holder(vault).holder(broken).clock(clock)
                .build();
        DataSubjectRequests.ErasureOutcome outcome = requests.erase(maria, ConsentSource.WEB, "dsr-5");
        assertThat(outcome.complete()).isFalse();
        assertThat(outcome.failedHolders()).containsExactly("crm-archive");
        assertThat(outcome.itemsErased()).isEqualTo(1);
        assertThat(outcome.ledgerEventRecorded()).isFalse();
        assertThat(ledger.history(maria)).isEmpty();
        assertThat(outcome.toString()).doesNotContain("crm-maria");
    }

    @Test
    void anUnavailableLedgerIsReportedAndTheRequestCanBeRepeated() {
        vault.put(maria, EntityType.EMAIL, "maria@example.com");
        DataSubjectRequests.ErasureOutcome outcome = dsr(new FailingLedger()).erase(maria, ConsentSource.WEB, "dsr-6");
        assertThat(outcome.itemsErased()).isEqualTo(1);
        assertThat(outcome.ledgerEventRecorded()).isFalse();
        assertThat(outcome.complete()).isFalse();
        assertThat(outcome.ledgerFailure()).contains("ConsentLedgerUnavailableException");
        InMemoryConsentLedger recovered = new InMemoryConsentLedger();
        DataSubjectRequests.ErasureOutcome retry = dsr(recovered).erase(maria, ConsentSource.WEB, "dsr-6");
        assertThat(retry.itemsErased()).isZero();
        assertThat(retry.ledgerEventRecorded()).as("nothing left to erase, but not yet on record").isTrue();
        assertThat(retry.complete()).isTrue();
    }

    @Test
    void anInvalidRequestReferenceDestroysNothing() {
        vault.put(maria, EntityType.EMAIL, "maria@example.com");
        assertThatThrownBy(() -> dsr(new InMemoryConsentLedger()).erase(maria, ConsentSource.WEB, "maria@example.com"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(vault.hasKey(maria)).isTrue();
    }

    @Test
    void jsonEscapingRoundTripsAwkwardStrings() throws Exception {
        for (String s : List.of("", "plain", "quote\" backslash\\ slash/", "\u0000\u001f\u007f", "\r\n\t\b\f",
                "\u2028\u2029", "emoji \uD83D\uDE00", "日本語", "</script>")) {
            String doc = new Json().beginObject().field("k", s).endObject().toString();
            assertThat(JSON.readTree(doc).get("k").asText()).as(s).isEqualTo(s);
        }
        // unpaired surrogates are escaped, so the document stays valid
        String doc = new Json().beginObject().field("k", "a\uD800b\uDC00").endObject().toString();
        assertThat(doc).contains("\\ud800", "\\udc00");
        assertThat(JSON.readTree(doc).get("k").asText()).hasSize(4);
        String nested = new Json().beginObject().name("a").beginArray().string("x").beginObject().endObject()
                .number(3).bool(true).string(null).endArray().field("b", "y").endObject().toString();
        assertThat(nested).isEqualTo("{\"a\":[\"x\",{},3,true,null],\"b\":\"y\"}");
    }
}
