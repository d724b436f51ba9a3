package dev.privacyai.consent;

/**
 * Why a {@link ConsentDecision} came out as it did: a stable code for machines plus a sentence for people
 * ({@link #description()}). Descriptions never hold personal data.
 */
public enum ConsentReason {
    /** Allowed: the subject granted consent for this purpose and it has neither expired nor been withdrawn. */
    CONSENT_GRANTED("Allowed: the customer consented to this purpose and has not withdrawn it."),
    /** Allowed on a basis other than consent (contract, legitimate interest, ...), with no objection recorded. */
    LEGAL_BASIS("Allowed without consent on the rule's legal basis; the customer has not objected."),
    /** Denied: the subject withdrew consent for (or objected to) this purpose. Withdrawal wins over grants. */
    CONSENT_WITHDRAWN("Denied: the customer withdrew consent for this purpose or objected to it."),
    /** Needs consent: the consent that was granted has expired. Expired consent is no consent. */
    CONSENT_EXPIRED("Not allowed: the customer's consent for this purpose has expired."),
    /** Needs consent: the purpose requires explicit consent and none was granted. */
    NO_CONSENT("Not allowed: this purpose needs the customer's explicit consent and none was given."),
    /** Needs consent: the subject's data was erased; consent given before the erasure no longer counts. */
    SUBJECT_ERASED("Not allowed: the customer's data was erased; earlier consent no longer counts."),
    /** The ledger holds nothing about this subject; the rule decides between denying and asking. */
    UNKNOWN_SUBJECT("Not allowed: nothing is recorded about this customer."),
    /** Denied: the consent ledger could not be read; the policy fails closed. */
    LEDGER_UNAVAILABLE("Denied: the consent record could not be read, so nothing is allowed."),
    /** Denied: no rule covers this purpose; the policy fails closed. */
    NO_RULE("Denied: no rule covers this purpose.");

    private final String description;

    ConsentReason(String description) {
        this.description = description;
    }

    /** A plain-language sentence explaining the code. */
    public String description() {
        return description;
    }
}
