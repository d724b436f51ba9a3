package dev.privacyai.pseudonym;

import java.util.List;

/**
 * Re-identifies one model reply delivered in chunks, as LLM streaming APIs deliver it. Each {@link #push} returns
 * the re-identified text that is already certain, holding back only a possible partial placeholder (or surrogate)
 * at the end of what was received; {@link #finish()} returns the rest. The concatenation of everything returned
 * equals {@link Reidentifier#reidentify} of the whole reply, however the reply is chunked.
 *
 * <p>Stateful, one instance per reply, <b>not thread-safe</b>: call it from one thread at a time. Uses the
 * conversation's mapping as it was when the instance was created.
 */
public interface StreamingReidentifier {

    /**
     * Accepts the next chunk and returns the text that can be emitted now (possibly empty).
     *
     * @throws IllegalStateException if {@link #finish()} was called
     */
    String push(CharSequence chunk);

    /**
     * Ends the reply and returns the held-back rest.
     *
     * @throws IllegalStateException if called twice
     */
    String finish();

    /** Findings so far, positions in the reply as received; complete after {@link #finish()}. */
    List<ReplyFinding> findings();

    /** Placeholders resolved so far. */
    int replacedCount();
}
