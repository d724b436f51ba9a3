package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Set;

/**
 * Digits that answer the assistant's request for an identifier, even when they are only part of it. Customers,
 * above all on the phone, give a card or phone number in chunks: "Can I have the long card number?" - "4111 1111"
 * - "mhm" - "1111 1111". Each chunk is too short to be a card on its own, yet it is half of one. When the
 * assistant's previous prompt ({@code RedactionContext.previousAssistantPrompt}) asks for a card number, a social
 * security number, an NHS number, an account-type number or a phone number, and the reply is short (at most
 * {@value #MAX_REPLY} characters) and holds nothing but digit groups and answer words ("sure", "it's", "the first
 * part is", "um", ...), each digit group of at least {@value #MIN_DIGITS} digits (and at most the identifier's
 * length) is reported as the asked type with score 0.6.
 *
 * <p>Without a prompt this detector does nothing (no cost on other texts). A reply that holds any other word ("I'll
 * call back in 5 minutes"), an amount, a percentage, a time, a date or an e-mail address is not an answer made of
 * digits and is left to the other detectors. A prompt that asks for a card's security code or expiry as well
 * ("card number, expiry and CVV") leaves groups of up to four digits to CVV and CARD_EXPIRY. Only one type is
 * asked at a time: the first of card, social security, NHS, account and phone whose cue the prompt holds.
 */
final class PromptedNumberDetector extends ScanningDetector {

    /** A reply to the assistant's prompt is only read as an answer when it is short. */
    static final int MAX_REPLY = 80;
    static final int MIN_DIGITS = 3;

    /** What a prompt asks for, in the order tried; each with its cues and longest digit count. */
    private record Asked(EntityType type, ContextLexicon cues, int maxDigits, String what) {
    }

    private static final List<Asked> ASKED = List.of(
            new Asked(EntityType.CREDIT_CARD, ContextLexicon.forStrings("card number", "card no", "card #", "long number",
                    "number on the card", "number on your card", "number on the front", "16 digit", "16-digit",
                    "sixteen digit", "digits of the card", "digits of your card", "digits on the card",
                    "digits on your card", "cardnumber", "kartennummer", "numéro de carte", "número de tarjeta",
                    "numero della carta", "numero di carta", "kaartnummer", "número do cartão"), 19, "a card number"),
            new Asked(EntityType.US_SSN, ContextLexicon.forStrings("social security", "ssn", "social", "ss number"), 9,
                    "a social security number"),
            new Asked(EntityType.UK_NHS, ContextLexicon.forStrings("nhs number", "nhs no", "nhs #"), 10, "an NHS number"),
            new Asked(EntityType.ACCOUNT_NUMBER, ContextLexicon.forStrings("account number", "account no", "acct number",
                    "customer number", "customer id", "member number", "member id", "membership number",
                    "policy number", "loyalty number", "subscriber number", "contract number", "kundennummer",
                    "kontonummer", "numéro de client", "numéro de compte", "número de cliente", "número de cuenta",
                    "numero cliente", "numero di conto", "klantnummer", "rekeningnummer"), 20, "an account number"),
            new Asked(EntityType.PHONE, ContextLexicon.forStrings("phone number", "phone", "telephone", "mobile number",
                    "mobile", "cell number", "cell phone", "contact number", "callback number", "call-back number",
                    "call back number", "number to reach you", "reach you", "reach you on", "best number",
                    "number we can call", "telefonnummer", "handynummer", "rufnummer", "numéro de téléphone",
                    "número de teléfono", "numero di telefono", "telefoonnummer"), 15, "a phone number"));

    /** A prompt that also asks for these leaves short groups to CVV and CARD_EXPIRY. */
    private static final ContextLexicon SHORT_CODES = ContextLexicon.forStrings("cvv", "cvc", "security code", "expiry",
            "expiration", "exp date", "expires", "valid thru", "3 digits", "three digits", "3 digit", "three digit");

    /** Words an answer made of digits may hold besides them. */
    private static final TokenWords ANSWER_WORDS = TokenWords.of("sure", "yes", "yeah", "yep", "yup", "ok", "okay",
            "so", "um", "uh", "er", "erm", "hmm", "mhm", "ah", "oh", "well", "right", "alright", "it", "it's", "its",
            "s", "is", "are", "that's", "that", "thats", "the", "my", "a", "first", "next", "last", "then", "and",
            "part", "bit", "digits", "numbers", "number", "four", "eight", "starts", "start", "begins", "begin",
            "with", "ends", "ending", "card", "phone", "mobile", "cell", "social", "ssn", "account", "nhs", "one",
            "sec", "second", "moment", "hold", "on", "wait", "let", "me", "see", "check", "here", "here's", "heres",
            "you", "go", "got", "is:", "please", "thanks", "thank", "of", "rest", "after", "that", "sorry", "i",
            "think", "believe", "oui", "ja", "si", "sí", "c'est", "es", "ist", "lautet");

    PromptedNumberDetector() {
        super("prompted-number", Set.of(EntityType.CREDIT_CARD, EntityType.US_SSN, EntityType.UK_NHS,
                EntityType.ACCOUNT_NUMBER, EntityType.PHONE));
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        if (scan.prompt.isEmpty() || !scan.hasDigit() || scan.text.length() > MAX_REPLY || !onlyDigitsAndAnswerWords(scan)) {
            return;
        }
        Asked asked = null;
        String cue = null;
        for (Asked a : ASKED) {
            cue = a.cues().findIn(scan.prompt);
            if (cue != null) {
                asked = a;
                break;
            }
        }
        if (asked == null) {
            return;
        }
        int minDigits = asked.type().equals(EntityType.CREDIT_CARD) && SHORT_CODES.findIn(scan.prompt) != null
                ? 5 : MIN_DIGITS;
        for (int r = 0; r < scan.runCount(); r++) {
            int digits = scan.runDigits(r);
            if (digits < minDigits || digits > asked.maxDigits()) {
                continue;
            }
            Explanation.Builder ex = Explanation.builder().pattern("digits-in-reply").validator("prompt-asked")
                    .baseScore(0.2).cue(Explanation.ContextCue.of(cue, 0.4, "assistant-prompt"))
                    .reason(digits + " digits answering the assistant's request for " + asked.what()
                            + " (all or part of it)");
            out.add(finding(asked.type(), scan.runStart(r), scan.runEnd(r), 0.6, ex));
        }
    }

    /**
     * True if every token is digits or an answer word, and no character makes the digits an amount, a share, a
     * time, a date or an address ('$', '£', '€', '%', '@', '/', a ':' between digits).
     */
    private static boolean onlyDigitsAndAnswerWords(TextScan scan) {
        for (int k = 0; k < scan.tokenCount(); k++) {
            int flags = scan.tokenFlags(k);
            if (flags == TextScan.DIGIT) {
                continue;
            }
            if ((flags & TextScan.DIGIT) != 0 || !ANSWER_WORDS.contains(scan, k)) {
                return false;
            }
        }
        char[] t = scan.chars;
        for (int i = 0; i < t.length; i++) {
            char c = t[i];
            if (c == '$' || c == '£' || c == '€' || c == '%' || c == '@' || c == '/'
                    || (c == ':' && i > 0 && i + 1 < t.length && IdTokens.isDigit(t[i - 1])
                    && IdTokens.isDigit(t[i + 1]))) {
                return false;
            }
        }
        return true;
    }
}
