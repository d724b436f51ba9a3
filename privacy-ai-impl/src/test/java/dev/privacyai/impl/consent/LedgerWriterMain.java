package dev.privacyai.impl.consent;

import dev.privacyai.consent.ConsentEvent;
import dev.privacyai.consent.ConsentSource;
import dev.privacyai.consent.Purpose;
import dev.privacyai.consent.SubjectId;

import java.nio.file.Path;
import java.time.Instant;

/** Run in a child JVM by {@link FileConsentLedgerTest}: appends events to a shared ledger file. */
public final class LedgerWriterMain {

    private LedgerWriterMain() {
    }

    /** Args: ledger path, writer tag, number of events. */
    public static void main(String[] args) throws Exception {
        Path path = Path.of(args[0]);
        String tag = args[1];
        int n = Integer.parseInt(args[2]);
        try (FileConsentLedger ledger = FileConsentLedger.builder(path).fsync(false).build()) {
            Instant t0 = Instant.parse("2026-03-01T00:00:00Z");
            for (int i = 0; i < n; i++) {
                SubjectId s = SubjectId.of("shared-" + (i % 10));
                ledger.append(ConsentEvent.grant(s, Purpose.MARKETING).at(t0.plusMillis(i)).noticeVersion("v1")
                        .source(ConsentSource.IMPORT).evidenceRef(tag + "-" + i).build());
            }
        }
    }
}
