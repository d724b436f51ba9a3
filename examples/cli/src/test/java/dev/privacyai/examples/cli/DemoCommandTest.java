package dev.privacyai.examples.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCommandTest {

    @Test
    void printsEveryTurnBeforeAfterAndFindings() {
        Cli.Result r = Cli.run("demo");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        int turns = DemoCommand.CONVERSATION.size();
        assertThat(turns).isBetween(8, 14);
        assertThat(r.out().lines().filter(l -> l.startsWith("  before: "))).hasSize(turns);
        assertThat(r.out().lines().filter(l -> l.startsWith("  after:  "))).hasSize(turns);
        assertThat(r.out()).contains("Turn " + turns + " - Customer").contains("Summary");
        // The card, answered after the assistant asked for it, is redacted with the prompt as context.
        assertThat(r.out()).contains("CREDIT_CARD").contains("(seen in assistant-prompt)").contains("why:");
    }

    @Test
    void afterLinesAndFindingsNeverShowTheEmailOrCard() {
        Cli.Result r = Cli.run("demo");
        List<String> notBefore = r.out().lines().filter(l -> !l.startsWith("  before: "))
                .collect(Collectors.toList());
        String rest = String.join("\n", notBefore);
        assertThat(rest).doesNotContain("maria.jensen@example.com").doesNotContain("4111 1111 1111 1111");
        assertThat(rest).contains("[EMAIL]").contains("[CREDIT_CARD]");
    }

    @Test
    void orderNumberAndAmountAreKept() {
        Cli.Result r = Cli.run("demo");
        String after = r.out().lines().filter(l -> l.startsWith("  after:  ")).collect(Collectors.joining("\n"));
        assertThat(after).contains("4417-2291-08").contains("$1,249.99");
        assertThat(r.out()).contains("kept, as they must be: order number (turn 2), amount (turn 8), "
                + "order number (turn 12)").doesNotContain("redacted although not personal data");
    }

    @Test
    void everyCustomerTurnGetsTheAssistantsPreviousTurnAsContext() {
        long withContext = r().lines().filter(l -> l.contains("(context: the assistant's previous turn)")).count();
        long customerTurns = DemoCommand.CONVERSATION.stream().filter(DemoCommand.Turn::isCustomer).count();
        assertThat(withContext).isEqualTo(customerTurns);
    }

    private static String r() {
        return Cli.run("demo").out();
    }
}
