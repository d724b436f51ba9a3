/**
 * Service-provider interfaces for consent: {@link dev.privacyai.consent.spi.ConsentLedger} stores the
 * append-only consent history; {@link dev.privacyai.consent.spi.SubjectDataHolder} is implemented by every
 * component that stores personal data, so data-subject requests (access, erasure) can reach it.
 */
package dev.privacyai.consent.spi;
