package dev.privacyai.impl.redaction;

import java.util.Arrays;

/**
 * An immutable map from {@code int} keys (here: {@link String#hashCode()} of lower-cased words) to non-zero
 * {@code long} values, by open addressing with linear probing in a table at most a quarter full. It replaces binary
 * searches of sorted hash arrays on the per-token hot path: one multiply, one or two array reads, no boxing. Thread-safe
 * (never modified after construction). Package-private.
 */
final class IntHashIndex {

    static final IntHashIndex EMPTY = new IntHashIndex(new int[0], new long[0]);

    private final int[] keys;
    /** 0 = empty slot (values are never 0). */
    private final long[] values;
    private final int shift;
    private final int mask;
    /** See {@link HashBloom}: rules out most absent keys before the probe. */
    private final HashBloom bloom;

    private IntHashIndex(int[] keys, long[] values) {
        int cap = 4;
        while (cap < keys.length * 4) {
            cap <<= 1;
        }
        this.keys = new int[cap];
        this.values = new long[cap];
        this.mask = cap - 1;
        this.shift = 32 - Integer.numberOfTrailingZeros(cap);
        this.bloom = HashBloom.of(keys);
        for (int i = 0; i < keys.length; i++) {
            if (values[i] == 0) {
                throw new IllegalArgumentException("value 0 is reserved for absent keys");
            }
            int slot = slot(keys[i]);
            while (this.values[slot] != 0 && this.keys[slot] != keys[i]) {
                slot = (slot + 1) & mask;
            }
            this.keys[slot] = keys[i];
            this.values[slot] |= values[i];
        }
    }

    /** A map of {@code keys[i]} to {@code values[i]}; a key given twice maps to the OR of its values. */
    static IntHashIndex of(int[] keys, long[] values) {
        if (keys.length != values.length) {
            throw new IllegalArgumentException("keys and values differ in length");
        }
        return new IntHashIndex(keys.clone(), values.clone());
    }

    /** A set: every key maps to 1. */
    static IntHashIndex setOf(int[] keys) {
        long[] ones = new long[keys.length];
        Arrays.fill(ones, 1L);
        return new IntHashIndex(keys.clone(), ones);
    }

    private int slot(int key) {
        return (key * 0x9E3779B9) >>> shift;
    }

    /** The value of {@code key}, or 0 if absent. */
    long get(int key) {
        if (!bloom.mayContain(key)) {
            return 0;
        }
        int slot = slot(key);
        long v;
        while ((v = values[slot]) != 0) {
            if (keys[slot] == key) {
                return v;
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    boolean contains(int key) {
        return get(key) != 0;
    }
}
