package dev.privacyai.impl.redaction;

import java.util.Set;

/**
 * E-mail tickets often reach a contact-center system as HTML converted badly to text: "Thanks,&lt;br&gt;Kevin
 * O'Hara&lt;br&gt;kevin.ohara@gmail.com", "Regards,&amp;nbsp;Tom&amp;nbsp;Baker". The tags and no-break-space entities
 * glue words together, so names, phone numbers and addresses next to them are missed. {@link #blanked} returns the
 * text with the common formatting tags that have no attributes ({@code <br>}, {@code </p>}, {@code <div>},
 * {@code <td>} ...) and the entities {@code &nbsp;} / {@code &#160;} replaced by spaces of the same length, so that
 * every offset found in it is an offset of the original text. A tag with attributes is left as written: its
 * attributes may hold personal data ({@code href="mailto:..."}) that the detectors must still see. Other entities
 * are left as written. Stateless and thread-safe; package-private.
 */
final class HtmlMarkup {

    /** Formatting tags whose bare form ("&lt;br&gt;", "&lt;/td&gt;", "&lt;br/&gt;") separates words. */
    private static final Set<String> TAGS = Set.of("br", "p", "div", "span", "td", "tr", "th", "table", "tbody",
            "thead", "li", "ul", "ol", "b", "i", "u", "strong", "em", "font", "a", "hr", "h1", "h2", "h3", "h4", "h5",
            "h6", "html", "body", "head", "center", "small", "big", "sup", "sub", "blockquote", "pre", "code",
            "tt", "section", "header", "footer", "article", "main", "nav");
    private static final int MAX_TAG = 12;

    private HtmlMarkup() {
    }

    /** {@code text} with bare formatting tags and no-break-space entities as spaces; {@code text} itself if none. */
    static String blanked(String text) {
        int lt = text.indexOf('<');
        int amp = text.indexOf('&');
        if (lt < 0 && amp < 0) {
            return text;
        }
        char[] out = null;
        // visit only the '<' and '&' positions (String.indexOf is vectorised; most texts have few or none)
        while (lt >= 0 || amp >= 0) {
            int i;
            int end;
            if (amp < 0 || (lt >= 0 && lt < amp)) {
                i = lt;
                end = tagEnd(text, i);
            } else {
                i = amp;
                end = text.startsWith("&nbsp;", i) || text.startsWith("&#160;", i) ? i + 6 : -1;
            }
            if (end > 0) {
                if (out == null) {
                    out = text.toCharArray();
                }
                for (int k = i; k < end; k++) {
                    out[k] = ' ';
                }
            }
            int from = end > 0 ? end : i + 1;
            if (lt >= 0 && lt < from) {
                lt = text.indexOf('<', from);
            }
            if (amp >= 0 && amp < from) {
                amp = text.indexOf('&', from);
            }
        }
        return out == null ? text : new String(out);
    }

    /** Inline formatting tags: they change how words look, not where a line or a table cell ends. */
    private static final Set<String> INLINE = Set.of("b", "i", "u", "strong", "em", "span", "font", "a", "small",
            "big", "sup", "sub", "code", "tt");

    /**
     * The end of a bare formatting tag (one of the tags this class blanks, without attributes) that starts at
     * {@code lt}, or -1 if none starts there. Reads at most {@value #MAX_TAG} + 5 characters.
     */
    static int bareTagEnd(String t, int lt) {
        return t.charAt(lt) == '<' ? tagEnd(t, lt) : -1;
    }

    /** True if the bare tag starting at {@code lt} (see {@link #bareTagEnd}) is an inline one ("&lt;b&gt;", "&lt;/em&gt;"). */
    static boolean inlineTag(String t, int lt) {
        int p = lt + 1;
        if (p < t.length() && t.charAt(p) == '/') {
            p++;
        }
        int q = p;
        while (q < t.length() && q - p <= MAX_TAG && isAsciiLetterOrDigit(t.charAt(q))) {
            q++;
        }
        return INLINE.contains(t.substring(p, q).toLowerCase(java.util.Locale.ROOT));
    }

    /** The end of a bare tag at {@code lt} ("&lt;br&gt;", "&lt;/p&gt;", "&lt;br/&gt;", "&lt;br /&gt;"), or -1. */
    private static int tagEnd(String t, int lt) {
        int n = t.length();
        int p = lt + 1;
        if (p < n && t.charAt(p) == '/') {
            p++;
        }
        int nameStart = p;
        while (p < n && p - nameStart <= MAX_TAG && isAsciiLetterOrDigit(t.charAt(p))) {
            p++;
        }
        if (p == nameStart || p - nameStart > MAX_TAG) {
            return -1;
        }
        String name = t.substring(nameStart, p).toLowerCase(java.util.Locale.ROOT);
        if (!TAGS.contains(name)) {
            return -1;
        }
        if (p < n && t.charAt(p) == ' ') {
            p++;
        }
        if (p < n && t.charAt(p) == '/') {
            p++;
        }
        return p < n && t.charAt(p) == '>' ? p + 1 : -1;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
