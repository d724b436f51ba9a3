package dev.privacyai.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.InputStream;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * Entry point of the {@code privacy-ai} command-line tool: {@code demo}, {@code redact}, {@code detect},
 * {@code eval}, {@code eval-escalation} and {@code replay}.
 *
 * <p>Exit status of every command: 0 on success, 1 when the work itself failed (for example an unreadable file),
 * 2 on a usage error. Data goes to standard output, diagnostics to standard error. Nothing the tool writes to
 * standard error contains text from the input: findings are printed as type, offsets, score, detector and
 * {@link dev.privacyai.redaction.Explanation}, never as the matched value, and malformed input lines are reported
 * by line number only.
 */
@Command(name = "privacy-ai",
        mixinStandardHelpOptions = true,
        version = "privacy-ai 0.1.0-SNAPSHOT",
        description = "Redacts personal data from contact-center text and measures how well it does.",
        subcommands = {DemoCommand.class, RedactCommand.class, DetectCommand.class, EvalCommand.class,
                EvalEscalationCommand.class, ReplayCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:the work failed (e.g. an I/O error)", "2:usage error"})
public final class PrivacyAiCli implements Callable<Integer> {

    /** Exit status: the work failed (I/O error, unreadable input). */
    static final int EXIT_FAILURE = 1;
    /** Exit status: usage error. */
    static final int EXIT_USAGE = 2;

    @Spec
    CommandSpec spec;

    private final InputStream stdin;

    /** Creates the root command reading standard input from {@code stdin} (used by {@code redact}). */
    PrivacyAiCli(InputStream stdin) {
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    /** Standard input of this invocation. */
    InputStream stdin() {
        return stdin;
    }

    /** Without a sub-command: prints the usage to standard error and returns the usage-error status. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Missing command.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return EXIT_USAGE;
    }

    /**
     * A fully configured command line for this tool reading standard input from {@code stdin}; set its out/err
     * writers to capture output.
     */
    public static CommandLine newCommandLine(InputStream stdin) {
        CommandLine cl = new CommandLine(new PrivacyAiCli(stdin));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // Work failures: one line, exit 1. Exceptions of this project never carry input text (see the brief);
        // the stack trace is left out so that nothing else can slip through either.
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("error: " + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
            cmd.getErr().flush();
            return EXIT_FAILURE;
        });
        return cl;
    }

    /** Runs the tool and exits with its status. */
    public static void main(String[] args) {
        System.exit(newCommandLine(System.in).execute(args));
    }
}
