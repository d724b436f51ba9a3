package dev.privacyai.impl.pseudonym;

import com.google.crypto.tink.KeysetHandle;
import dev.privacyai.consent.ErasureReport;
import dev.privacyai.consent.SubjectDataExport;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.pseudonym.PlaceholderStyle;
import dev.privacyai.pseudonym.PseudonymizationException;
import dev.privacyai.pseudonym.spi.SubjectEntry;
import dev.privacyai.pseudonym.spi.SubjectErasure;
import dev.privacyai.pseudonym.spi.TokenVault;
import dev.privacyai.pseudonym.spi.VaultEntry;
import dev.privacyai.redaction.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The TokenVault SPI additions for data-subject requests and the {@link VaultSubjectDataHolder} adapter. */
class VaultSubjectDataHolderTest {

    private static final String MARIA = "crm-maria-001";
    private static final String BOB = "crm-bob-002";
    private static final ConversationScope M1 = ConversationScope.of("chat-1", MARIA);
    private static final ConversationScope M2 = ConversationScope.of("voice-7", MARIA);
    private static final ConversationScope B1 = ConversationScope.of("chat-2", BOB);

    @TempDir
    Path dir;

    private final TokenVaultTest.MutableClock clock = new TokenVaultTest.MutableClock(
            Instant.parse("2026-01-01T00:00:00Z"));

    private FileTokenVault fileVault(KeysetHandle key) {
        return FileTokenVault.builder().directory(dir).masterKey(key).clock(clock).retention(Duration.ofDays(30))
                .build();
    }

    private InMemoryTokenVault memoryVault() {
        return InMemoryTokenVault.builder().generateMasterKey().clock(clock).retention(Duration.ofDays(30)).build();
    }

    private VaultEntry put(TokenVault v, ConversationScope s, EntityType t, String value) {
        VaultEntry e = v.tokenFor(s, t, value, Values.matchKey(t, value), Surrogates.TAGS_ONLY);
        clock.advance(Duration.ofSeconds(1));
        return e;
    }

    /** Maria: two values in chat-1, one in voice-7 (the e-mail again, a separate conversation); Bob: one value. */
    private void fill(TokenVault v) {
        put(v, M1, EntityType.EMAIL, "maria.gonzalez@gmail.com");
        put(v, M1, EntityType.PHONE, "+1 415 555 2671");
        put(v, B1, EntityType.EMAIL, "bob.smith@yahoo.com");
        put(v, M2, EntityType.EMAIL, "Maria.Gonzalez@gmail.com");
    }

    private static void assertMariasEntries(List<SubjectEntry> entries) {
        assertThat(entries).extracting(e -> e.entry().value())
                .containsExactly("maria.gonzalez@gmail.com", "+1 415 555 2671", "Maria.Gonzalez@gmail.com");
        assertThat(entries).extracting(e -> e.entry().tag()).containsExactly("<EMAIL_1>", "<PHONE_1>", "<EMAIL_1>");
        // one reference per conversation, opaque (not the host's conversation id)
        assertThat(entries.get(0).conversationRef()).isEqualTo(entries.get(1).conversationRef())
                .isNotEqualTo(entries.get(2).conversationRef())
                .doesNotContain("chat-1").doesNotContain(MARIA);
        assertThat(entries.get(2).conversationRef()).doesNotContain("voice-7");
        assertThat(entries).extracting(e -> e.entry().createdAt()).isSorted();
    }

    @Test
    void entriesOfSubjectSpanConversationsAndExcludeOtherSubjects() throws Exception {
        KeysetHandle key = TokenVaultTest.aesGcm();
        FileTokenVault file = fileVault(key);
        fill(file);
        assertMariasEntries(file.entriesOfSubject(MARIA));
        assertMariasEntries(fileVault(key).entriesOfSubject(MARIA)); // reopened: read from disk
        assertThat(file.entriesOfSubject(BOB)).extracting(e -> e.entry().value())
                .containsExactly("bob.smith@yahoo.com");

        InMemoryTokenVault memory = memoryVault();
        fill(memory);
        assertMariasEntries(memory.entriesOfSubject(MARIA));
        assertThat(memory.entriesOfSubject(BOB)).hasSize(1);
    }

