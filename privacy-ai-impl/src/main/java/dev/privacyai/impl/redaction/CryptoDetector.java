package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * CRYPTO: Bitcoin addresses, validated: legacy Base58Check addresses (P2PKH {@code 1...}, P2SH {@code 3...},
 * version byte 0x00/0x05, 21-byte payload, double-SHA-256 checksum) and SegWit addresses ({@code bc1...}, one case
 * only, Bech32 checksum for witness version 0 with a 20- or 32-byte program, Bech32m for versions 1–16 per BIP-350).
 * Ethereum account addresses: {@code 0x} + exactly 40 hex digits as a whole token, in any case (EIP-55 mixed-case
 * checksums are not verified); reported without a cue, as no other common identifier has that shape, and scored
 * higher near wallet/crypto context. A 64-hex value ({@code 0x} + 64: a transaction hash or a key) and a 40-hex run
 * inside a longer hex or joined token are not addresses; a hash cue just before ("hash", "sha1", "commit",
 * "checksum", "digest") drops the score below the default threshold unless a wallet cue is near too.
 */
final class CryptoDetector extends ScanningDetector {

    private static final ContextLexicon CUES = ContextLexicon.of("wallet", "bitcoin", "btc", "crypto*", "eth",
            "ethereum", "ether", "address", "send", "usdt", "coin*", "metamask");
    private static final ContextScorer SCORER = new ContextScorer(CUES, 0.1, null, 0);
    /** Words that name a 40-hex value as a hash, not an account. */
    private static final ContextLexicon NOT_ADDRESS = ContextLexicon.of("hash", "sha1", "sha-1", "commit",
            "checksum", "digest", "fingerprint");
    private static final ContextScorer ETH_SCORER = new ContextScorer(CUES, 0.15, NOT_ADDRESS, 0.35);

    CryptoDetector() {
        super("crypto", Set.of(EntityType.CRYPTO));
    }

    /** Token lengths of every accepted shape (25 to 90 characters; 63 stands for 63 and more). */
    private static final long LENGTHS = -1L << 25;

    @Override
    void detect(TextScan scan, List<Finding> out) {
        if (((scan.digitTokenLengths() | scan.mixedTokenLengths()) & LENGTHS) == 0) {
            return; // no token with a digit is long enough
        }
        String t = scan.text;
        // every accepted shape holds a digit (checked below), so only tokens with a digit qualify
        for (int k = scan.nextDigitToken(0); k < scan.tokenCount(); k = scan.nextDigitToken(k + 1)) {
            int len = scan.tokenLength(k);
            if (len < 25 || len > 90) {
                continue;
            }
            int s = scan.tokenStart(k);
            int e = scan.tokenEnd(k);
            if (!scan.tokenHas(k, TextScan.DIGIT) || scan.tokenHas(k, TextScan.NON_ASCII) || !isolated(t, s, e)) {
                continue;
            }
            char c0 = t.charAt(s);
            if ((c0 == '1' || c0 == '3') && len <= 35) {
                byte[] payload = Checksums.base58Check(t.subSequence(s, e));
                if (payload != null && payload.length == 21 && (payload[0] == 0x00 || payload[0] == 0x05)) {
                    Explanation.Builder ex = Explanation.builder()
                            .pattern(payload[0] == 0 ? "btc-p2pkh" : "btc-p2sh").validator("base58check")
                            .reason("Base58Check with a valid version byte and double SHA-256 checksum");
                    out.add(finding(EntityType.CRYPTO, s, e, SCORER.score(scan, s, e, 0.9, ex), ex));
                }
            } else if (len >= 14 && (t.regionMatches(true, s, "bc1", 0, 3))) {
                String kind = segwit(t.substring(s, e));
                if (kind != null) {
                    Explanation.Builder ex = Explanation.builder().pattern("btc-segwit").validator(kind)
                            .reason("SegWit address with a valid checksum and witness program");
                    out.add(finding(EntityType.CRYPTO, s, e, SCORER.score(scan, s, e, 0.9, ex), ex));
                }
            } else if (len == 42 && c0 == '0' && (t.charAt(s + 1) == 'x' || t.charAt(s + 1) == 'X')
                    && allHex(t, s + 2, e)) {
                Explanation.Builder ex = Explanation.builder().pattern("eth-0x40hex").validator("hex-length")
                        .reason("0x followed by exactly 40 hex digits");
                out.add(finding(EntityType.CRYPTO, s, e, ETH_SCORER.score(scan, s, e, 0.7, ex), ex));
            }
        }
    }

    /** "bech32" or "bech32m" if {@code addr} is a valid mainnet SegWit address, else null. */
    static String segwit(String addr) {
        int[] data = new int[90];
        int kind = Checksums.bech32(addr, data);
        if (kind == 0) {
            return null;
        }
        int sep = addr.lastIndexOf('1');
        if (sep != 2 || !addr.substring(0, 2).equalsIgnoreCase("bc")) {
            return null;
        }
        int count = addr.length() - sep - 1 - 6;
        if (count < 1) {
            return null;
        }
        int version = data[0];
        if (version > 16 || (version == 0) != (kind == Checksums.BECH32)) {
            return null;
        }
        // convert 5-bit groups (after the version) to bytes
        int acc = 0;
        int bits = 0;
        int bytes = 0;
        for (int i = 1; i < count; i++) {
            acc = (acc << 5) | data[i];
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                bytes++;
            }
        }
        if (bits >= 5 || (acc & ((1 << bits) - 1)) != 0) {
            return null;
        }
        if (bytes < 2 || bytes > 40 || (version == 0 && bytes != 20 && bytes != 32)) {
            return null;
        }
        return kind == Checksums.BECH32 ? "bech32" : "bech32m";
    }

    private static boolean isolated(String t, int s, int e) {
        return (s == 0 || !(t.charAt(s - 1) == '-' || t.charAt(s - 1) == '_' || t.charAt(s - 1) == '/'))
                && (e >= t.length() || !(t.charAt(e) == '-' || t.charAt(e) == '_'));
    }

    private static boolean allHex(String t, int s, int e) {
        for (int i = s; i < e; i++) {
            if (!IpAddressDetector.isHexChar(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
