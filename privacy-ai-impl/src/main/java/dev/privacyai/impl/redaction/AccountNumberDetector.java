package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * ACCOUNT_NUMBER (context-gated): an account, customer, member, policy, patient or loyalty number typed right after
 * its cue ("account number", "acct", "customer id", "membership number", "policy", "insurance id", "MRN",
 * "frequent flyer number", "hilton honors #", "Kundennummer", "numéro de client", "número de cuenta", ...), with
 * only punctuation and filler words ("is", "my", "number", "#") in between. The value is 6–20 digits, written
 * together or in groups joined by single spaces or dashes, optionally after a 1–4 letter prefix in the same token
 * or joined by a dash ("AC-123456", "MBR1234567").
 *
 * <p>After a <em>strong</em> cue, one that names a personal member, patient or loyalty identifier
 * ({@link #STRONG_CUES}: "member id", "insurance id", "patient id", "MRN", "frequent flyer number", airline and
 * hotel programme names ...), two more shapes count: a 2–4 capital-letter prefix joined by one space
 * ("JQH 884521673", "BA 44127788") and a single alphanumeric token of 6–20 characters with at least four digits
 * and a letter ("1AB2C34"). The weaker, generic cues ("account", "policy") take digits only.
 *
 * <p>One cue may name several values: a value that follows a found one after only a list joiner ("and", "or",
 * "to", "into", ",", "/", "&amp;"), filler, possessives ("my wife's is") and a parenthesised word ("(checking)")
 * counts too ("accounts 4417789923 and 5512348870", "from account 1234567890 to 2345678901"), as does a value
 * right after "from"/"between" when the next value's cue follows the joiner ("from 1234567890 to account
 * 2345678901"), and a value whose cue comes after it ("1234567890 is my account number").
 *
 * <p>Nothing is reported without a cue, so order, claim, ticket, booking, tracking or invoice numbers are never
 * flagged by this detector (their words are no cues and stop a list). A group number of a health plan is not
 * reported: it names the employer's plan, shared by all its members, not the person. A reply that is just the
 * number counts when the assistant's previous prompt asked for one of these numbers. Immutable and thread-safe.
 */
final class AccountNumberDetector extends ScanningDetector {

    /** Lower-case English cues; longer ones first where one is a prefix of another. */
    private static final String[] ENGLISH_CUES = {
        "account numbers", "account number", "account no", "account #", "account id", "accounts", "account",
        "acct number", "acct no", "acct", "acc no", "acc", "a/c", "customer number", "customer no", "customer id",
        "customer #", "client number", "client id", "member numbers", "member number", "member no", "member ids",
        "member id", "membership number", "membership no", "membership id", "policy number", "policy no",
        "policy #", "policy", "loyalty number", "loyalty card number", "loyalty id", "loyalty", "rewards number",
        "subscriber number", "subscriber id", "contract number", "billing account", "member"
    };

    /**
     * Cues of health insurance and care (the member's or patient's own identifier, never the claim or the
     * authorisation) and of travel and hotel loyalty programmes.
     */
    private static final String[] CARE_AND_TRAVEL_CUES = {
        "insurance id", "insurance number", "insurance no", "insurance card number", "insurance member id",
        "health plan id", "patient id", "patient number", "patient no", "patient account number", "mrn",
        "medical record number", "medical record no", "medical record #", "medical record", "hospital number",
        "chart number", "medicaid id", "medicaid number", "medicaid", "bcbs", "blue cross", "aetna", "cigna",
        "humana", "uhc", "kaiser", "anthem",
        "frequent flyer number", "frequent flyer no", "frequent flyer", "frequent flier number", "frequent flier",
        "ff number", "ff no", "ff #", "aadvantage", "skymiles", "mileageplus", "flying blue", "exec club",
        "executive club", "miles and more", "krisflyer", "asia miles", "rapid rewards", "trueblue", "bonvoy",
        "marriott bonvoy", "hilton honors", "honors", "ihg rewards", "ihg one rewards", "world of hyatt"
    };

    /** The same cues in German, French, Spanish, Italian and Dutch. */
    private static final String[] FOREIGN_CUES = {
        "kundennummer", "kundennr", "kontonummer", "vertragsnummer", "mitgliedsnummer", "numéro de client",
        "numéro client", "numéro de compte", "número de cliente", "número de cuenta", "número de socio",
        "numero cliente", "numero di conto", "klantnummer", "rekeningnummer", "lidnummer", "contractnummer"
    };

    /** Every cue, English first. */
    static final String[] CUES = java.util.stream.Stream.of(ENGLISH_CUES, CARE_AND_TRAVEL_CUES, FOREIGN_CUES)
            .flatMap(java.util.Arrays::stream).toArray(String[]::new);

    /**
     * The cues that name a personal member, patient or loyalty identifier: after them a space-joined letter prefix
     * and alphanumeric values count. Generic cues ("account", "policy", "customer") are not here.
     */
    static final Set<String> STRONG_CUES = Set.of("member numbers", "member ids", "member number", "member no",
            "member id", "membership number",
            "membership no", "membership id", "loyalty number", "loyalty card number", "loyalty id", "rewards number",
            "subscriber number", "subscriber id", "insurance id", "insurance card number", "insurance member id",
            "health plan id", "patient id", "patient number", "patient no", "mrn", "medical record number",
            "medical record no", "medical record #", "medical record", "hospital number", "medicaid id",
            "medicaid number", "frequent flyer number", "frequent flyer no", "frequent flyer",
            "frequent flier number", "frequent flier", "ff number", "ff no", "ff #", "aadvantage", "skymiles",
            "mileageplus", "flying blue", "exec club", "executive club", "miles and more", "krisflyer", "asia miles",
            "rapid rewards", "trueblue", "bonvoy", "marriott bonvoy", "hilton honors", "honors", "ihg rewards",
            "ihg one rewards", "world of hyatt", "loyalty", "mitgliedsnummer", "número de socio", "lidnummer");

    private static final ContextLexicon PROMPT_CUES = ContextLexicon.of(CUES);

    /**
     * A cheap test that some cue may stand in the window at all: the generic English cues as word-start prefixes,
     * the care and travel cues by their first word as a whole word (the first word of a cue found by
     * {@link IdTokens#cueRightBefore} stands in the text as a whole word), the others as whole words. As prefixes,
     * "mileageplus" or "insurance id" would be tried at every "my" or "in" (a prefix cue is indexed by its first
     * two letters), and "rekeningnummer" at every word starting with "re".
     */
    private static final ContextLexicon CUE_STARTS = ContextLexicon.of(java.util.stream.Stream.concat(
            java.util.Arrays.stream(ENGLISH_CUES).map(c -> c + "*"), java.util.stream.Stream.concat(
                    java.util.Arrays.stream(CARE_AND_TRAVEL_CUES).map(AccountNumberDetector::firstWord),
                    java.util.Arrays.stream(FOREIGN_CUES))).distinct().toArray(String[]::new));

    /**
     * The longest cue: a cue that {@link IdTokens#cueRightBefore} finds ends at most {@link #MAX_GAP} characters
     * before the value, so it starts at most this much further back, and the cheap tests look no further.
     */
    private static final int MAX_CUE_LENGTH = java.util.Arrays.stream(CUES).mapToInt(String::length).max().orElse(0);

    /** The first words of the strong cues: the cheap test before an alphanumeric value's cue search. */
    private static final ContextLexicon STRONG_STARTS = ContextLexicon.of(java.util.Arrays.stream(CUES)
            .filter(STRONG_CUES::contains).map(AccountNumberDetector::firstWord).distinct().toArray(String[]::new));

    /** The first word of a cue, without a trailing '#': "ff" for "ff #", "medical" for "medical record no". */
    private static String firstWord(String cue) {
        int sp = cue.indexOf(' ');
        String w = sp < 0 ? cue : cue.substring(0, sp);
        return w.endsWith("#") && w.length() > 1 ? w.substring(0, w.length() - 1) : w;
    }

    /** Words that join the values of a list: "accounts 1 and 2", "from account 1 to 2". */
    private static final TokenWords JOINERS = TokenWords.of("and", "or", "to", "into", "plus", "then", "also",
            "und", "oder", "et", "ou", "y", "o", "en", "of", "e");
    /** Other words a list may hold between two values: "and my wife's is", "(checking) and the other one". */
    private static final TokenWords LIST_WORDS = TokenWords.of("my", "our", "his", "her", "their", "the", "other",
            "one", "second", "is", "are", "was", "s", "number", "no", "id", "it", "its", "checking", "savings",
            "chequing", "joint", "business", "personal", "current", "old", "new", "main", "primary", "secondary");
    /** Words between a value and a cue written after it: "4417789923 is my account number". */
    private static final TokenWords AFTER_WORDS = TokenWords.of("is", "are", "was", "be", "my", "our", "the", "his",
            "her", "their");
    /** Words before the first value of a transfer whose cue comes later: "from 1234567890 to account ...". */
    private static final TokenWords FROM_WORDS = TokenWords.of("from", "between");

    /** Reference words that {@link ContextScorer#NOT_PERSONAL} does not hold. */
    private static final ContextLexicon REFERENCES = ContextLexicon.of("claim", "authorization", "authorisation",
            "prior auth", "e-ticket", "pnr", "record locator", "confirmation code", "invoice");

    /**
     * Score after a strong cue: above a phone number that only a generic "number" cue supports ("skymiles number
     * 9012345678" is a loyalty number), below one with a phone cue.
     */
    static final double STRONG_SCORE = 0.75;
    /** How {@link #cueAfter} marks a cue written as "routing and account". */
    private static final String ROUTING_AND = "routing and ";

    private static final int MAX_GAP = 24;
    /** The longest gap between two values of one list. */
    private static final int MAX_LIST_GAP = 40;
    /** How far after a value its cue may end ("4417789923 is my routing and account number"). */
    private static final int MAX_AFTER = 40;

    /** The value shapes. */
    private static final int PREFIX_DIGITS = 0;
    private static final int ALPHANUMERIC = 1;

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
        // the last value found (its end, cue and strength): later values in the same list count with its cue
        int listEnd = -1;
        String listCue = null;
        boolean listStrong = false;
        // the last value without a cue: counts when a later value's cue names it too ("from 4417789923 to account
        // 5512348870", "4417789923 and 5512348870 are my accounts")
        int pendingStart = -1;
        int pendingEnd = -1;
        boolean pendingFrom = false;
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
                    && capitalsOnly(scan, i - 1)) {
                first = i - 1;
            }
            int shape = PREFIX_DIGITS;
            int k = i;
            int digits;
            if (prefixLen > 4 || !IdTokens.digits(t, s + prefixLen, scan.tokenEnd(i))) {
                // not prefix + digits: an alphanumeric mix ("1AB2C34"), which only a strong cue takes
                if (!alphanumeric(scan, i)) {
                    continue;
                }
                shape = ALPHANUMERIC;
                digits = scan.tokenLength(i);
            } else {
                digits = scan.tokenLength(i) - prefixLen;
                while (k + 1 < n && IdTokens.gap(scan, k, IdTokens.SPACE_DASH) != 0
                        && scan.tokenFlags(k + 1) == TextScan.DIGIT && digits + scan.tokenLength(k + 1) <= 20) {
                    digits += scan.tokenLength(k + 1);
                    k++;
                }
                if (digits < 6 || digits > 20) {
                    i = k;
                    continue;
                }
            }
            int start = scan.tokenStart(first);
            int e = scan.tokenEnd(k);
            // a capital-letter prefix joined by one space ("JQH 884521673"), taken after a strong cue only
            int spaced = shape == PREFIX_DIGITS && first == i && prefixLen == 0 && k == i ? spacedPrefix(scan, i) : -1;
            // an alphanumeric value needs a strong cue: look for the full cue list only where one may stand
            String cue = shape == ALPHANUMERIC
                    && STRONG_STARTS.findIn(scan, start - MAX_GAP - MAX_CUE_LENGTH, start) == null
                    ? null : cueBefore(scan, start);
            String where = "text";
            if (spaced >= 0 && (cue == null || !STRONG_CUES.contains(cue))) {
                // "member ID UHC 912345678": the prefix belongs to the value (even where it is a cue itself)
                String c = cueBefore(scan, spaced);
                if (c != null && STRONG_CUES.contains(c)) {
                    cue = c;
                    start = spaced;
                }
            }
            if (cue == null && !scan.prompt.isEmpty() && IdTokens.onlyFillerBefore(t, start, MAX_GAP)) {
                cue = PROMPT_CUES.findIn(scan.prompt);
                where = "assistant-prompt";
            }
            String pattern = first < i || prefixLen > 0 ? "prefix-digits" : (k > i ? "digit-groups" : "digits");
            if (shape == ALPHANUMERIC) {
                pattern = "alphanumeric";
            }
            if (cue == null && listEnd >= 0 && (shape == PREFIX_DIGITS || listStrong)) {
                // a later value of the same list: "accounts 4417789923 and 5512348870", "... my wife's is BA 44127799"
                if (listGap(scan, listEnd, start)) {
                    cue = listCue;
                    where = "list";
                } else if (spaced >= 0 && listStrong && listGap(scan, listEnd, spaced)) {
                    cue = listCue;
                    where = "list";
                    start = spaced;
                }
            }
            if (cue == null && shape == PREFIX_DIGITS) {
                cue = cueAfter(scan, e, k + 1);
                if (cue != null && !notReference(scan, start)) {
                    cue = null;
                } else if (cue != null) {
                    where = "after";
                    if (cue.startsWith(ROUTING_AND) && k > i && scan.tokenLength(i) == 9
                            && UsBankRoutingDetector.valid(t.substring(s, scan.tokenEnd(i)))) {
                        start = scan.tokenStart(i + 1); // "021000021 4417789923 are my routing and account numbers"
                    }
                }
            }
            if (cue != null && shape == ALPHANUMERIC && !STRONG_CUES.contains(cue)) {
                cue = null; // "account 1AB2C34": a generic cue takes digits only
            }
            if (cue == null) {
                if (shape == PREFIX_DIGITS) {
                    pendingStart = start;
                    pendingEnd = e;
                    pendingFrom = followsFrom(scan, first);
                }
                i = k;
                continue;
            }
            if (pendingEnd >= 0 && shape == PREFIX_DIGITS && pendingCounts(scan, pendingStart, pendingEnd,
                    pendingFrom, start, cue, where)) {
                out.add(finding(EntityType.ACCOUNT_NUMBER, pendingStart, pendingEnd,
                        STRONG_CUES.contains(cue) ? STRONG_SCORE : 0.7,
                        explanation("digits", cue, "list", "digits listed with an account number")));
            }
            pendingEnd = -1;
            String reason = shape == ALPHANUMERIC ? "letters and digits right after a member or loyalty cue"
                    : where.equals("list") ? digits + " digits listed after an account number"
                    : where.equals("after") ? digits + " digits right before an account cue"
                    : digits + " digits right after an account cue";
            double score = STRONG_CUES.contains(cue) ? STRONG_SCORE : 0.7;
            out.add(finding(EntityType.ACCOUNT_NUMBER, start, e, score, explanation(pattern, cue, where, reason)));
            if (!where.equals("list")) {
                listCue = cue;
                listStrong = STRONG_CUES.contains(cue);
            }
            listEnd = e;
            i = k;
        }
    }

    private static Explanation.Builder explanation(String pattern, String cue, String where, String reason) {
        return Explanation.builder().pattern(pattern).validator("cue-then-value").baseScore(0.2)
                .cue(Explanation.ContextCue.of(cue, 0.5, where)).reason(reason);
    }

    /** The cue right before {@code start} (see {@link IdTokens#cueRightBefore}), after a cheap lexicon gate. */
    private static String cueBefore(TextScan scan, int start) {
        return CUE_STARTS.findIn(scan, start - MAX_GAP - MAX_CUE_LENGTH, start) == null ? null
                : IdTokens.cueRightBefore(scan, start, CUES, MAX_GAP);
    }

    /** True if token {@code i} has capital ASCII letters and no lower-case ones (it may hold digits). */
    private static boolean capitalsOnly(TextScan scan, int i) {
        return (scan.tokenFlags(i) & TextScan.UPPER) != 0 && (scan.tokenFlags(i) & TextScan.LOWER) == 0;
    }

    /**
     * True if token {@code i} is one ASCII token of 6–20 letters and digits with at least one letter and four
     * digits, standing alone (no letter or digit token joined to it by a dash or dot).
     */
    private static boolean alphanumeric(TextScan scan, int i) {
        int len = scan.tokenLength(i);
        if (len < 6 || len > 20 || !scan.tokenHas(i, TextScan.LETTER)) {
            return false;
        }
        int digits = 0;
        for (int p = scan.tokenStart(i), end = scan.tokenEnd(i); p < end; p++) {
            if (IdTokens.isDigit(scan.chars[p])) {
                digits++;
            }
        }
        return digits >= 4 && IdTokens.gap(scan, i - 1, "-.") == 0 && IdTokens.gap(scan, i, "-.") == 0;
    }

    /**
     * The start of a 2–4 capital-letter token joined to digit token {@code i} by one space ("JQH 884521673"), or
     * -1; a filler word in capitals ("MEMBER ID IS 884521673") is no prefix.
     */
    private static int spacedPrefix(TextScan scan, int i) {
        int p = i - 1;
        if (p < 0 || IdTokens.gap(scan, p, " ") != ' ' || scan.tokenLength(p) < 2 || scan.tokenLength(p) > 4
                || scan.tokenFlags(p) != (TextScan.LETTER | TextScan.UPPER)
                || IdTokens.isFillerWord(scan.lowerToken(p))) {
            return -1;
        }
        return scan.tokenStart(p);
    }

    /** True if "from" or "between" stands right before token {@code first} (one space apart). */
    private static boolean followsFrom(TextScan scan, int first) {
        return first > 0 && IdTokens.gap(scan, first - 1, " ") == ' ' && FROM_WORDS.contains(scan, first - 1);
    }

    /**
     * True if {@code [from, to)} joins two values of one list: at most {@link #MAX_LIST_GAP} characters on one
     * line, holding a joiner ("and", "to", ",", "/", "&amp;", ";") and otherwise only list words, possessives
     * ("wife's"), filler and one-word parentheses ("(checking)"). Order, claim or ticket words stop it.
     */
    static boolean listGap(TextScan scan, int from, int to) {
        if (to - from > MAX_LIST_GAP || to <= from) {
            return false;
        }
        char[] c = scan.chars;
        boolean joined = false;
        int p = from;
        while (p < to) {
            char ch = c[p];
            if (ch == ',' || ch == '/' || ch == '&' || ch == ';') {
                joined = true;
                p++;
            } else if (ch == ' ' || ch == '\t' || ch == '(' || ch == ')' || ch == ':' || ch == '\'' || ch == '\u2019'
                    || ch == '\u00a0') {
                p++;
            } else if (IdTokens.isAsciiLetter(ch)) {
                int s = p;
                while (p < to && IdTokens.isAsciiLetter(c[p])) {
                    p++;
                }
                String w = scan.text.substring(s, p).toLowerCase(java.util.Locale.ROOT);
                boolean possessive = p + 1 < to && (c[p] == '\'' || c[p] == '\u2019') && (c[p + 1] == 's'
                        || c[p + 1] == 'S') && (p + 2 >= to || !IdTokens.isAsciiLetter(c[p + 2]));
                boolean parenthesised = s > from && c[s - 1] == '(' && p < to && c[p] == ')';
                if (JOINERS.contains(w)) {
                    joined = true;
                } else if (!possessive && !parenthesised && !LIST_WORDS.contains(w) && !IdTokens.isFillerWord(w)) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return joined;
    }

    /**
     * The cue written right after a value ending at {@code end}: linking words ("is my", "are the"), an optional
     * "routing [number] and" / "routing &amp;", then a cue that ends a word ("4417789923 is my account number",
     * "021000021 / 4417789923 is my routing and account"); or null.
     */
    private static String cueAfter(TextScan scan, int end, int next) {
        int to = Math.min(scan.text.length(), end + MAX_AFTER);
        // cheap test first: a linking word ("is", "are" ...) must follow the value after a space or a comma;
        // next is the token after the value, the first to start at or after end
        if (next >= scan.tokenCount() || scan.tokenStart(next) - end > 2 || scan.tokenStart(next) == end
                || !AFTER_WORDS.contains(scan, next)) {
            return null;
        }
        for (int p = end; p < scan.tokenStart(next); p++) {
            if (scan.chars[p] != ' ' && scan.chars[p] != ',') {
                return null;
            }
        }
        if (CUE_STARTS.findIn(scan, end, to) == null) {
            return null;
        }
        String lower = scan.lowerText();
        int p = end;
        boolean routing = false;
        boolean needJoin = false;
        boolean linked = false;
        while (p < to) {
            char ch = lower.charAt(p);
            if (ch == ' ' || ch == ',' || ch == ':' || ch == '-' || ch == '(' || ch == ')') {
                p++;
                continue;
            }
            if (ch == '&' || ch == '/') {
                if (!needJoin) {
                    return null;
                }
                needJoin = false;
                p++;
                continue;
            }
            if (!IdTokens.isAsciiLetter(ch)) {
                return null;
            }
            if (!needJoin && linked) {
                for (String cue : CUES) {
                    int e = p + cue.length();
                    if (lower.startsWith(cue, p)
                            && (e >= lower.length() || !Character.isLetterOrDigit(lower.charAt(e)))) {
                        return routing ? ROUTING_AND + cue : cue;
                    }
                }
            }
            int s = p;
            while (p < to && IdTokens.isAsciiLetter(lower.charAt(p))) {
                p++;
            }
            String w = lower.substring(s, p);
            if (needJoin) {
                if (w.equals("and")) {
                    needJoin = false;
                } else if (!w.equals("number")) {
                    return null;
                }
            } else if (!routing && (w.equals("routing") || w.equals("aba"))) {
                routing = true;
                needJoin = true;
            } else if (AFTER_WORDS.contains(w)) {
                linked = true;
            } else {
                return null;
            }
        }
        return null;
    }

    /**
     * True if the uncued value {@code [ps, pe)} before a value at {@code start} found with {@code cue} shares it:
     * after "from"/"between", when a joiner and the cue stand between the two ("from 4417789923 to account
     * 5512348870"); or, when the cue follows the values, when only a list joiner stands between them
     * ("4417789923 and 5512348870 are my accounts").
     */
    private static boolean pendingCounts(TextScan scan, int ps, int pe, boolean from, int start, String cue,
            String where) {
        if (where.equals("text")) {
            return from && joinedToCue(scan.lowerText(), pe, start, cue);
        }
        if (cue.startsWith(ROUTING_AND)) {
            return false; // "021000021 / 4417789923 is my routing and account": the first is the routing number
        }
        return where.equals("after") && listGap(scan, pe, start) && notReference(scan, ps);
    }

    /** True if no reference cue ("order", "ticket", "booking", "claim" ...) stands just before {@code start}. */
    private static boolean notReference(TextScan scan, int start) {
        int from = Math.max(0, start - 32);
        return ContextScorer.NOT_PERSONAL.findIn(scan, from, start) == null
                && REFERENCES.findIn(scan, from, start) == null;
    }

    /**
     * True if {@code lower[from, to)} is a joiner ("to", "into", "and"), then filler and {@code cue} with only
     * filler after it: the gap of "from 4417789923 to account 5512348870".
     */
    private static boolean joinedToCue(String lower, int from, int to, String cue) {
        if (to - from > MAX_LIST_GAP) {
            return false;
        }
        String gap = lower.substring(from, to).trim();
        int sp = gap.indexOf(' ');
        if (sp < 0 || !JOINERS.contains(gap.substring(0, sp))) {
            return false;
        }
        int at = gap.indexOf(cue, sp);
        return at > sp && IdTokens.onlyFiller(gap, sp, at) && IdTokens.onlyFiller(gap, at + cue.length(), gap.length());
    }
}