    @Test
    void entriesOfSubjectIsReadOnlyAndEmptyForUnknownSubjects() throws Exception {
        FileTokenVault file = fileVault(TokenVaultTest.aesGcm());
        assertThat(file.entriesOfSubject("nobody")).isEmpty();
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().equals("subject.key")).count()).isZero();
        }
        InMemoryTokenVault memory = memoryVault();
        assertThat(memory.entriesOfSubject("nobody")).isEmpty();
        assertThat(memory.eraseSubjectWithReport("nobody")).isEqualTo(SubjectErasure.NOTHING);
    }

    @Test
    void expiredEntriesAreNotExportedButAreCountedWhenErased() throws Exception {
        for (TokenVault v : List.of(fileVault(TokenVaultTest.aesGcm()), memoryVault())) {
            put(v, M1, EntityType.EMAIL, "maria.gonzalez@gmail.com");
            clock.advance(Duration.ofDays(20));
            put(v, M1, EntityType.PHONE, "+1 415 555 2671");
            clock.advance(Duration.ofDays(15)); // the e-mail is expired (35 days), the phone is not (15 days)
            assertThat(v.entriesOfSubject(MARIA)).extracting(e -> e.entry().entityType())
                    .containsExactly(EntityType.PHONE);
            assertThat(v.eraseSubjectWithReport(MARIA)).isEqualTo(SubjectErasure.of(2, true));
            assertThat(v.eraseSubjectWithReport(MARIA)).isEqualTo(SubjectErasure.NOTHING);
            assertThat(v.entriesOfSubject(MARIA)).isEmpty();
        }
    }

    @Test
    void erasureCountsTheSameWhetherTheSubjectWasLoadedOrOnlyOnDisk() throws Exception {
        KeysetHandle key = TokenVaultTest.aesGcm();
        fill(fileVault(key));
        // a fresh instance has not loaded Maria: counting reads the log without unwrapping her keys
        assertThat(fileVault(key).eraseSubjectWithReport(MARIA)).isEqualTo(SubjectErasure.of(3, true));
        assertThat(fileVault(key).eraseSubjectWithReport(MARIA)).isEqualTo(SubjectErasure.NOTHING);
        FileTokenVault loaded = fileVault(key);
        assertThat(loaded.entriesOfSubject(BOB)).hasSize(1);
        assertThat(loaded.eraseSubjectWithReport(BOB)).isEqualTo(SubjectErasure.of(1, true));
        assertThat(loaded.eraseSubject(BOB)).isFalse();
    }

    @Test
    void erasureSucceedsAndCountsEvenWhenEntriesAreUnreadable() throws Exception {
        KeysetHandle key = TokenVaultTest.aesGcm();
        fill(fileVault(key));
        for (Path log : subjectLogs()) {
            byte[] b = Files.readAllBytes(log);
            b[b.length - 3] ^= 0x01; // tamper with the last ciphertext of every subject
            Files.write(log, b);
        }
        FileTokenVault v = fileVault(key);
        assertThatThrownBy(() -> v.entriesOfSubject(MARIA)).isInstanceOf(PseudonymizationException.class)
                .hasMessageNotContaining("gmail");
        assertThat(v.eraseSubjectWithReport(MARIA)).isEqualTo(SubjectErasure.of(3, true));
        assertThat(v.entriesOfSubject(MARIA)).isEmpty();
        // Bob was never loaded by this instance: counted from the log alone
        assertThat(v.eraseSubjectWithReport(BOB)).isEqualTo(SubjectErasure.of(1, true));
    }

    private List<Path> subjectLogs() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().equals("entries.log")).sorted()
                    .collect(Collectors.toList());
        }
    }

    @Test
    void keysWithoutEntriesAreReportedAsOneItem() throws Exception {
        KeysetHandle key = TokenVaultTest.aesGcm();
        FileTokenVault v = fileVault(key);
        put(v, M1, EntityType.EMAIL, "maria.gonzalez@gmail.com");
        clock.advance(Duration.ofDays(31));
        assertThat(v.purgeExpired()).isEqualTo(1);
        VaultSubjectDataHolder holder = VaultSubjectDataHolder.of(v);
        assertThat(holder.export(SubjectId.of(MARIA)).records()).isEmpty();
        ErasureReport r = holder.erase(SubjectId.of(MARIA));
        assertThat(r.status()).isEqualTo(ErasureReport.Status.ERASED);
        assertThat(r.itemsErased()).isEqualTo(1);
        assertThat(holder.erase(SubjectId.of(MARIA)).status()).isEqualTo(ErasureReport.Status.NOTHING_TO_ERASE);
    }

    @Test
    void holderExportsPlaceholdersValuesConversationsAndTimes() {
        InMemoryTokenVault v = memoryVault();
        DefaultPseudonymizer p = DefaultPseudonymizer.builder().vault(v).style(PlaceholderStyle.SURROGATE).build();
        Instant start = clock.instant();
        String prompt = p.pseudonymize("Mail me at maria.gonzalez@gmail.com please", M1).text();
        clock.advance(Duration.ofMinutes(5));
        p.pseudonymize("Call +1 415 555 2671", M2);
        p.pseudonymize("I am bob.smith@yahoo.com", B1);

        VaultSubjectDataHolder holder = VaultSubjectDataHolder.of(v);
        SubjectDataExport export = holder.export(SubjectId.of(MARIA));
        assertThat(export.holder()).isEqualTo("pseudonym-vault");
        assertThat(export.records()).hasSize(2);
        Map<String, String> mail = export.records().get(0).fields();
        assertThat(export.records().get(0).kind()).isEqualTo("vault-entry");
        assertThat(mail.keySet()).containsExactly("type", "placeholder", "value", "conversationRef", "createdAt");
        assertThat(mail.get("type")).isEqualTo("EMAIL");
        assertThat(mail.get("value")).isEqualTo("maria.gonzalez@gmail.com");
        assertThat(prompt).contains(mail.get("placeholder")).doesNotContain("maria.gonzalez");
        assertThat(mail.get("placeholder")).matches(".+@example\\.(com|org|net)"); // the surrogate the model saw
        assertThat(mail.get("createdAt")).isEqualTo(start.toString());
        Map<String, String> phone = export.records().get(1).fields();
        assertThat(phone.get("value")).isEqualTo("+1 415 555 2671");
        assertThat(phone.get("conversationRef")).isNotEqualTo(mail.get("conversationRef"));
        assertThat(phone.get("createdAt")).isEqualTo(start.plus(Duration.ofMinutes(5)).toString());
        assertThat(export.toString()).doesNotContain("maria").doesNotContain("415");
        assertThat(holder.toString()).doesNotContain("maria").doesNotContain(MARIA);

        ErasureReport first = holder.erase(SubjectId.of(MARIA));
        assertThat(first).isEqualTo(ErasureReport.of("pseudonym-vault", 2, "crypto-shredding"));
        assertThat(holder.erase(SubjectId.of(MARIA)).status()).isEqualTo(ErasureReport.Status.NOTHING_TO_ERASE);
        assertThat(holder.export(SubjectId.of(MARIA)).records()).isEmpty();
        assertThat(holder.export(SubjectId.of(BOB)).records()).hasSize(1);
        assertThat(p.reidentifier().reidentify(mail.get("placeholder"), M1).text())
                .isEqualTo(mail.get("placeholder"));
    }

    @Test
    void holderNamesAreValidated() {
        InMemoryTokenVault v = memoryVault();
        assertThat(VaultSubjectDataHolder.of(v, "chat-vault").name()).isEqualTo("chat-vault");
        assertThatThrownBy(() -> VaultSubjectDataHolder.of(v, "bad name")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VaultSubjectDataHolder.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void spiValueTypesPrintNoPersonalData() {
        VaultEntry e = VaultEntry.of(EntityType.EMAIL, 1, "maria.gonzalez@gmail.com", null, Instant.EPOCH);
        SubjectEntry se = SubjectEntry.of("ab12", e);
        assertThat(se.toString()).isEqualTo("SubjectEntry{<EMAIL_1>}");
        assertThat(se).isEqualTo(SubjectEntry.of("ab12", e)).isNotEqualTo(SubjectEntry.of("cd34", e));
        assertThatThrownBy(() -> SubjectEntry.of("", e)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SubjectErasure.of(0, false)).isSameAs(SubjectErasure.NOTHING);
        assertThat(SubjectErasure.of(0, true).erasedAnything()).isTrue();
        assertThat(SubjectErasure.NOTHING.erasedAnything()).isFalse();
        assertThatThrownBy(() -> SubjectErasure.of(-1, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
