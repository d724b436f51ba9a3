package dev.privacyai.guard;

/**
 * Where a guard's {@link AuditEvent}s go: a log, a tamper-evident chain, counters, the host's SIEM.
 *
 * <p>The guard delivers a turn's events in step order, after the turn's steps ran and before the result is
 * returned; a sink that throws fails the turn ({@link GuardException}), so no turn is answered unaudited.
 * Implementations must be thread-safe (turns of different conversations run concurrently) and must not add
 * personal data of their own.
 */
@FunctionalInterface
public interface AuditSink {

    /** Records one event. */
    void accept(AuditEvent event);
}
