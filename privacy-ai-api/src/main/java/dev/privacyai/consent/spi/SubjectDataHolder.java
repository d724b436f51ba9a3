package dev.privacyai.consent.spi;

import dev.privacyai.consent.ErasureReport;
import dev.privacyai.consent.SubjectDataExport;
import dev.privacyai.consent.SubjectId;

/**
 * A component that stores a subject's personal data (e.g. the pseudonymizer's vault) and answers data-subject
 * requests for it.
 *
 * <p>Contract: {@link #export} returns everything held on the subject, readable (decrypted) — an empty export
 * after an erasure; {@link #erase} destroys it so that it cannot be recovered (deleting keys suffices when the
 * data is encrypted under per-subject keys: crypto-shredding), and is idempotent: a second call reports
 * {@link ErasureReport.Status#NOTHING_TO_ERASE}. Both are thread-safe and throw only for storage failures,
 * with messages free of personal data.
 */
public interface SubjectDataHolder {

    /** A stable, identifier-like name for reports, e.g. {@code "pseudonym-vault"}. */
    String name();

    /** Everything held on the subject. */
    SubjectDataExport export(SubjectId subject);

    /** Destroys everything held on the subject and says what was destroyed. */
    ErasureReport erase(SubjectId subject);
}
