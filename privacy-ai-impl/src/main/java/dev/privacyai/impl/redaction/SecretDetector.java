package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SECRET (context-gated): a PIN, password, passcode, one-time code, security answer or memorable word that the
 * customer types after a cue: "my pin is 1234", "password: hunter2", "passcode 4455", "the code is 991823",
 * "mother's maiden name is Smith", or a short reply to an assistant prompt that asked for one. The span is the
 * secret token(s) only, never the cue (a trailing '!' or '?' stays in the span: it may be part of the
 * password). Numeric secrets (PIN, passcode, code) must be 4–8 digits; a password needs a connector ("is", ":",
 * "=") between cue and value, so "password reset" is not a secret. An API key or token after its cue ("api key:
 * sk-…", "access token ghp_…", "Bearer eyJ…") is 16 or more key characters with letters and digits; keys in the
 * published provider formats (AWS "AKIA…", GitHub "ghp_…", Slack "xoxb-…", Google "AIza…", GitLab "glpat-…",
 * "sk-…") need no cue.
 */
final class SecretDetector extends ScanningDetector {

    private enum Kind { NUMERIC, PASSWORD, ANSWER, KEY }

    private static final Set<String> NUMERIC_CUES = Set.of("pin", "passcode", "otp", "passnumber", "pincode");
    private static final Set<String> PASSWORD_CUES = Set.of("password", "passwd", "pwd", "passphrase", "pw");
    /** Words allowed between a cue and the secret. */
    private static final Set<String> FILLERS = Set.of("is", "was", "s", "it", "its", "would", "be", "will", "should",
            "are", "number", "code", "no", "i", "think", "just", "set", "to", "as", "the", "new", "old", "current",
            "now", "my", "of", "m", "using", "use", "word");
    /** Words that are never a secret value. */
    private static final Set<String> NOT_SECRET = Set.of("is", "was", "the", "a", "an", "and", "or", "not", "wrong",
            "incorrect", "reset", "expired", "forgotten", "forgot", "changed", "locked", "blocked", "correct",
            "right", "same", "different", "please", "help", "that", "this", "it", "what", "which", "for", "to", "in",
            "on", "with", "my", "your", "me", "you", "working", "invalid", "required", "needed", "missing", "too",
            "very", "so", "but", "because", "if", "when", "again", "there", "here", "no", "yes", "ok", "okay");
    private static final ContextLexicon PROMPT_NUMERIC = ContextLexicon.of("pin", "passcode", "otp", "one-time code",
            "one time code", "verification code", "the code", "access code");
    private static final ContextLexicon PROMPT_PASSWORD = ContextLexicon.of("password", "passphrase",
            "memorable word", "secret word", "security answer", "maiden name", "answer to your security question");
    private static final int MAX_REPLY = 40;
    /** Hash codes of every word a cue starts with (the checks in {@code detect}), as a hash set. */
    private static final IntHashIndex CUE_WORD_HASHES = IntHashIndex.setOf(java.util.stream.Stream.concat(
                    java.util.stream.Stream.concat(NUMERIC_CUES.stream(), PASSWORD_CUES.stream()),
                    java.util.stream.Stream.of("pass", "code", "maiden", "memorable", "secret", "security", "api",
                            "apikey", "access", "token", "bearer", "auth", "client"))
            .mapToInt(String::hashCode).toArray());

    SecretDetector() {
        super("secret", Set.of(EntityType.SECRET));
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        int mine = out.size();
        int count = scan.tokenCount();
        int lastEnd = -1;
        for (int k = 0; k < count; k++) {
            // the hash of the lower-cased token (computed by the scan) rules out almost every token with one probe;
            // the word itself is compared below
            if (!CUE_WORD_HASHES.contains(scan.lowerTokenHash(k)) || scan.tokenHas(k, TextScan.DIGIT)) {
                continue; // not a word any cue below starts with
            }
            String w = word(scan, k);
            Kind kind = null;
            int cueEnd = k;
            String cue = w;
            if (NUMERIC_CUES.contains(w)) {
                kind = Kind.NUMERIC;
            } else if (PASSWORD_CUES.contains(w)) {
                kind = Kind.PASSWORD;
            } else if (w.equals("pass") && next(scan, k, "code")) {
                kind = Kind.NUMERIC;
                cueEnd = k + 1;
                cue = "pass code";
            } else if (w.equals("code") && k > 0) {
                String p = word(scan, k - 1);
                // "security code" is left to the CVV detector
                if (p.equals("the") || p.equals("verification") || p.equals("access") || p.equals("sms")
                        || p.equals("auth") || p.equals("authentication") || p.equals("time") || p.equals("login")) {
                    kind = Kind.NUMERIC;
                    cue = p + " code";
                }
            } else if (w.equals("maiden") && next(scan, k, "name")) {
                kind = Kind.ANSWER;
                cueEnd = k + 1;
                cue = "maiden name";
            } else if ((w.equals("memorable") || w.equals("secret")) && (next(scan, k, "word") || next(scan, k, "answer")
                    || next(scan, k, "phrase"))) {
                kind = Kind.ANSWER;
                cueEnd = k + 1;
                cue = w + " " + word(scan, k + 1);
            } else if (w.equals("security") && (next(scan, k, "answer"))) {
                kind = Kind.ANSWER;
                cueEnd = k + 1;
                cue = "security answer";
            } else if ((w.equals("api") || w.equals("access") || w.equals("secret") || w.equals("auth")
                    || w.equals("client")) && (next(scan, k, "key") || next(scan, k, "token")
                    || next(scan, k, "secret"))) {
                kind = Kind.KEY; // "api key", "access token", "secret key", "auth token", "client secret"
                cueEnd = k + 1;
                cue = w + " " + word(scan, k + 1);
            } else if (w.equals("apikey") || w.equals("token") || w.equals("bearer")) {
                kind = Kind.KEY;
            }
            if (kind == null || scan.tokenStart(k) < lastEnd) {
                continue;
            }
            int v = cueEnd + 1;
            int fillers = 0;
            boolean connector = false;
            while (v < count && fillers < 4 && !scan.tokenHas(v, TextScan.DIGIT)
                    && FILLERS.contains(word(scan, v)) && scan.tokenStart(v) - scan.tokenEnd(v - 1) <= 3) {
                String f = word(scan, v);
                if (f.equals("is") || f.equals("was") || f.equals("s") || f.equals("be") || f.equals("are")) {
                    connector = true;
                }
                fillers++;
                v++;
            }
            if (v >= count) {
                continue;
            }
            String gap = scan.text.substring(scan.tokenEnd(v - 1), scan.tokenStart(v));
            if (gap.length() > 4 || gap.indexOf('\n') >= 0) {
                continue;
            }
            if (gap.indexOf(':') >= 0 || gap.indexOf('=') >= 0 || gap.indexOf('-') >= 0 || gap.indexOf('"') >= 0) {
                connector = true;
            }
            int[] span = value(scan, v, kind, connector);
            if (span == null) {
                continue;
            }
            Explanation.Builder ex = Explanation.builder().pattern("cue-then-" + kind.name().toLowerCase(Locale.ROOT))
                    .validator("context-gated").baseScore(0.85).cue(Explanation.ContextCue.of(cue, 0.0, "text"))
                    .reason("value typed after a secret cue");
            out.add(finding(EntityType.SECRET, span[0], span[1], 0.85, ex));
            lastEnd = span[1];
        }
        if (lastEnd < 0 && !scan.prompt.isEmpty() && scan.text.trim().length() <= MAX_REPLY) {
            fromPrompt(scan, out);
        }
        prefixedKeys(scan, out, mine);
    }

    /** A short reply to "what is your PIN?" / "please tell me your password". */
    private void fromPrompt(TextScan scan, List<Finding> out) {
        int count = scan.tokenCount();
        if (count == 0 || count > 4) {
            return;
        }
        String cue = PROMPT_NUMERIC.findIn(scan.prompt);
        Kind kind = Kind.NUMERIC;
        if (cue == null) {
            cue = PROMPT_PASSWORD.findIn(scan.prompt);
            kind = Kind.PASSWORD;
        }
        if (cue == null) {
            return;
        }
        // value = last token(s) after an optional "it's" / "my pin is"
        int v = 0;
        while (v < count - 1 && !scan.tokenHas(v, TextScan.DIGIT) && (FILLERS.contains(word(scan, v))
                || NUMERIC_CUES.contains(word(scan, v)) || PASSWORD_CUES.contains(word(scan, v)))) {
            v++;
        }
        int[] span = value(scan, v, kind, true);
        if (span == null || (kind == Kind.PASSWORD && scan.tokenAtOrAfter(span[1]) < count)) {
            return;
        }
        Explanation.Builder ex = Explanation.builder().pattern("reply-to-prompt").validator("context-gated")
                .baseScore(0.75).cue(Explanation.ContextCue.of(cue, 0.0, "assistant-prompt"))
                .reason("short reply to a prompt asking for a secret");
        out.add(finding(EntityType.SECRET, span[0], span[1], 0.75, ex));
    }

    /** The secret's span starting at token v, or null. */
    private static int[] value(TextScan scan, int v, Kind kind, boolean connector) {
        String t = scan.text;
        int s = scan.tokenStart(v);
        if (kind == Kind.NUMERIC) {
            // 4-8 digits, possibly typed with single spaces or dashes between digit groups ("12 34", "1-2-3-4")
            int e = s;
            int digits = 0;
            int k = v;
            while (k < scan.tokenCount() && scan.tokenFlags(k) == TextScan.DIGIT) {
                if (k > v) {
                    int g = scan.tokenStart(k) - scan.tokenEnd(k - 1);
                    char c = t.charAt(scan.tokenEnd(k - 1));
                    if (g != 1 || (c != ' ' && c != '-')) {
                        break;
                    }
                }
                digits += scan.tokenLength(k);
                e = scan.tokenEnd(k);
                k++;
                if (digits >= 8) {
                    break;
                }
            }
            if (digits < 4 || digits > 8 || !scan.boundaryAfter(e)
                    || (k < scan.tokenCount() && scan.tokenFlags(k) == TextScan.DIGIT
                    && scan.tokenStart(k) - e == 1)) {
                return null;
            }
            if (s > 0 && (t.charAt(s - 1) == '$' || t.charAt(s - 1) == '#')) {
                return null;
            }
            return new int[] {s, e};
        }
        if (kind == Kind.KEY) {
            int e = keyEnd(t, s);
            return e - s >= 16 && mixed(t, s, e) ? new int[] {s, e} : null;
        }
        if (!connector) {
            return null;
        }
        if (kind == Kind.PASSWORD) {
            // the whitespace-delimited chunk, including symbols; quotes and final sentence punctuation dropped
            int a = s;
            while (a > 0 && !Character.isWhitespace(t.charAt(a - 1)) && t.charAt(a - 1) != ':' && t.charAt(a - 1) != '='
                    && t.charAt(a - 1) != '"' && t.charAt(a - 1) != '\'' && s - a < 8) {
                a--;
            }
            int e = scan.tokenEnd(v);
            while (e < t.length() && !Character.isWhitespace(t.charAt(e)) && e - a < 128) {
                e++;
            }
            // a trailing '!' or '?' may belong to the password: over-redacting it is safer than leaking it
            while (e > a && ".,;\"'".indexOf(t.charAt(e - 1)) >= 0 && (e == t.length()
                    || Character.isWhitespace(t.charAt(e)) || ".,;!?\"'".indexOf(t.charAt(e)) >= 0)) {
                e--;
            }
            if (e - a < 3 || NOT_SECRET.contains(t.substring(a, e).toLowerCase(Locale.ROOT))) {
                return null;
            }
            return new int[] {a, e};
        }
        // ANSWER: one word, or two capitalised words
        String w = word(scan, v);
        if (NOT_SECRET.contains(w) || scan.tokenLength(v) < 2) {
            return null;
        }
        int e = scan.tokenEnd(v);
        if (Character.isUpperCase(t.charAt(s)) && v + 1 < scan.tokenCount()
                && scan.tokenStart(v + 1) - e == 1 && t.charAt(e) == ' '
                && Character.isUpperCase(t.charAt(scan.tokenStart(v + 1)))) {
            e = scan.tokenEnd(v + 1);
        }
        return new int[] {s, e};
    }

    /**
     * End of an API key or token starting at {@code s}: characters keys are written with (letters, digits, '-',
     * '_', '.', '+', '/', '='), at most 256, without a final '.' (sentence end).
     */
    private static int keyEnd(String t, int s) {
        int e = s;
        while (e < t.length() && e - s < 256 && keyChar(t.charAt(e))) {
            e++;
        }
        while (e > s && (t.charAt(e - 1) == '.' || t.charAt(e - 1) == '-')) {
            e--;
        }
        return e;
    }

    private static boolean keyChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                || c == '.' || c == '+' || c == '/' || c == '=';
    }

    /** True if {@code t[s, e)} holds both a letter and a digit (a key, not a word such as "expired"). */
    private static boolean mixed(String t, int s, int e) {
        boolean letter = false;
        boolean digit = false;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            letter |= Character.isLetter(c);
            digit |= c >= '0' && c <= '9';
        }
        return letter && digit;
    }

    /**
     * Keys in the published formats of the big providers, found without a cue because the prefix is the cue:
     * AWS access key ids ("AKIA" + 16), GitHub tokens ("ghp_" + 36), Slack tokens ("xoxb-" ...), OpenAI-style
     * secret keys ("sk-" + 20 or more), Google API keys ("AIza" + 35) and GitLab tokens ("glpat-" + 20). Only
     * chunks with a run of 8 or more letters and digits that holds a digit are looked at (one AWS id in ~30 has no
     * digit: it is found after an "access key" cue).
     */
    private void prefixedKeys(TextScan scan, List<Finding> out, int mine) {
        String t = scan.text;
        int count = scan.tokenCount();
        int lastEnd = -1;
        // every format holds a digit (AWS ids and the others with all but negligible exceptions): walk the digit
        // tokens, few in prose, and back to the start of the chunk each one is part of
        for (int k = scan.nextDigitToken(0); k < count; k = scan.nextDigitToken(k + 1)) {
            int d = scan.tokenStart(k);
            if (d < lastEnd || scan.tokenLength(k) < 8) {
                continue; // every format has a run of 8 or more letters and digits holding a digit
            }
            int s = d;
            while (s > 0 && d - s < 256 && keyChar(t.charAt(s - 1))) {
                s--;
            }
            char c0 = t.charAt(s);
            // one character rules out almost every chunk: the formats start with 'A', 'g', 's' or 'x'
            if ((c0 != 'A' && c0 != 'g' && c0 != 's' && c0 != 'x') || !(t.startsWith("AKIA", s)
                    || t.startsWith("ASIA", s) || t.startsWith("AIza", s) || t.startsWith("gh", s)
                    || t.startsWith("glpat-", s) || t.startsWith("sk-", s) || t.startsWith("xox", s))
                    || !scan.boundaryBefore(s)) {
                continue;
            }
            int e = keyEnd(t, s);
            int len = e - s;
            String format = null;
            if (len == 20 && (t.startsWith("AKIA", s) || t.startsWith("ASIA", s)) && upperAlnum(t, s, e)) {
                format = "aws-access-key-id";
            } else if (len >= 40 && (t.startsWith("ghp_", s) || t.startsWith("gho_", s) || t.startsWith("ghs_", s)
                    || t.startsWith("ghu_", s) || t.startsWith("github_pat_", s))) {
                format = "github-token";
            } else if (len >= 24 && (t.startsWith("xoxb-", s) || t.startsWith("xoxp-", s) || t.startsWith("xoxa-", s)
                    || t.startsWith("xoxr-", s))) {
                format = "slack-token";
            } else if (len >= 23 && t.startsWith("sk-", s) && mixed(t, s + 3, e)) {
                format = "sk-secret-key";
            } else if (len == 39 && t.startsWith("AIza", s)) {
                format = "google-api-key";
            } else if (len >= 26 && t.startsWith("glpat-", s)) {
                format = "gitlab-token";
            }
            if (format == null || !scan.boundaryAfter(e) || overlapsAny(out, mine, out.size(), s, e)) {
                continue; // not a format, or already reported after its cue
            }
            Explanation.Builder ex = Explanation.builder().pattern(format).validator("key-prefix+length")
                    .baseScore(0.9).reason("API key or token in a published provider format");
            out.add(finding(EntityType.SECRET, s, e, 0.9, ex));
            lastEnd = e;
        }
    }

    private static boolean upperAlnum(String t, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean next(TextScan scan, int k, String w) {
        return k + 1 < scan.tokenCount() && scan.tokenStart(k + 1) - scan.tokenEnd(k) <= 2
                && word(scan, k + 1).equals(w);
    }

    private static String word(TextScan scan, int k) {
        return scan.lowerToken(k);
    }
}
