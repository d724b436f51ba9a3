package dev.privacyai.examples.cli;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Overlap-based span scoring, per label and micro-averaged, plus the label-agnostic leak rate.
 *
 * <p>Definitions (for the scored labels only):
 * <ul>
 *   <li>A gold span is <em>recalled</em> if at least one predicted span of the same label overlaps it (shares at
 *       least one character). Recall = recalled gold spans / gold spans.</li>
 *   <li>A predicted span is <em>correct</em> if it overlaps at least one gold span of the same label. Precision =
 *       correct predictions / predictions. Predictions whose label is not scored are ignored.</li>
 *   <li>So one prediction may recall several gold spans and several predictions may hit one gold span; each span
 *       is counted once on its own side. F1 = 2PR / (P + R). "Overall" sums the counts of all scored labels
 *       (micro average).</li>
 *   <li>Leak rate = gold characters (of scored labels) covered by no predicted span of any label / all gold
 *       characters of scored labels.</li>
 * </ul>
 * A ratio with a zero denominator is undefined ({@link Double#NaN}); F1 is 0 when precision or recall is 0
 * (e.g. gold spans but no predictions) and undefined when one is undefined and the other is not 0.
 */
final class SpanScores {

    /** Counts for one label (or overall). */
    static final class Counts {
        int gold;
        int goldRecalled;
        int pred;
        int predCorrect;

        double precision() {
            return pred == 0 ? Double.NaN : (double) predCorrect / pred;
        }

        double recall() {
            return gold == 0 ? Double.NaN : (double) goldRecalled / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            if (p == 0.0 || r == 0.0) {
                return 0.0;
            }
            if (Double.isNaN(p) || Double.isNaN(r)) {
                return Double.NaN;
            }
            return 2 * p * r / (p + r);
        }

        void add(Counts o) {
            gold += o.gold;
            goldRecalled += o.goldRecalled;
            pred += o.pred;
            predCorrect += o.predCorrect;
        }
    }

    private final Set<String> labels;
    private final Map<String, Counts> perLabel = new TreeMap<>();
    private long goldChars;
    private long leakedChars;
    private int records;

    /** Scores only {@code labels}. */
    SpanScores(Collection<String> labels) {
        this.labels = Set.copyOf(labels);
        for (String l : labels) {
            perLabel.put(l, new Counts());
        }
    }

    /** Adds one record: its gold and predicted spans and its text length. */
    void add(List<JsonlInput.Span> gold, List<JsonlInput.Span> pred, int textLength) {
        records++;
        for (JsonlInput.Span g : gold) {
            if (!labels.contains(g.label())) {
                continue;
            }
            Counts c = perLabel.get(g.label());
            c.gold++;
            for (JsonlInput.Span p : pred) {
                if (p.label().equals(g.label()) && overlaps(g, p)) {
                    c.goldRecalled++;
                    break;
                }
            }
        }
        for (JsonlInput.Span p : pred) {
            if (!labels.contains(p.label())) {
                continue;
            }
            Counts c = perLabel.get(p.label());
            c.pred++;
            for (JsonlInput.Span g : gold) {
                if (g.label().equals(p.label()) && overlaps(g, p)) {
                    c.predCorrect++;
                    break;
                }
            }
        }
        boolean[] covered = new boolean[textLength];
        for (JsonlInput.Span p : pred) {
            for (int i = Math.max(0, p.start()), e = Math.min(textLength, p.end()); i < e; i++) {
                covered[i] = true;
            }
        }
        for (JsonlInput.Span g : gold) {
            if (!labels.contains(g.label())) {
                continue;
            }
            for (int i = g.start(), e = Math.min(textLength, g.end()); i < e; i++) {
                goldChars++;
                if (!covered[i]) {
                    leakedChars++;
                }
            }
        }
    }

    private static boolean overlaps(JsonlInput.Span a, JsonlInput.Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /** Counts per scored label, sorted by label. */
    Map<String, Counts> perLabel() {
        return Collections.unmodifiableMap(perLabel);
    }

    /** Micro-averaged counts over all scored labels. */
    Counts overall() {
        Counts all = new Counts();
        perLabel.values().forEach(all::add);
        return all;
    }

    /** Records added. */
    int records() {
        return records;
    }

    /** Gold characters of scored labels. */
    long goldChars() {
        return goldChars;
    }

    /** Gold characters of scored labels not covered by any prediction. */
    long leakedChars() {
        return leakedChars;
    }

    /** leakedChars / goldChars, NaN without gold characters. */
    double leakRate() {
        return goldChars == 0 ? Double.NaN : (double) leakedChars / goldChars;
    }
}
