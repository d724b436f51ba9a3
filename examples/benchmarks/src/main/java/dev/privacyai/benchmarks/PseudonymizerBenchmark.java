package dev.privacyai.benchmarks;

import dev.privacyai.impl.pseudonym.DefaultPseudonymizer;
import dev.privacyai.impl.redaction.DefaultRedactor;
import dev.privacyai.impl.pseudonym.InMemoryTokenVault;
import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.pseudonym.PlaceholderStyle;
import dev.privacyai.pseudonym.StreamingReidentifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Pseudonymizing a customer turn, re-identifying a model reply whole and as a stream of 8-character chunks
 * (as token streams arrive), with the in-memory vault.
 *
 * <pre>
 * mvn -B -q -pl examples/benchmarks -am package -DskipTests
 * java -cp "$(cat cp.txt):examples/benchmarks/target/classes" org.openjdk.jmh.Main PseudonymizerBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class PseudonymizerBenchmark {

    private static final String TURN = "Hi, this is Maria. My card 4242 4242 4242 4242 was charged twice; the refund "
            + "should go to the same card. You can reach me at maria.gonzalez@gmail.com or +1 415 555 2671. "
            + "Order A-1009, 2 items, total 59.90.";

    @Param({"TAG", "SURROGATE"})
    public PlaceholderStyle style;

    private final DefaultRedactor redactor = DefaultRedactor.withDefaults();
    private DefaultPseudonymizer pseudonymizer;
    private ConversationScope scope;
    private String reply;

    @Setup
    public void setup() {
        pseudonymizer = DefaultPseudonymizer.builder().vault(InMemoryTokenVault.withGeneratedKey()).style(style)
                .build();
        scope = ConversationScope.of("bench-conversation", "bench-subject");
        String prompt = pseudonymizer.pseudonymize(TURN, scope).text();
        reply = "Thanks for your patience. I have refunded the duplicate charge to your card; the confirmation was "
                + "sent to your address. " + prompt + " Is there anything else I can help with today?";
    }

    /** Baseline: only finding the personal data (what pseudonymizeTurn adds to is the vault work). */
    @Benchmark
    public int analyzeTurnBaseline() {
        return redactor.analyze(TURN).size();
    }

    @Benchmark
    public String pseudonymizeTurn() {
        return pseudonymizer.pseudonymize(TURN, scope).text();
    }

    @Benchmark
    public String reidentifyWholeReply() {
        return pseudonymizer.reidentifier().reidentify(reply, scope).text();
    }

    @Benchmark
    public int reidentifyStreamedReply() {
        StreamingReidentifier s = pseudonymizer.reidentifier().stream(scope);
        int emitted = 0;
        for (int i = 0; i < reply.length(); i += 8) {
            emitted += s.push(reply.substring(i, Math.min(reply.length(), i + 8))).length();
        }
        return emitted + s.finish().length();
    }
}
