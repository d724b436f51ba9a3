package dev.privacyai.pseudonym;

/**
 * Puts a conversation's values back into text produced by the model, and checks such text.
 *
 * <p>Guarantees of every implementation:
 * <ul>
 *   <li>Placeholders are recognised in the shapes models write them: {@code <PERSON_1>}, {@code PERSON_1},
 *       {@code [PERSON_1]}, {@code {PERSON_1}}, {@code (PERSON_1)}, {@code <Person_1>}; surrogates
 *       case-insensitively.</li>
 *   <li>Only values of the given scope are used. A placeholder without a value in that scope (invented, or copied
 *       from another conversation) is left unchanged and reported as
 *       {@link ReplyFinding.Kind#UNKNOWN_PLACEHOLDER}; it never resolves to another conversation's data.</li>
 *   <li>What is reinserted follows the {@link ReidentificationPolicy}.</li>
 *   <li>Thread-safe. Neither exceptions nor logs contain text or values.</li>
 * </ul>
 */
public interface Reidentifier {

    /** Re-identifies a whole reply. */
    ReidentificationResult reidentify(String reply, ConversationScope scope);

    /** Starts re-identifying a streamed reply; see {@link StreamingReidentifier}. */
    StreamingReidentifier stream(ConversationScope scope);

    /**
     * Re-identifies the JSON arguments of a tool (function) call the model made, so the host can run the tool
     * with real values: placeholders inside JSON string values are replaced with the original values
     * ({@link ReidentificationPolicy#allOriginal()} unless the implementation is configured otherwise), escaped
     * so that the JSON stays valid. Object keys and non-string values are left as they are.
     *
     * @throws IllegalArgumentException if {@code json} is not valid JSON (the message holds no content)
     */
    ReidentificationResult reidentifyToolArguments(String json, ConversationScope scope);

    /**
     * Checks a reply without changing it: placeholders unknown in the scope
     * ({@link ReplyFinding.Kind#UNKNOWN_PLACEHOLDER}) and personal data that was never pseudonymized in the scope
     * ({@link ReplyFinding.Kind#UNSEEN_PERSONAL_DATA}), by start.
     */
    java.util.List<ReplyFinding> check(String reply, ConversationScope scope);
}
