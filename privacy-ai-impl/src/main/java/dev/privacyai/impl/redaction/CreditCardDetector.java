package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * CREDIT_CARD: 12–19 digits written together or in groups separated by one consistent separator (space, dash,
 * dot) as cards are printed (first group 4–6 digits, middle groups 3–6, last group 2–6), Luhn-valid and inside a
 * known issuer range (Visa, Mastercard incl. 2-series, Amex, Discover, Diners, JCB, UnionPay, Maestro incl. the
 * historic 0604 range, Mir, RuPay, Troy; 16-digit 35xx numbers outside JCB's assigned range and 15-digit UATP
 * numbers score lower, UATP only reaching the reporting threshold with card context). Card context ("card",
 * "visa", "cc", the assistant asking for the card) raises the score; reference context ("order number",
 * "tracking") lowers it. Within one numeric run, every window of whole digit groups is tried and the longest valid
 * one wins. A run grouped as no card is printed ("4111 11111111 1111") counts only as a whole and with a card cue.
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
        for (int r = 0; r < scan.runCount(); r++) {
            if (scan.runDigits(r) < 12) {
                continue;
            }
            int first = scan.runFirstToken(r);
            int last = scan.runLastToken(r);
            int before = out.size();
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
            if (out.size() == before && first < last) {
                irregularlyGrouped(scan, first, last, out);
            }
        }
    }

    /**
     * A whole numeric run of 13–19 digits in groups that no card prints ("4111 11111111 1111", "4111 1111 1111 111
     * 1"), one consistent separator, Luhn-valid in an issuer range: a card only with a card cue near it or in the
     * assistant's prompt, since without one such groupings are more often other numbers.
     */
    private void irregularlyGrouped(TextScan scan, int first, int last, List<Finding> out) {
        int s = scan.tokenStart(first);
        int e = scan.tokenEnd(last);
        int digits = 0;
        char sep = 0;
        for (int j = first; j <= last; j++) {
            digits += scan.tokenLength(j);
            if (j > first) {
                char c = groupSeparator(scan, j);
                if (c == 0 || (sep != 0 && c != sep)) {
                    return;
                }
                sep = c;
            }
        }
        if (digits < 13 || digits > 19 || !scan.boundaryBefore(s) || !scan.boundaryAfter(e)
                || !SCORER.hasPositive(scan, s, e)) {
            return;
        }
        String ds = scan.digitsOf(s, e);
        String issuer = issuer(ds);
        if (issuer == null || issuer == JCB_WIDE || issuer == UATP || !Checksums.luhn(ds)) {
            return;
        }
        Explanation.Builder ex = Explanation.builder().pattern("pan-irregular-groups").validator("luhn+issuer-range")
                .reason(digits + " digits in irregular groups, Luhn valid, " + issuer + " range, card cue required");
        double score = SCORER.score(scan, s, e, 0.7, ex);
        out.add(finding(EntityType.CREDIT_CARD, s, e, score, ex));
    }

    /** The one space, dash or dot between token {@code j - 1} and token {@code j}, or 0 if the gap is anything else. */
    private static char groupSeparator(TextScan scan, int j) {
        int gapStart = scan.tokenEnd(j - 1);
        char c = scan.text.charAt(gapStart);
        return scan.tokenStart(j) - gapStart == 1 && (c == ' ' || c == '-' || c == '.') ? c : 0;
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
