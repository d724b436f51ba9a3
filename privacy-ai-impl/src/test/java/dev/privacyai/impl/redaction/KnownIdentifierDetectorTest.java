package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.CustomerProfile;
import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.RedactionResult;
import dev.privacyai.redaction.spi.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;

import static dev.privacyai.impl.redaction.DetectorAssertions.found;
import static dev.privacyai.impl.redaction.DetectorAssertions.repeat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class KnownIdentifierDetectorTest {

    private static final CustomerProfile PROFILE = CustomerProfile.builder()
            .fullName("María José González Ruiz")
            .emails("MJ.Gonzalez@Example.com")
            .phones("+1 (415) 555-0134")
            .addresses("742 Evergreen Terrace, Springfield, OR 97403")
            .identifier("AC-99812-X", EntityType.ACCOUNT_NUMBER)
            .identifier("TCK 4471 2290", EntityType.ACCOUNT_NUMBER)
            .build();
    private static final RedactionContext CTX = RedactionContext.builder().customerProfile(PROFILE).build();

    private final Detector d = Detectors.knownIdentifiers();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hi this is María José González Ruiz | María José González Ruiz",
        "MARIA JOSE GONZALEZ RUIZ here | MARIA JOSE GONZALEZ RUIZ",
        "this is maria | maria",
        "ask for gonzalez | gonzalez",
        "It is Gonzalez's account | Gonzalez",
        "I'm Ms Ruiz | Ruiz",
        "my name is Gonzales | Gonzales",
        "my name is Gonzlaez | Gonzlaez",
        "my name is Gonzalezz | Gonzalezz",
        "maria gonzalez-ruiz speaking | maria gonzalez-ruiz",
    })
    void findsTheNameAndItsVariants(String text, String expected) {
        assertThat(found(d, EntityType.PERSON, text, CTX)).containsExactly(expected);
    }

    @Test
    void shortNamePartsNeedAnExactMatch() {
        CustomerProfile p = CustomerProfile.builder().fullName("Li Wang").build();
        RedactionContext ctx = RedactionContext.builder().customerProfile(p).build();
        assertThat(found(d, EntityType.PERSON, "this is Li Wang", ctx)).containsExactly("Li Wang");
        assertThat(found(d, EntityType.PERSON, "a wing and a lie", ctx)).isEmpty();
        assertThat(found(d, EntityType.PERSON, "Wong", ctx)).isEmpty(); // 4 letters: no typo tolerance
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mail me at mj.gonzalez@example.com | mj.gonzalez@example.com",
        "MJ.GONZALEZ@EXAMPLE.COM is my address | MJ.GONZALEZ@EXAMPLE.COM",
    })
    void findsTheEmailInAnyCase(String text, String expected) {
        assertThat(found(d, EntityType.EMAIL, text, CTX)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "call me on 415 555 0134 | 415 555 0134",
        "call me on (415) 555-0134 | (415) 555-0134",
        "my number is +14155550134 | +14155550134",
        "my number is 1-415-555-0134 | 1-415-555-0134",
        "it's 4155550134 | 4155550134",
    })
    void findsThePhoneWhateverTheGrouping(String text, String expected) {
        assertThat(found(d, EntityType.PHONE, text, CTX)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "account AC-99812-X please | AC-99812-X",
        "account ac99812x please | ac99812x",
        "account AC 99812 X please | AC 99812 X",
        "ticket tck-4471-2290 | tck-4471-2290",
    })
    void findsIdentifiersWhateverTheSeparators(String text, String expected) {
        assertThat(found(d, EntityType.ACCOUNT_NUMBER, text, CTX)).containsExactly(expected);
    }

    @Test
    void findsAddressParts() {
        assertThat(found(d, EntityType.LOCATION, "I still live at 742 evergreen terrace in springfield", CTX))
                .containsExactly("742 evergreen terrace", "springfield");
    }

    @Test
    void redactsEveryProfileValueAndVariantThroughTheDefaultRedactor() {
        String text = "Hi, María here (maria gonzalez), GONZALEZ's card. Email mj.gonzalez@example.com, "
                + "phone 415-555-0134, account ac 99812 x, address 742 Evergreen Terrace, Springfield OR 97403. "
                + "Ms Ruiz, typo Gonzlaez.";
        RedactionResult r = DefaultRedactor.withDefaults().redact(text, CTX);
        String out = r.redactedText().toLowerCase(java.util.Locale.ROOT);
        for (String leaked : List.of("maría", "maria", "gonzalez", "gonzlaez", "ruiz", "mj.", "example.com",
                "555", "0134", "99812", "evergreen", "springfield", "97403")) {
            assertThat(out).doesNotContain(leaked);
        }
    }

    @Test
    void reportsOnlyTheDeclaredWellKnownTypes() {
        CustomerProfile p = CustomerProfile.builder().identifier("ZX-4471", EntityType.of("TICKET"))
                .identifier("PP-123456", EntityType.US_PASSPORT).build();
        RedactionContext ctx = RedactionContext.builder().customerProfile(p).build();
        List<Finding> fs = d.detect("ticket zx 4471, passport pp123456", ctx);
        assertThat(fs).extracting(Finding::entityType).containsExactly(EntityType.US_PASSPORT);
        assertThat(d.entityTypes()).containsAll(EntityType.wellKnown());
    }

    @Test
    void emptyProfileFindsNothing() {
        assertThat(d.detect("María José González Ruiz, 415 555 0134", RedactionContext.defaults())).isEmpty();
    }

    @Test
    void doesNotFlagOtherPeopleOrNumbers() {
        assertThat(found(d, EntityType.PERSON, "my name is Pedro Gomez", CTX)).isEmpty();
        assertThat(found(d, EntityType.PHONE, "call 415 555 0199", CTX)).isEmpty();
        assertThat(found(d, EntityType.ACCOUNT_NUMBER, "account AC-99813-X", CTX)).isEmpty();
    }

    @Test
    void explanationsAndToStringNeverCarryValues() {
        String text = "María González, mj.gonzalez@example.com, 415 555 0134";
        List<Finding> fs = d.detect(text, CTX);
        assertThat(fs).hasSizeGreaterThanOrEqualTo(3).allSatisfy(f -> {
            assertThat(f.explanation().reason()).doesNotContainIgnoringCase("gonz").doesNotContain("555");
            assertThat(f.toString()).doesNotContainIgnoringCase("gonz").doesNotContain("555");
        });
        assertThat(PROFILE.toString()).doesNotContainIgnoringCase("gonz").doesNotContain("555")
                .doesNotContain("99812").doesNotContainIgnoringCase("evergreen");
        assertThat(CTX.toString()).doesNotContainIgnoringCase("gonz").doesNotContain("555");
    }

    @Test
    void withinOneEdit() {
        assertThat(KnownIdentifierDetector.withinOneEdit("gonzalez", "gonzales")).isTrue();
        assertThat(KnownIdentifierDetector.withinOneEdit("gonzalez", "gonzlaez")).isTrue();
        assertThat(KnownIdentifierDetector.withinOneEdit("gonzalez", "gonzaez")).isTrue();
        assertThat(KnownIdentifierDetector.withinOneEdit("gonzalez", "gonzalezz")).isTrue();
        assertThat(KnownIdentifierDetector.withinOneEdit("gonzalez", "gomzales")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"maria ", "4", "415 ", "AC-", "@", "gonzalez'"})
    void adversarialInputsComplete(String unit) {
        String text = repeat(unit, 100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> d.detect(text, CTX));
    }
}
