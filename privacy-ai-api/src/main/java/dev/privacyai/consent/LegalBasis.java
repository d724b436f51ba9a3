package dev.privacyai.consent;

/**
 * The lawful basis a processing purpose rests on (GDPR Art. 6(1); similar notions exist in other laws).
 * Only {@link #CONSENT} needs a grant in the ledger; the others allow processing without one, but a recorded
 * withdrawal or objection still stops it.
 */
public enum LegalBasis {
    /** The subject's explicit, purpose-bound consent (Art. 6(1)(a)). */
    CONSENT,
    /** Necessary to perform a contract with the subject, e.g. answering their support request (Art. 6(1)(b)). */
    CONTRACT,
    /** Necessary to comply with a legal obligation, e.g. record keeping (Art. 6(1)(c)). */
    LEGAL_OBLIGATION,
    /** Necessary to protect someone's vital interests (Art. 6(1)(d)). */
    VITAL_INTERESTS,
    /** Necessary for a task in the public interest (Art. 6(1)(e)). */
    PUBLIC_TASK,
    /** The controller's legitimate interests, balanced against the subject's; the subject may object (Art. 6(1)(f)). */
    LEGITIMATE_INTEREST,
    /** No basis applies: used in decisions that deny because nothing could be established (e.g. ledger down). */
    NONE
}
