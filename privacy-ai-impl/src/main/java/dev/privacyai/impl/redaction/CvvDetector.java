package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * CVV (context-gated): a standalone 3- or 4-digit number right after a card-security-code cue ("CVV", "CVC",
 * "CVV2", "security code", "3 digits on the back") or in a short reply to an assistant prompt that asked for it.
 * After card details a bare "code" is such a cue ("card 4111... exp 12/27 code 123"), unless another kind of code
 * is named ("error code", "zip code"); three or four digits right after a valid card number and its month/year
 * ("4111111111111111 12/27 123", "4111111111111111|12|27|123") need no cue. Nothing is reported without such
 * context; digits that are part of a longer number are never a CVV.
 */
final class CvvDetector extends ScanningDetector {

    static final ContextLexicon CVV_CUES = ContextLexicon.of("cvv", "cvc", "cvv2", "cvc2", "cvn", "csc", "cid",
            "security code", "card security", "card verification", "verification value", "digits on the back",
            "3 digits", "three digits", "4 digits on the front", "back of the card", "back of my card",
            "back of card", "3 digit code", "three digit code", "4 digit code on the front", "code on the back",
            "number on the back",
            // the languages of the default phone regions
            "prüfnummer", "kartenprüfnummer", "prüfziffer", "sicherheitscode", "cryptogramme", "code de sécurité",
            "código de seguridad", "codigo de seguridad", "codice di sicurezza", "codice cvv", "beveiligingscode",
            "código de segurança", "codigo de seguranca");
    /** Cues of a PIN or password: nearer to the digits than any CVV cue, they name a secret ("cvv 123, pin 4321"). */
    private static final ContextLexicon SECRET_CUES = ContextLexicon.of("pin", "pincode", "passcode", "otp",
            "password", "passwd");
    /**
     * A bare "code" ({@link #codeWordNamesIt}) names a CVV only after card details: an expiry or the card number;
     * "card" alone is not enough ("my card was declined with code 503").
     */
    private static final ContextLexicon CARD_WORDS = ContextLexicon.of("exp", "exp.", "expiry", "expires",
            "expiration", "valid thru", "card number", "card no", "card #", "long number");
    /** Words before "code" that make it a different code ("error code", "promo code", "zip code"). */
    private static final TokenWords OTHER_CODES = TokenWords.of("error", "promo", "promotion", "discount", "coupon",
            "voucher", "zip", "post", "postal", "area", "country", "reference", "ref", "tracking", "confirmation",
            "access", "verification", "sms", "auth", "2fa", "gift", "reward", "referral", "status", "product",
            "sort", "swift", "bic", "iban", "bank", "branch", "routing", "dial", "region", "booking", "order");
    /** How far before the digits {@link #SECRET_CUES} takes over. */
    private static final int NEAR = 16;
    /** A reply to the assistant's prompt is only trusted when it is short. */
    private static final int MAX_REPLY = 80;

