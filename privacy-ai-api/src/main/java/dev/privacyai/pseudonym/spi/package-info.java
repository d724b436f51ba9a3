/**
 * Service provider interfaces of pseudonymization: where mappings are stored
 * ({@link dev.privacyai.pseudonym.spi.TokenVault}, with {@link dev.privacyai.pseudonym.spi.SubjectEntry} and
 * {@link dev.privacyai.pseudonym.spi.SubjectErasure} for data-subject access and erasure requests) and how
 * surrogates are made ({@link dev.privacyai.pseudonym.spi.SurrogateFactory}).
 */
package dev.privacyai.pseudonym.spi;
