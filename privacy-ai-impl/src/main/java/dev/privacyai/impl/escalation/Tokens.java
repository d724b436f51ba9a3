package dev.privacyai.impl.escalation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One linear pass over a turn's text: normalized word tokens (lower case, accents folded, repeated letters
 * squeezed, chat abbreviations expanded, common typos of key words corrected) interleaved with punctuation tokens
 * ({@code "."}, {@code ","}, {@code "?"}, {@code "!"}) that act as clause boundaries, plus surface statistics
 * (shouting, exclamation runs, card-like digit runs). Tokens never leave the engine.
 */
final class Tokens {

    /** A whole-text cap: beyond this many characters only the first and last parts are analyzed. */
    static final int MAX_CHARS = 20_000;

    private static final Map<String, String[]> EXPANSIONS = Map.ofEntries(
            Map.entry("u", new String[] {"you"}),
            Map.entry("ya", new String[] {"you"}),
            Map.entry("ur", new String[] {"your"}),
            Map.entry("r", new String[] {"are"}),
            Map.entry("pls", new String[] {"please"}),
            Map.entry("plz", new String[] {"please"}),
            Map.entry("plse", new String[] {"please"}),
            Map.entry("wana", new String[] {"want", "to"}),
            Map.entry("gona", new String[] {"going", "to"}),
            Map.entry("gota", new String[] {"got", "to"}),
            Map.entry("hav", new String[] {"have"}),
            Map.entry("cant", new String[] {"cant"}),
            Map.entry("cannot", new String[] {"cant"}),
            Map.entry("dnt", new String[] {"dont"}),
            Map.entry("didnt", new String[] {"didnt"}),
            Map.entry("wont", new String[] {"wont"}),
            Map.entry("rep", new String[] {"representative"}),
            Map.entry("reps", new String[] {"representative"}),
            Map.entry("thx", new String[] {"thanks"}),
            Map.entry("ty", new String[] {"thanks"}));

    final String[] words;
    /** Number of letters in the text and how many of them are upper case. */
    final int letters;
    final int upperLetters;
    /** Word tokens (of 2+ letters) written entirely in upper case. */
    final int upperWords;
    final int wordCount;
    /** Longest run of '!' or '?' characters. */
    final int maxBangRun;
    /** Longest run of digits allowing single spaces or dashes between groups, and whether it is Luhn-valid. */
    final int longestDigitRun;
    final boolean luhnValidRun;
    final boolean typoCorrected;

    private Tokens(String[] words, int letters, int upperLetters, int upperWords, int wordCount, int maxBangRun,
                   int longestDigitRun, boolean luhnValidRun, boolean typoCorrected) {
        this.words = words;
        this.letters = letters;
        this.upperLetters = upperLetters;
        this.upperWords = upperWords;
        this.wordCount = wordCount;
        this.maxBangRun = maxBangRun;
        this.longestDigitRun = longestDigitRun;
        this.luhnValidRun = luhnValidRun;
        this.typoCorrected = typoCorrected;
    }

    static boolean isPunct(String t) {
        return t.length() == 1 && (t.charAt(0) == '.' || t.charAt(0) == ',' || t.charAt(0) == '?'
                || t.charAt(0) == '!');
    }

