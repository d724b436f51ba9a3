package dev.privacyai.impl.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChecksumsBitcoinTest {

    @Test
    void base58CheckAcceptsValidAddressesAndReturnsPayload() {
        byte[] p2pkh = Checksums.base58Check("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2");
        assertThat(p2pkh).hasSize(21);
        assertThat(p2pkh[0]).isEqualTo((byte) 0x00);
        byte[] p2sh = Checksums.base58Check("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy");
        assertThat(p2sh).hasSize(21);
        assertThat(p2sh[0]).isEqualTo((byte) 0x05);
    }

    @Test
    void base58CheckRejectsBadChecksumAndAlphabet() {
        assertThat(Checksums.base58Check("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3")).isNull();
        assertThat(Checksums.base58Check("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN0")).isNull(); // '0' not base58
        assertThat(Checksums.base58Check("")).isNull();
        assertThat(Checksums.base58Check("1111")).isNull();
    }

    @Test
    void bech32AndBech32mChecksums() {
        assertThat(Checksums.bech32("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", null)).isEqualTo(Checksums.BECH32);
        assertThat(Checksums.bech32("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", null)).isEqualTo(Checksums.BECH32);
        assertThat(Checksums.bech32("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", null))
                .isEqualTo(Checksums.BECH32M);
        assertThat(Checksums.bech32("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", null)).isZero();
        assertThat(Checksums.bech32("bc1qw508d6qejxtdg4y5r3zarvary0C5xw7kv8f3t4", null)).isZero(); // mixed case
        assertThat(Checksums.bech32("bc1", null)).isZero();
    }
}
