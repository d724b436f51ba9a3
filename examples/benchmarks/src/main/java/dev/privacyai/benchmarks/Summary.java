package dev.privacyai.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a JMH CSV result file ({@code -rf csv -rff FILE}) of these benchmarks and prints a summary: MB/s computed
 * from the time per operation and the UTF-8 bytes each operation processes (taken from {@link Workloads}, the
 * same deterministic inputs the benchmarks use), per-message latency percentiles in milliseconds, the large-input
 * scaling, and the project's targets (&gt;= 30 MB/s on one thread, p99 &lt;= 0.3 ms per chat message).
 *
 * <p>Run: {@code java -cp benchmarks.jar dev.privacyai.benchmarks.Summary jmh-result.csv}. Missing benchmarks (a
 * filtered run) are shown as "-".
 */
public final class Summary {

    private static final double TARGET_MB_S = 30.0;
    private static final double TARGET_P99_MS = 0.3;
    private static final String PKG = "dev.privacyai.benchmarks.";

    /** One CSV row: benchmark name (with ":p0.99" suffix for percentiles), parameter, score in ns, error in ns. */
    private static final class Row {
        final String name;
        final String param;
        final double ns;
        final double errorNs;
        final long samples;

        Row(String name, String param, double ns, double errorNs, long samples) {
            this.name = name;
            this.param = param;
            this.ns = ns;
            this.errorNs = errorNs;
            this.samples = samples;
        }
    }

    private Summary() {
    }

