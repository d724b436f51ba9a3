package dev.privacyai.examples.cli;

import dev.privacyai.consent.ConsentPolicy;
import dev.privacyai.consent.ConsentSource;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.escalation.EscalationReason;
import dev.privacyai.escalation.Handoff;
import dev.privacyai.guard.AuditEvent;
import dev.privacyai.guard.ChatMessage;
import dev.privacyai.guard.ModelClient;
import dev.privacyai.guard.TurnRequest;
import dev.privacyai.guard.TurnResult;
import dev.privacyai.impl.consent.DefaultConsentPolicy;
import dev.privacyai.impl.consent.InMemoryConsentLedger;
import dev.privacyai.impl.consent.TransparencyNotice;
import dev.privacyai.impl.guard.ConsentFlags;
import dev.privacyai.impl.guard.DefaultConversationGuard;
import dev.privacyai.impl.guard.MacChainedAuditSink;
import dev.privacyai.impl.guard.StandInModel;
import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.pseudonym.SubjectProfile;
import dev.privacyai.redaction.Channel;
import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code demo --guarded} part: one fictional conversation through the guarded conversation with the stand-in
 * model: the disclosure, a pseudonymized turn and its re-identified reply, a streamed reply, personal data the model
 * made up being caught, an escalation with its hand-off, the audit trail with its verification and the KPIs.
 */
final class GuardedDemo {

    static final String NAME = "Maria Jensen";
    static final String EMAIL = "maria.jensen@example.com";
    static final String PHONE = "+1 415-555-0132";

    private GuardedDemo() {
    }

