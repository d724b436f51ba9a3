package dev.privacyai.impl.pseudonym;

/**
 * A tiny JSON scanner that copies a JSON text while letting a callback rewrite string values (not object keys)
 * and, optionally, number values. It validates the syntax as it goes (RFC 8259; nesting limited to
 * {@link #MAX_DEPTH}); rewritten strings are re-escaped so the output stays valid JSON. No JSON library needed.
 * Error messages carry offsets only, never content.
 */
final class JsonStrings {

    static final int MAX_DEPTH = 256;

    /** Rewrites one decoded value. */
    interface Rewriter {
        /**
         * @param decoded    the decoded string value (or a number's literal text)
         * @param rawOffsets {@code rawOffsets[k]} is the offset in the JSON text of decoded character {@code k};
         *                   {@code rawOffsets[decoded.length()]} the offset just after the last one
         * @param number     true for a number literal
         * @return the new decoded value, or null to keep the original bytes; for a number, a non-null result is
         *         written as a JSON string
         */
        String rewrite(String decoded, int[] rawOffsets, boolean number);
    }

    private final String json;
    private final Rewriter rewriter;
    private final StringBuilder out;
    private int pos;

    private JsonStrings(String json, Rewriter rewriter) {
        this.json = json;
        this.rewriter = rewriter;
        this.out = new StringBuilder(json.length() + 16);
    }

    /**
     * Copies {@code json}, rewriting values.
     *
     * @throws IllegalArgumentException if {@code json} is not valid JSON (message with an offset only)
     */
    static String rewrite(String json, Rewriter rewriter) {
        JsonStrings s = new JsonStrings(json, rewriter);
        s.skipWs();
        s.value(0);
        s.skipWs();
        if (s.pos != json.length()) {
            throw s.error();
        }
        return s.out.toString();
    }

    /** True if {@code text} is a JSON object or array. */
    static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isWs(c)) {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    private IllegalArgumentException error() {
        return new IllegalArgumentException("invalid JSON at offset " + pos);
    }

    private static boolean isWs(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private void skipWs() {
        int start = pos;
        while (pos < json.length() && isWs(json.charAt(pos))) {
            pos++;
        }
        out.append(json, start, pos);
    }

    private void value(int depth) {
        if (depth > MAX_DEPTH || pos >= json.length()) {
            throw error();
        }
        char c = json.charAt(pos);
        if (c == '{') {
            object(depth + 1);
        } else if (c == '[') {
            array(depth + 1);
        } else if (c == '"') {
            string(true);
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            number();
        } else if (json.startsWith("true", pos)) {
            literal(4);
        } else if (json.startsWith("false", pos)) {
            literal(5);
        } else if (json.startsWith("null", pos)) {
            literal(4);
        } else {
            throw error();
        }
    }

    private void literal(int len) {
        out.append(json, pos, pos + len);
        pos += len;
    }

    private void expect(char c) {
        if (pos >= json.length() || json.charAt(pos) != c) {
            throw error();
        }
        out.append(c);
        pos++;
    }

    private void object(int depth) {
        expect('{');
        skipWs();
        if (pos < json.length() && json.charAt(pos) == '}') {
            expect('}');
            return;
        }
        while (true) {
            skipWs();
            if (pos >= json.length() || json.charAt(pos) != '"') {
                throw error();
            }
            string(false);
            skipWs();
            expect(':');
            skipWs();
            value(depth);
            skipWs();
            if (pos < json.length() && json.charAt(pos) == ',') {
                expect(',');
                continue;
            }
            expect('}');
            return;
        }
    }

    private void array(int depth) {
        expect('[');
        skipWs();
        if (pos < json.length() && json.charAt(pos) == ']') {
            expect(']');
            return;
        }
        while (true) {
            skipWs();
            value(depth);
            skipWs();
            if (pos < json.length() && json.charAt(pos) == ',') {
                expect(',');
                continue;
            }
            expect(']');
            return;
        }
    }

    private void number() {
        int start = pos;
        if (json.charAt(pos) == '-') {
            pos++;
        }
        int intStart = pos;
        digits();
        if (pos == intStart || (json.charAt(intStart) == '0' && pos - intStart > 1)) {
            throw error();
        }
        if (pos < json.length() && json.charAt(pos) == '.') {
            pos++;
            int f = pos;
            digits();
            if (pos == f) {
                throw error();
            }
        }
        if (pos < json.length() && (json.charAt(pos) == 'e' || json.charAt(pos) == 'E')) {
            pos++;
            if (pos < json.length() && (json.charAt(pos) == '+' || json.charAt(pos) == '-')) {
                pos++;
            }
            int e = pos;
            digits();
            if (pos == e) {
                throw error();
            }
        }
        String literal = json.substring(start, pos);
        int[] offsets = new int[literal.length() + 1];
        for (int k = 0; k <= literal.length(); k++) {
            offsets[k] = start + k;
        }
        String replaced = rewriter.rewrite(literal, offsets, true);
        if (replaced == null || replaced.equals(literal)) {
            out.append(literal);
        } else {
            out.append('"');
            escape(replaced, out);
            out.append('"');
        }
    }

    private void digits() {
        while (pos < json.length() && json.charAt(pos) >= '0' && json.charAt(pos) <= '9') {
            pos++;
        }
    }

    private void string(boolean isValue) {
        int start = pos;
        pos++; // opening quote
        StringBuilder decoded = new StringBuilder();
        int[] offsets = new int[16];
        while (true) {
            if (pos >= json.length()) {
                throw error();
            }
            char c = json.charAt(pos);
            if (c == '"') {
                break;
            }
            if (c < 0x20) {
                throw error();
            }
            if (offsets.length <= decoded.length() + 1) {
                offsets = java.util.Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[decoded.length()] = pos;
            if (c != '\\') {
                decoded.append(c);
                pos++;
                continue;
            }
            if (pos + 1 >= json.length()) {
                throw error();
            }
            char e = json.charAt(pos + 1);
            switch (e) {
                case '"': decoded.append('"'); pos += 2; break;
                case '\\': decoded.append('\\'); pos += 2; break;
                case '/': decoded.append('/'); pos += 2; break;
                case 'b': decoded.append('\b'); pos += 2; break;
                case 'f': decoded.append('\f'); pos += 2; break;
                case 'n': decoded.append('\n'); pos += 2; break;
                case 'r': decoded.append('\r'); pos += 2; break;
                case 't': decoded.append('\t'); pos += 2; break;
                case 'u':
                    if (pos + 6 > json.length()) {
                        throw error();
                    }
                    int v = 0;
                    for (int k = pos + 2; k < pos + 6; k++) {
                        int d = Character.digit(json.charAt(k), 16);
                        if (d < 0) {
                            throw error();
                        }
                        v = v * 16 + d;
                    }
                    decoded.append((char) v);
                    pos += 6;
                    break;
                default:
                    throw error();
            }
        }
        offsets[decoded.length()] = pos;
        pos++; // closing quote
        String replaced = null;
        if (isValue) {
            replaced = rewriter.rewrite(decoded.toString(), java.util.Arrays.copyOf(offsets, decoded.length() + 1),
                    false);
        }
        if (replaced == null || replaced.contentEquals(decoded)) {
            out.append(json, start, pos);
        } else {
            out.append('"');
            escape(replaced, out);
            out.append('"');
        }
    }

    /** Appends {@code s} escaped for a JSON string (quotes, backslash, control characters, U+2028/9). */
    static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
    }
}
