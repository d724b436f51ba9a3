package dev.privacyai.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.privacyai.escalation.Conversation;
import dev.privacyai.escalation.ConversationTurn;
import dev.privacyai.escalation.EscalationDecision;
import dev.privacyai.escalation.EscalationPolicy;
import dev.privacyai.escalation.EscalationReason;
import dev.privacyai.escalation.EscalationReason.Code;
import dev.privacyai.impl.escalation.DefaultEscalationPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code privacy-ai eval-escalation --gold FILE...}: scores the default {@link EscalationPolicy} on escalation
 * evaluation files (JSONL with {@code id}, {@code text}, {@code label} = HUMAN_REQUEST | COMPLAINT | OTHER, and the
 * source's {@code intent} or {@code intents}). Each text is evaluated as a one-turn conversation.
 *
 * <p><b>Label mapping (the one place where reason codes meet eval labels):</b> see {@link #GOLD_LABELS}:
 * HUMAN_REQUESTED and AI_REJECTED ("I don't want to talk to a machine", counted as an implicit request for a
 * person, as NLU++'s "handoff" intent does) predict HUMAN_REQUEST; COMPLAINT predicts COMPLAINT. Every other reason
 * predicts nothing for the gold labels. Rows with {@code "ambiguous": true} (Bitext's contact_customer_service) are
 * left out of the main score and reported on their own.
 *
 * <p><b>Silver labels</b> for reasons the files do not label, derived from the source intents in
 * {@link #SILVER_INTENTS} (our own mapping, not gold): FRAUD_OR_SECURITY from banking77's compromised / lost or
 * stolen / not-recognised intents, CLINC150's report_fraud and report_lost_card and NLU++'s lost_stolen in its banking
 * domain (unless also "deny"; in the hotel domain it means lost property); BOT_QUESTION from CLINC150's are_you_a_bot. Every other row of the given files counts as a
 * negative for these reasons.
 *
 * <p>Prints per-label precision, recall, F1 and counts per file and over all files; {@code --show-errors N} prints
 * up to N misclassified ids and texts per label (evaluation data, not customer data).
 */
@Command(name = "eval-escalation", mixinStandardHelpOptions = true,
        description = "Score escalation detection (precision/recall/F1 per reason) on escalation JSONL files.")
public final class EvalEscalationCommand implements Callable<Integer> {

    /** Reason codes that predict each gold label. */
    static final Map<String, Set<Code>> GOLD_LABELS = new LinkedHashMap<>();
    /** Source intents that make a row a silver positive of a reason. */
    static final Map<Code, Set<String>> SILVER_INTENTS = new EnumMap<>(Code.class);

    static {
        GOLD_LABELS.put("HUMAN_REQUEST", EnumSet.of(Code.HUMAN_REQUESTED, Code.AI_REJECTED));
        GOLD_LABELS.put("COMPLAINT", EnumSet.of(Code.COMPLAINT));
        SILVER_INTENTS.put(Code.FRAUD_OR_SECURITY, Set.of("compromised_card", "lost_or_stolen_card",
                "card_payment_not_recognised", "cash_withdrawal_not_recognised",
                "direct_debit_payment_not_recognised", "lost_or_stolen_phone", "report_fraud", "report_lost_card",
                "lost_stolen"));
        SILVER_INTENTS.put(Code.BOT_QUESTION, Set.of("are_you_a_bot"));
    }

    @Option(names = "--gold", required = true, description = "Escalation JSONL file; repeatable.")
    List<Path> gold = new ArrayList<>();

    @Option(names = "--markdown", description = "Print Markdown tables.")
    boolean markdown;

    @Option(names = "--show-errors", paramLabel = "N", description = "Print up to N misses and false positives per label.")
    int showErrors;

    /** Policy under test; package-private so tests may swap it. */
    EscalationPolicy policy = DefaultEscalationPolicy.withDefaults();

    private final ObjectMapper json = new ObjectMapper();

    static final class Counts {
        int tp;
        int fp;
        int fn;
        int support;
        final List<String> misses = new ArrayList<>();
        final List<String> falsePositives = new ArrayList<>();

        double precision() {
            return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? Double.NaN : 2 * p * r / (p + r);
        }

        void add(Counts o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
            support += o.support;
        }
    }

    static final class FileResult {
        final String name;
        final Map<String, Counts> labels = new LinkedHashMap<>();
        int rows;
        int ambiguous;
        final Map<String, Integer> ambiguousPredicted = new TreeMap<>();
        int otherRows;
        int otherEscalated;
        final Map<Code, Integer> reasonsOnOther = new TreeMap<>();

        FileResult(String name) {
            this.name = name;
        }

        Counts label(String l) {
            return labels.computeIfAbsent(l, k -> new Counts());
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = new PrintWriter(System.out, true);
        List<FileResult> results = new ArrayList<>();
        for (Path p : gold) {
            results.add(score(p));
        }
        FileResult all = new FileResult("ALL");
        for (FileResult r : results) {
            all.rows += r.rows;
            all.ambiguous += r.ambiguous;
            all.otherRows += r.otherRows;
            all.otherEscalated += r.otherEscalated;
            r.labels.forEach((k, v) -> all.label(k).add(v));
            r.ambiguousPredicted.forEach((k, v) -> all.ambiguousPredicted.merge(k, v, Integer::sum));
            r.reasonsOnOther.forEach((k, v) -> all.reasonsOnOther.merge(k, v, Integer::sum));
        }
        if (results.size() > 1) {
            results.add(all);
        }
        for (FileResult r : results) {
            print(out, r);
        }
        out.flush();
        return 0;
    }

    FileResult score(Path file) throws IOException {
        FileResult fr = new FileResult(file.getFileName().toString());
        for (String l : GOLD_LABELS.keySet()) {
            fr.label(l);
        }
        for (Code c : SILVER_INTENTS.keySet()) {
            fr.label("silver:" + c);
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                String id = row.path("id").asText();
                String text = row.path("text").asText();
                String goldLabel = row.path("label").asText("OTHER");
                boolean ambiguous = row.path("ambiguous").asBoolean(false);
                Set<String> intents = intents(row);
                EscalationDecision d = policy.evaluate(Conversation.of(ConversationTurn.customer(text)));
                Set<Code> codes = EnumSet.noneOf(Code.class);
                for (EscalationReason r : d.reasons()) {
                    codes.add(r.code());
                }
                fr.rows++;
                if (ambiguous) {
                    fr.ambiguous++;
                    String pred = predictedLabels(codes).toString();
                    fr.ambiguousPredicted.merge(pred, 1, Integer::sum);
                    continue;
                }
                Set<String> predicted = predictedLabels(codes);
                for (String l : GOLD_LABELS.keySet()) {
                    tally(fr.label(l), goldLabel.equals(l), predicted.contains(l), id, text);
                }
                for (Map.Entry<Code, Set<String>> e : SILVER_INTENTS.entrySet()) {
                    boolean silver = !intents.contains("deny") && intents.stream().anyMatch(e.getValue()::contains);
                    tally(fr.label("silver:" + e.getKey()), silver, codes.contains(e.getKey()), id, text);
                }
                if (goldLabel.equals("OTHER")) {
                    fr.otherRows++;
                    if (d.involvesHuman()) {
                        fr.otherEscalated++;
                    }
                    for (Code c : codes) {
                        fr.reasonsOnOther.merge(c, 1, Integer::sum);
                    }
                }
            }
        }
        return fr;
    }

    private static Set<String> intents(JsonNode row) {
        Set<String> out = new java.util.HashSet<>();
        if (row.path("intent").isTextual()) {
            out.add(row.path("intent").asText());
        }
        // NLU++'s lost_stolen covers lost property in its hotel domain: only its banking rows are security reports
        boolean hotel = row.path("domain").asText("").startsWith("hotel");
        for (JsonNode n : row.path("intents")) {
            out.add(hotel && n.asText().equals("lost_stolen") ? "lost_property" : n.asText());
        }
        return out;
    }

    static Set<String> predictedLabels(Set<Code> codes) {
        Set<String> out = new java.util.TreeSet<>();
        GOLD_LABELS.forEach((label, mapped) -> {
            for (Code c : codes) {
                if (mapped.contains(c)) {
                    out.add(label);
                }
            }
        });
        return out;
    }

    private static void tally(Counts c, boolean gold, boolean predicted, String id, String text) {
        if (gold) {
            c.support++;
        }
        if (gold && predicted) {
            c.tp++;
        } else if (gold) {
            c.fn++;
            c.misses.add(id + "\t" + text);
        } else if (predicted) {
            c.fp++;
            c.falsePositives.add(id + "\t" + text);
        }
    }

    private void print(PrintWriter out, FileResult r) {
        out.println();
        out.printf(Locale.ROOT, "%s%s: %d rows (%d ambiguous excluded)%n", markdown ? "### " : "== ", r.name, r.rows,
                r.ambiguous);
        if (markdown) {
            out.println();
            out.println("| label | support | TP | FP | FN | precision | recall | F1 |");
            out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        } else {
            out.printf(Locale.ROOT, "%-28s %7s %5s %5s %5s %9s %7s %6s%n", "label", "support", "TP", "FP", "FN",
                    "precision", "recall", "F1");
        }
        for (Map.Entry<String, Counts> e : r.labels.entrySet()) {
            Counts c = e.getValue();
            if (markdown) {
                out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %s | %s | %s |%n", e.getKey(), c.support, c.tp,
                        c.fp, c.fn, fmt(c.precision()), fmt(c.recall()), fmt(c.f1()));
            } else {
                out.printf(Locale.ROOT, "%-28s %7d %5d %5d %5d %9s %7s %6s%n", e.getKey(), c.support, c.tp, c.fp,
                        c.fn, fmt(c.precision()), fmt(c.recall()), fmt(c.f1()));
            }
        }
        out.printf(Locale.ROOT, "%sOTHER rows escalated or offered a human: %d of %d (%s); reasons fired on OTHER: %s%n",
                markdown ? "\n" : "", r.otherEscalated, r.otherRows,
                fmt(r.otherRows == 0 ? Double.NaN : (double) r.otherEscalated / r.otherRows), r.reasonsOnOther);
        if (r.ambiguous > 0) {
            out.printf(Locale.ROOT, "%sambiguous rows (scored separately), predicted labels: %s%n",
                    markdown ? "\n" : "", r.ambiguousPredicted);
        }
        if (showErrors > 0 && !r.name.equals("ALL")) {
            for (Map.Entry<String, Counts> e : r.labels.entrySet()) {
                printErrors(out, "MISS " + e.getKey(), e.getValue().misses);
                printErrors(out, "FP   " + e.getKey(), e.getValue().falsePositives);
            }
        }
    }

    private void printErrors(PrintWriter out, String kind, List<String> rows) {
        for (int i = 0; i < Math.min(showErrors, rows.size()); i++) {
            out.println(kind + "\t" + rows.get(i));
        }
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }
}
