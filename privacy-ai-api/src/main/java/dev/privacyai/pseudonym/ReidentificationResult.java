package dev.privacyai.pseudonym;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of re-identifying a reply or tool-call arguments: the text with this conversation's placeholders
 * replaced as the {@link ReidentificationPolicy} says, how many were replaced, and the {@link ReplyFinding}s.
 *
 * <p>The text contains personal data: it is meant for the customer (or the host's tool), never for logs.
 * {@link #toString()} prints counts and length only. Immutable and thread-safe.
 */
public final class ReidentificationResult {

    private final String text;
    private final int replaced;
    private final List<ReplyFinding> findings;

    private ReidentificationResult(String text, int replaced, List<ReplyFinding> findings) {
        this.text = text;
        this.replaced = replaced;
        this.findings = findings;
    }

    /** Creates a result; the list is copied. */
    public static ReidentificationResult of(String text, int replaced, List<ReplyFinding> findings) {
        if (replaced < 0) {
            throw new IllegalArgumentException("replaced must be >= 0");
        }
        return new ReidentificationResult(Objects.requireNonNull(text, "text"), replaced,
                List.copyOf(Objects.requireNonNull(findings, "findings")));
    }

    /** The re-identified text. Contains personal data. */
    public String text() {
        return text;
    }

    /** Number of placeholders that were resolved and replaced. */
    public int replacedCount() {
        return replaced;
    }

    /** Findings, by start; positions refer to the input text. */
    public List<ReplyFinding> findings() {
        return findings;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReidentificationResult && ((ReidentificationResult) o).text.equals(text)
                && ((ReidentificationResult) o).replaced == replaced
                && ((ReidentificationResult) o).findings.equals(findings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, replaced, findings);
    }

    /** Counts and length only. */
    @Override
    public String toString() {
        return "ReidentificationResult{replaced=" + replaced + ", findings=" + findings.size() + ", length="
                + text.length() + "}";
    }
}
