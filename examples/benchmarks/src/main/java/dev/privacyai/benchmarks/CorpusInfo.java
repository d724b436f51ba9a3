package dev.privacyai.benchmarks;

import dev.privacyai.impl.redaction.DefaultRedactor;
import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.spi.Detector;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints what the benchmarks work on: size of each workload (messages, characters, UTF-8 bytes, length range), the
 * detectors of {@link DefaultRedactor#withDefaults()} and how many findings they make per entity type on the mixed
 * corpus. Prints counts only, never message text.
 *
 * <p>Run: {@code java -cp examples/benchmarks/target/benchmarks.jar dev.privacyai.benchmarks.CorpusInfo}
 */
public final class CorpusInfo {

    private CorpusInfo() {
    }

    /** Entry point; takes no arguments. */
    public static void main(String[] args) {
        List<String> corpus = Workloads.corpus();
        List<String> plain = Workloads.plainCorpus();
        describe("mixed corpus", corpus);
        describe("plain corpus", plain);
        for (int mb : new int[] {1, 10}) {
            String large = Workloads.large(mb);
            System.out.printf("large %2d MB text: %,d chars, %,d UTF-8 bytes%n", mb, large.length(),
                    CorpusGenerator.utf8Length(large));
        }
        DefaultRedactor redactor = DefaultRedactor.withDefaults();
        StringBuilder names = new StringBuilder();
        for (Detector d : redactor.detectors()) {
            names.append(names.length() == 0 ? "" : ", ").append(d.name());
        }
        System.out.println("detectors (" + redactor.detectors().size() + "): " + names);
        Map<EntityType, Integer> counts = new TreeMap<>();
        int withFindings = 0;
        for (String m : corpus) {
            List<Finding> fs = redactor.analyze(m);
            if (!fs.isEmpty()) {
                withFindings++;
            }
            for (Finding f : fs) {
                counts.merge(f.entityType(), 1, Integer::sum);
            }
        }
        System.out.printf("mixed corpus: %d of %d messages with findings; findings by type: %s%n", withFindings,
                corpus.size(), counts);
        int plainFindings = 0;
        for (String m : plain) {
            plainFindings += redactor.analyze(m).size();
        }
        System.out.printf("plain corpus: %d findings%n", plainFindings);
    }

    private static void describe(String label, List<String> texts) {
        long chars = 0;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (String t : texts) {
            chars += t.length();
            min = Math.min(min, t.length());
            max = Math.max(max, t.length());
        }
        System.out.printf("%s: %d messages, %,d chars, %,d UTF-8 bytes, length %d..%d (mean %.0f)%n", label,
                texts.size(), chars, CorpusGenerator.utf8Length(texts), min, max, (double) chars / texts.size());
    }
}