    CvvDetector() {
        super("cvv", Set.of(EntityType.CVV));
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        String t = scan.text;
        for (int r = 0; r < scan.runCount(); r++) {
            int first = scan.runFirstToken(r);
            if (first != scan.runLastToken(r)) {
                if (scan.runDigits(r) >= 19) {
                    inCardRun(scan, r, out); // "4111111111111111 12/27 123" is one run
                }
                continue;
            }
            int s = scan.tokenStart(first);
            int len = scan.tokenLength(first);
            if (first != scan.runLastToken(r) || scan.runStart(r) != s || len < 3 || len > 4) {
                continue;
            }
            int e = s + len;
            if (!scan.boundaryBefore(s) || !scan.boundaryAfter(e) || (s > 0 && "$£€#".indexOf(t.charAt(s - 1)) >= 0)
                    || (s > 0 && t.charAt(s - 1) == ':' && !(first > 0 && scan.tokenEnd(first - 1) == s - 1
                    && scan.tokenHas(first - 1, TextScan.LETTER)))
                    || (e < t.length() && (t.charAt(e) == '%' || t.charAt(e) == ':'))) {
                continue; // "CVV:123" is a label, "10:300" and ":123" are not
            }
            String cue = CVV_CUES.findIn(scan, s - 40, s);
            if (cue == null && afterCardAndExpiry(scan, first)) {
                cue = "card number and expiry before";
            } else if (cue == null && codeWordNamesIt(scan, first) && CARD_WORDS.findIn(scan, s - 80, s) != null) {
                cue = "code after card details"; // "card ... exp 12/27 code 123", "the code is 123"
            }
            if (cue != null && ContextScorer.nearerOtherCue(scan, s, NEAR, SECRET_CUES, CVV_CUES) != null) {
                continue; // "my cvv is 123 and my pin is 4321": the PIN cue names 4321, a SECRET
            }
            double score;
            String where;
            if (cue != null) {
                score = 0.85;
                where = "text";
            } else if (t.length() <= MAX_REPLY && !scan.prompt.isEmpty() && (cue = CVV_CUES.findIn(scan.prompt)) != null) {
                score = 0.75;
                where = "assistant-prompt";
            } else {
                continue;
            }
            Explanation.Builder ex = Explanation.builder().pattern(len + "-digits").validator("context-gated")
                    .baseScore(score).cue(Explanation.ContextCue.of(cue, 0.0, where))
                    .reason("3-4 digits after a card security code cue");
            out.add(finding(EntityType.CVV, s, e, score, ex));
        }
    }

    /**
     * Three or four digits ending numeric run {@code r} ("4111111111111111 12/27 123" is one run of digit groups)
     * after a valid card number and its month/year.
     */
    private void inCardRun(TextScan scan, int r, List<Finding> out) {
        int last = scan.runLastToken(r);
        int len = scan.tokenLength(last);
        if (last - scan.runFirstToken(r) < 3 || len < 3 || len > 4 || !scan.boundaryAfter(scan.tokenEnd(last))
                || !afterCardAndExpiry(scan, last)) {
            return;
        }
        int s = scan.tokenStart(last);
        int e = scan.tokenEnd(last);
        Explanation.Builder ex = Explanation.builder().pattern(len + "-digits").validator("context-gated")
                .baseScore(0.85).cue(Explanation.ContextCue.of("card number and expiry before", 0.0, "text"))
                .reason("3-4 digits after a card number and its expiry");
        out.add(finding(EntityType.CVV, s, e, 0.85, ex));
    }

    /** Token k follows a month/year that follows a valid card number ("4111111111111111 12/27 123"). */
    private static boolean afterCardAndExpiry(TextScan scan, int k) {
        return k >= 3 && CardSequence.itemGap(scan, k - 1, k) && CardSequence.monthYear(scan, k - 2)
                && CardSequence.cardRightBefore(scan, k - 2);
    }

    /**
     * The last word before token k but for "is"/"was"/"it's" is "code", not after a word that names another kind of
     * code ("error code 123", "zip code"), or "security number": "code 123", "the code is 123".
     */
    private static boolean codeWordNamesIt(TextScan scan, int k) {
        int w = k - 1;
        while (w >= 0 && (TokenWords.sameLower(scan, w, "is") || TokenWords.sameLower(scan, w, "was")
                || TokenWords.sameLower(scan, w, "it") || TokenWords.sameLower(scan, w, "s")) && k - w < 4) {
            w--;
        }
        if (w < 0 || scan.tokenHas(w, TextScan.DIGIT)) {
            return false;
        }
        if (TokenWords.sameLower(scan, w, "number")) {
            return w > 0 && TokenWords.sameLower(scan, w - 1, "security"); // "the security number is 123"
        }
        return TokenWords.sameLower(scan, w, "code") && (w == 0 || !OTHER_CODES.contains(scan, w - 1));
    }
}
