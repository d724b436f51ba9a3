package dev.privacyai.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RedactCommandTest {

    private static final String EMAIL = "ana.lima@example.org";
    private static final String CARD = "4111 1111 1111 1111";
    private static final String TEXT = "Hi, I'm writing from " + EMAIL + ", my card is " + CARD + ".\nThanks!";

    @TempDir
    Path dir;

    @Test
    void redactsStandardInputAndLeaksNoRawValue() {
        Cli.Result r = Cli.runWithStdin(TEXT, "redact");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).doesNotContain(EMAIL).doesNotContain(CARD).doesNotContain("example.org")
                .doesNotContain("1111")
                .contains("[EMAIL]").contains("[CREDIT_CARD]")
                .startsWith("Hi, I'm writing from ").endsWith(".\nThanks!");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void redactsAFile() throws Exception {
        Path f = dir.resolve("in.txt");
        Files.writeString(f, TEXT, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("redact", f.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).doesNotContain(EMAIL).doesNotContain(CARD).contains("[EMAIL]", "[CREDIT_CARD]");
    }

    @Test
    void explainGoesToStderrWithoutValues() {
        Cli.Result r = Cli.runWithStdin(TEXT, "redact", "--explain");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).doesNotContain("why:");
        int s = TEXT.indexOf(EMAIL);
        assertThat(r.err()).contains(" finding(s)")
                .contains("EMAIL").contains("[" + s + "," + (s + EMAIL.length()) + ")")
                .contains("CREDIT_CARD").contains("by credit-card").contains("why:").contains("validator")
                .doesNotContain(EMAIL).doesNotContain("example.org").doesNotContain(CARD).doesNotContain("1111");
    }

    @Test
    void maskKeepsTheLastDigitsOnly() {
        Cli.Result r = Cli.runWithStdin("card " + CARD, "redact", "--mask", "credit_card=4");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("card **** **** **** 1111");
    }

    @Test
    void allowListKeepsAValue() {
        Cli.Result r = Cli.runWithStdin(TEXT, "redact", "--allow", EMAIL, "--region", "US", "--region", "gb",
                "--channel", "EMAIL");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains(EMAIL).doesNotContain(CARD);
    }

    @Test
    void promptGivesContextToABareNumber() {
        Cli.Result plain = Cli.runWithStdin(CARD, "redact", "--explain");
        Cli.Result prompted = Cli.runWithStdin(CARD, "redact", "--explain", "--prompt",
                "What is the card number?");
        assertThat(prompted.exit()).isZero();
        assertThat(prompted.out()).isEqualTo("[CREDIT_CARD]");
        assertThat(prompted.err()).contains("assistant-prompt");
        assertThat(plain.err()).doesNotContain("assistant-prompt");
    }
}
