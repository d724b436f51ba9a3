package dev.privacyai.impl.consent;

import dev.privacyai.consent.ConsentDecision;
import dev.privacyai.consent.ConsentEvent;
import dev.privacyai.consent.ConsentPolicy;
import dev.privacyai.consent.ConsentSource;
import dev.privacyai.consent.DataCategory;
import dev.privacyai.consent.ErasureReport;
import dev.privacyai.consent.Purpose;
import dev.privacyai.consent.SubjectDataExport;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.consent.spi.ConsentLedger;
import dev.privacyai.consent.spi.SubjectDataHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Data-subject requests across the consent ledger and every registered {@link SubjectDataHolder}:
 * <ul>
 *   <li><b>Access</b> ({@link #export}): one JSON document with the subject's consent history, the current
 *       decision for every purpose of the policy (when one is set) and everything each holder keeps, decrypted.
 *       Read-only, so repeating it is harmless; the {@link AccessExport} says how many items came from where.</li>
 *   <li><b>Erasure</b> ({@link #erase}): asks every holder to destroy the subject's data (crypto-shredding for
 *       encrypted stores), then appends one {@link ConsentEvent.Type#ERASURE} event to the ledger — subject id,
 *       time, source and request reference only, none of the erased data. Idempotent: when nothing was left to
 *       erase and the ledger already ends in an erasure, nothing is appended. Consent history itself is kept as
 *       the proof of lawful processing (it holds no free text).</li>
 * </ul>
 *
 * <h2>Export document ({@code privacy-ai-subject-export/1})</h2>
 * <pre>
 * {"format":"privacy-ai-subject-export/1","generatedAt":"...","subjectId":"...",
 *  "consentHistory":[{"type":"GRANT","purpose":"MODEL_TRAINING","fideslangDataUse":"train_ai_system",
 *     "categories":["CONVERSATION_CONTENT"],"timestamp":"...","expiresAt":null,"source":"CHAT",
 *     "noticeVersion":"2026-01","evidenceRef":"form:81"}],
 *  "currentDecisions":[{"purpose":"...","outcome":"ALLOWED","legalBasis":"CONTRACT","reason":"LEGAL_BASIS",
 *     "explanation":"..."}],
 *  "holders":[{"name":"pseudonym-vault","records":[{"kind":"vault-entry","fields":{"type":"EMAIL","value":"..."}}]}]}
 * </pre>
 *
 * <p>The pseudonymizer's vault takes part through
 * {@code .holder(dev.privacyai.impl.pseudonym.VaultSubjectDataHolder.of(vault))} (see docs/consent.md).
 *
 * <p>Thread-safe if the ledger, policy and holders are. Logs counts and holder names only.
 */
public final class DataSubjectRequests {

    private static final Logger LOG = LoggerFactory.getLogger(DataSubjectRequests.class);

    /** The {@code format} field of export documents. */
    public static final String EXPORT_FORMAT = "privacy-ai-subject-export/1";

    private final ConsentLedger ledger;
    private final ConsentPolicy policy;
    private final List<SubjectDataHolder> holders;
    private final Clock clock;
    private final List<Purpose> purposes;

    private DataSubjectRequests(Builder b) {
        this.ledger = b.ledger;
        this.policy = b.policy;
        this.holders = List.copyOf(b.holders);
        this.clock = b.clock;
        this.purposes = List.copyOf(b.purposes);
    }

    /** A builder over a ledger (required). */
    public static Builder builder(ConsentLedger ledger) {
        return new Builder(ledger);
    }

    /**
     * Builds the access export.
     *
     * @throws dev.privacyai.consent.spi.ConsentLedgerUnavailableException if the ledger cannot be read (an export
     *         must be complete or not at all)
     */
    public AccessExport export(SubjectId subject) {
        Objects.requireNonNull(subject, "subject");
        Instant now = clock.instant();
        List<ConsentEvent> history = ledger.history(subject);
        Json j = new Json().beginObject()
                .field("format", EXPORT_FORMAT)
                .field("generatedAt", now.toString())
                .field("subjectId", subject.value());
        j.name("consentHistory").beginArray();
        for (ConsentEvent e : history) {
            j.beginObject().field("type", e.type().name())
                    .field("purpose", e.purpose().map(Purpose::name).orElse(null))
                    .field("fideslangDataUse", e.purpose().flatMap(Purpose::fideslangDataUse).orElse(null));
            j.name("categories").beginArray();
            for (DataCategory c : e.categories()) {
                j.string(c.name());
            }
            j.endArray()
                    .field("timestamp", e.timestamp().toString())
                    .field("expiresAt", e.expiresAt().map(Instant::toString).orElse(null))
                    .field("source", e.source().name())
                    .field("noticeVersion", e.noticeVersion().orElse(null))
                    .field("evidenceRef", e.evidenceRef().orElse(null))
                    .endObject();
        }
        j.endArray();
        j.name("currentDecisions").beginArray();
        if (policy != null) {
            for (Purpose p : purposes) {
                ConsentDecision d = policy.decide(subject, p, Set.of(), now);
                j.beginObject().field("purpose", p.name())
                        .field("outcome", d.outcome().name())
                        .field("legalBasis", d.legalBasis().name())
                        .field("reason", d.reason().name())
                        .field("explanation", d.explanation())
                        .endObject();
            }
        }
        j.endArray();
        Map<String, Integer> counts = new LinkedHashMap<>();
        j.name("holders").beginArray();
        for (SubjectDataHolder h : holders) {
            SubjectDataExport export = h.export(subject);
            counts.put(h.name(), export.records().size());
            j.beginObject().field("name", h.name());
            j.name("records").beginArray();
            for (SubjectDataExport.Record r : export.records()) {
                j.beginObject().field("kind", r.kind());
                j.name("fields").beginObject();
                for (Map.Entry<String, String> f : r.fields().entrySet()) {
                    j.field(f.getKey(), f.getValue());
                }
                j.endObject().endObject();
            }
            j.endArray().endObject();
        }
        j.endArray().endObject();
        LOG.debug("access export: {} consent events, holders {}", history.size(), counts);
        return new AccessExport(j.toString(), history.size(), counts, now);
    }

    /**
     * Erases the subject's data from every holder and records the erasure.
     *
     * @param source     where the request came from
     * @param requestRef an opaque reference of the request (ticket id), stored as the event's evidence reference
     */
    public ErasureOutcome erase(SubjectId subject, ConsentSource source, String requestRef) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(source, "source");
        Instant now = clock.instant();
        // validate the reference before destroying anything
        ConsentEvent event = ConsentEvent.erasure(subject).at(now).source(source).evidenceRef(requestRef).build();
        List<ErasureReport> reports = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        int total = 0;
        for (SubjectDataHolder h : holders) {
            try {
                ErasureReport r = h.erase(subject);
                reports.add(r);
                total += r.itemsErased();
            } catch (RuntimeException e) {
                LOG.warn("erasure failed in holder {} ({})", h.name(), e.getClass().getSimpleName());
                failed.add(h.name());
            }
        }
        boolean recorded = false;
        boolean alreadyRecorded = false;
        String ledgerFailure = null;
        if (failed.isEmpty()) {
            try {
                alreadyRecorded = total == 0 && endsWithErasure(ledger.history(subject));
                if (!alreadyRecorded) {
                    ledger.append(event);
                    recorded = true;
                }
            } catch (RuntimeException e) {
                ledgerFailure = e.getClass().getSimpleName();
                LOG.warn("erasure could not be recorded in the consent ledger ({})", ledgerFailure);
            }
        }
        LOG.debug("erasure: {} items from {} holders, failed {}, recorded {}", total, reports.size(), failed,
                recorded);
        return new ErasureOutcome(reports, failed, total, recorded, alreadyRecorded, ledgerFailure, now);
    }

    /** True when the last erasure comes after every grant (nothing was granted since). */
    private static boolean endsWithErasure(List<ConsentEvent> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            ConsentEvent.Type t = history.get(i).type();
            if (t == ConsentEvent.Type.ERASURE) {
                return true;
            }
            if (t == ConsentEvent.Type.GRANT) {
                return false;
            }
        }
        return false;
    }

    /** The result of an access request: the JSON document and what it holds. Prints counts only. */
    public static final class AccessExport {
        private final String json;
        private final int consentEvents;
        private final Map<String, Integer> recordsPerHolder;
        private final Instant generatedAt;

        AccessExport(String json, int consentEvents, Map<String, Integer> recordsPerHolder, Instant generatedAt) {
            this.json = json;
            this.consentEvents = consentEvents;
            this.recordsPerHolder = Collections.unmodifiableMap(new LinkedHashMap<>(recordsPerHolder));
            this.generatedAt = generatedAt;
        }

        /** The export document (personal data: hand it to the subject, do not log it). */
        public String json() {
            return json;
        }

        /** How many consent events it lists. */
        public int consentEvents() {
            return consentEvents;
        }

        /** How many records each holder contributed, by holder name. */
        public Map<String, Integer> recordsPerHolder() {
            return recordsPerHolder;
        }

        /** When it was generated. */
        public Instant generatedAt() {
            return generatedAt;
        }

        @Override
        public String toString() {
            return "AccessExport[consentEvents=" + consentEvents + ", records=" + recordsPerHolder + ", jsonLength="
                    + json.length() + "]";
        }
    }

    /** The result of an erasure request. Holds no personal data. */
    public static final class ErasureOutcome {
        private final List<ErasureReport> reports;
        private final List<String> failedHolders;
        private final int itemsErased;
        private final boolean recorded;
        private final boolean alreadyRecorded;
        private final String ledgerFailure;
        private final Instant at;

        ErasureOutcome(List<ErasureReport> reports, List<String> failedHolders, int itemsErased, boolean recorded,
                       boolean alreadyRecorded, String ledgerFailure, Instant at) {
            this.reports = List.copyOf(reports);
            this.failedHolders = List.copyOf(failedHolders);
            this.itemsErased = itemsErased;
            this.recorded = recorded;
            this.alreadyRecorded = alreadyRecorded;
            this.ledgerFailure = ledgerFailure;
            this.at = at;
        }

        /** One report per holder that answered. */
        public List<ErasureReport> reports() {
            return reports;
        }

        /** Holders that failed (their data may remain; repeat the request). */
        public List<String> failedHolders() {
            return failedHolders;
        }

        /** Items destroyed by this request across holders. */
        public int itemsErased() {
            return itemsErased;
        }

        /** Whether this request appended an ERASURE event to the ledger. */
        public boolean ledgerEventRecorded() {
            return recorded;
        }

        /** Whether nothing was left and the ledger already recorded an erasure (a repeated request). */
        public boolean alreadyErased() {
            return alreadyRecorded;
        }

        /** True when every holder erased and the erasure is on record (now or before). */
        public boolean complete() {
            return failedHolders.isEmpty() && (recorded || alreadyRecorded);
        }

        /** The exception class if the ledger could not record the erasure; repeat the request. */
        public java.util.Optional<String> ledgerFailure() {
            return java.util.Optional.ofNullable(ledgerFailure);
        }

        /** When the request ran. */
        public Instant at() {
            return at;
        }

        @Override
        public String toString() {
            return "ErasureOutcome[items=" + itemsErased + ", reports=" + reports + ", failed=" + failedHolders
                    + ", recorded=" + recorded + ", alreadyErased=" + alreadyRecorded
                    + (ledgerFailure == null ? "" : ", ledgerFailure=" + ledgerFailure) + "]";
        }
    }

    /** Builds {@link DataSubjectRequests}. Not thread-safe. */
    public static final class Builder {
        private final ConsentLedger ledger;
        private ConsentPolicy policy;
        private final List<SubjectDataHolder> holders = new ArrayList<>();
        private Clock clock = Clock.systemUTC();
        private final List<Purpose> purposes = new ArrayList<>(Purpose.wellKnown());

        private Builder(ConsentLedger ledger) {
            this.ledger = Objects.requireNonNull(ledger, "ledger");
        }

        /** A policy whose current decisions the export lists (optional). */
        public Builder policy(ConsentPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Adds a holder of personal data. */
        public Builder holder(SubjectDataHolder holder) {
            holders.add(Objects.requireNonNull(holder, "holder"));
            return this;
        }

        /** Adds a host-defined purpose to the export's current decisions (well-known ones are listed already). */
        public Builder purpose(Purpose purpose) {
            if (!purposes.contains(Objects.requireNonNull(purpose, "purpose"))) {
                purposes.add(purpose);
            }
            return this;
        }

        /** The clock for timestamps; system UTC by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The configured requests handler. */
        public DataSubjectRequests build() {
            return new DataSubjectRequests(this);
        }
    }
}
