package dev.privacyai.consent;

import java.util.Objects;

/**
 * What one holder did for an erasure request: how many items it destroyed and how. Erasure is idempotent: a
 * second request reports {@link Status#NOTHING_TO_ERASE}. Holds no personal data. Immutable and thread-safe.
 */
public final class ErasureReport {

    /** The result. */
    public enum Status {
        /** Items were destroyed by this request. */
        ERASED,
        /** The holder held nothing on the subject (never did, or already erased). */
        NOTHING_TO_ERASE
    }

    private final String holder;
    private final Status status;
    private final int itemsErased;
    private final String method;

    private ErasureReport(String holder, Status status, int itemsErased, String method) {
        this.holder = holder;
        this.status = status;
        this.itemsErased = itemsErased;
        this.method = method;
    }

    /**
     * @param holder      the holder's name
     * @param itemsErased how many items this request destroyed (0 means {@link Status#NOTHING_TO_ERASE})
     * @param method      how, e.g. {@code "crypto-shredding"} or {@code "delete"}
     */
    public static ErasureReport of(String holder, int itemsErased, String method) {
        if (itemsErased < 0) {
            throw new IllegalArgumentException("itemsErased must be >= 0");
        }
        return new ErasureReport(Objects.requireNonNull(holder, "holder"),
                itemsErased == 0 ? Status.NOTHING_TO_ERASE : Status.ERASED, itemsErased,
                Objects.requireNonNull(method, "method"));
    }

    /** The holder's name. */
    public String holder() {
        return holder;
    }

    /** The result. */
    public Status status() {
        return status;
    }

    /** Items destroyed by this request. */
    public int itemsErased() {
        return itemsErased;
    }

    /** How the items were destroyed. */
    public String method() {
        return method;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ErasureReport)) {
            return false;
        }
        ErasureReport r = (ErasureReport) o;
        return holder.equals(r.holder) && status == r.status && itemsErased == r.itemsErased
                && method.equals(r.method);
    }

    @Override
    public int hashCode() {
        return Objects.hash(holder, status, itemsErased, method);
    }

    @Override
    public String toString() {
        return "ErasureReport[" + holder + ", " + status + ", items=" + itemsErased + ", method=" + method + "]";
    }
}
