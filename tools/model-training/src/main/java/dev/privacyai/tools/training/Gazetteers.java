package dev.privacyai.tools.training;

import net.datafaker.Faker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the first-name, surname and place gazetteers shipped with privacy-ai-impl: Datafaker's name and place
 * lists across locales (drawn with a seeded generator), the project's own lists of romanised names and major
 * places, minus common English words that are also names ("Will", "May", "Grant"), which the gazetteer must not
 * vouch for on its own.
 */
final class Gazetteers {

    static final String[] PLACE_LOCALES = {"de", "de-AT", "de-CH", "fr", "es", "it", "nl", "pl", "pt", "pt-BR",
        "sv-SE", "nb-NO", "fi-FI", "da-DK", "cs", "hu", "tr", "el-GR", "en-IN", "en-AU", "en-CA", "es-MX"};

    /** Major cities and regions written by the project (English names). */
    static final String[] MAJOR_PLACES = {
        "New York", "Los Angeles", "Chicago", "Houston", "Phoenix", "Philadelphia", "San Antonio", "San Diego",
        "Dallas", "San Jose", "Austin", "Jacksonville", "Fort Worth", "Columbus", "Charlotte", "San Francisco",
        "Indianapolis", "Seattle", "Denver", "Washington", "Boston", "El Paso", "Nashville", "Detroit",
        "Oklahoma City", "Portland", "Las Vegas", "Memphis", "Louisville", "Baltimore", "Milwaukee", "Albuquerque",
        "Tucson", "Fresno", "Sacramento", "Kansas City", "Atlanta", "Miami", "Raleigh", "Omaha", "Minneapolis",
        "Tulsa", "Cleveland", "Wichita", "New Orleans", "Tampa", "Honolulu", "Anchorage", "Pittsburgh",
        "Cincinnati", "St. Louis", "Orlando", "Salt Lake City", "Brooklyn", "Queens", "Manhattan", "London",
        "Manchester", "Birmingham", "Liverpool", "Leeds", "Sheffield", "Bristol", "Glasgow", "Edinburgh",
        "Cardiff", "Belfast", "Newcastle", "Nottingham", "Leicester", "Southampton", "Brighton", "Oxford",
        "Cambridge", "Aberdeen", "Dublin", "Cork", "Paris", "Lyon", "Marseille", "Toulouse", "Nice", "Nantes",
        "Bordeaux", "Lille", "Strasbourg", "Berlin", "Hamburg", "Munich", "München", "Cologne", "Köln",
        "Frankfurt", "Stuttgart", "Düsseldorf", "Leipzig", "Dresden", "Hanover", "Nuremberg", "Vienna", "Wien",
        "Zurich", "Zürich", "Geneva", "Bern", "Madrid", "Barcelona", "Valencia", "Seville", "Lisbon", "Porto",
        "Rome", "Milan", "Naples", "Turin", "Florence", "Venice", "Amsterdam", "Rotterdam", "The Hague",
        "Brussels", "Antwerp", "Copenhagen", "Stockholm", "Oslo", "Helsinki", "Warsaw", "Krakow", "Prague",
        "Budapest", "Athens", "Istanbul", "Ankara", "Moscow", "Kyiv", "Tokyo", "Osaka", "Kyoto", "Seoul", "Busan",
        "Beijing", "Shanghai", "Shenzhen", "Guangzhou", "Hong Kong", "Taipei", "Singapore", "Bangkok", "Hanoi",
        "Ho Chi Minh City", "Manila", "Jakarta", "Kuala Lumpur", "Mumbai", "Delhi", "New Delhi", "Bangalore",
        "Bengaluru", "Chennai", "Kolkata", "Hyderabad", "Pune", "Karachi", "Lahore", "Dhaka", "Dubai", "Abu Dhabi",
        "Doha", "Riyadh", "Cairo", "Lagos", "Nairobi", "Johannesburg", "Cape Town", "Accra", "Casablanca",
        "Toronto", "Montreal", "Vancouver", "Calgary", "Ottawa", "Mexico City", "Guadalajara", "Bogota",
        "Bogotá", "Lima", "Santiago", "Buenos Aires", "São Paulo", "Rio de Janeiro", "Sydney", "Melbourne",
        "Brisbane", "Perth", "Adelaide", "Auckland", "Wellington", "California", "Texas", "Florida",
        "New Jersey", "Ohio", "Michigan", "Georgia", "Virginia", "Massachusetts", "Arizona", "Colorado",
        "Oregon", "Nevada", "Illinois", "Pennsylvania", "North Carolina", "Tennessee", "Wisconsin", "Minnesota",
        "Bavaria", "Scotland", "Wales", "England", "Northern Ireland", "Ontario", "Quebec", "Catalonia",
        "USA", "U.S.", "UK", "U.K.", "United States", "United Kingdom", "Europe", "Asia", "Africa"};

