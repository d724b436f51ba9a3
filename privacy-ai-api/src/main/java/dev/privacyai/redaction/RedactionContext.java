package dev.privacyai.redaction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a {@link Redactor} knows about the text besides the text itself: the regions and locales it comes from,
 * the {@link Channel}, values that must never be redacted (an allow-list such as the company's own hotline),
 * and the assistant's previous prompt. When the assistant has just asked "what's the card number?", the digits
 * in the customer's answer are a card even without context words in the answer itself.
 *
 * <p>Defaults ({@link #defaults()}): no regions (detectors use their own documented defaults), locale
 * {@link Locale#ENGLISH}, channel {@link Channel#CHAT}, empty allow-list, no previous prompt, empty
 * {@link CustomerProfile}.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never prints allow-list values, the prompt or profile values.
 */
public final class RedactionContext {

    private static final RedactionContext DEFAULTS = builder().build();

    private final Set<String> regions;
    private final List<Locale> locales;
    private final Channel channel;
    private final Set<String> allowList;
    private final String previousAssistantPrompt;
    private final CustomerProfile customerProfile;

    private RedactionContext(Builder b) {
        this.regions = Collections.unmodifiableSet(new TreeSet<>(b.regions));
        this.locales = b.locales.isEmpty() ? List.of(Locale.ENGLISH) : List.copyOf(b.locales);
        this.channel = b.channel;
        this.allowList = Collections.unmodifiableSet(new LinkedHashSet<>(b.allowList));
        this.previousAssistantPrompt = b.previousAssistantPrompt;
        this.customerProfile = b.customerProfile;
    }

    /** The default context; see the class documentation. */
    public static RedactionContext defaults() {
        return DEFAULTS;
    }

    /** Starts a context with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this context's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.regions.addAll(regions);
        b.locales.addAll(locales);
        b.channel = channel;
        b.allowList.addAll(allowList);
        b.previousAssistantPrompt = previousAssistantPrompt;
        b.customerProfile = customerProfile;
        return b;
    }

    /** ISO 3166-1 alpha-2 region codes (upper case) the conversation relates to; empty means detector defaults. */
    public Set<String> regions() {
        return regions;
    }

    /** Locales of the text, most likely first; never empty. */
    public List<Locale> locales() {
        return locales;
    }

    /** The channel the text comes from. */
    public Channel channel() {
        return channel;
    }

    /** Values never to redact, compared case-insensitively with the text a finding covers. */
    public Set<String> allowList() {
        return allowList;
    }

    /** True if {@code value} is on the allow-list (case-insensitive). */
    public boolean isAllowed(String value) {
        for (String allowed : allowList) {
            if (allowed.equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    /** What the assistant said just before the customer's text, if the host passed it. */
    public Optional<String> previousAssistantPrompt() {
        return Optional.ofNullable(previousAssistantPrompt);
    }

    /**
     * What the host knows about the customer; {@link CustomerProfile#empty()} unless set. Its values are redacted
     * wherever they appear by the known-identifier detector.
     */
    public CustomerProfile customerProfile() {
        return customerProfile;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RedactionContext)) {
            return false;
        }
        RedactionContext c = (RedactionContext) o;
        return regions.equals(c.regions) && locales.equals(c.locales) && channel == c.channel
                && allowList.equals(c.allowList) && Objects.equals(previousAssistantPrompt, c.previousAssistantPrompt)
                && customerProfile.equals(c.customerProfile);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regions, locales, channel, allowList, previousAssistantPrompt, customerProfile);
    }

    /** Regions, locales, channel, and only the sizes of the allow-list, prompt and customer profile. */
    @Override
    public String toString() {
        return "RedactionContext{regions=" + regions + ", locales=" + locales + ", channel=" + channel
                + ", allowList=" + allowList.size() + " values, previousAssistantPrompt="
                + (previousAssistantPrompt == null ? "none" : previousAssistantPrompt.length() + " chars")
                + ", customerProfile=" + customerProfile + "}";
    }

    /** Builds a {@link RedactionContext}. Not thread-safe; the built context is. */
    public static final class Builder {
        private final Set<String> regions = new LinkedHashSet<>();
        private final List<Locale> locales = new ArrayList<>();
        private Channel channel = Channel.CHAT;
        private final Set<String> allowList = new LinkedHashSet<>();
        private String previousAssistantPrompt;
        private CustomerProfile customerProfile = CustomerProfile.empty();

        private Builder() {
        }

        /**
         * Adds ISO 3166-1 alpha-2 region codes such as {@code "US"} or {@code "gb"} (case-insensitive).
         *
         * @throws IllegalArgumentException if a code is not two ASCII letters
         */
        public Builder regions(String... codes) {
            Objects.requireNonNull(codes, "codes");
            for (String code : codes) {
                Objects.requireNonNull(code, "region code");
                if (!code.matches("[A-Za-z]{2}")) {
                    throw new IllegalArgumentException("region must be an ISO 3166-1 alpha-2 code");
                }
                regions.add(code.toUpperCase(Locale.ROOT));
            }
            return this;
        }

        /** Adds locales of the text, most likely first. */
        public Builder locales(Locale... locales) {
            Objects.requireNonNull(locales, "locales");
            for (Locale l : locales) {
                this.locales.add(Objects.requireNonNull(l, "locale"));
            }
            return this;
        }

        /** Sets the channel; default {@link Channel#CHAT}. */
        public Builder channel(Channel channel) {
            this.channel = Objects.requireNonNull(channel, "channel");
            return this;
        }

        /** Adds values that must never be redacted, e.g. the company's public support address. */
        public Builder allow(String... values) {
            Objects.requireNonNull(values, "values");
            for (String v : values) {
                allowList.add(Objects.requireNonNull(v, "allow-list value"));
            }
            return this;
        }

        /** Sets what the assistant said just before this text; {@code null} clears it. */
        public Builder previousAssistantPrompt(String prompt) {
            this.previousAssistantPrompt = prompt;
            return this;
        }

        /** Sets what the host knows about the customer; {@code null} clears it (empty profile). */
        public Builder customerProfile(CustomerProfile profile) {
            this.customerProfile = profile == null ? CustomerProfile.empty() : profile;
            return this;
        }

        /** Builds the immutable context. */
        public RedactionContext build() {
            return new RedactionContext(this);
        }
    }
}
