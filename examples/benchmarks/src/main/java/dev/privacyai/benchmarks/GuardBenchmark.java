package dev.privacyai.benchmarks;

import dev.privacyai.consent.ConsentEvent;
import dev.privacyai.consent.Purpose;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.guard.ChatMessage;
import dev.privacyai.guard.ModelClient;
import dev.privacyai.guard.StreamingModelClient;
import dev.privacyai.guard.TurnRequest;
import dev.privacyai.guard.TurnResult;
import dev.privacyai.impl.consent.InMemoryConsentLedger;
import dev.privacyai.impl.guard.DefaultConversationGuard;
import dev.privacyai.impl.guard.MacChainedAuditSink;
import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.pseudonym.SubjectProfile;
import dev.privacyai.redaction.EntityType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.Writer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * What the guarded conversation adds to a model call: the full default pipeline (consent, escalation,
 * pseudonymization of the turn and history, the model call, reply screen, re-identification, reply escalation,
 * audit to a MAC-chained sink and the KPI counters) around a zero-latency model, for a 500-character customer turn.
 * The model returns a constant reply instantly, so the measured time is the guard's overhead.
 *
 * <p>{@code streamedTurn} streams the reply in 8-character chunks; its time to first chunk (from the moment the model
 * hands over its first chunk to the moment the customer receives the first re-identified text) is recorded per
 * operation and printed as percentiles at the end of each iteration ({@code ttfc p50/p90/p99/max}).
 *
 * <pre>
 * mvn -B -q -pl examples/benchmarks -am package -DskipTests
 * java -jar examples/benchmarks/target/benchmarks.jar GuardBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GuardBenchmark {

    /** A customer turn of exactly 500 characters: a profile name, an e-mail, a phone, a postcode, an order number. */
    static final String TURN;

    static {
        String t = "Hi, this is Maria Gonzalez again. I ordered a kettle last week (order A-1009, 2 items, total 59.90) "
                + "and it still has not arrived. The tracking page says it was delivered but nobody came to my flat. "
                + "Please send the confirmation to maria.gonzalez@gmail.com or call me on +1 415 555 2671 after six. "
                + "The delivery address is the one on file, postcode SW1A 1AA. I would also like to know whether I "
                + "can change the delivery slot for the replacement, mornings are better for me. Thanks";
        StringBuilder sb = new StringBuilder(t);
        while (sb.length() < 500) {
            sb.append('.');
        }
        TURN = sb.substring(0, 500);
    }

    static final String REPLY = "Thanks for your patience, <PERSON_1>. I am sorry the kettle has not reached you. "
            + "I have asked the courier to investigate the delivery and I will send the outcome to <EMAIL_1>. If "
            + "you prefer, a colleague can also call you on <PHONE_1>. The replacement can be delivered on a "
            + "morning of your choice; just tell me which day suits you. Is there anything else I can help with?";

    @Param({"0", "4"})
    public int historyMessages;

    private DefaultConversationGuard guard;
    private ConversationScope scope;
    private TurnRequest request;
    private TurnRequest requestWithPseudonymizedHistory;
    private final ModelClient model = messages -> REPLY;
    private StreamingModelClient streamingModel;
    private long firstModelChunk;
    private long firstCustomerChunk;
    private long[] ttfc = new long[1 << 20];
    private int ttfcCount;

    @Setup(Level.Trial)
    public void setup() {
        if (TURN.length() != 500) {
            throw new IllegalStateException("turn must have 500 characters");
        }
        InMemoryConsentLedger ledger = new InMemoryConsentLedger();
        SubjectId subject = SubjectId.of("bench-subject");
        ledger.append(ConsentEvent.grant(subject, Purpose.AI_ASSISTED_ANSWERING).at(Instant.now().minusSeconds(60))
                .noticeVersion("bench-1").build());
        guard = DefaultConversationGuard.builder().consentLedger(ledger)
                .auditSink(MacChainedAuditSink.builder().key(MacChainedAuditSink.generateKey())
                        .output(Writer.nullWriter()).build())
                .build();
        scope = ConversationScope.of("bench-conversation", subject.value());
        SubjectProfile profile = SubjectProfile.builder()
                .identity(EntityType.PERSON, "Maria Gonzalez", "Maria", "Ms Gonzalez").build();
        List<ChatMessage> history = List.of(
                ChatMessage.user("Hello, I need help with a delivery, my name is Maria Gonzalez."),
                ChatMessage.assistant("Of course, Maria Gonzalez. Could you tell me what was ordered?"),
                ChatMessage.user("A kettle. You can also mail me at maria.gonzalez@gmail.com."),
                ChatMessage.assistant("Thank you, I found the order linked to maria.gonzalez@gmail.com."));
        request = TurnRequest.builder(scope, TURN).profile(profile)
                .history(history.subList(0, historyMessages)).build();
        streamingModel = (messages, sink) -> {
            firstModelChunk = System.nanoTime();
            for (int i = 0; i < REPLY.length(); i += 8) {
                sink.accept(REPLY.substring(i, Math.min(REPLY.length(), i + 8)));
            }
        };
        TurnResult check = guard.handle(request, model);
        if (check.action() != TurnResult.Action.ANSWERED || !check.reply().orElse("").contains("Maria Gonzalez")) {
            throw new IllegalStateException("benchmark turn must be answered and re-identified: " + check);
        }
        // The same history as the host keeps it after earlier turns: what the model was sent (placeholders only).
        List<ChatMessage> sentHistory = check.modelInput().stream()
                .filter(m -> m.role() != ChatMessage.Role.SYSTEM).limit(historyMessages).toList();
        requestWithPseudonymizedHistory = TurnRequest.builder(scope, TURN).profile(profile)
                .pseudonymizedHistory(sentHistory).build();
    }

    /** The whole guarded turn around a zero-latency model: the guard's overhead per turn. */
    @Benchmark
    public TurnResult guardedTurn() {
        return guard.handle(request, model);
    }

    /**
     * The same turn with the history passed as the host stored it after earlier turns
     * ({@code TurnRequest.Builder.pseudonymizedHistory}): the history is sent as it is instead of being analyzed again.
     */
    @Benchmark
    public TurnResult guardedTurnPseudonymizedHistory() {
        return guard.handle(requestWithPseudonymizedHistory, model);
    }

    /** The same turn with the reply streamed in 8-character chunks. */
    @Benchmark
    public TurnResult streamedTurn() {
        firstCustomerChunk = 0;
        TurnResult r = guard.handleStreaming(request, streamingModel, chunk -> {
            if (firstCustomerChunk == 0) {
                firstCustomerChunk = System.nanoTime();
            }
        });
        if (ttfcCount < ttfc.length) {
            ttfc[ttfcCount++] = firstCustomerChunk - firstModelChunk;
        }
        return r;
    }

    /** Starts a new time-to-first-chunk sample per iteration. */
    @Setup(Level.Iteration)
    public void resetTtfc() {
        ttfcCount = 0;
    }

    /** Prints the iteration's time-to-first-chunk percentiles (streamedTurn only). */
    @TearDown(Level.Iteration)
    public void report() {
        if (ttfcCount == 0) {
            return;
        }
        long[] s = Arrays.copyOf(ttfc, ttfcCount);
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "%nttfc (model's first chunk -> first re-identified chunk), historyMessages=%d,"
                        + " n=%d: p50=%.1f us p90=%.1f us p99=%.1f us max=%.1f us%n", historyMessages, s.length,
                s[s.length / 2] / 1e3, s[(int) (s.length * 0.9)] / 1e3, s[(int) (s.length * 0.99)] / 1e3,
                s[s.length - 1] / 1e3);
    }
}
