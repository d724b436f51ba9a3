package dev.privacyai.guard;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What comes back through a {@link GuardInterceptor.Chain}: the model's reply text, or a block by an interceptor
 * with a reason code (e.g. {@code PROMPT_INJECTION}) in which case the model was not called or its reply is
 * discarded.
 *
 * <p>Reason codes are upper-case identifiers ({@code [A-Z][A-Z0-9_]{0,63}}), so they can go into audit events.
 * {@link #toString()} prints the code or the reply's length, never text. Immutable and thread-safe.
 */
public final class ModelResponse {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private final String text;
    private final String blockedReason;

    private ModelResponse(String text, String blockedReason) {
        this.text = text;
        this.blockedReason = blockedReason;
    }

    /** The model's (or an interceptor's replacement) reply. */
    public static ModelResponse reply(String text) {
        return new ModelResponse(Objects.requireNonNull(text, "text"), null);
    }

    /**
     * A block: no reply may reach the customer.
     *
     * @throws IllegalArgumentException if the code is not of the form {@code [A-Z][A-Z0-9_]{0,63}}
     */
    public static ModelResponse blocked(String reasonCode) {
        if (!CODE.matcher(Objects.requireNonNull(reasonCode, "reasonCode")).matches()) {
            throw new IllegalArgumentException("reason code must match [A-Z][A-Z0-9_]{0,63}");
        }
        return new ModelResponse(null, reasonCode);
    }

    /** True if an interceptor blocked the turn. */
    public boolean isBlocked() {
        return blockedReason != null;
    }

    /** The reply text (as the model wrote it: placeholders, no re-identification); empty when blocked. */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /** The block's reason code; empty unless blocked. */
    public Optional<String> blockedReason() {
        return Optional.ofNullable(blockedReason);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelResponse && Objects.equals(((ModelResponse) o).text, text)
                && Objects.equals(((ModelResponse) o).blockedReason, blockedReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, blockedReason);
    }

    /** The code, or the reply's length. */
    @Override
    public String toString() {
        return blockedReason != null ? "ModelResponse{blocked " + blockedReason + "}"
                : "ModelResponse{reply " + text.length() + " chars}";
    }
}
