package dev.privacyai.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.privacyai.consent.ConsentSource;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.escalation.EscalationReason;
import dev.privacyai.guard.ChatMessage;
import dev.privacyai.guard.TurnRequest;
import dev.privacyai.guard.TurnResult;
import dev.privacyai.impl.consent.InMemoryConsentLedger;
import dev.privacyai.impl.guard.ConsentFlags;
import dev.privacyai.impl.guard.DefaultConversationGuard;
import dev.privacyai.impl.guard.GuardKpis;
import dev.privacyai.impl.guard.MacChainedAuditSink;
import dev.privacyai.impl.guard.StandInModel;
import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.redaction.Finding;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code replay}: replays recorded conversations through the default guarded conversation and writes, per customer
 * turn, exactly what the model would have received: the evidence a privacy review (DPIA) asks for.
 *
 * <p>Input lines: {@code {"conversation": "c1", "subject": "s1", "role": "customer"|"assistant", "text": "...",
 * "consent": {"AI_ASSISTANCE": true}}}. Lines of one conversation are in order; conversations may interleave.
 * Assistant lines are the replies the customer saw in the recording and become the history of later turns (the
 * model's replies during the replay are not fed back). Consent: {@code true} records a grant, {@code false} a
 * withdrawal, effective from that line on; {@code AI_ASSISTANCE} means the purpose AI_ASSISTED_ANSWERING, and any
 * purpose name is accepted as well. A subject whose first line carries no consent is granted AI answering only.
 *
 * <p>Output lines, one per customer turn: {@code {"conversation", "turn", "action", "model_input", "model_messages",
 * "reply", "escalation_reasons", "findings": [{"label", "start", "end"}], "consent", "leaks"}}: {@code model_input}
 * is the customer's turn as the model received it, {@code model_messages} every message it received (history
 * included), {@code reply} what the customer would get (null when the model was not called or the reply was
 * withheld). The model is a built-in stand-in that echoes what it received; no network is used.
 *
 * <p>Malformed lines are reported on standard error by line number only and skipped. Nothing written to standard
 * error contains input text.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Replays recorded conversations (JSONL) through the guarded conversation and writes, per customer turn, "
                    + "what the model would have received (pseudonymized), the action (ANSWERED, ESCALATED, "
                    + "BLOCKED_NO_CONSENT), the reply, escalation reasons and the findings.",
            "The model is a built-in stand-in that echoes what it received in a templated reply; nothing leaves "
                    + "the machine."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:the work failed (e.g. an unreadable file)", "2:usage error"})
