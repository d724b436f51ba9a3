/**
 * Default pseudonymization: {@link dev.privacyai.impl.pseudonym.DefaultPseudonymizer}, the in-memory and file
 * vaults ({@link dev.privacyai.impl.pseudonym.InMemoryTokenVault}, {@link dev.privacyai.impl.pseudonym.FileTokenVault})
 * with Tink envelope encryption, and streaming re-identification. See docs/pseudonymization.md.
 */
package dev.privacyai.impl.pseudonym;
