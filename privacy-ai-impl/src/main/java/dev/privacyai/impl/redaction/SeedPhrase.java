package dev.privacyai.impl.redaction;

import java.util.Set;

/**
 * Wallet recovery ("seed") phrases for {@link SecretDetector}: the shape of a BIP-39 style mnemonic typed after a
 * cue, judged by structure only (no word list is bundled).
 *
 * <p>A cue is "seed phrase", "recovery phrase" (also "secret recovery phrase"), "backup phrase", "wallet phrase",
 * "mnemonic" / "mnemonic phrase", "seed words", "recovery words", "wallet words", "backup words", "12 words" (and 15,
 * 18, 21, 24), "12-word phrase", "seedphrase" or a bare "seed". The phrase must start within
 * {@value #LEAD_TOKENS} tokens and {@value #LEAD_CHARS} characters after the cue, and is a run of 12 to 24 words,
 * each 3 to 8 ASCII letters in lower case (the first may be capitalised), separated by spaces, tabs, line breaks or
 * commas, optionally numbered in order ("1. witch 2. collapse", "1) witch", "(1) witch"). Common function words
 * ("the", "and", "was", ...) may not start the run, may make up at most one word in six of it and never stand two in
 * a row: the run ends before such a pair ("... least can you help" keeps the phrase, not the question). A word of
 * one, two or more than eight letters, any other punctuation, a digit token out of sequence or a 25th word ends
 * the run; a run that does not reach 12 words is no phrase.
 *
 * <p>Stateless: static methods over a {@link TextScan}; work per cue is bounded by {@value #LEAD_TOKENS} starts of
 * at most {@value #MAX_WORDS} words and as many numbers each, so the cost is linear in the text.
 */
final class SeedPhrase {

    /** Fewest words of a phrase. */
    static final int MIN_WORDS = 12;
    /** Most words of a phrase. */
    static final int MAX_WORDS = 24;
    /** Tokens after the cue among which the phrase must start. */
    static final int LEAD_TOKENS = 6;
    /** Characters after the cue within which the phrase must start. */
    static final int LEAD_CHARS = 60;

    /** The tokens a cue ends with: probed through {@link SecretDetector}'s cue hash set. */
    static final Set<String> ANCHORS = Set.of("seed", "seedphrase", "phrase", "words", "mnemonic", "mnemonics");
    /** Words before "phrase" that make it a recovery phrase cue. */
    private static final Set<String> PHRASE_KINDS = Set.of("seed", "recovery", "backup", "mnemonic", "wallet",
            "secret");
    /** Words before "words" that make it a recovery phrase cue. */
    private static final Set<String> WORDS_KINDS = Set.of("seed", "recovery", "backup", "mnemonic", "wallet",
            "secret");
    /** Word counts of BIP-39 phrases, as typed before "words" ("12 words"). */
    private static final Set<String> COUNTS = Set.of("12", "15", "18", "21", "24");
    /** Function words that do not appear in a mnemonic in numbers or in pairs. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "but", "for", "nor", "are", "was",
            "were", "has", "had", "have", "been", "his", "her", "hers", "its", "our", "their", "them", "they", "you",
            "your", "she", "him", "this", "that", "these", "those", "there", "then", "than", "when", "what", "which",
            "who", "whom", "whose", "with", "from", "into", "not", "can", "could", "would", "should", "will", "shall",
            "does", "did", "just", "because", "while", "where", "here", "how", "why", "now", "please", "thanks",
            "thank", "dont", "cant", "wont", "didnt", "isnt", "doesnt");

    private SeedPhrase() {
    }

    /**
     * The cue that ends at token {@code k} (lower-cased {@code w}, one of {@link #ANCHORS}), as written in lower
     * case for an explanation ("seed phrase", "12 words"), or null. A "seed" or "mnemonic" followed by "phrase" or
     * "words" is left to that next token.
     */
    static String cueAt(TextScan scan, int k, String w) {
        switch (w) {
            case "seed":
            case "mnemonic":
            case "mnemonics":
                return nextIs(scan, k, "phrase") || nextIs(scan, k, "words") ? null : w;
            case "seedphrase":
                return w;
            case "phrase":
            case "words": {
                if (k == 0 || scan.tokenStart(k) - scan.tokenEnd(k - 1) > 2) {
                    return null;
                }
                String p = scan.lowerToken(k - 1);
                if ((w.equals("phrase") ? PHRASE_KINDS : WORDS_KINDS).contains(p)
                        || (w.equals("words") && COUNTS.contains(p))) {
                    return p + " " + w;
                }
                if (p.equals("word") && k >= 2 && scan.tokenStart(k - 1) - scan.tokenEnd(k - 2) <= 2
                        && COUNTS.contains(scan.lowerToken(k - 2))) {
                    return scan.lowerToken(k - 2) + "-word " + w; // "12-word phrase", "24 word words"
                }
                return null;
            }
            default:
                return null;
        }
    }

