package dev.privacyai.impl.redaction;

import java.util.Locale;

/**
 * A fixed list of lower-case cue phrases ("card number", "order number") looked up case-insensitively as whole
 * words in a window of the text or in the assistant's previous prompt. A cue ending in {@code *} matches a word
 * prefix ({@code "passw*"} matches "password" and "passwd"). Immutable and thread-safe.
 */
final class ContextLexicon {

    private final String[] cues;
    private final boolean[] prefix;

    private ContextLexicon(String... cues) {
        this.cues = new String[cues.length];
        this.prefix = new boolean[cues.length];
        for (int i = 0; i < cues.length; i++) {
            String c = cues[i].toLowerCase(Locale.ROOT);
            if (c.endsWith("*")) {
                prefix[i] = true;
                c = c.substring(0, c.length() - 1);
            }
            if (c.isEmpty()) {
                throw new IllegalArgumentException("empty cue");
            }
            this.cues[i] = c;
        }
    }

    static ContextLexicon of(String... cues) {
        return new ContextLexicon(cues);
    }

    boolean isEmpty() {
        return cues.length == 0;
    }

    /**
     * The first cue (in lexicon order) that occurs in {@code text[from, to)} as whole words, or {@code null}.
     * Runs in O((to - from) * cues) in the worst case, on short windows.
     */
    String findIn(String text, int from, int to) {
        from = Math.max(0, from);
        to = Math.min(text.length(), to);
        if (to <= from) {
            return null;
        }
        for (int k = 0; k < cues.length; k++) {
            String cue = cues[k];
            int len = cue.length();
            char first = cue.charAt(0);
            for (int p = from; p + len <= to; p++) {
                char c = text.charAt(p);
                if (Character.toLowerCase(c) != first) {
                    continue;
                }
                if (p > 0 && Character.isLetterOrDigit(text.charAt(p - 1))) {
                    continue;
                }
                if (!text.regionMatches(true, p, cue, 0, len)) {
                    continue;
                }
                int after = p + len;
                if (!prefix[k] && after < text.length() && Character.isLetter(text.charAt(after))) {
                    // allow a plural/possessive 's' as in "cards", "card's"
                    if (!(text.charAt(after) == 's' || text.charAt(after) == 'S')
                            || (after + 1 < text.length() && Character.isLetter(text.charAt(after + 1)))) {
                        continue;
                    }
                }
                return cues[k] + (prefix[k] ? "*" : "");
            }
        }
        return null;
    }

    /** The first cue found anywhere in {@code lowerText}, or {@code null}. */
    String findIn(String lowerText) {
        return findIn(lowerText, 0, lowerText.length());
    }
}
