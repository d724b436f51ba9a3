package dev.privacyai.benchmarks;

import dev.privacyai.escalation.Conversation;
import dev.privacyai.escalation.ConversationTurn;
import dev.privacyai.escalation.EscalationDecision;
import dev.privacyai.escalation.EscalationPolicy;
import dev.privacyai.escalation.EscalationSignals;
import dev.privacyai.impl.escalation.DefaultEscalationPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Latency of one per-turn escalation evaluation: the policy is called after each of the 6 turns of a realistic
 * conversation (the conversation so far, with the host's signals), as a host would call it. Target: p99 at or
 * below 0.5 ms. Run: {@code java -cp <benchmarks classpath> org.openjdk.jmh.Main EscalationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EscalationBenchmark {

    private EscalationPolicy policy;
    private List<Conversation> prefixes;
    private List<EscalationSignals> signals;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        policy = DefaultEscalationPolicy.withDefaults();
        List<ConversationTurn> turns = List.of(
                ConversationTurn.customer("Hi, I was charged twice for my order last week, can you check?")
                        .withIntent("duplicate_charge"),
                ConversationTurn.assistant("I'm sorry to hear that. Could you tell me the date of the purchase?"),
                ConversationTurn.customer("It was on the 3rd, 49.99 each time, my email is jo@example.com")
                        .withIntent("duplicate_charge"),
                ConversationTurn.assistant("I'm sorry, I can't help with that. Could you rephrase?"),
                ConversationTurn.customer("I already told you!! This is the third time I'm asking, it's ridiculous")
                        .withIntent("duplicate_charge"),
                ConversationTurn.customer("Just let me talk to a real person, please"));
        prefixes = new ArrayList<>();
        signals = new ArrayList<>();
        List<ConversationTurn> sofar = new ArrayList<>();
        int attempts = 0;
        for (ConversationTurn t : turns) {
            sofar.add(t);
            if (t.role() == ConversationTurn.Role.CUSTOMER) {
                attempts++;
            }
            prefixes.add(Conversation.of(sofar));
            signals.add(EscalationSignals.builder().modelConfidence(0.72).intentLabel("duplicate_charge")
                    .intentAttempts(attempts).build());
        }
    }

    /** One evaluation, cycling through the conversation after turn 1, 2, … 6. */
    @Benchmark
    public EscalationDecision evaluateTurn() {
        int i = next;
        next = i == prefixes.size() - 1 ? 0 : i + 1;
        return policy.evaluate(prefixes.get(i), signals.get(i));
    }

    /** The most expensive step: the full 6-turn conversation. */
    @Benchmark
    public EscalationDecision evaluateFullConversation() {
        return policy.evaluate(prefixes.get(prefixes.size() - 1), signals.get(signals.size() - 1));
    }
}
