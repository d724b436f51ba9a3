package dev.privacyai.impl.redaction;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.RedactionException;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Keyed, non-reversible tokens for {@link dev.privacyai.redaction.RedactionOperator#keyedHash()}: a Tink PRF
 * (e.g. HMAC-SHA256-PRF) over the entity type and value, truncated to 48 bits and hex encoded. Stable for the same
 * keyset and value, unlinkable without the key. Thread-safe.
 */
final class KeyedHasher {

    private static final int TOKEN_BYTES = 6;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final PrfSet prf;

    private KeyedHasher(PrfSet prf) {
        this.prf = prf;
    }

    /**
     * @throws IllegalArgumentException if the keyset does not hold PRF keys
     */
    static KeyedHasher of(KeysetHandle keyset) {
        try {
            PrfConfig.register();
            return new KeyedHasher(keyset.getPrimitive(RegistryConfiguration.get(), PrfSet.class));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("hash keyset must hold PRF keys (e.g. HMAC_SHA256_PRF)", e);
        }
    }

    String token(EntityType type, String value) {
        byte[] input = (type.name() + '\u0000' + value).getBytes(StandardCharsets.UTF_8);
        byte[] out;
        try {
            out = prf.computePrimary(input, TOKEN_BYTES);
        } catch (GeneralSecurityException e) {
            throw new RedactionException("keyed hash failed: " + e.getClass().getSimpleName());
        }
        StringBuilder sb = new StringBuilder(TOKEN_BYTES * 2);
        for (byte b : out) {
            sb.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
        }
        return sb.toString();
    }
}
