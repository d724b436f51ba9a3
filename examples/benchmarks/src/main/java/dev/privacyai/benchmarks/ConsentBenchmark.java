package dev.privacyai.benchmarks;

import dev.privacyai.consent.ConsentDecision;
import dev.privacyai.consent.ConsentEvent;
import dev.privacyai.consent.ConsentSource;
import dev.privacyai.consent.DataCategory;
import dev.privacyai.consent.Purpose;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.impl.consent.DefaultConsentPolicy;
import dev.privacyai.impl.consent.FileConsentLedger;
import dev.privacyai.impl.consent.InMemoryConsentLedger;
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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Consent decision latency with 100k subjects in the ledger (about 3.5 events each: every subject registered
 * for AI answering; half granted training, a quarter of those withdrew later; a third granted marketing with an
 * expiry). Each invocation decides for a random subject.
 *
 * <pre>
 * mvn -B -q -pl examples/benchmarks -am package dependency:build-classpath -DskipTests -Dmdep.outputFile=cp.txt
 * java -cp "examples/benchmarks/target/classes:$(cat cp.txt)" org.openjdk.jmh.Main ConsentBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ConsentBenchmark {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    static final Instant MARCH_1 = Instant.parse("2026-03-01T00:00:00Z");

    @Param({"100000"})
    public int subjects;

    SubjectId[] ids;
    DefaultConsentPolicy memoryPolicy;
    DefaultConsentPolicy filePolicy;
    FileConsentLedger fileLedger;
    Path file;
    final Set<DataCategory> content = Set.of(DataCategory.CONVERSATION_CONTENT);
    final List<EntityType> findings = List.of(EntityType.EMAIL, EntityType.PERSON, EntityType.CREDIT_CARD);

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        ids = new SubjectId[subjects];
        InMemoryConsentLedger memory = new InMemoryConsentLedger();
        file = Files.createTempFile("consent-bench", ".log");
        fileLedger = FileConsentLedger.builder(file).fsync(false).build();
        SplittableRandom rnd = new SplittableRandom(42);
        for (int i = 0; i < subjects; i++) {
            SubjectId s = SubjectId.of("crm-" + i);
            ids[i] = s;
            Instant first = T0.plusSeconds(rnd.nextLong(30L * 86400));
            append(memory, ConsentEvent.grant(s, Purpose.AI_ASSISTED_ANSWERING).at(first).source(ConsentSource.CHAT)
                    .noticeVersion("2026-01").build());
            if (i % 2 == 0) {
                Instant g = first.plusSeconds(rnd.nextLong(60L * 86400));
                append(memory, ConsentEvent.grant(s, Purpose.MODEL_TRAINING).categories(DataCategory.CONVERSATION_CONTENT)
                        .at(g).source(ConsentSource.CHAT).noticeVersion("2026-01").evidenceRef("chat:" + i).build());
                if (i % 8 == 0) {
                    append(memory, ConsentEvent.withdraw(s, Purpose.MODEL_TRAINING)
                            .at(g.plusSeconds(rnd.nextLong(60L * 86400))).source(ConsentSource.VOICE).build());
                }
            }
            if (i % 3 == 0) {
                append(memory, ConsentEvent.grant(s, Purpose.MARKETING).at(first).expiresAt(first.plusSeconds(90L * 86400))
                        .source(ConsentSource.WEB).noticeVersion("2026-01").build());
            }
        }
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        memoryPolicy = DefaultConsentPolicy.builder().ledger(memory).clock(clock).build();
        filePolicy = DefaultConsentPolicy.builder().ledger(fileLedger).clock(clock).build();
    }

    private void append(InMemoryConsentLedger memory, ConsentEvent e) {
        memory.append(e);
        fileLedger.append(e);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        fileLedger.close();
        Files.deleteIfExists(file);
    }

    private SubjectId randomSubject() {
        return ids[java.util.concurrent.ThreadLocalRandom.current().nextInt(ids.length)];
    }

    /** "May we train on this conversation now?" */
    @Benchmark
    public ConsentDecision trainingNow() {
        return memoryPolicy.decide(randomSubject(), Purpose.MODEL_TRAINING, content);
    }

    /** "Was training allowed on 1 March?" (time travel). */
    @Benchmark
    public ConsentDecision trainingAsOfMarch1() {
        return memoryPolicy.decide(randomSubject(), Purpose.MODEL_TRAINING, content, MARCH_1);
    }

    /** AI answering for a message whose findings include a card number (must be removed first). */
    @Benchmark
    public ConsentDecision aiAnsweringForFindings() {
        return memoryPolicy.decideForTypes(randomSubject(), Purpose.AI_ASSISTED_ANSWERING, findings);
    }

    /** The same training question over the durable file ledger (one size check per read). */
    @Benchmark
    public ConsentDecision trainingNowFileLedger() {
        return filePolicy.decide(randomSubject(), Purpose.MODEL_TRAINING, content);
    }
}
