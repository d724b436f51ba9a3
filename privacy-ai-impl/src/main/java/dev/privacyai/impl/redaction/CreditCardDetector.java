package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * CREDIT_CARD: 12–19 digits written together or in groups separated by one consistent separator as cards are
 * printed (first group 4–6 digits, middle groups 3–6, last group 2–6), Luhn-valid and inside a known issuer range
 * (Visa, Mastercard incl. 2-series, Amex, Discover, Diners, JCB, UnionPay, Maestro incl. the historic 0604 range,
 * Mir, RuPay, Troy; 16-digit 35xx numbers outside JCB's assigned range and 15-digit UATP numbers score lower, UATP
 * only reaching the reporting threshold with card context). The separator is one character, the same one between
 * every two groups: space, dash or dot, or a character that text copied from web pages or word processors puts in
 * their place (no-break space U+00A0, narrow no-break space U+202F, figure space U+2007, thin space U+2009,
 * hyphens U+2010/U+2011, en and em dash U+2013/U+2014, minus sign U+2212); "4111 1111-1111 1111", or a no-break
 * space next to plain spaces, mixes two and is no card. Card context ("card", "visa", "cc", the assistant asking
 * for the card) raises the score; reference context ("order number", "tracking") lowers it. Within one numeric
 * run, every window of whole digit groups is tried and the longest valid one wins. Only with a card cue near it or
 * in the assistant's prompt, and Luhn-valid in an issuer range (not the weak JCB-like 35 or UATP ones), are also
 * reported: a run grouped as no card is printed, counted only as a whole ("4111 11111111 1111", a split last group
 * "4111 1111 1111 111 1"; such a whole also takes the place of a valid window inside it), and a number wrapped over
 * one line break between whole groups of four digits (16 digits) or Amex's 4-6-5 ("card 4111 1111" with "1111 1111"
 * on the next line, the two lines' numbers taken whole); two numbers on two lines without a card cue stay two
 * numbers.
 */
final class CreditCardDetector extends ScanningDetector {

    static final ContextLexicon CARD_CUES = ContextLexicon.of(
            "card", "credit", "debit", "visa", "mastercard", "master card", "amex", "american express", "discover",
            "cc", "pan", "card number", "card no", "cardnumber", "tarjeta", "carte", "karte", "kreditkarte", "payment");

    private static final ContextScorer SCORER = new ContextScorer(CARD_CUES, 0.15, ContextScorer.NOT_PERSONAL, 0.25);

    CreditCardDetector() {
        super("credit-card", Set.of(EntityType.CREDIT_CARD));
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        int runs = scan.runCount();
        int r = 0;
        while (r < runs) {
            int first = scan.runFirstToken(r);
            int last = scan.runLastToken(r);
            int digits = scan.runDigits(r);
            int next = r + 1;
            int before = out.size();
            if (digits >= 12) {
                windows(scan, first, last, out);
                if (first < last && !coversWhole(scan, out, before, first, last)) {
                    Finding whole = irregularlyGrouped(scan, first, last, digits);
                    if (whole != null) {
                        // a cued whole run that is a valid card takes the place of a valid part of it
                        out.subList(before, out.size()).clear();
                        out.add(whole);
                    }
                }
            }
            if (out.size() == before && digits >= 4 && digits <= 12 && next < runs) {
                int after = lineWrapped(scan, first, last, digits, next, out);
                if (after > next) {
                    r = after;
                    continue;
                }
            }
            r = next;
        }
    }

    /**
     * Every window of whole digit groups of tokens {@code first..last} that is printed as cards are, Luhn-valid and
     * in an issuer range, longest first from each start; a found window resumes the search after it.
     */
    private void windows(TextScan scan, int first, int last, List<Finding> out) {
        int i = first;
        while (i <= last) {
            int bestEnd = -1;
            String bestIssuer = null;
            int digits = 0;
            char sep = 0;
            boolean consistent = true;
            for (int j = i; j <= last; j++) {
                digits += scan.tokenLength(j);
                if (j > i) {
                    char c = groupSeparator(scan, j);
                    if (c == 0 || (sep != 0 && c != sep)) {
                        consistent = false;
                    }
                    sep = c;
                }
                if (j > i) {
                    // printed groupings: first group 4-6 digits, middle groups 3-6, last group 2-6
                    int prev = scan.tokenLength(j - 1);
                    if (j - 1 == i ? prev < 4 || prev > 6 : prev < 3 || prev > 6) {
                        break;
                    }
                }
                if (digits > 19 || !consistent) {
                    break;
                }
                int lastLen = scan.tokenLength(j);
                if (digits >= 12 && (j == i || (lastLen >= 2 && lastLen <= 6))) {
                    String ds = scan.digitsOf(scan.tokenStart(i), scan.tokenEnd(j));
                    String issuer = issuer(ds);
                    if (issuer != null && Checksums.luhn(ds)) {
                        bestEnd = j;
                        bestIssuer = issuer;
                    }
                }
            }
            if (bestEnd >= 0) {
                int s = scan.tokenStart(i);
                int e = scan.tokenEnd(bestEnd);
                if (scan.boundaryBefore(s) && scan.boundaryAfter(e)) {
                    int n = scan.digitsOf(s, e).length();
                    double base = n >= 15 ? 0.85 : 0.7;
                    if (bestIssuer == JCB_WIDE) {
                        base = 0.6;
                    } else if (bestIssuer == UATP) {
                        // prefix 1 + Luhn alone is weak evidence (one in ten 15-digit ids passes): context-gated
                        base = 0.4;
                    }
                    Explanation.Builder ex = Explanation.builder()
                            .pattern(i == bestEnd ? "pan-contiguous" : "pan-grouped").validator("luhn+issuer-range")
                            .reason(n + " digits, Luhn valid, " + bestIssuer + " range");
                    double score = SCORER.score(scan, s, e, base, ex);
                    out.add(finding(EntityType.CREDIT_CARD, s, e, score, ex));
                }
                i = bestEnd + 1;
            } else {
                i++;
            }
        }
    }

