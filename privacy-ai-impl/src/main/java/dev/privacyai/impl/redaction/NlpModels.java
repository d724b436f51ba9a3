package dev.privacyai.impl.redaction;

import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The models and word lists the free-text detectors share, each loaded once, lazily and thread-safely (holder
 * idiom): the official Apache OpenNLP English tokenizer and sentence models (Maven Central artifacts
 * opennlp-models-tokenizer-en / -sentdetect-en 1.3.0), the project's PERSON/LOCATION name-finder model and the
 * gazetteers produced by {@code tools/train-name-model.sh}. Models are immutable and shareable; the ME wrappers
 * built on them are not, so callers keep those per thread.
 */
final class NlpModels {

    static final String BASE = "/dev/privacyai/impl/redaction/";
    static final String NER_MODEL = BASE + "models/en-contact-center-ner.bin";

    private NlpModels() {
    }

    static TokenizerModel tokenizer() {
        return TokenizerHolder.MODEL;
    }

    static SentenceModel sentences() {
        return SentenceHolder.MODEL;
    }

    static TokenNameFinderModel nameFinder() {
        return NerHolder.MODEL;
    }

    /** First names, lower case (ROOT). */
    static Set<String> firstNames() {
        return GazetteerHolder.FIRST;
    }

    /** Surnames, lower case (ROOT). */
    static Set<String> lastNames() {
        return GazetteerHolder.LAST;
    }

    /** Cities, regions and countries, lower case (ROOT). */
    static Set<String> places() {
        return GazetteerHolder.PLACES;
    }

    /** Common English words (Datafaker's word lists and the project's), lower case (ROOT). */
    static Set<String> englishWords() {
        return GazetteerHolder.ENGLISH;
    }

    private static final class TokenizerHolder {
        static final TokenizerModel MODEL = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
    }

    private static final class SentenceHolder {
        static final SentenceModel MODEL = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
    }

    private static final class NerHolder {
        static final TokenNameFinderModel MODEL = load(NER_MODEL, TokenNameFinderModel::new);
    }

    private static final class GazetteerHolder {
        static final Set<String> FIRST = lines(BASE + "gazetteer/first-names.txt");
        static final Set<String> LAST = lines(BASE + "gazetteer/last-names.txt");
        static final Set<String> PLACES = lines(BASE + "gazetteer/places.txt");
        static final Set<String> ENGLISH = lines(BASE + "gazetteer/english-words.txt");
    }

    interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    static <T> T load(String resource, Loader<T> loader) {
        try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("model resource missing from the classpath: " + resource);
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load model resource " + resource, e);
        }
    }

    static Set<String> lines(String resource) {
        return load(resource, in -> {
            Set<String> out = new HashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(out);
        });
    }
}
