package dev.privacyai.impl.consent;

/**
 * A minimal JSON writer for the fixed documents this package produces. Strings are escaped per RFC 8259:
 * quote, backslash and control characters, plus U+2028/U+2029 and unpaired surrogates as {@code \\uXXXX}, so the
 * output is always valid JSON and valid UTF-8. Not thread-safe; one instance per document.
 */
final class Json {

    private final StringBuilder sb = new StringBuilder(256);
    /** Whether the next value in the current container needs a comma before it. */
    private boolean comma;

    Json beginObject() {
        value();
        sb.append('{');
        comma = false;
        return this;
    }

    Json endObject() {
        sb.append('}');
        comma = true;
        return this;
    }

    Json beginArray() {
        value();
        sb.append('[');
        comma = false;
        return this;
    }

    Json endArray() {
        sb.append(']');
        comma = true;
        return this;
    }

    Json name(String name) {
        value();
        quote(name, sb);
        sb.append(':');
        comma = false;
        return this;
    }

    Json string(String s) {
        value();
        if (s == null) {
            sb.append("null");
        } else {
            quote(s, sb);
        }
        comma = true;
        return this;
    }

    Json number(long n) {
        value();
        sb.append(n);
        comma = true;
        return this;
    }

    Json bool(boolean b) {
        value();
        sb.append(b);
        comma = true;
        return this;
    }

    Json field(String name, String value) {
        return name(name).string(value);
    }

    private void value() {
        if (comma) {
            sb.append(',');
        }
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        hex(c, out);
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            out.append(c).append(s.charAt(++i));
                        } else {
                            hex(c, out);
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        hex(c, out);
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    private static void hex(char c, StringBuilder out) {
        out.append("\\u");
        for (int shift = 12; shift >= 0; shift -= 4) {
            out.append(Character.forDigit((c >> shift) & 0xf, 16));
        }
    }
}
