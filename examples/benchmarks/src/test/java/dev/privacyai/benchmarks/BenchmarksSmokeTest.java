package dev.privacyai.benchmarks;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls each benchmark method once outside JMH (no timing) so a broken benchmark fails the build, fast. */
class BenchmarksSmokeTest {

    @Test
    void corpusBenchmarksRun() {
        RedactorCorpusBenchmark b = new RedactorCorpusBenchmark();
        b.setUp();
        assertThat(b.redactCorpus()).isPositive();
        assertThat(b.analyzeCorpus()).isNotNegative();
        assertThat(b.redactPlainCorpus()).isPositive();
    }

    @Test
    void latencyBenchmarksCycleThroughTheCorpus() {
        RedactorMessageLatencyBenchmark b = new RedactorMessageLatencyBenchmark();
        b.setUp();
        for (int i = 0; i < Workloads.CORPUS_MESSAGES + 5; i++) {
            assertThat(b.redactMessage()).isNotNull();
            assertThat(b.analyzeMessage()).isNotNull();
            assertThat(b.redactPlainMessage().originalLength()).isPositive();
        }
    }

    @Test
    void largeInputBenchmarkRunsOnOneMegabyte() {
        RedactorLargeInputBenchmark b = new RedactorLargeInputBenchmark();
        b.megabytes = 1;
        b.setUp();
        assertThat(b.redactLarge()).isGreaterThan(900_000);
    }

    @Test
    void summaryParsesJmhCsv(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        assertThat(Summary.split("\"a,b\",\"c\"\"d\",1,,x")).containsExactly("a,b", "c\"d", "1", "", "x");
        Path csv = dir.resolve("r.csv");
        Files.writeString(csv, String.join("\n",
                "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\",\"Score Error (99.9%)\",\"Unit\",\"Param: megabytes\"",
                "\"dev.privacyai.benchmarks.RedactorCorpusBenchmark.redactCorpus\",\"avgt\",1,5,10.0,0.5,\"ms/op\",",
                "\"dev.privacyai.benchmarks.RedactorMessageLatencyBenchmark.redactMessage\",\"sample\",1,100,7.0,1.0,\"us/op\",",
                "\"dev.privacyai.benchmarks.RedactorMessageLatencyBenchmark.redactMessage:p0.99\",\"sample\",1,1,27.0,NaN,\"us/op\",",
                "\"dev.privacyai.benchmarks.RedactorLargeInputBenchmark.redactLarge\",\"avgt\",1,5,8.0,NaN,\"ms/op\",1"));
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            Summary.main(new String[] {csv.toString()});
        } finally {
            System.setOut(original);
        }
        String out = buffer.toString(StandardCharsets.UTF_8);
        long bytes = CorpusGenerator.utf8Length(Workloads.corpus());
        // 10 ms per corpus pass -> bytes / 10 ms in MB/s
        assertThat(out).contains(String.format(java.util.Locale.ROOT, "%.1f", bytes / 10_000.0))
                .contains("0.0270") // p99 27 us in ms
                .contains("MET")
                .doesNotContain("NOT MET");
    }
}
