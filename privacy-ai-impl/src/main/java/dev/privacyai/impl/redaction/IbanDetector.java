package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * IBAN: International Bank Account Numbers of every country in the SWIFT IBAN registry, compact or in groups, all
 * upper case, all lower case, or an upper-case country code with groups of one case each ("GB50 barc 2000 ...").
 *
 * <p>Groups may be joined by one to three spaces or tabs ("DE44  5001  0517 ..."), by a dash with optional spaces
 * around it, or by a single dot ("DE44.5001.0517 ..."); one candidate keeps the kind of separator of its first gap
 * (space, dash or dot), so "GB29 NWBK-6016 ..." is no IBAN. The country code may stand apart from the check digits
 * ("DE 44 5001 ...") and every character may be spaced ("G B 5 0 B A R C ..."); such a detached country code must
 * be upper case, or an IBAN cue ("iban", "bank", "account", ...) must stand near.
 *
 * <p>A candidate starts at a token whose letters and digits begin with two letters and two digits and grows token
 * by token up to 34 characters; it is accepted only when its length is exactly the registered length for its
 * country and the ISO 7064 mod-97 check passes. IBAN context raises the score. Work per digit token is bounded by
 * the 34-character limit, so the cost is linear in the text.
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
        char[] c = scan.chars;
        int n = scan.tokenCount();
        int lastEnd = -1; // end of the last IBAN found: starts before it are inside it
        // every IBAN holds a digit token: its first one either starts it ("DE44...") or follows a detached
        // country code ("DE 44...", "G B 5 0 ...")
        for (int i = scan.nextDigitToken(0); i < n; i = scan.nextDigitToken(i + 1)) {
            int first = start(scan, i);
            if (first < 0 || scan.tokenStart(first) < lastEnd) {
                continue;
            }
            int s = scan.tokenStart(first);
            int second = secondLetter(scan, first);
            Integer want = LENGTHS.get(new String(new char[] {upper(c[s]), upper(c[second])}));
            if (want == null) {
                continue;
            }
            int best = walk(scan, first, want);
            if (best < 0) {
                continue;
            }
            int e = scan.tokenEnd(best);
            String compact = scan.alnumUpperOf(s, e);
            if (!isDigit(compact.charAt(2)) || !isDigit(compact.charAt(3)) || !caseOk(scan, first, best)
                    || !Checksums.ibanMod97(compact)) {
                continue;
            }
            boolean detached = !scan.tokenHas(first, TextScan.DIGIT);
            if (detached && !(isUpper(c[s]) && isUpper(c[second])) && !SCORER.hasPositive(scan, s, e)) {
                continue; // "at 20 ...", "no 12 ...": a lower-case word before digits needs an IBAN cue
            }
            Explanation.Builder ex = Explanation.builder().pattern(best == first ? "iban-compact" : "iban-grouped")
                    .validator("country-length+mod97").reason(want + " characters, registered length, mod-97 valid");
            double score = SCORER.score(scan, s, e, 0.9, ex);
            out.add(finding(EntityType.IBAN, s, e, score, ex));
            lastEnd = e;
            i = best;
        }
    }

    /**
     * The token an IBAN holding digit token {@code i} as its first digit token would start at: {@code i} itself if
     * it starts with two letters ("DE44", "GB50BARC..."); the letters-only token before it if that is two letters
     * ("DE 44"); the two one-letter tokens before it ("G B 5 0"); else -1.
     */
    private static int start(TextScan scan, int i) {
        char[] c = scan.chars;
        int s = scan.tokenStart(i);
        if (isLetter(c[s])) {
            return scan.tokenLength(i) >= 4 && isLetter(c[s + 1]) && isDigit(c[s + 2]) && isDigit(c[s + 3]) ? i : -1;
        }
        if (i == 0 || scan.tokenHas(i - 1, TextScan.DIGIT | TextScan.NON_ASCII)
                || scan.tokenStart(i) - scan.tokenEnd(i - 1) > 3) {
            return -1; // no ASCII letters-only token right before
        }
        int len = scan.tokenLength(i - 1);
        if (len == 2) {
            return i - 1;
        }
        if (len == 1 && i >= 2 && scan.tokenLength(i - 2) == 1 && isLetter(c[scan.tokenStart(i - 2)])
                && scan.tokenStart(i - 1) - scan.tokenEnd(i - 2) <= 3) {
            return i - 2;
        }
        return -1;
    }

    /**
     * The last token of the chain from token {@code first} that holds exactly {@code want} letters and digits,
     * with gaps of one kind of separator and ASCII tokens only; -1 if there is none.
     */
    private static int walk(TextScan scan, int first, int want) {
        char[] c = scan.chars;
        int n = scan.tokenCount();
        int len = 0;
        int sep = NONE;
        for (int k = first; k < n; k++) {
            if (k > first) {
                int g = gapKind(c, scan.tokenEnd(k - 1), scan.tokenStart(k));
                if (g == NONE || (sep != NONE && g != sep)) {
                    return -1;
                }
                sep = g;
            }
            if (scan.tokenHas(k, TextScan.NON_ASCII)) {
                return -1;
            }
            len += scan.tokenLength(k);
            if (len >= want) {
                return len == want ? k : -1;
            }
        }
        return -1;
    }

    private static final int NONE = 0;
    private static final int SPACE = 1;
    private static final int DASH = 2;
    private static final int DOT = 3;

    /**
     * The kind of separator {@code c[from, to)} is: {@link #SPACE} (one to three spaces, tabs or Unicode spaces, {@link TextScan#isUnicodeSpace}),
     * {@link #DASH} (one dash or Unicode dash, spaces around it allowed), {@link #DOT} (one dot) or {@link #NONE}.
     */
    private static int gapKind(char[] c, int from, int to) {
        int len = to - from;
        if (len < 1 || len > 3) {
            return NONE;
        }
        int dashes = 0;
        for (int p = from; p < to; p++) {
            char x = c[p];
            if (x == '-' || TextScan.isUnicodeDash(x)) {
                dashes++;
            } else if (x == '.') {
                return len == 1 ? DOT : NONE;
            } else if (x != ' ' && x != '\t' && !TextScan.isUnicodeSpace(x)) {
                return NONE;
            }
        }
        return dashes == 0 ? SPACE : dashes == 1 ? DASH : NONE;
    }

    /**
     * True if tokens {@code first..last} are of one case, or the country code is upper case and every later token
     * is of one case ("GB50 barc 2000 ..."); "GI75 aWBK ..." is not.
     */
    private static boolean caseOk(TextScan scan, int first, int last) {
        String t = scan.text;
        if (IdTokens.singleCase(t, scan.tokenStart(first), scan.tokenEnd(last))) {
            return true;
        }
        char[] c = scan.chars;
        int s = scan.tokenStart(first);
        int second = secondLetter(scan, first);
        if (!isUpper(c[s]) || !isUpper(c[second])) {
            return false;
        }
        for (int k = first; k <= last; k++) {
            int a = k == first ? second + 1 : scan.tokenStart(k);
            int b = scan.tokenEnd(k);
            if (a < b && !IdTokens.singleCase(t, a, b)) {
                return false;
            }
        }
        return true;
    }

    /** Position of the country code's second letter: in token {@code first}, or the next token if it is spelled. */
    private static int secondLetter(TextScan scan, int first) {
        return scan.tokenLength(first) == 1 ? scan.tokenStart(first + 1) : scan.tokenStart(first) + 1;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
