package dev.privacyai.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.privacyai.impl.redaction.DefaultRedactor;
import dev.privacyai.impl.redaction.Detectors;
import dev.privacyai.redaction.Channel;
import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.Redactor;
import dev.privacyai.redaction.spi.Detector;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * {@code eval}: span-level precision, recall, F1 and leak rate against a gold JSONL file ({@code --gold}), or a
 * conformance check against Presidio recognizer vectors ({@code --vectors}). See {@link SpanScores} for the exact
 * definitions.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Scores detections against labeled data.",
            "",
            "With --gold: gold lines are {\"id\", \"text\", \"spans\": [{\"start\", \"end\", \"label\"}]}. "
                    + "Predictions come from --pred (lines {\"id\", \"spans\"}, e.g. written by 'detect'; "
                    + "matched to gold by id) or, without --pred, from running the default redactor on the gold "
                    + "texts.",
            "  Matching is by overlap and same label: a gold span is recalled if any prediction of its label "
                    + "overlaps it; a prediction is correct if it overlaps any gold span of its label. Each span "
                    + "counts once on its own side. Overall = micro average over the scored labels.",
            "  Only labels that occur in the gold file are scored (predictions of other labels are ignored); "
                    + "--labels narrows that set further.",
            "  Leak rate = share of gold characters (of scored labels) not covered by any predicted span of "
                    + "any label.",
            "  Labels: our DATE_OF_BIRTH counts as DATE, US_BANK_ROUTING as ABA_ROUTING_NUMBER.",
            "",
            "With --vectors: rows of presidio-recognizer-vectors.jsonl style (fields entity, expected_count, "
                    + "spans, spans_complete). Rows whose entity the default detectors cover are checked: a row "
                    + "passes if the number of our findings of that entity equals expected_count and, when "
                    + "spans_complete and expected_count > 0, every expected span is overlapped by one of them. "
                    + "Prints pass/total per entity and overall; --verbose lists failing row ids. The column "
                    + "'pass@0.5' treats the results Presidio's own test scores below 0.5 (params expected_score, "
                    + "expected_scores, upper bound of expected_score_ranges) as optional: a row passes when we find "
                    + "at least the results scored 0.5 or more and at most expected_count.",
            "",
            "Malformed lines are reported on stderr by line number and skipped; the summary counts them. "
                    + "Inputs over 2000 lines show a progress bar on stderr."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:I/O error", "2:usage error"})
final class EvalCommand implements Callable<Integer> {

    static final class Source {
        @Option(names = {"-g", "--gold"}, required = true, paramLabel = "GOLD.jsonl",
                description = "Gold JSONL file to score against.")
        Path gold;

