package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.spi.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.privacyai.impl.redaction.DetectorAssertions.found;
import static dev.privacyai.impl.redaction.DetectorAssertions.guarded;
import static dev.privacyai.impl.redaction.DetectorAssertions.repeat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** User-supplied OpenNLP models through the Detector SPI (here: the shipped model loaded the user's way). */
class OpenNlpNameFinderDetectorTest {

    private static final String RESOURCE = NlpModels.NER_MODEL;

    @Test
    void loadsFromTheClasspathAndMapsTheModelTypeToAnEntityType() {
        Detector d = Detectors.openNlpNameFinderFromClasspath("my-ner", RESOURCE, "person", EntityType.PERSON);
        assertThat(d.name()).isEqualTo("my-ner");
        assertThat(d.entityTypes()).containsExactly(EntityType.PERSON);
        String text = "Hello, my name is Oluwaseun Adeyemi and I live in Lyon.";
        List<Finding> fs = d.detect(text, RedactionContext.defaults());
        assertThat(fs).extracting(f -> text.substring(f.start(), f.end())).contains("Oluwaseun Adeyemi");
        assertThat(fs).allSatisfy(f -> {
            assertThat(f.entityType()).isEqualTo(EntityType.PERSON);
            assertThat(f.detector()).isEqualTo("my-ner");
            assertThat(f.explanation().reason()).doesNotContain("Adeyemi");
        });
    }

    @Test
    void loadsFromAFileAndRunsInsideTheDefaultRedactor(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("model.bin");
        try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
            Files.copy(in, file);
        }
        Detector names = Detectors.openNlpNameFinder("names", file, "person", EntityType.of("NAME"));
        DefaultRedactor r = DefaultRedactor.builder().detectors(List.of(names)).build();
        assertThat(r.redact("Hello, my name is Maria Lopez.", RedactionContext.defaults()).redactedText())
                .isEqualTo("Hello, my name is [NAME].");
        assertThat(found(names, EntityType.of("NAME"), "my iPhone is broken")).isEmpty();
    }

    @Test
    void aMissingOrInvalidModelFailsClearly(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> Detectors.openNlpNameFinderFromClasspath("x", "/no/such/model.bin", "person",
                EntityType.PERSON)).isInstanceOf(IllegalStateException.class);
        Path junk = Files.writeString(dir.resolve("junk.bin"), "not a model");
        assertThatThrownBy(() -> Detectors.openNlpNameFinder("x", junk, "person", EntityType.PERSON))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void adversarialInputCompletes() {
        Detector d = Detectors.openNlpNameFinderFromClasspath("my-ner", RESOURCE, "person", EntityType.PERSON);
        guarded(d, repeat("Maria Lopez, ", 100_000));
    }
}
