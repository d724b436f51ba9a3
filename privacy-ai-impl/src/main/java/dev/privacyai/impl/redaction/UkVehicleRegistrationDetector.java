package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Set;

/**
 * UK_VEHICLE_REGISTRATION: number plates. The current format (since 2001) is two memory-tag letters, a two-digit
 * age identifier and three random letters ("AB51 ABC", "BD62XYZ", "LN14-HGT"): the first letter must be a DVLA
 * region letter, neither memory-tag letter I, Q or Z, the random letters not I or Q, and the age identifier
 * 02–(this year) for March or 51–(this year + 50) for September. An upper-case current plate scores above the
 * default threshold on its own; lower or mixed case needs vehicle context ("reg", "registration", "number plate",
 * "vehicle", "car"). The older prefix ("A123 BCD") and suffix ("ABC 123D") formats are too close to ordinary
 * codes, so they pass the threshold only with vehicle context.
 */
final class UkVehicleRegistrationDetector extends ScanningDetector {

    static final ContextLexicon PLATE_CUES = ContextLexicon.of(
            "reg", "registration", "number plate", "plate", "plates", "vehicle", "car", "van", "motorbike", "vrm",
            "vrn", "dvla", "reg no", "car reg", "licence plate", "license plate", "vehicles");

    private static final ContextScorer SCORER = new ContextScorer(PLATE_CUES, 0.35, ContextScorer.NOT_PERSONAL, 0.3);
    private static final ContextScorer OLD_SCORER = new ContextScorer(PLATE_CUES, 0.4, ContextScorer.NOT_PERSONAL, 0.1);

    private static final String REGION_LETTERS = "ABCDEFGHKLMNOPRSVWXY";
    /** Year letters of the prefix and suffix formats: I, O, Q, U and Z were never used. */
    private static final String YEAR_LETTERS = "ABCDEFGHJKLMNPRSTVWXY";

    private final int maxMarch;

    UkVehicleRegistrationDetector() {
        this(Clock.systemUTC());
    }

    UkVehicleRegistrationDetector(Clock clock) {
        super("uk-vehicle-registration", Set.of(EntityType.UK_VEHICLE_REGISTRATION));
        this.maxMarch = Year.now(clock).getValue() % 100;
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        if (!scan.hasDigit()) {
            return;
        }
        int n = scan.tokenCount();
        // a plate holds a digit in its first or second token
        for (int i = scan.nextTokenNearDigit(0, 1); i < n; i = scan.nextTokenNearDigit(i + 1, 1)) {
            int len = scan.tokenLength(i);
            if (len > 7 || scan.tokenHas(i, TextScan.NON_ASCII)) {
                continue;
            }
            if (i + 1 < n && (scan.tokenHas(i, TextScan.DIGIT) || scan.tokenHas(i + 1, TextScan.DIGIT))
                    && !scan.tokenHas(i + 1, TextScan.NON_ASCII)
                    && IdTokens.gap(scan, i, IdTokens.SPACE_DASH) != 0) {
                int combined = len + scan.tokenLength(i + 1);
                if (combined >= 5 && combined <= 7
                        && tryPlate(scan, out, scan.tokenStart(i), scan.tokenEnd(i + 1))) {
                    i++;
                    continue;
                }
            }
            if (len >= 5 && scan.tokenHas(i, TextScan.DIGIT)) {
                tryPlate(scan, out, scan.tokenStart(i), scan.tokenEnd(i));
            }
        }
    }

    private boolean tryPlate(TextScan scan, List<Finding> out, int s, int e) {
        String t = scan.text;
        // every plate format starts and ends with a letter: digit strings and "ref 12345" fail without more work
        if (!IdTokens.isAsciiLetter(t.charAt(s)) || !IdTokens.isAsciiLetter(t.charAt(e - 1))
                || !IdTokens.singleCase(t, s, e)) {
            return false;
        }
        String c = scan.alnumUpperOf(s, e);
        if (current(c)) {
            boolean lower = IdTokens.hasLower(t, s, e);
            Explanation.Builder ex = Explanation.builder().pattern("current-LLNN-LLL").validator("dvla-age-identifier")
                    .reason("memory tag, valid age identifier, three letters");
            double score = SCORER.score(scan, s, e, lower ? 0.35 : 0.6, ex);
            out.add(finding(EntityType.UK_VEHICLE_REGISTRATION, s, e, score, ex));
            return true;
        }
        boolean prefix = prefix(c);
        if (prefix || suffix(c)) {
            Explanation.Builder ex = Explanation.builder().pattern(prefix ? "prefix-LNNN-LLL" : "suffix-LLL-NNNL")
                    .validator("year-letter").reason("pre-2001 plate shape; vehicle context required");
            double score = OLD_SCORER.score(scan, s, e, 0.15, ex);
            out.add(finding(EntityType.UK_VEHICLE_REGISTRATION, s, e, score, ex));
            return true;
        }
        return false;
    }

    /** True for the current format with valid letters and age identifier. */
    boolean current(String c) {
        if (c.length() != 7 || !IdTokens.letters(c, 0, 2) || !IdTokens.digits(c, 2, 4) || !IdTokens.letters(c, 4, 7)) {
            return false;
        }
        if (REGION_LETTERS.indexOf(c.charAt(0)) < 0 || "IQZ".indexOf(c.charAt(1)) >= 0) {
            return false;
        }
        for (int k = 4; k < 7; k++) {
            if (c.charAt(k) == 'I' || c.charAt(k) == 'Q') {
                return false;
            }
        }
        int age = (c.charAt(2) - '0') * 10 + (c.charAt(3) - '0');
        return (age >= 2 && age <= maxMarch) || (age >= 51 && age <= maxMarch + 50);
    }

    /** Prefix format 1983–2001: year letter, 1–3 digits, three letters. */
    static boolean prefix(String c) {
        int n = c.length();
        return n >= 5 && YEAR_LETTERS.indexOf(c.charAt(0)) >= 0 && IdTokens.digits(c, 1, n - 3)
                && IdTokens.letters(c, n - 3, n) && noIq(c, n - 3, n);
    }

    /** Suffix format 1963–1983: three letters, 1–3 digits, year letter. */
    static boolean suffix(String c) {
        int n = c.length();
        return n >= 5 && IdTokens.letters(c, 0, 3) && noIq(c, 0, 3) && IdTokens.digits(c, 3, n - 1)
                && YEAR_LETTERS.indexOf(c.charAt(n - 1)) >= 0;
    }

    private static boolean noIq(String c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (c.charAt(k) == 'I' || c.charAt(k) == 'Q') {
                return false;
            }
        }
        return true;
    }
}
