package dev.privacyai.impl.consent;

import dev.privacyai.consent.ConsentOutcome;
import dev.privacyai.consent.DataCategory;
import dev.privacyai.consent.LegalBasis;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How {@link DefaultConsentPolicy} decides one purpose: the legal basis it rests on by default, the data
 * categories it may ever use (others must be removed first, whatever the consent says), and what to answer for a
 * subject the ledger knows nothing about.
 *
 * <p>With {@link LegalBasis#CONSENT} the purpose is allowed only while a grant is in force; with any other basis
 * it is allowed unless the subject withdrew or objected. Immutable and thread-safe.
 */
public final class PurposeRule {

    private final String id;
    private final LegalBasis basis;
    private final Set<DataCategory> permitted;
    private final ConsentOutcome unknownSubject;

    private PurposeRule(String id, LegalBasis basis, Set<DataCategory> permitted, ConsentOutcome unknownSubject) {
        this.id = id;
        this.basis = basis;
        this.permitted = permitted;
        this.unknownSubject = unknownSubject;
    }

    /**
     * A rule that needs explicit consent. Unknown subjects get {@link ConsentOutcome#NEEDS_CONSENT}.
     *
     * @param id        short identifier shown in decisions, e.g. {@code "default/MODEL_TRAINING"}
     * @param permitted the categories the purpose may use when consent covers them
     */
    public static PurposeRule consentRequired(String id, Collection<DataCategory> permitted) {
        return new PurposeRule(checkId(id), LegalBasis.CONSENT, copy(permitted), ConsentOutcome.NEEDS_CONSENT);
    }

    /**
     * A rule resting on a basis other than consent (contract, legitimate interest, legal obligation...).
     * Unknown subjects get {@link ConsentOutcome#DENIED} (fail closed) unless {@link #withUnknownSubject} says
     * otherwise.
     *
     * @throws IllegalArgumentException for {@link LegalBasis#CONSENT} (use {@link #consentRequired}) or
     *         {@link LegalBasis#NONE}
     */
    public static PurposeRule basedOn(String id, LegalBasis basis, Collection<DataCategory> permitted) {
        Objects.requireNonNull(basis, "basis");
        if (basis == LegalBasis.CONSENT || basis == LegalBasis.NONE) {
            throw new IllegalArgumentException("basedOn needs a non-consent basis; use consentRequired");
        }
        return new PurposeRule(checkId(id), basis, copy(permitted), ConsentOutcome.DENIED);
    }

    /**
     * The same rule with another answer for subjects the ledger knows nothing about. {@link ConsentOutcome#ALLOWED}
     * is accepted only for non-consent bases (a host whose every caller is an existing customer may choose it).
     */
    public PurposeRule withUnknownSubject(ConsentOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == ConsentOutcome.ALLOWED && basis == LegalBasis.CONSENT) {
            throw new IllegalArgumentException("a consent-based purpose cannot allow unknown subjects");
        }
        return new PurposeRule(id, basis, permitted, outcome);
    }

    /** The same permitted categories, now requiring explicit consent. */
    public PurposeRule requiringConsent() {
        return new PurposeRule(id, LegalBasis.CONSENT, permitted,
                unknownSubject == ConsentOutcome.ALLOWED ? ConsentOutcome.NEEDS_CONSENT : unknownSubject);
    }

    /** The same rule with other permitted categories. */
    public PurposeRule withPermitted(Collection<DataCategory> categories) {
        return new PurposeRule(id, basis, copy(categories), unknownSubject);
    }

    private static String checkId(String id) {
        Objects.requireNonNull(id, "id");
        if (id.isEmpty() || id.length() > 128) {
            throw new IllegalArgumentException("rule id must be 1..128 characters");
        }
        return id;
    }

    private static Set<DataCategory> copy(Collection<DataCategory> categories) {
        return Collections.unmodifiableSet(new TreeSet<>(categories));
    }

    /** The identifier shown in decisions. */
    public String id() {
        return id;
    }

    /** The legal basis the purpose rests on. */
    public LegalBasis basis() {
        return basis;
    }

    /** Whether a grant is needed. */
    public boolean requiresConsent() {
        return basis == LegalBasis.CONSENT;
    }

    /** The categories the purpose may use; every other category must be removed first. */
    public Set<DataCategory> permitted() {
        return permitted;
    }

    /** The answer for a subject the ledger knows nothing about. */
    public ConsentOutcome unknownSubject() {
        return unknownSubject;
    }

    @Override
    public String toString() {
        return "PurposeRule[" + id + ", basis=" + basis + ", permitted=" + permitted + ", unknownSubject="
                + unknownSubject + "]";
    }
}
