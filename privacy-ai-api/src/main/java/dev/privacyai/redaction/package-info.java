/**
 * The redaction API: {@link dev.privacyai.redaction.Redactor} finds personal data
 * ({@link dev.privacyai.redaction.Finding}s of an {@link dev.privacyai.redaction.EntityType}) and replaces it as a
 * {@link dev.privacyai.redaction.RedactionPolicy} says. Value types here are immutable, thread-safe and never
 * print the personal data they describe.
 */
package dev.privacyai.redaction;
