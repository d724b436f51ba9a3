/**
 * Default escalation: {@link dev.privacyai.impl.escalation.DefaultEscalationPolicy} (when must a person take over,
 * and why) and {@link dev.privacyai.impl.escalation.Handoffs} (what the person receives, redacted for their role).
 *
 * <p>The detection is rule-based, on purpose: every decision names the lexicon cue or threshold behind it, a
 * reviewer can read and change the lexicon, and nothing needs a model file. The rules run over one normalized
 * token stream per turn (lower case, accents folded, repeated letters squeezed, chat abbreviations expanded,
 * one-edit typos of key words corrected), with look-alike masking ("human resources", "travel agent",
 * "agent number", "in person", "insurance claim") and clause-scoped negation ("no need for", "don't want",
 * "sin", "pas besoin", "kein"). Lexicons cover English, Spanish, French and German; all live in the package-private
 * {@code Lexicon} class. Public types: {@code DefaultEscalationPolicy}, {@code Handoffs} and their builders;
 * everything else is package-private.
 */
package dev.privacyai.impl.escalation;
