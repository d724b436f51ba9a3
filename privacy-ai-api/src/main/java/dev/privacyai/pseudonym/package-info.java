/**
 * Reversible pseudonymization: {@link dev.privacyai.pseudonym.Pseudonymizer} replaces personal data with stable,
 * per-conversation placeholders ({@code <EMAIL_1>} or realistic surrogates), keeps the originals encrypted in a
 * {@link dev.privacyai.pseudonym.spi.TokenVault}, and {@link dev.privacyai.pseudonym.Reidentifier} puts them back
 * into model replies (whole or streamed) and tool-call arguments, only within the same
 * {@link dev.privacyai.pseudonym.ConversationScope}. No third-party dependencies.
 */
package dev.privacyai.pseudonym;
