package dev.privacyai.impl.guard;

import com.google.crypto.tink.KeysetHandle;
import dev.privacyai.consent.ConsentDecision;
import dev.privacyai.consent.ConsentPolicy;
import dev.privacyai.consent.DataCategory;
import dev.privacyai.consent.Purpose;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.consent.spi.ConsentLedger;
import dev.privacyai.escalation.AgentVisibility;
import dev.privacyai.escalation.Conversation;
import dev.privacyai.escalation.ConversationTurn;
import dev.privacyai.escalation.EscalationDecision;
import dev.privacyai.escalation.EscalationPolicy;
import dev.privacyai.escalation.EscalationReason;
import dev.privacyai.escalation.EscalationSignals;
import dev.privacyai.escalation.Handoff;
import dev.privacyai.guard.AuditEvent;
import dev.privacyai.guard.AuditEvent.Step;
import dev.privacyai.guard.AuditSink;
import dev.privacyai.guard.ChatMessage;
import dev.privacyai.guard.ChunkSink;
import dev.privacyai.guard.ConversationGuard;
import dev.privacyai.guard.GuardException;
import dev.privacyai.guard.GuardInterceptor;
import dev.privacyai.guard.ModelClient;
import dev.privacyai.guard.ModelResponse;
import dev.privacyai.guard.PreparedTurn;
import dev.privacyai.guard.ReplyStream;
import dev.privacyai.guard.StreamingModelClient;
import dev.privacyai.guard.TurnRequest;
import dev.privacyai.guard.TurnResult;
import dev.privacyai.impl.consent.DefaultConsentPolicy;
import dev.privacyai.impl.consent.InMemoryConsentLedger;
import dev.privacyai.impl.escalation.DefaultEscalationPolicy;
import dev.privacyai.impl.escalation.Handoffs;
import dev.privacyai.impl.pseudonym.DefaultPseudonymizer;
import dev.privacyai.impl.pseudonym.InMemoryTokenVault;
import dev.privacyai.impl.redaction.DefaultRedactor;
import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.pseudonym.PseudonymizationResult;
import dev.privacyai.pseudonym.Pseudonymizer;
import dev.privacyai.pseudonym.ReidentificationResult;
import dev.privacyai.pseudonym.ReplyFinding;
import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.Redactor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The default {@link ConversationGuard}: built once, shared by all conversations.
 *
 * <pre>{@code
 * ConsentLedger ledger = new InMemoryConsentLedger();          // or the host's FileConsentLedger
 * ConversationGuard guard = DefaultConversationGuard.builder()
 *         .consentLedger(ledger)
 *         .auditSink(MacChainedAuditSink.builder().file(Path.of("audit.jsonl")).key(macKey).build())
 *         .interceptor(myPromptInjectionScreen)
 *         .build();
 * TurnResult r = guard.handle(TurnRequest.builder(scope, customerText).history(history).build(),
 *         messages -> myLlm.chat(messages));
 * switch (r.action()) {
 *     case ANSWERED: send(r.reply().orElseThrow()); break;
 *     case ESCALATED: case BLOCKED_NO_CONSENT: route(r.handoff().orElseThrow()); break;
 *     case BLOCKED: sendCannedAnswer(); break;
 * }
 * }</pre>
 *
 * <h2>Flow and decisions</h2>
 * <ol>
 *   <li><b>Consent</b>: {@code consentPolicy.decide(subject, purpose, {CONVERSATION_CONTENT})} with the purpose
 *       {@link Purpose#AI_ASSISTED_ANSWERING} (configurable). Not allowed: {@code BLOCKED_NO_CONSENT}, the model is
 *       not called and nothing is pseudonymized (no vault entry is created); the escalation policy is evaluated with
 *       {@code consentDeclined=true} so the result carries a hand-off for a person. Categories other than
 *       conversation content never reach the model: every detected value is pseudonymized in step 3.</li>
 *   <li><b>Input escalation</b>: the escalation policy on the history plus the new turn. An action at or above
 *       {@link Builder#escalateOn} (default {@code ESCALATE_NOW}) ends the turn {@code ESCALATED} with the hand-off,
 *       without calling the model. A lower action (e.g. {@code OFFER_HUMAN}) is in the result and the model answers.</li>
 *   <li><b>Pseudonymization</b> of the system prompt, every history message and the turn, in one
 *       {@link ConversationScope}, with the request's {@link dev.privacyai.pseudonym.SubjectProfile}. Each customer
 *       message is read with the assistant message before it as the prompt it answers; when a customer gave a number
 *       in chunks ("4111 1111", then after "and the rest?" "1111 1111"), the request for the number is carried over
 *       the assistant's short "go on" so that every chunk is pseudonymized as part of the number (see
 *       {@code Detectors.promptedNumbers()}; needs the raw history, not a pseudonymized one).</li>
 *   <li>The {@link GuardInterceptor}s (first added outermost), then the <b>model</b>.</li>
 *   <li><b>Reply screen</b>: {@link dev.privacyai.pseudonym.Reidentifier#check} finds personal data in the reply that
 *       is not of this conversation (the model's training, or invention); each is replaced with {@code [TYPE]}
 *       (types in {@link Builder#replyScreenIgnores}, by default {@code DATE}, are left).</li>
 *   <li><b>Re-identification</b> of the screened reply under the pseudonymizer's reidentification policy (cards,
 *       IBANs, SSNs masked; CVVs and secrets withheld by default).</li>
 *   <li><b>Reply escalation</b>: {@code ASSISTANT_OVERCOMMITTED} when the reply commits to what only a person may
 *       (guarantees, approved refunds, waived fees, legal advice; default action {@code ESCALATE_NOW}), and the
 *       policy's {@code ASSISTANT_FALLBACKS} when the reply is one more fallback in a row. At or above
 *       {@code escalateOn}, a blocking turn ends {@code ESCALATED}: the reply is withheld and a hand-off is built.
 *       A streamed reply was already delivered; the result still says {@code ESCALATED} with the hand-off.</li>
 *   <li><b>Audit</b>: one {@link AuditEvent} per step plus a {@code TURN} event, delivered to every sink and to
 *       {@link #kpis()} before the result is returned: steps 1-3 as soon as they are done (before the model call),
 *       the rest with the {@code TURN} event.</li>
 * </ol>
 *
 * <h2>Two phases</h2>
 * {@link #begin} runs steps 1-3 and returns a {@link PreparedTurn}; its completion runs steps 4-8.
 * {@link #handle} and {@link #handleStreaming} are {@code begin} plus {@link PreparedTurn#complete(ModelClient)} /
 * {@link PreparedTurn#completeStreaming}, so both paths give the same decisions, events and KPIs. With a model the
 * host called itself ({@link PreparedTurn#complete(String)}, {@link PreparedTurn#replyStream}) the interceptors run
 * on the reply after the fact and the {@code MODEL_CALL} event has duration 0; an open turn that is abandoned ends
 * with {@code TURN ABANDONED}. A {@link TurnRequest#historyPseudonymized() pseudonymized history} is sent as it is
 * ({@code PSEUDONYMIZATION} reason {@code HISTORY_AS_SENT}).
 *
 * <h2>Defaults</h2>
 * Redactor {@link DefaultRedactor#withDefaults()}; pseudonymizer {@link DefaultPseudonymizer} over that redactor with
 * an {@link InMemoryTokenVault#withGeneratedKey()} (mappings and their key live only as long as this JVM: use a
 * {@code FileTokenVault} with a managed key to re-identify across restarts); consent {@link DefaultConsentPolicy}
 * over a new, empty {@link InMemoryConsentLedger} (so every customer is unknown and AI answering is denied until the
 * host records consent: pass the host's ledger with {@link Builder#consentLedger}, and record with
 * {@link ConsentFlags}); escalation {@link DefaultEscalationPolicy#withDefaults()}; hand-offs
 * {@link Handoffs} over the redactor plus the request's profile forms, for role {@code "agent"} with
 * {@link AgentVisibility#none()} (sees no personal data); audit
 * {@link Slf4jAuditSink} when no sink is added; audit ids hashed with a generated HMAC-SHA256 PRF key (refs are
 * linkable only within this JVM unless the host supplies the key).
 *
 * <p>Fail closed: an exception in any step, the model, an interceptor or a sink gives a {@link GuardException}
 * naming the step and the exception class; the events recorded so far plus a {@code TURN FAILED} event are still
 * delivered. Immutable and thread-safe when its components are.
 */
public final class DefaultConversationGuard implements ConversationGuard {

    private final Redactor redactor;
    private final Pseudonymizer pseudonymizer;
    private final ConsentPolicy consentPolicy;
    private final EscalationPolicy escalationPolicy;
    private final Handoffs handoffs;
    private final AgentVisibility agentVisibility;
    private final String agentRole;
    private final List<AuditSink> sinks;
    private final GuardKpis kpis = new GuardKpis();
    private final KeyedRefs refs;
    private final Clock clock;
    private final Purpose purpose;
    private final List<GuardInterceptor> interceptors;
    private final List<String> interceptorNames;
    private final ReplyCommitments commitments;
    private final EscalationDecision.Action escalateOn;
    private final EscalationDecision.Action overcommitmentAction;
    private final Set<EntityType> replyScreenIgnores;
    private final boolean ownPseudonymizer;

    private DefaultConversationGuard(Builder b) {
        this.redactor = b.redactor != null ? b.redactor : DefaultRedactor.withDefaults();
        this.ownPseudonymizer = b.pseudonymizer == null;
        this.pseudonymizer = b.pseudonymizer != null ? b.pseudonymizer
                : DefaultPseudonymizer.builder().redactor(redactor).vault(InMemoryTokenVault.withGeneratedKey()).build();
        this.consentPolicy = b.consentPolicy != null ? b.consentPolicy : DefaultConsentPolicy.builder()
                .ledger(b.consentLedger != null ? b.consentLedger : new InMemoryConsentLedger()).clock(b.clock).build();
        this.escalationPolicy = b.escalationPolicy != null ? b.escalationPolicy : DefaultEscalationPolicy.withDefaults();
        this.handoffs = b.handoffs;
        this.agentVisibility = b.agentVisibility;
        this.agentRole = b.agentRole;
        this.sinks = List.copyOf(b.sinks.isEmpty() ? List.of(new Slf4jAuditSink()) : b.sinks);
        this.refs = new KeyedRefs(b.auditKey);
        this.clock = b.clock;
        this.purpose = b.purpose;
        this.interceptors = List.copyOf(b.interceptors);
        List<String> names = new ArrayList<>();
        for (GuardInterceptor i : interceptors) {
            names.add(safeName(i.name()));
        }
        this.interceptorNames = List.copyOf(names);
        this.commitments = new ReplyCommitments(b.commitmentPhrases);
        this.escalateOn = b.escalateOn;
        this.overcommitmentAction = b.overcommitmentAction;
        this.replyScreenIgnores = Set.copyOf(b.replyScreenIgnores);
    }

    /** A builder with the defaults described in the class comment. */
    public static Builder builder() {
        return new Builder();
    }

    /** The in-process KPI counters of this guard (always attached, whatever sinks are configured). */
    public GuardKpis kpis() {
        return kpis;
    }

    /** The pseudonymizer the guard uses (e.g. to erase a subject's mappings). */
    public Pseudonymizer pseudonymizer() {
        return pseudonymizer;
    }

    @Override
    public PreparedTurn begin(TurnRequest request) {
        Objects.requireNonNull(request, "request");
        Turn t = new Turn(request, System.nanoTime());
        try {
            return prepare(t);
        } catch (GuardException e) {
            throw e;
        } catch (RuntimeException e) {
            throw fail(t, e);
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    /** Per-turn state. */
    private final class Turn {
        final TurnRequest req;
        final ConversationScope scope;
        final String conversationRef;
        final String subjectRef;
        final int index;
        final long start;
        final List<AuditEvent> events = new ArrayList<>(12);
        int delivered;
        String step = "CONSENT";

        Turn(TurnRequest req, long start) {
            this.req = req;
            this.start = start;
            this.scope = req.scope();
            this.conversationRef = refs.ref('c', scope.conversationId());
            this.subjectRef = refs.ref('s', scope.subjectId());
            int n = 0;
            for (ChatMessage m : req.history()) {
                if (m.role() == ChatMessage.Role.USER) {
                    n++;
                }
            }
            this.index = n;
        }

        AuditEvent event(Step s, String name, String outcome, List<String> reasons, Map<EntityType, Integer> counts,
                         long startNanos) {
            AuditEvent e = AuditEvent.builder(s, outcome).timestamp(clock.instant()).refs(conversationRef, subjectRef)
                    .turn(index).name(name == null ? s.name() : name).reasons(reasons).counts(counts)
                    .durationNanos(startNanos == 0 ? 0 : Math.max(0, System.nanoTime() - startNanos)).build();
            events.add(e);
            return e;
        }
    }

    /** State of the model call through the interceptor chain. */
    private static final class Call {
        List<ChatMessage> modelInput = List.of();
        boolean modelCalled;
        long modelStart;
        long modelNanos;
        String failure;
        final String[] outcomes;
        final String[] reasons;
        final long[] nanos;
        StreamScreen screen;

        Call(int interceptors) {
            outcomes = new String[interceptors];
            reasons = new String[interceptors];
            nanos = new long[interceptors];
        }
    }

    /** The end of the interceptor chain: the model, or the reply of a model the host already called. */
    @FunctionalInterface
    private interface Terminal {
        String reply(List<ChatMessage> input);
    }

    /** Audits {@code TURN FAILED} for {@code e} and returns the exception to throw. */
    private GuardException fail(Turn t, Throwable e) {
        String cls = safeName(e.getClass().getSimpleName());
        t.event(Step.TURN, null, "FAILED", List.of(t.step, cls), Map.of(), t.start);
        deliver(t);
        return new GuardException(t.step + " failed: " + cls, e);
    }

    /** Steps 1-3: consent, input escalation, pseudonymization. Ends the turn when the model may not be called. */
    private Prepared prepare(Turn t) {
        TurnRequest req = t.req;
        EscalationSignals signals = req.signals();
        long turnStart = t.start;
        // 1. consent
        long s0 = System.nanoTime();
        ConsentDecision consent = consentPolicy.decide(SubjectId.of(t.scope.subjectId()), purpose,
                Set.of(DataCategory.CONVERSATION_CONTENT));
        t.event(Step.CONSENT, purpose.name(), consent.outcome().name(), List.of(consent.reason().name()), Map.of(), s0);
        Conversation conversation = conversation(req);
        if (!consent.allowed()) {
            t.step = "INPUT_ESCALATION";
            s0 = System.nanoTime();
            EscalationSignals declined = declined(signals);
            EscalationDecision d = escalationPolicy.evaluate(conversation, declined);
            escalationEvent(t, Step.INPUT_ESCALATION, d, s0);
            Handoff h = handoff(t, conversation, declined, d);
            return new Prepared(t, finish(t, TurnResult.builder(TurnResult.Action.BLOCKED_NO_CONSENT, consent)
                    .inputEscalation(d).handoff(h), List.of(consent.reason().name()), turnStart));
        }
        // 2. input escalation
        t.step = "INPUT_ESCALATION";
        s0 = System.nanoTime();
        EscalationDecision input = escalationPolicy.evaluate(conversation, signals);
        escalationEvent(t, Step.INPUT_ESCALATION, input, s0);
        if (input.action().compareTo(escalateOn) >= 0) {
            Handoff h = handoff(t, conversation, signals, input);
            return new Prepared(t, finish(t, TurnResult.builder(TurnResult.Action.ESCALATED, consent)
                    .inputEscalation(input).handoff(h), codes(input), turnStart));
        }
        // 3. pseudonymization
        t.step = "PSEUDONYMIZATION";
        s0 = System.nanoTime();
        Map<EntityType, Integer> counts = new TreeMap<>();
        List<ChatMessage> messages = new ArrayList<>(req.history().size() + 2);
        RedactionContext ctx = req.context();
        if (req.systemPrompt().isPresent()) {
            messages.add(ChatMessage.system(pseudonymize(t, req.systemPrompt().get(), ctx, counts).text()));
        }
        String previousAssistant = null;
        String answeredInPart = null; // the prompt the last customer message answered with part of a number
        boolean asSent = req.historyPseudonymized();
        for (ChatMessage m : req.history()) {
            if (asSent) {
                messages.add(m); // already as the model received it
            } else if (m.role() == ChatMessage.Role.USER) {
                String prompt = promptFor(previousAssistant, answeredInPart);
                RedactionContext c = prompt != null ? ctx.toBuilder().previousAssistantPrompt(prompt).build() : ctx;
                PseudonymizationResult r = pseudonymize(t, m.text(), c, counts);
                messages.add(m.withText(r.text()));
                answeredInPart = r.findings().stream().anyMatch(f -> PROMPTED_NUMBER.equals(f.detector()))
                        ? prompt : null;
            } else {
                messages.add(m.withText(pseudonymize(t, m.text(), ctx, counts).text()));
            }
            if (m.role() == ChatMessage.Role.ASSISTANT) {
                previousAssistant = m.text();
            }
        }
        String prompt = promptFor(previousAssistant, answeredInPart);
        RedactionContext current = prompt != null ? ctx.toBuilder().previousAssistantPrompt(prompt).build() : ctx;
        PseudonymizationResult turn = pseudonymize(t, req.text(), current, counts);
        messages.add(ChatMessage.user(turn.text()));
        t.event(Step.PSEUDONYMIZATION, null, counts.isEmpty() ? "NOTHING_FOUND" : "PSEUDONYMIZED",
                asSent && !req.history().isEmpty() ? List.of("HISTORY_AS_SENT") : List.of(), counts, s0);
        // the first half is audited now: a turn that is never completed still leaves its decisions
        deliver(t);
        return new Prepared(t, consent, input, conversation, turn, counts, Collections.unmodifiableList(messages));
    }

    /**
     * Steps 4-8: interceptors and the model (or the reply of a model the host called: {@code hostCalled}), reply
     * screen, re-identification, reply escalation, audit. {@code screen} is set for streamed replies.
     */
    private TurnResult respond(Prepared p, Terminal terminal, StreamScreen screen, boolean hostCalled) {
        Turn t = p.t;
        TurnRequest req = t.req;
        EscalationSignals signals = req.signals();
        ConsentDecision consent = p.consent;
        EscalationDecision input = p.input;
        Conversation conversation = p.conversation;
        PseudonymizationResult turn = p.turn;
        Map<EntityType, Integer> counts = p.counts;
        List<ChatMessage> sent = p.sent;
        long turnStart = t.start;
        long s0;
        // 4. interceptors and the model
        t.step = "MODEL_CALL";
        Call call = new Call(interceptors.size());
        call.screen = screen;
        ModelResponse response;
        try {
            response = new RealChain(0, t.scope, call, terminal).proceed(sent);
        } finally {
            if (hostCalled && !call.modelCalled && call.failure == null) {
                // an interceptor answered or blocked without proceeding, but the host's model was called already
                call.modelCalled = true;
                call.modelInput = sent;
            }
            for (int i = 0; i < interceptors.size(); i++) {
                if (call.outcomes[i] != null) {
                    t.event(Step.INTERCEPTOR, interceptorNames.get(i), call.outcomes[i],
                            call.reasons[i] == null ? List.of() : List.of(call.reasons[i]), Map.of(), 0);
                }
            }
            if (call.modelCalled) {
                t.event(Step.MODEL_CALL, null, call.failure == null ? "REPLIED" : "FAILED",
                        call.failure == null ? List.of() : List.of(call.failure), Map.of(), 0);
                // the host timed its own model call
                replaceLastNanos(t, hostCalled ? 0 : call.modelNanos);
            }
        }
        TurnResult.Builder result;
        if (response.isBlocked()) {
            String code = response.blockedReason().orElseThrow();
            result = TurnResult.builder(TurnResult.Action.BLOCKED, consent).inputEscalation(input)
                    .blockedReason(code).modelInput(call.modelInput).findings(turn.findings())
                    .pseudonymizedCounts(counts);
            if (call.screen != null) {
                call.screen.finish();
                result.modelReply(call.screen.raw()).reply(call.screen.sent().isEmpty() ? null : call.screen.sent());
            }
            return finish(t, result, List.of(code), turnStart);
        }
        String modelReply = response.text().orElseThrow();
        // 5./6. reply screen and re-identification
        String reply;
        List<ReplyFinding> replyFindings;
        if (call.screen != null) {
            t.step = "REPLY_SCREEN";
            s0 = System.nanoTime();
            call.screen.finish();
            replyFindings = List.copyOf(call.screen.findings());
            screenEvent(t, replyFindings, s0);
            t.event(Step.REIDENTIFICATION, null, call.screen.replacedCount() > 0 ? "REIDENTIFIED" : "NOTHING_TO_DO",
                    List.of(), Map.of(), 0);
            reply = call.screen.sent();
            // an interceptor may have replaced the reply after it was streamed; what counts is what was streamed
            modelReply = call.screen.raw();
        } else {
            t.step = "REPLY_SCREEN";
            s0 = System.nanoTime();
            // the pseudonymizer's check() builds the conversation's mapping view and runs the redactor; when the
            // guard owns the pseudonymizer (same redactor) and the redactor finds nothing, the reply has no
            // unseen personal data and re-identification reports unknown placeholders itself
            boolean suspect = !ownPseudonymizer || !redactor.analyze(modelReply).isEmpty();
            replyFindings = suspect ? screened(pseudonymizer.reidentifier().check(modelReply, t.scope)) : List.of();
            String screened = redactLeaks(modelReply, replyFindings);
            t.step = "REIDENTIFICATION";
            long s1 = System.nanoTime();
            ReidentificationResult re = pseudonymizer.reidentifier().reidentify(screened, t.scope);
            if (!suspect) {
                replyFindings = re.findings();
            }
            t.step = "REPLY_SCREEN";
            screenEvent(t, replyFindings, s0, s1);
            t.step = "REIDENTIFICATION";
            s0 = s1;
            t.event(Step.REIDENTIFICATION, null, re.replacedCount() > 0 ? "REIDENTIFIED" : "NOTHING_TO_DO", List.of(),
                    Map.of(), s0);
            reply = re.text();
        }
        // 7. reply escalation
        t.step = "REPLY_ESCALATION";
        s0 = System.nanoTime();
        String screenedForPolicy = redactLeaks(modelReply, replyFindings);
        EscalationDecision replyDecision = replyEscalation(conversation, screenedForPolicy, signals, input);
        escalationEvent(t, Step.REPLY_ESCALATION, replyDecision, s0);
        result = TurnResult.builder(TurnResult.Action.ANSWERED, consent).inputEscalation(input)
                .replyEscalation(replyDecision).modelInput(call.modelInput).modelReply(modelReply)
                .findings(turn.findings()).pseudonymizedCounts(counts).replyFindings(replyFindings);
        if (replyDecision.action().compareTo(escalateOn) >= 0) {
            Handoff h = handoff(t, conversation, signals, replyDecision);
            TurnResult.Builder esc = TurnResult.builder(TurnResult.Action.ESCALATED, consent).inputEscalation(input)
                    .replyEscalation(replyDecision).modelInput(call.modelInput).modelReply(modelReply)
                    .findings(turn.findings()).pseudonymizedCounts(counts).replyFindings(replyFindings).handoff(h)
                    .reply(call.screen != null ? reply : null);
            return finish(t, esc, codes(replyDecision), turnStart);
        }
        return finish(t, result.reply(reply), List.of(), turnStart);
    }

    /** The detector name of {@code Detectors.promptedNumbers()}: digits answering a request for a number. */
    static final String PROMPTED_NUMBER = "prompted-number";
    private static final int MAX_CONTINUATION = 80;
    /** An acknowledgement this short ("Thanks.", "Got it.", "Okay.") that asks nothing lets the customer go on. */
    private static final int MAX_ACKNOWLEDGEMENT = 25;
    private static final List<String> CONTINUATIONS = List.of("rest", "remaining", "continue", "go on", "go ahead",
            "next digits", "next part", "next four", "and then", "carry on", "keep going", "mhm", "uh-huh");

    /**
     * The assistant prompt a customer message answers: the last assistant message, or, when the previous customer
     * message gave only part of a number that was asked for ("4111 1111") and the assistant then only asked to go on
     * ("Thanks, and the rest?"), the request for the number followed by that message, so that the next chunk
     * ("1111 1111") is read as part of the same number.
     */
    static String promptFor(String lastAssistant, String answeredInPart) {
        if (answeredInPart == null || lastAssistant == null || !continuation(lastAssistant)) {
            return lastAssistant;
        }
        return answeredInPart + "\n" + lastAssistant;
    }

    /**
     * A short assistant message that asks for nothing new: one that asks to go on ("and the rest?", "please
     * continue"), or a bare acknowledgement without a question.
     */
    private static boolean continuation(String assistant) {
        if (assistant.length() > MAX_CONTINUATION) {
            return false;
        }
        if (assistant.length() <= MAX_ACKNOWLEDGEMENT && assistant.indexOf('?') < 0) {
            return true;
        }
        String lower = assistant.toLowerCase(java.util.Locale.ROOT);
        for (String c : CONTINUATIONS) {
            int i = lower.indexOf(c);
            if (i >= 0 && (i == 0 || !Character.isLetter(lower.charAt(i - 1)))
                    && (i + c.length() == lower.length() || !Character.isLetter(lower.charAt(i + c.length())))) {
                return true;
            }
        }
        return false;
    }

    private static void replaceLastNanos(Turn t, long nanos) {
        AuditEvent e = t.events.remove(t.events.size() - 1);
        t.events.add(AuditEvent.builder(e.step(), e.outcome()).timestamp(e.timestamp())
                .refs(e.conversationRef(), e.subjectRef()).turn(e.turn()).name(e.name()).reasons(e.reasons())
                .counts(e.counts()).durationNanos(nanos).build());
    }

    private PseudonymizationResult pseudonymize(Turn t, String text, RedactionContext ctx,
                                                Map<EntityType, Integer> counts) {
        PseudonymizationResult r = pseudonymizer.pseudonymize(text, t.scope, ctx, t.req.profile());
        for (Map.Entry<EntityType, Integer> e : r.countsByType().entrySet()) {
            counts.merge(e.getKey(), e.getValue(), Integer::sum);
        }
        return r;
    }

    private List<ReplyFinding> screened(List<ReplyFinding> found) {
        if (replyScreenIgnores.isEmpty()) {
            return found;
        }
        List<ReplyFinding> out = new ArrayList<>(found.size());
        for (ReplyFinding f : found) {
            if (f.kind() != ReplyFinding.Kind.UNSEEN_PERSONAL_DATA || !replyScreenIgnores.contains(f.entityType())) {
                out.add(f);
            }
        }
        return out;
    }

    private void screenEvent(Turn t, List<ReplyFinding> findings, long s0) {
        screenEvent(t, findings, s0, System.nanoTime());
    }

    private void screenEvent(Turn t, List<ReplyFinding> findings, long s0, long end) {
        Map<EntityType, Integer> leaks = new TreeMap<>();
        int unknown = 0;
        for (ReplyFinding f : findings) {
            if (f.kind() == ReplyFinding.Kind.UNSEEN_PERSONAL_DATA) {
                leaks.merge(f.entityType(), 1, Integer::sum);
            } else {
                unknown++;
            }
        }
        t.event(Step.REPLY_SCREEN, null, leaks.isEmpty() ? "CLEAN" : "REDACTED",
                unknown == 0 ? List.of() : List.of("UNKNOWN_PLACEHOLDER"), leaks, 0);
        replaceLastNanos(t, Math.max(0, end - s0));
    }

    /** Replaces every UNSEEN_PERSONAL_DATA span with {@code [TYPE]}. */
    static String redactLeaks(String reply, List<ReplyFinding> findings) {
        StringBuilder sb = null;
        int pos = 0;
        for (ReplyFinding f : findings) {
            if (f.kind() != ReplyFinding.Kind.UNSEEN_PERSONAL_DATA || f.start() < pos || f.end() > reply.length()) {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(reply.length());
            }
            sb.append(reply, pos, f.start()).append('[').append(f.entityType().name()).append(']');
            pos = f.end();
        }
        if (sb == null) {
            return reply;
        }
        return sb.append(reply, pos, reply.length()).toString();
    }

    private EscalationDecision replyEscalation(Conversation conversation, String reply, EscalationSignals signals,
                                               EscalationDecision input) {
        List<EscalationReason> reasons = new ArrayList<>(2);
        EscalationDecision.Action action = EscalationDecision.Action.STAY_WITH_AI;
        int replyIndex = conversation.size();
        List<String> promised = commitments.find(reply);
        if (!promised.isEmpty()) {
            reasons.add(EscalationReason.of(EscalationReason.Code.ASSISTANT_OVERCOMMITTED,
                    "The assistant's reply commits to something only a person may decide or promise.",
                    prefixed("commitment phrase: ", promised), replyIndex));
            action = overcommitmentAction;
        }
        // only the assistant's side matters here (the customer's turns were evaluated before the model call):
        // evaluating the assistant turns alone keeps this step cheap
        List<ConversationTurn> assistant = new ArrayList<>();
        for (ConversationTurn turn : conversation.turns()) {
            if (turn.role() == ConversationTurn.Role.ASSISTANT) {
                assistant.add(turn);
            }
        }
        assistant.add(ConversationTurn.assistant(reply));
        EscalationDecision after = escalationPolicy.evaluate(Conversation.of(assistant),
                EscalationSignals.builder().channel(signals.channel()).customerTier(signals.customerTier()).build());
        if (after.hasReason(EscalationReason.Code.ASSISTANT_FALLBACKS)
                && !input.hasReason(EscalationReason.Code.ASSISTANT_FALLBACKS)) {
            for (EscalationReason r : after.reasons()) {
                if (r.code() == EscalationReason.Code.ASSISTANT_FALLBACKS) {
                    reasons.add(r);
                }
            }
            if (action.compareTo(EscalationDecision.Action.OFFER_HUMAN) < 0) {
                action = after.action().compareTo(EscalationDecision.Action.OFFER_HUMAN) >= 0
                        ? EscalationDecision.Action.OFFER_HUMAN : action;
            }
        }
        if (reasons.isEmpty()) {
            return EscalationDecision.stayWithAi();
        }
        if (action == EscalationDecision.Action.STAY_WITH_AI) {
            return EscalationDecision.of(action, reasons, EscalationDecision.Priority.LOW,
                    EscalationDecision.Queue.GENERAL);
        }
        return EscalationDecision.of(action, reasons, after.involvesHuman() && after.priority()
                .compareTo(EscalationDecision.Priority.NORMAL) > 0 ? after.priority() : EscalationDecision.Priority.NORMAL,
                EscalationDecision.Queue.GENERAL);
    }

    private static List<String> prefixed(String prefix, List<String> items) {
        List<String> out = new ArrayList<>(items.size());
        for (String s : items) {
            out.add(prefix + s);
        }
        return out;
    }

    private void escalationEvent(Turn t, Step step, EscalationDecision d, long s0) {
        t.event(step, null, d.action().name(), codes(d), Map.of(), s0);
    }

    private static List<String> codes(EscalationDecision d) {
        List<String> out = new ArrayList<>(d.reasons().size());
        for (EscalationReason r : d.reasons()) {
            if (!out.contains(r.code().name())) {
                out.add(r.code().name());
            }
        }
        return out;
    }

    private Handoff handoff(Turn t, Conversation conversation, EscalationSignals signals, EscalationDecision d) {
        String previous = t.step;
        t.step = "HANDOFF";
        long s0 = System.nanoTime();
        Handoffs factory = handoffs != null ? handoffs : Handoffs.builder()
                .redactor(new ProfileAwareRedactor(redactor, t.req.profile())).visibility(agentVisibility).build();
        Handoff h = factory.create(conversation, signals, d, agentRole);
        t.event(Step.HANDOFF, null, "PREPARED", List.of(d.queue().name(), d.priority().name()), h.redactedCounts(), s0);
        t.step = previous;
        return h;
    }

    private TurnResult finish(Turn t, TurnResult.Builder result, List<String> reasons, long turnStart) {
        TurnResult draft = result.build();
        t.event(Step.TURN, null, draft.action().name(), reasons, Map.of(), turnStart);
        deliver(t);
        return result.trail(t.events).build();
    }

    /** Delivers the events not delivered yet (a two-phase turn delivers in two batches). */
    private void deliver(Turn t) {
        List<AuditEvent> batch = List.copyOf(t.events.subList(t.delivered, t.events.size()));
        t.delivered = t.events.size();
        for (AuditEvent e : batch) {
            kpis.accept(e);
        }
        for (AuditSink sink : sinks) {
            try {
                for (AuditEvent e : batch) {
                    sink.accept(e);
                }
            } catch (RuntimeException e) {
                throw new GuardException("audit sink failed: " + safeName(e.getClass().getSimpleName()), e);
            }
        }
    }

    private static Conversation conversation(TurnRequest req) {
        List<ConversationTurn> turns = new ArrayList<>(req.history().size() + 1);
        for (ChatMessage m : req.history()) {
            turns.add(m.role() == ChatMessage.Role.USER ? ConversationTurn.customer(m.text())
                    : ConversationTurn.assistant(m.text()));
        }
        ConversationTurn current = ConversationTurn.customer(req.text());
        if (req.signals().intentLabel().isPresent()) {
            current = current.withIntent(req.signals().intentLabel().get());
        }
        turns.add(current);
        return Conversation.of(turns);
    }

    private static EscalationSignals declined(EscalationSignals s) {
        EscalationSignals.Builder b = EscalationSignals.builder().intentLabel(s.intentLabel().orElse(null))
                .intentAttempts(s.intentAttempts()).customerTier(s.customerTier()).channel(s.channel())
                .consentDeclined(true);
        if (s.modelConfidence().isPresent()) {
            b.modelConfidence(s.modelConfidence().getAsDouble());
        }
        return b.build();
    }

    static String safeName(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length() && sb.length() < 64; i++) {
            char c = name.charAt(i);
            sb.append((c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-')) ? c : '_');
        }
        return sb.length() == 0 ? "unnamed" : sb.toString();
    }

    /** The half-done turn {@link #begin} returns; see {@link PreparedTurn}. */
    private final class Prepared implements PreparedTurn {
        final Turn t;
        final ConsentDecision consent;
        final EscalationDecision input;
        final Conversation conversation;
        final PseudonymizationResult turn;
        final Map<EntityType, Integer> counts;
        /** The messages for the model; null when the turn ended in its first half. */
        final List<ChatMessage> sent;
        private final AtomicBoolean claimed;
        private volatile TurnResult result;
        private volatile String state;

        /** A turn that ended before the model call. */
        Prepared(Turn t, TurnResult ended) {
            this.t = t;
            this.consent = ended.consent();
            this.input = ended.inputEscalation().orElse(null);
            this.conversation = null;
            this.turn = null;
            this.counts = Map.of();
            this.sent = null;
            this.claimed = new AtomicBoolean(true);
            this.result = ended;
            this.state = "ENDED";
        }

        /** An open turn: the model may be called with {@code sent}. */
        Prepared(Turn t, ConsentDecision consent, EscalationDecision input, Conversation conversation,
                 PseudonymizationResult turn, Map<EntityType, Integer> counts, List<ChatMessage> sent) {
            this.t = t;
            this.consent = consent;
            this.input = input;
            this.conversation = conversation;
            this.turn = turn;
            this.counts = counts;
            this.sent = sent;
            this.claimed = new AtomicBoolean(false);
            this.state = "OPEN";
        }

        @Override
        public boolean modelMayBeCalled() {
            return sent != null;
        }

        @Override
        public List<ChatMessage> messages() {
            if (sent == null) {
                throw new IllegalStateException("the model may not be called for this turn: see result()");
            }
            return sent;
        }

        @Override
        public Optional<TurnResult> result() {
            return Optional.ofNullable(result);
        }

        @Override
        public TurnResult complete(String modelReply) {
            Objects.requireNonNull(modelReply, "modelReply");
            claim();
            return run(hostCalled(modelReply), null, true);
        }

        @Override
        public TurnResult complete(ModelClient model) {
            Objects.requireNonNull(model, "model");
            claim();
            return run(input -> Objects.requireNonNull(model.complete(input), "model returned null"), null, false);
        }

        @Override
        public TurnResult completeStreaming(StreamingModelClient model, ChunkSink toCustomer) {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(toCustomer, "toCustomer");
            claim();
            StreamScreen screen = screen(toCustomer);
            return run(input -> {
                model.stream(input, chunk -> screen.push(Objects.requireNonNull(chunk, "chunk")));
                return screen.raw();
            }, screen, false);
        }

        @Override
        public ReplyStream replyStream(ChunkSink toCustomer) {
            Objects.requireNonNull(toCustomer, "toCustomer");
            claim();
            return new HostStream(this, screen(toCustomer));
        }

        @Override
        public void abandon() {
            if (sent == null || !claimed.compareAndSet(false, true)) {
                return;
            }
            state = "ABANDONED";
            t.event(Step.TURN, null, "ABANDONED", List.of(), Map.of(), t.start);
            deliver(t);
        }

        private void claim() {
            if (sent == null) {
                throw new IllegalStateException("the model may not be called for this turn: see result()");
            }
            if (!claimed.compareAndSet(false, true)) {
                throw new IllegalStateException("the turn was already completed or abandoned");
            }
            t.step = "MODEL_CALL";
        }

        /** The reply of the model the host called; the messages must be the ones it received. */
        private Terminal hostCalled(String reply) {
            return input -> {
                if (!input.equals(sent)) {
                    throw new MessagesChangedAfterModelCall();
                }
                return reply;
            };
        }

        private StreamScreen screen(ChunkSink toCustomer) {
            try {
                return new StreamScreen(pseudonymizer.reidentifier(), t.scope, toCustomer, replyScreenIgnores,
                        ownPseudonymizer ? redactor : null);
            } catch (RuntimeException e) {
                state = "FAILED";
                throw fail(t, e);
            }
        }

        TurnResult run(Terminal terminal, StreamScreen screen, boolean hostCalled) {
            try {
                TurnResult r = respond(this, terminal, screen, hostCalled);
                result = r;
                state = "COMPLETED";
                return r;
            } catch (GuardException e) {
                state = "FAILED";
                throw e;
            } catch (RuntimeException e) {
                state = "FAILED";
                throw fail(t, e);
            }
        }

        /** The host's streaming model failed (or screening its chunks did). */
        GuardException modelFailed(Throwable cause) {
            state = "FAILED";
            t.event(Step.MODEL_CALL, null, "FAILED", List.of(safeName(cause.getClass().getSimpleName())), Map.of(),
                    0);
            try {
                return fail(t, cause);
            } catch (GuardException sinkFailed) {
                return sinkFailed;
            }
        }

        /** State, turn index and counts only. */
        @Override
        public String toString() {
            TurnResult r = result;
            return "PreparedTurn{" + state + ", turn=" + t.index + ", messages=" + (sent == null ? 0 : sent.size())
                    + ", pseudonymized=" + counts + (r == null ? "" : ", " + r.action()) + "}";
        }
    }

    /** A reply the host's model streams; see {@link ReplyStream}. */
    private static final class HostStream implements ReplyStream {
        private final Prepared turn;
        private final StreamScreen screen;
        private boolean done;
        private long chars;

        HostStream(Prepared turn, StreamScreen screen) {
            this.turn = turn;
            this.screen = screen;
        }

        @Override
        public void accept(String chunk) {
            Objects.requireNonNull(chunk, "chunk");
            open();
            try {
                screen.push(chunk);
                chars += chunk.length();
            } catch (RuntimeException e) {
                done = true;
                throw turn.modelFailed(e);
            }
        }

        @Override
        public TurnResult finish() {
            open();
            done = true;
            return turn.run(input -> {
                if (!input.equals(turn.sent)) {
                    throw new MessagesChangedAfterModelCall();
                }
                return screen.raw();
            }, screen, true);
        }

        @Override
        public GuardException fail(Throwable cause) {
            Objects.requireNonNull(cause, "cause");
            open();
            done = true;
            return turn.modelFailed(cause);
        }

        private void open() {
            if (done) {
                throw new IllegalStateException("the reply stream already finished or failed");
            }
        }

        /** State and length only. */
        @Override
        public String toString() {
            return "ReplyStream{" + (done ? "done" : "open") + ", " + chars + " chars received}";
        }
    }

    /**
     * An interceptor passed on other messages than those the host's model already received (two-phase turns): the
     * guard cannot honour the change, so the turn fails. The class name is the audited reason.
     */
    static final class MessagesChangedAfterModelCall extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        MessagesChangedAfterModelCall() {
            super("an interceptor changed the messages after the host's model received them");
        }
    }

    /** The chain given to interceptor {@code index}. */
    private final class RealChain implements GuardInterceptor.Chain {
        private final int index;
        private final ConversationScope scope;
        private final Call call;
        private final Terminal terminal;
        private List<ChatMessage> messages;
        private boolean proceeded;
        private ModelResponse response;

        RealChain(int index, ConversationScope scope, Call call, Terminal terminal) {
            this.index = index;
            this.scope = scope;
            this.call = call;
            this.terminal = terminal;
        }

        @Override
        public List<ChatMessage> messages() {
            return messages;
        }

        @Override
        public ConversationScope scope() {
            return scope;
        }

        @Override
        public boolean streaming() {
            return call.screen != null;
        }

        @Override
        public ModelResponse proceed(List<ChatMessage> next) {
            if (proceeded) {
                throw new IllegalStateException("proceed() may be called once");
            }
            proceeded = true;
            messages = List.copyOf(Objects.requireNonNull(next, "messages"));
            if (index == interceptors.size()) {
                response = callModel(messages);
                return response;
            }
            RealChain inner = new RealChain(index + 1, scope, call, terminal);
            inner.messages = messages;
            long s0 = System.nanoTime();
            ModelResponse r = Objects.requireNonNull(interceptors.get(index).intercept(inner),
                    "interceptor returned null");
            call.nanos[index] = System.nanoTime() - s0;
            if (r.isBlocked()) {
                call.outcomes[index] = "BLOCKED";
                call.reasons[index] = r.blockedReason().orElseThrow();
            } else if (!inner.proceeded) {
                call.outcomes[index] = "ANSWERED";
            } else {
                call.outcomes[index] = r.equals(inner.response) ? "PASSED" : "REPLACED";
            }
            response = r;
            return r;
        }

        private ModelResponse callModel(List<ChatMessage> input) {
            call.modelInput = input;
            call.modelCalled = true;
            long s0 = System.nanoTime();
            try {
                return ModelResponse.reply(terminal.reply(input));
            } catch (RuntimeException e) {
                call.failure = safeName(e.getClass().getSimpleName());
                throw e;
            } finally {
                call.modelNanos = System.nanoTime() - s0;
            }
        }
    }

    @Override
    public String toString() {
        return "DefaultConversationGuard{purpose=" + purpose + ", interceptors=" + interceptorNames + ", sinks="
                + sinks.size() + ", escalateOn=" + escalateOn + "}";
    }

    /** Builds a {@link DefaultConversationGuard}. Not thread-safe; the built guard is. */
    public static final class Builder {
        private Redactor redactor;
        private Pseudonymizer pseudonymizer;
        private ConsentPolicy consentPolicy;
        private ConsentLedger consentLedger;
        private EscalationPolicy escalationPolicy;
        private Handoffs handoffs;
        private AgentVisibility agentVisibility = AgentVisibility.none();
        private String agentRole = "agent";
        private final List<AuditSink> sinks = new ArrayList<>();
        private final List<GuardInterceptor> interceptors = new ArrayList<>();
        private KeysetHandle auditKey;
        private Clock clock = Clock.systemUTC();
        private Purpose purpose = Purpose.AI_ASSISTED_ANSWERING;
        private List<String> commitmentPhrases = ReplyCommitments.DEFAULT_PHRASES;
        private EscalationDecision.Action escalateOn = EscalationDecision.Action.ESCALATE_NOW;
        private EscalationDecision.Action overcommitmentAction = EscalationDecision.Action.ESCALATE_NOW;
        private Set<EntityType> replyScreenIgnores = Set.of(EntityType.DATE);

        private Builder() {
        }

        /**
         * Entity types the reply screen leaves in the reply although the conversation never had them; default
         * {@code DATE} ("today", "by 3 March": the model's own dates are not personal data;
         * {@code DATE_OF_BIRTH} is still redacted). An empty set screens every type.
         */
        public Builder replyScreenIgnores(Set<EntityType> types) {
            this.replyScreenIgnores = Set.copyOf(types);
            return this;
        }

        /** Finds personal data (for the default pseudonymizer and hand-offs); default {@link DefaultRedactor}. */
        public Builder redactor(Redactor redactor) {
            this.redactor = Objects.requireNonNull(redactor, "redactor");
            return this;
        }

        /** Pseudonymizes and re-identifies; default a {@link DefaultPseudonymizer} with an in-memory vault. */
        public Builder pseudonymizer(Pseudonymizer pseudonymizer) {
            this.pseudonymizer = Objects.requireNonNull(pseudonymizer, "pseudonymizer");
            return this;
        }

        /** Decides consent; wins over {@link #consentLedger}. */
        public Builder consentPolicy(ConsentPolicy policy) {
            this.consentPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** The ledger for the default {@link DefaultConsentPolicy}; default a new, empty in-memory ledger. */
        public Builder consentLedger(ConsentLedger ledger) {
            this.consentLedger = Objects.requireNonNull(ledger, "ledger");
            return this;
        }

        /** Decides escalation; default {@link DefaultEscalationPolicy#withDefaults()}. */
        public Builder escalationPolicy(EscalationPolicy policy) {
            this.escalationPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Builds hand-offs instead of the default: {@link Handoffs} over the guard's redactor plus the request's
         * {@link dev.privacyai.pseudonym.SubjectProfile} forms (so the customer's name is redacted too) with
         * {@link #agentVisibility}. A host-supplied {@code Handoffs} does not know the profile.
         */
        public Builder handoffs(Handoffs handoffs) {
            this.handoffs = Objects.requireNonNull(handoffs, "handoffs");
            return this;
        }

        /** Which types the agent role may see in default hand-offs; default {@link AgentVisibility#none()}. */
        public Builder agentVisibility(AgentVisibility visibility) {
            this.agentVisibility = Objects.requireNonNull(visibility, "visibility");
            return this;
        }

        /** The agent role hand-offs are prepared for; default {@code "agent"}. */
        public Builder agentRole(String role) {
            this.agentRole = Objects.requireNonNull(role, "role");
            return this;
        }

        /** Adds an audit sink; with none, a {@link Slf4jAuditSink} is used. */
        public Builder auditSink(AuditSink sink) {
            sinks.add(Objects.requireNonNull(sink, "sink"));
            return this;
        }

        /** Adds an interceptor around the model call; the first added is outermost. */
        public Builder interceptor(GuardInterceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        /** The PRF keyset (HMAC_SHA256_PRF) that hashes ids in audit events; default generated per guard. */
        public Builder auditKey(KeysetHandle prfKeyset) {
            this.auditKey = Objects.requireNonNull(prfKeyset, "prfKeyset");
            return this;
        }

        /** The clock for audit timestamps and the default consent policy; default the system UTC clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The purpose consent is checked for; default {@link Purpose#AI_ASSISTED_ANSWERING}. */
        public Builder purpose(Purpose purpose) {
            this.purpose = Objects.requireNonNull(purpose, "purpose");
            return this;
        }

        /** Phrases in a reply that count as over-commitment (replaces the defaults; empty = off). */
        public Builder commitmentPhrases(List<String> phrases) {
            this.commitmentPhrases = List.copyOf(phrases);
            return this;
        }

        /**
         * The escalation action from which a turn ends {@code ESCALATED} (model not called, or reply withheld);
         * default {@code ESCALATE_NOW}. {@code OFFER_HUMAN} hands over on offers too.
         *
         * @throws IllegalArgumentException for {@code STAY_WITH_AI}
         */
        public Builder escalateOn(EscalationDecision.Action action) {
            if (Objects.requireNonNull(action, "action") == EscalationDecision.Action.STAY_WITH_AI) {
                throw new IllegalArgumentException("escalateOn must involve a person");
            }
            this.escalateOn = action;
            return this;
        }

        /** The action for an over-committing reply; default {@code ESCALATE_NOW}. */
        public Builder overcommitmentAction(EscalationDecision.Action action) {
            this.overcommitmentAction = Objects.requireNonNull(action, "action");
            return this;
        }

        /** Builds the guard. */
        public DefaultConversationGuard build() {
            return new DefaultConversationGuard(this);
        }
    }
}
