package dev.privacyai.impl.redaction;

import java.util.Locale;
import java.util.Set;

/**
 * Word lists for the free-text detectors (all lower case): words that are never a name on their own (days,
 * months, speaker labels, titles of jobs, products and brands, common words that are also given names), person
 * title prefixes, and cue phrases after which a name follows.
 */
final class NameLexicon {

    private NameLexicon() {
    }

    /** Tokens that are never a person's name in themselves. */
    static final Set<String> NOT_A_NAME = set(
            // days, months, times of day
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
            "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "today", "tomorrow", "tonight", "yesterday",
            "morning", "afternoon", "evening", "night", "noon", "midnight", "weekend", "christmas", "easter",
            // speaker labels and roles
            "agent", "customer", "caller", "rep", "representative", "support", "operator", "user", "bot",
            "assistant", "advisor", "adviser", "client", "manager", "supervisor", "team", "admin", "system",
            "technician", "engineer", "driver", "courier", "doctor", "nurse", "officer", "director", "president",
            "ceo", "cfo", "cto", "specialist", "consultant", "analyst", "developer", "designer", "coordinator",
            "associate", "administrator", "executive", "clerk", "cashier", "receptionist", "staff", "sir", "madam",
            "maam", "dear", "abroad", "anything", "something", "nothing", "everything", "disabled", "send",
            "balcony", "terrace", "omelette", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "lol", "cya", "oui", "nah", "bruv", "stfu",
            "omg", "btw", "idk", "tbh", "asap", "pls", "thanx", "ty", "np", "k", "kk", "hmm", "ugh", "wow",
            "indoors", "outdoors", "inside", "outside", "takeaway", "veggie", "vegan", "vegetarian", "allergic",
            "intolerant", "incorrect", "correct", "correction", "lovely", "nevermind", "wrong", "right",
            "contactless", "cashback", "cashback", "online", "offline", "per", "due", "earlier", "later",
            "adios", "gona", "gonna", "room", "suite", "box", "po", "atm", "pin", "faq", "sms", "otp", "ceo", "vip", "hi", "hello", "hey", "thanks", "thank", "cheers", "regards", "best", "sincerely",
            "yes", "no", "ok", "okay", "please", "sorry", "bye", "goodbye", "welcome",
            // products, brands, services often typed capitalised
            "iphone", "ipad", "android", "galaxy", "pixel", "macbook", "windows", "netflix", "spotify", "amazon",
            "prime", "google", "apple", "microsoft", "samsung", "visa", "mastercard", "amex", "paypal", "venmo",
            "zelle", "uber", "lyft", "fedex", "ups", "dhl", "usps", "whatsapp", "facebook", "instagram",
            "twitter", "tiktok", "youtube", "alexa", "siri", "kindle", "xbox", "playstation", "nintendo",
            "premium", "gold", "platinum", "silver", "basic", "plus", "pro", "max", "mini", "ultra",
            // common words that are also given names
            "will", "grant", "mark", "bill", "art", "case", "chase", "page", "hope", "grace", "joy", "faith",
            "summer", "dawn", "sunny", "guy", "man", "key", "bank", "card", "order", "account", "help", "name",
            "number", "email", "phone", "address", "street", "road", "city", "the", "and", "for", "you", "not",
            "can", "all", "one", "new", "now", "get", "see", "who", "did", "her", "his", "him", "she", "he",
            "me", "my", "it", "is", "in", "on", "at", "to", "of", "or", "an", "a", "i", "im", "am", "are", "was",
            "be", "been", "this", "that", "there", "here", "what", "when", "where", "how", "why", "just", "also",
            "still", "calling", "speaking", "writing", "trying", "looking", "going", "having", "getting", "sure",
            "fine", "good", "great", "happy", "sad", "tired", "busy", "ready", "back", "home", "done", "new",
            "interested", "afraid", "confused", "unable", "able", "glad", "wondering", "sorry", "late", "early",
            "booking", "reservation", "table", "refund", "payment", "transfer", "money", "cash", "credit",
            "debit", "loan", "mortgage", "invoice", "bill", "receipt", "delivery", "package", "parcel", "item",
            "product", "service", "subscription", "plan", "contract", "policy", "claim", "ticket", "issue",
            "problem", "question", "request", "complaint", "feedback", "review", "message", "call", "chat",
            "so", "do", "go", "if", "as", "by", "up", "we", "us", "they", "them", "our", "your", "their",
            "with", "from", "about", "after", "before", "under", "over", "into", "out", "off", "than", "then",
            "some", "any", "each", "every", "much", "many", "more", "most", "other", "another", "such",
            "only", "own", "same", "too", "very", "really", "again", "once", "else", "someone", "somebody", "anyone", "anybody",
            "everyone", "everybody", "nobody", "wanna", "gonna", "gotta", "yeah", "yep", "nope", "ciao", "thx",
            "pls", "plz", "u", "ur", "dont", "cant", "wont", "didnt", "isnt", "doesnt", "ive", "id", "ill", "person", "people", "human", "machine", "robot", "ya", "bye", "like", "want", "need", "would",
            "could", "should", "have", "has", "had", "make", "made", "know", "think", "let", "said", "told",
            "asked", "got", "lost", "stolen", "blocked", "charged", "cancel", "change", "update", "check");