    /** Entry point: {@code Summary <jmh-result.csv>}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: Summary <jmh-result.csv> [jmh-run.log]");
            System.exit(2);
        }
        Map<String, Row> rows = read(Path.of(args[0]));
        Map<String, List<Double>> iterations = args.length == 2 ? readIterations(Path.of(args[1])) : Map.of();
        long corpusBytes = CorpusGenerator.utf8Length(Workloads.corpus());
        long plainBytes = CorpusGenerator.utf8Length(Workloads.plainCorpus());

        StringBuilder out = new StringBuilder();
        out.append("== privacy-ai Redactor benchmarks (detectors: " + System.getProperty(Workloads.DETECTORS_PROPERTY, "structured") + ", one thread) ==\n");
        out.append("MB = 10^6 UTF-8 bytes; MB/s = bytes per op / time per op (JMH mean of the measurement\n"
                + "iterations, error = JMH 99.9% interval). 'median it.' = median of the per-iteration means from the\n"
                + "JMH log, less sensitive to a noisy neighbour stealing the CPU during one iteration.\n\n");

        out.append("Throughput, whole corpus per op (").append(Workloads.CORPUS_MESSAGES)
                .append(" chat messages of 100-600 chars):\n");
        out.append(String.format(Locale.ROOT, THROUGHPUT_FORMAT, "benchmark", "bytes/op", "ms/op", "MB/s",
                "median it. ms", "MB/s"));
        Double mixedMbS = throughputLine(out, rows, "RedactorCorpusBenchmark.redactCorpus", "", "redact, mixed corpus",
                corpusBytes, iterations);
        throughputLine(out, rows, "RedactorCorpusBenchmark.analyzeCorpus", "", "analyze, mixed corpus", corpusBytes,
                iterations);
        throughputLine(out, rows, "RedactorCorpusBenchmark.redactPlainCorpus", "", "redact, no-PII fast path",
                plainBytes, iterations);

        out.append("\nPer-message latency (SampleTime, one message per op, cycling through the corpus), ms:\n");
        out.append(String.format(Locale.ROOT, "  %-34s %9s %9s %9s %9s %9s %10s%n", "benchmark", "mean", "p50", "p90",
                "p99", "p99.9", "samples"));
        Double p99 = latencyLine(out, rows, "RedactorMessageLatencyBenchmark.redactMessage", "redact, mixed corpus");
        latencyLine(out, rows, "RedactorMessageLatencyBenchmark.analyzeMessage", "analyze, mixed corpus");
        latencyLine(out, rows, "RedactorMessageLatencyBenchmark.redactPlainMessage", "redact, no-PII fast path");

        out.append("\nLarge input, one redact call per op:\n");
        out.append(String.format(Locale.ROOT, THROUGHPUT_FORMAT, "input", "bytes/op", "ms/op", "MB/s",
                "median it. ms", "MB/s"));
        long bytes1 = CorpusGenerator.utf8Length(Workloads.large(1));
        long bytes10 = CorpusGenerator.utf8Length(Workloads.large(10));
        throughputLine(out, rows, "RedactorLargeInputBenchmark.redactLarge", "1", "1 MB text", bytes1, iterations);
        throughputLine(out, rows, "RedactorLargeInputBenchmark.redactLarge", "10", "10 MB text", bytes10,
                iterations);
        Row r1 = rows.get(key("RedactorLargeInputBenchmark.redactLarge", "1"));
        Row r10 = rows.get(key("RedactorLargeInputBenchmark.redactLarge", "10"));
        if (r1 != null && r10 != null) {
            out.append(String.format(Locale.ROOT,
                    "  time ratio 10 MB / 1 MB = %.2f (means)", r10.ns / r1.ns));
            Double m1 = median(iterations.get(key("RedactorLargeInputBenchmark.redactLarge", "1")));
            Double m10 = median(iterations.get(key("RedactorLargeInputBenchmark.redactLarge", "10")));
            if (m1 != null && m10 != null) {
                out.append(String.format(Locale.ROOT, ", %.2f (medians)", m10 / m1));
            }
            out.append(String.format(Locale.ROOT, " for a size ratio of %.2f (linear if about equal)%n",
                    (double) bytes10 / bytes1));
        }

        out.append("\nTargets (structured detectors, one core):\n");
        out.append(String.format(Locale.ROOT, "  throughput >= %.0f MB/s (redact, mixed corpus): %s%n", TARGET_MB_S,
                mixedMbS == null ? "not measured"
                        : String.format(Locale.ROOT, "%.1f MB/s -> %s", mixedMbS,
                                mixedMbS >= TARGET_MB_S ? "MET" : "NOT MET")));
        out.append(String.format(Locale.ROOT, "  p99 <= %.1f ms per chat message (redact): %s%n", TARGET_P99_MS,
                p99 == null ? "not measured"
                        : String.format(Locale.ROOT, "%.4f ms -> %s", p99, p99 <= TARGET_P99_MS ? "MET" : "NOT MET")));
        System.out.print(out);
    }

    private static final String THROUGHPUT_FORMAT = "  %-28s %12s %20s %8s %14s %8s%n";

    private static Double throughputLine(StringBuilder out, Map<String, Row> rows, String bench, String param,
            String label, long bytes, Map<String, List<Double>> iterations) {
        Row r = rows.get(key(bench, param));
        String b = String.format(Locale.ROOT, "%,d", bytes);
        if (r == null) {
            out.append(String.format(Locale.ROOT, THROUGHPUT_FORMAT, label, b, "-", "-", "-", "-"));
            return null;
        }
        double mbS = mbPerS(bytes, r.ns);
        String ms = Double.isNaN(r.errorNs) ? String.format(Locale.ROOT, "%.3f", r.ns / 1e6)
                : String.format(Locale.ROOT, "%.3f ± %.3f", r.ns / 1e6, r.errorNs / 1e6);
        Double medianMs = median(iterations.get(key(bench, param)));
        out.append(String.format(Locale.ROOT, THROUGHPUT_FORMAT, label, b, ms,
                String.format(Locale.ROOT, "%.1f", mbS),
                medianMs == null ? "-" : String.format(Locale.ROOT, "%.3f", medianMs),
                medianMs == null ? "-" : String.format(Locale.ROOT, "%.1f", mbPerS(bytes, medianMs * 1e6))));
        return mbS;
    }

    private static double mbPerS(long bytes, double nsPerOp) {
        return bytes / nsPerOp * 1e9 / 1e6;
    }

    private static Double median(List<Double> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * Per-iteration scores in ms of the average-time benchmarks, from JMH's human-readable log: the lines
     * {@code # Benchmark: NAME}, {@code # Parameters: (megabytes = 1)} and {@code Iteration   3: 12.5 ms/op}.
     */
    static Map<String, List<Double>> readIterations(Path log) throws IOException {
        Map<String, List<Double>> out = new LinkedHashMap<>();
        String bench = null;
        String param = "";
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.startsWith("# Benchmark: ")) {
                bench = line.substring("# Benchmark: ".length()).trim();
                if (bench.startsWith(PKG)) {
                    bench = bench.substring(PKG.length());
                }
                param = "";
            } else if (line.startsWith("# Parameters: (") && line.endsWith(")")) {
                String p = line.substring("# Parameters: (".length(), line.length() - 1);
                int eq = p.indexOf('=');
                param = eq < 0 || p.contains(",") ? p : p.substring(eq + 1).trim();
            } else if (bench != null && line.startsWith("Iteration ")) {
                int colon = line.indexOf(':');
                String[] v = line.substring(colon + 1).trim().split("\\s+");
                if (v.length == 2 && v[1].endsWith("/op") && !v[0].contains("=")) {
                    try {
                        double ms = Double.parseDouble(v[0]) * toNanos(v[1]) / 1e6;
                        out.computeIfAbsent(key(bench, param), k -> new ArrayList<>()).add(ms);
                    } catch (IllegalArgumentException e) {
                        // not an average-time line (e.g. a SampleTime summary): skip
                    }
                }
            }
        }
        return out;
    }

    private static Double latencyLine(StringBuilder out, Map<String, Row> rows, String bench, String label) {
        Row mean = rows.get(key(bench, ""));
        if (mean == null) {
            out.append(String.format(Locale.ROOT, "  %-34s %9s%n", label, "-"));
            return null;
        }
        Double p99 = ms(rows, bench + ":p0.99");
        out.append(String.format(Locale.ROOT, "  %-34s %9s %9s %9s %9s %9s %,10d%n", label, fmt(mean.ns / 1e6),
                fmt(ms(rows, bench + ":p0.50")), fmt(ms(rows, bench + ":p0.90")), fmt(p99),
                fmt(ms(rows, bench + ":p0.999")), mean.samples));
        return p99;
    }

    private static Double ms(Map<String, Row> rows, String name) {
        Row r = rows.get(key(name, ""));
        return r == null ? null : r.ns / 1e6;
    }

    private static String fmt(Double ms) {
        return ms == null ? "-" : String.format(Locale.ROOT, "%.4f", ms);
    }

    private static String key(String name, String param) {
        return name + "|" + param;
    }

    // ---- CSV ----

    private static Map<String, Row> read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        Map<String, Row> rows = new LinkedHashMap<>();
        if (lines.isEmpty()) {
            return rows;
        }
        List<String> header = split(lines.get(0));
        int iName = header.indexOf("Benchmark");
        int iSamples = header.indexOf("Samples");
        int iScore = header.indexOf("Score");
        int iError = header.indexOf("Score Error (99.9%)");
        int iUnit = header.indexOf("Unit");
        int iParam = -1;
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).startsWith("Param:")) {
                iParam = i;
            }
        }
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = split(line);
            String name = f.get(iName);
            if (name.startsWith(PKG)) {
                name = name.substring(PKG.length());
            }
            String param = iParam >= 0 && iParam < f.size() ? f.get(iParam) : "";
            double toNs = toNanos(f.get(iUnit));
            double score = Double.parseDouble(f.get(iScore)) * toNs;
            double error = parseOrNaN(f.get(iError)) * toNs;
            long samples = Long.parseLong(f.get(iSamples));
            rows.put(key(name, param), new Row(name, param, score, error, samples));
        }
        return rows;
    }

    private static double parseOrNaN(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double toNanos(String unit) {
        switch (unit) {
            case "ns/op":
                return 1;
            case "us/op":
                return 1e3;
            case "ms/op":
                return 1e6;
            case "s/op":
                return 1e9;
            default:
                throw new IllegalArgumentException("unsupported unit " + unit + " (run the benchmarks in time/op modes)");
        }
    }

    /** Splits one CSV line with double-quoted fields. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
