package dev.privacyai.consent;

import dev.privacyai.redaction.Channel;

import java.util.Objects;

/** Where a consent event was captured: the channel the customer used or the system that recorded it. */
public enum ConsentSource {
    /** In a typed chat or messaging conversation. */
    CHAT,
    /** By e-mail. */
    EMAIL,
    /** In a phone call or voice-bot conversation. */
    VOICE,
    /** On a web form or consent banner. */
    WEB,
    /** In a mobile app. */
    MOBILE_APP,
    /** Recorded by a human agent on the customer's behalf. */
    AGENT,
    /** Imported from another consent-management system. */
    IMPORT,
    /** Recorded by the system itself, e.g. an expiry sweep or a data-subject request. */
    SYSTEM;

    /** The source matching a conversation channel. */
    public static ConsentSource of(Channel channel) {
        switch (Objects.requireNonNull(channel, "channel")) {
            case EMAIL:
                return EMAIL;
            case VOICE:
                return VOICE;
            case CHAT:
            default:
                return CHAT;
        }
    }
}
