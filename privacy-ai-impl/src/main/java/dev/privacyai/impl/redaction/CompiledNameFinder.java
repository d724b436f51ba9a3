package dev.privacyai.impl.redaction;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameFinderSequenceValidator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.StringList;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A faster decoder for name-finder models that use the project's feature set ({@code features.xml} of
 * {@code tools/model-training}): it gives exactly the spans and probabilities of OpenNLP's {@link NameFinderME}
 * (same features in the same order, same floating-point summation, same beam search and tie-breaking), but
 *
 * <ul>
 *   <li>sums the parameters of a token's outcome-independent features once per token instead of once per beam
 *       candidate (NameFinderME re-evaluates the whole context, about 45 feature look-ups, for each of the up to
 *       three candidates), leaving four look-ups of previous-outcome features per candidate, which are themselves
 *       memoised per token;</li>
 *   <li>finds gazetteer (dictionary) spans with a prefix-pruned hash look-up of lower-cased token sequences instead
 *       of building and interning a {@code StringList} for every token window of every dictionary;</li>
 *   <li>computes each token's lower-case form and token class once, and looks features up by hashing their parts
 *       in a flat table ({@link FeatureTable}) instead of building a string per feature;</li>
 *   <li>sums the features that OpenNLP's XML generator factory lists twice (see {@code staticSums}) from one
 *       look-up each.</li>
 * </ul>
 *
 * <p>{@link #of} returns {@code null} for a model with another feature descriptor or sequence codec; such models
 * run through {@link NameFinderME}. The instance is immutable and thread-safe; the per-text adaptive state
 * (OpenNLP's "previous map") lives in a {@link Session}, one per thread.
 */
final class CompiledNameFinder {

    /** SHA-256 of the feature-generator descriptor this decoder implements (tools/model-training features.xml). */
    static final String DESCRIPTOR_SHA256 = "6e126eb9bd25594b46bdc456ca03547e9c610f36e2c80ceef8c615f7baa16b05";

    private static final double ZERO_LOG = -100000;

    private final String[] outcomes;
    private final int k;
    private final int beamSize;
    private final FeatureTable table;
    private final double logPrior;
    /** valid[previous outcome + 1][outcome]; previous -1 = sentence start. */
    private final boolean[][] valid;
    /** Slot {@code k} of the previous-outcome tables stands for NameFinderME.OTHER before the sentence start. */
    private final int[] poIdx;
    private final int[] ppoIdx;
    private final String[] poNames;
    private final Gazetteer first;
    private final Gazetteer last;
    private final Gazetteer places;

    private CompiledNameFinder(TokenNameFinderModel model, String[] outcomes, FeatureTable table, int beamSize) {
        this.table = table;
        this.outcomes = outcomes;
        this.k = outcomes.length;
        this.beamSize = beamSize;
        this.logPrior = StrictMath.log(1.0 / k);
        NameFinderSequenceValidator validator = new NameFinderSequenceValidator();
        this.valid = new boolean[k + 1][k];
        for (int prev = -1; prev < k; prev++) {
            String[] seq = prev < 0 ? new String[0] : new String[] {outcomes[prev]};
            for (int o = 0; o < k; o++) {
                valid[prev + 1][o] = validator.validSequence(seq.length, null, seq, outcomes[o]);
            }
        }
        this.poNames = Arrays.copyOf(outcomes, k + 1);
        poNames[k] = NameFinderME.OTHER;
        this.poIdx = new int[k + 1];
        this.ppoIdx = new int[k + 1];
        for (int o = 0; o <= k; o++) {
            poIdx[o] = table.index(FeatureTable.hash("po=", poNames[o]));
            ppoIdx[o] = table.index(FeatureTable.hash("ppo=", poNames[o]));
        }
        this.first = new Gazetteer(model.getArtifact("firstnames.dictionary"));
        this.last = new Gazetteer(model.getArtifact("lastnames.dictionary"));
        this.places = new Gazetteer(model.getArtifact("places.dictionary"));
    }

    /**
     * The compiled decoder of {@code model}, or {@code null} if the model does not use exactly the feature set,
     * codec and maxent parameters this class implements.
     */
    static CompiledNameFinder of(TokenNameFinderModel model) {
        Object descriptor = model.getArtifact("generator.featuregen");
        Object maxent = model.getArtifact("nameFinder.model");
        if (!(descriptor instanceof byte[]) || !(maxent instanceof AbstractModel)
                || !DESCRIPTOR_SHA256.equals(sha256((byte[]) descriptor))
                || !(model.getSequenceCodec() instanceof BioCodec)
                || !(model.getArtifact("firstnames.dictionary") instanceof Dictionary)
                || !(model.getArtifact("lastnames.dictionary") instanceof Dictionary)
                || !(model.getArtifact("places.dictionary") instanceof Dictionary)) {
            return null;
        }
        AbstractModel m = (AbstractModel) maxent;
        if (m.getModelType() != AbstractModel.ModelType.Maxent
                || !(m.getDataStructures()[1] instanceof Map)) {
            return null;
        }
        String beam = model.getManifestProperty("BeamSize");
        int beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        Object[] data = m.getDataStructures();
        String[] outcomes = ((String[]) data[2]).clone();
        @SuppressWarnings("unchecked")
        FeatureTable table = FeatureTable.of((Map<String, Context>) data[1], outcomes.length);
        return table == null ? null : new CompiledNameFinder(model, outcomes, table, beamSize);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Session newSession() {
        return new Session();
    }

    /** A decoded sentence: the outcome of each token and its probability. */
    static final class Result {
        final String[] outcomes;
        final double[] probs;

        Result(String[] outcomes, double[] probs) {
            this.outcomes = outcomes;
            this.probs = probs;
        }
    }

    /** One beam entry: a linked list of outcomes, scored as {@code opennlp.tools.util.Sequence}. */
    private static final class Seq implements Comparable<Seq> {
        final Seq parent;
        final int outcome;
        final double prob;
        final double score;

        Seq(Seq parent, int outcome, double prob) {
            this.parent = parent;
            this.outcome = outcome;
            this.prob = prob;
            this.score = parent == null ? 0d : parent.score + StrictMath.log(prob);
        }

        @Override
        public int compareTo(Seq s) {
            return Double.compare(s.score, score); // as opennlp.tools.util.Sequence
        }
    }

    /**
     * Per-thread decoding state: OpenNLP's adaptive "previous map" (the last outcome of each token string in the
     * current text), cleared by {@link #clear()} between texts. Not thread-safe.
     */
    final class Session {
        private final Map<String, String> previous = new HashMap<>();
        /** For tests: when set, receives the name of every outcome-independent feature looked up. */
        List<String> trace;

        void clear() {
            previous.clear();
        }

        /** Decodes one sentence (as {@code NameFinderME.find}) and records its outcomes in the previous map. */
        Result find(String[] tok) {
            int n = tok.length;
            String[] low = new String[n];
            String[] cls = new String[n];
            for (int i = 0; i < n; i++) {
                low[i] = lower(tok[i]);
                cls[i] = FeatureGeneratorUtil.tokenFeature(tok[i]);
            }
            boolean[] inFirst = first.inSpan(low, tok);
            boolean[] inLast = last.inSpan(low, tok);
            boolean[] inPlace = places.inSpan(low, tok);
            double[][] stat = new double[n][];
            for (int i = 0; i < n; i++) {
                stat[i] = staticSums(tok, low, cls, inFirst, inLast, inPlace, i);
            }
            int[][] pow = new int[n][];
            int[][] powf = new int[n][];
            boolean[][] done = new boolean[n][];

            PriorityQueue<Seq> prev = new PriorityQueue<>(beamSize);
            PriorityQueue<Seq> next = new PriorityQueue<>(beamSize);
            prev.add(new Seq(null, -1, 1d));
            double[] scores = new double[k];
            double[] sorted = new double[k];
            for (int i = 0; i < n; i++) {
                int sz = Math.min(beamSize, prev.size());
                for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                    Seq top = prev.remove();
                    int po = i > 0 ? top.outcome : k;
                    int ppo = i > 1 ? top.parent.outcome : k;
                    if (done[i] == null) {
                        done[i] = new boolean[k + 1];
                        pow[i] = new int[k + 1];
                        powf[i] = new int[k + 1];
                    }
                    if (!done[i][po]) {
                        pow[i][po] = table.index(FeatureTable.hash("pow=", poNames[po], ",", tok[i]));
                        powf[i][po] = table.index(FeatureTable.hash("powf=", poNames[po], ",", cls[i]));
                        done[i][po] = true;
                    }
                    System.arraycopy(stat[i], 0, scores, 0, k);
                    table.add(scores, poIdx[po]);
                    table.add(scores, pow[i][po]);
                    table.add(scores, powf[i][po]);
                    table.add(scores, ppoIdx[ppo]);
                    normalize(scores);
                    System.arraycopy(scores, 0, sorted, 0, k);
                    Arrays.sort(sorted);
                    double min = sorted[Math.max(0, k - beamSize)];
                    boolean[] ok = valid[i > 0 ? top.outcome + 1 : 0];
                    for (int p = 0; p < k; p++) {
                        if (scores[p] >= min && ok[p]) {
                            Seq ns = new Seq(top, p, scores[p]);
                            if (ns.score > ZERO_LOG) {
                                next.add(ns);
                            }
                        }
                    }
                    if (next.isEmpty()) {
                        for (int p = 0; p < k; p++) {
                            if (ok[p]) {
                                Seq ns = new Seq(top, p, scores[p]);
                                if (ns.score > ZERO_LOG) {
                                    next.add(ns);
                                }
                            }
                        }
                    }
                }
                prev.clear();
                PriorityQueue<Seq> tmp = prev;
                prev = next;
                next = tmp;
            }
            String[] out = new String[n];
            double[] probs = new double[n];
            Seq best = prev.poll();
            for (int i = n - 1; i >= 0 && best != null; i--) {
                out[i] = outcomes[best.outcome];
                probs[i] = best.prob;
                best = best.parent;
            }
            for (int i = 0; i < n; i++) {
                previous.put(tok[i], out[i]);
            }
            return new Result(out, probs);
        }

        /**
         * The log-prior plus the parameters of every outcome-independent feature of token i, in OpenNLP's order.
         * OpenNLP 2.5's XML generator factory builds the descriptor's aggregate as "all children" followed by
         * "children 2..n" again, and its dictionary generator ignores the {@code prefix} setting; the shipped
         * model was trained that way, so this sums the token-class window once, then every other feature twice,
         * with the dictionary features named {@code :w=dic}.
         */
        private double[] staticSums(String[] tok, String[] low, String[] cls, boolean[] inFirst, boolean[] inLast,
                                    boolean[] inPlace, int i) {
            int n = tok.length;
            double[] s = new double[k];
            Arrays.fill(s, logPrior);
            // Window(2, 2) of TokenClass(wordAndClass)
            for (int d = 0; d <= 2; d++) {
                if (i - d >= 0) {
                    table.add(s, f(WC[d], cls[i - d]));
                    table.add(s, f(WAC[d], low[i - d], ",", cls[i - d]));
                }
            }
            for (int d = 1; d <= 2; d++) {
                if (i + d < n) {
                    table.add(s, f(N_WC[d], cls[i + d]));
                    table.add(s, f(N_WAC[d], low[i + d], ",", cls[i + d]));
                }
            }
            int[] rest = this.rest;
            int r = 0;
            // Window(3, 2) of Token(lowercase)
            for (int d = 0; d <= 3; d++) {
                if (i - d >= 0) {
                    rest[r++] = f(W[d], low[i - d]);
                }
            }
            for (int d = 1; d <= 2; d++) {
                if (i + d < n) {
                    rest[r++] = f(N_W[d], low[i + d]);
                }
            }
            // Definition (outcome prior), PreviousMap
            rest[r++] = f("def");
            rest[r++] = f("pd=", String.valueOf(previous.get(tok[i])));
            // BigramName
            if (i > 0) {
                rest[r++] = f("pw,w=", tok[i - 1], ",", tok[i]);
                rest[r++] = f("pwc,wc=", cls[i - 1], ",", cls[i]);
            }
            if (i + 1 < n) {
                rest[r++] = f("w,nw=", tok[i], ",", tok[i + 1]);
                rest[r++] = f("wc,nc=", cls[i], ",", cls[i + 1]);
            }
            // Sentence(begin, end)
            if (i == 0) {
                rest[r++] = f("S=begin");
            }
            if (n == i + 1) {
                rest[r++] = f("S=end");
            }
            // Prefix(3), Suffix(3)
            String t = tok[i];
            int len = t.length();
            for (int li = 0; li < Math.min(3, len); li++) {
                rest[r++] = f("pre=", t, 0, Math.min(li + 1, len));
            }
            for (int li = 0; li < Math.min(3, len); li++) {
                rest[r++] = f("suf=", t, Math.max(len - li - 1, 0), len);
            }
            // Window(1, 1) of the first-name and surname dictionaries, then the place dictionary
            r = dictionaryWindow(rest, r, inFirst, tok, i);
            r = dictionaryWindow(rest, r, inLast, tok, i);
            if (inPlace[i]) {
                rest[r++] = f(":w=dic");
                rest[r++] = f(":w=dic=", tok[i]);
            }
            for (int twice = 0; twice < 2; twice++) {
                for (int j = 0; j < r; j++) {
                    table.add(s, rest[j]);
                }
            }
            if (trace != null) {
                trace.addAll(trace.subList(trace.size() - r, trace.size()));
            }
            return s;
        }

        /** Room for the features after the token-class window (at most 37 in this feature set). */
        private final int[] rest = new int[48];

        private int dictionaryWindow(int[] rest, int r, boolean[] in, String[] tok, int i) {
            if (in[i]) {
                rest[r++] = f(":w=dic");
                rest[r++] = f(":w=dic=", tok[i]);
            }
            if (i - 1 >= 0 && in[i - 1]) {
                rest[r++] = f("p1:w=dic");
                rest[r++] = f("p1:w=dic=", tok[i - 1]);
            }
            if (i + 1 < tok.length && in[i + 1]) {
                rest[r++] = f("n1:w=dic");
                rest[r++] = f("n1:w=dic=", tok[i + 1]);
            }
            return r;
        }

        private int f(String a) {
            if (trace != null) {
                trace.add(a);
            }
            return table.index(FeatureTable.hash(a));
        }

        private int f(String a, String b) {
            if (trace != null) {
                trace.add(a + b);
            }
            return table.index(FeatureTable.hash(a, b));
        }

        private int f(String a, String b, String c, String d) {
            if (trace != null) {
                trace.add(a + b + c + d);
            }
            return table.index(FeatureTable.hash(a, b, c, d));
        }

        /** The feature {@code a + t.substring(from, to)}. */
        private int f(String a, String t, int from, int to) {
            if (trace != null) {
                trace.add(a + t.substring(from, to));
            }
            return table.index(FeatureTable.mix(FeatureTable.chars(FeatureTable.chars(FeatureTable.SEED, a), t, from,
                    to)));
        }
    }

    private static final String[] WC = {"wc=", "p1wc=", "p2wc="};
    private static final String[] WAC = {"w&c=", "p1w&c=", "p2w&c="};
    private static final String[] N_WC = {null, "n1wc=", "n2wc="};
    private static final String[] N_WAC = {null, "n1w&c=", "n2w&c="};
    private static final String[] W = {"w=", "p1w=", "p2w=", "p3w="};
    private static final String[] N_W = {null, "n1w=", "n2w="};

    /**
     * The model's parameters in an open-addressing table keyed by a 64-bit hash of the feature name (computed over
     * the name's parts, so no string is built). A slot holds the key followed by the feature's parameters as a
     * dense row of one value per outcome (an inactive outcome adds 0.0, which leaves a sum unchanged), so a look-up
     * usually touches one cache line. {@link #of} returns {@code null} if two of the model's features share a
     * hash; a feature absent from the model matches one of them with a probability of about 1e-14 per look-up.
     */
    static final class FeatureTable {
        static final long SEED = 0xcbf29ce484222325L;
        private static final long PRIME = 0x100000001b3L;

        /** Per slot: key, then k parameters as raw long bits; key 0 = empty. */
        private final long[] slots;
        private final int k;
        private final int stride;
        private final int mask;

        private FeatureTable(long[] slots, int k, int mask) {
            this.slots = slots;
            this.k = k;
            this.stride = k + 1;
            this.mask = mask;
        }

        static FeatureTable of(Map<String, Context> pmap, int k) {
            int cap = Integer.highestOneBit(Math.max(16, pmap.size() + pmap.size() / 2)) << 1;
            int stride = k + 1;
            long[] slots = new long[cap * stride];
            for (Map.Entry<String, Context> e : pmap.entrySet()) {
                long h = hash(e.getKey());
                int slot = (int) h & (cap - 1);
                while (slots[slot * stride] != 0) {
                    if (slots[slot * stride] == h) {
                        return null; // two features with one hash: use NameFinderME
                    }
                    slot = (slot + 1) & (cap - 1);
                }
                int base = slot * stride;
                slots[base] = h;
                for (int o = 0; o < k; o++) {
                    slots[base + 1 + o] = Double.doubleToRawLongBits(0.0);
                }
                int[] oids = e.getValue().getOutcomes();
                double[] ps = e.getValue().getParameters();
                for (int a = 0; a < oids.length; a++) {
                    if (oids[a] < 0 || oids[a] >= k || Double.isNaN(ps[a])) {
                        return null;
                    }
                    slots[base + 1 + oids[a]] = Double.doubleToRawLongBits(ps[a]);
                }
            }
            return new FeatureTable(slots, k, cap - 1);
        }

        /** The slot offset of the feature with hash h, or -1. */
        int index(long h) {
            int slot = (int) h & mask;
            long key;
            while ((key = slots[slot * stride]) != 0) {
                if (key == h) {
                    return slot * stride;
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        /** Adds the parameters at {@code idx} (if any) to {@code sums}, as {@code ArrayMath.sumFeatures} does. */
        void add(double[] sums, int idx) {
            if (idx < 0) {
                return;
            }
            for (int o = 0; o < k; o++) {
                sums[o] += Double.longBitsToDouble(slots[idx + 1 + o]);
            }
        }

        static long chars(long h, String s) {
            return chars(h, s, 0, s.length());
        }

        static long chars(long h, String s, int from, int to) {
            for (int i = from; i < to; i++) {
                h = (h ^ s.charAt(i)) * PRIME;
            }
            return h;
        }

        /** Final avalanche (MurmurHash3 fmix64); never 0, the empty-slot marker. */
        static long mix(long h) {
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            h ^= h >>> 33;
            return h == 0 ? 1 : h;
        }

        static long hash(String a) {
            return mix(chars(SEED, a));
        }

        static long hash(String a, String b) {
            return mix(chars(chars(SEED, a), b));
        }

        static long hash(String a, String b, String c, String d) {
            return mix(chars(chars(chars(chars(SEED, a), b), c), d));
        }
    }

    /** As the end of {@code GISModel.eval}. */
    private static void normalize(double[] prior) {
        double normal = 0.0;
        for (int oid = 0; oid < prior.length; oid++) {
            prior[oid] = StrictMath.exp(prior[oid]);
            normal += prior[oid];
        }
        for (int oid = 0; oid < prior.length; oid++) {
            prior[oid] /= normal;
        }
    }

    /** {@code StringUtil.toLowerCase} (code point by code point), with a fast path for ASCII. */
    static String lower(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return StringUtil.toLowerCase(s);
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] a = s.toCharArray();
                for (int j = i; j < a.length; j++) {
                    char d = a[j];
                    if (d >= 'A' && d <= 'Z') {
                        a[j] = (char) (d + ('a' - 'A'));
                    }
                }
                return new String(a);
            }
        }
        return s;
    }

    /**
     * A case-insensitive OpenNLP dictionary as a hash set of lower-cased, space-joined entries plus the set of their
     * token prefixes, matched as {@code DictionaryNameFinder} does (longest entry from each start, then skip it).
     */
    static final class Gazetteer {
        private final Map<String, String[]> entries = new HashMap<>();
        private final Set<String> prefixes = new HashSet<>();
        private final int maxTokens;

        Gazetteer(Dictionary dict) {
            this.maxTokens = dict.getMaxTokenCount();
            for (StringList e : dict) {
                String[] toks = new String[e.size()];
                StringBuilder key = new StringBuilder();
                for (int i = 0; i < toks.length; i++) {
                    toks[i] = e.getToken(i);
                    if (i > 0) {
                        key.append(' ');
                    }
                    key.append(lower(toks[i]));
                    prefixes.add(key.toString());
                }
                entries.putIfAbsent(key.toString(), toks);
            }
        }

        /** Per token: whether a dictionary span found by {@code DictionaryNameFinder} contains it. */
        boolean[] inSpan(String[] low, String[] tok) {
            boolean[] in = new boolean[tok.length];
            StringBuilder key = new StringBuilder();
            for (int from = 0; from < tok.length; from++) {
                int found = -1;
                key.setLength(0);
                for (int to = from; to < tok.length && to - from + 1 <= maxTokens; to++) {
                    if (to > from) {
                        key.append(' ');
                    }
                    key.append(low[to]);
                    String k = key.toString();
                    if (!prefixes.contains(k)) {
                        break;
                    }
                    String[] e = entries.get(k);
                    if (e != null && sameIgnoringCase(e, tok, from)) {
                        found = to;
                    }
                }
                if (found >= 0) {
                    for (int j = from; j <= found; j++) {
                        in[j] = true;
                    }
                    from = found;
                }
            }
            return in;
        }

        private static boolean sameIgnoringCase(String[] entry, String[] tok, int from) {
            for (int j = 0; j < entry.length; j++) {
                if (entry[j].compareToIgnoreCase(tok[from + j]) != 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The spans of a decoded sentence (as {@code BioCodec.decode}), with NameFinderME's span probabilities. */
    static List<opennlp.tools.util.Span> spans(Result r) {
        opennlp.tools.util.Span[] spans = new BioCodec().decode(Arrays.asList(r.outcomes));
        List<opennlp.tools.util.Span> out = new ArrayList<>(spans.length);
        for (opennlp.tools.util.Span sp : spans) {
            double p = 0;
            for (int oi = sp.getStart(); oi < sp.getEnd(); oi++) {
                p += r.probs[oi];
            }
            p /= sp.length();
            out.add(new opennlp.tools.util.Span(sp, p));
        }
        return out;
    }
}
