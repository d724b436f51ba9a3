package dev.privacyai.examples.cli;

import dev.privacyai.impl.redaction.DefaultRedactor;
import dev.privacyai.redaction.Channel;
import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.RedactionOperator;
import dev.privacyai.redaction.RedactionPolicy;
import dev.privacyai.redaction.RedactionResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code redact}: redacts a file or standard input with the default detectors and prints the redacted text. */
@Command(name = "redact", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Redacts personal data from FILE (or standard input) and prints the redacted text to stdout.",
            "Every finding is replaced by its tag, e.g. [EMAIL], unless --mask says otherwise. The whole input is "
                    + "one text (offsets in --explain are into it)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:I/O error or redaction failure", "2:usage error"})
final class RedactCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    PrivacyAiCli parent;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Text file (UTF-8); standard input if omitted.")
    Path file;

    @Option(names = "--region", paramLabel = "CC",
            description = "ISO 3166-1 alpha-2 region of the customer, e.g. US, GB (repeatable).")
    List<String> regions = new ArrayList<>();

    @Option(names = "--channel", paramLabel = "CHANNEL", defaultValue = "chat",
            description = "Where the text comes from: chat, email or voice (default: ${DEFAULT-VALUE}).")
    Channel channel;

    @Option(names = "--allow", paramLabel = "VALUE",
            description = "A value never to redact, e.g. your public support address (repeatable).")
    List<String> allow = new ArrayList<>();

    @Option(names = "--prompt", paramLabel = "TEXT",
            description = "What the assistant said just before this text, e.g. \"What is your card number?\".")
    String prompt;

    @Option(names = "--mask", paramLabel = "TYPE=N",
            description = "Mask TYPE (e.g. CREDIT_CARD=4) with '*', keeping its last N letters/digits, N in 0..8 "
                    + "(repeatable).")
    Map<String, String> masks = new LinkedHashMap<>();

    @Option(names = "--explain",
            description = "Print each finding with its explanation to stderr (never the value).")
    boolean explain;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RedactionContext context = context();
        RedactionPolicy policy = policy();

        String text;
        try {
            text = file == null ? read(parent.stdin()) : Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("error: cannot read " + (file == null ? "standard input" : file) + ": "
                    + e.getClass().getSimpleName());
            return PrivacyAiCli.EXIT_FAILURE;
        }
        RedactionResult result = DefaultRedactor.builder().policy(policy).build().redact(text, context);
        out.print(result.redactedText());
        out.flush();
        if (explain) {
            err.println(result.findings().size() + " finding(s)");
            for (Finding f : result.findings()) {
                err.println("  " + FindingFormat.headline(f));
                err.println(FindingFormat.explanation(f, "      "));
            }
            err.flush();
        }
        return 0;
    }

    private RedactionContext context() {
        RedactionContext.Builder b = RedactionContext.builder().channel(channel).previousAssistantPrompt(prompt);
        for (String r : regions) {
            try {
                b.regions(r);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(),
                        "--region must be a two-letter ISO 3166-1 code, e.g. US (got '" + r + "')");
            }
        }
        allow.forEach(b::allow);
        return b.build();
    }

    private RedactionPolicy policy() {
        RedactionPolicy.Builder b = RedactionPolicy.builder();
        for (Map.Entry<String, String> m : masks.entrySet()) {
            EntityType type;
            try {
                type = EntityType.of(m.getKey().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(),
                        "--mask TYPE must be an entity type name such as CREDIT_CARD (got '" + m.getKey() + "')");
            }
            int n;
            try {
                n = Integer.parseInt(m.getValue().trim());
                b.operator(type, RedactionOperator.mask(n));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(),
                        "--mask " + type + "=N needs N in 0..8 (got '" + m.getValue() + "')");
            }
        }
        return b.build();
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
