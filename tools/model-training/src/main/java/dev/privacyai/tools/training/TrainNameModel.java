package dev.privacyai.tools.training;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The project's reproducible training pipeline for the PERSON/LOCATION name-finder model shipped in
 * privacy-ai-impl, and for the name and place gazetteers that model and the detectors use.
 *
 * <pre>
 * tools/train-name-model.sh                 # regenerate into privacy-ai-impl/src/main/resources/...
 * tools/train-name-model.sh --verify        # regenerate in a temp dir and compare SHA-256 with the shipped files
 * </pre>
 *
 * <p>Arguments: {@code [--out DIR] [--seed N] [--sentences N] [--iterations N] [--corpus FILE]}. With
 * {@code --corpus}, sentences are read from FILE instead of being generated: one sentence per line in OpenNLP
 * name-finder format ({@code <START:person> Maria Lopez <END> called about <START:location> Lyon <END>}), tokens
 * separated by spaces. That is how users train a model on their own data.
 *
 * <p>Determinism: one seed drives the generator; training is single-threaded; the model zip is rewritten with
 * fixed entry times and without the training timestamp, so the same inputs give the same bytes.
 */
public final class TrainNameModel {

    static final String RESOURCE_DIR = "privacy-ai-impl/src/main/resources/dev/privacyai/impl/redaction";
    static final String MODEL_FILE = "en-contact-center-ner.bin";
    static final long FIXED_TIME = 1_700_000_000_000L;

    private TrainNameModel() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Paths.get(RESOURCE_DIR);
        long seed = 20_240_611L;
        int sentences = 40_000;
        int iterations = 100;
        Path corpus = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out":
                    out = Paths.get(args[++i]);
                    break;
                case "--seed":
                    seed = Long.parseLong(args[++i]);
                    break;
                case "--sentences":
                    sentences = Integer.parseInt(args[++i]);
                    break;
                case "--iterations":
                    iterations = Integer.parseInt(args[++i]);
                    break;
                case "--corpus":
                    corpus = Paths.get(args[++i]);
                    break;
                default:
                    throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        long t0 = System.nanoTime();
        TokenizerME tokenizer = new TokenizerME(loadTokenizer());
        List<NameSample> samples;
        Set<String> first;
        Set<String> last;
        Set<String> places;
        Set<String> english = Set.of();
        if (corpus == null) {
            CorpusGenerator gen = new CorpusGenerator(seed);
            List<CorpusGenerator.Sample> raw = gen.generate(sentences);
            Gazetteers gaz = new Gazetteers(seed);
            gaz.addFirst(gen.firstNames());
            gaz.addLast(gen.lastNames());
            first = gaz.firstNames();
            last = gaz.lastNames();
            places = gaz.places();
            english = gaz.english();
            samples = toNameSamples(raw, tokenizer);
            System.err.printf(Locale.ROOT, "generated %d sentences -> %d name samples%n", raw.size(), samples.size());
        } else {
            samples = readCorpus(corpus);
            Gazetteers gaz = Gazetteers.readShipped(Paths.get(RESOURCE_DIR));
            first = gaz.firstNames();
            last = gaz.lastNames();
            places = gaz.places();
            System.err.printf(Locale.ROOT, "read %d name samples from the corpus%n", samples.size());
        }