    /** True if {@code out[from, size)} is one finding spanning tokens {@code first..last}. */
    private static boolean coversWhole(TextScan scan, List<Finding> out, int from, int first, int last) {
        return out.size() == from + 1 && out.get(from).start() == scan.tokenStart(first)
                && out.get(from).end() == scan.tokenEnd(last);
    }

    /**
     * Tokens {@code first..last} ({@code digits} digits) as a whole, in groups that no card prints ("4111 11111111
     * 1111", "4111 1111 1111 111 1") or of which only a part was a valid card: 13–19 digits, one consistent
     * separator, Luhn-valid in an issuer range (not JCB-like 35 or UATP). A card only with a card cue near it or in
     * the assistant's prompt, since without one such groupings are more often other numbers; else null.
     */
    private Finding irregularlyGrouped(TextScan scan, int first, int last, int digits) {
        if (digits < 13 || digits > 19) {
            return null;
        }
        char sep = 0;
        for (int j = first + 1; j <= last; j++) {
            char c = groupSeparator(scan, j);
            if (c == 0 || (sep != 0 && c != sep)) {
                return null;
            }
            sep = c;
        }
        int s = scan.tokenStart(first);
        int e = scan.tokenEnd(last);
        if (!scan.boundaryBefore(s) || !scan.boundaryAfter(e)) {
            return null;
        }
        String ds = scan.digitsOf(s, e);
        String issuer = issuer(ds);
        if (issuer == null || issuer == JCB_WIDE || issuer == UATP || !Checksums.luhn(ds)
                || !SCORER.hasPositive(scan, s, e)) {
            return null;
        }
        Explanation.Builder ex = Explanation.builder().pattern("pan-irregular-groups").validator("luhn+issuer-range")
                .reason(digits + " digits in irregular groups, Luhn valid, " + issuer + " range, card cue required");
        double score = SCORER.score(scan, s, e, 0.7, ex);
        return finding(EntityType.CREDIT_CARD, s, e, score, ex);
    }

    /** Amex as printed: 4-6-5. */
    private static final int[] AMEX_GROUPS = {4, 6, 5};

    /**
     * A card wrapped over one line break: tokens {@code first..last} ({@code digits} digits, a whole run) end a
     * line and the run {@code next} (joined on like the first) starts the next one; together whole groups of four
     * (16 digits) or Amex's 4-6-5, one consistent separator within the lines, Luhn-valid in an issuer range (not
     * JCB-like 35 or UATP) and a card cue near it or in the assistant's prompt. Adds the finding and returns the
     * index of the run after the second line's, or -1. At most 16 digits are looked at: constant work per run.
     */
    private int lineWrapped(TextScan scan, int first, int last, int digits, int next, List<Finding> out) {
        int second = scan.runFirstToken(next);
        if (second != last + 1 || !lineBreakGap(scan.chars, scan.tokenEnd(last), scan.tokenStart(second))) {
            return -1;
        }
        int end = scan.runLastToken(next);
        int total = digits + scan.runDigits(next);
        int after = next + 1;
        if (total != 16 && total != 15) {
            return -1;
        }
        char sep = 0;
        for (int j = first; j <= end; j++) {
            int len = scan.tokenLength(j);
            if (total == 16 ? len != 4 : j - first >= AMEX_GROUPS.length || len != AMEX_GROUPS[j - first]) {
                return -1;
            }
            if (j > first && j != second) {
                char c = groupSeparator(scan, j);
                if (c == 0 || (sep != 0 && c != sep)) {
                    return -1;
                }
                sep = c;
            }
        }
        int s = scan.tokenStart(first);
        int e = scan.tokenEnd(end);
        if (!scan.boundaryBefore(s) || !scan.boundaryAfter(e)) {
            return -1;
        }
        String ds = scan.digitsOf(s, e);
        String issuer = issuer(ds);
        if (issuer == null || issuer == JCB_WIDE || issuer == UATP
                || (total == 15 && !issuer.equals("American Express"))
                || !Checksums.luhn(ds) || !SCORER.hasPositive(scan, s, e)) {
            return -1;
        }
        Explanation.Builder ex = Explanation.builder().pattern("pan-line-wrapped").validator("luhn+issuer-range")
                .reason(total + " digits in groups over a line break, Luhn valid, " + issuer
                        + " range, card cue required");
        double score = SCORER.score(scan, s, e, 0.7, ex);
        out.add(finding(EntityType.CREDIT_CARD, s, e, score, ex));
        return after;
    }