    /** Tokenizes and normalizes; texts longer than {@link #MAX_CHARS} are cut to their first and last parts. */
    static Tokens of(String raw, TypoCorrector typos) {
        String text = raw;
        if (text.length() > MAX_CHARS) {
            int half = MAX_CHARS / 2;
            text = raw.substring(0, half) + " . " + raw.substring(raw.length() - half);
        }
        List<String> out = new ArrayList<>(32);
        int letters = 0;
        int upper = 0;
        int upperWords = 0;
        int wordCount = 0;
        int maxBang = 0;
        int bang = 0;
        // digit-run tracking (card-like numbers)
        int longestDigitRun = 0;
        boolean luhnValid = false;
        StringBuilder digits = new StringBuilder();
        int sepRun = 0;
        boolean corrected = false;

        StringBuilder word = new StringBuilder(16);
        boolean wordAllUpper = true;
        int wordLetters = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\u0000'; // sentinel: ends the last word and digit run
            // digits
            if (c >= '0' && c <= '9') {
                digits.append(c);
                sepRun = 0;
            } else if ((c == ' ' || c == '-') && digits.length() > 0 && sepRun == 0) {
                sepRun = 1;
            } else if (digits.length() > 0) {
                int len = digits.length();
                if (len > longestDigitRun) {
                    longestDigitRun = len;
                }
                char first = digits.charAt(0);
                if (len >= 13 && len <= 19 && first >= '2' && first <= '6' && luhn(digits)) { // card IIN ranges
                    luhnValid = true;
                }
                digits.setLength(0);
                sepRun = 0;
            }
            if (c == '!' || c == '?') {
                bang++;
                maxBang = Math.max(maxBang, bang);
            } else if (!Character.isWhitespace(c)) {
                bang = 0;
            }
            boolean apostrophe = (c == '\'' || c == '\u2019') && word.length() > 0 && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1));
            if (Character.isLetterOrDigit(c)) {
                if (Character.isLetter(c)) {
                    letters++;
                    wordLetters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    } else {
                        wordAllUpper = false;
                    }
                }
                word.append(c);
                continue;
            }
            if (apostrophe) {
                String w = word.toString().toLowerCase(Locale.ROOT);
                if (isElidedPrefix(w)) {
                    // French/Italian elision: l'agent, j'ai, qu'il -> separate tokens
                    flush(word, out, typos);
                    wordAllUpper = true;
                    wordLetters = 0;
                }
                continue; // English contractions: don't -> dont
            }
            if (word.length() > 0) {
                wordCount++;
                if (wordLetters >= 2 && wordAllUpper) {
                    upperWords++;
                }
                corrected |= flush(word, out, typos);
            }
            wordAllUpper = true;
            wordLetters = 0;
            if (c == '.' || c == ';' || c == ':' || c == '\n') {
                addPunct(out, ".");
            } else if (c == ',') {
                addPunct(out, ",");
            } else if (c == '?' || c == '!') {
                addPunct(out, String.valueOf(c));
            }
        }
        return new Tokens(out.toArray(new String[0]), letters, upper, upperWords, wordCount, maxBang,
                longestDigitRun, luhnValid, corrected);
    }

    private static void addPunct(List<String> out, String p) {
        if (!out.isEmpty() && isPunct(out.get(out.size() - 1))) {
            return;
        }
        out.add(p);
    }

    private static boolean isElidedPrefix(String w) {
        switch (w) {
            case "l": case "d": case "j": case "m": case "t": case "s": case "n": case "c": case "qu":
                return true;
            default:
                return false;
        }
    }

    /** Normalizes the word, expands abbreviations, corrects typos; returns true if a typo was corrected. */
    private static boolean flush(StringBuilder word, List<String> out, TypoCorrector typos) {
        String w = normalizeWord(word);
        word.setLength(0);
        if (w.isEmpty()) {
            return false;
        }
        String[] exp = EXPANSIONS.get(w);
        if (exp != null) {
            for (String e : exp) {
                out.add(e);
            }
            return false;
        }
        if (typos != null) {
            String fixed = typos.correct(w);
            if (fixed != null) {
                out.add(fixed);
                return true;
            }
        }
        out.add(w);
        return false;
    }

    /** Lower case, accents folded, digits collapsed to '#', runs of the same letter squeezed to one. */
    static String normalizeWord(CharSequence raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        boolean hasDigit = false;
        char prev = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                hasDigit = true;
                continue;
            }
            String folded = fold(c);
            for (int k = 0; k < folded.length(); k++) {
                char f = folded.charAt(k);
                if (f != prev) {
                    sb.append(f);
                }
                prev = f;
            }
        }
        if (hasDigit) {
            return sb.length() == 0 ? "#" : sb.append('#').toString();
        }
        return sb.toString();
    }

    /** Lower-cases and folds one character's accents ('é' → "e", 'ß' → "ss", 'æ' → "ae"). */
    static String fold(char c) {
        if (c < 128) {
            return String.valueOf(Character.toLowerCase(c));
        }
        char lower = Character.toLowerCase(c);
        switch (lower) {
            case 'ß': return "ss";
            case 'æ': return "ae";
            case 'œ': return "oe";
            case 'ø': return "o";
            case 'ı': return "i";
            default:
                break;
        }
        String d = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(1);
        for (int i = 0; i < d.length(); i++) {
            char x = d.charAt(i);
            if (Character.getType(x) != Character.NON_SPACING_MARK) {
                sb.append(x);
            }
        }
        return sb.toString();
    }

    /** Normalizes a lexicon phrase exactly like customer text (without typo correction). */
    static String[] normalizePhrase(String phrase) {
        return of(phrase, null).words;
    }

    static boolean luhn(CharSequence digits) {
        return dev.privacyai.impl.redaction.Luhn.isValid(digits);
    }
}
