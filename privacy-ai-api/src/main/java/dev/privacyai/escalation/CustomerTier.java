package dev.privacyai.escalation;

/**
 * The customer's service tier as the host knows it. Higher tiers may raise the priority of an escalation, never
 * lower it and never turn "stay with AI" into an escalation on their own.
 */
public enum CustomerTier {
    /** The default tier. */
    STANDARD,
    /** A premium customer. */
    PREMIUM,
    /** A customer the host treats as very important. */
    VIP
}
