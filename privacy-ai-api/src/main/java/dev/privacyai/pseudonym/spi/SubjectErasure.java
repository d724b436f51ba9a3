package dev.privacyai.pseudonym.spi;

/**
 * What {@link TokenVault#eraseSubjectWithReport} destroyed for one data subject: how many entries (live ones and
 * expired ones not yet purged) and whether the subject's keys existed and were destroyed. Counts only, no personal
 * data. Immutable and thread-safe.
 */
public final class SubjectErasure {

    /** Nothing was held for the subject (never was, or already erased). */
    public static final SubjectErasure NOTHING = new SubjectErasure(0, false);

    private final int entriesDestroyed;
    private final boolean keysDestroyed;

    private SubjectErasure(int entriesDestroyed, boolean keysDestroyed) {
        this.entriesDestroyed = entriesDestroyed;
        this.keysDestroyed = keysDestroyed;
    }

    /**
     * @param entriesDestroyed entries destroyed by this erasure
     * @param keysDestroyed    whether the subject's keys existed and were destroyed by this erasure
     * @throws IllegalArgumentException if {@code entriesDestroyed < 0}
     */
    public static SubjectErasure of(int entriesDestroyed, boolean keysDestroyed) {
        if (entriesDestroyed < 0) {
            throw new IllegalArgumentException("entriesDestroyed must be >= 0");
        }
        return entriesDestroyed == 0 && !keysDestroyed ? NOTHING
                : new SubjectErasure(entriesDestroyed, keysDestroyed);
    }

    /** Entries destroyed by this erasure (live ones and expired ones not yet purged). */
    public int entriesDestroyed() {
        return entriesDestroyed;
    }

    /** Whether the subject's keys existed and were destroyed by this erasure (crypto-shredding). */
    public boolean keysDestroyed() {
        return keysDestroyed;
    }

    /** Whether this erasure destroyed anything; false when repeated. */
    public boolean erasedAnything() {
        return entriesDestroyed > 0 || keysDestroyed;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubjectErasure && ((SubjectErasure) o).entriesDestroyed == entriesDestroyed
                && ((SubjectErasure) o).keysDestroyed == keysDestroyed;
    }

    @Override
    public int hashCode() {
        return entriesDestroyed * 2 + (keysDestroyed ? 1 : 0);
    }

    @Override
    public String toString() {
        return "SubjectErasure[entries=" + entriesDestroyed + ", keys=" + keysDestroyed + "]";
    }
}
