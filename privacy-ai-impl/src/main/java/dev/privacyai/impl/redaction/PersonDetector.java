package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PERSON in free text, from three sources whose evidence is recorded in each finding's explanation:
 * <ol>
 *   <li>the project's OpenNLP name-finder model (trained by {@code tools/train-name-model.sh} on generated
 *       contact-center sentences: chat, e-mail and transcript styles, lowercase and typo variants, names from
 *       many cultures, gazetteer features), scored from the model's probability;</li>
 *   <li>cue phrases: after "my name is", "call me", "in the name of", "account holder", "first/last name",
 *       "Mr/Ms/Dr", sign-offs ("Thanks, Maria") the following name-like words are a name; weaker cues ("this is",
 *       "I'm", "speaking with", "under") need a capitalised or gazetteer word;</li>
 *   <li>the name gazetteer, guarded: a capitalised first name followed by a capitalised surname; a short reply
 *       (one to three words) made of names, raised when the assistant's previous prompt asked for a name; names
 *       written SURNAME/GIVEN TITLE as bookings and passports write them ({@link SlashNames}).</li>
 * </ol>
 * Markdown emphasis, table pipes and bare HTML tags glued to words do not hide a name: {@link NlpText} leaves the
 * marks out of the tokens ("name: **Priya Sharma**") and keeps pipes and cell tags as tokens between cells.
 * Words that are never a name on their own (days, months, speaker labels such as "Agent:", job titles, products,
 * brands, common words) are rejected whatever the source.
 */
final class PersonDetector extends ScanningDetector {

    private static final String[][] STRONG_CUES = {
        {"my", "name", "is"}, {"my", "name", "'s"}, {"name", "is"}, {"names", "is"}, {"name", ":"},
        {"call", "me"}, {"in", "the", "name", "of"}, {"under", "the", "name", "of"}, {"under", "the", "name"},
        {"under", "name"}, {"account", "holder", "is"}, {"account", "holder", ":"}, {"account", "holder"},
        {"first", "name", "is"}, {"last", "name", "is"}, {"surname", "is"}, {"first", "name"}, {"last", "name"},
        {"surname"}, {"full", "name", "is"}, {"maiden", "name", "was"}, {"maiden", "name", "is"},
        {"on", "behalf", "of"}, {"signed", "by"}, {"named"}, {"named", "him"}, {"named", "her"}, {"says"},
        {"said"}, {"starring"}, {"directed", "by"}, {"written", "by"}, {"my", "kid"}, {"was", "called"},
        {"were", "called"}, {"is", "called"}, {"shouted", "at"}, {"married"}, {"husband", "is"}, {"wife", "is"}, {"addressed", "to"}, {"authorised", "user"},
        {"authorized", "user"}, {"name", "on", "the", "card", "is"}, {"people", "call", "me"}, {"goes", "by"},
        {"surname", "to"}, {"last", "name", "to"}, {"change", "my", "name", "to"}, {"changed", "my", "name", "to"},
    };

    private static final String[][] WEAK_CUES = {
        {"this", "is"}, {"i", "am"}, {"i", "'m"}, {"im"}, {"it", "'s"}, {"its"}, {"speaking", "with"},
        {"speak", "to"}, {"speak", "with"}, {"spoke", "with"}, {"spoke", "to"}, {"talk", "to"},
        {"talked", "to"}, {"under"}, {"dear"}, {"hi"}, {"hello"},
        {"thanks"}, {"thank", "you"}, {"regards"}, {"cheers"}, {"best"}, {"sincerely"}, {"wife"}, {"husband"},
        {"son"}, {"daughter"}, {"mother"}, {"father"}, {"colleague"}, {"manager"}, {"booking", "for"},
        {"reservation", "for"}, {"booked", "for"}, {"table", "for"}, {"booked", "under"}, {"reserved", "under"},
    };

    /** Identifier names written in capitals that the name model can take for a given name ("NINO", "DNI"). */
    private static final Set<String> ID_ACRONYMS = Set.of("nino", "nhs", "ssn", "iban", "dob", "pin", "cvv", "cvc",
            "dni", "nie", "nif", "bsn", "sin", "itin", "ein", "npi", "dea", "mbi", "vin", "imei", "swift", "bic",
            "otp", "utr", "tin", "vat", "pesel", "cpf", "curp", "aadhaar", "pan");

    /** Given names that are also English words, left out of the name gazetteer ("Mark", "Grace", "Bill"). */
    private static final Set<String> WORD_NAMES = Set.of("will", "grant", "mark", "bill", "art", "chase", "hope",
            "grace", "joy", "faith", "summer", "dawn", "sunny", "guy", "rose", "lily", "ruby", "june", "april", "may",
            "august", "jack", "frank", "drew", "pat", "sue", "rob", "bob", "ray", "max", "jay", "dean", "penny",
            "holly", "ivy", "iris", "daisy", "amber", "crystal", "jasmine", "heather", "olive", "violet", "pearl",
            "destiny", "harmony", "honey", "sky", "river", "storm", "hunter", "mason", "carter", "cooper", "taylor");

    /** Weak cues that name a relative: a capitalised given name after one is a name even if also a word. */
    private static final Set<String> RELATIVES = Set.of("wife", "husband", "son", "daughter", "mother", "father",
            "partner", "brother", "sister", "mum", "mom", "dad");

    private static final Set<String> PHRASE_END = Set.of("here", "speaking", "calling", "and", "i", "my",
            "please", "thanks", "again", "as", "but", "so", "because", "who", "today", "tomorrow", "tonight", "we",
            "on", "at", "for");

    private static boolean gazetteerWord(String w) {
        return NameLexicon.inGazetteer(w) && !NameLexicon.notAName(w);
    }

    private static final Set<String> SELF_INTRO_AFTER = Set.copyOf(java.util.Arrays.asList("here", "speaking", "calling"));

    /** Payment contexts: the next word is a payee or payer ("transfer to kaeo", "received 50 from ana"). */
    private static final String[][] MONEY_CUES = {
        {"transfer", "to"}, {"transferred", "to"}, {"transfers", "to"}, {"payment", "to"}, {"payments", "to"},
        {"payment", "for"}, {"order", "to"}, {"order", "for"}, {"debit", "to"}, {"go", "to"}, {"sent", "to"},
        {"send", "to"}, {"money", "to"}, {"money", "from"}, {"received", "from"}, {"transfer", "from"},
        {"payment", "from"}, {"owe"}, {"pay"}, {"paid"}, {"repay"}, {"reimburse"}, {"refund", "to"},
    };

    private static final Set<String> NAME_PROMPT_WORDS = Set.copyOf(java.util.Arrays.asList("name", "surname", "speaking", "who"));

    PersonDetector() {
        super("person", Set.of(EntityType.PERSON));
    }

    /** Words after which, or before which, a capitalised name is a business, not a person. */
    private static final Set<String> ORG_AFTER = Set.copyOf(java.util.Arrays.asList("restaurant", "cafe", "café", "bar", "pizza", "grill",
            "kitchen", "bistro", "brasserie", "hotel", "inn", "pub", "shop", "store", "inc", "ltd", "llc", "corp",
            "corporation", "group", "bank", "club", "center", "centre", "company", "co", "gmbh", "plc", "sa",
            "ag", "foundation", "university", "college", "school", "hospital", "airlines", "airways", "consulting",
            "partners", "associates", "solutions", "systems", "technologies", "services", "market", "regency",
            "cuisine", "road", "street", "avenue", "lane", "square", "area", "station", "park", "bridge",
            "incorporated", "investments", "orchestra", "transit", "holdings", "capital", "labs", "media",
            "software", "analytics", "health", "energy", "industries", "international", "global", "ventures",
            "networks", "sons", "brothers", "bros", "office", "agency", "border", "force", "government", "army",
            "police", "council", "ministry", "airport", "museum", "theatre", "theater", "stadium", "county",
            "account", "accounts", "savings", "gift", "membership", "subscription", "app", "atm", "atms"));
    private static final String[][] ORG_BEFORE = {{"restaurant", "named"}, {"restaurant", "called"},
        {"restaurant", "name"}, {"place", "called"}, {"place", "named"}, {"by", "the", "name", "of"},
        {"restaurant", "the", "name", "is"},
        {"company", "called"}, {"company", "named"}, {"shop", "called"}, {"hotel", "called"}, {"cafe", "called"},
        {"looking", "for"}, {"looking", "for", "the"}, {"try"}, {"near"}, {"at", "the"}, {"work", "for"},
        {"works", "for"}, {"worked", "for"}, {"working", "for"}, {"recorded", "for"}, {"year", "at"},
        {"later", "became"}, {"in"}, {"grew", "up", "in"}, {"moved", "here", "from"}, {"originally", "from"},
        {"corner", "of"}};

    /** Firm words that a person can own too: "Dr. Cooper's office", "Anna's account". */
    private static final Set<String> PERSONAL_NOUNS = Set.copyOf(java.util.Arrays.asList("office", "account",
            "accounts", "savings", "gift", "membership", "subscription", "app", "company", "group", "club",
            "school", "college", "university", "agency", "partners", "associates", "health", "sons", "brothers"));

    /** Words that link a name to a following noun without making it the noun's name ("Maria at the bar"). */
    private static final Set<String> LINK_WORDS = Set.copyOf(java.util.Arrays.asList("to", "at", "in", "from",
            "for", "on", "with", "and", "or", "is", "was", "will", "has", "had", "by", "the", "a", "an", "my", "your",
            "our", "his", "her", "their", "of", "about", "into", "via", "near", "than"));

