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
 * password).
 *
 * <ul>
 * <li>Numeric secrets (PIN, passcode, code) must be 4–8 digits. "code" is a cue only with a qualifier before it
 * ("the", "verification", "2FA", "MFA", "OTP", "SMS", "auth", "one-time", "login", "access"); a bare "code 583920",
 * "zip code", "promo code" are not. "security code" is left to the CVV detector when a card word ("card", "CVV",
 * "back", "visa", ...) stands within 40 characters, and takes only 5–8 digits (a CVV has 3 or 4).</li>
 * <li>A password after a connector ("is", ":", "=", "-") is any chunk that is not a {@code NOT_SECRET} word;
 * without a connector ("Password P@ssw0rd", "I changed my password to Winter2023") the chunk must look like a
 * password: it holds a letter and either a digit (5+ characters) or two of lower case, upper case and a symbol (6+
 * characters), and is not a run of English words ({@link NameLexicon#commonWord}), so "password reset", "password
 * manager", "password expired" are not secrets. "pass" is a password cue only before ':' / '=' (any value) or
 * "is" / "was" (a password-looking value), and never in "boarding pass" and the like; "I'll pass" is nothing.</li>
 * <li>A possessive word followed by "name" ("my password is my dog's name Rex123") is not the password: the next
 * password-looking chunk within four tokens is, or nothing.</li>
 * <li>After a PIN or password finding, "the new one is X" / "new one: X" (also "old", "other", "current") within
 * 60 characters of the same sentence is a second secret of the same kind; after a numeric one, "X or Y" / "X or
 * maybe Y" where Y has the same shape of digits and separators is one too. After a PIN or password cue on the same
 * line (within 120 characters), "reset / changed / set / updated it to X" is a secret of the cue's kind.</li>
 * <li>A short reply line (at most 4 tokens and 40 characters after an optional speaker label such as
 * "Customer:") right after a line that ends with '?' and asks for a PIN, password, passcode or code is read as a
 * reply to an assistant prompt; a password reply must then not be a plain English word ("Sorry?").</li>
 * <li>An API key or token after its cue ("api key: sk-…", "access token ghp_…", "Bearer eyJ…", "secret access key
 * …") is 16 or more key characters with letters and digits; after a bare "secret" it must be exactly 40 characters of
 * letters, digits, '/' and '+' (an AWS secret access key). Keys in the published provider formats (AWS "AKIA…",
 * GitHub "ghp_…", Slack "xoxb-…", Google "AIza…", GitLab "glpat-…", "sk-…") need no cue.</li>
 * <li>A PEM private key ("-----BEGIN [RSA|EC|OPENSSH|ENCRYPTED ...] PRIVATE KEY-----") is one finding from the
 * BEGIN line through the matching "-----END ... PRIVATE KEY-----" line when that stands within 16,384 characters;
 * otherwise through the whole lines of key characters that follow the BEGIN line (at most as many).</li>
 * </ul>
 *
 * <p>Explanations name the cue, never the value. Every loop is bounded per token or line (cue look-backs of at most
 * 120 characters, replies of 40, key blocks of 16,384 searched once each), so the cost is linear in the text.
 */
final class SecretDetector extends ScanningDetector {

    private enum Kind { NUMERIC, PASSWORD, ANSWER, KEY }

    private static final Set<String> NUMERIC_CUES = Set.of("pin", "passcode", "otp", "passnumber", "pincode");
    private static final Set<String> PASSWORD_CUES = Set.of("password", "passwd", "pwd", "passphrase", "pw");
    /** Words allowed between a cue and the secret. */
    private static final Set<String> FILLERS = Set.of("is", "was", "s", "it", "its", "would", "be", "will", "should",
            "are", "number", "code", "no", "i", "think", "just", "set", "to", "as", "the", "new", "old", "current",
            "now", "my", "of", "m", "using", "use", "word", "you", "sent", "me", "got", "received", "texted",
            "emailed", "gave");
    /** Words that are never a secret value. */
    private static final Set<String> NOT_SECRET = Set.of("is", "was", "the", "a", "an", "and", "or", "not", "wrong",
            "incorrect", "reset", "expired", "forgotten", "forgot", "changed", "locked", "blocked", "correct",
            "right", "same", "different", "please", "help", "that", "this", "it", "what", "which", "for", "to", "in",
            "on", "with", "my", "your", "me", "you", "working", "invalid", "required", "needed", "missing", "too",
            "very", "so", "but", "because", "if", "when", "again", "there", "here", "no", "yes", "ok", "okay");
    /** Words before "code" that make it a one-time or access code ("the code", "2FA code", "one-time code"). */
    private static final Set<String> CODE_QUALIFIERS = Set.of("the", "verification", "access", "sms", "auth",
            "authentication", "time", "login", "2fa", "mfa", "otp", "authenticator", "security");
    /** Words before "pass" that make it a ticket or a permit, not a password ("boarding pass: AB123"). */
    private static final Set<String> PASS_COMPOUNDS = Set.of("boarding", "bus", "train", "rail", "day", "season",
            "hall", "guest", "visitor", "parking", "gate", "press", "ski", "backstage", "travel", "transit", "annual",
            "weekly", "monthly", "gym", "museum", "free", "mobile", "wallet", "festival", "vip", "all", "access",
            "bye", "park", "event", "staff", "security", "hotel", "weekend", "family");
    /** "reset it to X" after a PIN or password cue. */
    private static final Set<String> CHANGE_VERBS = Set.of("reset", "changed", "change", "set", "updated", "update");
    /** "the new one is X" after a PIN or password finding. */
    private static final Set<String> ONE_QUALIFIERS = Set.of("new", "old", "other", "current");
    /** "1234 or maybe 4821". */
    private static final Set<String> HEDGES = Set.of("maybe", "perhaps", "possibly");
    /** Near "security code", these make it a card's CVV. */
    private static final ContextLexicon CARD_CONTEXT = ContextLexicon.of("card", "cvv", "cvc", "cvv2", "back",
            "front", "visa", "mastercard", "amex", "american express", "debit", "credit", "expiry");
    private static final ContextLexicon PROMPT_NUMERIC = ContextLexicon.of("pin", "passcode", "otp", "one-time code",
            "one time code", "verification code", "the code", "access code");
    private static final ContextLexicon PROMPT_PASSWORD = ContextLexicon.of("password", "passphrase",
            "memorable word", "secret word", "security answer", "maiden name", "answer to your security question");
    private static final int MAX_REPLY = 40;
    /** How far back (characters, same line) a PIN or password cue makes "reset it to X" a secret. */
    private static final int CHANGE_REACH = 120;
    /** How far after a finding (characters, same sentence) "the new one is X" is a second secret. */
    private static final int ONE_REACH = 60;
    /** The part of a question line searched for a prompt cue (its end). */
    private static final int QUESTION_TAIL = 160;
    /** Longest private key block: 4096-bit RSA in PEM is about 3,300 characters. */
    private static final int MAX_PEM = 16_384;
    private static final int[] NO_BLOCKS = new int[0];
    /** Hash codes of every word a cue starts with (the checks in {@code detect}), as a hash set. */
    private static final IntHashIndex CUE_WORD_HASHES = IntHashIndex.setOf(java.util.stream.Stream.of(
                    NUMERIC_CUES.stream(), PASSWORD_CUES.stream(),
                    java.util.stream.Stream.of("pass", "code", "maiden", "memorable", "secret", "security", "api",
                            "apikey", "access", "token", "bearer", "auth", "client", "begin", "private", "priv",
                            "privkey"), SeedPhrase.ANCHORS.stream())
            .flatMap(x -> x).mapToInt(String::hashCode).toArray());
    /**
     * Hash codes of the words that continue an earlier finding or cue ("the new one is X", "reset it to X"): common
     * words, probed only after such a finding or cue.
     */
    private static final IntHashIndex FOLLOW_UP_HASHES = IntHashIndex.setOf(java.util.stream.Stream.concat(
            CHANGE_VERBS.stream(), java.util.stream.Stream.of("one")).mapToInt(String::hashCode).toArray());
    private static final int BEGIN_HASH = "begin".hashCode();
    /** An assistant prompt that asks for a wallet recovery phrase: the reply is read as one. */
    private static final ContextLexicon PROMPT_SEED = ContextLexicon.of("seed phrase", "seedphrase", "seed words",
            "recovery phrase", "recovery words", "backup phrase", "mnemonic", "wallet words", "12 words", "24 words",
            "12-word", "24-word", "12 word", "24 word");

    SecretDetector() {
        super("secret", Set.of(EntityType.SECRET));
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        int mine = out.size();
        String t = scan.text;
        int count = scan.tokenCount();
        int[] blocks = NO_BLOCKS; // private key blocks, searched for at the first "-----BEGIN"
        boolean keysSearched = false;
        int block = 0;
        int lastEnd = -1;
        Kind lastKind = null; // kind of the last PIN or password finding ("the new one is X")
        Kind cueKind = null; // kind of the last PIN or password cue ("reset it to X")
        int cuePos = -1;
        boolean seedFound = false;
        for (int k = 0; k < count; k++) {
            // the hash of the lower-cased token (computed by the scan) rules out almost every token with one probe;
            // the word itself is compared below
            int hash = scan.lowerTokenHash(k);
            if ((!CUE_WORD_HASHES.contains(hash) && !((lastKind != null || cueKind != null)
                    && FOLLOW_UP_HASHES.contains(hash))) || scan.tokenHas(k, TextScan.DIGIT)) {
                continue; // not a word any cue below starts with
            }
            int ts = scan.tokenStart(k);
            if (!keysSearched && hash == BEGIN_HASH && ts >= 5 && t.startsWith("-----", ts - 5)) {
                keysSearched = true;
                blocks = privateKeys(scan, out);
            }
            while (block < blocks.length && blocks[block + 1] <= ts) {
                block += 2;
            }
            if (block < blocks.length && blocks[block] <= ts) {
                continue; // inside a private key block, already reported
            }
            String w = word(scan, k);
            if (ts >= lastEnd && SeedPhrase.ANCHORS.contains(w)) {
                String seedCue = SeedPhrase.cueAt(scan, k, w);
                int[] p = seedCue == null ? null : SeedPhrase.find(scan, k + 1, scan.tokenEnd(k));
                if (p != null) {
                    out.add(seedFinding(p, seedCue, "text"));
                    lastEnd = p[1];
                    seedFound = true;
                }
                continue;
            }
            Kind kind = null;
            int cueEnd = k;
            String cue = w;
            boolean shapeOnly = false; // "is" / "was" is no connector: the value must look like a password
            boolean awsSecret = false;
            int minDigits = 4;
            if (NUMERIC_CUES.contains(w)) {
                kind = Kind.NUMERIC;
            } else if (PASSWORD_CUES.contains(w)) {
                kind = Kind.PASSWORD;
            } else if (w.equals("pass")) {
                if (next(scan, k, "code")) {
                    kind = Kind.NUMERIC;
                    cueEnd = k + 1;
                    cue = "pass code";
                } else if (k + 1 < count && !(k > 0 && PASS_COMPOUNDS.contains(word(scan, k - 1)))) {
                    // "pass: x", "pass=x", "my pass is P@ssw0rd"; never a bare "pass" ("I'll pass", "boarding pass")
                    if (scan.tokenStart(k + 1) - scan.tokenEnd(k) <= 3
                            && hasAny(t, scan.tokenEnd(k), scan.tokenStart(k + 1), ":=")) {
                        kind = Kind.PASSWORD;
                    } else if (next(scan, k, "is") || next(scan, k, "was")) {
                        kind = Kind.PASSWORD;
                        shapeOnly = true;
                    }
                }
            } else if (w.equals("code") && k > 0) {
                String p = word(scan, k - 1);
                if (CODE_QUALIFIERS.contains(p) && ts - scan.tokenEnd(k - 1) <= 3) {
                    if (!p.equals("security")) {
                        kind = Kind.NUMERIC;
                        cue = p + " code";
                    } else if (CARD_CONTEXT.findIn(scan, scan.tokenStart(k - 1) - 40, scan.tokenEnd(k) + 40) == null) {
                        // a "security code" without a card word: a one-time code, never CVV-sized
                        kind = Kind.NUMERIC;
                        cue = "security code";
                        minDigits = 5;
                    }
                }
            } else if (w.equals("maiden") && next(scan, k, "name")) {
                kind = Kind.ANSWER;
                cueEnd = k + 1;
                cue = "maiden name";
            } else if ((w.equals("memorable") || w.equals("secret")) && (next(scan, k, "word") || next(scan, k, "answer")
                    || next(scan, k, "phrase"))) {
                if (next(scan, k, "phrase") && SeedPhrase.find(scan, k + 2, scan.tokenEnd(k + 1)) != null) {
                    continue; // "secret phrase: witch collapse ...": the recovery phrase, found at "phrase"
                }
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
            } else if ((w.equals("private") || w.equals("priv")) && next(scan, k, "key")) {
                kind = Kind.KEY; // "private key 0x4c08…", "priv key: L1aW…"
                cueEnd = k + 1;
                cue = w + " key";
            } else if (w.equals("privkey")) {
                kind = Kind.KEY;
            } else if (w.equals("secret") && next(scan, k, "access") && next(scan, k + 1, "key")) {
                kind = Kind.KEY;
                cueEnd = k + 2;
                cue = "secret access key";
            } else if (w.equals("secret")) {
                kind = Kind.KEY; // "secret wJalr…": only an AWS-shaped secret access key
                awsSecret = true;
            } else if (w.equals("apikey") || w.equals("token") || w.equals("bearer")) {
                kind = Kind.KEY;
            } else if (w.equals("one") && lastKind != null && k > 0 && ONE_QUALIFIERS.contains(word(scan, k - 1))
                    && ts - lastEnd <= ONE_REACH && ts >= lastEnd && !sentenceBreak(t, lastEnd, ts)) {
                kind = lastKind; // "my old password was X and the new one is Y"
                cue = word(scan, k - 1) + " one";
            } else if (CHANGE_VERBS.contains(w) && cueKind != null && ts - cuePos <= CHANGE_REACH
                    && next(scan, k, "it") && next(scan, k + 1, "to") && !hasAny(t, cuePos, ts, "\n")) {
                kind = cueKind; // "my pin stopped working so I reset it to X"
                cueEnd = k + 2;
                cue = w + " it to";
            }
            if (kind == null) {
                continue;
            }
            if ((kind == Kind.NUMERIC || kind == Kind.PASSWORD) && cueEnd == k && !w.equals("one")) {
                cueKind = kind;
                cuePos = scan.tokenEnd(cueEnd);
            }
            if (ts < lastEnd) {
                continue;
            }
            int v = cueEnd + 1;
            int fillers = 0;
            boolean connector = false;
            while (v < count && fillers < 5 && !scan.tokenHas(v, TextScan.DIGIT)
                    && FILLERS.contains(word(scan, v)) && scan.tokenStart(v) - scan.tokenEnd(v - 1) <= 3) {
                String f = word(scan, v);
                if (f.equals("is") || f.equals("was") || f.equals("s") || f.equals("be") || f.equals("are")) {
                    connector = !shapeOnly;
                }
                fillers++;
                v++;
            }
            if (v >= count) {
                continue;
            }
            String gap = t.substring(scan.tokenEnd(v - 1), scan.tokenStart(v));
            if (gap.length() > 4 || gap.indexOf('\n') >= 0) {
                continue;
            }
            if (gap.indexOf(':') >= 0 || gap.indexOf('=') >= 0 || gap.indexOf('-') >= 0 || gap.indexOf('"') >= 0) {
                connector = true;
            }
            int[] span;
            if (awsSecret) {
                span = awsSecretKey(t, scan.tokenStart(v));
            } else if (kind == Kind.PASSWORD && possessiveName(scan, v)) {
                // "my password is my dog's name Rex123": the name is the password, if it is written down
                span = null;
                for (int j = v + 3; j < count && j <= v + 6 && span == null
                        && !hasAny(t, scan.tokenEnd(v), scan.tokenStart(j), "\n"); j++) {
                    span = value(scan, j, kind, false);
                }
            } else {
                span = value(scan, v, kind, connector);
            }
            if (span == null || (kind == Kind.NUMERIC && digits(t, span[0], span[1]) < minDigits)) {
                continue;
            }
            Explanation.Builder ex = Explanation.builder().pattern("cue-then-" + kind.name().toLowerCase(Locale.ROOT))
                    .validator("context-gated").baseScore(0.85).cue(Explanation.ContextCue.of(cue, 0.0, "text"))
                    .reason("value typed after a secret cue");
            out.add(finding(EntityType.SECRET, span[0], span[1], 0.85, ex));
            lastEnd = span[1];
            lastKind = kind == Kind.NUMERIC || kind == Kind.PASSWORD ? kind : null;
            if (kind == Kind.NUMERIC) {
                lastEnd = alternatives(scan, out, span, cue);
            }
        }
        if (lastEnd < 0 && !scan.prompt.isEmpty() && t.trim().length() <= MAX_REPLY) {
            fromPrompt(scan, out);
        }
        if (!seedFound && !scan.prompt.isEmpty() && count >= SeedPhrase.MIN_WORDS) {
            String cue = PROMPT_SEED.findIn(scan.prompt);
            int[] p = cue == null ? null : SeedPhrase.find(scan, 0, 0);
            if (p != null && !overlapsAny(out, mine, out.size(), p[0], p[1])) {
                out.add(seedFinding(p, cue, "assistant-prompt"));
            }
        }
        fromQuestionLines(scan, out, mine);
        prefixedKeys(scan, out, mine);
        if (out.size() - mine > 1) {
            out.subList(mine, out.size()).sort(java.util.Comparator.comparingInt(Finding::start));
        }
    }

    /** A SECRET finding over the recovery phrase {@code p} ({@code start, end, words}) found after {@code cue}. */
    private Finding seedFinding(int[] p, String cue, String where) {
        Explanation.Builder ex = Explanation.builder().pattern("seed-phrase").validator("cue+word-structure")
                .baseScore(0.9).cue(Explanation.ContextCue.of(cue, 0.0, where))
                .reason(p[2] + " lower-case words after a recovery phrase cue");
        return finding(EntityType.SECRET, p[0], p[1], 0.9, ex);
    }

    /** True if {@code t[from, to)} holds the end of a sentence or a line (callers bound the range). */
    private static boolean sentenceBreak(String t, int from, int to) {
        return hasAny(t, from, to, ".!?;\n");
    }

    /** True if {@code t[from, to)} holds one of {@code chars} (callers bound the range). */
    private static boolean hasAny(String t, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True if token {@code v} is a possessive word followed by "name": "dog's name", "cat’s name". */
    private static boolean possessiveName(TextScan scan, int v) {
        if (v + 2 >= scan.tokenCount() || scan.tokenStart(v + 1) - scan.tokenEnd(v) != 1
                || !word(scan, v + 1).equals("s")) {
            return false;
        }
        char q = scan.text.charAt(scan.tokenEnd(v));
        return (q == '\'' || q == '\u2019') && next(scan, v + 1, "name");
    }

    private static int digits(String t, int s, int e) {
        int n = 0;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }

    /**
     * "1234 or 4821", "1234 or maybe 4821": after a numeric secret, values of the same shape offered as
     * alternatives are secrets too. Returns the end of the last one.
     */
    private int alternatives(TextScan scan, List<Finding> out, int[] span, String cue) {
        String t = scan.text;
        int count = scan.tokenCount();
        int e = span[1];
        int j = scan.tokenAtOrAfter(e);
        while (j + 1 < count && scan.tokenStart(j) - e <= 2 && isSpaceOrComma(t, e, scan.tokenStart(j))
                && word(scan, j).equals("or")) {
            int v = j + 1;
            if (HEDGES.contains(word(scan, v)) && v + 1 < count) {
                v++;
            }
            if (scan.tokenStart(v) - scan.tokenEnd(v - 1) > 2 || !isSpaceOrComma(t, scan.tokenEnd(v - 1),
                    scan.tokenStart(v))) {
                break;
            }
            int[] alt = value(scan, v, Kind.NUMERIC, true);
            if (alt == null || !sameShape(t, span, alt)) {
                break;
            }
            Explanation.Builder ex = Explanation.builder().pattern("cue-then-numeric-alternative")
                    .validator("context-gated").baseScore(0.8).cue(Explanation.ContextCue.of(cue, 0.0, "text"))
                    .reason("second value of the same shape offered after a secret");
            out.add(finding(EntityType.SECRET, alt[0], alt[1], 0.8, ex));
            e = alt[1];
            j = scan.tokenAtOrAfter(e);
        }
        return e;
    }

    private static boolean isSpaceOrComma(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c != ' ' && c != ',') {
                return false;
            }
        }
        return true;
    }

    /** True if the two spans have the same length and digits at the same places. */
    private static boolean sameShape(String t, int[] a, int[] b) {
        if (a[1] - a[0] != b[1] - b[0]) {
            return false;
        }
        for (int i = 0; i < a[1] - a[0]; i++) {
            if (Character.isDigit(t.charAt(a[0] + i)) != Character.isDigit(t.charAt(b[0] + i))) {
                return false;
            }
        }
        return true;
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
        int[] span = reply(scan, 0, count, kind);
        if (span == null) {
            return;
        }
        Explanation.Builder ex = Explanation.builder().pattern("reply-to-prompt").validator("context-gated")
                .baseScore(0.75).cue(Explanation.ContextCue.of(cue, 0.0, "assistant-prompt"))
                .reason("short reply to a prompt asking for a secret");
        out.add(finding(EntityType.SECRET, span[0], span[1], 0.75, ex));
    }

    /**
     * The secret in a short reply made of tokens {@code [from, to)}: the value after an optional "it's" / "my pin
     * is"; a password must end the reply.
     */
    private static int[] reply(TextScan scan, int from, int to, Kind kind) {
        int v = from;
        while (v < to - 1 && !scan.tokenHas(v, TextScan.DIGIT) && (FILLERS.contains(word(scan, v))
                || NUMERIC_CUES.contains(word(scan, v)) || PASSWORD_CUES.contains(word(scan, v)))) {
            v++;
        }
        int[] span = value(scan, v, kind, true);
        if (span == null || (kind == Kind.PASSWORD && scan.tokenAtOrAfter(span[1]) < to)) {
            return null;
        }
        return span;
    }

    /**
     * The same text's question and answer: a short line right after a line ending with '?' that asks for a PIN,
     * password or code ("Agent: And your account PIN?\nCustomer: 4821") is read like a reply to an assistant
     * prompt. Each line is looked at once as a reply and once as a question (its last {@link #QUESTION_TAIL}
     * characters).
     */
    private void fromQuestionLines(TextScan scan, List<Finding> out, int mine) {
        String t = scan.text;
        int n = t.length();
        int nl = t.indexOf('\n');
        if (nl < 0 || t.indexOf('?') < 0) {
            return;
        }
        int qs = -1; // the last non-blank line, trimmed
        int qe = -1;
        int ls = 0;
        while (ls <= n) {
            int le = nl < 0 ? n : nl;
            int a = ls;
            int b = le;
            while (a < b && Character.isWhitespace(t.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(t.charAt(b - 1))) {
                b--;
            }
            if (a < b) {
                if (qe > 0 && t.charAt(qe - 1) == '?') {
                    replyLine(scan, out, mine, Math.max(qs, qe - QUESTION_TAIL), qe, a, b);
                }
                qs = a;
                qe = b;
            }
            ls = le + 1;
            nl = ls <= n ? t.indexOf('\n', ls) : -1;
        }
    }

    /** The reply line {@code [a, b)} to the question {@code [qs, qe)}, if it is a short one holding a secret. */
    private void replyLine(TextScan scan, List<Finding> out, int mine, int qs, int qe, int a, int b) {
        String t = scan.text;
        // an optional speaker label: "Customer:", "Me:", "Caller:"
        int r = a;
        for (int i = a; i < b && i - a <= 20; i++) {
            char c = t.charAt(i);
            if (c == ':') {
                r = i + 1;
                break;
            }
            if (!Character.isLetter(c) && c != ' ') {
                break;
            }
        }
        while (r < b && Character.isWhitespace(t.charAt(r))) {
            r++;
        }
        if (r >= b || b - r > MAX_REPLY) {
            return;
        }
        int from = scan.tokenAtOrAfter(r);
        int to = scan.tokenAtOrAfter(b);
        if (to - from < 1 || to - from > 4) {
            return;
        }
        String cue = PROMPT_NUMERIC.findIn(scan, qs, qe);
        Kind kind = Kind.NUMERIC;
        if (cue == null) {
            cue = PROMPT_PASSWORD.findIn(scan, qs, qe);
            kind = Kind.PASSWORD;
        }
        if (cue == null) {
            return;
        }
        int[] span = reply(scan, from, to, kind);
        if (span == null || span[1] > b || (kind == Kind.PASSWORD && plainWords(t, span[0], span[1]))
                || overlapsAny(out, mine, out.size(), span[0], span[1])) {
            return;
        }
        Explanation.Builder ex = Explanation.builder().pattern("reply-to-question").validator("context-gated")
                .baseScore(0.75).cue(Explanation.ContextCue.of(cue, 0.0, "previous-line"))
                .reason("short reply to a question asking for a secret on the line before");
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
            if (!connector && !looksLikePassword(t, a, e)) {
                return null; // "password reset", "password manager"
            }
            return new int[] {a, e};
        }
        if (!connector) {
            return null;
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

    /** Punctuation that joins or ends English words ("e-mail", "and/or", "Sorry?"): no sign of a password. */
    private static boolean wordPunctuation(char c) {
        return "-'\u2019/.,;:!?()[]\"".indexOf(c) >= 0;
    }

    /**
     * True if {@code t[a, b)} looks like a password when no connector says it is one: it holds a letter and either
     * a digit (5 or more characters) or two of lower case, upper case and a symbol (6 or more), and is not English
     * words joined by word punctuation.
     */
    private static boolean looksLikePassword(String t, int a, int b) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean symbol = false;
        boolean wordSymbolsOnly = true;
        for (int i = a; i < b; i++) {
            char c = t.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!Character.isLetter(c)) {
                symbol = true;
                wordSymbolsOnly &= wordPunctuation(c);
            }
        }
        if (!lower && !upper) {
            return false; // a date, an amount, a phone number
        }
        int classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (symbol ? 1 : 0);
        if (digit ? b - a < 5 : classes < 2 || b - a < 6) {
            return false;
        }
        return digit || !wordSymbolsOnly || !plainWords(t, a, b);
    }

    /**
     * True if {@code t[a, b)} is letters and word punctuation only and each run of 3 or more letters is an English
     * word ("Manager", "reset-link", "Sorry?").
     */
    private static boolean plainWords(String t, int a, int b) {
        int i = a;
        while (i < b) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                int s = i;
                while (i < b && Character.isLetter(t.charAt(i))) {
                    i++;
                }
                if (i - s > 2 && !NameLexicon.commonWord(t.substring(s, i))) {
                    return false;
                }
            } else if (wordPunctuation(c)) {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    /**
     * An AWS secret access key at {@code s} (after a bare "secret"): exactly 40 characters of letters, digits, '/'
     * and '+', with letters and digits; else null.
     */
    private static int[] awsSecretKey(String t, int s) {
        int e = keyEnd(t, s);
        if (e - s != 40 || !mixed(t, s, e)) {
            return null;
        }
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/'
                    || c == '+')) {
                return null;
            }
        }
        return new int[] {s, e};
    }

    /**
     * PEM private keys, each reported as one finding; returns their spans as {@code start, end} pairs in text
     * order. The next "-----END" is searched once per position (kept while the search start is before it), so the
     * whole text is read a bounded number of times.
     */
    private int[] privateKeys(TextScan scan, List<Finding> out) {
        String t = scan.text;
        int p = t.indexOf("-----BEGIN");
        if (p < 0) {
            return NO_BLOCKS;
        }
        int n = t.length();
        int[] blocks = new int[4];
        int nb = 0;
        int end = -2; // the first "-----END" at or after the last search start; -1: none; -2: not searched
        while (p >= 0) {
            int h = armorEnd(t, p + 10);
            if (h < 0) {
                p = t.indexOf("-----BEGIN", p + 10);
                continue;
            }
            if (end != -1 && end < h) {
                end = t.indexOf("-----END", h);
            }
            int e = end >= 0 && end - h <= MAX_PEM ? armorEnd(t, end + 8) : -1;
            if (e < 0) {
                // no END line: the BEGIN line and the whole lines of key characters after it
                e = h;
                while (e < n && e - h < MAX_PEM) {
                    int i = e;
                    if (t.charAt(i) == '\r') {
                        i++;
                    }
                    if (i >= n || t.charAt(i) != '\n') {
                        break;
                    }
                    int j = ++i;
                    while (j < n && j - h < MAX_PEM && base64(t.charAt(j))) {
                        j++;
                    }
                    if (j == i || (j < n && t.charAt(j) != '\n' && t.charAt(j) != '\r')) {
                        break;
                    }
                    e = j;
                }
            }
            Explanation.Builder ex = Explanation.builder().pattern("pem-private-key").validator("armor-lines")
                    .baseScore(0.95).reason("PEM private key block");
            out.add(finding(EntityType.SECRET, p, e, 0.95, ex));
            if (nb == blocks.length) {
                blocks = java.util.Arrays.copyOf(blocks, nb * 2);
            }
            blocks[nb++] = p;
            blocks[nb++] = e;
            p = t.indexOf("-----BEGIN", e);
        }
        return java.util.Arrays.copyOf(blocks, nb);
    }

    /**
     * End of " [RSA |EC |OPENSSH |ENCRYPTED ...]PRIVATE KEY-----" at {@code i} (right after "-----BEGIN" or
     * "-----END"): upper-case words and spaces, at most 40 characters, then "PRIVATE KEY-----"; else -1.
     */
    private static int armorEnd(String t, int i) {
        int n = t.length();
        if (i >= n || t.charAt(i) != ' ') {
            return -1;
        }
        for (int j = i + 1; j < n && j - i <= 40; j++) {
            if (t.startsWith("PRIVATE KEY-----", j)) {
                return j + 16;
            }
            char c = t.charAt(j);
            if (!((c >= 'A' && c <= 'Z') || c == ' ')) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean base64(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
                || c == '=';
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
            if (s == d && (c0 == '5' || c0 == 'K' || c0 == 'L')) {
                int e = scan.tokenEnd(k);
                if (wif(t, s, e) && keyEnd(t, s) == e && !overlapsAny(out, mine, out.size(), s, e)) {
                    Explanation.Builder ex = Explanation.builder().pattern("wif-private-key").validator("base58check")
                            .baseScore(0.95).reason("Bitcoin private key in wallet import format, checksum valid");
                    out.add(finding(EntityType.SECRET, s, e, 0.95, ex));
                    lastEnd = e;
                }
                continue;
            }
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

    /**
     * True if {@code t[s, e)} is a Bitcoin mainnet private key in wallet import format: Base58Check with version
     * byte 0x80 and a 32-byte key, 51 characters starting with '5' (uncompressed) or 52 starting with 'K' or 'L'
     * (compressed: a final 0x01 byte).
     */
    static boolean wif(String t, int s, int e) {
        int len = e - s;
        char c0 = t.charAt(s);
        if (!(len == 51 && c0 == '5') && !(len == 52 && (c0 == 'K' || c0 == 'L'))) {
            return false;
        }
        byte[] payload = Checksums.base58Check(t.subSequence(s, e));
        return payload != null && payload[0] == (byte) 0x80
                && (len == 51 ? payload.length == 33 : payload.length == 34 && payload[33] == 1);
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
