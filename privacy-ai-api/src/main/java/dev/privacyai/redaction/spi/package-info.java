/**
 * Service-provider interfaces for extending redaction: implement {@link dev.privacyai.redaction.spi.Detector}
 * to find host-specific personal data.
 */
package dev.privacyai.redaction.spi;
