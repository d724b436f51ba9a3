package dev.privacyai.impl.consent;

import dev.privacyai.consent.ConsentEvent;
import dev.privacyai.consent.ConsentSource;
import dev.privacyai.consent.DataCategory;
import dev.privacyai.consent.Purpose;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.consent.spi.ConsentLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random histories appended in random order give the same histories and the same decisions, at every instant, from
 * the in-memory ledger, the file ledger and the file ledger reopened from disk.
 */
class LedgerEquivalenceTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final List<Purpose> PURPOSES = List.of(Purpose.MODEL_TRAINING, Purpose.MARKETING,
            Purpose.AI_ASSISTED_ANSWERING, Purpose.QUALITY_ASSURANCE);
    static final List<DataCategory> CATS = List.of(DataCategory.CONVERSATION_CONTENT, DataCategory.CONTACT,
            DataCategory.FINANCIAL);

    @TempDir
    Path dir;

    @Test
    void inMemoryFileAndReopenedFileAgree() throws Exception {
        SplittableRandom rnd = new SplittableRandom(7);
        List<SubjectId> subjects = List.of(SubjectId.of("a"), SubjectId.of("b|c"), SubjectId.of("d e"));
        InMemoryConsentLedger memory = new InMemoryConsentLedger();
        Path file = dir.resolve("consent.log");
        try (FileConsentLedger fileLedger = FileConsentLedger.builder(file).fsync(false).build()) {
            for (int i = 0; i < 400; i++) {
                ConsentEvent e = randomEvent(rnd, subjects.get(rnd.nextInt(subjects.size())));
                memory.append(e);
                fileLedger.append(e);
            }
            try (FileConsentLedger reopened = FileConsentLedger.open(file)) {
                for (ConsentLedger other : List.of(fileLedger, reopened)) {
                    compare(memory, other, subjects);
                }
            }
        }
    }

    private static void compare(ConsentLedger expected, ConsentLedger actual, List<SubjectId> subjects) {
        DefaultConsentPolicy pe = DefaultConsentPolicy.builder().ledger(expected).build();
        DefaultConsentPolicy pa = DefaultConsentPolicy.builder().ledger(actual).build();
        for (SubjectId s : subjects) {
            assertThat(actual.history(s)).isEqualTo(expected.history(s));
            for (int minute = -1; minute <= 200; minute += 3) {
                Instant at = T0.plusSeconds(minute * 60L);
                for (Purpose p : PURPOSES) {
                    assertThat(actual.history(s, p, at)).isEqualTo(expected.history(s, p, at));
                    for (Set<DataCategory> cats : List.of(Set.<DataCategory>of(),
                            Set.of(DataCategory.CONVERSATION_CONTENT), Set.copyOf(CATS))) {
                        assertThat(pa.decide(s, p, cats, at)).isEqualTo(pe.decide(s, p, cats, at));
                    }
                }
            }
        }
    }

    private static ConsentEvent randomEvent(SplittableRandom rnd, SubjectId s) {
        Instant at = T0.plusSeconds(rnd.nextInt(200) * 60L);
        Purpose p = PURPOSES.get(rnd.nextInt(PURPOSES.size()));
        int kind = rnd.nextInt(10);
        ConsentEvent.Builder b;
        if (kind < 5) {
            b = ConsentEvent.grant(s, p).noticeVersion("v" + rnd.nextInt(3));
            if (rnd.nextBoolean()) {
                b.expiresAt(at.plusSeconds(60L * (1 + rnd.nextInt(100))));
            }
        } else if (kind < 8) {
            b = ConsentEvent.withdraw(s, p);
        } else if (kind < 9) {
            b = ConsentEvent.expire(s, p);
        } else {
            b = ConsentEvent.erasure(s);
        }
        if (kind < 9 && rnd.nextInt(3) == 0) {
            b.categories(CATS.get(rnd.nextInt(CATS.size())));
        }
        return b.at(at).source(ConsentSource.values()[rnd.nextInt(ConsentSource.values().length)]).build();
    }
}
