package dev.privacyai.impl.escalation;

import dev.privacyai.escalation.EscalationReason.Code;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the rules found in one customer turn: cues per code (as lexicon evidence), sentiment and flags. */
final class TurnAnalysis {

    static final TurnAnalysis EMPTY = new TurnAnalysis(Map.of(), 0.0, Set.of());

    /** For each code found, the evidence strings (lexicon cues), in order of appearance. */
    final Map<Code, List<String>> cues;
    /** Lexicon sentiment in [-1, 1]. */
    final double sentiment;
    /** Content words (3+ letters) of the turn, to spot a customer repeating the same message. */
    final Set<String> contentWords;

    TurnAnalysis(Map<Code, List<String>> cues, double sentiment, Set<String> contentWords) {
        this.cues = cues;
        this.sentiment = sentiment;
        this.contentWords = contentWords;
    }

    /** Jaccard overlap of content words, in [0, 1]; 0 if either turn has none. */
    double overlap(TurnAnalysis other) {
        if (contentWords.isEmpty() || other.contentWords.isEmpty()) {
            return 0.0;
        }
        int common = 0;
        for (String w : contentWords) {
            if (other.contentWords.contains(w)) {
                common++;
            }
        }
        return (double) common / (contentWords.size() + other.contentWords.size() - common);
    }

    boolean has(Code code) {
        return cues.containsKey(code);
    }

    int count(Code code) {
        List<String> l = cues.get(code);
        return l == null ? 0 : l.size();
    }
}
