package dev.privacyai.impl.guard;

import dev.privacyai.guard.AuditEvent;
import dev.privacyai.guard.AuditSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

import java.util.Objects;

/**
 * Writes each {@link AuditEvent} as one log line, its canonical JSON ({@link AuditEvent#toJson()}), to the SLF4J
 * logger {@code dev.privacyai.audit} at INFO (configurable). Events hold no personal data, so the line holds none.
 * Not tamper-evident: use {@link MacChainedAuditSink} for that. Thread-safe.
 */
public final class Slf4jAuditSink implements AuditSink {

    /** The logger name. */
    public static final String LOGGER = "dev.privacyai.audit";

    private final Logger log;
    private final Level level;

    /** Logs at INFO to {@value #LOGGER}. */
    public Slf4jAuditSink() {
        this(Level.INFO);
    }

    /** Logs at {@code level} to {@value #LOGGER}. */
    public Slf4jAuditSink(Level level) {
        this.log = LoggerFactory.getLogger(LOGGER);
        this.level = Objects.requireNonNull(level, "level");
    }

    @Override
    public void accept(AuditEvent event) {
        if (log.isEnabledForLevel(level)) {
            log.atLevel(level).log(event.toJson());
        }
    }

    @Override
    public String toString() {
        return "Slf4jAuditSink{" + LOGGER + " at " + level + "}";
    }
}
