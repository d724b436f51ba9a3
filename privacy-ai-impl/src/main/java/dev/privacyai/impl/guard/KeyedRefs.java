package dev.privacyai.impl.guard;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/** Keyed hashes (HMAC-SHA256 PRF, 64 bits, hex) of conversation and subject ids for audit events. Thread-safe. */
final class KeyedRefs {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static {
        try {
            PrfConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError("cannot register Tink PRF");
        }
    }

    private final PrfSet prf;

    KeyedRefs(KeysetHandle keyset) {
        try {
            KeysetHandle k = keyset != null ? keyset : KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
            this.prf = k.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the audit hash key must be a PRF keyset (e.g. HMAC_SHA256_PRF)");
        }
    }

    /** {@code prefix:} and 16 hex digits. */
    String ref(char kind, String id) {
        try {
            byte[] h = prf.computePrimary((kind + "\u0000" + id).getBytes(StandardCharsets.UTF_8), 8);
            char[] out = new char[16];
            for (int i = 0; i < 8; i++) {
                out[2 * i] = HEX[(h[i] >> 4) & 0xF];
                out[2 * i + 1] = HEX[h[i] & 0xF];
            }
            return new String(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("keyed hash failed");
        }
    }
}
