package dev.privacyai.impl.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HashBloomTest {

    @Test
    void neverRulesOutAPresentKeyAndRulesOutMostAbsentOnes() {
        Random rnd = new Random(5);
        for (int size : new int[] {0, 1, 7, 100, 870, 5000}) {
            Set<Integer> keys = new HashSet<>();
            while (keys.size() < size) {
                keys.add(rnd.nextInt());
            }
            HashBloom bloom = HashBloom.of(keys.stream().mapToInt(Integer::intValue).toArray());
            for (int k : keys) {
                assertThat(bloom.mayContain(k)).as("key %d of %d", k, size).isTrue();
            }
            int passed = 0;
            int tried = 0;
            while (tried < 100_000) {
                int k = rnd.nextInt();
                if (keys.contains(k)) {
                    continue;
                }
                tried++;
                if (bloom.mayContain(k)) {
                    passed++;
                }
            }
            assertThat(passed).as("absent keys passed, %d keys", size).isLessThan(tried / 20);
        }
    }

    @Test
    void wordTablesStillFindEveryWordOfTheirOwnAfterTheFilter() {
        // the words' String hash codes are what the scan computes for the lower-cased token
        TokenWords words = TokenWords.of("january", "feb", "a", "in", "tomorrow", "thirty");
        for (String w : new String[] {"January", "FEB", "a", "In", "tomorrow", "thirty"}) {
            TextScan scan = TextScan.of(w, dev.privacyai.redaction.RedactionContext.defaults());
            assertThat(words.contains(scan, 0)).as(w).isTrue();
        }
        TextScan other = TextScan.of("february", dev.privacyai.redaction.RedactionContext.defaults());
        assertThat(words.contains(other, 0)).isFalse();
    }
}
