package dev.privacyai.redaction;

import java.util.List;

/**
 * Finds personal data in text and replaces it, following the analyzer/anonymizer split: {@link #analyze}
 * finds, {@link #redact} finds and transforms.
 *
 * <p>Guarantees of every implementation:
 * <ul>
 *   <li>Thread-safe and immutable once built; the same text and context always give the same result.</li>
 *   <li>{@code null} text or context: {@link NullPointerException} naming the parameter. Empty text: an empty
 *       result.</li>
 *   <li>Returned findings are sorted by start, never overlap, and lie within the text.</li>
 *   <li>Fail closed: if a detector fails, a {@link RedactionException} is thrown rather than returning text that
 *       may still contain personal data. Neither exceptions nor logs contain the text.</li>
 * </ul>
 */
public interface Redactor {

    /** Finds personal data with {@link RedactionContext#defaults()}. */
    default List<Finding> analyze(String text) {
        return analyze(text, RedactionContext.defaults());
    }

    /** Finds personal data: resolved, non-overlapping findings at or above the policy's minimum score, by start. */
    List<Finding> analyze(String text, RedactionContext context);

    /** Redacts with {@link RedactionContext#defaults()}. */
    default RedactionResult redact(String text) {
        return redact(text, RedactionContext.defaults());
    }

    /** Finds personal data and replaces each finding as the policy says. */
    RedactionResult redact(String text, RedactionContext context);
}