    /**
     * True if {@code chars[from, to)} is one line break ("\n", "\r\n" or "\r") with at most two spaces or tabs
     * on each side.
     */
    private static boolean lineBreakGap(char[] t, int from, int to) {
        if (to - from < 1 || to - from > 6) {
            return false;
        }
        int p = from;
        while (p < to && (t[p] == ' ' || t[p] == '\t') && p - from < 2) {
            p++;
        }
        if (p < to && t[p] == '\r') {
            p++;
            if (p < to && t[p] == '\n') {
                p++;
            }
        } else if (p < to && t[p] == '\n') {
            p++;
        } else {
            return false;
        }
        int q = p;
        while (p < to && (t[p] == ' ' || t[p] == '\t') && p - q < 2) {
            p++;
        }
        return p == to;
    }

    /**
     * The one separator character between token {@code j - 1} and token {@code j}: space, dash, dot, no-break
     * space, or a Unicode space or dash ({@link TextScan#isUnicodeSpace}, {@link TextScan#isUnicodeDash}); 0 if the gap is
     * anything else. Returned as written: a no-break space and a space are two separators.
     */
    private static char groupSeparator(TextScan scan, int j) {
        int gapStart = scan.tokenEnd(j - 1);
        if (scan.tokenStart(j) - gapStart != 1) {
            return 0;
        }
        char c = scan.chars[gapStart];
        return c == ' ' || c == '-' || c == '.' || TextScan.isUnicodeSpace(c) || TextScan.isUnicodeDash(c) ? c : 0;
    }

    /** Wider 35 prefix outside JCB's official range; scored lower. */
    static final String JCB_WIDE = "JCB-like 35";
    /** Universal Air Travel Plan: prefix 1, 15 digits; scored lower. */
    static final String UATP = "UATP";

    /** The card scheme whose issuer range and lengths admit {@code d}, or null. */
    static String issuer(String d) {
        int n = d.length();
        int p1 = d.charAt(0) - '0';
        int p2 = Integer.parseInt(d.substring(0, 2));
        int p3 = Integer.parseInt(d.substring(0, 3));
        int p4 = Integer.parseInt(d.substring(0, 4));
        int p6 = Integer.parseInt(d.substring(0, 6));
        if (p1 == 4 && (n == 13 || n == 16 || n == 19)) {
            return "Visa";
        }
        if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n == 16) {
            return "Mastercard";
        }
        if ((p2 == 34 || p2 == 37) && n == 15) {
            return "American Express";
        }
        if ((p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65 || (p6 >= 622126 && p6 <= 622925))
                && n >= 16 && n <= 19) {
            return "Discover";
        }
        if (((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39) && n >= 14 && n <= 19) {
            return "Diners Club";
        }
        if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) {
            return "JCB";
        }
        if (p2 == 35 && n == 16) {
            // 35xx outside JCB's assigned 3528-3589 (MII 3, travel and entertainment): lower base score
            return JCB_WIDE;
        }
        if ((p4 == 1800 || p4 == 2131) && n == 15) {
            return "JCB";
        }
        if (p1 == 1 && n == 15) {
            return UATP;
        }
        if (p2 == 62 && n >= 16 && n <= 19) {
            return "UnionPay";
        }
        if (p4 >= 2200 && p4 <= 2204 && n >= 16 && n <= 19) {
            return "Mir";
        }
        if ((p2 == 60 || p2 == 65 || p2 == 81 || p2 == 82 || p3 == 508 || p3 == 353 || p3 == 356) && n == 16) {
            return "RuPay";
        }
        if (p4 == 9792 && n == 16) {
            return "Troy";
        }
        if ((p2 == 50 || (p2 >= 56 && p2 <= 69) || p1 == 6 || p4 == 604) && n >= 12 && n <= 19) {
            // Maestro, including the historic 0604 range
            return "Maestro";
        }
        return null;
    }
}
