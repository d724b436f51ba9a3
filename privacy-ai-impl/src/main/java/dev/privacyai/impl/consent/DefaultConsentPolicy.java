package dev.privacyai.impl.consent;

import dev.privacyai.consent.ConsentDecision;
import dev.privacyai.consent.ConsentEvent;
import dev.privacyai.consent.ConsentOutcome;
import dev.privacyai.consent.ConsentPolicy;
import dev.privacyai.consent.ConsentReason;
import dev.privacyai.consent.DataCategory;
import dev.privacyai.consent.LegalBasis;
import dev.privacyai.consent.Purpose;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.consent.spi.ConsentLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static dev.privacyai.consent.DataCategory.ACCOUNT;
import static dev.privacyai.consent.DataCategory.CONTACT;
import static dev.privacyai.consent.DataCategory.CONVERSATION_CONTENT;
import static dev.privacyai.consent.DataCategory.DEMOGRAPHIC;
import static dev.privacyai.consent.DataCategory.IDENTITY;
import static dev.privacyai.consent.DataCategory.IDENTITY_DOCUMENT;
import static dev.privacyai.consent.DataCategory.HEALTH;
import static dev.privacyai.consent.DataCategory.LOCATION;
import static dev.privacyai.consent.DataCategory.ONLINE_IDENTIFIER;

/**
 * The default {@link ConsentPolicy}: per-purpose {@link PurposeRule}s over a {@link ConsentLedger}, deciding from
 * the history alone (no stored state), so any decision can be replayed as of any past time.
 *
 * <h2>Rules</h2>
 * <ol>
 *   <li>A purpose without a rule is {@link ConsentOutcome#DENIED} ({@link ConsentReason#NO_RULE}).</li>
 *   <li>A ledger that throws (any exception, typically
 *       {@link dev.privacyai.consent.spi.ConsentLedgerUnavailableException}) gives DENIED
 *       ({@link ConsentReason#LEDGER_UNAVAILABLE}, basis {@link LegalBasis#NONE}): fail closed.</li>
 *   <li>A purpose-wide withdrawal (or objection) at or after every grant gives DENIED
 *       ({@link ConsentReason#CONSENT_WITHDRAWN}), whatever the basis. At equal timestamps the withdrawal wins.
 *       A later grant re-grants.</li>
 *   <li>A subject with no event at or before the time is unknown: the rule's
 *       {@link PurposeRule#unknownSubject()} answer with {@link ConsentReason#UNKNOWN_SUBJECT} (NEEDS_CONSENT for
 *       consent-based rules, DENIED otherwise, by default).</li>
 *   <li>Consent-based rules: allowed ({@link ConsentReason#CONSENT_GRANTED}) while a grant covering the data is
 *       in force. A grant lapses at its {@code expiresAt} or at an EXPIRE event ({@link ConsentReason#CONSENT_EXPIRED});
 *       an ERASURE voids earlier grants ({@link ConsentReason#SUBJECT_ERASED}) but not earlier withdrawals;
 *       nothing granted gives {@link ConsentReason#NO_CONSENT}. All of these are NEEDS_CONSENT.</li>
 *   <li>Other bases: allowed ({@link ConsentReason#LEGAL_BASIS}) unless withdrawn.</li>
 *   <li>When allowed, {@link ConsentDecision#categoriesToRemove()} holds every requested category the rule does
 *       not permit, and every one not covered by a grant in force (consent rules) or withdrawn for the category
 *       (other rules).</li>
 * </ol>
 *
 * <h2>Default rules</h2>
 * <table>
 * <caption>Default purpose rules</caption>
 * <tr><th>Purpose</th><th>Basis</th><th>Permitted categories</th></tr>
 * <tr><td>AI_ASSISTED_ANSWERING</td><td>CONTRACT</td><td>CONTACT, IDENTITY, ACCOUNT, LOCATION, ONLINE_IDENTIFIER,
 *     CONVERSATION_CONTENT</td></tr>
 * <tr><td>HUMAN_AGENT_ASSIST</td><td>CONTRACT</td><td>the above plus DEMOGRAPHIC</td></tr>
 * <tr><td>RECORDING_RETENTION</td><td>LEGITIMATE_INTEREST</td><td>all well-known except FINANCIAL, CREDENTIALS,
 *     UNCLASSIFIED</td></tr>
 * <tr><td>QUALITY_ASSURANCE</td><td>LEGITIMATE_INTEREST</td><td>CONTACT, IDENTITY, ACCOUNT, LOCATION,
 *     DEMOGRAPHIC, ONLINE_IDENTIFIER, CONVERSATION_CONTENT</td></tr>
 * <tr><td>ANALYTICS</td><td>LEGITIMATE_INTEREST</td><td>CONVERSATION_CONTENT</td></tr>
 * <tr><td>MODEL_TRAINING</td><td>CONSENT</td><td>CONVERSATION_CONTENT</td></tr>
 * <tr><td>MARKETING</td><td>CONSENT</td><td>CONTACT, IDENTITY, LOCATION, DEMOGRAPHIC, ACCOUNT</td></tr>
 * <tr><td>THIRD_PARTY_SHARING</td><td>CONSENT</td><td>CONTACT, IDENTITY, CONVERSATION_CONTENT</td></tr>
 * </table>
 * FINANCIAL, IDENTITY_DOCUMENT, HEALTH, CREDENTIALS and UNCLASSIFIED are never permitted by a default rule
 * except RECORDING_RETENTION (identity documents and health data said in a call stay in its recording).
 * Hosts replace rules with {@link Builder#rule} or switch one to consent with {@link Builder#requireConsentFor}.
 *
 * <p>Thread-safe if the ledger is. Logs one DEBUG line per denial caused by a failure, with the exception class
 * only.
 */
