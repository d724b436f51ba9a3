package dev.privacyai.impl.redaction;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * A text split into lines, sentences (OpenNLP sentence model) and tokens (OpenNLP tokenizer model), with every
 * token's offsets in the ORIGINAL text. Markdown emphasis marks and inline HTML tags glued to words are not tokens,
 * table pipes and other bare HTML tags are tokens of their own (see {@code splitMarkup}). Long sentences are cut into windows of {@link #MAX_TOKENS} tokens, so
 * the work per text stays linear. The ME wrappers are not thread-safe, so each thread keeps its own; the result
 * of the last text analysed on a thread is cached (by identity), so several detectors share one analysis.
 */
final class NlpText {

    static final int MAX_TOKENS = 120;

    private static final ThreadLocal<SentenceDetectorME> SENTENCES =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(NlpModels.sentences()));
    private static final ThreadLocal<TokenizerME> TOKENIZER =
            ThreadLocal.withInitial(() -> new TokenizerME(NlpModels.tokenizer()));
    /** Weakly held, so a thread does not keep the last customer text alive after the call. */
    private static final ThreadLocal<java.lang.ref.WeakReference<NlpText>> LAST = new ThreadLocal<>();

    final String text;
    /** Per sentence: token start/end offsets in {@link #text}. */
    final List<int[]> starts = new ArrayList<>();
    final List<int[]> ends = new ArrayList<>();
    final List<String[]> tokens = new ArrayList<>();

    private NlpText(String text) {
        this.text = text;
        SentenceDetectorME sd = SENTENCES.get();
        TokenizerME tk = TOKENIZER.get();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            if (lineEnd > lineStart) {
                addLine(sd, tk, text.substring(lineStart, lineEnd), lineStart);
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
    }

    /**
     * Splits a line at whitespace-free runs longer than {@link #MAX_CHUNK}: each such run is a sentence of one token
     * (never a name), and only the text between them goes to the sentence model. The OpenNLP sentence detector
     * looks back and forward to the surrounding whitespace for every end-of-sentence character, which made a long
     * run of '.' quadratic; lines without such a run are handled exactly as before.
     */
    private void addLine(SentenceDetectorME sd, TokenizerME tk, String line, int lineStart) {
        int n = line.length();
        int segment = 0;
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int run = i;
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i - run > MAX_CHUNK) {
                if (run > segment) {
                    addSentences(sd, tk, line.substring(segment, run), lineStart + segment);
                }
                starts.add(new int[] {lineStart + run});
                ends.add(new int[] {lineStart + i});
                tokens.add(new String[] {text.substring(lineStart + run, lineStart + i)});
                segment = i;
            }
        }
        if (segment == 0) {
            addSentences(sd, tk, line, lineStart);
        } else if (segment < n) {
            addSentences(sd, tk, line.substring(segment), lineStart + segment);
        }
    }

    private void addSentences(SentenceDetectorME sd, TokenizerME tk, String line, int lineStart) {
        for (Span s : mergeAfterTitles(line, sd.sentPosDetect(line))) {
            String sentence = line.substring(s.getStart(), s.getEnd());
            Span[] tok = tokenize(tk, sentence);
            int base = lineStart + s.getStart();
            for (int from = 0; from < tok.length; from += MAX_TOKENS) {
                int n = Math.min(MAX_TOKENS, tok.length - from);
                int[] st = new int[n];
                int[] en = new int[n];
                String[] words = new String[n];
                for (int k = 0; k < n; k++) {
                    Span t = tok[from + k];
                    st[k] = base + t.getStart();
                    en[k] = base + t.getEnd();
                    words[k] = text.substring(st[k], en[k]);
                }
                starts.add(st);
                ends.add(en);
                tokens.add(words);
            }
        }
    }

    /** Longest whitespace-separated chunk given to the tokenizer; longer chunks are one token (never a name). */
    static final int MAX_CHUNK = 64;

    /**
     * OpenNLP tokenization, chunk by chunk (the tokenizer decides splits inside each whitespace-separated chunk
     * independently, so this equals tokenizing the sentence), with over-long chunks kept whole so that
     * adversarial input cannot make the per-chunk work quadratic.
     */
    private static Span[] tokenize(TokenizerME tk, String sentence) {
        List<Span> out = new ArrayList<>();
        int n = sentence.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(sentence.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(sentence.charAt(i))) {
                i++;
            }
            if (i == start) {
                break;
            }
            if (i - start > MAX_CHUNK) {
                out.add(new Span(start, i));
            } else if (hasMarkup(sentence, start, i)) {
                splitMarkup(tk, sentence, start, i, out);
            } else {
                addChunk(tk, sentence, start, i, out);
            }
        }
        return out.toArray(new Span[0]);
    }

    /** The tokenizer's tokens of {@code sentence[start, end)} (one chunk), a trailing clitic split off. */
    private static void addChunk(TokenizerME tk, String sentence, int start, int end, List<Span> out) {
        for (Span t : tokenizeChunk(tk, sentence.substring(start, end))) {
            int a = start + t.getStart();
            int b = start + t.getEnd();
            int cut = clitic(sentence, a, b);
            if (cut > a) {
                out.add(new Span(a, cut));
                out.add(new Span(cut, b));
            } else {
                out.add(new Span(a, b));
            }
        }
    }

    /** True if {@code s[from, to)} holds a character that may be Markdown or HTML markup ('*', '_', '`', '|', '<'). */
    private static boolean hasMarkup(String s, int from, int to) {
        for (int p = from; p < to; p++) {
            char c = s.charAt(p);
            if (c == '*' || c == '_' || c == '`' || c == '|' || c == '<') {
                return true;
            }
        }
        return false;
    }

    private static boolean isEmphasis(char c) {
        return c == '*' || c == '_' || c == '`';
    }

    /**
     * Tokenizes a chunk that holds markup, as assistants' replies and pasted tables write it, so that the words
     * inside it are tokens of their own: "**Priya" and "Sharma**," give "Priya", "Sharma", ","; "|kevin",
     * "o'hara|kohara@example.com|" give "|", "kevin", "o'hara", "|", ...; "&lt;td&gt;Jane" gives "&lt;td&gt;", "Jane".
     * <ul>
     *   <li>a run of '*', '_' or '`' (Markdown emphasis and code) at the edge of the chunk or next to a character
     *   other than a letter or digit is left out of the tokens, as the spaces are: "name: **Priya Sharma**" reads
     *   like "name: Priya Sharma". A run between two letters or digits ("first_name", "5*3") stays inside its
     *   word;</li>
     *   <li>a table pipe '|' is a token of its own wherever it stands, so that cells stay apart;</li>
     *   <li>a bare HTML formatting tag ({@link HtmlMarkup#bareTagEnd}): an inline one ("&lt;b&gt;", "&lt;/em&gt;")
     *   is left out like emphasis, any other ("&lt;td&gt;", "&lt;br&gt;", "&lt;/li&gt;") is a token of its own, so
     *   that cells and lines stay apart.</li>
     * </ul>
     * The pieces in between go to the tokenizer as chunks of their own. Offsets stay those of {@code sentence};
     * the work is linear in the chunk (at most {@link #MAX_CHUNK} characters).
     */
    private static void splitMarkup(TokenizerME tk, String sentence, int start, int end, List<Span> out) {
        int piece = start;
        int p = start;
        while (p < end) {
            char c = sentence.charAt(p);
            int next;
            boolean token;
            if (c == '|') {
                next = p + 1;
                token = true;
            } else if (c == '<') {
                int tagEnd = HtmlMarkup.bareTagEnd(sentence, p);
                if (tagEnd < 0 || tagEnd > end) {
                    p++;
                    continue;
                }
                next = tagEnd;
                token = !HtmlMarkup.inlineTag(sentence, p);
            } else if (isEmphasis(c)) {
                int q = p + 1;
                while (q < end && isEmphasis(sentence.charAt(q))) {
                    q++;
                }
                boolean wordBefore = p > start && Character.isLetterOrDigit(sentence.charAt(p - 1));
                boolean wordAfter = q < end && Character.isLetterOrDigit(sentence.charAt(q));
                if (wordBefore && wordAfter) {
                    p = q; // inside a word: "first_name", "5*3"
                    continue;
                }
                next = q;
                token = false;
            } else {
                p++;
                continue;
            }
            if (p > piece) {
                addChunk(tk, sentence, piece, p, out);
            }
            if (token) {
                out.add(new Span(p, next));
            }
            piece = next;
            p = next;
        }
        if (end > piece) {
            addChunk(tk, sentence, piece, end, out);
        }
    }

    /**
     * Tokenizations of chunks built around a common English word ("order", "Thanks,", "(delivery)"): the tokenizer
     * model decides each chunk on its characters alone, so its answer for such a chunk can be reused by every text
     * and thread. Only chunks whose letters form a word of the English word list are kept (never names or other
     * customer values outside that fixed vocabulary), and at most {@link #COMMON_MAX} of them.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, Span[]> COMMON =
            new java.util.concurrent.ConcurrentHashMap<>();
    static final int COMMON_MAX = 50_000;
    private static final int COMMON_LONGEST = 24;

    private static final class CompiledHolder {
        static final CompiledTokenizer TOKENIZER = CompiledTokenizer.of(NlpModels.tokenizer());
    }

    /** True if chunks are tokenized by {@link CompiledTokenizer} (same splits as TokenizerME, faster). */
    static boolean compiledTokenizer() {
        return CompiledHolder.TOKENIZER != null;
    }

    /** The tokenizer's spans of one whitespace-free chunk (shared arrays of immutable spans: never modify). */
    static Span[] tokenizeChunk(TokenizerME tk, String chunk) {
        Span[] cached = COMMON.get(chunk);
        if (cached != null) {
            return cached;
        }
        Span[] spans = CompiledHolder.TOKENIZER == null ? null : CompiledHolder.TOKENIZER.tokenize(chunk);
        if (spans == null) {
            spans = tk.tokenizePos(chunk);
        }
        if (COMMON.size() < COMMON_MAX && commonWordChunk(chunk)) {
            COMMON.putIfAbsent(chunk, spans);
        }
        return spans;
    }

    /**
     * True for a chunk of at most 24 characters made of up to two leading and three trailing punctuation marks around a
     * run of letters (apostrophes and hyphens allowed inside) that, lower-cased, is in the English word list.
     */
    static boolean commonWordChunk(String chunk) {
        int n = chunk.length();
        if (n > COMMON_LONGEST) {
            return false;
        }
        int a = 0;
        while (a < n && a < 3 && !Character.isLetterOrDigit(chunk.charAt(a))) {
            a++;
        }
        int b = n;
        while (b > a && n - b < 4 && !Character.isLetterOrDigit(chunk.charAt(b - 1))) {
            b--;
        }
        if (a > 2 || n - b > 3 || b <= a) {
            return false;
        }
        for (int i = a; i < b; i++) {
            char c = chunk.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '-') {
                return false;
            }
        }
        return NlpModels.englishWords().contains(chunk.substring(a, b).toLowerCase(java.util.Locale.ROOT));
    }

    /** Start of a trailing clitic ("'s", "'m", "'re", "'ll", "'ve", "'d") left on a word, or -1. */
    private static int clitic(String s, int a, int b) {
        for (int k = b - 1; k > a + 1 && k >= b - 3; k--) {
            char c = s.charAt(k);
            if (c == '\'' || c == '’') {
                String tail = s.substring(k + 1, b).toLowerCase(java.util.Locale.ROOT);
                if (tail.equals("s") || tail.equals("m") || tail.equals("re") || tail.equals("ll") || tail.equals("ve")
                        || tail.equals("d")) {
                    return k;
                }
                return -1;
            }
        }
        return -1;
    }

    /** Joins a sentence ending in a title abbreviation ("Dr.", "Mrs.") with the next one. */
    private static List<Span> mergeAfterTitles(String line, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                if (endsWithTitle(line, prev)) {
                    out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    private static boolean endsWithTitle(String line, Span s) {
        int e = s.getEnd();
        if (e < 2 || line.charAt(e - 1) != '.') {
            return false;
        }
        int b = e - 1;
        while (b > s.getStart() && Character.isLetter(line.charAt(b - 1))) {
            b--;
        }
        if (b == e - 2 && Character.isUpperCase(line.charAt(b)) && (b == s.getStart() || line.charAt(b - 1) == ' ')) {
            return true; // a middle initial: "Ella H. Snider"
        }
        return b < e - 1 && NameLexicon.isTitle(line.substring(b, e - 1));
    }

    /** The analysis of {@code text}, reusing this thread's last one if it was for the same string instance. */
    static NlpText of(String text) {
        java.lang.ref.WeakReference<NlpText> ref = LAST.get();
        NlpText last = ref == null ? null : ref.get();
        if (last != null && last.text == text) {
            return last;
        }
        NlpText t = new NlpText(text);
        LAST.set(new java.lang.ref.WeakReference<>(t));
        return t;
    }

    int sentenceCount() {
        return tokens.size();
    }
}
