package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * IBAN: International Bank Account Numbers of every country in the SWIFT IBAN registry, compact or in groups
 * joined by single spaces or dashes, all upper case or all lower case. A candidate starts at a token that begins
 * with two letters and two digits and grows token by token up to 34 characters; a prefix is accepted only when
 * its length is exactly the registered length for its country and the ISO 7064 mod-97 check passes, and the
 * longest such prefix wins. IBAN context ("iban", "bank", "transfer") raises the score.
 */
final class IbanDetector extends ScanningDetector {

    static final ContextLexicon IBAN_CUES = ContextLexicon.of(
            "iban", "ibans", "bank", "account", "transfer", "wire", "sepa", "bic", "swift", "payee");

    private static final ContextScorer SCORER = new ContextScorer(IBAN_CUES, 0.1, ContextScorer.NOT_PERSONAL, 0.3);

    private static final int MAX = 34;

    /** Country code to total IBAN length, from the SWIFT IBAN registry. */
    private static final Map<String, Integer> LENGTHS = new HashMap<>();

    static {
        String table = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 "
                + "DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 "
                + "IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 "
                + "MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 "
                + "SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30";
        for (String e : table.split(" ")) {
            LENGTHS.put(e.substring(0, 2), Integer.parseInt(e.substring(2)));
        }
    }

    IbanDetector() {
        super("iban", Set.of(EntityType.IBAN));
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
            int s = scan.tokenStart(i);
            if (scan.tokenLength(i) < 4 || !scan.tokenHas(i, TextScan.DIGIT)
                    || !isLetter(t.charAt(s)) || !isLetter(t.charAt(s + 1))
                    || !isDigit(t.charAt(s + 2)) || !isDigit(t.charAt(s + 3))) {
                continue;
            }
            Integer want = LENGTHS.get(t.substring(s, s + 2).toUpperCase(java.util.Locale.ROOT));
            if (want == null) {
                continue;
            }
            int end = IdTokens.chainEnd(scan, i, IdTokens.SPACE_DASH, MAX);
            int len = 0;
            int best = -1;
            char sep = 0;
            for (int k = i; k <= end; k++) {
                if (k > i) {
                    char g = IdTokens.gap(scan, k - 1, IdTokens.SPACE_DASH);
                    if (sep != 0 && g != sep) {
                        break;
                    }
                    sep = g;
                }
                if (scan.tokenHas(k, TextScan.NON_ASCII)) {
                    break;
                }
                len += scan.tokenLength(k);
                if (len == want) {
                    int e = scan.tokenEnd(k);
                    if (IdTokens.singleCase(t, s, e) && Checksums.ibanMod97(scan.alnumUpperOf(s, e))) {
                        best = k;
                    }
                }
                if (len >= want) {
                    break;
                }
            }
            if (best < 0) {
                continue;
            }
            int e = scan.tokenEnd(best);
            Explanation.Builder ex = Explanation.builder().pattern(best == i ? "iban-compact" : "iban-grouped")
                    .validator("country-length+mod97").reason(want + " characters, registered length, mod-97 valid");
            double score = SCORER.score(scan, s, e, 0.9, ex);
            out.add(finding(EntityType.IBAN, s, e, score, ex));
            i = best;
        }
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
