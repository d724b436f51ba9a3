package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.CustomerProfile;
import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The customer's own values from {@link dev.privacyai.redaction.RedactionContext#customerProfile()}, found
 * wherever they appear:
 * <ul>
 *   <li>names: the full name or any part of it alone (first name, surname, middle name), any case, accents
 *       optional ("Gonzalez" for "González"), before a possessive ("Gonzalez's"), and one edit away
 *       (insertion, deletion, substitution, transposition) for parts of five letters or more; consecutive parts
 *       are reported as one span;</li>
 *   <li>e-mail addresses, case-insensitively;</li>
 *   <li>phone numbers by their digits whatever the grouping, with or without the country code or a trunk 0;</li>
 *   <li>identifiers by their letters and digits whatever the separators and case, reported as the
 *       {@link EntityType#wellKnown() well-known} type the host gave them;</li>
 *   <li>addresses line by line (each comma- or line-separated part of four or more characters), whatever the
 *       case and spacing.</li>
 * </ul>
 * Scores 0.97–0.99: the host vouched for these values. Work is linear in the text times the profile size.
 */
final class KnownIdentifierDetector extends ScanningDetector {

    private static final Set<String> PARTICLES = Set.of("de", "la", "le", "van", "von", "der", "den", "del", "da",
            "di", "du", "dos", "das", "do", "bin", "bint", "ibn", "al", "el", "y", "e", "ten", "ter", "st", "jr",
            "sr", "ii", "iii", "mr", "mrs", "ms", "dr");

    KnownIdentifierDetector() {
        super("known-identifiers", Set.copyOf(EntityType.wellKnown()));
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        CustomerProfile p = scan.context.customerProfile();
        if (p.isEmpty()) {
            return;
        }
        names(scan, p, out);
        for (String email : p.emails()) {
            emails(scan, email, out);
        }
        for (String phone : p.phones()) {
            phones(scan, phone, out);
        }
        for (Map.Entry<String, EntityType> id : p.identifiers().entrySet()) {
            if (!entityTypes().contains(id.getValue())) {
                continue; // only the declared (well-known) types; see CustomerProfile.Builder#identifier
            }
            String key = fold(id.getKey());
            if (key.length() >= 3) {
                sequences(scan, key, id.getValue(), "identifier", out);
            }
        }
        for (String address : p.addresses()) {
            for (String part : address.split("[,\\n;]")) {
                String key = fold(part);
                if (key.length() >= 4) {
                    sequences(scan, key, EntityType.LOCATION, "address part", out);
                }
            }
        }
    }

    // --------------------------------------------------------------------------------------------- names

    private void names(TextScan scan, CustomerProfile p, List<Finding> out) {
        List<String> parts = new ArrayList<>();
        List<String> all = new ArrayList<>(p.otherNames());
        p.fullName().ifPresent(n -> all.add(0, n));
        for (String n : all) {
            for (String part : n.split("[\\s,]+")) {
                addPart(parts, part);
                if (part.indexOf('-') > 0) {
                    for (String sub : part.split("-")) {
                        addPart(parts, sub);
                    }
                }
            }
        }
        if (parts.isEmpty()) {
            return;
        }
        int n = scan.tokenCount();
        int runStart = -1;
        int runEnd = -1;
        boolean runTypo = false;
        for (int i = 0; i < n; i++) {
            if (!scan.tokenHas(i, TextScan.LETTER) || scan.tokenHas(i, TextScan.DIGIT)) {
                runStart = flush(scan, runStart, runEnd, runTypo, out);
                continue;
            }
            String tok = fold(scan.text.substring(scan.tokenStart(i), scan.tokenEnd(i)));
            int match = 0; // 0 none, 1 exact, 2 typo
            for (String part : parts) {
                if (tok.equals(part)) {
                    match = 1;
                    break;
                }
                if (part.length() >= 5 && tok.length() >= 4 && withinOneEdit(tok, part)) {
                    match = 2;
                }
            }
            if (match == 0) {
                runStart = flush(scan, runStart, runEnd, runTypo, out);
                continue;
            }
            boolean adjacent = runStart >= 0 && onlySpaceOrHyphen(scan.text, runEnd, scan.tokenStart(i));
            if (!adjacent) {
                flush(scan, runStart, runEnd, runTypo, out);
                runStart = scan.tokenStart(i);
                runTypo = false;
            }
            runEnd = scan.tokenEnd(i);
            runTypo |= match == 2;
        }
        flush(scan, runStart, runEnd, runTypo, out);
    }

    private int flush(TextScan scan, int start, int end, boolean typo, List<Finding> out) {
        if (start >= 0) {
            double score = typo ? 0.95 : 0.98;
            Explanation.Builder ex = Explanation.builder().pattern("customer profile name")
                    .validator(typo ? "one-edit match" : "exact match").baseScore(score)
                    .reason(typo ? "near-exact match of the customer's name (one typo)"
                            : "the customer's name from the profile");
            out.add(finding(EntityType.PERSON, start, end, score, ex));
        }
        return -1;
    }

    private static void addPart(List<String> parts, String raw) {
        String f = fold(raw);
        if (f.length() >= 2 && !PARTICLES.contains(f) && !parts.contains(f)) {
            parts.add(f);
        }
    }

    private static boolean onlySpaceOrHyphen(String t, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            if (c != ' ' && c != '-' && c != '.' && !TextScan.isUnicodeSpace(c) && !TextScan.isUnicodeDash(c)) {
                return false;
            }
        }
        return true;
    }

    /** Damerau-Levenshtein distance (adjacent transposition) at most 1. */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return true;
        }
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true; // substitution
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2)); // transposition
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    // ------------------------------------------------------------------------------------ e-mail, phone, ids

    private void emails(TextScan scan, String email, List<Finding> out) {
        String t = scan.text;
        int len = email.length();
        for (int k = 0; k + len <= t.length(); k++) {
            if (t.regionMatches(true, k, email, 0, len) && scan.boundaryBefore(k) && (k + len == t.length()
                    || !Character.isLetterOrDigit(t.charAt(k + len)) || t.charAt(k + len) == '.')) {
                Explanation.Builder ex = Explanation.builder().pattern("customer profile e-mail")
                        .validator("exact match").baseScore(0.99).reason("the customer's e-mail address");
                out.add(finding(EntityType.EMAIL, k, k + len, 0.99, ex));
                k += len - 1;
            }
        }
    }

    private void phones(TextScan scan, String phone, List<Finding> out) {
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() < 6) {
            return;
        }
        int n = scan.tokenCount();
        for (int i = 0; i < n; i++) {
            if (scan.tokenFlags(i) != TextScan.DIGIT) {
                continue;
            }
            StringBuilder acc = new StringBuilder();
            for (int j = i; j < n && j < i + 8; j++) {
                if (scan.tokenFlags(j) != TextScan.DIGIT || (j > i && !phoneGap(scan.text, scan.tokenEnd(j - 1),
                        scan.tokenStart(j)))) {
                    break;
                }
                acc.append(scan.text, scan.tokenStart(j), scan.tokenEnd(j));
                String d = acc.toString();
                String national = d.startsWith("0") ? d.substring(1) : d;
                boolean match = d.equals(digits) || (national.length() >= 7 && digits.endsWith(national)
                        && !(j + 1 < n && scan.tokenFlags(j + 1) == TextScan.DIGIT
                        && phoneGap(scan.text, scan.tokenEnd(j), scan.tokenStart(j + 1))
                        && digits.endsWith(national + scan.text.substring(scan.tokenStart(j + 1), scan.tokenEnd(j + 1)))));
                if (match) {
                    int start = scan.tokenStart(i);
                    if (start > 0 && scan.text.charAt(start - 1) == '+') {
                        start--;
                    } else if (start > 0 && scan.text.charAt(start - 1) == '(') {
                        start--;
                    }
                    Explanation.Builder ex = Explanation.builder().pattern("customer profile phone")
                            .validator("digits match").baseScore(0.98).reason("the customer's phone number");
                    out.add(finding(EntityType.PHONE, start, scan.tokenEnd(j), 0.98, ex));
                    i = j;
                    break;
                }
                if (d.length() >= digits.length()) {
                    break;
                }
            }
        }
    }

    private static boolean phoneGap(String t, int from, int to) {
        if (to - from > 3 || to == from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            if (!TextScan.isNumericSeparator(c)) {
                return false;
            }
        }
        return true;
    }

    /** Runs of tokens whose folded letters/digits equal {@code key}, separated by at most 3 punctuation chars. */
    private void sequences(TextScan scan, String key, EntityType type, String what, List<Finding> out) {
        int n = scan.tokenCount();
        for (int i = 0; i < n; i++) {
            StringBuilder acc = new StringBuilder();
            for (int j = i; j < n; j++) {
                if (j > i && !sepGap(scan.text, scan.tokenEnd(j - 1), scan.tokenStart(j))) {
                    break;
                }
                acc.append(fold(scan.text.substring(scan.tokenStart(j), scan.tokenEnd(j))));
                if (acc.length() > key.length() || !key.startsWith(acc.toString())) {
                    break;
                }
                if (acc.length() == key.length()) {
                    Explanation.Builder ex = Explanation.builder().pattern("customer profile " + what)
                            .validator("normalized match").baseScore(0.97).reason("the customer's " + what);
                    out.add(finding(type, scan.tokenStart(i), scan.tokenEnd(j), 0.97, ex));
                    i = j;
                    break;
                }
            }
        }
    }

    private static boolean sepGap(String t, int from, int to) {
        if (to - from > 3 || to == from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            if (Character.isLetterOrDigit(c) || c == '\n') {
                return false;
            }
        }
        return true;
    }

    /** Lower case (ROOT), accents removed, letters and digits only. */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            } else if (c == 'ß') {
                sb.append("ss");
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
