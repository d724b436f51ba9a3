package dev.privacyai.examples.cli;

import dev.privacyai.redaction.EntityType;

import java.util.Locale;
import java.util.Map;

/**
 * The one place where our entity type names meet the labels of the evaluation data (/work/shared/eval, see its
 * README: "Canonical PII labels").
 *
 * <table>
 *   <caption>Our name to evaluation label (everything not listed is the same on both sides)</caption>
 *   <tr><th>ours</th><th>evaluation label</th><th>why</th></tr>
 *   <tr><td>DATE_OF_BIRTH</td><td>DATE</td><td>the data labels every date, birth dates included, as DATE</td></tr>
 *   <tr><td>US_BANK_ROUTING</td><td>ABA_ROUTING_NUMBER</td><td>Presidio's name, kept by the converter</td></tr>
 * </table>
 *
 * <p>The Presidio recognizer vectors carry Presidio's entity name in their {@code entity} field (their spans are
 * already converted); those names are mapped as the converter maps span labels: EMAIL_ADDRESS to EMAIL,
 * PHONE_NUMBER to PHONE, IBAN_CODE to IBAN, DATE_TIME to DATE.
 */
final class Labels {

    /** Our entity type name to evaluation label, where they differ. */
    static final Map<String, String> NATIVE_TO_EVAL = Map.of(
            "DATE_OF_BIRTH", "DATE",
            "US_BANK_ROUTING", "ABA_ROUTING_NUMBER");

    /** Presidio entity names (recognizer vectors' {@code entity} field) to evaluation label, where they differ. */
    static final Map<String, String> PRESIDIO_TO_EVAL = Map.of(
            "EMAIL_ADDRESS", "EMAIL",
            "PHONE_NUMBER", "PHONE",
            "IBAN_CODE", "IBAN",
            "DATE_TIME", "DATE");

    private Labels() {
    }

    /** The evaluation label for one of our entity types. */
    static String toEval(EntityType type) {
        return NATIVE_TO_EVAL.getOrDefault(type.name(), type.name());
    }

    /**
     * Normalizes a label read from a file to an evaluation label: upper case, and our own names (as written by
     * {@code detect --native-labels}) or Presidio's names mapped through the tables above.
     */
    static String normalize(String label) {
        String up = label.trim().toUpperCase(Locale.ROOT);
        String eval = NATIVE_TO_EVAL.get(up);
        if (eval != null) {
            return eval;
        }
        return PRESIDIO_TO_EVAL.getOrDefault(up, up);
    }
}
