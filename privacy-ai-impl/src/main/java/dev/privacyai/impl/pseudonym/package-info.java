/**
 * Default pseudonymization: {@link dev.privacyai.impl.pseudonym.DefaultPseudonymizer}, the in-memory and file
 * vaults ({@link dev.privacyai.impl.pseudonym.InMemoryTokenVault}, {@link dev.privacyai.impl.pseudonym.FileTokenVault})
 * with Tink envelope encryption, streaming re-identification, and
 * {@link dev.privacyai.impl.pseudonym.VaultSubjectDataHolder}, which lets data-subject requests export and erase
 * what a vault holds. See docs/pseudonymization.md.
 */
package dev.privacyai.impl.pseudonym;