public final class DefaultConsentPolicy implements ConsentPolicy {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultConsentPolicy.class);

    private final ConsentLedger ledger;
    private final Clock clock;
    private final Map<Purpose, PurposeRule> rules;

    private DefaultConsentPolicy(Builder b) {
        this.ledger = b.ledger;
        this.clock = b.clock;
        this.rules = Map.copyOf(b.rules);
    }

    /** A builder with the default rules, the system UTC clock and no ledger (required). */
    public static Builder builder() {
        return new Builder();
    }

    /** The default rules (see the class comment). */
    public static Map<Purpose, PurposeRule> defaultRules() {
        Set<DataCategory> assist = Set.of(CONTACT, IDENTITY, ACCOUNT, LOCATION, ONLINE_IDENTIFIER,
                CONVERSATION_CONTENT);
        Set<DataCategory> agent = new TreeSet<>(assist);
        agent.add(DEMOGRAPHIC);
        Set<DataCategory> recording = Set.of(CONTACT, IDENTITY, IDENTITY_DOCUMENT, HEALTH, ACCOUNT, LOCATION,
                DEMOGRAPHIC, ONLINE_IDENTIFIER, CONVERSATION_CONTENT);
        Map<Purpose, PurposeRule> m = new HashMap<>();
        m.put(Purpose.AI_ASSISTED_ANSWERING,
                PurposeRule.basedOn("default/AI_ASSISTED_ANSWERING", LegalBasis.CONTRACT, assist));
        m.put(Purpose.HUMAN_AGENT_ASSIST,
                PurposeRule.basedOn("default/HUMAN_AGENT_ASSIST", LegalBasis.CONTRACT, agent));
        m.put(Purpose.RECORDING_RETENTION,
                PurposeRule.basedOn("default/RECORDING_RETENTION", LegalBasis.LEGITIMATE_INTEREST, recording));
        m.put(Purpose.QUALITY_ASSURANCE,
                PurposeRule.basedOn("default/QUALITY_ASSURANCE", LegalBasis.LEGITIMATE_INTEREST, agent));
        m.put(Purpose.ANALYTICS, PurposeRule.basedOn("default/ANALYTICS", LegalBasis.LEGITIMATE_INTEREST,
                Set.of(CONVERSATION_CONTENT)));
        m.put(Purpose.MODEL_TRAINING,
                PurposeRule.consentRequired("default/MODEL_TRAINING", Set.of(CONVERSATION_CONTENT)));
        m.put(Purpose.MARKETING, PurposeRule.consentRequired("default/MARKETING",
                Set.of(CONTACT, IDENTITY, LOCATION, DEMOGRAPHIC, ACCOUNT)));
        m.put(Purpose.THIRD_PARTY_SHARING, PurposeRule.consentRequired("default/THIRD_PARTY_SHARING",
                Set.of(CONTACT, IDENTITY, CONVERSATION_CONTENT)));
        return Map.copyOf(m);
    }

    /** The rule for a purpose, if any. */
    public java.util.Optional<PurposeRule> rule(Purpose purpose) {
        return java.util.Optional.ofNullable(rules.get(purpose));
    }

    @Override
    public ConsentDecision decide(SubjectId subject, Purpose purpose, Set<DataCategory> categories) {
        return decide(subject, purpose, categories, clock.instant());
    }

    @Override
    public ConsentDecision decide(SubjectId subject, Purpose purpose, Set<DataCategory> categories, Instant asOf) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(asOf, "asOf");
        PurposeRule rule = rules.get(purpose);
        if (rule == null) {
            return ConsentDecision.of(subject, purpose, ConsentOutcome.DENIED, LegalBasis.NONE, ConsentReason.NO_RULE,
                    "none", categories, categories, asOf, List.of());
        }
        boolean known;
        List<ConsentEvent> events;
        try {
            known = ledger.knows(subject, asOf);
            events = known ? ledger.history(subject, purpose, asOf) : List.of();
        } catch (RuntimeException e) {
            LOG.debug("consent ledger failed ({}); denying {}", e.getClass().getSimpleName(), purpose);
            return ConsentDecision.of(subject, purpose, ConsentOutcome.DENIED, LegalBasis.NONE,
                    ConsentReason.LEDGER_UNAVAILABLE, rule.id(), categories, categories, asOf, List.of());
        }
        if (!known) {
            return ConsentDecision.of(subject, purpose, rule.unknownSubject(), rule.basis(),
                    ConsentReason.UNKNOWN_SUBJECT, rule.id(), categories,
                    rule.unknownSubject() == ConsentOutcome.ALLOWED ? notPermitted(rule, categories) : categories,
                    asOf, List.of());
        }
        return evaluate(subject, purpose, categories, asOf, rule, events);
    }

    private static Set<DataCategory> notPermitted(PurposeRule rule, Collection<DataCategory> requested) {
        Set<DataCategory> out = new TreeSet<>();
        for (DataCategory c : requested) {
            if (!rule.permitted().contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static ConsentDecision evaluate(SubjectId subject, Purpose purpose, Set<DataCategory> requested,
                                            Instant asOf, PurposeRule rule, List<ConsentEvent> events) {
        State whole = State.of(events, null, asOf);
        if (whole.kind == Kind.WITHDRAWN) {
            return ConsentDecision.of(subject, purpose, ConsentOutcome.DENIED, rule.basis(),
                    ConsentReason.CONSENT_WITHDRAWN, rule.id(), requested, requested, asOf, whole.events());
        }
        Set<DataCategory> remove = notPermitted(rule, requested);
        if (!rule.requiresConsent()) {
            List<ConsentEvent> deciding = new ArrayList<>();
            for (DataCategory c : requested) {
                if (remove.contains(c)) {
                    continue;
                }
                State s = State.of(events, c, asOf);
                if (s.kind == Kind.WITHDRAWN) {
                    remove.add(c);
                    addAll(deciding, s.events());
                }
            }
            return ConsentDecision.of(subject, purpose, ConsentOutcome.ALLOWED, rule.basis(),
                    ConsentReason.LEGAL_BASIS, rule.id(), requested, remove, asOf, sorted(deciding));
        }
        // consent required: look at the permitted categories asked for, or at the purpose as such
        List<DataCategory> candidates = new ArrayList<>();
        for (DataCategory c : requested) {
            if (!remove.contains(c)) {
                candidates.add(c);
            }
        }
        if (candidates.isEmpty()) {
            return fromState(subject, purpose, requested, asOf, rule, whole, requested);
        }
        State worst = null;
        boolean anyGranted = false;
        List<ConsentEvent> grantEvents = new ArrayList<>();
        for (DataCategory c : candidates) {
            State s = State.of(events, c, asOf);
            if (s.kind == Kind.GRANTED) {
                anyGranted = true;
                addAll(grantEvents, s.events());
            } else {
                remove.add(c);
                if (worst == null || s.kind.severity > worst.kind.severity) {
                    worst = s;
                }
            }
        }
        if (anyGranted) {
            return ConsentDecision.of(subject, purpose, ConsentOutcome.ALLOWED, LegalBasis.CONSENT,
                    ConsentReason.CONSENT_GRANTED, rule.id(), requested, remove, asOf, sorted(grantEvents));
        }
        return fromState(subject, purpose, requested, asOf, rule, worst, requested);
    }

    private static ConsentDecision fromState(SubjectId subject, Purpose purpose, Set<DataCategory> requested,
                                             Instant asOf, PurposeRule rule, State s, Set<DataCategory> remove) {
        switch (s.kind) {
            case GRANTED:
                return ConsentDecision.of(subject, purpose, ConsentOutcome.ALLOWED, LegalBasis.CONSENT,
                        ConsentReason.CONSENT_GRANTED, rule.id(), requested, remove, asOf, s.events());
            case WITHDRAWN:
                return ConsentDecision.of(subject, purpose, ConsentOutcome.DENIED, rule.basis(),
                        ConsentReason.CONSENT_WITHDRAWN, rule.id(), requested, requested, asOf, s.events());
            case EXPIRED:
                return needsConsent(subject, purpose, requested, asOf, rule, ConsentReason.CONSENT_EXPIRED, s);
            case ERASED:
                return needsConsent(subject, purpose, requested, asOf, rule, ConsentReason.SUBJECT_ERASED, s);
            case NONE:
            default:
                return needsConsent(subject, purpose, requested, asOf, rule, ConsentReason.NO_CONSENT, s);
        }
    }

    private static ConsentDecision needsConsent(SubjectId subject, Purpose purpose, Set<DataCategory> requested,
                                                Instant asOf, PurposeRule rule, ConsentReason reason, State s) {
        return ConsentDecision.of(subject, purpose, ConsentOutcome.NEEDS_CONSENT, rule.basis(), reason, rule.id(),
                requested, requested, asOf, s.events());
    }

    private static void addAll(List<ConsentEvent> into, List<ConsentEvent> events) {
        for (ConsentEvent e : events) {
            if (!into.contains(e)) {
                into.add(e);
            }
        }
    }

    private static List<ConsentEvent> sorted(List<ConsentEvent> events) {
        events.sort(ConsentLedger.EFFECT_ORDER);
        return events;
    }

    /** Consent state kinds, by how strongly they say no (for picking a reason among categories). */
    private enum Kind {
        GRANTED(0), NONE(1), ERASED(2), EXPIRED(3), WITHDRAWN(4);

        final int severity;

        Kind(int severity) {
            this.severity = severity;
        }
    }

    /** The state of one category (or of the purpose as such, category null) as of a time. */
    private static final class State {
        final Kind kind;
        final ConsentEvent event;

        private State(Kind kind, ConsentEvent event) {
            this.kind = kind;
            this.event = event;
        }

        List<ConsentEvent> events() {
            return event == null ? List.of() : List.of(event);
        }

        /**
         * Replays the events (already limited to {@code <= asOf} and in effect order). A grant covers the purpose as
         * such whatever its categories; a withdrawal or expiry covers it only when purpose-wide.
         */
        static State of(List<ConsentEvent> events, DataCategory category, Instant asOf) {
            Kind kind = Kind.NONE;
            ConsentEvent last = null;
            for (ConsentEvent e : events) {
                switch (e.type()) {
                    case GRANT:
                        if (category == null || e.covers(category)) {
                            kind = Kind.GRANTED;
                            last = e;
                        }
                        break;
                    case WITHDRAW:
                        if (category == null ? e.categories().isEmpty() : e.covers(category)) {
                            kind = Kind.WITHDRAWN;
                            last = e;
                        }
                        break;
                    case EXPIRE:
                        if (kind == Kind.GRANTED
                                && (category == null ? e.categories().isEmpty() : e.covers(category))) {
                            kind = Kind.EXPIRED;
                            last = e;
                        }
                        break;
                    case ERASURE:
                        if (kind != Kind.WITHDRAWN) {
                            kind = Kind.ERASED;
                            last = e;
                        }
                        break;
                    default:
                        break;
                }
            }
            if (kind == Kind.GRANTED && last.expiresAt().isPresent() && !last.expiresAt().get().isAfter(asOf)) {
                kind = Kind.EXPIRED;
            }
            return new State(kind, last);
        }
    }

    @Override
    public String toString() {
        return "DefaultConsentPolicy[rules=" + rules.size() + ", ledger=" + ledger + "]";
    }

    /** Builds a {@link DefaultConsentPolicy}. Not thread-safe. */
    public static final class Builder {
        private ConsentLedger ledger;
        private Clock clock = Clock.systemUTC();
        private final Map<Purpose, PurposeRule> rules = new HashMap<>(defaultRules());

        private Builder() {
        }

        /** The ledger to decide from (required). */
        public Builder ledger(ConsentLedger ledger) {
            this.ledger = Objects.requireNonNull(ledger, "ledger");
            return this;
        }

        /** The clock for "now" decisions; the system UTC clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Sets (or replaces) the rule of a purpose, e.g. for a host-defined purpose. */
        public Builder rule(Purpose purpose, PurposeRule rule) {
            rules.put(Objects.requireNonNull(purpose, "purpose"), Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** Removes the rule of a purpose: decisions for it are then DENIED with {@link ConsentReason#NO_RULE}. */
        public Builder removeRule(Purpose purpose) {
            rules.remove(Objects.requireNonNull(purpose, "purpose"));
            return this;
        }

        /**
         * Switches a purpose to explicit consent, keeping its permitted categories; e.g.
         * {@code requireConsentFor(Purpose.AI_ASSISTED_ANSWERING)} where local law or the host's choice asks for
         * opt-in to AI answering.
         *
         * @throws IllegalArgumentException if the purpose has no rule
         */
        public Builder requireConsentFor(Purpose purpose) {
            PurposeRule r = rules.get(Objects.requireNonNull(purpose, "purpose"));
            if (r == null) {
                throw new IllegalArgumentException("no rule for " + purpose);
            }
            rules.put(purpose, r.requiringConsent());
            return this;
        }

        /** @throws IllegalStateException if no ledger was set */
        public DefaultConsentPolicy build() {
            if (ledger == null) {
                throw new IllegalStateException("a consent ledger is required");
            }
            return new DefaultConsentPolicy(this);
        }
    }
}
