package dev.privacyai.impl.escalation;

import dev.privacyai.escalation.EscalationReason.Code;

import java.util.List;
import java.util.Map;

/** What the rules found in one customer turn: cues per code (as lexicon evidence), sentiment and flags. */
final class TurnAnalysis {

    static final TurnAnalysis EMPTY = new TurnAnalysis(Map.of(), 0.0);

    /** For each code found, the evidence strings (lexicon cues), in order of appearance. */
    final Map<Code, List<String>> cues;
    /** Lexicon sentiment in [-1, 1]. */
    final double sentiment;

    TurnAnalysis(Map<Code, List<String>> cues, double sentiment) {
        this.cues = cues;
        this.sentiment = sentiment;
    }

    boolean has(Code code) {
        return cues.containsKey(code);
    }

    int count(Code code) {
        List<String> l = cues.get(code);
        return l == null ? 0 : l.size();
    }
}
