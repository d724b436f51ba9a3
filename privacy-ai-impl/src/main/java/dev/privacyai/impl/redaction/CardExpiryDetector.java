package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * CARD_EXPIRY (context-gated): {@code MM/YY}, {@code MM/YYYY}, {@code MM-YY} (also with spaces around the
 * separator) with month 01–12 and a year 2000–2099, after an expiry cue ("exp", "expiry", "expires", "valid thru")
 * or in a short reply to an assistant prompt that asked for the expiry date; {@code MMYY} and {@code MM YY} only
 * right after the cue ("exp 0527") or as such a reply. A month/year right after a valid card number
 * ("4111111111111111 12/27 123", "...|12|27|123") has the card as its cue. Nothing is reported without context.
 */
final class CardExpiryDetector extends ScanningDetector {

    static final ContextLexicon EXPIRY_CUES = ContextLexicon.of("exp", "exp.", "expiry", "expiration", "expires",
            "expire", "expiring", "expired", "valid thru", "valid through", "valid until", "valid till", "good thru",
            "good through", "mm/yy", "mm/yyyy", "mm yy", "end date",
            // the languages of the default phone regions
            "gültig bis", "ablaufdatum", "verfallsdatum", "date d'expiration", "expire le", "expire fin",
            "fecha de caducidad", "caducidad", "caduca", "vencimiento", "scadenza", "scade", "vervaldatum",
            "geldig tot", "validade", "data de validade");
    private static final int MAX_REPLY = 80;
    /** How close before the digits a cue must be for the shapes without a separator ("exp 0527", "exp 05 27"). */
    private static final int NEAR = 16;

    CardExpiryDetector() {
        super("card-expiry", Set.of(EntityType.CARD_EXPIRY));
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        String t = scan.text;
        int mine = out.size();
        for (int r = 0; r < scan.runCount(); r++) {
            int first = scan.runFirstToken(r);
            if (scan.runLastToken(r) == first && scan.runStart(r) == scan.tokenStart(first)) {
                unseparated(scan, first, out);
                continue;
            }
            if (scan.runLastToken(r) != first + 1 || scan.runStart(r) != scan.tokenStart(first)) {
                continue;
            }
            int s = scan.tokenStart(first);
            int e1 = scan.tokenEnd(first);
            int s2 = scan.tokenStart(first + 1);
            int e = scan.tokenEnd(first + 1);
            int ml = e1 - s;
            int yl = e - s2;
            if (ml < 1 || ml > 2 || (yl != 2 && yl != 4)) {
                continue;
            }
            // "MM YY" only right after a cue: "exp 05 27"
            boolean space = !slashOrDash(t, e1, s2);
            if (space && (s2 != e1 + 1 || t.charAt(e1) != ' ' || yl != 2)) {
                continue;
            }
            int month = digits(t, s, e1);
            int year = digits(t, s2, e);
            if (month < 1 || month > 12 || (yl == 4 && (year < 2000 || year > 2099))) {
                continue;
            }
            if (!scan.boundaryBefore(s) || !scan.boundaryAfter(e)
                    || (e + 1 < t.length() && (t.charAt(e) == '/' || t.charAt(e) == '-' || t.charAt(e) == '.')
                    && Character.isDigit(t.charAt(e + 1)))) {
                continue;
            }
            String[] cue = cue(scan, s, space ? NEAR : 40, !space);
            if (cue == null) {
                continue;
            }
            double score = cue[1] == TEXT ? 0.85 : 0.75;
            Explanation.Builder ex = Explanation.builder().pattern(space ? "mm yy" : yl == 2 ? "mm/yy" : "mm/yyyy")
                    .validator("month-01-12").baseScore(score).cue(Explanation.ContextCue.of(cue[0], 0.0, cue[1]))
                    .reason("month/year after a card expiry cue");
            out.add(finding(EntityType.CARD_EXPIRY, s, e, score, ex));
        }
        for (int r = 0; r < scan.runCount(); r++) {
            if (scan.runDigits(r) >= 13) {
                afterCard(scan, r, out, mine); // most texts have no run long enough to hold a card
            }
        }
    }

