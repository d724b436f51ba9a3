package dev.privacyai.benchmarks;

import dev.privacyai.redaction.Redactor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * One large text per operation (a transcript of corpus messages joined by newlines, {@link #megabytes} * 10^6
 * UTF-8 bytes at most): time per op for 1 MB and 10 MB shows whether the work is linear in the input size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RedactorLargeInputBenchmark {

    /** Size of the text in MB (10^6 UTF-8 bytes). */
    @Param({"1", "10"})
    public int megabytes;

    private Redactor redactor;
    private String text;

    /** Builds the redactor and the text (not measured). */
    @Setup
    public void setUp() {
        redactor = Workloads.redactor();
        text = Workloads.large(megabytes);
    }

    /** Redacts the whole text in one call; returns the redacted length. */
    @Benchmark
    public int redactLarge() {
        return redactor.redact(text).redactedText().length();
    }
}
