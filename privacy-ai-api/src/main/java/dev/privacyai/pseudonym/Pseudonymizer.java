package dev.privacyai.pseudonym;

import dev.privacyai.redaction.RedactionContext;

/**
 * Replaces personal data with stable placeholders the model can reason about, keeps the originals in a
 * {@link dev.privacyai.pseudonym.spi.TokenVault}, and hands out a {@link Reidentifier} that puts them back.
 *
 * <p>Guarantees of every implementation:
 * <ul>
 *   <li>Within a {@link ConversationScope} the same value always gets the same placeholder ({@code <EMAIL_1>}),
 *       another value of the type the next number ({@code <EMAIL_2>}); identities of a {@link SubjectProfile}
 *       share one placeholder across their forms.</li>
 *   <li>Mappings of different scopes are independent: the same value in two conversations is not linkable
 *       through its placeholder, and a placeholder only resolves in its own scope.</li>
 *   <li>Fail closed: if finding or storing fails, a {@link PseudonymizationException} is thrown rather than
 *       returning text that may still contain personal data. Neither exceptions nor logs contain text or values.</li>
 *   <li>Thread-safe: many threads may pseudonymize in the same or different conversations.</li>
 * </ul>
 */
public interface Pseudonymizer {

    /** Pseudonymizes with {@link RedactionContext#defaults()} and an empty profile. */
    default PseudonymizationResult pseudonymize(String text, ConversationScope scope) {
        return pseudonymize(text, scope, RedactionContext.defaults(), SubjectProfile.empty());
    }

    /** Pseudonymizes {@code text} within {@code scope}. */
    PseudonymizationResult pseudonymize(String text, ConversationScope scope, RedactionContext context,
                                        SubjectProfile profile);

    /**
     * Pseudonymizes the result of a host tool before it goes back to the model. If {@code result} is valid JSON,
     * personal data inside string values (and numbers that are personal data, which become JSON strings) is
     * replaced and the output is valid JSON; otherwise the whole text is pseudonymized as text. Findings' offsets
     * refer to {@code result}.
     */
    PseudonymizationResult pseudonymizeToolResult(String result, ConversationScope scope);

    /** The public view of the scope's mapping: every live entry, by type and number, without values. */
    java.util.List<Placeholder> mapping(ConversationScope scope);

    /** The re-identifier for replies to text pseudonymized by this instance. */
    Reidentifier reidentifier();
}
