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

    @Test
    void guardedDemoShowsTheWholeGuardedConversation() {
        Cli.Result r = Cli.run("demo", "--guarded");
        assertThat(r.exit()).isZero();
        String out = r.out();
        assertThat(out).contains("You're chatting with Nora, an AI assistant for Northwind");
        assertThat(out).contains("model received:  Hi, this is <PERSON_1>. Please send the invoice to <EMAIL_1> "
                + "or text <PHONE_1>.");
        assertThat(out).contains("customer gets:   [stand-in model] You said: \"Hi, this is Maria Jensen. Please "
                + "send the invoice to maria.jensen@example.com");
        assertThat(out.lines().filter(l -> l.startsWith("    chunk: "))).hasSizeGreaterThan(3);
        assertThat(out).contains("customer gets:   [stand-in model, scripted] You could write to our director at "
                + "[EMAIL] or call [PHONE].");
        assertThat(out).contains("action: ESCALATED, model called: false").contains("FRAUD_OR_SECURITY")
                .contains("queue SECURITY");
        String handoff = out.substring(out.indexOf("hand-off transcript"), out.indexOf("6. Audit"));
        assertThat(handoff).doesNotContain("Maria", "Jensen", "maria.jensen@example.com", "555-0132");
        assertThat(out).contains("Verification{valid").contains("INVALID MAC_MISMATCH");
        String audit = out.substring(out.indexOf("6. Audit"));
        assertThat(audit).doesNotContain("Maria", "maria.jensen", "555-0132", "customer-8841");
    }

    private static String r() {
        return Cli.run("demo").out();
    }
}
