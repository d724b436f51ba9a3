package dev.privacyai.benchmarks;

import java.util.List;

/**
 * The fixed inputs every benchmark uses, built from {@link CorpusGenerator#DEFAULT_SEED} so that the benchmarks,
 * {@link Summary} (MB/s from ns/op) and {@link CorpusInfo} all see byte-for-byte the same texts.
 *
 * <p>"MB" in every report means 10^6 bytes of the text encoded as UTF-8.
 */
public final class Workloads {

    /** Messages in the mixed corpus (about 40% with personal data). */
    public static final int CORPUS_MESSAGES = 2_000;
    /** Messages in the plain corpus (no personal data, no digit, no '@'). */
    public static final int PLAIN_MESSAGES = 2_000;

    private static final long MIXED_SEED = CorpusGenerator.DEFAULT_SEED;
    private static final long PLAIN_SEED = CorpusGenerator.DEFAULT_SEED + 1;
    private static final long LARGE_SEED = CorpusGenerator.DEFAULT_SEED + 2;

    private Workloads() {
    }

    /** The mixed corpus. */
    /** System property choosing the detectors of {@link #redactor()}: {@code structured} (default) or {@code all}. */
    public static final String DETECTORS_PROPERTY = "privacyai.bench.detectors";

    /**
     * The redactor the Redactor benchmarks measure: {@code Detectors.structured()} (the throughput target
     * is for the structured detectors) unless {@code -Dprivacyai.bench.detectors=all} selects
     * {@code DefaultRedactor.withDefaults()} (adds PERSON, LOCATION and known identifiers).
     */
    public static dev.privacyai.redaction.Redactor redactor() {
        String which = System.getProperty(DETECTORS_PROPERTY, "structured");
        if (which.equals("all")) {
            return dev.privacyai.impl.redaction.DefaultRedactor.withDefaults();
        }
        if (!which.equals("structured")) {
            throw new IllegalArgumentException(DETECTORS_PROPERTY + " must be 'structured' or 'all'");
        }
        return dev.privacyai.impl.redaction.DefaultRedactor.builder()
                .detectors(dev.privacyai.impl.redaction.Detectors.structured()).build();
    }

    public static List<String> corpus() {
        return new CorpusGenerator(MIXED_SEED).messages(CORPUS_MESSAGES);
    }

    /** The plain (fast-path) corpus. */
    public static List<String> plainCorpus() {
        return new CorpusGenerator(PLAIN_SEED).plainMessages(PLAIN_MESSAGES);
    }

    /** A transcript-like text of at most {@code megabytes} * 10^6 UTF-8 bytes of mixed messages. */
    public static String large(int megabytes) {
        return new CorpusGenerator(LARGE_SEED).largeText(megabytes * 1_000_000L);
    }
}
