/**
 * Default implementation of the guarded conversation ({@link dev.privacyai.guard.ConversationGuard}):
 * {@link dev.privacyai.impl.guard.DefaultConversationGuard} with its builder, audit sinks
 * ({@link dev.privacyai.impl.guard.Slf4jAuditSink}, the tamper-evident
 * {@link dev.privacyai.impl.guard.MacChainedAuditSink}), in-process KPI counters
 * ({@link dev.privacyai.impl.guard.GuardKpis}), recording consent flags ({@link dev.privacyai.impl.guard.ConsentFlags})
 * and a network-free stand-in model for demos and replays ({@link dev.privacyai.impl.guard.StandInModel}).
 */
package dev.privacyai.impl.guard;
