package dev.privacyai.impl.guard;

import dev.privacyai.consent.ConsentSource;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.escalation.EscalationSignals;
import dev.privacyai.redaction.Channel;
import dev.privacyai.guard.ChatMessage;
import dev.privacyai.guard.TurnRequest;
import dev.privacyai.guard.TurnResult;
import dev.privacyai.impl.consent.InMemoryConsentLedger;
import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.redaction.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1,000 generated conversations through the full default guard (stand-in model, a quarter of them streamed in
 * 5-character chunks, a quarter through the two-phase API with the model called by the test and the history carried
 * over as the model received it, like a framework's chat memory; the rest with raw history carried over): the model
 * never receives a profile value or a detected identifier, the MAC-chained audit log verifies, and nothing logged
 * during the run (DEBUG and the SLF4J audit sink included) contains a personal value or a host id.
 */
@Isolated
class GuardEndToEndTest {

    private static final int CONVERSATIONS = 1_000;

    @Test
    void modelNeverReceivesPersonalValuesAcrossAThousandConversations() {
        ConversationGenerator gen = new ConversationGenerator(20261122L);
        List<ConversationGenerator.Conv> convs = new ArrayList<>();
        for (int i = 0; i < CONVERSATIONS; i++) {
            convs.add(gen.next(i));
        }
        InMemoryConsentLedger ledger = new InMemoryConsentLedger();
        for (ConversationGenerator.Conv c : convs) {
            if (c.consent) {
                ConsentFlags.record(ledger, SubjectId.of(c.subjectId), Map.of("AI_ASSISTANCE", true),
                        Instant.now().minusSeconds(60), ConsentSource.CHAT, "e2e-1");
            }
        }
        com.google.crypto.tink.KeysetHandle key = MacChainedAuditSink.generateKey();
        MacChainedAuditSink chain = MacChainedAuditSink.inMemory(key);
        GuardFixtures.RecordingModel model = new GuardFixtures.RecordingModel(StandInModel.echo()::complete);

        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int turns = 0;
        int modelCalls = 0;
        int detected = 0;
        int inserted = 0;
        int insertedDetected = 0;
        int blocked = 0;
        int escalated = 0;
        int streamedTurns = 0;
        int twoPhaseTurns = 0;
        List<String> missed = new ArrayList<>();
        Map<String, Integer> escalationReasons = new java.util.TreeMap<>();
        DefaultConversationGuard guard;
        try {
            guard = DefaultConversationGuard.builder().consentLedger(ledger).auditSink(new Slf4jAuditSink())
                    .auditSink(chain).build();
            for (ConversationGenerator.Conv c : convs) {
                ConversationScope scope = ConversationScope.of(c.conversationId, c.subjectId);
                List<ChatMessage> history = new ArrayList<>();
                List<ChatMessage> memory = new ArrayList<>();   // what the model received, for two-phase turns
                boolean twoPhase = c.conversationId.hashCode() % 4 == 1;
                Set<String> detectedValues = new HashSet<>();
                List<Pattern> profilePatterns = new ArrayList<>();
                for (String v : c.profileValues) {
                    profilePatterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(v)
                            + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                }
                for (int ti = 0; ti < c.turns.size(); ti++) {
                    String text = c.turns.get(ti);
                    turns++;
                    int before = model.calls.size();
                    TurnRequest.Builder rb = TurnRequest.builder(scope, text);
                    TurnRequest req = (twoPhase ? rb.pseudonymizedHistory(memory) : rb.history(history))
                            .signals(EscalationSignals.builder().channel(c.voice ? Channel.VOICE : Channel.CHAT).build())
                            .profile(c.profile).build();
                    StringBuilder streamedReply = new StringBuilder();
                    boolean streamed = c.conversationId.hashCode() % 4 == 0;
                    TurnResult r = streamed ? guard.handleStreaming(req, (messages, sink) -> {
                        model.calls.add(messages);
                        StandInModel.withTemplate(StandInModel.DEFAULT_TEMPLATE, 5).stream(messages, sink);
                    }, streamedReply::append) : twoPhase ? twoPhase(guard, req, model) : guard.handle(req, model);
                    if (streamed && r.action() == TurnResult.Action.ANSWERED) {
                        streamedTurns++;
                        assertThat(r.reply()).contains(streamedReply.toString());
                        assertThat(r.reply().orElseThrow()).doesNotContain("<PERSON_", "<EMAIL_", "<PHONE_");
                    }
                    for (Finding f : r.findings()) {
                        detectedValues.add(text.substring(f.start(), f.end()));
                    }
                    detected += r.findings().size();
                    if (r.action() == TurnResult.Action.BLOCKED_NO_CONSENT) {
                        blocked++;
                        assertThat(model.calls).hasSize(before);
                        assertThat(c.consent).isFalse();
                        break;
                    }
                    if (r.action() == TurnResult.Action.ESCALATED) {
                        escalated++;
                        r.escalation().reasons().forEach(x -> escalationReasons.merge(x.code().name(), 1, Integer::sum));
                        assertThat(model.calls).hasSize(before);
                        break;
                    }
                    assertThat(model.calls).hasSize(before + 1);
                    modelCalls++;
                    for (String id : c.turnIdentifiers.get(ti)) {
                        inserted++;
                        if (detectedValues.contains(id)) {
                            insertedDetected++;
                        } else {
                            missed.add(id);
                        }
                    }
                    List<ChatMessage> received = model.calls.get(model.calls.size() - 1);
                    assertThat(received).isEqualTo(r.modelInput());
                    for (ChatMessage m : received) {
                        for (Pattern p : profilePatterns) {
                            assertThat(p.matcher(m.text()).find()).as("profile value reached the model in %s", c.conversationId)
                                    .isFalse();
                        }
                        for (String v : detectedValues) {
                            assertThat(m.text()).as("detected value reached the model in %s", c.conversationId)
                                    .doesNotContain(v);
                        }
                    }
                    history.add(ChatMessage.user(text));
                    history.add(ChatMessage.assistant(r.reply().orElseThrow()));
                    if (twoPhase) {
                        twoPhaseTurns++;
                        memory.clear();
                        for (ChatMessage m : r.modelInput()) {
                            if (m.role() != ChatMessage.Role.SYSTEM) {
                                memory.add(m);
                            }
                        }
                        memory.add(ChatMessage.assistant(r.modelReply().orElseThrow()));
                    }
                }
            }
        } finally {
            System.setErr(original);
        }
        System.out.printf(Locale.ROOT, "e2e: %d conversations, %d turns, %d model calls, %d blocked (no consent),"
                        + " %d escalated, %d findings, %d streamed, %d two-phase; generated identifiers detected %d/%d%n",
                CONVERSATIONS, turns, modelCalls, blocked, escalated, detected, streamedTurns, twoPhaseTurns,
                insertedDetected, inserted);
        System.out.println("e2e escalation reasons " + escalationReasons + "; missed identifiers (synthetic) " + missed);
        assertThat(modelCalls).isGreaterThan(2_000);
        assertThat(streamedTurns).isGreaterThan(300);
        assertThat(twoPhaseTurns).isGreaterThan(200);
        assertThat(blocked).isPositive();
        assertThat(escalated).isPositive();
        // the generated identifiers are in shapes the default detectors cover: every one must have been found
        assertThat(insertedDetected).isEqualTo(inserted);

        // audit: the chain verifies, and an edit does not
        assertThat(chain.verify().valid()).isTrue();
        List<String> records = new ArrayList<>(chain.records());
        assertThat(records.size()).isGreaterThan(turns * 4);
        records.set(records.size() / 2, records.get(records.size() / 2).replace("\"turn\":", "\"turn\":1"));
        assertThat(MacChainedAuditSink.verify(records, key, chain.head()).valid()).isFalse();

        // logs: the audit sink and DEBUG lines were written, none with a personal value or a host id
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("\"step\":\"PSEUDONYMIZATION\"").contains("pseudonymized");
        for (ConversationGenerator.Conv c : convs) {
            assertThat(log).doesNotContain(c.conversationId).doesNotContain(c.subjectId);
            for (String v : c.profileValues) {
                if (v.contains(" ") || v.contains("@")) {
                    assertThat(log).doesNotContainIgnoringCase(v);
                }
            }
            for (String v : c.identifiers) {
                assertThat(log).doesNotContain(v);
            }
        }
        for (String first : new String[]{"Maria", "Whitfield", "Okafor", "Lindqvist", "Castellano"}) {
            assertThat(log).doesNotContain(first);
        }
    }

    /** A turn through the two-phase API, the model called by the host with exactly the prepared messages. */
    private static TurnResult twoPhase(DefaultConversationGuard guard, TurnRequest req,
                                       GuardFixtures.RecordingModel model) {
        dev.privacyai.guard.PreparedTurn turn = guard.begin(req);
        return turn.modelMayBeCalled() ? turn.complete(model.complete(turn.messages())) : turn.result().orElseThrow();
    }
}
