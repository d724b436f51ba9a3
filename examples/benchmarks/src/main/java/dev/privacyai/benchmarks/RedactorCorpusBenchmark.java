package dev.privacyai.benchmarks;

import dev.privacyai.redaction.Redactor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * Single-thread throughput: one operation processes a whole corpus, message by message, as a contact center
 * would. Reported as time per operation; MB/s = (UTF-8 bytes of the corpus, printed by {@link CorpusInfo} and
 * used by {@link Summary}) / (time per op).
 *
 * <ul>
 *   <li>{@link #redactCorpus}: {@code redact} over the mixed corpus (~40% messages with personal data).</li>
 *   <li>{@link #analyzeCorpus}: {@code analyze} only over the same corpus.</li>
 *   <li>{@link #redactPlainCorpus}: {@code redact} over messages with no digit and no {@code '@'} (fast path).</li>
 * </ul>
 *
 * <p>Uses {@link Workloads#redactor()}: the structured detectors by default, all defaults with
 * {@code -Dprivacyai.bench.detectors=all}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RedactorCorpusBenchmark {

    private Redactor redactor;
    private String[] corpus;
    private String[] plain;

    /** Builds the redactor and the corpora (not measured). */
    @Setup
    public void setUp() {
        redactor = Workloads.redactor();
        corpus = Workloads.corpus().toArray(new String[0]);
        plain = Workloads.plainCorpus().toArray(new String[0]);
    }

    /** Redacts every message of the mixed corpus; returns the total redacted length (keeps the work live). */
    @Benchmark
    public long redactCorpus() {
        long n = 0;
        for (String m : corpus) {
            n += redactor.redact(m).redactedText().length();
        }
        return n;
    }

    /** Analyzes every message of the mixed corpus; returns the number of findings. */
    @Benchmark
    public long analyzeCorpus() {
        long n = 0;
        for (String m : corpus) {
            n += redactor.analyze(m).size();
        }
        return n;
    }

    /** Redacts every message of the plain corpus (no digits, no '@'). */
    @Benchmark
    public long redactPlainCorpus() {
        long n = 0;
        for (String m : plain) {
            n += redactor.redact(m).redactedText().length();
        }
        return n;
    }
}
