package dev.privacyai.impl.redaction;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.tokenize.DefaultTokenContextGenerator;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A faster equivalent of {@link TokenizerME#tokenizePos} for one whitespace-free chunk, for tokenizer models like
 * the official English one (maxent, {@link DefaultTokenContextGenerator} features, no abbreviation dictionary, no
 * alphanumeric shortcut): the same features in the same order are looked up in a {@link
 * CompiledNameFinder.FeatureTable} by hashing their parts (no feature string is built), summed, normalized and
 * compared exactly as {@code GISModel.eval} and {@code TokenizerME} do, so the splits are identical.
 * {@link #of} returns {@code null} for other models. Immutable and thread-safe.
 */
final class CompiledTokenizer {

    private final CompiledNameFinder.FeatureTable table;
    private final int split;
    private final double logPrior;

    private CompiledTokenizer(CompiledNameFinder.FeatureTable table, int split) {
        this.table = table;
        this.split = split;
        this.logPrior = StrictMath.log(1.0 / 2);
    }

    /** The compiled tokenizer of {@code model}, or {@code null} if it does not fit (see the class comment). */
    static CompiledTokenizer of(TokenizerModel model) {
        if (model.getAbbreviations() != null || model.useAlphaNumericOptimization()
                || !(model.getMaxentModel() instanceof AbstractModel)
                || model.getFactory().getContextGenerator().getClass() != DefaultTokenContextGenerator.class) {
            return null;
        }
        AbstractModel m = (AbstractModel) model.getMaxentModel();
        Object[] data = m.getDataStructures();
        String[] outcomes = (String[]) data[2];
        if (m.getModelType() != AbstractModel.ModelType.Maxent || outcomes.length != 2
                || !(data[1] instanceof Map)) {
            return null;
        }
        int split = -1;
        for (int o = 0; o < outcomes.length; o++) {
            if (outcomes[o].equals(TokenizerME.SPLIT)) {
                split = o;
            }
        }
        @SuppressWarnings("unchecked")
        CompiledNameFinder.FeatureTable table = CompiledNameFinder.FeatureTable.of((Map<String, Context>) data[1], 2);
        return split < 0 || table == null ? null : new CompiledTokenizer(table, split);
    }

    /**
     * The token spans of {@code chunk}, as {@code TokenizerME.tokenizePos(chunk)}; {@code null} if the chunk holds
     * a character OpenNLP treats as white space (the caller then uses TokenizerME).
     */
    Span[] tokenize(String chunk) {
        int n = chunk.length();
        for (int i = 0; i < n; i++) {
            if (StringUtil.isWhitespace(chunk.charAt(i))) {
                return null;
            }
        }
        if (n == 0) {
            return new Span[0];
        }
        if (n < 2) {
            return new Span[] {new Span(0, n)};
        }
        List<Span> out = new ArrayList<>(2);
        boolean cc = chunk.charAt(0) == '&' && chunk.charAt(n - 1) == ';';
        double[] s = new double[2];
        int start = 0;
        for (int j = 1; j < n; j++) {
            s[0] = logPrior;
            s[1] = logPrior;
            // DefaultTokenContextGenerator.createContext(chunk, j), in its order
            add(s, FeatureTableHash.range("p=", chunk, 0, j));
            add(s, FeatureTableHash.range("s=", chunk, j, n));
            charPreds(s, "p1", chunk.charAt(j - 1));
            if (j > 1) {
                charPreds(s, "p2", chunk.charAt(j - 2));
                add(s, FeatureTableHash.chars2("p21=", chunk.charAt(j - 2), chunk.charAt(j - 1)));
            } else {
                add(s, CompiledNameFinder.FeatureTable.hash("p2=bok"));
            }
            add(s, FeatureTableHash.chars2("p1f1=", chunk.charAt(j - 1), chunk.charAt(j)));
            charPreds(s, "f1", chunk.charAt(j));
            if (j + 1 < n) {
                charPreds(s, "f2", chunk.charAt(j + 1));
                add(s, FeatureTableHash.chars2("f12=", chunk.charAt(j), chunk.charAt(j + 1)));
            } else {
                add(s, CompiledNameFinder.FeatureTable.hash("f2=bok"));
            }
            if (cc) {
                add(s, CompiledNameFinder.FeatureTable.hash("cc"));
            }
            // GISModel.eval's normalization, then ArrayMath.argmax
            s[0] = StrictMath.exp(s[0]);
            s[1] = StrictMath.exp(s[1]);
            double normal = 0.0 + s[0] + s[1];
            s[0] /= normal;
            s[1] /= normal;
            int best = s[0] < s[1] ? 1 : 0;
            if (best == split) {
                out.add(new Span(start, j));
                start = j;
            }
        }
        if (start < n) {
            out.add(new Span(start, n));
        }
        return out.toArray(new Span[0]);
    }

    private void add(double[] s, long hash) {
        table.add(s, table.index(hash));
    }

    /** As {@code DefaultTokenContextGenerator.addCharPreds}. */
    private void charPreds(double[] s, String key, char c) {
        add(s, FeatureTableHash.keyChar(key, "=", c));
        if (Character.isLetter(c)) {
            add(s, FeatureTableHash.keyChar(key, "_alpha"));
            if (Character.isUpperCase(c)) {
                add(s, FeatureTableHash.keyChar(key, "_caps"));
            }
        } else if (Character.isDigit(c)) {
            add(s, FeatureTableHash.keyChar(key, "_num"));
        } else if (StringUtil.isWhitespace(c)) {
            add(s, FeatureTableHash.keyChar(key, "_ws"));
        } else if (c == '.' || c == '?' || c == '!') {
            add(s, FeatureTableHash.keyChar(key, "_eos"));
        } else if (c == '`' || c == '"' || c == '\'') {
            add(s, FeatureTableHash.keyChar(key, "_quote"));
        } else if (c == '[' || c == '{' || c == '(') {
            add(s, FeatureTableHash.keyChar(key, "_lp"));
        } else if (c == ']' || c == '}' || c == ')') {
            add(s, FeatureTableHash.keyChar(key, "_rp"));
        }
    }

    /** Hashes of feature names given as parts, equal to {@code FeatureTable.hash} of the joined name. */
    static final class FeatureTableHash {
        private static final long PRIME = 0x100000001b3L;

        private FeatureTableHash() {
        }

        static long range(String prefix, String s, int from, int to) {
            return CompiledNameFinder.FeatureTable.mix(CompiledNameFinder.FeatureTable.chars(
                    CompiledNameFinder.FeatureTable.chars(CompiledNameFinder.FeatureTable.SEED, prefix), s, from, to));
        }

        static long chars2(String prefix, char a, char b) {
            long h = CompiledNameFinder.FeatureTable.chars(CompiledNameFinder.FeatureTable.SEED, prefix);
            h = (h ^ a) * PRIME;
            h = (h ^ b) * PRIME;
            return CompiledNameFinder.FeatureTable.mix(h);
        }

        static long keyChar(String key, String suffix) {
            return CompiledNameFinder.FeatureTable.mix(CompiledNameFinder.FeatureTable.chars(
                    CompiledNameFinder.FeatureTable.chars(CompiledNameFinder.FeatureTable.SEED, key), suffix));
        }

        static long keyChar(String key, String eq, char c) {
            long h = CompiledNameFinder.FeatureTable.chars(
                    CompiledNameFinder.FeatureTable.chars(CompiledNameFinder.FeatureTable.SEED, key), eq);
            return CompiledNameFinder.FeatureTable.mix((h ^ c) * PRIME);
        }
    }
}
