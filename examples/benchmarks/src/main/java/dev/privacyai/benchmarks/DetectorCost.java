package dev.privacyai.benchmarks;

import dev.privacyai.impl.redaction.DefaultRedactor;
import dev.privacyai.redaction.spi.Detector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Rough per-detector cost, to find which detector dominates: for each detector of
 * {@link DefaultRedactor#withDefaults()} (whatever they are at the time), a redactor holding only that detector
 * analyzes the mixed corpus repeatedly; prints the median time per corpus pass and MB/s, slowest first. This is a
 * plain timing loop (warm-up, then the median of several passes), NOT a JMH measurement: use it to rank
 * detectors, and JMH ({@code run.sh}) for the figures. Prints no text.
 *
 * <p>Run: {@code java -cp examples/benchmarks/target/benchmarks.jar dev.privacyai.benchmarks.DetectorCost [seconds]}
 * (default 1 second of measurement per detector after 1 second of warm-up, after a 2-second warm-up of all).
 */
public final class DetectorCost {

    private DetectorCost() {
    }

    /** Entry point: optional seconds of measurement per detector. */
    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        String[] corpus = Workloads.corpus().toArray(new String[0]);
        long bytes = CorpusGenerator.utf8Length(Arrays.asList(corpus));
        List<Detector> all = DefaultRedactor.withDefaults().detectors();
        // warm the shared code (scan, overlap resolution) and every detector once, with all of them together
        medianPassMs(DefaultRedactor.withDefaults(), corpus, 2 * seconds);
        List<String[]> rows = new ArrayList<>();
        List<double[]> times = new ArrayList<>();
        double sum = 0;
        for (Detector d : all) {
            DefaultRedactor one = DefaultRedactor.builder().detectors(List.of(d)).build();
            double ms = medianPassMs(one, corpus, seconds);
            sum += ms;
            rows.add(new String[] {d.name()});
            times.add(new double[] {ms});
        }
        double allMs = medianPassMs(DefaultRedactor.withDefaults(), corpus, seconds);
        Integer[] order = new Integer[rows.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(times.get(b)[0], times.get(a)[0]));
        System.out.printf(Locale.ROOT, "analyze over the mixed corpus (%d messages, %,d UTF-8 bytes), one thread, "
                + "median of passes (rough, not JMH):%n", corpus.length, bytes);
        System.out.printf(Locale.ROOT, "  %-28s %12s %10s %8s%n", "detector alone", "ms/pass", "MB/s", "share");
        for (int i : order) {
            double ms = times.get(i)[0];
            System.out.printf(Locale.ROOT, "  %-28s %12.2f %10.1f %7.1f%%%n", rows.get(i)[0], ms,
                    bytes / (ms * 1e3), 100 * ms / sum);
        }
        System.out.printf(Locale.ROOT, "  %-28s %12.2f %10.1f%n", "all together", allMs, bytes / (allMs * 1e3));
        System.out.printf(Locale.ROOT, "  %-28s %12.2f%n", "sum of the above", sum);
    }

    private static double medianPassMs(DefaultRedactor redactor, String[] corpus, double seconds) {
        long sink = 0;
        long warmEnd = System.nanoTime() + (long) (seconds * 1e9);
        do {
            sink += pass(redactor, corpus);
        } while (System.nanoTime() < warmEnd);
        List<Double> passes = new ArrayList<>();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        do {
            long t0 = System.nanoTime();
            sink += pass(redactor, corpus);
            passes.add((System.nanoTime() - t0) / 1e6);
        } while (System.nanoTime() < end || passes.size() < 3);
        if (sink == 42) {
            System.out.print("");
        }
        passes.sort(null);
        return passes.get(passes.size() / 2);
    }

    private static long pass(DefaultRedactor redactor, String[] corpus) {
        long n = 0;
        for (String m : corpus) {
            n += redactor.analyze(m).size();
        }
        return n;
    }
}
