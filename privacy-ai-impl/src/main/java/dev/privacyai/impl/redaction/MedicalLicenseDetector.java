package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * MEDICAL_LICENSE: US DEA registration numbers, one registrant-type letter (A, B, C, D, E, F, G, H, J, K, L, M,
 * P, R, S, T, U, X), one letter or {@code 9}, and seven digits whose last is the DEA check digit. One random
 * such token in ten passes the check, so without DEA context ("dea", "medical license", "prescriber") the score
 * stays below the default threshold.
 */
final class MedicalLicenseDetector extends ScanningDetector {

    static final ContextLexicon DEA_CUES = ContextLexicon.of(
            "dea", "dea number", "dea#", "dea no", "medical license", "medical licence", "medical license number",
            "prescriber", "prescribing", "registrant", "dea registration");

    private static final ContextScorer SCORER = new ContextScorer(DEA_CUES, 0.45, ContextScorer.NOT_PERSONAL, 0.2);

    private static final String REGISTRANT_TYPES = "ABCDEFGHJKLMPRSTUX";

    MedicalLicenseDetector() {
        super("medical-license-dea", Set.of(EntityType.MEDICAL_LICENSE));
    }

    /** Lengths of the token a match starts with (see {@link TextScan#digitTokenLengths()}). */
    private static final long START_LENGTHS = TextScan.lengths(9);

    @Override
    void detect(TextScan scan, List<Finding> out) {
        if ((scan.mixedTokenLengths() & START_LENGTHS) == 0) {
            return; // letters and 7 digits in one 9-character token
        }
        String t = scan.text;
        // seven of the nine characters are digits, so only tokens with a digit qualify
        for (int i = scan.nextDigitToken(0); i < scan.tokenCount(); i = scan.nextDigitToken(i + 1)) {
            if (scan.tokenLength(i) != 9 || !scan.tokenHas(i, TextScan.LETTER)) {
                continue;
            }
            int s = scan.tokenStart(i);
            int e = scan.tokenEnd(i);
            char c0 = Character.toUpperCase(t.charAt(s));
            char c1 = Character.toUpperCase(t.charAt(s + 1));
            if (c0 > 'Z' || REGISTRANT_TYPES.indexOf(c0) < 0 || !((c1 >= 'A' && c1 <= 'Z') || c1 == '9')
                    || !IdTokens.digits(t, s + 2, e) || !IdTokens.singleCase(t, s, s + 2)
                    || !Checksums.dea(t.substring(s + 2, e))) {
                continue;
            }
            Explanation.Builder ex = Explanation.builder().pattern("dea").validator("dea-check-digit")
                    .reason("registrant letter, 7 digits, DEA check digit valid");
            double score = SCORER.score(scan, s, e, 0.4, ex);
            out.add(finding(EntityType.MEDICAL_LICENSE, s, e, score, ex));
        }
    }
}