    /**
     * A month/year right after a card number, with nothing but a space, comma or '|' between them
     * ("4111111111111111 12/27 123", "4111111111111111|12|27|123"): the card is the cue.
     */
    private void afterCard(TextScan scan, int r, List<Finding> out, int mine) {
        // the month is in the run (after a space) or the token right after it (after ", " or "|")
        int to = Math.min(scan.runLastToken(r) + 1, scan.tokenCount() - 2);
        for (int k = scan.runFirstToken(r) + 1; k <= to; k++) {
            if (scan.tokenLength(k) > 2 || !CardSequence.monthYear(scan, k) || !CardSequence.cardRightBefore(scan, k)) {
                continue;
            }
            int s = scan.tokenStart(k);
            int e = scan.tokenEnd(k + 1);
            if (ScanningDetector.overlapsAny(out, mine, out.size(), s, e)) {
                continue;
            }
            Explanation.Builder ex = Explanation.builder().pattern("mm/yy").validator("month-01-12").baseScore(0.85)
                    .cue(Explanation.ContextCue.of("card number before", 0.0, TEXT))
                    .reason("month/year right after a valid card number");
            out.add(finding(EntityType.CARD_EXPIRY, s, e, 0.85, ex));
        }
    }

    /**
     * "MMYY" as one 4-digit token right after a cue ("exp 0527", "expiry: 1126"; on the voice channel "expiry oh
     * eight twenty seven"), or in a short reply to a prompt that asked for the expiry. Without the separator four
     * digits are too common to take on a cue further away.
     */
    private void unseparated(TextScan scan, int k, List<Finding> out) {
        String t = scan.text;
        int s = scan.tokenStart(k);
        int e = scan.tokenEnd(k);
        if (e - s != 4) {
            return;
        }
        int month = digits(t, s, s + 2);
        if (month < 1 || month > 12 || !scan.boundaryBefore(s) || !scan.boundaryAfter(e)
                || (e + 1 < t.length() && ".,/-:".indexOf(t.charAt(e)) >= 0 && Character.isDigit(t.charAt(e + 1)))) {
            return;
        }
        String[] cue = cue(scan, s, NEAR, true);
        if (cue == null) {
            return;
        }
        double score = cue[1] == TEXT ? 0.8 : 0.7;
        Explanation.Builder ex = Explanation.builder().pattern("mmyy").validator("month-01-12").baseScore(score)
                .cue(Explanation.ContextCue.of(cue[0], 0.0, cue[1]))
                .reason("month and year without separator right after a card expiry cue");
        out.add(finding(EntityType.CARD_EXPIRY, s, e, score, ex));
    }

    private static final String TEXT = "text";

    /**
     * The expiry cue in the {@code window} characters before {@code s} as {cue, "text"}; else, if {@code prompt}
     * and the text is a short reply, the cue in the assistant's prompt as {cue, "assistant-prompt"}; else null.
     */
    private static String[] cue(TextScan scan, int s, int window, boolean prompt) {
        String cue = EXPIRY_CUES.findIn(scan, s - window, s);
        if (cue != null) {
            return new String[] {cue, TEXT};
        }
        if (prompt && scan.text.length() <= MAX_REPLY && !scan.prompt.isEmpty()
                && (cue = EXPIRY_CUES.findIn(scan.prompt)) != null) {
            return new String[] {cue, "assistant-prompt"};
        }
        return null;
    }

    /** True if {@code t[from, to)}, trimmed as {@link String#trim()} does, is "/" or "-" (without building it). */
    private static boolean slashOrDash(String t, int from, int to) {
        while (from < to && t.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && t.charAt(to - 1) <= ' ') {
            to--;
        }
        return to - from == 1 && (t.charAt(from) == '/' || t.charAt(from) == '-');
    }

    /** The value of the ASCII digits {@code t[from, to)} (a token of a numeric run: digits only, at most 4). */
    private static int digits(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (t.charAt(i) - '0');
        }
        return v;
    }
}
