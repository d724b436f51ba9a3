package dev.privacyai.impl.guard;

import dev.privacyai.consent.ConsentEvent;
import dev.privacyai.consent.ConsentSource;
import dev.privacyai.consent.Purpose;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.consent.spi.ConsentLedger;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Records simple consent flags, as a host's front end or a recorded conversation carries them
 * ({@code {"AI_ASSISTANCE": true, "MODEL_TRAINING": false}}), in a {@link ConsentLedger}: {@code true} appends a
 * GRANT, {@code false} a WITHDRAW of the flag's purpose.
 *
 * <p>Names: {@code AI_ASSISTANCE} (and {@code AI_ANSWERING}) mean {@link Purpose#AI_ASSISTED_ANSWERING}; every
 * other name is a purpose name ({@link Purpose#of(String)}: the well-known names such as
 * {@code AI_ASSISTED_ANSWERING} or {@code MODEL_TRAINING}, or a host-defined purpose). Stateless and thread-safe.
 */
public final class ConsentFlags {

    private ConsentFlags() {
    }

    /**
     * The purpose a flag name stands for.
     *
     * @throws IllegalArgumentException if the name is not an alias and not a valid purpose name
     */
    public static Purpose purposeFor(String flag) {
        Objects.requireNonNull(flag, "flag");
        if (flag.equals("AI_ASSISTANCE") || flag.equals("AI_ANSWERING")) {
            return Purpose.AI_ASSISTED_ANSWERING;
        }
        return Purpose.of(flag);
    }

    /**
     * Appends one event per flag, in map order, all taking effect at {@code at}.
     *
     * @param noticeVersion the privacy notice version the customer saw (required for grants, identifier-like)
     * @throws IllegalArgumentException if a flag name is not a purpose
     */
    public static void record(ConsentLedger ledger, SubjectId subject, Map<String, Boolean> flags, Instant at,
                              ConsentSource source, String noticeVersion) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(subject, "subject");
        for (Map.Entry<String, Boolean> f : Objects.requireNonNull(flags, "flags").entrySet()) {
            Purpose p = purposeFor(f.getKey());
            ConsentEvent e = Boolean.TRUE.equals(f.getValue())
                    ? ConsentEvent.grant(subject, p).at(at).source(source).noticeVersion(noticeVersion).build()
                    : ConsentEvent.withdraw(subject, p).at(at).source(source).build();
            ledger.append(e);
        }
    }
}
