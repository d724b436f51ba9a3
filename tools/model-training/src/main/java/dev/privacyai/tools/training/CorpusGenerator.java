package dev.privacyai.tools.training;

import net.datafaker.Faker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generates labelled contact-center sentences (chat, e-mail and call-transcript styles) with person names from
 * many cultures, street addresses and cities, and hard negatives (products, brands, companies, job titles,
 * speaker labels, days, months). Everything is drawn from one seeded {@link Random} and Datafaker instances
 * seeded from it, in a fixed order, single-threaded: the same seed gives the same corpus.
 *
 * <p>Templates are written by the project. A template is a string with slots in braces; the slots
 * {@code {P}} full name, {@code {F}} first name, {@code {L}} surname, {@code {TL}} title + surname are labelled
 * PERSON; {@code {ADDR}}, {@code {CITY}}, {@code {CC}} (city + postcode), {@code {COUNTRY}} are labelled LOCATION;
 * the other slots are unlabelled fillers.
 */
final class CorpusGenerator {

    /** A generated sentence with labelled character spans. */
    static final class Sample {
        final String text;
        final List<int[]> spans = new ArrayList<>(); // start, end, type (0 person, 1 location)

        Sample(String text) {
            this.text = text;
        }
    }

    static final String[] NAME_LOCALES = {
        "en-US", "en-GB", "en-IN", "en-NG", "en-PAK", "en-UG", "en-PH", "en-ZA", "en-AU", "en-CA", "de", "de-AT",
        "de-CH", "fr", "fr-CA", "es", "es-MX", "es-AR", "it", "pt", "pt-BR", "nl", "pl", "tr", "sv-SE", "nb-NO",
        "fi-FI", "da-DK", "vi", "id", "cs", "hu", "sk", "hr", "ca", "el-GR", "ru", "uk", "he", "ar", "fa",
    };

    static final String[] ADDRESS_LOCALES = {"en-US", "en-US", "en-US", "en-GB", "en-GB", "de", "de", "fr", "fr",
        "es", "it", "nl", "en-CA", "en-AU"};

    /** Romanised names that Datafaker's locales lack (East and South-East Asian, Arabic, African). */
    static final String[] EXTRA_FIRST = {
        "Wei", "Fang", "Jing", "Min", "Hao", "Xiu", "Yong", "Jun", "Lei", "Yan", "Ming", "Li Na", "Xiaoming",
        "Ji-woo", "Min-jun", "Seo-yeon", "Ha-eun", "Jae", "Soo-ah", "Haruto", "Yui", "Sota", "Hina", "Ren", "Aoi",
        "Takeshi", "Yuki", "Kenji", "Akira", "Mai", "Linh", "Thanh", "Duc", "Anh", "Minh", "Mohammed", "Muhammad",
        "Ahmed", "Fatima", "Aisha", "Omar", "Youssef", "Khalid", "Layla", "Noor", "Hassan", "Zainab", "Amina",
        "Chinedu", "Ngozi", "Oluwaseun", "Adebayo", "Kwame", "Abena", "Thabo", "Sipho", "Nomvula", "Wanjiru",
        "Priya", "Arjun", "Rahul", "Ananya", "Deepak", "Sanjay", "Lakshmi", "Siobhan", "Niamh", "Aoife", "Tadhg",
        "Saoirse", "Bjorn", "Sigrid", "Mateo", "Valentina", "Joaquín", "Ximena", "Tupac", "Nayeli", "Keanu"};

    static final String[] EXTRA_LAST = {
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Zhu", "Hu",
        "Guo", "Lin", "Gao", "Luo", "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Sato",
        "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Nguyen", "Tran",
        "Pham", "Hoang", "Vu", "Dang", "Bui", "Al-Sayed", "Haddad", "Nasser", "Abdullah", "El-Amin", "Khoury",
        "Okafor", "Adeyemi", "Mensah", "Okonkwo", "Dlamini", "Nkosi", "Mwangi", "Otieno", "Sharma", "Patel",
        "Singh", "Gupta", "Reddy", "Iyer", "Chatterjee", "O'Brien", "O'Connor", "McCarthy", "MacDonald", "Ó Súilleabháin",
        "van der Berg", "de la Cruz", "dos Santos", "Fernández", "Müller", "Łukasiewicz", "Nowak", "Yılmaz",
        "Öztürk", "Papadopoulos", "Kowalczyk", "Novák", "Horváth"};