    /**
     * Names of identifier fields, in any case never a person's name ("last 4 of ssn", "my dob", "IBAN:"): only
     * acronyms no given name or surname in the gazetteer spells (unlike "nino", "tin", "vin", "dea", "pan", which
     * PersonDetector rejects only in capitals). "pin" and "otp" are in {@link #NOT_A_NAME} already.
     */
    static final Set<String> IDENTIFIER_FIELDS = set("ssn", "ssns", "dob", "iban", "bic", "cvv", "cvc", "cvv2",
            "cvc2", "nhs", "itin", "npi", "mbi", "imei", "utr", "dni", "nif", "bsn", "pesel", "cpf", "curp", "aadhaar",
            "sortcode");

    /** Person title prefixes (without the dot). */
    static final Set<String> TITLES = set("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam",
            "mister", "missus", "herr", "frau", "monsieur", "madame", "mme", "mlle", "señor", "senor", "señora",
            "senora", "sra", "sr", "signor", "signora");

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** A word in {@link #NOT_A_NAME} or {@link #IDENTIFIER_FIELDS}, any case. */
    static boolean notAName(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        return NOT_A_NAME.contains(t) || IDENTIFIER_FIELDS.contains(t);
    }

    /** A common English word or a word never a name on its own. */
    static boolean commonWord(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        if (known(t) || inflected(t) || englishShape(t)) {
            return true;
        }
        return t.length() >= 6 && t.length() <= 20 && t.chars().allMatch(c -> c >= 'a' && c <= 'z')
                && typoOfKnown(t);
    }

    /**
     * A listed English word, an inflection of one or a derived-word shape; unlike {@link #commonWord} not a
     * one-edit typo of one (after a payment cue "severo" is a payee, not a typo of "severe").
     */
    static boolean listedWord(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        return known(t) || inflected(t) || englishShape(t);
    }

    /**
     * A four- or five-letter lower-case word one edit from a listed word ("haev", "chdck"); longer typos are
     * already {@link #commonWord}s.
     */
    static boolean shortTypo(String t) {
        return t.length() >= 4 && t.length() <= 5 && t.chars().allMatch(c -> c >= 'a' && c <= 'z') && !known(t)
                && typoOfKnown(t);
    }

    /** Derivational endings English words have and given names and surnames rarely do. */
    private static final String[] ENGLISH_ENDINGS = {"ing", "ness", "ment", "able", "ible", "ous", "ive", "ful",
        "less", "ity", "tion", "sion", "ally", "ically", "ised", "ized", "ise", "ize"};

    /** True if {@code t} (lower case, 7+ letters) ends like a derived English word and is not a known name. */
    static boolean englishShape(String t) {
        if (t.length() < 7 || NlpModels.firstNames().contains(t) || NlpModels.lastNames().contains(t)) {
            return false;
        }
        for (String e : ENGLISH_ENDINGS) {
            if (t.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean known(String t) {
        return NOT_A_NAME.contains(t) || NlpModels.englishWords().contains(t);
    }

    /** Plurals and simple inflections of listed words: "fees", "problems", "edited", "registering", "parties". */
    private static boolean inflected(String t) {
        int n = t.length();
        if (n < 4) {
            return false;
        }
        if (t.endsWith("s") && known(t.substring(0, n - 1))) {
            return true;
        }
        if (t.endsWith("es") && known(t.substring(0, n - 2))
                || t.endsWith("ies") && known(t.substring(0, n - 3) + "y")
                || t.endsWith("ied") && known(t.substring(0, n - 3) + "y")) {
            return true;
        }
        if (t.endsWith("ed") && (known(t.substring(0, n - 2)) || known(t.substring(0, n - 1)))) {
            return true;
        }
        if (t.endsWith("ing") && n > 5 && (known(t.substring(0, n - 3)) || known(t.substring(0, n - 3) + "e"))) {
            return true;
        }
        return t.endsWith("ly") && n > 5 && known(t.substring(0, n - 2));
    }

    /** One edit (delete, transpose, substitute, insert) from a listed word: "wating", "custmer", "somone". */
    private static boolean typoOfKnown(String t) {
        char[] c = t.toCharArray();
        StringBuilder sb = new StringBuilder(t.length() + 1);
        for (int i = 0; i < c.length; i++) {
            sb.setLength(0);
            sb.append(c, 0, i).append(c, i + 1, c.length - i - 1);
            if (known(sb.toString())) {
                return true;
            }
            if (i + 1 < c.length) {
                char[] d = c.clone();
                d[i] = c[i + 1];
                d[i + 1] = c[i];
                if (known(new String(d))) {
                    return true;
                }
            }
        }
        for (int i = 0; i <= c.length; i++) {
            for (char x = 'a'; x <= 'z'; x++) {
                if (i < c.length && x != c[i]) {
                    char[] d = c.clone();
                    d[i] = x;
                    if (known(new String(d))) {
                        return true;
                    }
                }
                sb.setLength(0);
                sb.append(c, 0, i).append(x).append(c, i, c.length - i);
                if (known(sb.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "European", "Italian", "Danish", "Japanese": demonyms, not names (unless a known name, e.g. "Julian"). */
    static boolean demonymShape(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        return t.length() > 5 && (t.endsWith("ean") || t.endsWith("ian") || t.endsWith("ish") || t.endsWith("ese")
                || t.endsWith("ican") || t.endsWith("ean"));
    }

    /** Determiners and possessives: a word right after one is rarely a name ("with a machine"). */
    static final Set<String> DETERMINERS = set("a", "an", "the", "my", "your", "our", "their", "his", "her",
            "its", "this", "that", "these", "those", "some", "any", "no", "every", "each", "another");

    static boolean isTitle(String token) {
        String t = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
        return TITLES.contains(t.toLowerCase(Locale.ROOT));
    }

    static boolean inGazetteer(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        return NlpModels.firstNames().contains(t) || NlpModels.lastNames().contains(t);
    }
    /** Nationality and language words that do not end like a demonym ("German", "Czech", "Thai"). */
    private static final Set<String> DEMONYMS = set("german", "czech", "french", "dutch", "greek", "thai", "swiss",
            "irish", "welsh", "scottish", "polish", "danish", "swedish", "finnish", "turkish", "british", "english",
            "spanish", "kurdish", "jewish", "arab", "arabic", "chinese", "japanese", "vietnamese", "portuguese",
            "lebanese", "maltese", "nepalese", "sudanese", "filipino", "mexican", "american", "canadian", "korean",
            "italian", "indian", "russian", "brazilian", "african", "european", "asian", "australian", "nigerian",
            "pakistani", "iraqi", "iranian", "israeli", "saudi", "afghan", "slovak", "serbian", "croatian",
            "bosnian", "hungarian", "romanian", "bulgarian", "ukrainian", "latvian", "lithuanian", "estonian",
            "norwegian", "icelandic", "peruvian", "chilean", "colombian", "argentine", "argentinian", "cuban",
            "jamaican", "egyptian", "moroccan", "ethiopian", "kenyan", "somali", "persian", "latin", "hispanic",
            "catalan", "basque", "flemish", "syrian", "yemeni", "indonesian", "malaysian", "burmese", "mongolian",
            "tibetan", "uzbek", "kazakh", "armenian", "slovenian", "albanian", "cypriot", "austrian", "belgian",
            "cantonese", "mandarin", "hindi", "urdu", "punjabi", "bengali", "tamil", "swahili", "creole", "cajun",
            "texan", "bavarian", "sicilian", "tuscan", "parisian", "scandinavian", "caribbean", "balkan", "nordic");

    /** A nationality or language word, whether or not it has a demonym ending. */
    static boolean isDemonym(String token) {
        return DEMONYMS.contains(token.toLowerCase(Locale.ROOT));
    }

    /** True if {@code lower} (lower case) is a brand or merchant name of the brand list on its own. */
    static boolean isBrand(String lower) {
        return Brands.PHRASES.contains(lower);
    }

    private static final class Brands {
        static final Set<String> PHRASES = NlpModels.lines(NlpModels.BASE + "gazetteer/brands.txt");
    }

    /**
     * True if tokens {@code a..b} of {@code w} lie inside a well-known brand or merchant name of up to four tokens
     * ("Marks and Spencer", "uber eats", "waitrose"), unless a person title comes right before ("Mr Ford").
     */
    static boolean inBrandPhrase(String[] w, int a, int b) {
        if (b - a > 3 || a > 0 && (isTitle(w[a - 1]) || w[a - 1].equals(".") && a > 1 && isTitle(w[a - 2]))) {
            return false;
        }
        StringBuilder sb = new StringBuilder(32);
        for (int p = Math.max(0, b - 3); p <= a; p++) {
            sb.setLength(0);
            for (int q = p; q < w.length && q - p < 4; q++) {
                String t = w[q].toLowerCase(Locale.ROOT);
                if (q > p && !t.startsWith("'") && !t.startsWith("’")) {
                    sb.append(' ');
                }
                sb.append(t.startsWith("’") ? "'" + t.substring(1) : t);
                if (q >= b && Brands.PHRASES.contains(sb.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A lower-case past participle or gerund ("misspelled", "missing"): a state, not a name. */
    static boolean participleShape(String token) {
        int n = token.length();
        return n >= 5 && Character.isLowerCase(token.charAt(0)) && (token.endsWith("ed") || token.endsWith("ing"))
                && !inGazetteer(token);
    }
}
