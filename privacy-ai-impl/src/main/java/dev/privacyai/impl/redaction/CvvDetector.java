package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * CVV (context-gated): a standalone 3- or 4-digit number right after a card-security-code cue ("CVV", "CVC",
 * "CVV2", "security code", "3 digits on the back") or in a short reply to an assistant prompt that asked for it.
 * Nothing is reported without such context; digits that are part of a longer number are never a CVV.
 */
final class CvvDetector extends ScanningDetector {

    static final ContextLexicon CVV_CUES = ContextLexicon.of("cvv", "cvc", "cvv2", "cvc2", "cvn", "csc", "cid",
            "security code", "card security", "card verification", "verification value", "digits on the back",
            "3 digits", "three digits", "4 digits on the front", "back of the card", "back of my card",
            "back of card", "3 digit code", "three digit code", "4 digit code on the front", "code on the back",
            "number on the back");
    /** Cues of a PIN or password: nearer to the digits than any CVV cue, they name a secret ("cvv 123, pin 4321"). */
    private static final ContextLexicon SECRET_CUES = ContextLexicon.of("pin", "pincode", "passcode", "otp",
            "password", "passwd");
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
            int s = scan.tokenStart(first);
            int len = scan.tokenLength(first);
            if (first != scan.runLastToken(r) || scan.runStart(r) != s || len < 3 || len > 4) {
                continue;
            }
            int e = s + len;
            if (!scan.boundaryBefore(s) || !scan.boundaryAfter(e) || (s > 0 && "$£€#:".indexOf(t.charAt(s - 1)) >= 0)
                    || (e < t.length() && (t.charAt(e) == '%' || t.charAt(e) == ':'))) {
                continue;
            }
            String cue = CVV_CUES.findIn(scan, s - 40, s);
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
}
