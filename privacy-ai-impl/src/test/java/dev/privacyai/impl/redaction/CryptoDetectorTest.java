package dev.privacyai.impl.redaction;

import static dev.privacyai.impl.redaction.DetectorAssertions.found;
import static dev.privacyai.impl.redaction.DetectorAssertions.findings;
import static dev.privacyai.impl.redaction.DetectorAssertions.guarded;
import static dev.privacyai.impl.redaction.DetectorAssertions.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.spi.Detector;

import java.util.List;
import org.junit.jupiter.api.Test;

class CryptoDetectorTest {

    private final Detector d = Detectors.crypto();

    private List<String> crypto(String text) {
        return found(d, EntityType.CRYPTO, text);
    }

    @Test
    void findsValidBitcoinAddresses() {
        assertThat(crypto("send to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 please"))
                .containsExactly("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2");
        assertThat(crypto("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")).containsExactly("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy");
        assertThat(crypto("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"))
                .containsExactly("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
        assertThat(crypto("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4."))
                .containsExactly("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4");
        assertThat(crypto("taproot bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"))
                .containsExactly("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0");
    }

    @Test
    void rejectsBadChecksumsAndWrongVersions() {
        assertThat(crypto("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3")).isEmpty();
        assertThat(crypto("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")).isEmpty();
        // witness v0 with a Bech32m checksum is invalid (BIP-350)
        assertThat(crypto("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh")).isEmpty();
        // testnet human-readable part
        assertThat(crypto("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7")).isEmpty();
        assertThat(crypto("1111111111111111111111111111111111")).isEmpty();
    }

    @Test
    void ethereumAddressesNeedNoCue() {
        String eth = "0x742d35Cc6634C0532925a3b844Bc454e4438f44e";
        assertThat(crypto("the withdrawal to 0xde0B295669a9FD93d5F28D9Ec85E40f4cb697BAe is stuck"))
                .containsExactly("0xde0B295669a9FD93d5F28D9Ec85E40f4cb697BAe");
        assertThat(crypto(eth)).containsExactly(eth);
        assertThat(crypto("(" + eth.toLowerCase() + ").")).containsExactly(eth.toLowerCase());
        assertThat(crypto("0X52908400098527886E0F7030069857D2E4169EE7"))
                .containsExactly("0X52908400098527886E0F7030069857D2E4169EE7");
        assertThat(crypto("my ETH wallet is " + eth)).containsExactly(eth);
        List<Finding> cued = findings(d, "my ETH wallet is " + eth);
        List<Finding> bare = findings(d, "it went to " + eth);
        assertThat(cued.get(0).score()).isGreaterThan(bare.get(0).score());
    }

    @Test
    void hashesAndOtherHexAreNoAddresses() {
        String eth = "0x742d35Cc6634C0532925a3b844Bc454e4438f44e";
        assertThat(crypto("commit hash " + eth)).isEmpty();
        assertThat(crypto("sha1: " + eth)).isEmpty();
        assertThat(crypto("sha1 of the wallet file: " + eth)).containsExactly(eth); // a wallet cue wins
        // a transaction hash (64 hex), 39 or 41 hex digits, a 40-hex run inside a longer one or a joined token
        assertThat(crypto("tx 0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b")).isEmpty();
        assertThat(crypto("0x742d35Cc6634C0532925a3b844Bc454e4438f44")).isEmpty();
        assertThat(crypto("0x742d35Cc6634C0532925a3b844Bc454e4438f44e0")).isEmpty();
        assertThat(crypto("ff" + eth)).isEmpty();
        assertThat(crypto(eth + "abc")).isEmpty();
        assertThat(crypto("id-" + eth)).isEmpty();
        assertThat(crypto(eth + "_v2")).isEmpty();
        assertThat(crypto("0x742d35Cc6634C0532925a3b844Bc454e4438f44g")).isEmpty(); // not hex
        assertThat(crypto("the error code is 0x80070005")).isEmpty();
    }

    @Test
    void explanationIsPresent() {
        List<Finding> f = findings(d, "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).explanation().validator()).isEqualTo("base58check");
        assertThat(f.get(0).explanation().pattern()).isEqualTo("btc-p2pkh");
    }

    @Test
    void adversarialInputsComplete() {
        guarded(d, repeat("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 ", 100_000));
        guarded(d, repeat("1", 100_000));
        guarded(d, repeat("bc1q", 100_000));
        guarded(d, repeat("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4-", 100_000));
        guarded(d, repeat("a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1 ", 100_000));
        assertThat(guarded(d, repeat("0x742d35Cc6634C0532925a3b844Bc454e4438f44e ", 100_000))).hasSize(2_326);
        assertThat(guarded(d, repeat("hash 0x742d35Cc6634C0532925a3b844Bc454e4438f44e ", 100_000))
                .stream().filter(f -> f.score() >= 0.5)).isEmpty();
        assertThat(guarded(d, "0x" + repeat("a", 100_000))).isEmpty();
    }
}
