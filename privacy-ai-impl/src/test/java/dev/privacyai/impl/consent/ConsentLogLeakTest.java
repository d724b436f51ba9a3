package dev.privacyai.impl.consent;

import dev.privacyai.consent.ConsentEvent;
import dev.privacyai.consent.ConsentSource;
import dev.privacyai.consent.ErasureReport;
import dev.privacyai.consent.Purpose;
import dev.privacyai.consent.SubjectDataExport;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.consent.spi.SubjectDataHolder;
import dev.privacyai.redaction.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What the consent code logs at DEBUG/WARN, including on failures, carries no subject ids or stored values. */
@Isolated
class ConsentLogLeakTest {

    @Test
    void logsCarryNoSubjectIdsOrValues() {
        SubjectId s = SubjectId.of("maria.gonzalez@example.com");
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            InMemoryConsentLedger ledger = new InMemoryConsentLedger();
            ledger.append(ConsentEvent.grant(s, Purpose.MARKETING).at(Instant.now()).noticeVersion("v1")
                    .evidenceRef("form-991").build());
            TinkVaultHolder vault = new TinkVaultHolder();
            vault.put(s, EntityType.PHONE, "+44 20 7946 0958");
            SubjectDataHolder broken = new SubjectDataHolder() {
                @Override
                public String name() {
                    return "broken";
                }

                @Override
                public SubjectDataExport export(SubjectId subject) {
                    return SubjectDataExport.of(name(), List.of());
                }

                @Override
                public ErasureReport erase(SubjectId subject) {
                    throw new IllegalStateException("cannot erase " + subject.value());
                }
            };
            DataSubjectRequests.builder(ledger).holder(vault).build().export(s);
            DataSubjectRequests.builder(ledger).holder(vault).holder(broken).build()
                    .erase(s, ConsentSource.WEB, "dsr-1");
            DataSubjectRequests.builder(new FailingLedger()).holder(vault).build().erase(s, ConsentSource.WEB, "dsr-2");
            DefaultConsentPolicy.builder().ledger(new FailingLedger(new IllegalStateException(s.value()))).build()
                    .decide(s, Purpose.MARKETING, Set.of());
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).as("the consent code logs, so this test can see its lines").contains("consent ledger failed",
                "erasure failed in holder broken", "access export");
        assertThat(log).doesNotContain("maria", "gonzalez", "example.com", "7946", "form-991");
    }
}