    static final String[] TITLES = {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof.", "Mx"};

    static final String[] PRODUCTS = {
        "iPhone 15", "Galaxy S23", "Pixel 8", "MacBook Air", "PlayStation 5", "Xbox", "Kindle", "AirPods",
        "Netflix", "Spotify", "Premium plan", "Gold card", "Platinum membership", "Visa card", "Mastercard",
        "Amazon Prime", "Office 365", "Windows", "Android", "Chrome", "Alexa", "Roomba", "Nespresso", "Dyson",
        "Fitbit", "Apple Watch", "Surface Pro", "ThinkPad", "Model 3", "Prius", "Uber", "Lyft", "PayPal", "Venmo",
        "Zelle", "WhatsApp", "Instagram", "Facebook", "Google Pay", "Apple Pay", "FedEx", "UPS", "DHL", "USPS",
        "Royal Mail", "Hermes", "Tesco", "Walmart", "Target", "Costco", "IKEA", "Lidl", "Aldi", "Starbucks"};

    static final String[] AGENT_LABELS = {"Agent", "Customer", "Caller", "Rep", "Support", "Operator", "User",
        "Bot", "Assistant", "Advisor", "Client"};

    static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    /** Chat and voice-style templates. */
    static final String[] CHAT = {
        "hi my name is {P} and i need help with my {PROD}",
        "hello, my name's {F}, my {PROD} stopped working",
        "this is {P}, calling about my bill from {MONTH}",
        "this is {F} from {CITY}, i have a question",
        "hi it's {F} again",
        "hey, {F} here. my order still hasn't arrived",
        "I'm {P} and I want to cancel my {PROD} subscription",
        "im {F} {L}, account holder",
        "i am {P}, the account holder",
        "the account holder is {P}",
        "the account is in the name of {P}",
        "it's in the name of {L}",
        "the booking is under {P}",
        "booked under {L} for {DAY} at {TIME}",
        "can i get a table for {N} under {F}",
        "table under the name {P} please",
        "reservation for {P} on {DAY}",
        "please send {MONEY} to {P}",
        "i want to transfer {MONEY} to {F}",
        "did my payment to {P} go through?",
        "why did {L} get charged twice",
        "can you add {P} as an authorised user",
        "my wife {F} is also on the account",
        "my husband {P} will call you later",
        "my son {F} used my {PROD}",
        "my daughter {F} lost her card",
        "I spoke with {F} yesterday and she said it was fixed",
        "i was speaking with {F} on {DAY} about a refund",
        "your colleague {F} promised a callback",
        "can i speak to {TL}?",
        "I'd like to speak with {P} please",
        "is {TL} available today",
        "please forward this to {TL}",
        "ask for {F} at the front desk",
        "call me {F}",
        "you can call me {F}",
        "people call me {F}",
        "my first name is {F} and last name is {L}",
        "first name {F}, surname {L}",
        "last name is {L}",
        "surname {L}, first name {F}",
        "it's {L}, spelled the usual way",
        "name: {P}",
        "name on the card is {P}",
        "the card is in my name, {P}",
        "the parcel was signed by {P}",
        "please deliver to {P} at {ADDR}",
        "ship it to {ADDR}",
        "my address is {ADDR}",
        "i live at {ADDR}",
        "i moved to {ADDR} last {MONTH}",
        "the new address is {ADDR}",
        "send the invoice to {ADDR}",
        "update my billing address to {ADDR}",
        "i'm in {CITY}, can you deliver here?",
        "do you ship to {CITY}?",
        "do you ship to {COUNTRY}",
        "is delivery available in {CITY}, {COUNTRY}?",
        "i'm travelling to {COUNTRY} next {MONTH}",
        "my card got blocked in {CITY}",
        "the store in {CITY} was closed on {DAY}",
        "postcode is {CC}",
        "I live in {CC}",
        "{F} here, {L} is my surname",
        "thanks {F}",
        "thank you {F}, that helps",
        "ok thanks {F}!",
        "cheers {F}",
        "thanks, {P}",
        "{DAY} works for me",
        "can you call me on {DAY} morning",
        "my {PROD} was delivered on {DAY}",
        "I ordered a {PROD} in {MONTH} and it never came",
        "the {JOB} said my {PROD} is under warranty",
        "i want to talk to a {JOB}",
        "can I speak to your {JOB}",
        "i work as a {JOB} at {ORG}",
        "is this {ORG}?",
        "my employer {ORG} pays the bill",
        "i bought it at {ORG} last {MONTH}",
        "i'm calling from {ORG}",
        "where is my {PROD} order",
        "how do i reset my {PROD}",
        "my {PROD} account was hacked",
        "the app keeps crashing on my {PROD}",
        "i need an invoice for {ORG}",
        "Agent: how can I help? Customer: my {PROD} is broken",
        "{AGENT}: please hold",
        "{AGENT}: thank you for waiting",
        "Agent: who am I speaking with?\nCustomer: this is {P}",
        "Agent: can I have your name please?\nCustomer: {P}",
        "Agent: and the surname?\nCaller: {L}",
        "Agent: thanks {F}, and your address?\nCustomer: {ADDR}",
        "Agent: am I speaking with {TL}?\nCustomer: yes",
        "Rep: hello {F}, how can I help today?",
        "Support: hi {F}! let me check that for you",
        "hello {TL}, your refund has been processed",
        "Dear {TL}, your order has shipped",
        "{P}\n{ADDR}",
        "{P}, {ADDR}",
        "{P} lives at {ADDR}",
        "{P} moved from {CITY} to {CITY}",
        "{F} and {F} share the account",
        "{P} and {P} are both listed",
        "the previous owner was {P}",
        "the technician {F} never showed up",
        "a guy named {F} called me from your company",
        "someone called {P} used my card",
        "i got a letter addressed to {P}",
        "who is {P}? i don't know that person",
        "{F} told me to call back on {DAY}",
        "is {F} working today",
        "i'm {F}'s mother, i manage the account",
        "this is {P}'s phone",
        "I'm calling on behalf of {P}",
        "I'm calling for my mother, {P}",
        "I need to update the name from {P} to {P}",
        "my maiden name was {L}",
        "spelled {SPELL}",
        "{TL} from {CITY} here",
        "my manager {P} approved it",
        "the meeting with {TL} is on {DAY}",
        "please cc {P}",
        "{F} here",
        "{P}",
        "{F}",
        "{L}",
        "it's {P}",
        "yes it's {F}",
        "its {L}",
        "under {L}",
        "for {P}",
        "{P} please",
        "the name is {L}",
        "last name {L}",
        "{F} {L} is my name",
        "sure, {F}",
        "ok {F}",
        "{F} speaking",
        "hi this is {F} from {ORG}",
        "hello, {P} here, i need to change my booking",
        "i'm {F} and my {PROD} is not charging",
        "i need to pay {F} back",
        "pay {P} {MONEY}",
        "send {MONEY} to {L}",
        "how much did i send to {F} last {MONTH}",
        "i have a reservation under {P} for {DAY}",
        "booking for {N} people under {L}",
        "a table for {P} at {TIME} please",
        "it should be under {F}, or maybe {L}",
        "i think it was booked by {F}",
        "my partner {P} made the booking",
        "the reservation is for {F} {L}",
        "{F} booked it, the surname is {L}",
        "i'm calling to cancel {F}'s appointment",
        "the order is for my friend {F}",
        "I should have received {MONEY} from {P}, but it is not here.",
        "can you set up a standing order to {P} for {MONEY} every month",
        "What happened with that {MONEY} transfer to {P}?",
        "I forgot to make a transfer to {F}",
        "How much did I transfer to {L} this year?",
        "did I receive any money from {F} last {MONTH}",
        "this direct debit should go to {P}",
        "schedule the payment to {P} on {DAY}",
        "That transaction was supposed to go to {F} instead.",
        "I owe {F} a lot of money",
        "I paid {L} last week.",
        "Yes, confirm the transfer to {F} please",
        "{F} didn't get the money I sent!",
        "How much is left after the transfer to {P}?",
        "I don't need the standing order for {P} anymore",
        "please transfer {MONEY} from my savings to {P}",
        "Yeah, schedule this transaction for {DAY}",
        "yeah, please go ahead",
        "Ciao",
        "Gotta go",
        "I want a refund, probably because of the {NOUN}",
        "My surname is misspelled on my card",
        "i don't need anything else",
        "let me speak with someone else",
        "can i talk to a real person instead of a {NOUN}",
        "i don't want to share my details with a {NOUN}",
        "i'm very {ADJ}",
        "i was the victim of {NOUN}",
        "see ya",
        "thanks, bye",
        "my {NOUN} is {ADJ}",
        "it was a payment to {ORG}",
        "there is a payment to {ORG} i don't recognise",
        "the standing order for {ORG} must change",
        "i paid {ORG} with my card",
        "my card was rejected at {ORG}",
        "what is the difference between {NOUN} and {NOUN}",
        "can you give me a {NOUN}",
        "is there a {NOUN} for {NOUN}",
        "i need help with my {NOUN}",
        "something is wrong with the {NOUN}",
        "during the next {N} minutes",
        "i want to speak to someone about my {NOUN}",
        "who do i talk to about a {NOUN}",
        "is it {ADJ} to pay with {PROD}",
        "can i do it via {PROD} or the app",
        "i'd like to cancel the {NOUN}",
        "the {NOUN} was {ADJ} and the {NOUN} was late",
        "i want to book a {NOUN} for {DAY}",
        "this is {ADJ}",
        "this is a {NOUN}",
        "i am {ADJ}",
        "i'm in the {NOUN}",
        "it's {ADJ}",
        "call me when the {NOUN} is ready",
        "thanks for the {NOUN}",
        "under the {NOUN}",
        "for the {NOUN} please",
        "with {NOUN}",
    };

    /** E-mail style: greetings, sign-offs. */
    static final String[] EMAIL = {
        "Dear {TL},\n\nThank you for your message about your {PROD}.",
        "Hi {F},\n\nMy {PROD} stopped working after the update.\n\nThanks,\n{F}",
        "Hello,\n\nI would like to close my account.\n\nBest regards,\n{P}",
        "Hello team,\nPlease update my address to {ADDR}.\nKind regards,\n{P}",
        "To whom it may concern,\n\nI was charged twice in {MONTH}.\n\nSincerely,\n{P}",
        "Hi,\nthe order for {P} should go to {ADDR}.\nThanks\n{F}",
        "Thanks, {F}",
        "Best,\n{F}",
        "Regards, {P}",
        "Kind regards,\n{TL}",
        "Many thanks,\n{P}\n{ADDR}",
        "Cheers,\n{F} {L}",
        "Sent from my {PROD}",
        "From: {P}\nSubject: refund for my {PROD}",
        "Hi {F}, just following up on my ticket from {DAY}.",
        "Good morning {TL}, I have attached the invoice from {ORG}.",
        "Please contact {P} in our {CITY} office.",
        "Our {JOB} {P} will reply by {DAY}.",
        "Attn: {P}, {ORG}, {ADDR}",
    };

    /** Narrative sentences (web text, reviews, notes). */
    static final String[] NARRATIVE = {
        "{P} works at {ORG} in {CITY}.",
        "{P} joined {ORG} as a {JOB} in {YEAR}.",
        "{P} was born in {CITY} and moved to {COUNTRY}.",
        "Yesterday {F} met {P} in {CITY}.",
        "According to {TL}, the {PROD} is the best on the market.",
        "We stayed at a hotel near {ADDR} and it was lovely.",
        "The new store opened on {ADDR}.",
        "Ask {F} about the trip to {COUNTRY}.",
        "{F} said the {PROD} was worth it.",
        "{TL} is a {JOB} at {ORG}.",
        "I highly recommend {TL}, she fixed my teeth in no time.",
        "{F} from {ORG} was very helpful.",
        "The {JOB} was rude, but {F} at the counter was great.",
        "I flew from {CITY} to {CITY} on {DAY}.",
        "{ORG} announced record profits in {MONTH}.",
        "The {PROD} launch was delayed until {MONTH}.",
        "{COUNTRY} and {COUNTRY} signed the agreement.",
        "She visited {CITY}, {COUNTRY} in {MONTH}.",
        "My neighbour {P} recommended this place.",
        "Contact: {P}, {JOB}, {ORG}",
        "{P} called me about the {PROD} yesterday.",
        "{F} said the refund would take five days.",
        "{L} never replied to my email.",
        "{F} and {F} were both on the call.",
        "{L} and {L} signed the contract in {MONTH}.",
        "{F}, {F} and {F} joined the team.",
        "We invited {F}, {F}, {F} and {F}.",
        "{F}: hi, how can I help you today?",
        "{F}: thanks for waiting.\n{F}: no problem",
        "{F}: Where is my order?",
        "{TL} will see you now.",
        "Thanks to {F} for the quick help.",
        "I was helped by {P} last week.",
        "The report was written by {P}.",
        "{F}'s order was delayed again.",
        "Please check {P}'s account.",
        "{F} asked {F} to call me back.",
        "{F} told {F} about the outage.",
        "Have you met {P}?",
        "Is {F} still working on my case?",
        "When will {TL} be back?",
        "Unlike {L}, the new {JOB} was very patient.",
        "The song by {P} was played on the radio.",
        "A book by {P} won the prize.",
        "{P} is the new {JOB} at {ORG}.",
        "{P}, the {JOB}, said the system was down.",
        "{P} from {ORG} is the speaker today.",
        "{P} spent a year at {ORG} in {CITY}.",
        "{F} is from {CITY}.",
        "{F} flew to {CITY} on {DAY}.",
        "{TL} lives in {CITY}.",
        "{F} shouted at {F}.",
        "{F} waved at {F} across the room.",
        "The {PROD} was a gift from {F}.",
        "Give it to {F}.",
        "Send the form to {P}.",
        "I want to add {P} as a beneficiary.",
        "Remove {P} from my account.",
        "Family members: {P}, {P}.",
        "The Best {PROD} Of The Year You Need To Buy",
        "Top Ten Reasons To Visit {CITY} This {MONTH}",
        "Why The {PROD} Still Matters",
        "The {ORG} Annual Report",
        "Musicians, Writers And Engineers Of The Decade",
    };

    private final Random random;
    private final List<Faker> nameFakers = new ArrayList<>();
    private final List<Faker> addressFakers = new ArrayList<>();
    private final Faker en;
    private final Set<String> firstNames = new TreeSet<>();
    private final Set<String> lastNames = new TreeSet<>();

    CorpusGenerator(long seed) {
        this.random = new Random(seed);
        for (String tag : NAME_LOCALES) {
            nameFakers.add(new Faker(Locale.forLanguageTag(tag), new Random(random.nextLong())));
        }
        for (String tag : ADDRESS_LOCALES) {
            addressFakers.add(new Faker(Locale.forLanguageTag(tag), new Random(random.nextLong())));
        }
        this.en = new Faker(Locale.forLanguageTag("en-US"), new Random(random.nextLong()));
    }

    /** First names used so far (for the gazetteer), sorted. */
    Set<String> firstNames() {
        return firstNames;
    }

    /** Surnames used so far (for the gazetteer), sorted. */
    Set<String> lastNames() {
        return lastNames;
    }

    /** Generates {@code n} samples. */
    List<Sample> generate(int n) {
        List<Sample> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(sample());
        }
        return out;
    }

