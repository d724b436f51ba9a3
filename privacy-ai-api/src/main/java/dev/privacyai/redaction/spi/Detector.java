package dev.privacyai.redaction.spi;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;

import java.util.List;
import java.util.Set;

/**
 * Finds personal data of some {@link EntityType}s in a text: the plug-in point of a {@link dev.privacyai.redaction.Redactor}
 * (a recognizer, in Presidio's terms).
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>Thread-safe and stateless between calls; deterministic for the same text and context.</li>
 *   <li>Returned findings lie within the text and are of the types in {@link #entityTypes()}; they may overlap
 *       each other (the redactor resolves overlaps).</li>
 *   <li>Never log, print or put in an exception the text or any part of it.</li>
 *   <li>Linear time in the text length; no regular expression that can backtrack catastrophically.</li>
 * </ul>
 */
public interface Detector {

    /** A short stable name, e.g. {@code "credit-card"}; appears in {@link Finding#detector()}. */
    String name();

    /** The entity types this detector can report. */
    Set<EntityType> entityTypes();

    /**
     * Finds candidates in {@code text}.
     *
     * @param text    the text to analyze, never null
     * @param context the redaction context, never null
     * @return findings, possibly empty, in any order
     */
    List<Finding> detect(String text, RedactionContext context);
}
