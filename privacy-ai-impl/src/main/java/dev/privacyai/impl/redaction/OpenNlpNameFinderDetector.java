package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;
import opennlp.tools.namefind.TokenNameFinderModel;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Runs a user-supplied OpenNLP name-finder model; see {@link Detectors#openNlpNameFinder}. The model is shared,
 * the non-thread-safe {@code NameFinderME} is kept per thread.
 */
final class OpenNlpNameFinderDetector extends ScanningDetector {

    private final NameFinderRunner runner;
    private final Map<String, EntityType> types;

    OpenNlpNameFinderDetector(String name, TokenNameFinderModel model, Map<String, EntityType> types) {
        super(name, new HashSet<>(types.values()));
        this.runner = new NameFinderRunner(model);
        this.types = Map.copyOf(types);
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        for (NameFinderRunner.Hit h : runner.find(NlpText.of(scan.text))) {
            EntityType type = types.get(h.type);
            if (type == null) {
                continue;
            }
            double score = 0.4 + 0.55 * h.prob;
            Explanation.Builder ex = Explanation.builder().pattern("opennlp-name-finder").baseScore(score)
                    .reason("span of a user-supplied name-finder model");
            out.add(finding(type, h.start, h.end, score, ex));
        }
    }
}
