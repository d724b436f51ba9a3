package dev.privacyai.impl.redaction;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs an OpenNLP {@link TokenNameFinderModel} over an {@link NlpText} and returns character spans in the
 * original text. The model is shared; {@link NameFinderME} is not thread-safe, so each thread gets its own
 * (created on first use, about the cost of a few allocations since the model is shared).
 */
final class NameFinderRunner {

    /** A span found by the model: offsets in the original text, the model's type and probability. */
    static final class Hit {
        final int start;
        final int end;
        final String type;
        final double prob;
        final int sentence;
        final int firstToken;
        final int lastToken;

        Hit(int start, int end, String type, double prob, int sentence, int firstToken, int lastToken) {
            this.start = start;
            this.end = end;
            this.type = type;
            this.prob = prob;
            this.sentence = sentence;
            this.firstToken = firstToken;
            this.lastToken = lastToken;
        }
    }

    private final ThreadLocal<NameFinderME> finder;
    /** The exact, faster decoder when the model uses the project's feature set; otherwise null. */
    private final CompiledNameFinder compiled;
    private final ThreadLocal<CompiledNameFinder.Session> session;
    /** Last analysed text and its hits, weakly held (see {@link NlpText}). */
    private final ThreadLocal<java.lang.ref.WeakReference<Object[]>> last = new ThreadLocal<>();

    /** The runner of the shipped PERSON/LOCATION model, shared by the person and location detectors. */
    static NameFinderRunner shipped() {
        return Shipped.RUNNER;
    }

    private static final class Shipped {
        static final NameFinderRunner RUNNER = new NameFinderRunner(NlpModels.nameFinder());
    }

    NameFinderRunner(TokenNameFinderModel model) {
        Objects.requireNonNull(model, "model");
        this.compiled = CompiledNameFinder.of(model);
        this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
        this.session = compiled == null ? null : ThreadLocal.withInitial(compiled::newSession);
    }

    /** True if this runner decodes with {@link CompiledNameFinder} (same results as NameFinderME, faster). */
    boolean compiled() {
        return compiled != null;
    }

    /** Every span the model finds in {@code t}; cached per thread for the last text. */
    List<Hit> find(NlpText t) {
        java.lang.ref.WeakReference<Object[]> ref = last.get();
        Object[] cached = ref == null ? null : ref.get();
        if (cached != null && cached[0] == t) {
            @SuppressWarnings("unchecked")
            List<Hit> hits = (List<Hit>) cached[1];
            return hits;
        }
        List<Hit> result = List.copyOf(compiled != null ? findCompiled(t) : findWithOpenNlp(t));
        last.set(new java.lang.ref.WeakReference<>(new Object[] {t, result}));
        return result;
    }

    private List<Hit> findCompiled(NlpText t) {
        CompiledNameFinder.Session me = session.get();
        me.clear();
        List<Hit> out = new ArrayList<>();
        try {
            for (int s = 0; s < t.sentenceCount(); s++) {
                for (Span sp : CompiledNameFinder.spans(me.find(t.tokens.get(s)))) {
                    add(t, s, sp, sp.getProb(), out);
                }
            }
        } finally {
            me.clear();
        }
        return out;
    }

    /** Decodes with OpenNLP's {@link NameFinderME} (models with another feature set). */
    List<Hit> findWithOpenNlp(NlpText t) {
        NameFinderME me = finder.get();
        me.clearAdaptiveData();
        List<Hit> out = new ArrayList<>();
        try {
            for (int s = 0; s < t.sentenceCount(); s++) {
                Span[] spans = me.find(t.tokens.get(s));
                double[] probs = me.probs(spans);
                for (int k = 0; k < spans.length; k++) {
                    add(t, s, spans[k], probs[k], out);
                }
            }
        } finally {
            me.clearAdaptiveData();
        }
        return out;
    }

    private static void add(NlpText t, int s, Span sp, double prob, List<Hit> out) {
        int[] st = t.starts.get(s);
        int[] en = t.ends.get(s);
        out.add(new Hit(st[sp.getStart()], en[sp.getEnd() - 1], sp.getType(), prob, s, sp.getStart(),
                sp.getEnd() - 1));
    }
}
