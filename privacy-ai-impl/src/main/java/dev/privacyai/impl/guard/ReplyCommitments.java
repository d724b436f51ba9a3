package dev.privacyai.impl.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds commitments in a model reply that only a person may make: guarantees, promises, approved or issued refunds
 * and compensation, waived fees, accepted liability, legal advice. Phrases are matched whole-word on a normalized
 * copy (lower case, apostrophes unified, clause punctuation as a boundary, other punctuation as spaces); a negation
 * among the three words before a phrase, within its clause ("I can't guarantee ...", not "Don't worry, I
 * guarantee ..."), cancels it. Returns the phrases (policy text), never the reply. Linear in the
 * text times the (small) number of phrases; text beyond 20,000 characters is not looked at. Immutable, thread-safe.
 */
final class ReplyCommitments {

    static final int MAX_CHARS = 20_000;

    static final List<String> DEFAULT_PHRASES = List.of(
            // English
            "i guarantee", "we guarantee", "i can guarantee", "guaranteed refund", "i promise", "we promise",
            "i can promise", "your refund has been approved", "your refund is approved", "refund has been approved",
            "i have approved", "i've approved", "i have issued a refund", "i've issued a refund", "i have refunded",
            "i've refunded", "we will refund you", "i will refund you", "you will be compensated",
            "we will compensate you", "i have waived", "i've waived", "we will waive", "we accept liability",
            "we accept full responsibility", "this is legal advice", "you should sue", "you will win the case",
            "i have cancelled your", "i've cancelled your", "i have closed your account", "i've closed your account",
            // Spanish, French, German
            "le garantizo", "te garantizo", "le prometo", "te prometo", "reembolso aprobado",
            "je vous garantis", "je vous promets", "remboursement approuvé", "ich garantiere", "ich verspreche",
            "wir garantieren", "erstattung genehmigt");

    private static final Set<String> NEGATIONS = Set.of("not", "can't", "cannot", "cant", "don't", "dont",
            "won't", "wont", "unable", "never", "no", "couldn't", "shouldn't", "isn't", "no puedo", "ne", "pas",
            "nicht", "kein", "keine");

    private final List<String> phrases;

    ReplyCommitments(List<String> phrases) {
        List<String> p = new ArrayList<>();
        for (String s : phrases) {
            p.add(" " + normalize(s).strip() + " ");
        }
        this.phrases = List.copyOf(p);
    }

    /** The phrases found (as configured, trimmed), in configuration order; empty if none. */
    List<String> find(String reply) {
        String text = normalize(reply.length() > MAX_CHARS ? reply.substring(0, MAX_CHARS) : reply);
        List<String> out = new ArrayList<>(2);
        for (String p : phrases) {
            int from = 0;
            while (true) {
                int at = text.indexOf(p, from);
                if (at < 0) {
                    break;
                }
                if (!negated(text, at)) {
                    out.add(p.strip());
                    break;
                }
                from = at + 1;
            }
        }
        return out;
    }

    private static boolean negated(String text, int at) {
        int end = at;
        for (int words = 0; words < 3 && end > 0; words++) {
            int start = text.lastIndexOf(' ', end - 1);
            String w = text.substring(start + 1, end);
            if (w.equals("|")) {
                break;
            }
            if (NEGATIONS.contains(w)) {
                return true;
            }
            if (start < 0) {
                break;
            }
            end = start;
        }
        return false;
    }

    /** Lower case, curly apostrophes straightened, every run of other non-letters/digits as one space, padded. */
    static String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append(' ');
        boolean space = true;
        String lower = s.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '\u2019' || c == '\u2018') {
                c = '\'';
            }
            if (Character.isLetterOrDigit(c) || c == '\'') {
                sb.append(c);
                space = false;
            } else if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?') {
                sb.append(space ? "| " : " | ");
                space = true;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        if (!space) {
            sb.append(' ');
        }
        return sb.toString();
    }
}
