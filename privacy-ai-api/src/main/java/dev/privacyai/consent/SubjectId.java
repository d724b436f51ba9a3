package dev.privacyai.consent;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The host's identifier of a data subject (a customer), such as a CRM id. It is treated as personal data:
 * {@link #toString()} never prints it, only its length and a keyed fingerprint (HMAC-SHA256 under a random key
 * drawn once per JVM, truncated to 32 bits) that lets log lines of one process be correlated without revealing
 * or linking the identifier across processes. Use {@link #value()} to get the identifier itself.
 *
 * <p>An identifier is 1 to 256 characters with no ISO control characters. Two subject ids are equal when their
 * values are equal. Immutable and thread-safe.
 */
public final class SubjectId implements Comparable<SubjectId> {

    /** Longest identifier accepted. */
    public static final int MAX_LENGTH = 256;

    private static final byte[] FINGERPRINT_KEY = new byte[32];

    static {
        new SecureRandom().nextBytes(FINGERPRINT_KEY);
    }

    private final String value;

    private SubjectId(String value) {
        this.value = value;
    }

    /**
     * @param value the host's identifier
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if it is empty, longer than {@link #MAX_LENGTH} or holds control characters
     *         (the message gives the length only)
     */
    public static SubjectId of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("subject id must be 1.." + MAX_LENGTH + " characters, length was "
                    + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException("subject id must not contain control characters, length was "
                        + value.length());
            }
        }
        return new SubjectId(value);
    }

    /** The identifier itself. Personal data: do not log it. */
    public String value() {
        return value;
    }

    /**
     * A keyed fingerprint of the identifier: 8 hex digits, stable within this JVM, unlinkable across JVMs.
     * Safe to log.
     */
    public String fingerprint() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(FINGERPRINT_KEY, "HmacSHA256"));
            byte[] h = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return String.format("%02x%02x%02x%02x", h[0], h[1], h[2], h[3]);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    @Override
    public int compareTo(SubjectId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubjectId && ((SubjectId) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** {@code SubjectId[#<fingerprint>, length=<n>]}; never the identifier. */
    @Override
    public String toString() {
        return "SubjectId[#" + fingerprint() + ", length=" + value.length() + "]";
    }
}