        @Option(names = "--vectors", required = true, paramLabel = "VECTORS.jsonl",
                description = "Conformance check against Presidio recognizer vectors instead.")
        Path vectors;
    }

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = {"-p", "--pred"}, paramLabel = "PRED.jsonl",
            description = "Predictions JSONL (only with --gold). Default: run the default redactor.")
    Path pred;

    @Option(names = "--labels", split = ",", paramLabel = "LABEL",
            description = "Score only these labels (comma-separated), among those in the gold file.")
    List<String> labels;

    @Option(names = "--channel", paramLabel = "CHANNEL", defaultValue = "chat",
            description = "Channel the texts come from: chat, email or voice (default: ${DEFAULT-VALUE}); on voice, "
                    + "numbers said as words (\"four one one one ...\") are read as digits.")
    Channel channel;

    @Option(names = "--json", description = "Print a JSON object instead of the table.")
    boolean json;

    @Option(names = "--markdown", description = "Print a Markdown table instead of the aligned table.")
    boolean markdown;

    @Option(names = {"-v", "--verbose"}, description = "With --vectors: list the ids of failing rows.")
    boolean verbose;

    private final ObjectMapper mapper = new ObjectMapper();

    /** A gold record. */
    private record Gold(int line, String id, String text, List<JsonlInput.Span> spans) {
    }

    private RedactionContext context() {
        return RedactionContext.builder().channel(channel).build();
    }

    @Override
    public Integer call() {
        if (json && markdown) {
            throw new ParameterException(spec.commandLine(), "--json and --markdown are mutually exclusive");
        }
        if (source.vectors != null) {
            if (pred != null || labels != null) {
                throw new ParameterException(spec.commandLine(), "--pred and --labels apply to --gold only");
            }
            return vectors();
        }
        return gold();
    }

    // ------------------------------------------------------------------------------------------------ --gold

    private int gold() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        JsonlInput goldIn;
        JsonlInput predIn = null;
        Path reading = source.gold;
        try {
            goldIn = JsonlInput.open(reading, err);
            if (pred != null) {
                reading = pred;
                predIn = JsonlInput.open(reading, err);
            }
        } catch (IOException e) {
            err.println("error: cannot read " + reading + ": " + e.getClass().getSimpleName());
            return PrivacyAiCli.EXIT_FAILURE;
        }

        boolean needIds = predIn != null;
        List<Gold> golds = new ArrayList<>();
        Set<String> seenIds = new java.util.HashSet<>();
        for (int i = 0; i < goldIn.lineCount(); i++) {
            JsonlInput.Line line = goldIn.parse(i, mapper);
            if (line == null) {
                continue;
            }
            try {
                String id = needIds ? JsonlInput.id(line.node()) : optionalId(line.node(), line.number());
                if (needIds && !seenIds.add(id)) {
                    throw new JsonlInput.BadRecord("duplicate id");
                }
                String text = JsonlInput.text(line.node(), "text");
                golds.add(new Gold(line.number(), id, text, JsonlInput.spans(line.node(), text.length())));
            } catch (JsonlInput.BadRecord e) {
                goldIn.skip(line.number(), e.getMessage());
            }
        }

        Set<String> goldLabels = new TreeSet<>();
        golds.forEach(g -> g.spans().forEach(s -> goldLabels.add(s.label())));
        Set<String> scored = new TreeSet<>(goldLabels);
        if (labels != null) {
            Set<String> wanted = new LinkedHashSet<>();
            for (String l : labels) {
                if (!l.isBlank()) {
                    wanted.add(Labels.normalize(l));
                }
            }
            for (String w : wanted) {
                if (!goldLabels.contains(w)) {
                    err.println("eval: label " + w + " does not occur in the gold file; not scored");
                }
            }
            scored.retainAll(wanted);
        }

        // Predictions: from the file, or computed.
        Map<String, List<JsonlInput.Span>> predById = new HashMap<>();
        int predWithoutGold = 0;
        if (predIn != null) {
            Set<String> goldIds = new java.util.HashSet<>();
            golds.forEach(g -> goldIds.add(g.id()));
            for (int i = 0; i < predIn.lineCount(); i++) {
                JsonlInput.Line line = predIn.parse(i, mapper);
                if (line == null) {
                    continue;
                }
                try {
                    String id = JsonlInput.id(line.node());
                    List<JsonlInput.Span> spans = JsonlInput.spans(line.node(), -1);
                    if (predById.containsKey(id)) {
                        throw new JsonlInput.BadRecord("duplicate id");
                    }
                    predById.put(id, spans);
                    if (!goldIds.contains(id)) {
                        predWithoutGold++;
                    }
                } catch (JsonlInput.BadRecord e) {
                    predIn.skip(line.number(), e.getMessage());
                }
            }
        }

        SpanScores scores = new SpanScores(scored);
        Redactor redactor = predIn == null ? DefaultRedactor.withDefaults() : null;
        Progress progress = new Progress(err, "eval", golds.size());
        goldIn.beforeReport(progress::interrupt);
        int goldWithoutPred = 0;
        for (int i = 0; i < golds.size(); i++) {
            progress.update(i);
            Gold g = golds.get(i);
            List<JsonlInput.Span> p;
            if (redactor != null) {
                p = toSpans(redactor.analyze(g.text(), context()));
            } else {
                p = predById.get(g.id());
                if (p == null) {
                    goldWithoutPred++;
                    p = List.of();
                }
            }
            scores.add(g.spans(), p, g.text().length());
        }
        progress.update(golds.size());
        progress.finish();
        double seconds = (System.nanoTime() - t0) / 1e9;

        if (goldWithoutPred > 0) {
            err.println("eval: " + goldWithoutPred + " gold records have no prediction line (scored as no spans)");
        }
        if (predWithoutGold > 0) {
            err.println("eval: " + predWithoutGold + " prediction records have no gold record (ignored)");
        }
        String predName = predIn == null ? "default redactor (" + detectorNames() + ")" : pred.toString();
        int skippedPred = predIn == null ? 0 : predIn.skipped();
        if (json) {
            out.println(goldJson(scores, predName, goldIn.skipped(), skippedPred, seconds));
        } else if (markdown) {
            printGoldMarkdown(out, scores, predName);
        } else {
            printGoldTable(out, scores, predName, goldIn.skipped(), skippedPred, seconds);
        }
        out.flush();
        return 0;
    }

    private static String optionalId(JsonNode node, int lineNumber) {
        JsonNode v = node.get("id");
        return v != null && (v.isTextual() || v.isNumber()) ? v.asText() : "line " + lineNumber;
    }

    private static List<JsonlInput.Span> toSpans(List<Finding> findings) {
        List<JsonlInput.Span> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(new JsonlInput.Span(f.start(), f.end(), Labels.toEval(f.entityType())));
        }
        return out;
    }

    private static String detectorNames() {
        List<String> names = new ArrayList<>();
        for (Detector d : Detectors.defaults()) {
            names.add(d.name());
        }
        return String.join(", ", names);
    }

    private void printGoldTable(PrintWriter out, SpanScores s, String predName, int skippedGold, int skippedPred,
                                double seconds) {
        out.println("gold:        " + source.gold + " (" + s.records() + " records, " + skippedGold
                + " malformed lines skipped)");
        out.println("predictions: " + predName + (pred != null ? " (" + skippedPred + " malformed lines skipped)" : ""));
        out.println("matching:    overlap with a span of the same label");
        out.println();
        int w = Math.max(15, s.perLabel().keySet().stream().mapToInt(String::length).max().orElse(0));
        String fmt = "%-" + w + "s %7s %7s %9s %8s %9s %7s %7s%n";
        out.printf(Locale.ROOT, fmt, "label", "gold", "pred", "recalled", "correct", "precision", "recall", "F1");
        out.println("-".repeat(w + 61));
        for (Map.Entry<String, SpanScores.Counts> e : s.perLabel().entrySet()) {
            row(out, fmt, e.getKey(), e.getValue());
        }
        out.println("-".repeat(w + 61));
        row(out, fmt, "overall (micro)", s.overall());
        out.println();
        out.printf(Locale.ROOT, "leak rate:   %s (%d of %d gold characters not covered by any prediction)%n",
                num(s.leakRate()), s.leakedChars(), s.goldChars());
        out.printf(Locale.ROOT, "time:        %.2f s%n", seconds);
    }

    private static void row(PrintWriter out, String fmt, String label, SpanScores.Counts c) {
        out.printf(Locale.ROOT, fmt, label, c.gold, c.pred, c.goldRecalled, c.predCorrect,
                num(c.precision()), num(c.recall()), num(c.f1()));
    }

    private void printGoldMarkdown(PrintWriter out, SpanScores s, String predName) {
        out.println("| label | gold | pred | precision | recall | F1 |");
        out.println("|---|---:|---:|---:|---:|---:|");
        for (Map.Entry<String, SpanScores.Counts> e : s.perLabel().entrySet()) {
            mdRow(out, e.getKey(), e.getValue());
        }
        mdRow(out, "**overall (micro)**", s.overall());
        out.println();
        out.printf(Locale.ROOT, "Leak rate: %s (%d of %d gold characters not covered by any prediction).%n",
                num(s.leakRate()), s.leakedChars(), s.goldChars());
        out.println();
        out.println("Gold: `" + source.gold.getFileName() + "` (" + s.records() + " records); predictions: "
                + predName + "; a span counts when it overlaps a span of the same label.");
    }

    private static void mdRow(PrintWriter out, String label, SpanScores.Counts c) {
        out.printf(Locale.ROOT, "| %s | %d | %d | %s | %s | %s |%n", label, c.gold, c.pred,
                num(c.precision()), num(c.recall()), num(c.f1()));
    }

    private String goldJson(SpanScores s, String predName, int skippedGold, int skippedPred, double seconds) {
        ObjectNode root = mapper.createObjectNode();
        root.put("gold", source.gold.toString());
        root.put("predictions", predName);
        root.put("records", s.records());
        ObjectNode skipped = root.putObject("skipped_lines");
        skipped.put("gold", skippedGold);
        skipped.put("pred", skippedPred);
        root.put("matching", "overlap, same label");
        ObjectNode per = root.putObject("labels");
        for (Map.Entry<String, SpanScores.Counts> e : s.perLabel().entrySet()) {
            countsJson(per.putObject(e.getKey()), e.getValue());
        }
        countsJson(root.putObject("overall"), s.overall());
        putRatio(root, "leak_rate", s.leakRate());
        root.put("leaked_chars", s.leakedChars());
        root.put("gold_chars", s.goldChars());
        root.put("seconds", Math.round(seconds * 1000) / 1000.0);
        return write(root);
    }

    private static void countsJson(ObjectNode o, SpanScores.Counts c) {
        o.put("gold", c.gold);
        o.put("pred", c.pred);
        o.put("gold_recalled", c.goldRecalled);
        o.put("pred_correct", c.predCorrect);
        putRatio(o, "precision", c.precision());
        putRatio(o, "recall", c.recall());
        putRatio(o, "f1", c.f1());
    }

    private static void putRatio(ObjectNode o, String field, double v) {
        if (Double.isNaN(v)) {
            o.putNull(field);
        } else {
            o.put(field, Math.round(v * 10000) / 10000.0);
        }
    }

    private String write(ObjectNode root) {
        try {
            return mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize the summary", e);
        }
    }

    /** Three decimals, or "-" when undefined. */
    static String num(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    // --------------------------------------------------------------------------------------------- --vectors

    /** Pass/total of one entity. */
    private static final class Tally {
        int pass;
        int passAtThreshold;
        int total;
        final List<String> failing = new ArrayList<>();
    }

    private int vectors() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JsonlInput in;
        try {
            in = JsonlInput.open(source.vectors, err);
        } catch (IOException e) {
            err.println("error: cannot read " + source.vectors + ": " + e.getClass().getSimpleName());
            return PrivacyAiCli.EXIT_FAILURE;
        }
        Set<String> covered = new TreeSet<>();
        for (Detector d : Detectors.defaults()) {
            for (EntityType t : d.entityTypes()) {
                covered.add(Labels.toEval(t));
            }
        }
        Redactor redactor = DefaultRedactor.withDefaults();
        Map<String, Tally> tallies = new TreeMap<>();
        Map<String, Integer> notCovered = new TreeMap<>();
        Progress progress = new Progress(err, "eval", in.lineCount());
        in.beforeReport(progress::interrupt);
        for (int i = 0; i < in.lineCount(); i++) {
            progress.update(i);
            JsonlInput.Line line = in.parse(i, mapper);
            if (line == null) {
                continue;
            }
            JsonNode n = line.node();
            try {
                String id = JsonlInput.id(n);
                String entity = Labels.normalize(JsonlInput.text(n, "entity"));
                JsonNode ec = n.get("expected_count");
                if (ec == null || !ec.isIntegralNumber() || ec.intValue() < 0) {
                    throw new JsonlInput.BadRecord("missing non-negative integer field 'expected_count'");
                }
                int expected = ec.intValue();
                String text = JsonlInput.text(n, "text");
                JsonNode sc = n.get("spans_complete");
                boolean complete = sc != null && sc.asBoolean(false);
                List<JsonlInput.Span> spans = JsonlInput.spans(n, text.length());
                if (!covered.contains(entity)) {
                    notCovered.merge(entity, 1, Integer::sum);
                    continue;
                }
                List<JsonlInput.Span> found = new ArrayList<>();
                for (JsonlInput.Span s : toSpans(redactor.analyze(text, context()))) {
                    if (s.label().equals(entity)) {
                        found.add(s);
                    }
                }
                boolean pass = found.size() == expected;
                if (pass && complete && expected > 0) {
                    for (JsonlInput.Span s : spans) {
                        if (found.stream().noneMatch(f -> f.start() < s.end() && s.start() < f.end())) {
                            pass = false;
                            break;
                        }
                    }
                }
                int expectedAtThreshold = expectedAtThreshold(n.get("params"), expected);
                boolean passAtThreshold = expectedAtThreshold == expected ? pass
                        : found.size() >= expectedAtThreshold && found.size() <= expected;
                Tally t = tallies.computeIfAbsent(entity, k -> new Tally());
                t.total++;
                if (passAtThreshold) {
                    t.passAtThreshold++;
                }
                if (pass) {
                    t.pass++;
                } else {
                    t.failing.add(id + " (expected " + expected + ", found " + found.size() + ")");
                }
            } catch (JsonlInput.BadRecord e) {
                in.skip(line.number(), e.getMessage());
            }
        }
        progress.update(in.lineCount());
        progress.finish();

        int pass = tallies.values().stream().mapToInt(t -> t.pass).sum();
        int passT = tallies.values().stream().mapToInt(t -> t.passAtThreshold).sum();
        int total = tallies.values().stream().mapToInt(t -> t.total).sum();
        int uncoveredRows = notCovered.values().stream().mapToInt(Integer::intValue).sum();
        if (json) {
            ObjectNode root = mapper.createObjectNode();
            root.put("vectors", source.vectors.toString());
            root.put("skipped_lines", in.skipped());
            ObjectNode per = root.putObject("entities");
            for (Map.Entry<String, Tally> e : tallies.entrySet()) {
                ObjectNode o = per.putObject(e.getKey());
                o.put("pass", e.getValue().pass);
                o.put("pass_at_threshold", e.getValue().passAtThreshold);
                o.put("total", e.getValue().total);
                if (verbose) {
                    ArrayNode f = o.putArray("failing");
                    e.getValue().failing.forEach(f::add);
                }
            }
            ObjectNode o = root.putObject("overall");
            o.put("pass", pass);
            o.put("pass_at_threshold", passT);
            o.put("total", total);
            ObjectNode nc = root.putObject("not_covered");
            notCovered.forEach(nc::put);
            out.println(write(root));
        } else if (markdown) {
            out.println("| entity | pass | pass@0.5 | total | rate | rate@0.5 |");
            out.println("|---|---:|---:|---:|---:|---:|");
            tallies.forEach((k, t) -> out.printf(Locale.ROOT, "| %s | %d | %d | %d | %s | %s |%n", k, t.pass,
                    t.passAtThreshold, t.total, num(rate(t.pass, t.total)), num(rate(t.passAtThreshold, t.total))));
            out.printf(Locale.ROOT, "| **overall** | %d | %d | %d | %s | %s |%n", pass, passT, total,
                    num(rate(pass, total)), num(rate(passT, total)));
        } else {
            out.println("vectors: " + source.vectors + " (" + in.skipped() + " malformed lines skipped)");
            out.println("checked: rows whose entity the default detectors cover: " + String.join(", ", covered));
            out.println();
            int w = Math.max(12, tallies.keySet().stream().mapToInt(String::length).max().orElse(0));
            String fmt = "%-" + w + "s %6s %9s %6s %6s %9s%n";
            out.printf(Locale.ROOT, fmt, "entity", "pass", "pass@0.5", "total", "rate", "rate@0.5");
            out.println("-".repeat(w + 41));
            tallies.forEach((k, t) -> out.printf(Locale.ROOT, fmt, k, t.pass, t.passAtThreshold, t.total,
                    num(rate(t.pass, t.total)), num(rate(t.passAtThreshold, t.total))));
            out.println("-".repeat(w + 41));
            out.printf(Locale.ROOT, fmt, "overall", pass, passT, total, num(rate(pass, total)),
                    num(rate(passT, total)));
            out.println();
            out.println("not checked: " + uncoveredRows + " rows of " + notCovered.size()
                    + " entities no default detector covers");
            if (verbose) {
                for (Map.Entry<String, Tally> e : tallies.entrySet()) {
                    for (String f : e.getValue().failing) {
                        out.println("FAIL " + e.getKey() + " " + f);
                    }
                }
            }
        }
        out.flush();
        return 0;
    }

    /** Threshold at which the pass@0.5 column counts Presidio's expected results. */
    static final double VECTOR_THRESHOLD = 0.5;

    /**
     * How many of a row's expected results Presidio's own test scores at {@link #VECTOR_THRESHOLD} or more; rows
     * without score parameters keep {@code expected}.
     */
    static int expectedAtThreshold(JsonNode params, int expected) {
        if (params == null || !params.isObject() || expected == 0) {
            return expected;
        }
        JsonNode ranges = params.get("expected_score_ranges");
        if (ranges != null && ranges.isArray() && ranges.size() > 0) {
            int n = 0;
            for (JsonNode r : ranges) {
                double hi = scoreOf(r.isArray() && r.size() == 2 ? r.get(1) : r);
                if (hi >= VECTOR_THRESHOLD) {
                    n++;
                }
            }
            return ranges.size() == expected ? n : (n == 0 ? 0 : expected);
        }
        JsonNode scores = params.get("expected_scores");
        if (scores != null && scores.isArray() && scores.size() > 0) {
            int n = 0;
            for (JsonNode v : scores) {
                if (scoreOf(v) >= VECTOR_THRESHOLD) {
                    n++;
                }
            }
            return scores.size() == expected ? n : (n == 0 ? 0 : expected);
        }
        JsonNode v = params.get("expected_score");
        if (v != null && v.isNumber()) {
            return v.asDouble() >= VECTOR_THRESHOLD ? expected : 0;
        }
        return expected;
    }

    /** A score parameter: a number, or "max"/"min" as Presidio's tests write them. */
    private static double scoreOf(JsonNode v) {
        if (v.isNumber()) {
            return v.asDouble();
        }
        return "min".equals(v.asText()) ? 0.0 : 1.0;
    }

    private static double rate(int pass, int total) {
        return total == 0 ? Double.NaN : (double) pass / total;
    }
}