    /** Common English words that are also names; never vouched for by the gazetteer alone. */
    static final Set<String> COMMON_WORDS = new java.util.HashSet<>(java.util.Arrays.asList(
            "will", "may", "june", "april", "august", "grant", "mark", "bill", "art", "case", "chase", "page",
            "rich", "young", "long", "black", "white", "brown", "green", "king", "hope", "grace", "joy", "faith",
            "rose", "summer", "autumn", "winter", "spring", "dawn", "sunny", "bob", "pat", "rob", "sue", "ray",
            "jack", "frank", "dean", "lane", "hall", "wall", "field", "ford", "price", "cash", "guy", "man", "key",
            "bell", "mason", "carter", "cook", "baker", "turner", "hunter", "parker", "miller", "taylor", "porter",
            "marshal", "major", "rich", "hill", "wood", "woods", "stone", "rock", "river", "lake", "north", "south",
            "east", "west", "law", "love", "good", "best", "little", "small", "short", "sharp", "strong", "early",
            "west", "day", "may", "don", "gay", "holiday", "christmas", "easter", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "july", "september",
            "october", "november", "december", "max", "min", "amber", "ruby", "pearl", "crystal", "jewel", "ivy",
            "holly", "daisy", "lily", "iris", "violet", "jasmine", "olive", "hazel", "sky", "star", "angel",
            "sale", "sales", "card", "bank", "order", "help", "the", "and", "for", "you", "not", "but", "can",
            "all", "any", "one", "new", "now", "get", "see", "who", "did", "yes", "her", "his", "him", "she",
            "he", "me", "my", "it", "is", "in", "on", "at", "to", "of", "or", "an", "a", "i", "de", "la", "le",
            "van", "von", "der", "del", "da", "di", "du", "el", "al", "bin", "ben", "son", "so", "do", "go", "no",
            "ok", "hi", "hey", "mom", "dad", "sir", "miss", "mrs", "ms", "mr", "dr", "august", "justice", "honor",
            "noble", "prince", "duke", "earl", "royal", "price", "penny", "buck", "sterling", "worth", "street",
            "road", "avenue", "city", "town", "park", "office", "house", "home", "post", "mail", "link", "ship",
            "mint", "apple", "cherry", "berry", "bay", "beach", "cliff", "glen", "dale", "moss", "reed", "fox",
            "wolf", "bird", "swan", "crane", "drake", "lamb", "bear", "cole", "coal", "gray", "grey", "gold",
            "silver", "bishop", "pope", "saint", "trust", "credit", "bond", "banks", "story", "will's", "best",
            "more", "much", "many", "also", "just", "only", "even", "still", "well", "back", "over", "under",
            "after", "before", "here", "there", "then", "than", "this", "that", "what", "when", "where", "how",
            "why", "hello", "thanks", "thank", "please", "sorry", "account", "number", "name", "email", "phone"));

    private final Set<String> first = new TreeSet<>();
    private final Set<String> last = new TreeSet<>();
    private final Set<String> places = new TreeSet<>();
    private final Set<String> english = new TreeSet<>();

    Gazetteers(long seed) {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        for (String tag : CorpusGenerator.NAME_LOCALES) {
            Faker f = new Faker(Locale.forLanguageTag(tag), new Random(random.nextLong()));
            for (int i = 0; i < 400; i++) {
                add(first, f.name().firstName());
                add(last, f.name().lastName());
            }
        }
        for (String s : CorpusGenerator.EXTRA_FIRST) {
            add(first, s);
        }
        for (String s : CorpusGenerator.EXTRA_LAST) {
            add(last, s);
        }
        Faker en = new Faker(Locale.forLanguageTag("en-US"), new Random(random.nextLong()));
        for (int i = 0; i < 2000; i++) {
            add(places, en.address().country());
            add(places, en.address().state());
        }
        for (String tag : PLACE_LOCALES) {
            Faker f = new Faker(Locale.forLanguageTag(tag), new Random(random.nextLong()));
            for (int i = 0; i < 300; i++) {
                add(places, f.address().cityName());
            }
        }
        for (String s : MAJOR_PLACES) {
            add(places, s);
        }
        english.addAll(yamlList("/en/words.yml"));
        english.addAll(yamlList("/en/verbs.yml"));
        english.addAll(COMMON_WORDS);
        english.addAll(Arrays.asList(SERVICE_WORDS));
        english.addAll(lowercaseWordsOfEnglishFiles());
    }

