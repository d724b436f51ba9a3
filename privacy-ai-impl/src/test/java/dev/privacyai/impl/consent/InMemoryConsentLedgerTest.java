package dev.privacyai.impl.consent;

import dev.privacyai.consent.ConsentDecision;
import dev.privacyai.consent.ConsentEvent;
import dev.privacyai.consent.ConsentOutcome;
import dev.privacyai.consent.DataCategory;
import dev.privacyai.consent.Purpose;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.consent.spi.ConsentLedger;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class InMemoryConsentLedgerTest {

    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    final SubjectId s = SubjectId.of("crm-1");

    static ConsentEvent grant(SubjectId s, Purpose p, Instant at) {
        return ConsentEvent.grant(s, p).at(at).noticeVersion("v1").build();
    }

    static ConsentEvent withdraw(SubjectId s, Purpose p, Instant at) {
        return ConsentEvent.withdraw(s, p).at(at).build();
    }

    @Test
    void historiesComeBackInEffectOrderWhateverTheAppendOrder() {
        InMemoryConsentLedger ledger = new InMemoryConsentLedger();
        ConsentEvent late = withdraw(s, Purpose.MARKETING, T0.plusSeconds(20));
        ConsentEvent early = grant(s, Purpose.MARKETING, T0.plusSeconds(10));
        ConsentEvent sameTimeWithdraw = withdraw(s, Purpose.MODEL_TRAINING, T0.plusSeconds(10));
        ConsentEvent erasure = ConsentEvent.erasure(s).at(T0.plusSeconds(15)).build();
        ledger.append(late);
        ledger.append(sameTimeWithdraw);
        ledger.append(early);
        ledger.append(erasure);
        assertThat(ledger.history(s)).containsExactly(early, sameTimeWithdraw, erasure, late);
        assertThat(ledger.history(s, T0.plusSeconds(10))).containsExactly(early, sameTimeWithdraw);
        assertThat(ledger.history(s, Purpose.MARKETING, T0.plusSeconds(30))).containsExactly(early, erasure, late);
        assertThat(ledger.history(s, Purpose.ANALYTICS, T0.plusSeconds(30))).as("erasures apply to every purpose")
                .containsExactly(erasure);
        assertThat(ledger.history(s, Purpose.MARKETING, T0.plusSeconds(9))).isEmpty();
        assertThat(ledger.knows(s, T0.plusSeconds(9))).isFalse();
        assertThat(ledger.knows(s, T0.plusSeconds(10))).isTrue();
        assertThat(ledger.history(SubjectId.of("other"))).isEmpty();
        // an erasure appended before a purpose's first event is still merged into it
        ConsentEvent afterErasure = grant(s, Purpose.ANALYTICS, T0.plusSeconds(16));
        ledger.append(afterErasure);
        assertThat(ledger.history(s, Purpose.ANALYTICS, T0.plusSeconds(30))).containsExactly(erasure, afterErasure);
        assertThat(ledger.subjectCount()).isEqualTo(1);
    }

    @Test
    void defaultSpiMethodsAgreeWithTheIndex() {
        InMemoryConsentLedger indexed = new InMemoryConsentLedger();
        ConsentLedger plain = new ConsentLedger() {
            @Override
            public void append(ConsentEvent event) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<ConsentEvent> history(SubjectId subject) {
                return indexed.history(subject);
            }
        };
        for (int i = 0; i < 40; i++) {
            Purpose p = Purpose.wellKnown().get(i % 3);
            indexed.append(i % 4 == 0 ? withdraw(s, p, T0.plusSeconds(i * 7 % 50))
                    : grant(s, p, T0.plusSeconds(i * 13 % 50)));
        }
        indexed.append(ConsentEvent.erasure(s).at(T0.plusSeconds(25)).build());
        for (int sec = -1; sec <= 51; sec++) {
            Instant at = T0.plusSeconds(sec);
            assertThat(indexed.knows(s, at)).isEqualTo(plain.knows(s, at));
            for (Purpose p : Purpose.wellKnown()) {
                assertThat(indexed.history(s, p, at)).isEqualTo(plain.history(s, p, at));
            }
        }
    }

    @Test
    void concurrentGrantsAndWithdrawalsLoseNothingAndTheLatestWins() throws Exception {
        InMemoryConsentLedger ledger = new InMemoryConsentLedger();
        DefaultConsentPolicy policy = DefaultConsentPolicy.builder().ledger(ledger).build();
        int threads = 8;
        int perThread = 500;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    // distinct timestamps: thread t owns the instants t, t+threads, t+2*threads...
                    Instant at = T0.plusMillis((long) i * threads + thread);
                    ledger.append(i % 2 == 0 ? grant(s, Purpose.MODEL_TRAINING, at)
                            : withdraw(s, Purpose.MODEL_TRAINING, at));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        List<ConsentEvent> history = ledger.history(s);
        assertThat(history).hasSize(threads * perThread);
        assertThat(history).isSortedAccordingTo(ConsentLedger.EFFECT_ORDER);
        // the last instant belongs to thread 7's last event (i = 499, odd): a withdrawal
        ConsentEvent last = history.get(history.size() - 1);
        assertThat(last.type()).isEqualTo(ConsentEvent.Type.WITHDRAW);
        assertThat(policy.decide(s, Purpose.MODEL_TRAINING, Set.of(DataCategory.CONVERSATION_CONTENT),
                T0.plusSeconds(3600)).outcome()).isEqualTo(ConsentOutcome.DENIED);
        // every as-of decision agrees with the event in force at that instant
        for (int k = 0; k < threads * perThread; k += 97) {
            ConsentEvent e = history.get(k);
            ConsentDecision d = policy.decide(s, Purpose.MODEL_TRAINING, Set.of(DataCategory.CONVERSATION_CONTENT),
                    e.timestamp());
            assertThat(d.allowed()).isEqualTo(e.type() == ConsentEvent.Type.GRANT);
        }
    }

    @Test
    void aWithdrawalIsVisibleToTheNextDecisionOnAnyThread() throws Exception {
        InMemoryConsentLedger ledger = new InMemoryConsentLedger();
        DefaultConsentPolicy policy = DefaultConsentPolicy.builder().ledger(ledger).build();
        int subjects = 200;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger violations = new AtomicInteger();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < subjects; i++) {
                SubjectId subject = SubjectId.of("sub-" + i);
                futures.add(pool.submit(() -> {
                    Instant now = Instant.now();
                    ledger.append(grant(subject, Purpose.MARKETING, now.minusSeconds(60)));
                    ledger.append(withdraw(subject, Purpose.MARKETING, now.minusSeconds(1)));
                    // decide on another thread, after the append returned
                    Future<Boolean> allowed = pool.submit(() ->
                            policy.decide(subject, Purpose.MARKETING, Set.of(DataCategory.CONTACT)).allowed());
                    return allowed;
                }));
            }
            for (Future<?> f : futures) {
                @SuppressWarnings("unchecked")
                Future<Boolean> inner = (Future<Boolean>) f.get();
                if (inner.get()) {
                    violations.incrementAndGet();
                }
            }
        });
        pool.shutdown();
        assertThat(violations).hasValue(0);
        assertThat(ledger.subjectCount()).isEqualTo(subjects);
    }
}