final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "CONV.jsonl", description = "Recorded conversations.")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "OUT.jsonl", description = "Where to write the turns.")
    Path output;

    @Option(names = "--audit", paramLabel = "AUDIT.jsonl",
            description = "Also write the MAC-chained audit log here (key generated for the run; the head is "
                    + "printed on standard error).")
    Path audit;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A clock advanced one second per input line, so consent changes take effect in recording order. */
    private static final class StepClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void tick() {
            now = now.plusSeconds(1);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Per conversation: subject and history so far. */
    private static final class State {
        final String subject;
        final List<ChatMessage> history = new ArrayList<>();
        int turn;

        State(String subject) {
            this.subject = subject;
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        JsonlInput in = JsonlInput.open(input, err);
        StepClock clock = new StepClock();
        InMemoryConsentLedger ledger = new InMemoryConsentLedger();
        MacChainedAuditSink chain = audit == null ? null
                : MacChainedAuditSink.builder().key(MacChainedAuditSink.generateKey()).file(audit).build();
        DefaultConversationGuard.Builder gb = DefaultConversationGuard.builder().consentLedger(ledger).clock(clock);
        gb.auditSink(chain != null ? chain : e -> { });
        DefaultConversationGuard guard = gb.build();
        StandInModel model = StandInModel.echo();
        Map<String, State> conversations = new HashMap<>();
        Set<String> knownSubjects = new HashSet<>();
        int written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (int i = 0; i < in.lineCount(); i++) {
                JsonlInput.Line line = in.parse(i, MAPPER);
                if (line == null) {
                    continue;
                }
                clock.tick();
                JsonNode n = line.node();
                String conversation;
                String subject;
                String role;
                String text;
                Map<String, Boolean> consent;
                try {
                    conversation = JsonlInput.text(n, "conversation");
                    subject = JsonlInput.text(n, "subject");
                    role = JsonlInput.text(n, "role");
                    text = JsonlInput.text(n, "text");
                    if (!role.equals("customer") && !role.equals("assistant")) {
                        throw new JsonlInput.BadRecord("'role' must be \"customer\" or \"assistant\"");
                    }
                    consent = consent(n);
                    try {
                        SubjectId.of(subject);
                        ConversationScope.of(conversation, subject);
                    } catch (IllegalArgumentException e) {
                        throw new JsonlInput.BadRecord("'conversation' or 'subject' is not a valid id");
                    }
                } catch (JsonlInput.BadRecord e) {
                    in.skip(line.number(), e.getMessage());
                    continue;
                }
                State st = conversations.computeIfAbsent(conversation, c -> new State(subject));
                if (!st.subject.equals(subject)) {
                    in.skip(line.number(), "'subject' differs from the conversation's first line");
                    continue;
                }
                SubjectId sid = SubjectId.of(subject);
                if (consent != null) {
                    ConsentFlags.record(ledger, sid, consent, clock.instant(), ConsentSource.IMPORT, "replay");
                    knownSubjects.add(subject);
                } else if (knownSubjects.add(subject)) {
                    ConsentFlags.record(ledger, sid, Map.of("AI_ASSISTANCE", true), clock.instant(),
                            ConsentSource.IMPORT, "replay");
                }
                if (role.equals("assistant")) {
                    st.history.add(ChatMessage.assistant(text));
                    continue;
                }
                TurnResult r = guard.handle(TurnRequest.builder(ConversationScope.of(conversation, subject), text)
                        .history(st.history).build(), model);
                w.write(MAPPER.writeValueAsString(record(conversation, st.turn, text, r)));
                w.newLine();
                written++;
                st.turn++;
                st.history.add(ChatMessage.user(text));
            }
        } finally {
            if (chain != null) {
                chain.close();
            }
        }
        GuardKpis.Snapshot k = guard.kpis().snapshot();
        err.println("replayed " + written + " customer turns of " + conversations.size() + " conversations: "
                + k.actions() + (in.skipped() > 0 ? ", " + in.skipped() + " lines skipped" : ""));
        if (chain != null) {
            err.println("audit log: " + chain.head().count() + " events, " + chain.verify() + ", head MAC "
                    + chain.head().lastMac());
        }
        err.flush();
        out.flush();
        return 0;
    }

    /** The consent flags of a line, or null if it has none. */
    private static Map<String, Boolean> consent(JsonNode n) throws JsonlInput.BadRecord {
        JsonNode c = n.get("consent");
        if (c == null || c.isNull()) {
            return null;
        }
        if (!c.isObject()) {
            throw new JsonlInput.BadRecord("'consent' must be an object of booleans");
        }
        Map<String, Boolean> flags = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = c.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isBoolean()) {
                throw new JsonlInput.BadRecord("'consent' values must be true or false");
            }
            try {
                ConsentFlags.purposeFor(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw new JsonlInput.BadRecord("'consent' names must be purposes such as AI_ASSISTANCE");
            }
            flags.put(e.getKey(), e.getValue().booleanValue());
        }
        return flags;
    }

    private static ObjectNode record(String conversation, int turn, String text, TurnResult r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("conversation", conversation);
        o.put("turn", turn);
        o.put("action", r.action().name());
        if (r.modelCalled()) {
            o.put("model_input", r.modelInput().get(r.modelInput().size() - 1).text());
        } else {
            o.putNull("model_input");
        }
        ArrayNode msgs = o.putArray("model_messages");
        for (ChatMessage m : r.modelInput()) {
            msgs.addObject().put("role", m.role().name().toLowerCase(java.util.Locale.ROOT)).put("text", m.text());
        }
        if (r.reply().isPresent()) {
            o.put("reply", r.reply().get());
        } else {
            o.putNull("reply");
        }
        ArrayNode reasons = o.putArray("escalation_reasons");
        Set<String> seen = new HashSet<>();
        for (EscalationReason reason : r.escalation().reasons()) {
            if (seen.add(reason.code().name())) {
                reasons.add(reason.code().name());
            }
        }
        ArrayNode findings = o.putArray("findings");
        for (Finding f : r.findings()) {
            findings.addObject().put("label", f.entityType().name()).put("start", f.start()).put("end", f.end());
        }
        o.put("consent", r.consent().outcome().name() + "/" + r.consent().reason().name());
        o.put("leaks", r.leakCount());
        return o;
    }
}
