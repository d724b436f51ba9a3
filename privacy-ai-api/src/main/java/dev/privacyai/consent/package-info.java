/**
 * Purpose-bound consent: {@link dev.privacyai.consent.ConsentPolicy} answers whether a subject's data of some
 * {@link dev.privacyai.consent.DataCategory categories} may be used for a {@link dev.privacyai.consent.Purpose}
 * at a given time, with a {@link dev.privacyai.consent.ConsentDecision} that names the legal basis, the reason and
 * the ledger events that decided. Consent history is an append-only list of
 * {@link dev.privacyai.consent.ConsentEvent}s. Value types are immutable, thread-safe and never print subject ids
 * or evidence.
 */
package dev.privacyai.consent;