    private Sample sample() {
        int r = random.nextInt(100);
        String template;
        if (r < 62) {
            template = pick(CHAT);
        } else if (r < 80) {
            template = pick(EMAIL);
        } else {
            template = pick(NARRATIVE);
        }
        // One name per sample, reused by repeated slots, so "{F} here, {L} is my surname" is one person.
        Faker nf = nameFakers.get(random.nextInt(nameFakers.size()));
        String first = firstName(nf);
        String last = lastName(nf);
        int style = random.nextInt(100);
        boolean lower = style < 35;
        boolean lowerNamesOnly = !lower && style < 50;
        boolean upper = style >= 97;
        StringBuilder sb = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        int fills = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                sb.append(c);
                i++;
                continue;
            }
            int close = template.indexOf('}', i);
            String slot = template.substring(i + 1, close);
            i = close + 1;
            if (fills++ > 0 && (slot.equals("P") || slot.equals("F"))) {
                // a second person in the same template
                nf = nameFakers.get(random.nextInt(nameFakers.size()));
                first = firstName(nf);
                last = lastName(nf);
            }
            String value;
            int type;
            switch (slot) {
                case "P":
                    value = fullName(first, last);
                    type = 0;
                    break;
                case "F":
                    value = first;
                    type = 0;
                    break;
                case "L":
                    value = last;
                    type = 0;
                    break;
                case "TL":
                    value = pick(TITLES) + " " + (random.nextInt(4) == 0 ? first + " " : "") + last;
                    type = 0;
                    break;
                case "ADDR":
                    value = address();
                    type = 1;
                    break;
                case "CITY":
                    value = addressFakers.get(random.nextInt(addressFakers.size())).address().city();
                    type = 1;
                    break;
                case "CC":
                    value = cityPostcode();
                    type = 1;
                    break;
                case "COUNTRY":
                    value = en.address().country();
                    type = 1;
                    break;
                case "PROD":
                    value = random.nextBoolean() ? pick(PRODUCTS) : en.commerce().productName();
                    type = -1;
                    break;
                case "ORG":
                    value = random.nextInt(3) == 0 ? pick(PRODUCTS) : en.company().name();
                    type = -1;
                    break;
                case "JOB":
                    value = en.job().title();
                    type = -1;
                    break;
                case "AGENT":
                    value = pick(AGENT_LABELS);
                    type = -1;
                    break;
                case "DAY":
                    value = pick(DAYS);
                    type = -1;
                    break;
                case "MONTH":
                    value = pick(MONTHS);
                    type = -1;
                    break;
                case "TIME":
                    value = (1 + random.nextInt(12)) + (random.nextBoolean() ? "pm" : ":30");
                    type = -1;
                    break;
                case "N":
                    value = Integer.toString(2 + random.nextInt(9));
                    type = -1;
                    break;
                case "YEAR":
                    value = Integer.toString(1990 + random.nextInt(35));
                    type = -1;
                    break;
                case "MONEY":
                    value = random.nextBoolean() ? "$" + (5 + random.nextInt(900)) : (5 + random.nextInt(900)) + " euros";
                    type = -1;
                    break;
                case "NOUN":
                    value = en.word().noun();
                    type = -1;
                    break;
                case "ADJ":
                    value = en.word().adjective();
                    type = -1;
                    break;
                case "SPELL":
                    value = spelled(last);
                    type = -1;
                    break;
                default:
                    throw new IllegalStateException("unknown slot " + slot);
            }
            if (type == 0) {
                value = maybeTypo(value);
                if (lowerNamesOnly) {
                    value = value.toLowerCase(Locale.ROOT);
                }
            }
            int start = sb.length();
            sb.append(value);
            if (type >= 0) {
                spans.add(new int[] {start, sb.length(), type});
            }
        }
        String text = sb.toString();
        if (lower) {
            text = text.toLowerCase(Locale.ROOT);
        } else if (upper) {
            text = text.toUpperCase(Locale.ROOT);
        }
        if (text.length() != sb.length()) {
            // case mapping changed the length (e.g. 'İ'): keep the original case
            text = sb.toString();
        }
        if (random.nextInt(10) == 0) {
            text = dropPunctuation(text, spans);
        }
        Sample s = new Sample(text);
        s.spans.addAll(spans);
        return s;
    }

    private String firstName(Faker f) {
        String v = random.nextInt(12) == 0 ? pick(EXTRA_FIRST) : f.name().firstName();
        if (random.nextInt(5) == 0) {
            v = inventedName();
        } else {
            firstNames.add(v);
        }
        return v;
    }

    private String lastName(Faker f) {
        String v = random.nextInt(12) == 0 ? pick(EXTRA_LAST) : f.name().lastName();
        if (random.nextInt(5) == 0) {
            v = inventedName();
        } else {
            lastNames.add(v);
        }
        return v;
    }

    private String fullName(String first, String last) {
        int r = random.nextInt(20);
        if (r == 0) {
            return last + ", " + first;
        }
        if (r == 1) {
            return first + " " + (char) ('A' + random.nextInt(26)) + ". " + last;
        }
        if (r == 2) {
            Faker f = nameFakers.get(random.nextInt(nameFakers.size()));
            return first + " " + f.name().firstName() + " " + last;
        }
        if (r == 3) {
            Faker f = nameFakers.get(random.nextInt(nameFakers.size()));
            return first + " " + last + "-" + f.name().lastName();
        }
        return first + " " + last;
    }

    private static final String[] ONSETS = {"b", "br", "c", "ch", "d", "f", "g", "h", "j", "k", "kh", "l", "m",
        "n", "p", "r", "s", "sh", "t", "th", "v", "w", "y", "z", "", "", "qu", "st", "tr"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ei", "ou", "ia", "ee", "y", "ae"};
    private static final String[] CODAS = {"", "", "", "n", "l", "r", "s", "sha", "son", "ton", "ski", "ez",
        "ra", "na", "la", "elle", "ina", "ov", "berg", "wick", "ley", "ani", "ise", "ette", "ika", "ard"};

    /** A pronounceable name not in any list: teaches the model context over memorised names. */
    private String inventedName() {
        StringBuilder sb = new StringBuilder();
        int syl = 1 + random.nextInt(3);
        for (int k = 0; k < syl; k++) {
            sb.append(pick(ONSETS)).append(pick(VOWELS));
        }
        sb.append(pick(CODAS));
        String s = sb.toString();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String maybeTypo(String v) {
        if (v.length() < 5 || random.nextInt(10) != 0) {
            return v;
        }
        char[] c = v.toCharArray();
        int p = 1 + random.nextInt(c.length - 2);
        if (!Character.isLetter(c[p]) || !Character.isLetter(c[p + 1])) {
            return v;
        }
        switch (random.nextInt(3)) {
            case 0: // swap
                char t = c[p];
                c[p] = c[p + 1];
                c[p + 1] = t;
                return new String(c);
            case 1: // drop
                return v.substring(0, p) + v.substring(p + 1);
            default: // double
                return v.substring(0, p) + c[p] + v.substring(p);
        }
    }

    private String address() {
        Faker f = addressFakers.get(random.nextInt(addressFakers.size()));
        int r = random.nextInt(10);
        if (r < 3) {
            return f.address().streetAddress();
        }
        if (r < 5) {
            return f.address().streetAddress() + ", " + f.address().city();
        }
        if (r < 6) {
            return f.address().streetAddress() + ", " + f.address().secondaryAddress() + ", " + f.address().city()
                    + " " + f.address().zipCode();
        }
        return f.address().fullAddress();
    }

    private String cityPostcode() {
        Faker f = addressFakers.get(random.nextInt(addressFakers.size()));
        return random.nextBoolean() ? f.address().zipCode() + " " + f.address().city()
                : f.address().city() + " " + f.address().zipCode();
    }

    private String spelled(String last) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < last.length() && k < 8; k++) {
            if (k > 0) {
                sb.append(random.nextBoolean() ? "-" : " ");
            }
            sb.append(Character.toUpperCase(last.charAt(k)));
        }
        return sb.toString();
    }

    /** Removes sentence punctuation outside spans (chat users skip it); adjusts span offsets. */
    private static String dropPunctuation(String text, List<int[]> spans) {
        StringBuilder sb = new StringBuilder(text.length());
        int[] shift = new int[text.length() + 1];
        int removed = 0;
        for (int k = 0; k < text.length(); k++) {
            shift[k] = removed;
            char c = text.charAt(k);
            boolean inSpan = false;
            for (int[] s : spans) {
                if (k >= s[0] && k < s[1]) {
                    inSpan = true;
                    break;
                }
            }
            if (!inSpan && (c == ',' || c == '.' || c == '?' || c == '!')) {
                removed++;
            } else {
                sb.append(c);
            }
        }
        shift[text.length()] = removed;
        for (int[] s : spans) {
            s[0] -= shift[s[0]];
            s[1] -= shift[s[1]];
        }
        return sb.toString();
    }

    private String pick(String[] a) {
        return a[random.nextInt(a.length)];
    }
}
