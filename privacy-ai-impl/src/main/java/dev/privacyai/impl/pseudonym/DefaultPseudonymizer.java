package dev.privacyai.impl.pseudonym;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfSet;
import dev.privacyai.impl.redaction.DefaultRedactor;
import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.pseudonym.Placeholder;
import dev.privacyai.pseudonym.PlaceholderStyle;
import dev.privacyai.pseudonym.PseudonymizationException;
import dev.privacyai.pseudonym.PseudonymizationResult;
import dev.privacyai.pseudonym.Pseudonymizer;
import dev.privacyai.pseudonym.ReidentificationPolicy;
import dev.privacyai.pseudonym.Reidentifier;
import dev.privacyai.pseudonym.SubjectProfile;
import dev.privacyai.pseudonym.spi.SurrogateFactory;
import dev.privacyai.pseudonym.spi.TokenVault;
import dev.privacyai.pseudonym.spi.VaultEntry;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.RedactionException;
import dev.privacyai.redaction.Redactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The default {@link Pseudonymizer}: a {@link Redactor} finds personal data (plus the forms of a
 * {@link SubjectProfile}), a {@link TokenVault} numbers and stores each value, and each finding is replaced by
 * its tag ({@code <EMAIL_1>}) or surrogate.
 *
 * <pre>{@code
 * Pseudonymizer p = DefaultPseudonymizer.builder()
 *         .vault(FileTokenVault.builder().directory(dir).masterKey(keyset).build())
 *         .style(PlaceholderStyle.TAG)
 *         .build();
 * ConversationScope scope = ConversationScope.of("conv-42", "customer-7");
 * String prompt = p.pseudonymize("Mail me at jo@example.com", scope).text();   // "Mail me at <EMAIL_1>"
 * String reply = p.reidentifier().reidentify("I wrote to <EMAIL_1>.", scope).text();
 * }</pre>
 *
 * <p><b>Defaults:</b> redactor {@link DefaultRedactor#withDefaults()}, vault
 * {@link InMemoryTokenVault#withGeneratedKey()}, style {@link PlaceholderStyle#TAG}, reply policy
 * {@link ReidentificationPolicy#defaults()}, tool-argument policy {@link ReidentificationPolicy#allOriginal()},
 * a generated surrogate seed (surrogates are stored in the vault, so they survive a restart of a persistent vault
 * even though the seed does not).
 *
 * <p>Overlaps: profile forms win over detector findings, longer forms over shorter ones, except that a detected
 * value containing profile forms (the name inside {@code maria.gonzalez@example.com}) is replaced whole.
 * Immutable and thread-safe. Logs only counts at DEBUG.
 */
public final class DefaultPseudonymizer implements Pseudonymizer {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultPseudonymizer.class);
    static final String PROFILE_DETECTOR = "subject-profile";
    private static final Explanation PROFILE_EXPLANATION = Explanation.builder().pattern("subject-profile-form")
            .validator("host-profile").baseScore(1.0).reason("a form of an identity the host supplied").build();

    private final Redactor redactor;
    private final TokenVault vault;
    private final PlaceholderStyle style;
    private final ReidentificationPolicy replyPolicy;
    private final ReidentificationPolicy toolPolicy;
    private final PrfSet surrogateSeed;
    private final DefaultReidentifier reidentifier;

    private DefaultPseudonymizer(Builder b) {
        this.redactor = b.redactor != null ? b.redactor : DefaultRedactor.withDefaults();
        this.vault = b.vault != null ? b.vault : InMemoryTokenVault.withGeneratedKey();
        this.style = b.style;
        this.replyPolicy = b.replyPolicy;
        this.toolPolicy = b.toolPolicy;
        try {
            KeysetHandle seed = b.surrogateSeed != null ? b.surrogateSeed
                    : KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
            com.google.crypto.tink.prf.PrfConfig.register();
            this.surrogateSeed = seed.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("surrogate seed must be a PRF keyset (e.g. HMAC_SHA256_PRF)");
        }
        this.reidentifier = new DefaultReidentifier(vault, redactor, replyPolicy, toolPolicy);
    }

    /** A builder with the defaults above. */
    public static Builder builder() {
        return new Builder();
    }

    /** A pseudonymizer with every default (in-memory vault with a generated key, tags). */
    public static DefaultPseudonymizer withDefaults() {
        return builder().build();
    }

    /** The vault this pseudonymizer stores mappings in (for erasure and retention calls). */
    public TokenVault vault() {
        return vault;
    }

    /** The placeholder style. */
    public PlaceholderStyle style() {
        return style;
    }

    @Override
    public PseudonymizationResult pseudonymize(String text, ConversationScope scope, RedactionContext context,
                                               SubjectProfile profile) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(profile, "profile");
        Map<String, Placeholder> used = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        String out = pseudonymizeInto(text, scope, context, profile, used, findings, null);
        if (LOG.isDebugEnabled()) {
            LOG.debug("pseudonymized {} chars: {} findings, {} placeholders", text.length(), findings.size(),
                    used.size());
        }
        return PseudonymizationResult.of(out, findings, new ArrayList<>(used.values()));
    }

    /**
     * Pseudonymizes {@code text}; findings are added with offsets mapped through {@code rawOffsets} (null: as is).
     */
    private String pseudonymizeInto(String text, ConversationScope scope, RedactionContext context,
                                    SubjectProfile profile, Map<String, Placeholder> used, List<Finding> findingsOut,
                                    int[] rawOffsets) {
        if (text.isEmpty()) {
            return text;
        }
        List<Candidate> candidates = candidates(text, context, profile);
        SurrogateFactory factory = style == PlaceholderStyle.TAG ? Surrogates.TAGS_ONLY
                : new Surrogates(surrogateSeed, scope.conversationId(), style == PlaceholderStyle.SCOPED_TAG);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int last = 0;
        for (Candidate c : candidates) {
            String value = c.canonical != null ? c.canonical : text.substring(c.finding.start(), c.finding.end());
            VaultEntry entry = vault.tokenFor(scope, c.finding.entityType(), value,
                    Values.matchKey(c.finding.entityType(), value), factory);
            String replacement = entry.surrogate().orElse(entry.tag());
            out.append(text, last, c.finding.start()).append(replacement);
            last = c.finding.end();
            used.putIfAbsent(entry.tag(), Placeholder.of(entry.entityType(), entry.index(), replacement));
            Finding f = c.finding;
            if (rawOffsets != null) {
                f = f.withSpan(rawOffsets[f.start()], rawOffsets[f.end()]);
            }
            findingsOut.add(f);
        }
        out.append(text, last, text.length());
        return out.toString();
    }

    private static final class Candidate {
        final Finding finding;
        final String canonical;

        Candidate(Finding finding, String canonical) {
            this.finding = finding;
            this.canonical = canonical;
        }
    }

    private List<Candidate> candidates(String text, RedactionContext context, SubjectProfile profile) {
        List<Candidate> accepted = new ArrayList<>();
        List<String[]> forms = new ArrayList<>();
        List<SubjectProfile.Identity> owners = new ArrayList<>();
        for (SubjectProfile.Identity id : profile.identities()) {
            forms.add(new String[]{id.canonical()});
            owners.add(id);
            for (String alias : id.aliases()) {
                forms.add(new String[]{alias});
                owners.add(id);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> forms.get(i)[0].length()).reversed());
        for (int i : order) {
            String form = forms.get(i)[0];
            SubjectProfile.Identity owner = owners.get(i);
            for (int at = 0; at + form.length() <= text.length(); at++) {
                if (text.regionMatches(true, at, form, 0, form.length())
                        && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (at + form.length() == text.length()
                        || !Character.isLetterOrDigit(text.charAt(at + form.length())))) {
                    Finding f = Finding.of(owner.entityType(), at, at + form.length(), 1.0, PROFILE_DETECTOR,
                            PROFILE_EXPLANATION);
                    if (!overlapsAny(accepted, f)) {
                        accepted.add(new Candidate(f, owner.canonical()));
                    }
                    at += form.length() - 1;
                }
            }
        }
        List<Finding> detected;
        try {
            detected = redactor.analyze(text, context);
        } catch (RedactionException e) {
            throw new PseudonymizationException("finding personal data failed", e);
        } catch (RuntimeException e) {
            throw new PseudonymizationException("finding personal data failed: " + e.getClass().getSimpleName());
        }
        for (Finding f : detected) {
            if (!overlapsAny(accepted, f)) {
                accepted.add(new Candidate(f, null));
            } else if (coversOverlappedProfileForms(accepted, f)) {
                // a profile form inside a longer value (the name in "maria.gonzalez@example.com"): the whole
                // value is replaced, so no part of it reaches the model
                accepted.removeIf(c -> f.overlaps(c.finding));
                accepted.add(new Candidate(f, null));
            }
        }
        accepted.sort(Comparator.comparingInt(c -> c.finding.start()));
        return accepted;
    }

    /**
     * True if {@code f} overlaps only profile candidates, each lying within {@code f} and shorter than it (a
     * detected value that contains a profile form).
     */
    private static boolean coversOverlappedProfileForms(List<Candidate> accepted, Finding f) {
        for (Candidate c : accepted) {
            if (!c.finding.overlaps(f)) {
                continue;
            }
            if (c.canonical == null || c.finding.start() < f.start() || c.finding.end() > f.end()
                    || c.finding.end() - c.finding.start() >= f.end() - f.start()) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlapsAny(List<Candidate> accepted, Finding f) {
        for (Candidate c : accepted) {
            if (c.finding.overlaps(f)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PseudonymizationResult pseudonymizeToolResult(String result, ConversationScope scope) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(scope, "scope");
        if (JsonStrings.looksLikeJson(result)) {
            Map<String, Placeholder> used = new LinkedHashMap<>();
            List<Finding> findings = new ArrayList<>();
            String out;
            try {
                out = JsonStrings.rewrite(result, (decoded, offsets, number) -> {
                    String r = pseudonymizeInto(decoded, scope, RedactionContext.defaults(), SubjectProfile.empty(),
                            used, findings, offsets);
                    return r.equals(decoded) ? null : r;
                });
            } catch (IllegalArgumentException notJson) {
                return pseudonymize(result, scope);
            }
            return PseudonymizationResult.of(out, findings, new ArrayList<>(used.values()));
        }
        return pseudonymize(result, scope);
    }

    @Override
    public List<Placeholder> mapping(ConversationScope scope) {
        Objects.requireNonNull(scope, "scope");
        List<Placeholder> out = new ArrayList<>();
        for (VaultEntry e : vault.entries(scope)) {
            String text = e.surrogate().orElse(e.tag());
            out.add(Placeholder.of(e.entityType(), e.index(), text));
        }
        return List.copyOf(out);
    }

    @Override
    public Reidentifier reidentifier() {
        return reidentifier;
    }

    @Override
    public String toString() {
        return "DefaultPseudonymizer{style=" + style + ", vault=" + vault + "}";
    }

    /** Builds a {@link DefaultPseudonymizer}. Not thread-safe; the built pseudonymizer is. */
    public static final class Builder {
        private Redactor redactor;
        private TokenVault vault;
        private PlaceholderStyle style = PlaceholderStyle.TAG;
        private ReidentificationPolicy replyPolicy = ReidentificationPolicy.defaults();
        private ReidentificationPolicy toolPolicy = ReidentificationPolicy.allOriginal();
        private KeysetHandle surrogateSeed;

        private Builder() {
        }

        /** The redactor that finds personal data; default {@link DefaultRedactor#withDefaults()}. */
        public Builder redactor(Redactor redactor) {
            this.redactor = Objects.requireNonNull(redactor, "redactor");
            return this;
        }

        /** Where mappings live; default an {@link InMemoryTokenVault} with a generated key. */
        public Builder vault(TokenVault vault) {
            this.vault = Objects.requireNonNull(vault, "vault");
            return this;
        }

        /** Tags, scoped tags or surrogates; default {@link PlaceholderStyle#TAG}. Existing entries keep their form. */
        public Builder style(PlaceholderStyle style) {
            this.style = Objects.requireNonNull(style, "style");
            return this;
        }

        /** What replies give back per type; default {@link ReidentificationPolicy#defaults()}. */
        public Builder reidentificationPolicy(ReidentificationPolicy policy) {
            this.replyPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** What tool-call arguments get back per type; default {@link ReidentificationPolicy#allOriginal()}. */
        public Builder toolArgumentPolicy(ReidentificationPolicy policy) {
            this.toolPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** A PRF keyset seeding surrogate generation (for reproducible surrogates); default generated. */
        public Builder surrogateSeed(KeysetHandle prfKeyset) {
            this.surrogateSeed = Objects.requireNonNull(prfKeyset, "prfKeyset");
            return this;
        }

        /** Builds the pseudonymizer. */
        public DefaultPseudonymizer build() {
            return new DefaultPseudonymizer(this);
        }
    }
}
