package dev.privacyai.impl.consent;

import dev.privacyai.consent.ConsentPolicy;
import dev.privacyai.consent.Purpose;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.redaction.Channel;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The short, plain-language disclosure a conversation starts with: that the customer is talking to an AI
 * assistant, that they can ask for a person at any time, what the conversation will (and will not) be used for —
 * reflecting the purposes this customer has agreed to — and that they can withdraw consent or ask for their data.
 *
 * <p>Built-in texts exist for English, Spanish, French and German; other locales fall back to the language, then
 * to English. Company and assistant names are configurable ({@code {company}}, {@code {assistant}} in templates),
 * and every sentence can be replaced per language with {@link Builder#template}. Sentences:
 * <ol>
 *   <li>{@link Sentence#INTRO_CHAT} or {@link Sentence#INTRO_VOICE}: AI disclosure and the way to a person;</li>
 *   <li>{@link Sentence#RECORDING} if recording/retention is allowed;</li>
 *   <li>{@link Sentence#TRAINING_ON} if model training is allowed, else {@link Sentence#TRAINING_OFF};</li>
 *   <li>{@link Sentence#SHARING_ON} if third-party sharing is allowed, else {@link Sentence#SHARING_OFF};</li>
 *   <li>{@link Sentence#MARKETING_ON} if marketing is allowed;</li>
 *   <li>{@link Sentence#RIGHTS}.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class TransparencyNotice {

    /** The sentences a notice is made of. */
    public enum Sentence {
        /** "You're chatting with {assistant}, an AI assistant..." with the way to a person. */
        INTRO_CHAT,
        /** The same for calls. */
        INTRO_VOICE,
        /** The conversation is recorded and kept. */
        RECORDING,
        /** Used (without personal details) to improve the AI, as agreed. */
        TRAINING_ON,
        /** Not used to train AI. */
        TRAINING_OFF,
        /** Shared with partners, as agreed. */
        SHARING_ON,
        /** Not shared with other companies for their own purposes. */
        SHARING_OFF,
        /** Offers may be sent, as agreed. */
        MARKETING_ON,
        /** How to withdraw consent and exercise data rights. */
        RIGHTS
    }

    private static final Map<String, Map<Sentence, String>> BUILT_IN = new HashMap<>();

    static {
        BUILT_IN.put("en", texts(
                "You're chatting with {assistant}, an AI assistant for {company}. You can ask for a person at any time.",
                "You're speaking with {assistant}, an AI assistant for {company}. You can ask for a person at any time.",
                "This conversation is recorded and kept so we can help you.",
                "As you agreed, we may use this conversation, without your personal details, to improve our AI.",
                "We don't use this conversation to train AI.",
                "As you agreed, parts of this conversation may be shared with our partners.",
                "We don't share this conversation with other companies for their own use.",
                "As you agreed, we may send you offers.",
                "You can withdraw your consent, or ask for a copy or deletion of your data, at any time."));
        BUILT_IN.put("es", texts(
                "Estás chateando con {assistant}, un asistente de IA de {company}. Puedes pedir hablar con una persona"
                        + " en cualquier momento.",
                "Estás hablando con {assistant}, un asistente de IA de {company}. Puedes pedir hablar con una persona"
                        + " en cualquier momento.",
                "Esta conversación se graba y se conserva para poder ayudarte.",
                "Como aceptaste, podemos usar esta conversación, sin tus datos personales, para mejorar nuestra IA.",
                "No usamos esta conversación para entrenar IA.",
                "Como aceptaste, partes de esta conversación pueden compartirse con nuestros socios.",
                "No compartimos esta conversación con otras empresas para sus propios fines.",
                "Como aceptaste, podemos enviarte ofertas.",
                "Puedes retirar tu consentimiento, o pedir una copia o la eliminación de tus datos, en cualquier"
                        + " momento."));
        BUILT_IN.put("fr", texts(
                "Vous échangez avec {assistant}, un assistant IA de {company}. Vous pouvez demander à parler à une"
                        + " personne à tout moment.",
                "Vous parlez avec {assistant}, un assistant IA de {company}. Vous pouvez demander à parler à une"
                        + " personne à tout moment.",
                "Cette conversation est enregistrée et conservée afin de pouvoir vous aider.",
                "Comme vous l'avez accepté, nous pouvons utiliser cette conversation, sans vos données personnelles,"
                        + " pour améliorer notre IA.",
                "Nous n'utilisons pas cette conversation pour entraîner une IA.",
                "Comme vous l'avez accepté, des extraits de cette conversation peuvent être partagés avec nos"
                        + " partenaires.",
                "Nous ne partageons pas cette conversation avec d'autres entreprises à leurs propres fins.",
                "Comme vous l'avez accepté, nous pouvons vous envoyer des offres.",
                "Vous pouvez retirer votre consentement, ou demander une copie ou la suppression de vos données, à"
                        + " tout moment."));
        BUILT_IN.put("de", texts(
                "Sie chatten mit {assistant}, einem KI-Assistenten von {company}. Sie können jederzeit verlangen, mit"
                        + " einem Menschen zu sprechen.",
                "Sie sprechen mit {assistant}, einem KI-Assistenten von {company}. Sie können jederzeit verlangen, mit"
                        + " einem Menschen zu sprechen.",
                "Dieses Gespräch wird aufgezeichnet und gespeichert, damit wir Ihnen helfen können.",
                "Wie von Ihnen erlaubt, dürfen wir dieses Gespräch ohne Ihre persönlichen Daten nutzen, um unsere KI"
                        + " zu verbessern.",
                "Wir nutzen dieses Gespräch nicht, um KI zu trainieren.",
                "Wie von Ihnen erlaubt, können Teile dieses Gesprächs an unsere Partner weitergegeben werden.",
                "Wir geben dieses Gespräch nicht an andere Unternehmen für deren eigene Zwecke weiter.",
                "Wie von Ihnen erlaubt, dürfen wir Ihnen Angebote senden.",
                "Sie können Ihre Einwilligung jederzeit widerrufen oder eine Kopie oder die Löschung Ihrer Daten"
                        + " verlangen."));
    }

    private static Map<Sentence, String> texts(String... s) {
        Map<Sentence, String> m = new EnumMap<>(Sentence.class);
        Sentence[] keys = Sentence.values();
        for (int i = 0; i < keys.length; i++) {
            m.put(keys[i], s[i]);
        }
        return m;
    }

    private final String company;
    private final String assistant;
    private final Map<String, Map<Sentence, String>> texts;

    private TransparencyNotice(Builder b) {
        this.company = b.company;
        this.assistant = b.assistant;
        Map<String, Map<Sentence, String>> t = new HashMap<>();
        for (Map.Entry<String, Map<Sentence, String>> e : BUILT_IN.entrySet()) {
            t.put(e.getKey(), new EnumMap<>(e.getValue()));
        }
        for (Map.Entry<String, Map<Sentence, String>> e : b.overrides.entrySet()) {
            Map<Sentence, String> lang = t.computeIfAbsent(e.getKey(), k -> new EnumMap<>(BUILT_IN.get("en")));
            lang.putAll(e.getValue());
        }
        this.texts = t;
    }

    /** A builder with the built-in texts; company and assistant names are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The languages with texts (ISO 639 codes), built-in or added. */
    public Set<String> languages() {
        return Set.copyOf(texts.keySet());
    }

    /**
     * The notice for a chat.
     *
     * @param allowed the purposes allowed for this customer now (e.g. from {@link #allowedPurposes})
     */
    public String render(Locale locale, Set<Purpose> allowed) {
        return render(locale, Channel.CHAT, allowed);
    }

    /** The notice for a channel (voice uses the spoken intro). */
    public String render(Locale locale, Channel channel, Set<Purpose> allowed) {
        Objects.requireNonNull(allowed, "allowed");
        Map<Sentence, String> t = textsFor(Objects.requireNonNull(locale, "locale"));
        StringBuilder sb = new StringBuilder(256);
        sb.append(fill(t.get(Objects.requireNonNull(channel, "channel") == Channel.VOICE
                ? Sentence.INTRO_VOICE : Sentence.INTRO_CHAT)));
        if (allowed.contains(Purpose.RECORDING_RETENTION)) {
            sb.append(' ').append(fill(t.get(Sentence.RECORDING)));
        }
        sb.append(' ').append(fill(t.get(allowed.contains(Purpose.MODEL_TRAINING)
                ? Sentence.TRAINING_ON : Sentence.TRAINING_OFF)));
        sb.append(' ').append(fill(t.get(allowed.contains(Purpose.THIRD_PARTY_SHARING)
                ? Sentence.SHARING_ON : Sentence.SHARING_OFF)));
        if (allowed.contains(Purpose.MARKETING)) {
            sb.append(' ').append(fill(t.get(Sentence.MARKETING_ON)));
        }
        sb.append(' ').append(fill(t.get(Sentence.RIGHTS)));
        return sb.toString();
    }

    /** The notice for this customer now, asking the policy which well-known purposes are allowed. */
    public String render(Locale locale, Channel channel, ConsentPolicy policy, SubjectId subject) {
        return render(locale, channel, allowedPurposes(policy, subject));
    }

    /**
     * The well-known purposes the policy allows for the subject now (the purpose as such, no categories). A
     * ledger failure allows nothing, so the notice then promises no training and no sharing.
     */
    public static Set<Purpose> allowedPurposes(ConsentPolicy policy, SubjectId subject) {
        Set<Purpose> out = new HashSet<>();
        for (Purpose p : Purpose.wellKnown()) {
            if (policy.decide(subject, p, Set.of()).allowed()) {
                out.add(p);
            }
        }
        return out;
    }

    private Map<Sentence, String> textsFor(Locale locale) {
        Map<Sentence, String> t = texts.get(locale.getLanguage());
        return t != null ? t : texts.get("en");
    }

    private String fill(String template) {
        return template.replace("{company}", company).replace("{assistant}", assistant);
    }

    @Override
    public String toString() {
        return "TransparencyNotice[languages=" + texts.keySet() + "]";
    }

    /** Builds a {@link TransparencyNotice}. Not thread-safe. */
    public static final class Builder {
        private String company;
        private String assistant;
        private final Map<String, Map<Sentence, String>> overrides = new HashMap<>();

        private Builder() {
        }

        /** The company name, e.g. {@code "Acme Energy"}. */
        public Builder companyName(String company) {
            this.company = requireText(company, "company");
            return this;
        }

        /** The assistant's name, e.g. {@code "Ava"}. */
        public Builder assistantName(String assistant) {
            this.assistant = requireText(assistant, "assistant");
            return this;
        }

        /**
         * Replaces one sentence for a language (adding the language if new; its other sentences then default to
         * English until replaced). Templates may use {@code {company}} and {@code {assistant}}.
         */
        public Builder template(Locale locale, Sentence sentence, String template) {
            String lang = Objects.requireNonNull(locale, "locale").getLanguage();
            if (lang.isEmpty()) {
                throw new IllegalArgumentException("locale needs a language");
            }
            overrides.computeIfAbsent(lang, k -> new EnumMap<>(Sentence.class))
                    .put(Objects.requireNonNull(sentence, "sentence"), requireText(template, "template"));
            return this;
        }

        private static String requireText(String s, String what) {
            if (Objects.requireNonNull(s, what).isBlank()) {
                throw new IllegalArgumentException(what + " must not be blank");
            }
            return s;
        }

        /** @throws IllegalStateException if the company or assistant name is missing */
        public TransparencyNotice build() {
            if (company == null || assistant == null) {
                throw new IllegalStateException("company and assistant names are required");
            }
            return new TransparencyNotice(this);
        }
    }
}
