package dev.privacyai.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.privacyai.impl.redaction.DefaultRedactor;
import dev.privacyai.redaction.Channel;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.Redactor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code detect}: runs the default redactor over every {@code {"id", "text"}} line of a JSONL file and writes one
 * {@code {"id", "spans": [{"start", "end", "label", "score"}]}} line per input record.
 */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = {
            "Runs the default redactor over a JSONL file and writes the detected spans as JSONL.",
            "Input lines: {\"id\": \"...\", \"text\": \"...\"} (other fields are ignored).",
            "Output lines: {\"id\": \"...\", \"spans\": [{\"start\": 0, \"end\": 5, \"label\": \"EMAIL\", "
                    + "\"score\": 0.9}]}, one per input record, in input order. Offsets are Java String (UTF-16) "
                    + "indices, end exclusive.",
            "Labels are the evaluation labels of /work/shared/eval: DATE_OF_BIRTH is written as DATE, "
                    + "US_BANK_ROUTING as ABA_ROUTING_NUMBER, every other type under its own name "
                    + "(--native-labels writes our names unchanged).",
            "Malformed lines are reported on stderr by line number and skipped."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:I/O error", "2:usage error"})
final class DetectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-i", "--input"}, required = true, paramLabel = "IN.jsonl", description = "Input JSONL file.")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.jsonl",
            description = "Output JSONL file (overwritten).")
    Path output;

    @Option(names = "--native-labels", description = "Write our own entity type names instead of evaluation labels.")
    boolean nativeLabels;

    @Option(names = "--channel", paramLabel = "CHANNEL", defaultValue = "chat",
            description = "Channel the texts come from: chat, email or voice (default: ${DEFAULT-VALUE}); on voice, "
                    + "numbers said as words (\"four one one one ...\") are read as digits.")
    Channel channel;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ObjectMapper mapper = new ObjectMapper();
        Redactor redactor = DefaultRedactor.withDefaults();
        RedactionContext context = RedactionContext.builder().channel(channel).build();
        JsonlInput in;
        try {
            in = JsonlInput.open(input, err);
        } catch (IOException e) {
            err.println("error: cannot read " + input + ": " + e.getClass().getSimpleName());
            return PrivacyAiCli.EXIT_FAILURE;
        }
        Progress progress = new Progress(err, "detect", in.lineCount());
        in.beforeReport(progress::interrupt);
        int written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (int i = 0; i < in.lineCount(); i++) {
                progress.update(i);
                JsonlInput.Line line = in.parse(i, mapper);
                if (line == null) {
                    continue;
                }
                String text;
                JsonNode id = line.node().get("id");
                try {
                    JsonlInput.id(line.node());
                    text = JsonlInput.text(line.node(), "text");
                } catch (JsonlInput.BadRecord e) {
                    in.skip(line.number(), e.getMessage());
                    continue;
                }
                List<Finding> findings = redactor.analyze(text, context);
                ObjectNode rec = mapper.createObjectNode();
                rec.set("id", id);
                ArrayNode spans = rec.putArray("spans");
                for (Finding f : findings) {
                    ObjectNode s = spans.addObject();
                    s.put("start", f.start());
                    s.put("end", f.end());
                    s.put("label", nativeLabels ? f.entityType().name() : Labels.toEval(f.entityType()));
                    s.put("score", Math.round(f.score() * 10000.0) / 10000.0);
                }
                w.write(mapper.writeValueAsString(rec));
                w.write('\n');
                written++;
            }
            progress.update(in.lineCount());
        } catch (IOException e) {
            progress.finish();
            err.println("error: cannot write " + output + ": " + e.getClass().getSimpleName());
            return PrivacyAiCli.EXIT_FAILURE;
        }
        progress.finish();
        err.println("detect: " + written + " records written to " + output
                + (in.skipped() > 0 ? ", " + in.skipped() + " malformed lines skipped" : ""));
        return 0;
    }
}
