package dev.privacyai.benchmarks;

import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionResult;
import dev.privacyai.redaction.Redactor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Per-message latency distribution ({@link Mode#SampleTime}: JMH reports p50, p90, p99, p99.9, ...). Each operation
 * handles ONE chat message; successive operations cycle through the corpus, so the distribution covers every
 * message shape (short and long, clean and with several findings).
 *
 * <ul>
 *   <li>{@link #redactMessage}: {@code redact}, mixed corpus.</li>
 *   <li>{@link #analyzeMessage}: {@code analyze} only, mixed corpus.</li>
 *   <li>{@link #redactPlainMessage}: {@code redact}, plain corpus (no digit, no {@code '@'}): the fast path.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RedactorMessageLatencyBenchmark {

    private Redactor redactor;
    private String[] corpus;
    private String[] plain;
    private int next;
    private int nextPlain;

    /** Builds the redactor and the corpora (not measured). */
    @Setup
    public void setUp() {
        redactor = Workloads.redactor();
        corpus = Workloads.corpus().toArray(new String[0]);
        plain = Workloads.plainCorpus().toArray(new String[0]);
    }

    private String nextMessage() {
        String m = corpus[next];
        if (++next == corpus.length) {
            next = 0;
        }
        return m;
    }

    private String nextPlain() {
        String m = plain[nextPlain];
        if (++nextPlain == plain.length) {
            nextPlain = 0;
        }
        return m;
    }

    /** Redacts the next message of the mixed corpus. */
    @Benchmark
    public RedactionResult redactMessage() {
        return redactor.redact(nextMessage());
    }

    /** Analyzes the next message of the mixed corpus. */
    @Benchmark
    public List<Finding> analyzeMessage() {
        return redactor.analyze(nextMessage());
    }

    /** Redacts the next message of the plain corpus. */
    @Benchmark
    public RedactionResult redactPlainMessage() {
        return redactor.redact(nextPlain());
    }
}