    static void run(PrintWriter out) {
        InMemoryConsentLedger ledger = new InMemoryConsentLedger();
        SubjectId subject = SubjectId.of("customer-8841");
        ConsentFlags.record(ledger, subject, Map.of("AI_ASSISTANCE", true), Instant.now().minusSeconds(5),
                ConsentSource.WEB, "2026-03.v2");
        ConsentPolicy consent = DefaultConsentPolicy.builder().ledger(ledger).build();
        com.google.crypto.tink.KeysetHandle auditKey = MacChainedAuditSink.generateKey();
        MacChainedAuditSink audit = MacChainedAuditSink.inMemory(auditKey);
        DefaultConversationGuard guard = DefaultConversationGuard.builder().consentPolicy(consent)
                .auditSink(audit).build();
        ConversationScope scope = ConversationScope.of("demo-conversation-1", subject.value());
        SubjectProfile profile = SubjectProfile.builder().identity(EntityType.PERSON, NAME, "Maria", "Ms Jensen")
                .build();
        StandInModel model = StandInModel.echo();
        List<ChatMessage> history = new ArrayList<>();

        out.println("privacy-ai demo --guarded: one fictional conversation through the guarded conversation.");
        out.println("The model is a STAND-IN (no LLM, no network): it echoes what it received inside a fixed "
                + "template, so you see exactly what a real model would get.");
        out.println();
        out.println("1. Disclosure (TransparencyNotice, from the customer's consent record)");
        TransparencyNotice notice = TransparencyNotice.builder().companyName("Northwind").assistantName("Nora")
                .build();
        out.println("  " + notice.render(Locale.ENGLISH, Channel.CHAT, consent, subject));

        String turn1 = "Hi, this is " + NAME + ". Please send the invoice to " + EMAIL + " or text " + PHONE + ".";
        TurnResult r1 = guard.handle(TurnRequest.builder(scope, turn1).profile(profile).build(), model);
        out.println();
        out.println("2. A pseudonymized turn and its re-identified reply");
        printTurn(out, turn1, r1);
        history.add(ChatMessage.user(turn1));
        history.add(ChatMessage.assistant(r1.reply().orElse("")));

        String turn2 = "Thanks! And please use Ms Jensen on the letter.";
        out.println();
        out.println("3. A streamed reply (the stand-in streams 12-character chunks; each line is one chunk as the "
                + "customer receives it)");
        out.println("  customer:        " + turn2);
        List<String> chunks = new ArrayList<>();
        TurnResult r2 = guard.handleStreaming(TurnRequest.builder(scope, turn2).history(history).profile(profile)
                .build(), model, chunks::add);
        out.println("  model received:  " + last(r2));
        for (String c : chunks) {
            out.println("    chunk: \"" + c + "\"");
        }
        out.println("  action: " + r2.action() + "; chunks: " + chunks.size());
        history.add(ChatMessage.user(turn2));
        history.add(ChatMessage.assistant(r2.reply().orElse("")));

        String turn3 = "Who else can I contact about this?";
        ModelClient inventive = messages -> "[stand-in model, scripted] You could write to our director at "
                + "j.doe@northwind-corp.example or call (212) 555-0187.";
        TurnResult r3 = guard.handle(TurnRequest.builder(scope, turn3).history(history).profile(profile).build(),
                inventive);
        out.println();
        out.println("4. Personal data the model produced on its own is redacted (a scripted stand-in reply)");
        out.println("  model replied:   " + r3.modelReply().orElse(""));
        out.println("  customer gets:   " + r3.reply().orElse("(nothing)"));
        out.println("  caught: " + r3.leakCount() + " " + leakTypes(r3));

        String turn4 = "Actually my card was stolen yesterday and there are payments I don't recognise.";
        TurnResult r4 = guard.handle(TurnRequest.builder(scope, turn4).history(history).profile(profile).build(),
                model);
        out.println();
        out.println("5. An escalation: the model is not called, a person takes over with this hand-off");
        out.println("  customer:        " + turn4);
        out.println("  action: " + r4.action() + ", model called: " + r4.modelCalled());
        Handoff h = r4.handoff().orElseThrow();
        out.println("  decision: " + h.decision().action() + ", priority " + h.decision().priority() + ", queue "
                + h.decision().queue());
        for (EscalationReason reason : h.decision().reasons()) {
            out.println("    reason: " + reason);
        }
        out.println("  hand-off summary: " + h.summary());
        out.println("  hand-off transcript (agent role '" + h.agentRole() + "', redacted):");
        for (String line : h.transcriptText().split("\n")) {
            out.println("    " + line);
        }

        out.println();
        out.println("6. Audit: every decision as an event without personal data (the turn of part 2 shown), chained with a MAC");
        for (AuditEvent e : r1.trail()) {
            out.println("  " + e.toJson());
        }
        out.println("  chain of " + audit.head().count() + " events: " + audit.verify());
        List<String> edited = new ArrayList<>(audit.records());
        edited.set(3, edited.get(3).replace("\"turn\":0", "\"turn\":7"));
        out.println("  after editing event 4: " + MacChainedAuditSink.verify(edited, auditKey, audit.head()));
        out.println("  KPIs: " + guard.kpis().snapshot());
        out.flush();
    }

    private static void printTurn(PrintWriter out, String text, TurnResult r) {
        out.println("  customer:        " + text);
        out.println("  model received:  " + last(r));
        out.println("  model replied:   " + r.modelReply().orElse("(not called)"));
        out.println("  customer gets:   " + r.reply().orElse("(nothing)"));
        StringBuilder sb = new StringBuilder();
        for (Finding f : r.findings()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(f.entityType()).append(" [").append(f.start()).append(',')
                    .append(f.end()).append(") by ").append(f.detector());
        }
        out.println("  findings: " + sb + "; action " + r.action() + ", consent " + r.consent().outcome() + " ("
                + r.consent().reason() + ")");
    }

    private static String last(TurnResult r) {
        return r.modelInput().isEmpty() ? "(not called)" : r.modelInput().get(r.modelInput().size() - 1).text();
    }

    private static String leakTypes(TurnResult r) {
        List<String> types = new ArrayList<>();
        r.replyFindings().forEach(f -> types.add(f.kind() + " " + f.entityType()));
        return types.toString();
    }
}
