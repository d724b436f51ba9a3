package dev.privacyai.consent;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a subject's data is used for, such as {@link #AI_ASSISTED_ANSWERING} or {@link #MODEL_TRAINING}.
 * Consent is always bound to a purpose: data given to get help is not thereby given for training, analytics or
 * a third party.
 *
 * <p>The set is open, like {@link dev.privacyai.redaction.EntityType}: besides the well-known constants, hosts
 * define their own with {@link #of(String)} or {@link #of(String, String)}. Names are upper-case ASCII letters,
 * digits and underscores, starting with a letter, at most 64 characters. Two purposes are equal when their names
 * are equal.
 *
 * <p>Each well-known purpose documents its <a href="https://ethyca.github.io/fideslang/">fideslang</a> data use
 * ({@link #fideslangDataUse()}), so a host can report its processing in that taxonomy:
 * <table>
 * <caption>Purpose to fideslang data use</caption>
 * <tr><th>Purpose</th><th>fideslang data use</th></tr>
 * <tr><td>AI_ASSISTED_ANSWERING</td><td>essential.service.operations.support</td></tr>
 * <tr><td>HUMAN_AGENT_ASSIST</td><td>essential.service.operations.support</td></tr>
 * <tr><td>RECORDING_RETENTION</td><td>essential.service.operations</td></tr>
 * <tr><td>QUALITY_ASSURANCE</td><td>essential.service.operations.improve</td></tr>
 * <tr><td>ANALYTICS</td><td>analytics.reporting</td></tr>
 * <tr><td>MODEL_TRAINING</td><td>train_ai_system</td></tr>
 * <tr><td>MARKETING</td><td>marketing</td></tr>
 * <tr><td>THIRD_PARTY_SHARING</td><td>third_party_sharing</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe. There is no global registry: {@code of} never mutates shared state.
 */
public final class Purpose implements Comparable<Purpose> {

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Pattern DATA_USE = Pattern.compile("[a-z][a-z0-9_]{0,63}(\\.[a-z][a-z0-9_]{0,63}){0,7}");

    /**
     * An AI assistant answers the customer (chatbot, voice bot, drafted e-mail replies).
     * fideslang: {@code essential.service.operations.support}.
     */
    public static final Purpose AI_ASSISTED_ANSWERING =
            new Purpose("AI_ASSISTED_ANSWERING", "essential.service.operations.support");
    /**
     * AI suggestions, summaries or look-ups shown to a human agent who answers the customer.
     * fideslang: {@code essential.service.operations.support}.
     */
    public static final Purpose HUMAN_AGENT_ASSIST =
            new Purpose("HUMAN_AGENT_ASSIST", "essential.service.operations.support");
    /**
     * Recording calls and chats and keeping the recording or transcript after the conversation ends.
     * fideslang: {@code essential.service.operations} (use {@code essential.legal_obligation} where retention is
     * required by law).
     */
    public static final Purpose RECORDING_RETENTION = new Purpose("RECORDING_RETENTION", "essential.service.operations");
    /**
     * Reviewing conversations to assure and improve the quality of support.
     * fideslang: {@code essential.service.operations.improve}.
     */
    public static final Purpose QUALITY_ASSURANCE =
            new Purpose("QUALITY_ASSURANCE", "essential.service.operations.improve");
    /** Aggregated reporting and insights over conversations. fideslang: {@code analytics.reporting}. */
    public static final Purpose ANALYTICS = new Purpose("ANALYTICS", "analytics.reporting");
    /**
     * Training, fine-tuning or evaluating AI models on conversations. fideslang: {@code train_ai_system}.
     */
    public static final Purpose MODEL_TRAINING = new Purpose("MODEL_TRAINING", "train_ai_system");
    /** Marketing, promotion and sales outreach. fideslang: {@code marketing}. */
    public static final Purpose MARKETING = new Purpose("MARKETING", "marketing");
    /**
     * Transferring data to a third party outside the service's scope, for example an external LLM provider that
     * may use it for its own purposes. fideslang: {@code third_party_sharing}.
     */
    public static final Purpose THIRD_PARTY_SHARING = new Purpose("THIRD_PARTY_SHARING", "third_party_sharing");

    private static final List<Purpose> WELL_KNOWN = List.of(AI_ASSISTED_ANSWERING, HUMAN_AGENT_ASSIST,
            RECORDING_RETENTION, QUALITY_ASSURANCE, ANALYTICS, MODEL_TRAINING, MARKETING, THIRD_PARTY_SHARING);

    private final String name;
    private final String fideslangDataUse;

    private Purpose(String name, String fideslangDataUse) {
        this.name = name;
        this.fideslangDataUse = fideslangDataUse;
    }

    /**
     * Returns the purpose with this name: the well-known constant when there is one, otherwise a host-defined
     * purpose without a fideslang data use.
     *
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if the name is not of the form {@code [A-Z][A-Z0-9_]{0,63}}
     */
    public static Purpose of(String name) {
        Objects.requireNonNull(name, "name");
        for (Purpose known : WELL_KNOWN) {
            if (known.name.equals(name)) {
                return known;
            }
        }
        checkName(name);
        return new Purpose(name, null);
    }

    /**
     * A host-defined purpose mapped to a fideslang data use such as {@code "personalize.content"}. A well-known
     * name returns the constant (its own data use wins).
     *
     * @throws IllegalArgumentException if the name or the data use key is malformed
     */
    public static Purpose of(String name, String fideslangDataUse) {
        Objects.requireNonNull(fideslangDataUse, "fideslangDataUse");
        Purpose p = of(name);
        if (p.fideslangDataUse != null) {
            return p;
        }
        if (!DATA_USE.matcher(fideslangDataUse).matches()) {
            throw new IllegalArgumentException("fideslang data use must be a dotted lower-case key");
        }
        return new Purpose(name, fideslangDataUse);
    }

    private static void checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "purpose name must match [A-Z][A-Z0-9_]{0,63}, length was " + name.length());
        }
    }

    /** The well-known purposes, in a stable order. */
    public static List<Purpose> wellKnown() {
        return WELL_KNOWN;
    }

    /** The upper-case name, for example {@code "MODEL_TRAINING"}. */
    public String name() {
        return name;
    }

    /** The fideslang data use key this purpose maps to; empty for host-defined purposes without one. */
    public Optional<String> fideslangDataUse() {
        return Optional.ofNullable(fideslangDataUse);
    }

    /** Whether this is one of the {@link #wellKnown()} purposes. */
    public boolean isWellKnown() {
        return WELL_KNOWN.contains(this);
    }

    @Override
    public int compareTo(Purpose other) {
        return name.compareTo(other.name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Purpose && ((Purpose) o).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** The name. */
    @Override
    public String toString() {
        return name;
    }
}