    /** The quoted list items of one of Datafaker's YAML word files, lower case, single words only. */
    static Set<String> yamlList(String resource) {
        Set<String> out = new TreeSet<>();
        try (java.io.InputStream in = Gazetteers.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (t.startsWith("- ")) {
                    String w = t.substring(2).replace("\"", "").strip().toLowerCase(Locale.ROOT);
                    if (!w.isEmpty() && w.chars().allMatch(Character::isLetter)) {
                        out.add(w);
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** Customer-service vocabulary written by the project (base forms; the detector handles -s/-ed/-ing). */
    static final String[] SERVICE_WORDS = {
        "account", "address", "amount", "app", "application", "arrive", "arrival", "assistance", "balance",
        "bill", "billing", "booking", "bug", "cancel", "cancellation", "card", "charge", "check", "checkout",
        "claim", "code", "complaint", "confirm", "confirmation", "contact", "cost", "coupon", "credit", "customer",
        "damage", "data", "deadline", "debit", "delay", "deliver", "delivery", "deposit", "detail", "discount",
        "dispute", "dollar", "download", "edit", "email", "error", "euro", "exchange", "expire", "fee", "file",
        "form", "fraud", "guarantee", "help", "invoice", "issue", "item", "limit", "link", "login", "loan",
        "mortgage", "newsletter", "notification", "number", "offer", "online", "order", "overdraft", "package",
        "parcel", "password", "pay", "payment", "penalty", "pin", "plan", "pound", "price", "problem", "product",
        "profile", "purchase", "receipt", "refund", "register", "registration", "reimburse", "reimbursement",
        "rate", "rating", "reservation", "reset", "restaurant", "return", "review", "salary", "savings",
        "service", "shipment", "shipping", "signup", "statement", "status", "subscription", "support",
        "switch", "table", "tax", "ticket", "track", "tracking", "transaction", "transfer", "unsubscribe",
        "update", "upgrade", "user", "username", "voucher", "wallet", "warranty", "website", "withdraw",
        "withdrawal", "cuisine", "menu", "dish", "dinner", "lunch", "breakfast", "brunch", "area", "neighborhood",
        "neighbourhood", "corkage", "cola", "tonight", "tomorrow", "today", "yesterday", "weekend"};

    /**
     * Words that Datafaker's English data files (descriptions, quotes, buzzwords, products...) spell in lower
     * case, kept when they occur lower-case in at least two files: names are capitalised there, so these are
     * ordinary words.
     */
    static Set<String> lowercaseWordsOfEnglishFiles() {
        java.util.Map<String, Integer> files = new java.util.TreeMap<>();
        try {
            java.net.URL jar = Faker.class.getProtectionDomain().getCodeSource().getLocation();
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(new java.io.File(jar.toURI()))) {
                java.util.List<String> names = new java.util.ArrayList<>();
                zip.stream().forEach(e -> names.add(e.getName()));
                java.util.Collections.sort(names);
                for (String name : names) {
                    if (!name.startsWith("en/") || !name.endsWith(".yml") || name.endsWith("name.yml")
                            || name.endsWith("internet.yml") || name.endsWith("twitter.yml")) {
                        continue;
                    }
                    String text = new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(),
                            StandardCharsets.UTF_8);
                    Set<String> inFile = new TreeSet<>();
                    for (String tok : text.split("[^A-Za-z]+")) {
                        if (tok.length() >= 2 && tok.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                            inFile.add(tok);
                        }
                    }
                    for (String w : inFile) {
                        files.merge(w, 1, Integer::sum);
                    }
                }
            }
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot read Datafaker's data files", e);
        }
        Set<String> out = new TreeSet<>();
        files.forEach((w, n) -> {
            if (n >= 2) {
                out.add(w);
            }
        });
        return out;
    }

    Set<String> english() {
        return english;
    }

    private Gazetteers() {
    }

    static Gazetteers readShipped(Path dir) throws IOException {
        Gazetteers g = new Gazetteers();
        g.first.addAll(Files.readAllLines(dir.resolve("gazetteer/first-names.txt"), StandardCharsets.UTF_8));
        g.last.addAll(Files.readAllLines(dir.resolve("gazetteer/last-names.txt"), StandardCharsets.UTF_8));
        g.places.addAll(Files.readAllLines(dir.resolve("gazetteer/places.txt"), StandardCharsets.UTF_8));
        return g;
    }

    void addFirst(Set<String> names) {
        for (String n : names) {
            add(first, n);
        }
    }

    void addLast(Set<String> names) {
        for (String n : names) {
            add(last, n);
        }
    }

    Set<String> firstNames() {
        return first;
    }

    Set<String> lastNames() {
        return last;
    }

    Set<String> places() {
        return places;
    }

    private static void add(Set<String> set, String value) {
        if (value == null) {
            return;
        }
        String v = value.strip();
        if (v.length() < 2 || v.length() > 40 || COMMON_WORDS.contains(v.toLowerCase(Locale.ROOT))
                || v.indexOf('#') >= 0 || v.indexOf('\n') >= 0) {
            return;
        }
        set.add(v);
    }
}
