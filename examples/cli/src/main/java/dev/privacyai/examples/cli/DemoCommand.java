package dev.privacyai.examples.cli;

import dev.privacyai.impl.redaction.DefaultRedactor;
import dev.privacyai.redaction.CustomerProfile;
import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.RedactionResult;
import dev.privacyai.redaction.Redactor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code demo}: redacts a built-in, entirely fictional contact-center chat turn by turn and shows before, after
 * and every finding with its explanation. Each customer turn is redacted with the agent's previous turn as
 * {@link RedactionContext#previousAssistantPrompt()}, which is how a card number typed on its own is recognized as
 * an answer to "what is the card number?". The script also says what it expects, so the summary can state, by
 * entity type and turn only, which expected items the installed detectors left in place and whether the order
 * number and the amount were kept as they must be.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {
            "Redacts a built-in, fictional customer/agent chat turn by turn and prints, per turn, the text before "
                    + "and after redaction and each finding: type, offsets, score, detector and explanation "
                    + "(never the value).",
            "Each customer turn is redacted with the agent's previous turn as context (the 'previous assistant "
                    + "prompt'). The summary lists expected items left unredacted (by type and turn only) and "
                    + "checks that the order number and the amount were kept."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "2:usage error"})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Option(names = "--guarded",
            description = "Instead: run a fictional conversation through the guarded conversation (stand-in model): "
                    + "disclosure, a pseudonymized turn, its re-identified reply, a streamed reply, a caught model "
                    + "leak, an escalation with its hand-off, the audit trail and KPIs.")
    boolean guarded;

    /** Something the script expects in a turn: personal data to redact, or a value that must be kept. */
    record Expect(String what, String value, boolean redact) {
        static Expect redact(String what, String value) {
            return new Expect(what, value, true);
        }

        static Expect keep(String what, String value) {
            return new Expect(what, value, false);
        }
    }

    /** One turn of the conversation. */
    record Turn(String speaker, String text, List<Expect> expects) {
        boolean isCustomer() {
            return speaker.equals("Customer");
        }
    }

    /** The script. Every name, number and address in it is invented; the card is a public test number. */
    static final List<Turn> CONVERSATION = List.of(
            new Turn("Assistant", "Hello, you're chatting with the Northwind virtual assistant. Who am I speaking "
                    + "with, and how can I help?", List.of()),
            new Turn("Customer", "Hi, this is Maria Jensen. My order number 4417-2291-08 never arrived.", List.of(
                    Expect.redact("PERSON", "Maria Jensen"),
                    Expect.keep("order number", "4417-2291-08"))),
            new Turn("Assistant", "Sorry about that, Maria. Can you confirm the e-mail address and phone number on "
                    + "the account?", List.of(Expect.redact("PERSON", "Maria"))),
            new Turn("Customer", "Sure: maria.jensen@example.com, mobile +1 415-555-0132, or at home "
                    + "(415) 555 0187. From abroad I use +44 20 7946 0958.", List.of(
                    Expect.redact("EMAIL", "maria.jensen@example.com"),
                    Expect.redact("PHONE", "+1 415-555-0132"),
                    Expect.redact("PHONE", "(415) 555 0187"),
                    Expect.redact("PHONE", "+44 20 7946 0958"))),
            new Turn("Assistant", "Thank you. I can refund the order to your card. What is the card number?",
                    List.of()),
            new Turn("Customer", "4111 1111 1111 1111", List.of(
                    Expect.redact("CREDIT_CARD", "4111 1111 1111 1111"))),
            new Turn("Assistant", "Or, if you prefer a bank transfer, which IBAN should we send it to?", List.of()),
            new Turn("Customer", "Bank transfer please: GB82 WEST 1234 5698 7654 32. It's $1,249.99 in total.",
                    List.of(Expect.redact("IBAN", "GB82 WEST 1234 5698 7654 32"),
                            Expect.keep("amount", "$1,249.99"))),
            new Turn("Assistant", "To verify your identity, please give me your Social Security number and date of "
                    + "birth.", List.of()),
            new Turn("Customer", "SSN is 536-22-1842 and I was born on 14 March 1985.", List.of(
                    Expect.redact("US_SSN", "536-22-1842"),
                    Expect.redact("DATE_OF_BIRTH", "14 March 1985"))),
            new Turn("Assistant", "Thanks. Where should we send the replacement?", List.of()),
            new Turn("Customer", "To 1428 Elm Street, Springfield, IL 62704, same as on order 4417-2291-08.",
                    List.of(Expect.redact("LOCATION", "1428 Elm Street, Springfield, IL 62704"),
                            Expect.keep("order number", "4417-2291-08"))),
            new Turn("Assistant", "Noted. Can anyone else sign for the parcel?", List.of()),
            new Turn("Customer", "My neighbour Tomasz Nowak can. Put jensen on the label, account nw 558 1203.",
                    List.of(Expect.redact("PERSON", "Tomasz Nowak"),
                            Expect.redact("PERSON (from the customer profile)", "jensen"),
                            Expect.redact("ACCOUNT_NUMBER (from the customer profile)", "nw 558 1203"))));

    /**
     * What the host (the contact-center platform) already knows about the logged-in customer; its values are
     * redacted wherever they appear, in any case or grouping.
     */
    static final CustomerProfile PROFILE = CustomerProfile.builder()
            .fullName("Maria Jensen")
            .emails("maria.jensen@example.com")
            .phones("+1 415-555-0132")
            .identifier("NW-558-1203", EntityType.ACCOUNT_NUMBER)
            .build();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (guarded) {
            GuardedDemo.run(out);
            return 0;
        }
        Redactor redactor = DefaultRedactor.withDefaults();
        out.println("privacy-ai demo: a fictional contact-center chat, redacted turn by turn with the default "
                + "detectors.");
        out.println("Customer turns are redacted with the assistant's previous turn as context. Findings show "
                + "type, [start,end), score, detector and why; never the value.");
        out.println("The host passes the customer's profile (" + PROFILE + "); its values are redacted wherever "
                + "they appear.");
        String previousPrompt = null;
        List<String> missed = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> wronglyRedacted = new ArrayList<>();
        int expectedItems = 0;
        int redactedItems = 0;
        for (int i = 0; i < CONVERSATION.size(); i++) {
            Turn turn = CONVERSATION.get(i);
            int number = i + 1;
            RedactionContext.Builder ctx = RedactionContext.builder().customerProfile(PROFILE);
            if (turn.isCustomer() && previousPrompt != null) {
                ctx.previousAssistantPrompt(previousPrompt);
            }
            RedactionResult r = redactor.redact(turn.text(), ctx.build());
            out.println();
            out.println("Turn " + number + " - " + turn.speaker()
                    + (turn.isCustomer() && previousPrompt != null ? "  (context: the assistant's previous turn)" : ""));
            out.println("  before: " + turn.text());
            out.println("  after:  " + r.redactedText());
            if (r.findings().isEmpty()) {
                out.println("  findings: none");
            } else {
                out.println("  findings:");
                for (Finding f : r.findings()) {
                    out.println("    " + FindingFormat.headline(f));
                    out.println(FindingFormat.explanation(f, "        "));
                }
            }
            for (Expect e : turn.expects()) {
                int from = 0;
                int at;
                while ((at = turn.text().indexOf(e.value(), from)) >= 0) {
                    from = at + e.value().length();
                    if (e.redact()) {
                        expectedItems++;
                        if (covered(r.findings(), at, from)) {
                            redactedItems++;
                        } else {
                            missed.add(e.what() + " (turn " + number + ")");
                        }
                    } else if (overlapsAny(r.findings(), at, from)) {
                        wronglyRedacted.add(e.what() + " (turn " + number + ")");
                    } else {
                        kept.add(e.what() + " (turn " + number + ")");
                    }
                }
            }
            previousPrompt = turn.isCustomer() ? null : turn.text();
        }
        out.println();
        out.println("Summary");
        out.println("  personal data redacted: " + redactedItems + " of " + expectedItems + " expected items");
        out.println("  left unredacted by the installed detectors: " + (missed.isEmpty() ? "none" : String.join(", ", missed)));
        out.println("  kept, as they must be: " + (kept.isEmpty() ? "none" : String.join(", ", kept)));
        if (!wronglyRedacted.isEmpty()) {
            out.println("  redacted although not personal data: " + String.join(", ", wronglyRedacted));
        }
        out.flush();
        return 0;
    }

    /** True if every character of [start, end) is inside some finding. */
    private static boolean covered(List<Finding> findings, int start, int end) {
        int pos = start;
        for (Finding f : findings) {
            if (f.start() <= pos && f.end() > pos) {
                pos = f.end();
            }
            if (pos >= end) {
                return true;
            }
        }
        return pos >= end;
    }

    private static boolean overlapsAny(List<Finding> findings, int start, int end) {
        for (Finding f : findings) {
            if (f.start() < end && start < f.end()) {
                return true;
            }
        }
        return false;
    }
}
