package dev.privacyai.impl.consent;

import dev.privacyai.consent.ConsentEvent;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.consent.spi.ConsentLedger;
import dev.privacyai.consent.spi.ConsentLedgerUnavailableException;

import java.util.List;

/** A ledger whose storage is unreachable: every call throws. */
final class FailingLedger implements ConsentLedger {

    private final RuntimeException failure;

    FailingLedger() {
        this(new ConsentLedgerUnavailableException("consent ledger unreachable: ConnectException"));
    }

    FailingLedger(RuntimeException failure) {
        this.failure = failure;
    }

    @Override
    public void append(ConsentEvent event) {
        throw failure;
    }

    @Override
    public List<ConsentEvent> history(SubjectId subject) {
        throw failure;
    }
}
