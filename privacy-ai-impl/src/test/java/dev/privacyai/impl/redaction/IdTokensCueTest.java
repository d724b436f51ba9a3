package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.RedactionContext;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link IdTokens#cueRightBefore} searches each cue only where it could end after the filler before the value; this
 * checks on random texts that it returns what the full-window search (kept here as the reference) returns.
 */
class IdTokensCueTest {

    private static final String[] FILLER = {
        "is", "was", "it", "its", "it's", "my", "our", "the", "number", "no", "nr", "num", "id", "of", "be", "are",
        "here", "this", "that", "reads", "read", "should", "would", "will", "please", "code", "ending", "in",
        "sure", "yes", "yeah", "ok", "okay", "so", "i", "think", "i'm", "it", "mine",
        "ist", "lautet", "meine", "est", "es", "mi", "mon", "ma", "mijn", "il", "mio", "è"
    };

    private static final String[] PIECES = {
        "account", "acct", "acc", "a/c", "customer", "number", "no", "#", "id", "policy", "billing", "is", "my", "this",
        "xis", "account's", "it's", "i'm", "'s", "forum", "please", "Kundennummer", "ist", "número de cuenta", "es",
        "bla", "123456", "98765432", "12", "AC", ":", ".", "-", "=", ",", "(", "\"", "'", "!", "?", "\n", "  ", "é",
        "thisis", "noid", "customer #", "account #", "#is"
    };

    @Test
    void sameCueAsTheFullWindowSearch() {
        Random random = new Random(20261203L);
        int found = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            int pieces = 1 + random.nextInt(14);
            for (int k = 0; k < pieces; k++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    b.append(' ');
                }
            }
            String text = b.toString();
            TextScan scan = TextScan.of(text, RedactionContext.defaults());
            for (int start = 0; start <= text.length(); start++) {
                String expected = reference(scan.lowerText(), start, AccountNumberDetector.CUES, 24);
                assertThat(IdTokens.cueRightBefore(scan, start, AccountNumberDetector.CUES, 24))
                        .as("round %d start %d", round, start).isEqualTo(expected);
                if (expected != null) {
                    found++;
                }
            }
        }
        assertThat(found).as("the random texts hold cues").isGreaterThan(10_000);
    }

    /** The search as it was before the filler bound: every cue's last whole-word occurrence in the window. */
    private static String reference(String lower, int start, String[] cues, int maxGap) {
        int winFrom = Math.max(0, start - maxGap - 40);
        String best = null;
        int bestEnd = -1;
        for (String cue : cues) {
            int p = lastIndexIn(lower, cue, winFrom, start - cue.length());
            while (p >= winFrom) {
                int e = p + cue.length();
                boolean wholeStart = p == winFrom || !Character.isLetterOrDigit(lower.charAt(p - 1));
                boolean wholeEnd = e >= start || !Character.isLetterOrDigit(lower.charAt(e)) || cue.endsWith("#");
                if (wholeStart && wholeEnd) {
                    break;
                }
                p = lastIndexIn(lower, cue, winFrom, p - 1);
            }
            if (p < winFrom) {
                continue;
            }
            int e = p + cue.length();
            if (start - e > maxGap || !onlyFiller(lower, e, start)) {
                continue;
            }
            if (e > bestEnd) {
                bestEnd = e;
                best = cue;
            }
        }
        return best;
    }

    private static int lastIndexIn(String s, String cue, int from, int maxStart) {
        for (int p = Math.min(maxStart, s.length() - cue.length()); p >= from; p--) {
            if (s.startsWith(cue, p)) {
                return p;
            }
        }
        return -1;
    }

    private static boolean onlyFiller(String win, int from, int to) {
        int p = from;
        while (p < to) {
            char c = win.charAt(p);
            if (Character.isLetterOrDigit(c) || c == '\'') {
                int s = p;
                while (p < to && (Character.isLetterOrDigit(win.charAt(p)) || win.charAt(p) == '\'')) {
                    p++;
                }
                if (!java.util.Arrays.asList(FILLER).contains(win.substring(s, p))) {
                    return false;
                }
            } else if (c == ':' || c == '#' || c == '.' || c == '-' || c == '=' || c == ',' || c == '('
                    || c == '"' || c == '\'' || Character.isWhitespace(c)) {
                p++;
            } else {
                return false;
            }
        }
        return true;
    }
}
