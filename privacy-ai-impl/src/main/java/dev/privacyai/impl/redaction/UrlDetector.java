package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * URL: scheme URLs ({@code http}, {@code https}, {@code ftp}, {@code sftp}, {@code ws(s)}) with host, port, path,
 * query and fragment, and scheme-less forms: {@code www.}-hosts and bare domain names whose top-level label is a
 * known generic or country TLD (case-insensitive; a bare domain needs a lower-case TLD and excludes TLDs that are
 * common file extensions or English words, so {@code invoice.pdf}, {@code script.py}, {@code v1.2} are not URLs).
 * A URL ends at whitespace and never includes trailing punctuation or an unbalanced closing bracket. Hosts that are
 * the domain part of an e-mail address are left to the e-mail detector.
 */
final class UrlDetector extends ScanningDetector {

    private static final int MAX_URL = 2048;

    /** Generic TLDs (a compact, commonly seen subset). */
    private static final Set<String> GENERIC = Set.of(
            "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "name", "pro", "aero", "coop", "museum",
            "mobi", "asia", "tel", "travel", "jobs", "cat", "app", "dev", "xyz", "online", "site", "store", "tech",
            "blog", "shop", "club", "live", "news", "cloud", "page", "top", "art", "design", "agency", "email",
            "website", "space", "world", "today", "life", "media", "network", "solutions", "services", "digital",
            "company", "group", "global", "studio", "center", "academy", "health", "bank", "insurance", "law",
            "io", "ai", "co", "me", "tv", "us", "eu", "uk");

    /** ISO 3166 country-code TLDs. */
    private static final Set<String> COUNTRY = new HashSet<>(List.of((
            "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz "
            + "ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj "
            + "fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in "
            + "io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md "
            + "me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe "
            + "pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st "
            + "sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf "
            + "ws ye yt za zm zw").split(" ")));

    /**
     * TLDs that, without a scheme or "www.", are more often a file extension or an English word glued to a
     * sentence ("script.py", "done.it") than a domain.
     */
    private static final Set<String> BARE_EXCLUDED = Set.of(
            "py", "sh", "md", "rs", "pl", "ps", "cc", "so", "ai", "am", "ac", "in", "it", "is", "at", "be", "no",
            "to", "do", "go", "my", "as", "by", "an", "or", "on", "we", "he", "hi", "id", "if", "im", "la", "ma",
            "mo", "me", "us", "ms", "na", "ne", "nu", "pa", "re", "st", "ye", "tv", "cat", "name", "pro",
            "int", "app", "art", "page", "today", "life", "live", "news", "world", "space", "law", "top", "ml", "ts",
            "gs", "js", "jp", "mp", "vc", "ar", "tm", "ph", "pm", "ok", "cd", "bz", "gz", "tk");

