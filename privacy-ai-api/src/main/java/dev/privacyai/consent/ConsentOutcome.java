package dev.privacyai.consent;

/** The answer of a {@link ConsentDecision}. Only {@link #ALLOWED} permits processing. */
public enum ConsentOutcome {
    /** The purpose may proceed now, after removing {@link ConsentDecision#categoriesToRemove()}. */
    ALLOWED,
    /** The purpose must not proceed (withdrawn, objected, erased-and-denied, ledger unavailable, no rule). */
    DENIED,
    /** The purpose must not proceed unless the subject is asked and grants consent. */
    NEEDS_CONSENT
}
