package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * ACCOUNT_NUMBER (context-gated): an account, customer, member, policy or loyalty number typed right after its
 * cue ("account number", "acct", "customer id", "membership number", "policy number", "Kundennummer",
 * "numéro de client", "número de cuenta", ...), with only
 * punctuation and filler words ("is", "my", "number", "#") in between. The value is 6–20 digits, written
 * together or in groups joined by single spaces or dashes, optionally after a 1–4 letter prefix in the same
 * token or joined by a dash ("AC-123456", "MBR1234567"). Nothing is reported without the cue, so order,
 * tracking or invoice numbers are never flagged by this detector. A reply that is just the number counts when
 * the assistant's previous prompt asked for one of these numbers.
 */
final class AccountNumberDetector extends ScanningDetector {

    /** Lower-case English cues; longer ones first where one is a prefix of another. */
    private static final String[] ENGLISH_CUES = {
        "account number", "account no", "account #", "account id", "account", "acct number", "acct no", "acct",
        "acc no", "acc", "a/c", "customer number", "customer no", "customer id", "customer #", "client number",
        "client id", "member number", "member no", "member id", "membership number", "membership no",
        "membership id", "policy number", "policy no", "policy #", "loyalty number", "loyalty card number",
        "loyalty id", "rewards number", "subscriber number", "subscriber id", "contract number", "billing account"
    };

    /** The same cues in German, French, Spanish, Italian and Dutch. */
    private static final String[] FOREIGN_CUES = {
        "kundennummer", "kundennr", "kontonummer", "vertragsnummer", "mitgliedsnummer", "numéro de client",
        "numéro client", "numéro de compte", "número de cliente", "número de cuenta", "número de socio",
        "numero cliente", "numero di conto", "klantnummer", "rekeningnummer", "lidnummer", "contractnummer"
    };

    /** Every cue, English first. */
    static final String[] CUES = java.util.stream.Stream.concat(java.util.Arrays.stream(ENGLISH_CUES),
            java.util.Arrays.stream(FOREIGN_CUES)).toArray(String[]::new);

    private static final ContextLexicon PROMPT_CUES = ContextLexicon.of(CUES);

    /**
     * A cheap test that some cue may stand in the window at all: the English cues as word-start prefixes, the
     * others as whole words (as prefixes, "rekeningnummer" or "mitgliedsnummer" would be tried at every English
     * word starting with "re" or "mi").
     */
    private static final ContextLexicon CUE_STARTS = ContextLexicon.of(java.util.stream.Stream.concat(
            java.util.Arrays.stream(ENGLISH_CUES).map(c -> c + "*"), java.util.Arrays.stream(FOREIGN_CUES))
            .toArray(String[]::new));

    private static final int MAX_GAP = 24;

    AccountNumberDetector() {
        super("account-number", Set.of(EntityType.ACCOUNT_NUMBER));
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        if (!scan.hasDigit()) {
            return;
        }
        String t = scan.text;
        int n = scan.tokenCount();
        // only tokens with a digit can start one
        for (int i = scan.nextDigitToken(0); i < n; i = scan.nextDigitToken(i + 1)) {
            if (!scan.tokenHas(i, TextScan.DIGIT) || scan.tokenHas(i, TextScan.NON_ASCII)) {
                continue;
            }
            int s = scan.tokenStart(i);
            // optional letter prefix: inside the token (MBR1234567) or a letter token joined by a dash (AC-123456)
            int first = i;
            int prefixLen = 0;
            while (prefixLen < scan.tokenLength(i) && Character.isLetter(t.charAt(s + prefixLen))) {
                prefixLen++;
            }
            if (prefixLen == 0 && i > 0 && scan.tokenFlags(i - 1) != TextScan.DIGIT
                    && scan.tokenLength(i - 1) <= 4 && IdTokens.gap(scan, i - 1, "-") == '-'
                    && (scan.tokenFlags(i - 1) & TextScan.UPPER) != 0 && (scan.tokenFlags(i - 1) & TextScan.LOWER) == 0) {
                first = i - 1;
            }
            if (prefixLen > 4 || !IdTokens.digits(t, s + prefixLen, scan.tokenEnd(i))) {
                continue;
            }
            int k = i;
            int digits = scan.tokenLength(i) - prefixLen;
            while (k + 1 < n && IdTokens.gap(scan, k, IdTokens.SPACE_DASH) != 0 && scan.tokenFlags(k + 1) == TextScan.DIGIT
                    && digits + scan.tokenLength(k + 1) <= 20) {
                digits += scan.tokenLength(k + 1);
                k++;
            }
            int start = scan.tokenStart(first);
            int e = scan.tokenEnd(k);
            if (digits < 6 || digits > 20) {
                i = k;
                continue;
            }
            String cue = CUE_STARTS.findIn(scan, start - MAX_GAP - 40, start) == null ? null
                    : IdTokens.cueRightBefore(scan, start, CUES, MAX_GAP);
            String where = "text";
            if (cue == null && !scan.prompt.isEmpty() && IdTokens.onlyFillerBefore(t, start, MAX_GAP)) {
                cue = PROMPT_CUES.findIn(scan.prompt);
                where = "assistant-prompt";
            }
            if (cue == null) {
                i = k;
                continue;
            }
            Explanation.Builder ex = Explanation.builder()
                    .pattern(first < i || prefixLen > 0 ? "prefix-digits" : (k > i ? "digit-groups" : "digits"))
                    .validator("cue-then-value").baseScore(0.2)
                    .cue(Explanation.ContextCue.of(cue, 0.5, where))
                    .reason(digits + " digits right after an account cue");
            out.add(finding(EntityType.ACCOUNT_NUMBER, start, e, 0.7, ex));
            i = k;
        }
    }
}