    /** Second-level labels under a country TLD that make a bare name a domain ("bbc.co.uk"). */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "ac", "gov", "edu", "gob",
            "ltd", "plc", "or", "ne", "go");

    /** True if {@code lower} is a generic or country-code top-level domain of this detector's lists. */
    static boolean knownTld(String lower) {
        return GENERIC.contains(lower) || COUNTRY.contains(lower);
    }

    private static final ContextLexicon NEGATIVE = ContextLexicon.of("file", "filename", "attachment", "attached");
    private static final ContextScorer SCORER = new ContextScorer(
            ContextLexicon.of("website", "site", "url", "link", "web", "page", "visit", "go to", "http*"), 0.1,
            NEGATIVE, 0.3, 24, 8);

    UrlDetector() {
        super("url", Set.of(EntityType.URL));
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        String t = scan.text;
        int n = t.length();
        int skipUntil = -1;
        // a scheme is followed by ':' and a host's first label by '.'
        for (int k = scan.nextJoinedToken(0); k < scan.tokenCount(); k = scan.nextJoinedToken(k + 1)) {
            int s = scan.tokenStart(k);
            if (s < skipUntil) {
                continue;
            }
            int e = scan.tokenEnd(k);
            if (e + 3 < n && t.charAt(e) == ':' && t.charAt(e + 1) == '/' && t.charAt(e + 2) == '/'
                    && isScheme(t, s, e) && scan.boundaryBefore(s)) {
                int hs = e + 3;
                int he = hostEnd(t, hs, n);
                if (he > hs && validSchemeHost(t, hs, he)) {
                    int end = trimTail(t, s, extendPath(t, he, n));
                    Explanation.Builder ex = Explanation.builder().pattern("scheme://host[/path]")
                            .validator("host-labels").reason("scheme URL with a valid host");
                    double score = SCORER.score(scan, s, end, 0.92, ex);
                    out.add(finding(EntityType.URL, s, end, score, ex));
                    skipUntil = end;
                }
                continue;
            }
            if (e >= n || t.charAt(e) != '.' || e + 1 >= n || !Character.isLetterOrDigit(t.charAt(e + 1))) {
                continue;
            }
            if (s > 0) {
                char b = t.charAt(s - 1);
                if (b == '.' || b == '@' || b == '-' || b == '_' || b == '/' || b == '\\' || b == ':' || b == '+'
                        || b == '%' || b == '=' || b == '&' || b == '#' || b == '~') {
                    continue;
                }
            }
            int he = hostEnd(t, s, n);
            skipUntil = he;
            if (he < n && (t.charAt(he) == '@' || t.charAt(he) == '_')) {
                continue; // local part of an e-mail address
            }
            int labels = 1;
            int lastDot = -1;
            int prevDot = -1;
            for (int i = s; i < he; i++) {
                if (t.charAt(i) == '.') {
                    labels++;
                    prevDot = lastDot;
                    lastDot = i;
                }
            }
            if (labels < 2 || !validLabels(t, s, he)) {
                continue;
            }
            String tld = t.substring(lastDot + 1, he);
            String tldLower = tld.toLowerCase(Locale.ROOT);
            boolean www = e - s == 3 && t.regionMatches(true, s, "www", 0, 3);
            double base;
            String pattern;
            if (www) {
                if (labels < 3 || !(GENERIC.contains(tldLower) || COUNTRY.contains(tldLower))) {
                    continue;
                }
                base = 0.88;
                pattern = "www.host";
            } else {
                if (!tld.equals(tldLower) || !hasLetter(t, s, e)) {
                    continue;
                }
                String second = labels >= 3
                        ? t.substring(prevDot + 1, lastDot).toLowerCase(Locale.ROOT) : "";
                boolean cc = COUNTRY.contains(tldLower);
                if (cc && SECOND_LEVEL.contains(second)) {
                    base = 0.8;
                } else if (BARE_EXCLUDED.contains(tldLower)) {
                    continue;
                } else if (GENERIC.contains(tldLower)) {
                    base = 0.75;
                } else if (cc) {
                    base = 0.65;
                } else {
                    continue;
                }
                pattern = "bare-domain";
            }
            int end = trimTail(t, s, extendPath(t, he, n));
            if (end < n && t.charAt(end) == '@') {
                continue;
            }
            Explanation.Builder ex = Explanation.builder().pattern(pattern).validator("known-tld")
                    .reason("host name with a known top-level domain");
            double score = SCORER.score(scan, s, end, base, ex);
            out.add(finding(EntityType.URL, s, end, score, ex));
            skipUntil = end;
        }
    }

    private static boolean isScheme(String t, int s, int e) {
        int len = e - s;
        return (len == 4 && t.regionMatches(true, s, "http", 0, 4))
                || (len == 5 && t.regionMatches(true, s, "https", 0, 5))
                || (len == 3 && t.regionMatches(true, s, "ftp", 0, 3))
                || (len == 4 && t.regionMatches(true, s, "sftp", 0, 4))
                || (len == 4 && t.regionMatches(true, s, "ftps", 0, 4))
                || (len == 2 && t.regionMatches(true, s, "ws", 0, 2))
                || (len == 3 && t.regionMatches(true, s, "wss", 0, 3));
    }

    /** End of the host name (letters, digits, '-', '.' between labels) starting at {@code s}. */
    private static int hostEnd(String t, int s, int n) {
        int i = s;
        while (i < n && i - s < 253) {
            char c = t.charAt(i);
            if (isAlnum(c) || c == '-') {
                i++;
            } else if (c == '.' && i + 1 < n && isAlnum(t.charAt(i + 1)) && i > s && t.charAt(i - 1) != '.') {
                i++;
            } else {
                break;
            }
        }
        while (i > s && t.charAt(i - 1) == '-') {
            i--;
        }
        return i;
    }

    private static boolean validLabels(String t, int s, int e) {
        int ls = s;
        for (int i = s; i <= e; i++) {
            if (i == e || t.charAt(i) == '.') {
                if (i - ls < 1 || i - ls > 63 || t.charAt(ls) == '-' || t.charAt(i - 1) == '-') {
                    return false;
                }
                ls = i + 1;
            }
        }
        return true;
    }

    private static boolean validSchemeHost(String t, int s, int e) {
        if (IpAddressDetector.parseIpv4(t, s, e) == e) {
            return true;
        }
        if (e - s == 9 && t.regionMatches(true, s, "localhost", 0, 9)) {
            return true;
        }
        if (!validLabels(t, s, e)) {
            return false;
        }
        int lastDot = t.lastIndexOf('.', e - 1);
        if (lastDot < s) {
            return false;
        }
        int len = e - lastDot - 1;
        if (len < 2 || len > 24) {
            return false;
        }
        for (int i = lastDot + 1; i < e; i++) {
            if (!Character.isLetter(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Extends over an optional port, path, query and fragment starting at {@code p}. */
    private static int extendPath(String t, int p, int n) {
        if (p >= n) {
            return p;
        }
        char c = t.charAt(p);
        if (c == ':' && p + 1 < n && Character.isDigit(t.charAt(p + 1))) {
            int q = p + 1;
            while (q < n && q - p <= 5 && Character.isDigit(t.charAt(q))) {
                q++;
            }
            p = q;
            if (p >= n) {
                return p;
            }
            c = t.charAt(p);
        }
        if (c != '/' && c != '?' && c != '#') {
            return p;
        }
        int start = p;
        while (p < n && p - start < MAX_URL && isUrlChar(t.charAt(p))) {
            p++;
        }
        return p;
    }

    /** Drops trailing punctuation and unbalanced closing brackets. */
    private static int trimTail(String t, int s, int e) {
        while (e > s) {
            char c = t.charAt(e - 1);
            if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == '"'
                    || c == '*') {
                e--;
            } else if (c == ')' || c == ']' || c == '}') {
                char open = c == ')' ? '(' : (c == ']' ? '[' : '{');
                int bal = 0;
                for (int i = s; i < e; i++) {
                    char d = t.charAt(i);
                    if (d == open) {
                        bal++;
                    } else if (d == c) {
                        bal--;
                    }
                }
                if (bal < 0) {
                    e--;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return e;
    }

    private static boolean isUrlChar(char c) {
        if (isAlnum(c)) {
            return true;
        }
        switch (c) {
            case '-': case '.': case '_': case '~': case ':': case '/': case '?': case '#': case '[': case ']':
            case '@': case '!': case '$': case '&': case '\'': case '(': case ')': case '*': case '+': case ',':
            case ';': case '=': case '%':
                return true;
            default:
                return c > 0x7f && Character.isLetterOrDigit(c);
        }
    }

    private static boolean isAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean hasLetter(String t, int s, int e) {
        for (int i = s; i < e; i++) {
            if (Character.isLetter(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
