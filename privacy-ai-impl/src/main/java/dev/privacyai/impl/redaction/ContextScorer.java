package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.Explanation;

/**
 * Moves a candidate's score by the words around it: a positive cue in the window before (or just after, on the
 * same line) the candidate, or in the assistant's previous prompt, raises it; a negative cue before it ("order number",
 * "tracking", "invoice") lowers it. Every move is recorded in the {@link Explanation}. Immutable and thread-safe.
 */
final class ContextScorer {

    /** Default window: characters before the candidate. */
    static final int DEFAULT_BEFORE = 48;
    /** Default window: characters after the candidate. */
    static final int DEFAULT_AFTER = 24;

    /** Negative cues shared by numeric detectors: digits that are references, not personal identifiers. */
    static final ContextLexicon NOT_PERSONAL = ContextLexicon.of(
            "order number", "order no", "order #", "order id", "order", "tracking", "track", "invoice", "receipt",
            "reference", "ref", "confirmation", "booking", "reservation", "ticket", "case number", "case",
            "sku", "item", "product", "model", "version", "serial", "part number", "flight", "room", "table",
            "transaction id", "shipment", "parcel", "package");

    private final ContextLexicon positive;
    private final double boost;
    private final ContextLexicon negative;
    private final double penalty;
    private final int before;
    private final int after;

    ContextScorer(ContextLexicon positive, double boost, ContextLexicon negative, double penalty, int before, int after) {
        this.positive = positive;
        this.boost = boost;
        this.negative = negative;
        this.penalty = penalty;
        this.before = before;
        this.after = after;
    }

    ContextScorer(ContextLexicon positive, double boost, ContextLexicon negative, double penalty) {
        this(positive, boost, negative, penalty, DEFAULT_BEFORE, DEFAULT_AFTER);
    }

    /** True if a positive cue is near {@code [start, end)} or in the assistant's prompt. */
    boolean hasPositive(TextScan scan, int start, int end) {
        return positiveCue(scan, start, end) != null;
    }

    /** The positive cue near the span (text first, then prompt), or null; the second element says where. */
    String[] positiveCue(TextScan scan, int start, int end) {
        if (positive == null || positive.isEmpty()) {
            return null;
        }
        String cue = positive.findIn(scan, start - before, start);
        if (cue == null) {
            cue = positive.findIn(scan, end, lineEnd(scan.chars, end, end + after));
        }
        if (cue != null) {
            return new String[] {cue, "text"};
        }
        if (!scan.prompt.isEmpty()) {
            cue = positive.findIn(scan.prompt);
            if (cue != null) {
                return new String[] {cue, "assistant-prompt"};
            }
        }
        return null;
    }

    /**
     * The end of the window after a candidate: {@code to}, or the first line break before it. A cue on the next
     * line labels the next value ("A12345678\nLicense: F255..." is no licence number), while a question on the line
     * before still names the answer.
     */
    static int lineEnd(char[] t, int from, int to) {
        int end = Math.min(to, t.length);
        for (int i = Math.max(0, from); i < end; i++) {
            if (t[i] == '\n' || t[i] == '\r') {
                return i;
            }
        }
        return end;
    }

    /**
     * The line that ends at the line break {@code br} ends, before spaces, in '?' or ':': a question or a label
     * ("What's your order number?", "Postcode:") that names the value on the line below it.
     */
    static boolean lineAsks(String t, int br) {
        int i = br - 1;
        while (i >= 0 && (t.charAt(i) == ' ' || t.charAt(i) == '\r' || t.charAt(i) == '\t')) {
            i--;
        }
        return i >= 0 && (t.charAt(i) == '?' || t.charAt(i) == ':');
    }

    /**
     * The start of a cue window that ends at {@code s}: at most {@code max} characters back, and not past a line
     * break, except (when {@code throughQuestion}) the one that ends a line asking for the value below it
     * ({@link #lineAsks}: "Could you spell the surname?\n", "Postcode:\n").
     */
    static int lineWindowStart(String t, int s, int max, boolean throughQuestion) {
        int from = s;
        boolean crossed = false;
        while (from > 0 && s - from < max) {
            char c = t.charAt(from - 1);
            if (c == '\n' || (c == '\r' && !throughQuestion)) {
                if (!throughQuestion || crossed || !lineAsks(t, from - 1)) {
                    break;
                }
                crossed = true;
            }
            from--;
        }
        return from;
    }

    /**
     * The one to five digits right before {@code end} follow a dash ("212-555-0147"): a comma after them separates
     * fields ("212-555-0147,03/03/1979"), as no decimal comma follows a dashed number.
     */
    static boolean dashedGroupBefore(String t, int end) {
        int p = end;
        while (p > 0 && t.charAt(p - 1) >= '0' && t.charAt(p - 1) <= '9' && end - p < 5) {
            p--;
        }
        return p < end && p > 0 && t.charAt(p - 1) == '-';
    }

    /** The negative cue in the window before the span, or null. */
    String negativeCue(TextScan scan, int start) {
        if (negative == null || negative.isEmpty()) {
            return null;
        }
        return negative.findIn(scan, start - before, start);
    }

    /** Applies positive then negative context to {@code base}, records the cues, returns the clamped score. */
    double score(TextScan scan, int start, int end, double base, Explanation.Builder explanation) {
        double score = base;
        explanation.baseScore(base);
        String[] pos = positiveCue(scan, start, end);
        if (pos != null) {
            score += boost;
            explanation.cue(Explanation.ContextCue.of(pos[0], boost, pos[1]));
        }
        String neg = pos == null ? negativeCue(scan, start) : null; // a positive cue overrides any negative one
        if (neg != null) {
            score -= penalty;
            explanation.cue(Explanation.ContextCue.of(neg, -penalty, "text"));
        }
        return clamp(score);
    }

    /**
     * The cue of {@code other} in the {@code near} characters before {@code start} when no cue of {@code own} stands
     * there, else null: a nearer cue of another identifier names the digits even when the detector's own cue stands
     * further back ("my cvv is 123 and my pin is 4321", "account number 12345678, passport number 123456789").
     */
    static String nearerOtherCue(TextScan scan, int start, int near, ContextLexicon other, ContextLexicon... own) {
        String cue = other.findIn(scan, start - near, start);
        if (cue == null) {
            return null;
        }
        for (ContextLexicon o : own) {
            if (o.findIn(scan, start - near, start) != null) {
                return null;
            }
        }
        return cue;
    }

    static double clamp(double s) {
        return s < 0 ? 0 : (s > 1 ? 1 : s);
    }
}
