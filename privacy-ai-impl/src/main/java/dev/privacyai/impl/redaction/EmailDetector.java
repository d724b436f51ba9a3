package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * EMAIL: expands around each {@code '@'} over the characters an address may hold and validates the shape:
 * a local part of 1–64 characters not starting or ending with a dot, a domain of at most 253 characters with at
 * least two labels, labels of letters/digits/hyphens not starting or ending with a hyphen (letters of any script:
 * "jürgen@müller.de"), and an alphabetic
 * top-level label of 2–24 letters. Expansion is bounded, so the work per {@code '@'} is constant. One space on
 * either side of the '@' ("jsmith @ gmail.com", "john.smith@ gmail.com") is accepted when the top-level domain is
 * a known one and the local part is not a common English word ("follow us @ acme.com" is not an address). An
 * address URL-encoded in a link or a form ("email=john.smith%40gmail.com") is found with a known top-level domain.
 *
 * <p>Also finds addresses written around spam filters or read out by speech-to-text: "john dot doe at gmail dot com",
 * "john[at]gmail[dot]com", "jane (at) example (dot) org", "jane.doe at example.com". Such a match needs a known
 * top-level domain and a sign that the words stand for the symbols: a bracketed "at", a "dot" word, or a local part
 * joined by a dot, underscore or dash; a plain "at" after a common English word is prose ("look at example.com",
 * "visit us at acme dot com"), and after a lone given name or surname it is left to PERSON ("maria garcia at
 * hotmail dot com" keeps the whole name under one finding) unless an e-mail cue comes before and no other name
 * does ("my email is tom at gmail dot com").
 */
final class EmailDetector extends ScanningDetector {

    private static final ContextLexicon EMAIL_CUES = ContextLexicon.of("email", "e-mail", "mail", "email address",
            "e-mail address");
    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;

    EmailDetector() {
        super("email", Set.of(EntityType.EMAIL));
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        String t = scan.text;
        int literalsFrom = out.size();
        int lastEnd = -1;
        for (int k = 0; k < scan.atCount(); k++) {
            int at = scan.at(k);
            if (at < lastEnd) {
                continue;
            }
            // one space on either side of the '@' is a typing slip ("jsmith @ gmail.com", "john.smith@ gmail.com")
            boolean spaceBefore = at > 1 && t.charAt(at - 1) == ' ' && isLocalChar(t.charAt(at - 2));
            boolean spaceAfter = at + 2 < t.length() && t.charAt(at + 1) == ' ' && isDomainChar(t.charAt(at + 2));
            int localEnd = spaceBefore ? at - 1 : at;
            int s = localEnd;
            while (s > 0 && localEnd - s < MAX_LOCAL && isLocalChar(t.charAt(s - 1))) {
                s--;
            }
            while (s < localEnd && t.charAt(s) == '.') {
                s++;
            }
            if (s == localEnd || t.charAt(localEnd - 1) == '.') {
                continue;
            }
            int domainStart = at + 1;
            if (spaceAfter && !isDomainChar(t.charAt(at + 1))) {
                domainStart = at + 2;
            }
            int e = domainStart;
            while (e < t.length() && e - domainStart < MAX_DOMAIN && isDomainChar(t.charAt(e))) {
                e++;
            }
            while (e > domainStart && (t.charAt(e - 1) == '.' || t.charAt(e - 1) == '-')) {
                e--;
            }
            if (!validDomain(t, domainStart, e)) {
                continue;
            }
            boolean spaced = localEnd != at || domainStart != at + 1;
            if (spaced && (!UrlDetector.knownTld(t.substring(t.lastIndexOf('.', e - 1) + 1, e)
                    .toLowerCase(java.util.Locale.ROOT)) || localEnd - s < 2
                    || NameLexicon.commonWord(t.substring(s, localEnd)))) {
                continue; // "follow us @ acme.com", "meet @ 5pm": a spaced '@' needs a real address on both sides
            }
            Explanation.Builder ex = Explanation.builder().pattern(spaced ? "local @ domain.tld" : "local@domain.tld")
                    .validator(spaced ? "domain-labels+known-tld" : "domain-labels")
                    .baseScore(0.95).reason("address shape with a valid domain and top-level label");
            out.add(finding(EntityType.EMAIL, s, e, 0.95, ex));
            lastEnd = e;
        }
        if (scan.mixedTokenLengths() != 0 && t.indexOf("%40") >= 0) { // "%40gmail" is a token of digits and letters
            encoded(t, out, literalsFrom);
        }
        written(scan, out, literalsFrom, out.size());
    }

    /**
     * An address URL-encoded in a link or a form submission: "email=john.smith%40gmail.com", "?to=jo%40x.org&...".
     * The "%40" stands for the '@'; the local part ends there and may not hold another '%', and the domain must be
     * a valid one with a known top-level domain.
     */
    private void encoded(String t, List<Finding> out, int literalsFrom) {
        int end = out.size();
        for (int at = t.indexOf("%40"); at >= 0; at = t.indexOf("%40", at + 3)) {
            int s = at;
            while (s > 0 && at - s < MAX_LOCAL && isLocalChar(t.charAt(s - 1)) && t.charAt(s - 1) != '%') {
                s--;
            }
            if (s > 0 && t.charAt(s - 1) == '%') {
                s = Math.min(at, s + 2); // the two hex digits of an escape before belong to it
            }
            while (s < at && t.charAt(s) == '.') {
                s++;
            }
            if (s == at || t.charAt(at - 1) == '.') {
                continue;
            }
            int ds = at + 3;
            int e = ds;
            while (e < t.length() && e - ds < MAX_DOMAIN && isDomainChar(t.charAt(e))) {
                e++;
            }
            while (e > ds && (t.charAt(e - 1) == '.' || t.charAt(e - 1) == '-')) {
                e--;
            }
            if (!validDomain(t, ds, e) || !UrlDetector.knownTld(t.substring(t.lastIndexOf('.', e - 1) + 1, e)
                    .toLowerCase(java.util.Locale.ROOT)) || overlapsAny(out, literalsFrom, end, s, e)) {
                continue;
            }
            Explanation.Builder ex = Explanation.builder().pattern("local%40domain.tld")
                    .validator("domain-labels+known-tld").baseScore(0.9)
                    .reason("URL-encoded address with a valid domain and a known top-level domain");
            out.add(finding(EntityType.EMAIL, s, e, 0.9, ex));
        }
    }

    private static final int AT_HASH = "at".hashCode();

    /** Pieces of a written-out address at most: local and domain parts each. */
    private static final int MAX_PIECES = 5;

    /**
     * Addresses with "at" and "dot" written as words ("john dot doe at gmail dot com"); see the class comment.
     * {@code out[literalsFrom, literalsTo)} are the literal addresses found: a written one must not overlap them.
     */
    private void written(TextScan scan, List<Finding> out, int literalsFrom, int literalsTo) {
        int count = scan.tokenCount();
        char[] c = scan.chars;
        int lastEnd = -1;
        for (int k = 1; k + 1 < count; k++) {
            if (scan.lowerTokenHash(k) != AT_HASH || !TokenWords.sameLower(scan, k, "at")) {
                continue;
            }
            boolean bracket = bracketed(scan, k);
            if (!bracket && !(spaces(c, scan.tokenEnd(k - 1), scan.tokenStart(k))
                    && spaces(c, scan.tokenEnd(k), scan.tokenStart(k + 1)))) {
                continue;
            }
            // domain: labels joined by '.', '-', a "dot" word or a bracketed "dot"
            boolean dotWord = false;
            int j = k + 1;
            int labels = 1;
            if (!label(scan, j)) {
                continue;
            }
            for (int joins = 0; joins < 2 * MAX_PIECES && labels < MAX_PIECES && j + 1 < count; joins++) {
                int g = scan.tokenEnd(j);
                int h = scan.tokenStart(j + 1);
                if (h - g == 1 && (c[g] == '.' || c[g] == '-') && label(scan, j + 1)) {
                    j++;
                    labels += c[g] == '.' ? 1 : 0;
                } else if (j + 2 < count && TokenWords.sameLower(scan, j + 1, "dot") && (bracketed(scan, j + 1)
                        || (spaces(c, g, h) && spaces(c, scan.tokenEnd(j + 1), scan.tokenStart(j + 2))))
                        && label(scan, j + 2)) {
                    j += 2;
                    labels++;
                    dotWord = true;
                } else {
                    break;
                }
            }
            if (labels < 2 || scan.tokenHas(j, TextScan.DIGIT) || scan.tokenLength(j) > 24) {
                continue; // most "at"s: "at 10:30", "at home"
            }
            String tld = scan.text.substring(scan.tokenStart(j), scan.tokenEnd(j)).toLowerCase(java.util.Locale.ROOT);
            if (!UrlDetector.knownTld(tld)) {
                continue;
            }
            // local part: tokens joined by '.', '_', '-', '+' or a "dot" word, leftwards from the "at"
            int i = k - 1;
            int pieces = 1;
            boolean joined = false;
            if (!label(scan, i)) {
                continue;
            }
            while (pieces < MAX_PIECES && i > 0) {
                int g = scan.tokenEnd(i - 1);
                int h = scan.tokenStart(i);
                if (h - g == 1 && (c[g] == '.' || c[g] == '_' || c[g] == '-' || c[g] == '+') && label(scan, i - 1)) {
                    i--;
                    joined = true;
                } else if (i >= 2 && TokenWords.sameLower(scan, i - 1, "dot") && spaces(c, g, h)
                        && spaces(c, scan.tokenEnd(i - 2), scan.tokenStart(i - 1)) && label(scan, i - 2)) {
                    i -= 2;
                    joined = true;
                    dotWord = true;
                } else {
                    break;
                }
                pieces++;
            }
            int s = scan.tokenStart(i);
            int e = scan.tokenEnd(j);
            if (s < lastEnd || overlapsAny(out, literalsFrom, literalsTo, s, e)
                    || (s > 0 && (c[s - 1] == '@' || c[s - 1] == '.'))) {
                continue;
            }
            if (!bracket && !dotWord && !joined) {
                continue; // "look at example.com": a plain "at" needs another sign that this is an address
            }
            if (!bracket && !joined) {
                String local = scan.text.substring(s, scan.tokenEnd(k - 1));
                boolean name = NameLexicon.inGazetteer(local);
                // after an e-mail cue a lone name, even one that is also a word, is the local part: "my email
                // is tom at gmail dot com"
                boolean cuedName = name && emailCue(scan, s) && !nameBefore(scan, i);
                if (!cuedName && NameLexicon.commonWord(local)) {
                    continue; // "visit us at acme dot com", "support at acme dot com": prose or a role address
                }
                if (name && !cuedName) {
                    // "maria garcia at hotmail dot com": the words before may belong to the address or be the
                    // speaker's name; PERSON covers the name either way, and the domain alone is not personal
                    continue;
                }
                if (cuedName && initialBefore(scan, i)) {
                    s = scan.tokenStart(i - 1); // "my email is j smith at yahoo dot com": the initial is part of it
                }
            }
            Explanation.Builder ex = Explanation.builder().pattern("local at domain dot tld")
                    .validator("known-tld").baseScore(0.95)
                    .reason("address with \"at\"/\"dot\" written as words or in brackets, known top-level domain");
            out.add(finding(EntityType.EMAIL, s, e, 0.95, ex));
            lastEnd = e;
            k = j;
        }
    }

    /** True if an e-mail cue stands in the 32 characters before {@code s} or in the assistant's prompt. */
    private static boolean emailCue(TextScan scan, int s) {
        return EMAIL_CUES.findIn(scan, s - 32, s) != null
                || (!scan.prompt.isEmpty() && EMAIL_CUES.findIn(scan.prompt) != null);
    }

    /** True if the token before token {@code i} is a given name or surname ("maria garcia at ..."). */
    private static boolean nameBefore(TextScan scan, int i) {
        return i > 0 && NameLexicon.inGazetteer(scan.text.substring(scan.tokenStart(i - 1), scan.tokenEnd(i - 1)));
    }

    /** True if the token before token {@code i} is one letter, one space before it ("j smith at ..."). */
    private static boolean initialBefore(TextScan scan, int i) {
        return i > 0 && scan.tokenLength(i - 1) == 1 && scan.tokenHas(i - 1, TextScan.LETTER)
                && !scan.tokenHas(i - 1, TextScan.NON_ASCII)
                && scan.tokenStart(i) - scan.tokenEnd(i - 1) == 1 && scan.chars[scan.tokenEnd(i - 1)] == ' ';
    }

    /** A token an address part may be: ASCII letters and digits. */
    private static boolean label(TextScan scan, int k) {
        return (scan.tokenFlags(k) & TextScan.NON_ASCII) == 0 && scan.tokenLength(k) <= 63;
    }

    /** True if token k stands alone in brackets, "[at]", "(dot)", "{at}", with at most a space outside them. */
    private static boolean bracketed(TextScan scan, int k) {
        char[] c = scan.chars;
        int s = scan.tokenStart(k);
        int e = scan.tokenEnd(k);
        if (s == 0 || e >= c.length) {
            return false;
        }
        char open = c[s - 1];
        char close = c[e];
        boolean pair = (open == '[' && close == ']') || (open == '(' && close == ')') || (open == '{' && close == '}');
        if (!pair) {
            return false;
        }
        int before = k > 0 ? scan.tokenEnd(k - 1) : 0;
        int after = k + 1 < scan.tokenCount() ? scan.tokenStart(k + 1) : c.length;
        return s - 1 - before <= 1 && after - (e + 1) <= 1;
    }

    /** text[a, b) is one or two spaces. */
    private static boolean spaces(char[] c, int a, int b) {
        if (b - a < 1 || b - a > 2) {
            return false;
        }
        for (int p = a; p < b; p++) {
            if (c[p] != ' ') {
                return false;
            }
        }
        return true;
    }

    /** ASCII address characters, and letters and digits of any script (internationalized addresses, RFC 6531). */
    private static boolean isLocalChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\''
                || (c > 0x7f && Character.isLetterOrDigit(c));
    }

    /** Host name characters, and letters and digits of any script (internationalized domain names). */
    private static boolean isDomainChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
                || (c > 0x7f && Character.isLetterOrDigit(c));
    }

    static boolean validDomain(String t, int from, int to) {
        if (to - from < 4) {
            return false;
        }
        int labels = 0;
        int labelStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || t.charAt(i) == '.') {
                int len = i - labelStart;
                if (len == 0 || len > 63 || t.charAt(labelStart) == '-' || t.charAt(i - 1) == '-') {
                    return false;
                }
                labels++;
                if (i == to) {
                    if (len < 2 || len > 24) {
                        return false;
                    }
                    for (int j = labelStart; j < to; j++) {
                        if (!Character.isLetter(t.charAt(j))) {
                            return false;
                        }
                    }
                }
                labelStart = i + 1;
            }
        }
        return labels >= 2;
    }
}
