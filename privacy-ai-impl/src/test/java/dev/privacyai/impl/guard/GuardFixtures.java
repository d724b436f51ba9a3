package dev.privacyai.impl.guard;

import dev.privacyai.consent.ConsentSource;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.guard.AuditEvent;
import dev.privacyai.guard.AuditSink;
import dev.privacyai.guard.ChatMessage;
import dev.privacyai.guard.ModelClient;
import dev.privacyai.impl.consent.InMemoryConsentLedger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Shared test helpers: a ledger with consent, a recording model, a collecting sink. */
final class GuardFixtures {

    private GuardFixtures() {
    }

    /** A ledger where {@code subjects} granted AI answering a minute ago. */
    static InMemoryConsentLedger ledgerGranting(String... subjects) {
        InMemoryConsentLedger ledger = new InMemoryConsentLedger();
        for (String s : subjects) {
            ConsentFlags.record(ledger, SubjectId.of(s), Map.of("AI_ASSISTANCE", true),
                    Instant.now().minusSeconds(60), ConsentSource.CHAT, "test-1");
        }
        return ledger;
    }

    /** A model that records every call and answers with {@code answer.apply(messages)}. */
    static final class RecordingModel implements ModelClient {
        final List<List<ChatMessage>> calls = Collections.synchronizedList(new ArrayList<>());
        private final Function<List<ChatMessage>, String> answer;

        RecordingModel(Function<List<ChatMessage>, String> answer) {
            this.answer = answer;
        }

        @Override
        public String complete(List<ChatMessage> messages) {
            calls.add(messages);
            return answer.apply(messages);
        }

        String lastUserMessage() {
            List<ChatMessage> last = calls.get(calls.size() - 1);
            return last.get(last.size() - 1).text();
        }
    }

    /** Collects events. */
    static final class CollectingSink implements AuditSink {
        final List<AuditEvent> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void accept(AuditEvent event) {
            events.add(event);
        }
    }
}