        Map<String, Object> resources = new HashMap<>();
        resources.put("firstnames.dictionary", dictionary(first, tokenizer));
        resources.put("lastnames.dictionary", dictionary(last, tokenizer));
        resources.put("places.dictionary", dictionary(places, tokenizer));
        byte[] featureXml;
        try (InputStream in = TrainNameModel.class.getResourceAsStream("features.xml")) {
            featureXml = in.readAllBytes();
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, 3);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        TokenNameFinderFactory factory = new TokenNameFinderFactory(featureXml, resources, new BioCodec());
        try (ObjectStream<NameSample> stream = new CollectionObjectStream<>(samples)) {
            TokenNameFinderModel model = NameFinderME.train("en", null, stream, params, factory);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            model.serialize(bytes);
            byte[] normalized = normalize(bytes.toByteArray());
            new TokenNameFinderModel(new ByteArrayInputStream(normalized)); // must load
            Files.createDirectories(out.resolve("models"));
            Files.createDirectories(out.resolve("gazetteer"));
            Files.write(out.resolve("models").resolve(MODEL_FILE), normalized);
            if (corpus == null) {
                writeList(out.resolve("gazetteer").resolve("first-names.txt"), first);
                writeList(out.resolve("gazetteer").resolve("last-names.txt"), last);
                writeList(out.resolve("gazetteer").resolve("places.txt"), places);
                writeList(out.resolve("gazetteer").resolve("english-words.txt"), english);
            }
        }
        System.err.printf(Locale.ROOT, "done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        for (String f : new String[] {"models/" + MODEL_FILE, "gazetteer/first-names.txt",
            "gazetteer/last-names.txt", "gazetteer/places.txt", "gazetteer/english-words.txt"}) {
            Path p = out.resolve(f);
            if (Files.exists(p)) {
                System.out.println(sha256(Files.readAllBytes(p)) + "  " + f + "  " + Files.size(p) + " bytes");
            }
        }
    }

    static TokenizerModel loadTokenizer() throws IOException {
        try (InputStream in = TrainNameModel.class.getResourceAsStream("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
            if (in == null) {
                throw new IOException("opennlp-models-tokenizer-en is not on the classpath");
            }
            return new TokenizerModel(in);
        }
    }

    /** Splits each sample into lines, tokenizes and maps the labelled character spans to token spans. */
    static List<NameSample> toNameSamples(List<CorpusGenerator.Sample> raw, TokenizerME tokenizer) {
        List<NameSample> out = new ArrayList<>();
        int skipped = 0;
        for (CorpusGenerator.Sample s : raw) {
            int lineStart = 0;
            boolean firstLine = true;
            String text = s.text;
            while (lineStart <= text.length()) {
                int nl = text.indexOf('\n', lineStart);
                int lineEnd = nl < 0 ? text.length() : nl;
                String line = text.substring(lineStart, lineEnd);
                Span[] tok = tokenizer.tokenizePos(line);
                if (tok.length > 0) {
                    List<Span> names = new ArrayList<>();
                    boolean ok = true;
                    for (int[] sp : s.spans) {
                        if (sp[1] <= lineStart || sp[0] >= lineEnd) {
                            continue;
                        }
                        int a = sp[0] - lineStart;
                        int b = sp[1] - lineStart;
                        int ta = -1;
                        int tb = -1;
                        for (int k = 0; k < tok.length; k++) {
                            if (tok[k].getStart() == a) {
                                ta = k;
                            }
                            if (tok[k].getEnd() == b) {
                                tb = k + 1;
                            }
                        }
                        if (ta < 0 || tb <= ta || b > line.length()) {
                            ok = false;
                            break;
                        }
                        names.add(new Span(ta, tb, sp[2] == 0 ? "person" : "location"));
                    }
                    if (ok) {
                        String[] tokens = new String[tok.length];
                        for (int k = 0; k < tok.length; k++) {
                            tokens[k] = tok[k].getCoveredText(line).toString();
                        }
                        out.add(new NameSample(tokens, names.toArray(new Span[0]), firstLine));
                    } else {
                        skipped++;
                    }
                    firstLine = false;
                }
                if (nl < 0) {
                    break;
                }
                lineStart = nl + 1;
            }
        }
        System.err.println("lines skipped (entity not on token boundaries): " + skipped);
        return out;
    }

    static List<NameSample> readCorpus(Path file) throws IOException {
        List<NameSample> out = new ArrayList<>();
        boolean clear = true;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                clear = true;
                continue;
            }
            NameSample parsed = NameSample.parse(line, clear);
            out.add(parsed);
            clear = false;
        }
        return out;
    }

    static Dictionary dictionary(Set<String> entries, TokenizerME tokenizer) {
        Dictionary d = new Dictionary(false);
        for (String e : entries) {
            String[] toks = tokenizer.tokenize(e);
            if (toks.length > 0) {
                d.put(new StringList(toks));
            }
        }
        return d;
    }

    static void writeList(Path p, Set<String> values) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String v : new TreeSet<>(values)) {
            sb.append(v).append('\n');
        }
        Files.write(p, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Rewrites the model zip with fixed entry times and without the (time-dependent) manifest comment/timestamp. */
    static byte[] normalize(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream zout = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("manifest.properties")) {
                    StringBuilder sb = new StringBuilder();
                    List<String> lines = new ArrayList<>(List.of(
                            new String(data, StandardCharsets.ISO_8859_1).split("\r?\n")));
                    lines.removeIf(l -> l.startsWith("#") || l.isBlank());
                    lines.replaceAll(l -> l.startsWith("Timestamp=") ? "Timestamp=" + FIXED_TIME : l);
                    lines.sort(null);
                    for (String l : lines) {
                        sb.append(l).append('\n');
                    }
                    data = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
                }
                ZipEntry ne = new ZipEntry(e.getName());
                ne.setTime(FIXED_TIME);
                zout.putNextEntry(ne);
                zout.write(data);
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static String sha256(byte[] data) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
