package dev.privacyai.impl.guard;

import dev.privacyai.guard.ChunkSink;
import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.pseudonym.Reidentifier;
import dev.privacyai.pseudonym.ReplyFinding;
import dev.privacyai.pseudonym.StreamingReidentifier;

import java.util.ArrayList;
import java.util.List;

/**
 * Screens and re-identifies a streamed reply. Model chunks accumulate; text is passed on up to a <em>safe cut</em>:
 * just after a whitespace character whose preceding word has a letter and neither a digit nor {@code @} (or is a
 * placeholder), so an identifier that is still arriving ({@code 555 123 ...}, {@code jo@exa...}) is never split.
 * Each passed segment is screened together with up to {@link #CONTEXT} characters before it for personal data the
 * model produced on its own (redacted to {@code [TYPE]}), then handed to the {@link StreamingReidentifier}, whose
 * output goes to the customer. A segment grows at most to {@link #MAX_PENDING} characters before it is cut anyway.
 * One instance per reply; not thread-safe.
 */
final class StreamScreen {

    static final int CONTEXT = 64;
    static final int MAX_PENDING = 2_000;

    private final Reidentifier reidentifier;
    private final ConversationScope scope;
    private final StreamingReidentifier stream;
    private final ChunkSink out;
    private final StringBuilder raw = new StringBuilder(512);
    private final StringBuilder sent = new StringBuilder(512);
    private final List<ReplyFinding> findings = new ArrayList<>();
    private int emitted;
    private long firstEmitNanos;

    private final java.util.Set<dev.privacyai.redaction.EntityType> ignored;

    private final dev.privacyai.redaction.Redactor prefilter;

    /**
     * @param prefilter the redactor the re-identifier's check uses, to skip the check for segments in which it
     *                  finds nothing; null to always check
     */
    StreamScreen(Reidentifier reidentifier, ConversationScope scope, ChunkSink out,
                 java.util.Set<dev.privacyai.redaction.EntityType> ignored,
                 dev.privacyai.redaction.Redactor prefilter) {
        this.ignored = ignored;
        this.prefilter = prefilter;
        this.reidentifier = reidentifier;
        this.scope = scope;
        this.stream = reidentifier.stream(scope);
        this.out = out;
    }

    void push(String chunk) {
        raw.append(chunk);
        int cut = safeCut();
        if (cut > emitted) {
            screen(cut);
        }
    }

    void finish() {
        if (raw.length() > emitted) {
            screen(raw.length());
        }
        send(stream.finish());
    }

    /** The reply as the model streamed it. */
    String raw() {
        return raw.toString();
    }

    /** Everything sent to the customer. */
    String sent() {
        return sent.toString();
    }

    /**
     * Screen findings, positions in {@link #raw()}. Unknown placeholders in segments the prefilter let through
     * unchecked come from the streaming re-identifier (positions in the screened text, equal to the raw text's
     * unless something was redacted before them).
     */
    List<ReplyFinding> findings() {
        if (prefilter == null) {
            return findings;
        }
        List<ReplyFinding> out = new ArrayList<>(findings);
        for (ReplyFinding f : stream.findings()) {
            if (f.kind() == ReplyFinding.Kind.UNKNOWN_PLACEHOLDER && !out.contains(f)) {
                out.add(f);
            }
        }
        out.sort(java.util.Comparator.comparingInt(ReplyFinding::start));
        return out;
    }

    /** Placeholders the streaming re-identifier resolved. */
    int replacedCount() {
        return stream.replacedCount();
    }

    /** {@link System#nanoTime()} when the first non-empty text went to the customer; 0 if none yet. */
    long firstEmitNanos() {
        return firstEmitNanos;
    }

    private int safeCut() {
        int end = raw.length();
        if (end - emitted > MAX_PENDING) {
            for (int p = end - 1; p > emitted; p--) {
                if (Character.isWhitespace(raw.charAt(p))) {
                    return p + 1;
                }
            }
            return end;
        }
        int p = end - 1;
        while (p >= emitted) {
            if (!Character.isWhitespace(raw.charAt(p))) {
                p--;
                continue;
            }
            int q = p - 1;
            while (q >= 0 && !Character.isWhitespace(raw.charAt(q))) {
                q--;
            }
            if (q < p - 1 && safeWord(q + 1, p)) {
                return p + 1;
            }
            p = q;
        }
        return emitted;
    }

    /** A word that cannot be part of an identifier still arriving: letters without digits or '@', or a tag. */
    private boolean safeWord(int from, int to) {
        boolean letter = false;
        boolean tag = false;
        int i = from;
        while (i < to) {
            char c = raw.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                int j = i;
                while (j < to && ((raw.charAt(j) >= 'A' && raw.charAt(j) <= 'Z') || raw.charAt(j) == '_')) {
                    j++;
                }
                int k = j;
                while (k < to && Character.isDigit(raw.charAt(k))) {
                    k++;
                }
                if (j > i + 1 && raw.charAt(j - 1) == '_' && k > j) {
                    tag = true;
                    i = k;
                    continue;
                }
            }
            if (Character.isDigit(c) || c == '@') {
                return false;
            }
            if (Character.isLetter(c)) {
                letter = true;
            }
            i++;
        }
        return letter || tag;
    }

    private void screen(int cut) {
        int ctxStart = Math.max(0, emitted - CONTEXT);
        String window = raw.substring(ctxStart, cut);
        List<ReplyFinding> found = prefilter != null && prefilter.analyze(window).isEmpty() ? List.of()
                : reidentifier.check(window, scope);
        StringBuilder seg = new StringBuilder(cut - emitted + 16);
        int pos = emitted;
        for (ReplyFinding f : found) {
            int s = ctxStart + f.start();
            int e = ctxStart + f.end();
            if (e <= emitted) {
                continue;
            }
            if (f.kind() == ReplyFinding.Kind.UNSEEN_PERSONAL_DATA) {
                if (ignored.contains(f.entityType())) {
                    continue;
                }
                s = Math.max(s, emitted);
                if (s < pos) {
                    continue;
                }
                seg.append(raw, pos, s).append('[').append(f.entityType().name()).append(']');
                pos = e;
                findings.add(ReplyFinding.of(f.kind(), f.entityType(), s, e));
            } else if (s >= emitted) {
                findings.add(ReplyFinding.of(f.kind(), f.entityType(), s, e));
            }
        }
        seg.append(raw, pos, cut);
        emitted = cut;
        send(stream.push(seg));
    }

    private void send(String text) {
        if (!text.isEmpty()) {
            if (firstEmitNanos == 0) {
                firstEmitNanos = System.nanoTime();
            }
            sent.append(text);
            out.accept(text);
        }
    }
}
