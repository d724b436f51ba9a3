package dev.privacyai.impl.redaction;

/**
 * A one-hash Bloom filter over {@code int} hash codes, about 32 bits per key (so about 3 % of absent keys pass),
 * in front of the open-addressing tables of {@link TokenWords} and {@link IntHashIndex}. Most tokens looked up
 * are absent; their probe would land on an occupied slot about a quarter of the time, a branch the processor
 * cannot predict. The filter's answer is "absent" for almost every token, which it predicts well, and never wrong
 * for a present key. Immutable and thread-safe. Package-private.
 */
final class HashBloom {

    private final long[] bits;
    private final int shift;

    private HashBloom(long[] bits, int shift) {
        this.bits = bits;
        this.shift = shift;
    }

    /** A filter holding {@code keys}. */
    static HashBloom of(int[] keys) {
        int size = 64;
        while (size < keys.length * 32) {
            size <<= 1;
        }
        long[] bits = new long[size >>> 6];
        int shift = 32 - Integer.numberOfTrailingZeros(size);
        HashBloom b = new HashBloom(bits, shift);
        for (int k : keys) {
            int i = b.index(k);
            bits[i >>> 6] |= 1L << i;
        }
        return b;
    }

    private int index(int key) {
        // a multiplier other than the tables' slot hash, so the filter's misses are independent of their clusters
        return (key * 0x85EBCA6B) >>> shift;
    }

    /** False if {@code key} is certainly absent; true if it is present (and for about 3 % of absent keys). */
    boolean mayContain(int key) {
        int i = index(key);
        return (bits[i >>> 6] & (1L << i)) != 0;
    }
}
