package dev.privacyai.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class HelpAndUsageTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"demo", "redact", "detect", "eval"})
    void everyCommandHasHelp(String command) {
        Cli.Result r = Cli.run(command, "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: privacy-ai " + command).contains("Exit status");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void rootHelpListsCommands() {
        Cli.Result r = Cli.run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("demo", "redact", "detect", "eval");
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result r = Cli.run();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Missing command").contains("Usage:");
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "nosuchcommand",
        "detect",                                   // --input/--output missing
        "detect --input a.jsonl",                   // --output missing
        "eval",                                     // neither --gold nor --vectors
        "eval --gold a.jsonl --vectors b.jsonl",    // both
        "eval --gold a.jsonl --json --markdown",
        "eval --vectors a.jsonl --pred b.jsonl",
        "redact --channel fax",
        "redact --mask CREDIT_CARD=12",
        "redact --mask CREDIT_CARD=x",
        "redact --mask lower-case!=2",
        "redact --region USA",
        "redact --bogus",
        "redact a.txt b.txt",
        "demo extra"})
    void usageErrorsExitWith2(String args) {
        Cli.Result r = Cli.run(args.split(" "));
        assertThat(r.exit()).as(args).isEqualTo(2);
        assertThat(r.err()).as(args).isNotBlank();
        assertThat(r.out()).as(args).isEmpty();
    }

    @Test
    void missingInputFilesExitWith1() {
        String missing = dir.resolve("missing.jsonl").toString();
        assertThat(Cli.run("detect", "--input", missing, "--output", dir.resolve("o.jsonl").toString()).exit())
                .isEqualTo(1);
        assertThat(Cli.run("eval", "--gold", missing).exit()).isEqualTo(1);
        assertThat(Cli.run("eval", "--vectors", missing).exit()).isEqualTo(1);
        assertThat(Cli.run("redact", missing).exit()).isEqualTo(1);
        Cli.Result r = Cli.run("eval", "--gold", missing);
        assertThat(r.err()).startsWith("error:");
    }
}
