package dev.privacyai.impl.redaction;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntHashIndexTest {

    @Test
    void agreesWithAHashMapOnRandomKeysIncludingCollisions() {
        Random rnd = new Random(7);
        for (int size : new int[] {0, 1, 3, 17, 500, 4000}) {
            int[] keys = new int[size];
            long[] values = new long[size];
            Map<Integer, Long> expected = new HashMap<>();
            for (int i = 0; i < size; i++) {
                // a small key range forces repeated keys; multiples of the table size force probing
                keys[i] = i % 3 == 0 ? rnd.nextInt(50) * 1024 : rnd.nextInt();
                values[i] = 1L << rnd.nextInt(63);
                expected.merge(keys[i], values[i], (a, b) -> a | b);
            }
            IntHashIndex index = IntHashIndex.of(keys, values);
            for (Map.Entry<Integer, Long> e : expected.entrySet()) {
                assertThat(index.get(e.getKey())).isEqualTo(e.getValue());
            }
            for (int probe = 0; probe < 10_000; probe++) {
                int k = rnd.nextInt();
                assertThat(index.get(k)).isEqualTo(expected.getOrDefault(k, 0L));
                assertThat(index.contains(k)).isEqualTo(expected.containsKey(k));
            }
        }
    }

    @Test
    void setContainsExactlyItsKeys() {
        IntHashIndex set = IntHashIndex.setOf(new int[] {"card".hashCode(), "order".hashCode(), 0, -1});
        assertThat(set.contains("card".hashCode())).isTrue();
        assertThat(set.contains(0)).isTrue();
        assertThat(set.contains(-1)).isTrue();
        assertThat(set.contains("cards".hashCode())).isFalse();
        assertThat(IntHashIndex.EMPTY.contains(0)).isFalse();
    }

    @Test
    void rejectsTheReservedValueAndMismatchedArrays() {
        assertThatThrownBy(() -> IntHashIndex.of(new int[] {1}, new long[] {0}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IntHashIndex.of(new int[] {1, 2}, new long[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