    private static boolean businessContext(String[] w, int a, int b) {
        for (int k = a; k <= b + 1 && k < w.length; k++) {
            if (ORG_AFTER.contains(w[k].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        if (b + 2 < w.length && ORG_AFTER.contains(w[b + 2].toLowerCase(Locale.ROOT))
                && ((w[b + 1].equals("'s") || w[b + 1].equals("’s"))
                && !PERSONAL_NOUNS.contains(w[b + 2].toLowerCase(Locale.ROOT)) || nameLike(w[b + 1])
                && !LINK_WORDS.contains(w[b + 1].toLowerCase(Locale.ROOT)))) {
            return true; // "Elia Greek restaurant", "Barclay's ATMs", "my Flexi current account"
        }
        if (b + 1 < w.length && Character.isUpperCase(w[b + 1].charAt(0))
                && LocationDetector.STREET_TYPES.contains(w[b + 1].toLowerCase(Locale.ROOT))) {
            return true; // "Leokadia Trail": a street named after a person
        }
        for (String[] cue : ORG_BEFORE) {
            int s = a - cue.length;
            if (s < 0) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < cue.length && ok; k++) {
                ok = w[s + k].equalsIgnoreCase(cue[k]);
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    @Override
    void detect(TextScan scan, List<Finding> out) {
        NlpText nlp = NlpText.of(scan.text);
        View v = View.of(nlp);
        List<Finding> mine = new java.util.ArrayList<>();
        detectAll(scan, nlp, v, mine);
        for (Finding f : mine) {
            f = fixHyphenated(scan.text, f);
            if (f == null || rejectedInContext(scan.text, v, f)) {
                continue; // "a restaurant called Drummond Villa", "Hyatt Regency", "Marks and Spencer", "shar-pei"
            }
            f = widened(scan.text, f);
            out.add(f);
            lowerCaseNeighbour(scan.text, v, f, out);
        }
        spelled(scan, v, out);
        answerLines(scan.text, out);
        fieldValues(scan.text, out);
        slashNames(scan.text, out);
    }

    /** Score of a SURNAME/GIVEN name with a title next to it ("SMITH/JOHN MR"). */
    static final double SLASH_TITLED_SCORE = 0.9;
    /** Score of a SURNAME/GIVEN name of known names without a title ("KOWALSKI/ANNA"). */
    static final double SLASH_SCORE = 0.8;

    /**
     * Names written as airline bookings and passports write them, "SMITH/JOHN MR", "AL-SAYED/FATIMA MS",
     * "KOWALSKI/ANNA" (see {@link SlashNames} for what counts as one). Texts without a '/' cost one scan.
     */
    private void slashNames(String t, List<Finding> out) {
        if (t.indexOf('/') < 0) {
            return;
        }
        SlashNames.find(t, m -> {
            double score = m.titled ? SLASH_TITLED_SCORE : SLASH_SCORE;
            Explanation.Builder ex = Explanation.builder().pattern("surname/given name").baseScore(score)
                    .reason(m.titled ? "surname, slash and given name next to a title, as in a booking record"
                            : "known surname and given name joined by a slash, as in a booking record");
            out.add(finding(EntityType.PERSON, m.start, m.end, score, ex));
        });
    }

    /** Keys of form fields, JSON, XML and query strings whose value is a person's name (lower case, no '_'). */
    private static final Set<String> NAME_KEYS = Set.of("name", "firstname", "lastname", "fullname", "givenname",
            "familyname", "surname", "forename", "middlename", "customername", "contactname", "accountholder",
            "cardholder", "holder", "holdername", "cardholdername", "accountname", "username", "displayname",
            "recipient", "recipientname", "sender", "sendername", "vorname", "nachname", "nom", "prenom", "prénom",
            "nombre", "apellido", "apellidos", "nome", "cognome", "naam", "achternaam", "voornaam");
    private static final int MAX_FIELD_VALUE = 60;

    /**
     * The value of a name field in pasted structured data: {@code "firstName":"Priya"}, {@code <name>Daniel
     * Okafor</name>}, {@code Name:John Smith|}, {@code first_name=Priya&}, {@code name=John+Smith}. The key is one
     * of {@link #NAME_KEYS} (case, '_' and '-' ignored; "product_name" is no such key); the value, up to its quote,
     * tag or field separator and at most 60 characters, is one to four name-like words ('+' and "%20" count as
     * spaces) of which one is a gazetteer name or not an English word, or two or more capitalised words ("Grace
     * Hopper"); "Premium plan" is no name.
     */
    private void fieldValues(String t, List<Finding> out) {
        int n = t.length();
        int from = 0;
        // the next match of each key part, searched again only once passed (a search that fails stays -1)
        int p = indexOfIgnoreCase(t, "name", 0);
        int q = indexOfIgnoreCase(t, "holder", 0);
        int r = indexOfIgnoreCase(t, "nom", 0);
        while (true) {
            if (p >= 0 && p < from) {
                p = indexOfIgnoreCase(t, "name", from);
            }
            if (q >= 0 && q < from) {
                q = indexOfIgnoreCase(t, "holder", from);
            }
            if (r >= 0 && r < from) {
                r = indexOfIgnoreCase(t, "nom", from);
            }
            int k = min(p, q, r);
            if (k < 0) {
                return;
            }
            int keyEnd = k + (k == p ? 4 : k == q ? 6 : 3); // past k: every search moves forward
            while (keyEnd < n && keyEnd - k <= 24 && Character.isLetter(t.charAt(keyEnd))) {
                keyEnd++; // "names", "nombre", "holdername"
            }
            int keyStart = k;
            while (keyStart > 0 && k - keyStart <= 24 && (Character.isLetter(t.charAt(keyStart - 1))
                    || t.charAt(keyStart - 1) == '_' || t.charAt(keyStart - 1) == '-')) {
                keyStart--;
            }
            from = keyEnd;
            if (keyEnd - keyStart > 24) {
                continue;
            }
            String key = t.substring(keyStart, keyEnd).replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
            if (!NAME_KEYS.contains(key)) {
                continue;
            }
            int[] value = fieldValue(t, keyStart, keyEnd);
            if (value != null) {
                Explanation.Builder ex = Explanation.builder().pattern("name field value").baseScore(0.85)
                        .cue(Explanation.ContextCue.of(key, 0.0, "field"))
                        .reason("the value of a name field in structured data");
                out.add(finding(EntityType.PERSON, value[0], value[1], 0.85, ex));
                from = value[1];
            }
        }
    }

    private static int min(int... xs) {
        int m = -1;
        for (int x : xs) {
            if (x >= 0 && (m < 0 || x < m)) {
                m = x;
            }
        }
        return m;
    }

    private static int indexOfIgnoreCase(String t, String w, int from) {
        int n = t.length() - w.length();
        for (int i = from; i <= n; i++) {
            if (t.regionMatches(true, i, w, 0, w.length())) {
                return i;
            }
        }
        return -1;
    }

    /** The value span after a name key at [keyStart, keyEnd), or null. */
    private static int[] fieldValue(String t, int keyStart, int keyEnd) {
        int n = t.length();
        int p = keyEnd;
        boolean xml = keyStart > 0 && t.charAt(keyStart - 1) == '<' && p < n && t.charAt(p) == '>';
        boolean quotedKey = keyStart > 0 && t.charAt(keyStart - 1) == '"' && p < n && t.charAt(p) == '"';
        if (xml) {
            p++;
        } else {
            if (quotedKey) {
                p++;
            }
            while (p < n && t.charAt(p) == ' ') {
                p++;
            }
            if (p >= n || (t.charAt(p) != ':' && t.charAt(p) != '=')) {
                return null;
            }
            p++;
            while (p < n && t.charAt(p) == ' ') {
                p++;
            }
        }
        boolean quoted = p < n && t.charAt(p) == '"';
        if (quoted) {
            p++;
        }
        int s = p;
        while (p < n && p - s <= MAX_FIELD_VALUE) {
            char c = t.charAt(p);
            if (quoted ? c == '"' : (c == '&' || c == '|' || c == ',' || c == ';' || c == '<' || c == '\n'
                    || c == '\r' || c == '"' || c == '}' || c == '\t')) {
                break;
            }
            p++;
        }
        if (p - s > MAX_FIELD_VALUE || (quoted && (p >= n || t.charAt(p) != '"'))) {
            return null;
        }
        int e = p;
        while (e > s && t.charAt(e - 1) == ' ') {
            e--;
        }
        if (e <= s) {
            return null;
        }
        String[] words = t.substring(s, e).replace("%20", " ").replace('+', ' ').trim().split(" +");
        if (words.length > 4) {
            return null;
        }
        boolean nameEvidence = false;
        boolean allCapitalised = words.length >= 2;
        for (String w : words) {
            boolean wordName = WORD_NAMES.contains(w.toLowerCase(Locale.ROOT)); // "Grace", "Mark": the key says name
            if (!nameLike(w) || (NameLexicon.notAName(w) && !wordName)) {
                return null;
            }
            nameEvidence |= NameLexicon.inGazetteer(w) || !NameLexicon.commonWord(w) || wordName;
            allCapitalised &= Character.isUpperCase(w.charAt(0));
        }
        return nameEvidence || allCapitalised ? new int[] {s, e} : null;
    }

    /**
     * Transcripts put each turn on its own line, so the sentence splitter may keep a question and the reply below
     * it in one sentence ("Agent: who am I speaking with?\nCustomer: Bob"). A line that ends in '?' and asks for a
     * name ("name", "surname", "who ... speaking/calling") labels the next line: after an optional speaker label
     * and a lead-in ("it's", "this is", "yes,"), one to three name-like words that end the line are a PERSON.
     */
    private void answerLines(String t, List<Finding> out) {
        int q = t.indexOf('?');
        if (q < 0 || t.indexOf('\n', q) < 0) {
            return;
        }
        int lineStart = 0;
        int n = t.length();
        while (lineStart < n) {
            int lineEnd = t.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                return;
            }
            int b = lineEnd;
            while (b > lineStart && Character.isWhitespace(t.charAt(b - 1))) {
                b--;
            }
            if (b > lineStart && t.charAt(b - 1) == '?' && asksForName(t, Math.max(lineStart, b - 120), b)) {
                int next = lineEnd + 1;
                int nextEnd = t.indexOf('\n', next);
                reply(t, next, nextEnd < 0 ? n : nextEnd, out);
            }
            lineStart = lineEnd + 1;
        }
    }

    private static boolean asksForName(String t, int from, int to) {
        String l = t.substring(from, to).toLowerCase(Locale.ROOT);
        return l.contains("name") || (l.contains("who") && (l.contains("speaking") || l.contains("calling")
                || l.contains("talking")));
    }

    /** The reply line [from, to): label, lead-in, then 1-3 name-like words ending the line. */
    private void reply(String t, int from, int to, List<Finding> out) {
        if (to - from > 80) {
            return;
        }
        java.util.List<int[]> words = new java.util.ArrayList<>();
        int i = from;
        while (i < to) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                int s = i;
                while (i < to && (Character.isLetter(t.charAt(i)) || t.charAt(i) == '\'' || t.charAt(i) == '’'
                        || t.charAt(i) == '-')) {
                    i++;
                }
                words.add(new int[] {s, i});
            } else if (c == ':' && words.size() == 1) {
                words.clear(); // a speaker label: "Customer:"
                i++;
            } else if (c == ',' || c == '.' || c == '!' || Character.isWhitespace(c)) {
                i++;
            } else {
                return; // digits or symbols: not a bare name
            }
        }
        int first = 0;
        while (first < words.size() - 1 && first < 3 && ANSWER_LEAD_INS.contains(
                t.substring(words.get(first)[0], words.get(first)[1]).toLowerCase(Locale.ROOT))) {
            first++;
        }
        int count = words.size() - first;
        if (count < 1 || count > 3) {
            return;
        }
        for (int k = first; k < words.size(); k++) {
            String w = t.substring(words.get(k)[0], words.get(k)[1]);
            if (!nameLike(w) || NameLexicon.notAName(w) || w.length() < 2 || (NameLexicon.commonWord(w)
                    && !NameLexicon.inGazetteer(w) && !WORD_NAMES.contains(w.toLowerCase(Locale.ROOT)))) {
                return; // "no idea", "the same as before"; but "Bob", "Mark" answer the question
            }
        }
        Explanation.Builder ex = Explanation.builder().pattern("answer to a name question").baseScore(0.85)
                .cue(Explanation.ContextCue.of("name?", 0.3, "before"))
                .reason("name-like words on the line below a question about a name");
        out.add(finding(EntityType.PERSON, words.get(first)[0], words.get(words.size() - 1)[1], 0.85, ex));
    }

    /** Words before a spelling that ask for or announce one. */
    private static final ContextLexicon SPELL_CUES = ContextLexicon.of("spell", "spelled", "spelt", "spelling",
            "that's", "thats", "as in");

    /**
     * A name spelled letter by letter, as callers do and speech-to-text writes it: three or more single letters
     * joined by spaces, dashes or dots ("k o w a l s k i", "K-O-W-A-L-S-K-I", "P. R. I. Y. A."). Reported as PERSON
     * when it follows a PERSON finding (the name, then its spelling: "kowalski k o w a l s k i"), a spelling cue
     * ("could you spell the surname?", "that's") on its line or on the line before that ends in '?', or answers a
     * prompt that asks for a name. Without one of these, letters are not a name ("grades A B C").
     */
    private void spelled(TextScan scan, View v, List<Finding> out) {
        String t = scan.text;
        int n = t.length();
        int i = 0;
        while (i < n) {
            // a single letter: no letter or digit on either side
            if (!Character.isLetter(t.charAt(i)) || (i > 0 && (Character.isLetterOrDigit(t.charAt(i - 1))
                    || t.charAt(i - 1) == '\'' || t.charAt(i - 1) == '\u2019'))
                    || (i + 1 < n && Character.isLetterOrDigit(t.charAt(i + 1)))) {
                // not a letter on its own, or the end of "that's", "I'm"
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            int letters = 1;
            int p = end;
            while (true) {
                int q = p;
                if (q < n && t.charAt(q) == '.') {
                    q++;
                }
                if (q < n && (t.charAt(q) == ' ' || t.charAt(q) == '-')) {
                    q++;
                } else if (q == p) {
                    break;
                }
                if (q < n && Character.isLetter(t.charAt(q))
                        && (q + 1 >= n || !Character.isLetterOrDigit(t.charAt(q + 1)))) {
                    letters++;
                    end = q + 1;
                    p = end;
                } else {
                    break;
                }
            }
            if (end < n && t.charAt(end) == '.' && letters >= 3) {
                end++; // "P. R. I. Y. A."
            }
            if (letters >= 3 && spellingContext(scan, out, start)) {
                Explanation.Builder ex = Explanation.builder().pattern("spelled letters").baseScore(0.8)
                        .reason("a name spelled letter by letter after the name or a spelling cue");
                Finding f = finding(EntityType.PERSON, start, end, 0.8, ex);
                out.add(f);
                lowerCaseNeighbour(t, v, f, out); // "p r i y a ramanathan": the surname after the spelling
            }
            i = Math.max(end, i + 1);
        }
    }

    private static boolean spellingContext(TextScan scan, List<Finding> out, int start) {
        for (int j = out.size() - 1; j >= 0 && j >= out.size() - 8; j--) {
            Finding f = out.get(j);
            if (f.entityType().equals(EntityType.PERSON) && f.start() <= start && f.end() >= start - 3) {
                return true; // "kowalski k o w a l s k i", "Priya, P R I Y A"; or the finding took its first letters
            }
        }
        // the line before counts only as a question ("Could you spell the surname?")
        int from = ContextScorer.lineWindowStart(scan.text, start, 60, true);
        return SPELL_CUES.findIn(scan, from, start) != null
                || (scan.prompt != null && !scan.prompt.isEmpty() && start < 40 && (promptAsksName(scan)
                        || SPELL_CUES.findIn(scan.prompt) != null));
    }

    /**
     * A name's parts that the rules leave just outside a finding, which would stay visible next to the tag: an
     * initial before it ("J Smith", "A. Nowak", "MR J SMITH"; not the words "A" and "I" without a dot, nor the "s"
     * or "m" of "it's", "I'm"), the second
     * half of a hyphenated name after it ("mohammed al-rashid"), and the surname after a finding that ends in an
     * initial ("j. smith", where the finding is "j"). The finding keeps its score and says that it was widened.
     */
    static Finding widened(String text, Finding f) {
        int s = f.start();
        int e = f.end();
        int n = text.length();
        // "al-rashid": letters joined by one hyphen, then a word boundary
        if (e + 1 < n && text.charAt(e) == '-' && Character.isLetter(text.charAt(e + 1))) {
            int q = e + 1;
            while (q < n && q - e <= 20 && Character.isLetter(text.charAt(q))) {
                q++;
            }
            if (q - e <= 20 && (q == n || !Character.isLetterOrDigit(text.charAt(q)))) {
                e = q;
            }
        }
        // "j. smith" with the finding on "j": the surname after the initial
        if (e - s == 1 && Character.isLetter(text.charAt(s)) && e + 2 < n && text.charAt(e) == '.'
                && text.charAt(e + 1) == ' ') {
            int a = e + 2;
            int q = a;
            while (q < n && q - a <= 20 && Character.isLetter(text.charAt(q))) {
                q++;
            }
            String w = text.substring(a, q);
            if (q - a >= 2 && (q == n || !Character.isLetterOrDigit(text.charAt(q))) && NameLexicon.inGazetteer(w)) {
                e = q;
            }
        }
        // "J Smith", "A. Nowak": one letter (and a dot) right before, after a boundary
        if (s >= 2 && text.charAt(s - 1) == ' ') {
            int p = s - 2;
            boolean dot = text.charAt(p) == '.';
            if (dot) {
                p--;
            }
            char before = p > 0 ? text.charAt(p - 1) : ' ';
            if (p >= 0 && Character.isLetter(text.charAt(p)) && !Character.isLetterOrDigit(before)
                    && before != '.' && before != '\'' && before != '\u2019'
                    && Character.isUpperCase(text.charAt(p))
                            == Character.isUpperCase(text.charAt(s))
                    && (dot || (text.charAt(p) != 'A' && text.charAt(p) != 'I' && text.charAt(p) != 'a'
                            && text.charAt(p) != 'i'))) {
                s = p;
            }
        }
        if (s == f.start() && e == f.end()) {
            return f;
        }
        Explanation.Builder ex = Explanation.builder().pattern(f.explanation().pattern())
                .validator(f.explanation().validator()).baseScore(f.explanation().baseScore())
                .reason(f.explanation().reason() + "; widened over an initial or a hyphenated part");
        f.explanation().contextCues().forEach(ex::cue);
        return Finding.of(f.entityType(), s, e, f.score(), f.detector(), ex.build());
    }

    /**
     * In lower-case text a name found by one rule often has its other half next to it: "to jarah goulet" (the
     * payee rule takes "jarah"), "the same name princeston moralez" (the model takes "moralez"). When the word
     * right before or after a lower-case finding is lower-case, of three or more letters and not an English word
     * (nor a short typo of one), a place or a word never a name, a finding over both is added at a lower score;
     * the redactor merges it with {@code f}.
     */
    private static void lowerCaseNeighbour(String text, View v, Finding f, List<Finding> out) {
        if (!Character.isLowerCase(text.charAt(f.start()))) {
            return;
        }
        // the sentence holding f: the last one starting at or before it (binary search: texts may hold many)
        int lo = 0;
        int hi = v.w.length - 1;
        int s = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (v.st[mid].length > 0 && v.st[mid][0] > f.start()) {
                hi = mid - 1;
            } else {
                s = mid;
                lo = mid + 1;
            }
        }
        if (s < 0 || v.st[s].length == 0 || v.en[s][v.en[s].length - 1] < f.end()) {
            return;
        }
        int[] st = v.st[s];
        int[] en = v.en[s];
        int last = java.util.Arrays.binarySearch(en, f.end());
        if (last >= 0 && last + 1 < st.length && st[last + 1] == en[last] + 1 && unknownLowerWord(v.w[s][last + 1])) {
            out.add(neighbour(f, f.start(), en[last + 1]));
        }
        int first = java.util.Arrays.binarySearch(st, f.start());
        if (first > 0 && en[first - 1] + 1 == st[first] && unknownLowerWord(v.w[s][first - 1])) {
            out.add(neighbour(f, st[first - 1], f.end()));
        }
    }

    private static boolean unknownLowerWord(String w) {
        if (w.length() < 3 || w.length() > 20) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return !NameLexicon.commonWord(w) && !NameLexicon.notAName(w) && !NlpModels.places().contains(w)
                && !NameLexicon.shortTypo(w);
    }

    private static Finding neighbour(Finding f, int start, int end) {
        double score = Math.max(0.5, f.score() - 0.1);
        Explanation.Builder ex = Explanation.builder().pattern("lower-case name + unknown word").baseScore(score)
                .reason("a lower-case word that is not an English word next to a lower-case name");
        return Finding.of(EntityType.PERSON, start, end, score, f.detector(), ex.build());
    }

    /**
     * The sentences' tokens as the rules see them: a quote or reply marker glued to a word ("&gt;Nadia",
     * "\"I") is split off, and so is a colon glued after a word ("Marguerite:"), so that e-mail quote blocks
     * and speaker labels read like ordinary text. Offsets stay those of the original text.
     */
    static final class View {
        final String[][] w;
        final int[][] st;
        final int[][] en;

        private final String source;

        private View(String source, String[][] w, int[][] st, int[][] en) {
            this.source = source;
            this.w = w;
            this.st = st;
            this.en = en;
        }

        /** The text of tokens {@code a..b} of sentence {@code s}. */
        String text(int s, int a, int b) {
            return source.substring(st[s][a], en[s][b]);
        }

        static View of(NlpText nlp) {
            int n = nlp.sentenceCount();
            String[][] w = new String[n][];
            int[][] st = new int[n][];
            int[][] en = new int[n][];
            for (int s = 0; s < n; s++) {
                String[] tok = nlp.tokens.get(s);
                int[] a = nlp.starts.get(s);
                int[] b = nlp.ends.get(s);
                int extra = 0;
                for (String t : tok) {
                    extra += leadingMarks(t) > 0 ? 1 : 0;
                    extra += trailingColon(t) ? 1 : 0;
                }
                if (extra == 0) {
                    w[s] = tok;
                    st[s] = a;
                    en[s] = b;
                    continue;
                }
                String[] w2 = new String[tok.length + extra];
                int[] a2 = new int[w2.length];
                int[] b2 = new int[w2.length];
                int k = 0;
                for (int i = 0; i < tok.length; i++) {
                    String t = tok[i];
                    int lead = leadingMarks(t);
                    int from = a[i];
                    if (lead > 0) {
                        w2[k] = t.substring(0, lead);
                        a2[k] = from;
                        b2[k++] = from + lead;
                        t = t.substring(lead);
                        from += lead;
                    }
                    if (trailingColon(t)) {
                        w2[k] = t.substring(0, t.length() - 1);
                        a2[k] = from;
                        b2[k++] = b[i] - 1;
                        w2[k] = ":";
                        a2[k] = b[i] - 1;
                        b2[k++] = b[i];
                    } else {
                        w2[k] = t;
                        a2[k] = from;
                        b2[k++] = b[i];
                    }
                }
                w[s] = k == w2.length ? w2 : java.util.Arrays.copyOf(w2, k);
                st[s] = k == w2.length ? a2 : java.util.Arrays.copyOf(a2, k);
                en[s] = k == w2.length ? b2 : java.util.Arrays.copyOf(b2, k);
            }
            return new View(nlp.text, w, st, en);
        }

        /** Length of a run of quote or reply marks before a letter ("&gt;Nadia", "\"I"), else 0. */
        private static int leadingMarks(String t) {
            int i = 0;
            while (i < t.length() && i < 3 && isMark(t.charAt(i))) {
                i++;
            }
            return i > 0 && i < t.length() && Character.isLetter(t.charAt(i)) ? i : 0;
        }

        private static boolean isMark(char c) {
            return c == '>' || c == '"' || c == '\u201c' || c == '\u201d' || c == '\\' || c == '(' || c == '\u00ab';
        }

        /** A word with a colon glued to its end ("Marguerite:"), after any leading marks. */
        private static boolean trailingColon(String t) {
            int n = t.length();
            if (n < 3 || t.charAt(n - 1) != ':') {
                return false;
            }
            for (int i = leadingMarks(t); i < n - 1; i++) {
                if (!Character.isLetter(t.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Sentence index and first/last token of {@code f} in the view, or null when it does not align. */
    private static int[] locate(View v, Finding f) {
        for (int s = 0; s < v.w.length; s++) {
            int[] st = v.st[s];
            int[] en = v.en[s];
            if (st.length == 0 || st[0] > f.start() || en[en.length - 1] < f.end()) {
                continue;
            }
            int a = -1;
            int b = -1;
            for (int k = 0; k < st.length; k++) {
                if (st[k] == f.start()) {
                    a = k;
                }
                if (en[k] == f.end()) {
                    b = k;
                }
            }
            return a >= 0 && b >= a ? new int[] {s, a, b} : null;
        }
        return null;
    }

    private static boolean rejectedInContext(String text, View v, Finding f) {
        int[] loc = locate(v, f);
        if (loc == null) {
            return false;
        }
        String[] w = v.w[loc[0]];
        return businessContext(w, loc[1], loc[2]) || firmList(w, loc[2]) || NameLexicon.inBrandPhrase(w, loc[1], loc[2])
                || adjectiveDemonym(w, loc[1], loc[2]) || holidayEve(w, loc[1], loc[2]);
    }

    /**
     * A span that cuts a hyphenated word is fixed or dropped: "ex-Zombie Kleist" loses its first piece;
     * "al" + "-Sadr", "Jean" + "-Pierre" grow to the whole word (a name particle, a given name before the hyphen
     * or a capitalised piece after it); a lone piece otherwise ("shar-pei", "Weeks-Rivas") is not a name on its
     * own. Returns null to drop.
     */
    static Finding fixHyphenated(String text, Finding f) {
        int s = f.start();
        int e = f.end();
        if (s >= 2 && text.charAt(s - 1) == '-' && Character.isLetter(text.charAt(s - 2))) {
            int k = s;
            while (k < e && !Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            while (k < e && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k < e) {
                return Finding.of(f.entityType(), k, e, f.score(), f.detector(), f.explanation());
            }
            int p = s - 2;
            while (p > 0 && Character.isLetter(text.charAt(p - 1))) {
                p--;
            }
            String prefix = text.substring(p, s - 1).toLowerCase(Locale.ROOT);
            if (PARTICLES.contains(prefix) || Character.isUpperCase(text.charAt(p))
                    && NlpModels.firstNames().contains(prefix)) {
                return Finding.of(f.entityType(), p, e, f.score(), f.detector(), f.explanation());
            }
            return null;
        }
        if (e + 1 < text.length() && text.charAt(e) == '-' && Character.isLetter(text.charAt(e + 1))) {
            int q = e + 1;
            while (q < text.length() && Character.isLetter(text.charAt(q))) {
                q++;
            }
            if (Character.isUpperCase(text.charAt(e + 1))) {
                return Finding.of(f.entityType(), s, q, f.score(), f.detector(), f.explanation());
            }
            return text.substring(s, e).indexOf(' ') < 0 ? null : f;
        }
        return f;
    }

    /** "Keller, Smith and Jones Orchestra": a name in a list of capitalised words that ends in a firm word. */
    private static boolean firmList(String[] w, int b) {
        int k = b + 1;
        while (k + 1 < w.length && (w[k].equals(",") || w[k].equalsIgnoreCase("and") || w[k].equals("&"))
                && capitalised(w[k + 1])) {
            k += 2;
        }
        return k > b + 1 && k < w.length && ORG_AFTER.contains(w[k].toLowerCase(Locale.ROOT));
    }

    /** "a German speaking agent", "the Czech version": a nationality word used as an adjective. */
    private static boolean adjectiveDemonym(String[] w, int a, int b) {
        return a == b && NameLexicon.isDemonym(w[a]) && b + 1 < w.length && !w[b + 1].isEmpty()
                && Character.isLowerCase(w[b + 1].charAt(0)) && nameLike(w[b + 1]);
    }

    /** "New Year's Eve", "Christmas Eve": a holiday, not a person. */
    private static boolean holidayEve(String[] w, int a, int b) {
        if (a != b || !w[a].equalsIgnoreCase("eve") || a == 0) {
            return false;
        }
        String p = w[a - 1].toLowerCase(Locale.ROOT);
        return p.equals("christmas") || p.equals("'s") || p.equals("’s") || p.equals("year's") || p.equals("years");
    }

    private void detectAll(TextScan scan, NlpText nlp, View v, List<Finding> out) {
        for (NameFinderRunner.Hit h : NameFinderRunner.shipped().find(nlp)) {
            if (!h.type.equals("person")) {
                continue;
            }
            String[] words = nlp.tokens.get(h.sentence);
            int a = h.firstToken;
            while (a <= h.lastToken && (NameLexicon.isTitle(words[a]) || words[a].equals("."))) {
                a++;
            }
            int b = h.lastToken;
            while (b >= a && !nameLike(words[b])) {
                b--;
            }
            while (b >= a && b + 1 < words.length && PARTICLES.contains(words[b]) && capitalised(words[b + 1])) {
                b++; // "Ludwig van der" + "Heide": the surname after the particles
            }
            if (b >= a && Character.isUpperCase(words[a].charAt(0))) {
                // a span that starts with a capital does not end in a lower-case common word: "DEA number",
                // "Visa card" (in lower-case text, "tom hill", every word is lower-case and stays)
                while (b > a && lowerCaseWord(words[b]) && NameLexicon.commonWord(words[b])) {
                    b--;
                }
            }
            if (b < a || allNotNames(words, a, b)) {
                continue;
            }
            boolean gaz = anyInGazetteer(words, a, b);
            boolean lowerCase = !Character.isUpperCase(words[a].charAt(0));
            if (!gaz && a == b && words[a].length() > 3 && words[a].equals(words[a].toUpperCase(Locale.ROOT))
                    && hasLowercaseWord(words)) {
                continue; // "UPTON" in a cased sentence: upper-case place or acronym
            }
            if (!gaz && lowerCase && hasCapitalisedWord(words)) {
                continue; // a lowercase word in a cased sentence: the model alone is not enough
            }
            boolean common = allCommon(words, a, b);
            if (common && (lowerCase || !gaz)) {
                continue; // "else", "machine", "Princess": ordinary words
            }
            if (lowerCase && a > 0 && NameLexicon.DETERMINERS.contains(words[a - 1].toLowerCase(Locale.ROOT))) {
                continue; // "with a machine"
            }
            if (lowerCase && a == 0 && !gaz && words.length > 3) {
                continue; // "wanna edit my order": first word of a lowercase sentence
            }
            String spanLower = scan.text.substring(nlp.starts.get(h.sentence)[a], nlp.ends.get(h.sentence)[b])
                    .toLowerCase(Locale.ROOT);
            if (NlpModels.places().contains(spanLower) && !NlpModels.firstNames().contains(spanLower)) {
                continue; // "Dublin": a place, reported by the location detector
            }
            if (a < b && spanLower.indexOf(' ') < 0 && (NameLexicon.notAName(spanLower)
                    || spanLower.length() <= 3 && spanLower.toUpperCase(Locale.ROOT).equals(
                    scan.text.substring(nlp.starts.get(h.sentence)[a], nlp.ends.get(h.sentence)[b])))) {
                continue; // "PI" + "N": one word the tokenizer split, judged as a whole
            }
            if (lowerCase && a == b && !gaz && NameLexicon.shortTypo(spanLower)) {
                continue; // "haev", "chdck": a typo of a common word, not a name
            }
            if (!gaz && (h.prob < 0.6 || a == b && !lowerCase && h.prob < 0.8)) {
                continue; // an unknown word the model is unsure of
            }
            if (!gaz && h.prob < HEADLINE_PROB && headlineCase(words)) {
                continue; // "Worldwatch Projects Catastrophe Will Be Most Costly ...": every word has a capital
            }
            if (a == b && !gaz && NameLexicon.demonymShape(words[a])) {
                continue; // "European"
            }
            if (a == b && words[a].length() <= 3 && words[a].equals(words[a].toUpperCase(Locale.ROOT))) {
                continue; // "AA", "CEO": acronyms
            }
            if (a == b && words[a].equals(words[a].toUpperCase(Locale.ROOT))
                    && ID_ACRONYMS.contains(words[a].toLowerCase(Locale.ROOT))) {
                continue; // "NINO AB-12-34-56-C", "IBAN": the name of an identifier in capitals, not "Nino"
            }
            double score = gaz ? 0.5 + 0.45 * h.prob : 0.35 + 0.6 * h.prob;
            Explanation.Builder ex = Explanation.builder().pattern("opennlp-name-finder").baseScore(score)
                    .reason(gaz ? "name-finder model span, a word is in the name gazetteer" : "name-finder model span");
            int[] st = nlp.starts.get(h.sentence);
            int[] en = nlp.ends.get(h.sentence);
            out.add(finding(EntityType.PERSON, st[a], en[b], score, ex));
        }
        for (int s = 0; s < v.w.length; s++) {
            cueRules(v, s, out);
            gazetteerPairs(v, s, out);
            gazetteerSingles(v, s, out);
            shapeRules(v, s, out);
            nameLists(v, s, out);
            pairSubject(v, s, out);
            particleNames(v, s, out);
            if (s > 0) {
                answerToQuestion(v, s, out);
            }
        }
        shortReply(scan, v, out);
    }

    private void cueRules(View v, int s, List<Finding> out) {
        String[] w = v.w[s];
        String[] lower = new String[w.length];
        for (int i = 0; i < w.length; i++) {
            lower[i] = w[i].toLowerCase(Locale.ROOT);
        }
        for (int i = 0; i < w.length; i++) {
            if (i + 1 < w.length && SELF_INTRO_AFTER.contains(lower[i + 1])
                    && (i == 0 || isPunct(w[i - 1]) || lower[i - 1].equals("hi") || lower[i - 1].equals("hello")
                    || lower[i - 1].equals("it") || lower[i - 1].equals("'s") || lower[i - 1].equals("its"))
                    && nameLike(w[i]) && w[i].length() >= 3 && !NameLexicon.commonWord(w[i])
                    && !NlpModels.places().contains(lower[i])) {
                int from0 = i > 0 && nameLike(w[i - 1]) && !NameLexicon.commonWord(w[i - 1])
                        && !isPunct(w[i - 1]) ? i - 1 : i;
                add(out, v.st[s][from0], v.en[s][i], 0.75, "Name here",
                        "a word that is not an ordinary word before 'here/speaking/calling'");
            }
            int moneyEnd = matchCue(lower, i, MONEY_CUES);
            if (moneyEnd >= 0) {
                payee(v, s, w, lower, i, moneyEnd, out);
            } else if ((lower[i].equals("to") || lower[i].equals("from")) && paymentWordBefore(lower, i)) {
                payee(v, s, w, lower, i, i + 1, out); // "transfer 4816$ to muhamed theriot"
            }
            int strongEnd = matchCue(lower, i, STRONG_CUES);
            if (strongEnd < 0 && NameLexicon.isTitle(w[i]) && i + 1 < w.length) {
                int k = w[i + 1].equals(".") ? i + 2 : i + 1;
                if (k < w.length && Character.isUpperCase(w[k].charAt(0)) && nameLike(w[k])) {
                    strongEnd = k;
                }
            }
            if (strongEnd < 0 && RELATIVES.contains(lower[i]) && relative(v, s, w, lower, i, i + 1, out)) {
                continue;
            }
            int weakEnd = strongEnd < 0 ? matchCue(lower, i, WEAK_CUES) : -1;
            int from = strongEnd >= 0 ? strongEnd : weakEnd;
            if (from < 0) {
                continue;
            }
            boolean strong = strongEnd >= 0;
            int k = from;
            while (k < w.length && (w[k].equals(",") || w[k].equals(":") || w[k].equals("-"))) {
                k++;
            }
            while (k < w.length && (NameLexicon.isTitle(w[k]) || w[k].equals("."))) {
                k++;
            }
            int first = k;
            while (k < w.length && k - first < 4 && (nameLike(w[k]) && !NameLexicon.notAName(w[k])
                    && !(k > first && capitalised(w[first]) && Character.isLowerCase(w[k].charAt(0))
                    && !PARTICLES.contains(w[k]) && hasLowercaseWord(w))
                    || k > first && w[k].equals(".") && initial(w[k - 1]) && k + 1 < w.length && capitalised(w[k + 1]))) {
                k++;
            }
            if (k == first) {
                continue;
            }
            int last = k - 1;
            if (strong && !capitalised(w[first]) && !gazetteerWord(w[first]) && (NameLexicon.commonWord(w[first])
                    || NameLexicon.participleShape(w[first]))) {
                continue; // "my surname is misspelled"
            }
            if (!strong && !capitalised(w[first]) && lower[i].equals("its") && from == i + 1
                    && hasCapitalisedWord(w)) {
                continue; // "Supports its songwriters, composers and ...": in cased text the possessive, not "it's"
            }
            if (!strong && !capitalised(w[first]) && !gazetteerWord(w[first])) {
                // "I am lactose intolerant": an unknown lower-case word after a weak cue must end the phrase
                String next = k < w.length ? w[k].toLowerCase(Locale.ROOT) : "";
                if (!(next.isEmpty() || isPunct(next) || PHRASE_END.contains(next))) {
                    continue;
                }
            }
            boolean gaz = anyInGazetteer(w, first, last);
            boolean cap = Character.isUpperCase(w[first].charAt(0));
            if (!strong) {
                // weak cue: a word that is not an ordinary word, a place or a demonym
                if (NlpModels.places().contains(lower[first]) || NameLexicon.commonWord(w[first])
                        || NameLexicon.demonymShape(w[first]) || lower[first].length() < 3
                        || w[first].length() <= 4 && w[first].equals(w[first].toUpperCase(Locale.ROOT))) {
                    continue;
                }
                if (!gaz && cap && !unknownCapitalised(w[first])) {
                    continue;
                }
            }
            double score = strong ? 0.85 : (gaz ? (cap ? 0.72 : 0.62) : 0.6);
            if (gaz) {
                score += 0.05;
            }
            Explanation.Builder ex = Explanation.builder().pattern("cue + name").baseScore(score)
                    .cue(Explanation.ContextCue.of(String.join(" ", java.util.Arrays.copyOfRange(lower, i, from)),
                            0, "before"))
                    .reason(strong ? "name-like words after a name cue" : "gazetteer name after a weak cue");
            out.add(finding(EntityType.PERSON, v.st[s][first], v.en[s][last], score, ex));
        }
    }

    /**
     * "my husband Mark", "my daughter Grace Evans": a capitalised given name right after a word for a relative is a
     * name even when it is also an English word or usually not a name on its own ("Mark", "Grace", "Bill"); adds
     * the finding and returns true, else false (the ordinary weak-cue rules then apply).
     */
    private boolean relative(View v, int s, String[] w, String[] lower, int i, int first, List<Finding> out) {
        if (first >= w.length || !capitalised(w[first])
                || !(NameLexicon.inGazetteer(w[first]) || WORD_NAMES.contains(lower[first]))
                || NlpModels.places().contains(lower[first])) {
            return false;
        }
        int last = first;
        if (last + 1 < w.length && capitalised(w[last + 1]) && !NameLexicon.commonWord(w[last + 1])) {
            last++; // "my husband Mark Evans"
        }
        Explanation.Builder ex = Explanation.builder().pattern("relative + name").baseScore(0.77)
                .cue(Explanation.ContextCue.of(lower[i], 0, "before"))
                .reason("capitalised given name right after a word for a relative");
        out.add(finding(EntityType.PERSON, v.st[s][first], v.en[s][last], 0.77, ex));
        return true;
    }

    private static final Set<String> PAYMENT_WORDS = Set.copyOf(java.util.Arrays.asList("transfer", "transferred", "send", "sent", "pay",
            "paid", "payment", "money", "debit", "wire", "wired", "remit", "refund", "received", "receive"));

    /** A payment word at most five tokens before {@code i}, with no sentence punctuation in between. */
    private static boolean paymentWordBefore(String[] lower, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
            if (PAYMENT_WORDS.contains(lower[k])) {
                return true;
            }
            if (lower[k].equals(",") || lower[k].equals(".") || lower[k].equals("?") || lower[k].equals("!")) {
                return false;
            }
        }
        return false;
    }

    private void payee(View v, int s, String[] w, String[] lower, int cueStart, int from,
                       List<Finding> out) {
        int k = from;
        while (k < w.length && k - from < 2 && nameLike(w[k]) && w[k].length() >= 3
                && !(w[k].length() <= 4 && w[k].equals(w[k].toUpperCase(Locale.ROOT)))
                && (!NameLexicon.listedWord(w[k]) || NameLexicon.inGazetteer(w[k]) && !NameLexicon.notAName(w[k]))
                && !NameLexicon.DETERMINERS.contains(lower[k]) && !NlpModels.places().contains(lower[k])
                && !NameLexicon.notAName(w[k])) {
            k++;
        }
        if (k == from) {
            return;
        }
        if (k == from + 1 && capitalised(w[from]) && !NameLexicon.inGazetteer(w[from])) {
            return; // "payments to Waitrose": a single capitalised unknown payee is usually a merchant
        }
        double score = anyInGazetteer(w, from, k - 1) ? 0.75 : 0.68;
        Explanation.Builder ex = Explanation.builder().pattern("payment cue + name").baseScore(score)
                .cue(Explanation.ContextCue.of(String.join(" ", java.util.Arrays.copyOfRange(lower, cueStart, from)),
                        0, "before"))
                .reason("uncommon word(s) as payee or payer after a payment cue");
        out.add(finding(EntityType.PERSON, v.st[s][from], v.en[s][k - 1], score, ex));
    }

    private void gazetteerPairs(View v, int s, List<Finding> out) {
        String[] w = v.w[s];
        for (int i = 0; i + 1 < w.length; i++) {
            if (!capitalised(w[i]) || !capitalised(w[i + 1]) || NameLexicon.notAName(w[i])
                    || NameLexicon.notAName(w[i + 1])) {
                continue;
            }
            String a = w[i].toLowerCase(Locale.ROOT);
            String b = w[i + 1].toLowerCase(Locale.ROOT);
            if (NlpModels.firstNames().contains(a) && NlpModels.lastNames().contains(b)
                    && !NlpModels.places().contains(a + " " + b)) {
                Explanation.Builder ex = Explanation.builder().pattern("First Last").validator("name-gazetteer")
                        .baseScore(0.75).reason("capitalised first name and surname from the gazetteer");
                out.add(finding(EntityType.PERSON, v.st[s][i], v.en[s][i + 1], 0.75, ex));
                i++;
            }
        }
    }

    /**
     * A capitalised gazetteer name inside a sentence (not its first word unless a name-like context follows:
     * ",", ":", "'s", "and"); never a place, a common word or an all-caps token.
     */
    private void gazetteerSingles(View v, int s, List<Finding> out) {
        String[] w = v.w[s];
        for (int i = 0; i < w.length; i++) {
            if (!capitalised(w[i]) || w[i].length() < 3 || NameLexicon.notAName(w[i])) {
                continue;
            }
            String l = w[i].toLowerCase(Locale.ROOT);
            if (!NameLexicon.inGazetteer(w[i]) || NlpModels.places().contains(l) || NameLexicon.commonWord(l)) {
                continue;
            }
            boolean first = i == 0 || isPunct(w[i - 1]) && !w[i - 1].equals(",");
            if (first) {
                String next = i + 1 < w.length ? w[i + 1].toLowerCase(Locale.ROOT) : "";
                if (!(next.equals(",") || next.equals(":") || next.equals("'s") || next.equals("and"))) {
                    continue;
                }
            }
            Explanation.Builder ex = Explanation.builder().pattern("Name").validator("name-gazetteer")
                    .baseScore(0.6).reason("capitalised word from the name gazetteer");
            out.add(finding(EntityType.PERSON, v.st[s][i], v.en[s][i], 0.6, ex));
        }
    }

    private static final Set<String> VOCATIVE_NEXT = Set.copyOf(java.util.Arrays.asList("can", "could", "would", "will", "please", "i", "you",
            "we", "thanks", "thank", "do", "did", "are", "is", "have", "what", "where", "when", "how", "why"));
    private static final Set<String> SUBJECT_VERBS = Set.copyOf(java.util.Arrays.asList("lives", "lived", "began", "begins", "said", "says",
            "told", "asked", "shouted", "smiled", "laughed", "replied", "wrote", "writes", "phoned",
            "emailed", "moved", "died", "married", "spent", "grew", "studied"));
    private static final Set<String> WEAK_SUBJECT_VERBS = Set.copyOf(java.util.Arrays.asList("had", "has", "was", "is", "will", "works",
            "worked", "joined", "left", "went", "came", "wants", "wanted", "needs", "needed", "called"));

    /** Capitalised, not an English word, not a place, not a stop word: the shape of an unknown name. */
    private static boolean unknownCapitalised(String w) {
        return capitalised(w) && w.length() >= 2 && !NameLexicon.commonWord(w) && !NameLexicon.isTitle(w)
                && !NlpModels.places().contains(w.toLowerCase(Locale.ROOT));
    }

    private static boolean initial(String w) {
        return (w.length() == 1 || w.length() == 2 && w.charAt(1) == '.') && Character.isUpperCase(w.charAt(0));
    }

    /**
     * Name shapes: "Ella H. Snider" (first, middle initial, last); "Eustachy Gorski" (two capitalised words,
     * neither an English word nor a place); "Ubul: what a wife" (a speaker label that is not a word);
     * "Franciska's kid" (possessive of an unknown capitalised word).
     */
    private void shapeRules(View v, int s, List<Finding> out) {
        String[] w = v.w[s];
        int[] st = v.st[s];
        int[] en = v.en[s];
        for (int i = 0; i < w.length; i++) {
            boolean anyCapital = capitalised(w[i]) && !NameLexicon.isTitle(w[i]);
            if (!unknownCapitalised(w[i]) && !(capitalised(w[i]) && NameLexicon.inGazetteer(w[i])
                    && !NameLexicon.commonWord(w[i])) && !anyCapital) {
                continue;
            }
            // First I. Last; with a gazetteer surname any capitalised first word counts ("Mark E Lindqvist")
            if (i + 2 < w.length && initial(w[i + 1])
                    && (!w[i + 1].equals("I") && !w[i + 1].equals("A") || w[i + 2].equals("."))) {
                int last = w[i + 2].equals(".") ? i + 3 : i + 2;
                boolean surname = last < w.length
                        && NlpModels.lastNames().contains(w[last].toLowerCase(Locale.ROOT));
                boolean firstOk = unknownCapitalised(w[i]) || NameLexicon.inGazetteer(w[i])
                        && !NameLexicon.commonWord(w[i]) || surname;
                if (firstOk && last < w.length && capitalised(w[last]) && (!NameLexicon.commonWord(w[last])
                        || surname)) {
                    add(out, st[i], en[last], 0.8, "First I. Last", "first name, middle initial and surname");
                    i = last;
                    continue;
                }
            }
            if (!unknownCapitalised(w[i]) && !(capitalised(w[i]) && NameLexicon.inGazetteer(w[i])
                    && !NameLexicon.commonWord(w[i]))) {
                continue;
            }
            // First Last (both unknown capitalised words, or one from the gazetteer), one space apart
            if (i + 1 < w.length && st[i + 1] == en[i] + 1 && capitalised(w[i + 1]) && !NameLexicon.commonWord(w[i + 1])
                    && !NlpModels.places().contains(w[i + 1].toLowerCase(Locale.ROOT))
                    && !NameLexicon.isTitle(w[i + 1])) {
                int last = i + 1;
                if (i + 2 < w.length && st[i + 2] == en[i + 1] + 1 && unknownCapitalised(w[i + 2])) {
                    last = i + 2;
                }
                boolean gaz = anyInGazetteer(w, i, last);
                double score = gaz ? 0.7 : 0.6;
                add(out, st[i], en[last], score, "Capitalised Capitalised",
                        gaz ? "capitalised words, one from the name gazetteer" : "capitalised words that are not English words or places");
                i = last;
                continue;
            }
            boolean atStart = i == 0 || w[i - 1].equals("\"") || w[i - 1].equals(">");
            // Speaker label "Ubul:" at the start of a sentence
            if (atStart && i + 2 < w.length && w[i + 1].startsWith(":")) {
                if (!fieldLabel(w, i, i + 2)) {
                    add(out, st[i], en[i], 0.65, "Name:", "speaker label that is not a word");
                }
                continue;
            }
            // Vocative: "Warrane, can I ...", "... go to town, Mark!"
            if (atStart && i + 2 < w.length && w[i + 1].equals(",") && VOCATIVE_NEXT.contains(
                    w[i + 2].toLowerCase(Locale.ROOT))
                    || i > 0 && w[i - 1].equals(",") && i + 1 < w.length && (w[i + 1].equals("!")
                    || w[i + 1].equals("?")) && i + 2 >= w.length) {
                add(out, st[i], en[i], 0.65, "vocative", "a capitalised word addressed by name");
                continue;
            }
            // Sentence subject before a reporting or life-event verb: "Dexter lives on ...", "Ley began writing"
            String nextVerb = i + 1 < w.length ? w[i + 1].toLowerCase(Locale.ROOT) : "";
            if (atStart && (SUBJECT_VERBS.contains(nextVerb) || WEAK_SUBJECT_VERBS.contains(nextVerb)
                    && NameLexicon.inGazetteer(w[i]))) {
                add(out, st[i], en[i], 0.62, "Name verb", "a capitalised word before a verb people do");
                continue;
            }
            if (!unknownCapitalised(w[i])) {
                continue;
            }
            // Speaker label "Ubul:" at the start of a sentence
            if (i == 0 && w.length > 2 && w[1].equals(":")) {
                if (!fieldLabel(w, 0, 2)) {
                    add(out, st[i], en[i], 0.65, "Name:", "speaker label that is not a word");
                }
                continue;
            }
            // Possessive "Franciska's"
            if (i + 1 < w.length && (w[i + 1].equals("'s") || w[i + 1].equals("’s"))) {
                add(out, st[i], en[i], 0.6, "Name's", "possessive of a capitalised word that is not a word");
            }
        }
    }

    /**
     * True if "label:" (token {@code label}) names a form field rather than a speaker: the label is not a given
     * name or surname and the value (token {@code value}) starts with a digit ("Geburtsdatum: 14.03.1985",
     * "Kundennummer: 12345"). "Anna: 07700 900123" keeps Anna, a name in a contact list.
     */
    private static boolean fieldLabel(String[] w, int label, int value) {
        return value < w.length && !w[value].isEmpty() && Character.isDigit(w[value].charAt(0))
                && !NameLexicon.inGazetteer(w[label]);
    }

    /**
     * "Gaetane, Hannah, Anthony and Derek": three or more single capitalised words joined by commas and a final
     * "and", at least half of them gazetteer names and none an English word or place, are all names.
     */
    private void nameLists(View v, int s, List<Finding> out) {
        String[] w = v.w[s];
        boolean lowerSentence = !hasCapitalisedWord(w) && w.length > 0 && !capitalised(w[0]);
        int i = 0;
        while (i < w.length) {
            List<Integer> items = new java.util.ArrayList<>();
            int k = i;
            boolean sawAnd = false;
            while (k < w.length && listItem(w[k], lowerSentence)) {
                items.add(k);
                if (k + 2 < w.length && w[k + 1].equals(",") && !sawAnd) {
                    k += 2;
                    if (k < w.length && (w[k].equalsIgnoreCase("and") || w[k].equalsIgnoreCase("or"))) {
                        sawAnd = true;
                        k++;
                    }
                } else if (k + 2 < w.length && (w[k + 1].equalsIgnoreCase("and") || w[k + 1].equalsIgnoreCase("or"))
                        && !sawAnd) {
                    sawAnd = true;
                    k += 2;
                } else {
                    k++;
                    break;
                }
            }
            int clean = 0;
            for (int idx : items) {
                if (cleanName(w[idx])) {
                    clean++;
                }
            }
            int n = items.size();
            if (n >= 3 && sawAnd && clean * 2 >= n && clean >= 2
                    && !businessContext(w, items.get(0), items.get(n - 1))) {
                for (int idx : items) {
                    add(out, v.st[s][idx], v.en[s][idx], 0.62, "Name, Name and Name",
                            "a list of capitalised names");
                }
            }
            i = Math.max(k, i + 1);
        }
    }

    /** A gazetteer name that is not an English word or a place. */
    private static boolean cleanName(String t) {
        return NameLexicon.inGazetteer(t) && !NameLexicon.commonWord(t)
                && !NlpModels.places().contains(t.toLowerCase(Locale.ROOT));
    }

    /**
     * A word that can stand in a list of names: not a place; capitalised (it may be an English word too: "Dawn",
     * "Reed"), or in an all-lower-case sentence a name-like word. The list as a whole must be mostly names.
     */
    private static boolean listItem(String t, boolean lowerSentence) {
        String l = t.toLowerCase(Locale.ROOT);
        if (NlpModels.places().contains(l) && !NlpModels.firstNames().contains(l)) {
            return false;
        }
        if (lowerSentence) {
            return nameLike(t) && t.length() >= 3 && (NameLexicon.inGazetteer(t) || !NameLexicon.notAName(t));
        }
        return capitalised(t) && !NameLexicon.isTitle(t);
    }

    /**
     * "Quilmes and Barrow were ...": two capitalised names joined by "and" that open a sentence and are the
     * subject of a verb people do; each is a gazetteer name or an unknown capitalised word, at least one of them
     * a gazetteer name.
     */
    private void pairSubject(View v, int s, List<Finding> out) {
        String[] w = v.w[s];
        int i = 0;
        while (i < w.length && isPunct(w[i])) {
            i++;
        }
        if (i + 3 >= w.length || !w[i + 1].equalsIgnoreCase("and")) {
            return;
        }
        String verb = w[i + 3].toLowerCase(Locale.ROOT);
        if (!(SUBJECT_VERBS.contains(verb) || WEAK_SUBJECT_VERBS.contains(verb) || PAIR_VERBS.contains(verb))) {
            return;
        }
        String x = w[i];
        String y = w[i + 2];
        if (!pairWord(x) || !pairWord(y) || !(NameLexicon.inGazetteer(x) || NameLexicon.inGazetteer(y))
                || NameLexicon.inBrandPhrase(w, i, i + 2) || businessContext(w, i, i + 2)) {
            return;
        }
        add(out, v.st[s][i], v.en[s][i], 0.62, "Name and Name verb", "two names as the subject of a sentence");
        add(out, v.st[s][i + 2], v.en[s][i + 2], 0.62, "Name and Name verb", "two names as the subject of a sentence");
    }

    private static final Set<String> PAIR_VERBS = Set.copyOf(java.util.Arrays.asList("were", "are", "have",
            "both", "met", "live", "work", "wrote", "founded", "started"));

    private static boolean pairWord(String t) {
        return capitalised(t) && !NameLexicon.notAName(t) && !NameLexicon.isTitle(t)
                && !NlpModels.places().contains(t.toLowerCase(Locale.ROOT))
                && (NameLexicon.inGazetteer(t) || !NameLexicon.commonWord(t));
    }

    /**
     * "Maika van de Noort", "Ludwig von Berg": a capitalised word, one to three lower-case name particles and a
     * capitalised surname, the first a given name or the last a surname from the gazetteer, and not a place.
     */
    private void particleNames(View v, int s, List<Finding> out) {
        String[] w = v.w[s];
        int[] st = v.st[s];
        int[] en = v.en[s];
        for (int i = 0; i + 2 < w.length; i++) {
            if (!PARTICLES.contains(w[i + 1]) || !capitalised(w[i]) || NameLexicon.notAName(w[i])) {
                continue;
            }
            int k = i + 1;
            while (k < w.length && k - i <= 3 && PARTICLES.contains(w[k]) && st[k] == en[k - 1] + 1) {
                k++;
            }
            if (k == i + 1 || k >= w.length || st[k] != en[k - 1] + 1 || !capitalised(w[k])
                    || NameLexicon.commonWord(w[k]) || NameLexicon.notAName(w[k])) {
                continue;
            }
            String first = w[i].toLowerCase(Locale.ROOT);
            String last = w[k].toLowerCase(Locale.ROOT);
            if (!(NlpModels.firstNames().contains(first) || NlpModels.lastNames().contains(last))
                    || NlpModels.places().contains(first) || NlpModels.places().contains(last)
                    || NlpModels.places().contains(v.text(s, i, k).toLowerCase(Locale.ROOT))
                    || NameLexicon.commonWord(w[i]) && !NameLexicon.inGazetteer(w[i])) {
                continue;
            }
            add(out, st[i], en[k], 0.72, "First particle Last", "a name with a surname particle (van, de, von)");
            i = k;
        }
    }

    private static final Set<String> PARTICLES = Set.copyOf(java.util.Arrays.asList("van", "de", "der", "den",
            "ten", "ter", "von", "zu", "da", "di", "du", "del", "della", "dos", "das", "bin", "ibn", "al"));

    private void add(List<Finding> out, int start, int end, double score, String pattern, String reason) {
        Explanation.Builder ex = Explanation.builder().pattern(pattern).baseScore(score).reason(reason);
        out.add(finding(EntityType.PERSON, start, end, score, ex));
    }

    /** "What's your last name? Boyle": a short sentence of names right after a sentence asking for a name. */
    private void answerToQuestion(View v, int s, List<Finding> out) {
        String[] prev = v.w[s - 1];
        if (prev.length == 0 || !prev[prev.length - 1].equals("?")) {
            return;
        }
        boolean asksName = false;
        boolean who = false;
        boolean speaking = false;
        for (String p : prev) {
            String l = p.toLowerCase(Locale.ROOT);
            asksName |= l.equals("name") || l.equals("surname");
            who |= l.equals("who");
            speaking |= l.equals("speaking") || l.equals("calling") || l.equals("talking");
        }
        asksName |= who && speaking; // "who am I speaking with?", "who's calling?"
        String[] w = v.w[s];
        int last = w.length - 1;
        while (last >= 0 && isPunct(w[last])) {
            last--;
        }
        // a speaker label ("Customer:") and a lead-in ("it's", "this is", "yes") before the name
        int first = 0;
        if (last >= 2 && w[1].equals(":") && capitalised(w[0])) {
            first = 2;
        }
        while (first < last && first <= 3 && ANSWER_LEAD_INS.contains(w[first].toLowerCase(Locale.ROOT))) {
            first++;
        }
        if (!asksName || last < first || last - first > 2) {
            return;
        }
        for (int i = first; i <= last; i++) {
            if (!nameLike(w[i]) || NameLexicon.notAName(w[i])
                    || (first > 0 && NameLexicon.commonWord(w[i]) && !NameLexicon.inGazetteer(w[i]))) {
                return;
            }
        }
        Explanation.Builder ex = Explanation.builder().pattern("answer to a name question").baseScore(0.85)
                .cue(Explanation.ContextCue.of("name?", 0.3, "before"))
                .reason("name-like words answering a question about a name");
        out.add(finding(EntityType.PERSON, v.st[s][first], v.en[s][last], 0.85, ex));
    }

    /** Words that may come before the name in an answer: "it's Tom", "this is Tom", "yes, Tom". */
    private static final Set<String> ANSWER_LEAD_INS = Set.of("it's", "its", "it’s", "this", "is", "yes", "yeah",
            "sure", "hi", "hello", "i'm", "im", "i’m", ",", "my", "name", "name's");

    /** A reply of one to three name-like words (e.g. the answer to "what name is the booking under?"). */
    private void shortReply(TextScan scan, View v, List<Finding> out) {
        if (v.w.length != 1) {
            return;
        }
        String[] w = v.w[0];
        int first = 0;
        int last = w.length - 1;
        while (last >= first && isPunct(w[last])) {
            last--;
        }
        if (last < first || last - first > 2) {
            return;
        }
        boolean gaz = false;
        for (int i = first; i <= last; i++) {
            if (!nameLike(w[i]) || NameLexicon.notAName(w[i]) || w[i].length() < 2) {
                return;
            }
            String l = w[i].toLowerCase(Locale.ROOT);
            if (NlpModels.places().contains(l)) {
                return;
            }
            gaz |= NameLexicon.inGazetteer(w[i]);
        }
        boolean asked = promptAsksName(scan);
        boolean capitalisedUnknown = true;
        for (int i = first; i <= last; i++) {
            capitalisedUnknown &= capitalised(w[i]) && !NameLexicon.commonWord(w[i]);
        }
        if (!gaz && !asked && !capitalisedUnknown || !asked && allCommon(w, first, last)) {
            return;
        }
        if (!gaz && !asked && emphasised(scan.text, v.st[0][first], v.en[0][last])) {
            return; // "** Disclaimer **", "*Ireland": a heading or a note set in emphasis, not a typed reply
        }
        double score = asked ? 0.88 : gaz ? 0.62 : 0.56;
        Explanation.Builder ex = Explanation.builder().pattern("short reply").baseScore(score)
                .reason(asked ? "short reply to a prompt asking for a name" : "short reply of gazetteer names");
        if (asked) {
            ex.cue(Explanation.ContextCue.of("name", 0.26, "prompt"));
        }
        out.add(finding(EntityType.PERSON, v.st[0][first], v.en[0][last], score, ex));
    }

    /**
     * True if a Markdown emphasis or code mark ('*', '_', '`') stands right before {@code start} or right after
     * {@code end}, at most two spaces away.
     */
    private static boolean emphasised(String t, int start, int end) {
        int p = start - 1;
        while (p >= 0 && start - p <= 2 && t.charAt(p) == ' ') {
            p--;
        }
        int q = end;
        while (q < t.length() && q - end < 2 && t.charAt(q) == ' ') {
            q++;
        }
        return p >= 0 && isEmphasisMark(t.charAt(p)) || q < t.length() && isEmphasisMark(t.charAt(q));
    }

    private static boolean isEmphasisMark(char c) {
        return c == '*' || c == '_' || c == '`';
    }

    private static boolean promptAsksName(TextScan scan) {
        if (scan.prompt == null) {
            return false;
        }
        String p = scan.prompt.toLowerCase(Locale.ROOT);
        for (String word : NAME_PROMPT_WORDS) {
            if (p.contains(word)) {
                return word.equals("name") || word.equals("surname") || p.contains("who am i speaking")
                        || p.contains("speaking with");
            }
        }
        return false;
    }

    private static int matchCue(String[] lower, int i, String[][] cues) {
        int best = -1;
        for (String[] cue : cues) {
            if (i + cue.length > lower.length) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < cue.length; k++) {
                if (!lower[i + k].equals(cue[k])) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                best = Math.max(best, i + cue.length);
            }
        }
        return best;
    }

    static boolean nameLike(String w) {
        if (w.isEmpty() || w.length() > 40 || !Character.isLetter(w.charAt(0))) {
            return false;
        }
        int apo = Math.max(w.lastIndexOf('\''), w.lastIndexOf('’'));
        if (apo > 0) {
            String tail = w.substring(apo + 1).toLowerCase(Locale.ROOT);
            if (tail.equals("m") || tail.equals("s") || tail.equals("re") || tail.equals("ll") || tail.equals("ve")
                    || tail.equals("d") || tail.equals("t")) {
                return false; // "I'm", "it's", "don't"
            }
        }
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') {
                return false;
            }
        }
        return true;
    }

    private static boolean lowerCaseWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    private static boolean capitalised(String w) {
        return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && nameLike(w)
                && Character.isLowerCase(w.charAt(w.length() - 1));
    }

    private static boolean isPunct(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetterOrDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLowercaseWord(String[] w) {
        for (String x : w) {
            if (x.length() > 1 && Character.isLowerCase(x.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** Model probability that a span without a gazetteer word needs in a {@link #headlineCase} sentence. */
    private static final double HEADLINE_PROB = 0.8;
    /** Fewest words of a {@link #headlineCase} sentence. */
    private static final int HEADLINE_WORDS = 6;
    /** Short words a headline may leave in lower case ("Disaster in History", "Hope of the Year"). */
    private static final Set<String> HEADLINE_LOWER = Set.of("a", "an", "the", "and", "or", "but", "of", "in",
            "on", "at", "to", "for", "by", "with", "from", "as", "vs", "via");

    /**
     * True if the sentence is written in headline case: at least {@value #HEADLINE_WORDS} words, each starting
     * with a capital except short function words ("in", "of", "the"). There a capital says nothing about a name,
     * so the name model's unsure spans are not taken.
     */
    private static boolean headlineCase(String[] w) {
        int words = 0;
        for (String t : w) {
            if (t.isEmpty() || !Character.isLetter(t.charAt(0))) {
                continue;
            }
            if (Character.isUpperCase(t.charAt(0))) {
                words++;
            } else if (!HEADLINE_LOWER.contains(t)) {
                return false;
            }
        }
        return words >= HEADLINE_WORDS;
    }

    private static boolean hasCapitalisedWord(String[] w) {
        for (int i = 1; i < w.length; i++) {
            if (w[i].length() > 1 && Character.isUpperCase(w[i].charAt(0)) && !w[i].equals("I")) {
                return true;
            }
        }
        return false;
    }

    private static boolean allCommon(String[] w, int a, int b) {
        for (int i = a; i <= b; i++) {
            if (nameLike(w[i]) && !NameLexicon.commonWord(w[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean allNotNames(String[] w, int a, int b) {
        for (int i = a; i <= b; i++) {
            if (nameLike(w[i]) && !NameLexicon.notAName(w[i]) && !NameLexicon.isTitle(w[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyInGazetteer(String[] w, int a, int b) {
        for (int i = a; i <= b; i++) {
            if (NameLexicon.inGazetteer(w[i]) && !NameLexicon.notAName(w[i])) {
                return true;
            }
        }
        return false;
    }
}
