package dev.privacyai.impl.redaction;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CompiledNameFinder} must give exactly what OpenNLP's NameFinderME gives for the shipped model: the same
 * spans, types and probabilities (bit for bit), over hand-written contact-center texts and many random ones built
 * from gazetteer names, places, English words, punctuation, digits and case variants.
 */
class CompiledNameFinderTest {

    private static final String[] TEXTS = {
        "Hello, my name is Oluwaseun Adeyemi and I live in Lyon.",
        "hi this is maria gonzalez, i moved from springfield to new york last year",
        "Agent: Thanks for waiting. Customer: My husband John Smith-Taylor ordered it. John said it was broken.",
        "Please ship to 221B Baker Street, London NW1 6XE. Ask for Mr. O'Brien or Dr. Ana Pérez.",
        "MY NAME IS KAI MÜLLER AND I AM CALLING FROM BERLIN",
        "Thanks, Maria\nRegards,\nJosé Luis Fernández Ruiz",
        "transfer 50 to kaeo please, and 20 to Ana. Then call Ana again about Paris.",
        "İstanbul'da yaşıyorum, adım Çağrı Şahin. Σωκράτης from Αθήνα; Ǆemal ﬀ K (Kelvin)",
        "a b c d e f g h i j k l m n o p q r s t u v w x y z . , ! ? ' \" - -- ... : ;",
        "",
        "   \n\n  ",
        "x",
    };

    private static final String[] FILLER = {
        "my", "name", "is", "this", "I", "i", "live", "in", "from", "to", "the", "order", "called", "and", "with",
        "Mr.", "Mrs", "Dr.", "Ms", ",", ".", "!", "?", "'s", "-", ":", "(", ")", "42", "2024", "A-1009", "12/05",
        "3.5", "1,000", "hello", "thanks", "please", "call", "me", "on", "behalf", "of", "street", "road", "Apt",
        "AA", "CEO", "iPhone", "e-mail", "@", "#12", "new", "york", "San", "ship", "via", "é", "Æsir", "O'Neil",
    };

    @Test
    void theShippedModelIsDecodedByTheCompiledDecoder() {
        assertThat(NameFinderRunner.shipped().compiled()).isTrue();
    }

    @Test
    void handWrittenTextsGiveExactlyWhatNameFinderMeGives() {
        for (String text : TEXTS) {
            assertSame(text);
        }
    }

    @Test
    void randomTextsGiveExactlyWhatNameFinderMeGives() {
        List<String> first = new ArrayList<>(NlpModels.firstNames());
        List<String> last = new ArrayList<>(NlpModels.lastNames());
        List<String> places = new ArrayList<>(NlpModels.places());
        List<String> words = new ArrayList<>(NlpModels.englishWords());
        first.sort(null);
        last.sort(null);
        places.sort(null);
        words.sort(null);
        Random rnd = new Random(20261202L);
        int names = 0;
        for (int doc = 0; doc < 150; doc++) {
            StringBuilder sb = new StringBuilder();
            int sentences = 1 + rnd.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                int len = 1 + rnd.nextInt(doc % 30 == 0 ? 150 : 25);
                for (int w = 0; w < len; w++) {
                    String word;
                    switch (rnd.nextInt(6)) {
                        case 0 -> word = first.get(rnd.nextInt(first.size()));
                        case 1 -> word = last.get(rnd.nextInt(last.size()));
                        case 2 -> word = places.get(rnd.nextInt(places.size()));
                        case 3 -> word = words.get(rnd.nextInt(words.size()));
                        default -> word = FILLER[rnd.nextInt(FILLER.length)];
                    }
                    switch (rnd.nextInt(4)) {
                        case 0 -> word = word.toUpperCase(Locale.ROOT);
                        case 1 -> word = word.isEmpty() ? word
                                : Character.toUpperCase(word.charAt(0)) + word.substring(1);
                        default -> { }
                    }
                    sb.append(word).append(rnd.nextInt(8) == 0 ? ", " : " ");
                }
                sb.append(rnd.nextBoolean() ? ". " : "\n");
            }
            names += assertSame(sb.toString());
        }
        assertThat(names).as("the random texts must exercise spans").isGreaterThan(100);
    }

    @Test
    void theFeaturesAreThoseOfTheModelsOwnContextGenerator() {
        opennlp.tools.namefind.TokenNameFinderModel model = NlpModels.nameFinder();
        CompiledNameFinder.Session session = CompiledNameFinder.of(model).newSession();
        opennlp.tools.namefind.NameContextGenerator cg = model.getFactory().createContextGenerator();
        for (String text : TEXTS) {
            NlpText t = NlpText.of(text);
            cg.clearAdaptiveData();
            session.clear();
            for (int s = 0; s < t.sentenceCount(); s++) {
                String[] tok = t.tokens.get(s);
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < tok.length; i++) {
                    String[] ctx = cg.getContext(i, tok, new String[i], null);
                    // the last four are the previous-outcome features, added per beam candidate
                    expected.addAll(List.of(ctx).subList(0, ctx.length - 4));
                }
                session.trace = new ArrayList<>();
                String[] outcomes = session.find(tok).outcomes;
                assertThat(session.trace).as("text %s", text).isEqualTo(expected);
                session.trace = null;
                cg.updateAdaptiveData(tok, outcomes);
            }
        }
    }

    /** Compares both decoders on one text; returns the number of spans. */
    private static int assertSame(String text) {
        NlpText t = NlpText.of(text);
        NameFinderRunner runner = NameFinderRunner.shipped();
        List<NameFinderRunner.Hit> expected = runner.findWithOpenNlp(t);
        List<NameFinderRunner.Hit> actual = runner.find(NlpText.of(new String(text)));
        assertThat(describe(actual)).as("text %s", text).isEqualTo(describe(expected));
        return expected.size();
    }

    private static List<String> describe(List<NameFinderRunner.Hit> hits) {
        List<String> out = new ArrayList<>();
        for (NameFinderRunner.Hit h : hits) {
            out.add(h.start + "-" + h.end + ":" + h.type + ":" + Double.doubleToLongBits(h.prob) + ":" + h.sentence
                    + ":" + h.firstToken + "-" + h.lastToken);
        }
        return out;
    }
}