    /**
     * The phrase starting among the {@value #LEAD_TOKENS} tokens from token {@code from} and within
     * {@value #LEAD_CHARS} characters of {@code leadStart}: {@code {start, end, words}}, or null.
     */
    static int[] find(TextScan scan, int from, int leadStart) {
        int n = scan.tokenCount();
        for (int j = from; j < n && j < from + LEAD_TOKENS && scan.tokenStart(j) - leadStart <= LEAD_CHARS; j++) {
            int[] run = runAt(scan, j);
            if (run != null) {
                return run;
            }
        }
        return null;
    }

    /** The phrase starting exactly at token {@code j} (a word, or the number 1 before one), or null. */
    static int[] runAt(TextScan scan, int j) {
        char[] c = scan.chars;
        int n = scan.tokenCount();
        int words = 0;
        int functionWords = 0;
        int start = -1;
        int end = -1;
        // ends and function-word flags of the last two words, to cut the run before a pair of function words
        int prevEnd = -1;
        boolean prevFunction = false;
        int beforePrevEnd = -1;
        boolean afterNumber = false;
        for (int k = j; k < n && words < MAX_WORDS; k++) {
            if (k > j) {
                int gs = scan.tokenEnd(k - 1);
                int ge = scan.tokenStart(k);
                boolean ok = afterNumber ? numberGap(c, gs, ge) : wordGap(c, gs, ge,
                        scan.tokenFlags(k) == TextScan.DIGIT);
                if (!ok) {
                    break;
                }
            }
            int flags = scan.tokenFlags(k);
            if (flags == TextScan.DIGIT) {
                // a list number: the next word's position, not in the middle of a word pair
                if (afterNumber || !numberIs(scan, k, words + 1)) {
                    break;
                }
                afterNumber = true;
                continue;
            }
            if (!isWord(scan, k, words == 0)) {
                break;
            }
            boolean function = FUNCTION_WORDS.contains(scan.lowerToken(k));
            if (function && words == 0) {
                return null; // a sentence, not a phrase
            }
            if (function && prevFunction) {
                // two function words in a row: the phrase ended before the first of them
                words--;
                functionWords--;
                end = beforePrevEnd;
                prevFunction = false;
                break;
            }
            if (start < 0) {
                start = scan.tokenStart(k);
            }
            words++;
            if (function) {
                functionWords++;
            }
            beforePrevEnd = prevEnd;
            prevEnd = scan.tokenEnd(k);
            prevFunction = function;
            end = prevEnd;
            afterNumber = false;
        }
        if (prevFunction && words > 0) {
            // a trailing function word belongs to the sentence after the phrase
            words--;
            functionWords--;
            end = beforePrevEnd;
        }
        if (words < MIN_WORDS || functionWords * 6 > words) {
            return null;
        }
        return new int[] {start, end, words};
    }

    /** True if token {@code k} can be a phrase word: 3-8 ASCII letters, lower case (the first word capitalised). */
    private static boolean isWord(TextScan scan, int k, boolean first) {
        int len = scan.tokenLength(k);
        if (len < 3 || len > 8) {
            return false;
        }
        int flags = scan.tokenFlags(k);
        if (flags == (TextScan.LETTER | TextScan.LOWER)) {
            return true;
        }
        if (!first || flags != (TextScan.LETTER | TextScan.LOWER | TextScan.UPPER)) {
            return false;
        }
        char[] c = scan.chars;
        int s = scan.tokenStart(k);
        for (int p = s + 1; p < s + len; p++) {
            if (c[p] < 'a' || c[p] > 'z') {
                return false;
            }
        }
        return true;
    }

    /** True if digit token {@code k} is the number {@code want} (1 to 24) without leading zeros. */
    private static boolean numberIs(TextScan scan, int k, int want) {
        int len = scan.tokenLength(k);
        if (len > 2 || want > MAX_WORDS) {
            return false;
        }
        char[] c = scan.chars;
        int s = scan.tokenStart(k);
        int v = len == 1 ? c[s] - '0' : (c[s] - '0') * 10 + (c[s + 1] - '0');
        return v == want && c[s] != '0';
    }

    /**
     * True if {@code c[from, to)} may stand between two words, or a word and a list number: one to four characters
     * of spaces, tabs, line breaks (at most two) and commas; before a number also "(" ("witch (2) collapse").
     */
    private static boolean wordGap(char[] c, int from, int to, boolean beforeNumber) {
        if (to - from < 1 || to - from > 4) {
            return false;
        }
        int breaks = 0;
        for (int p = from; p < to; p++) {
            char x = c[p];
            if (x == '\n') {
                breaks++;
            } else if (!(x == ' ' || x == '\t' || x == '\r' || x == ',' || (beforeNumber && x == '('))) {
                return false;
            }
        }
        return breaks <= 2;
    }

    /** True if {@code c[from, to)} may follow a list number: at most three of ". ) : -", spaces and tabs. */
    private static boolean numberGap(char[] c, int from, int to) {
        if (to - from < 1 || to - from > 3) {
            return false;
        }
        for (int p = from; p < to; p++) {
            char x = c[p];
            if (!(x == ' ' || x == '\t' || x == '.' || x == ')' || x == ':' || x == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean nextIs(TextScan scan, int k, String w) {
        return k + 1 < scan.tokenCount() && scan.tokenStart(k + 1) - scan.tokenEnd(k) <= 2
                && scan.lowerToken(k + 1).equals(w);
    }
}
