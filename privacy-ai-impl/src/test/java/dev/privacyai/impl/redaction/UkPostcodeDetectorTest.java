package dev.privacyai.impl.redaction;

import static dev.privacyai.impl.redaction.DetectorAssertions.found;
import static dev.privacyai.impl.redaction.DetectorAssertions.findings;
import static dev.privacyai.impl.redaction.DetectorAssertions.guarded;
import static dev.privacyai.impl.redaction.DetectorAssertions.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.spi.Detector;

import java.util.List;
import org.junit.jupiter.api.Test;

class UkPostcodeDetectorTest {

    private final Detector d = Detectors.ukPostcode();

    private List<String> pcs(String text) {
        return found(d, EntityType.UK_POSTCODE, text);
    }

    @Test
    void findsUpperCaseFormats() {
        assertThat(pcs("SW1A 1AA")).containsExactly("SW1A 1AA");
        assertThat(pcs("flat in M1 1AE, near")).containsExactly("M1 1AE");
        assertThat(pcs("EC1A 1BB")).containsExactly("EC1A 1BB");
        assertThat(pcs("B33 8TH and CR2 6XH")).containsExactly("B33 8TH", "CR2 6XH");
        assertThat(pcs("DN55 1PT")).containsExactly("DN55 1PT");
        assertThat(pcs("GIR 0AA")).containsExactly("GIR 0AA");
        assertThat(pcs("W1A0AX")).containsExactly("W1A0AX");
    }

    @Test
    void lowerCaseNeedsContext() {
        assertThat(pcs("m1 1ae")).isEmpty();
        assertThat(pcs("my postcode is m1 1ae")).containsExactly("m1 1ae");
        assertThat(findings(d, "m1 1ae")).hasSize(1); // reported, but below the threshold
    }

    @Test
    void rejectsInvalidFormats() {
        assertThat(pcs("QA1 1AA")).isEmpty(); // Q cannot start an area
        assertThat(pcs("SW1A 1CA")).isEmpty(); // C not allowed in the inward code
        assertThat(pcs("SW1A 11A")).isEmpty();
        assertThat(pcs("12 1AA")).isEmpty();
        assertThat(pcs("ABC1 1AA")).isEmpty();
    }

    @Test
    void noBreakSpaceBetweenOutwardAndInwardCode() {
        assertThat(pcs("postcode SW1A\u00a01AA")).containsExactly("SW1A\u00a01AA");
        assertThat(pcs("postcode SW1A\u202f1AA")).containsExactly("SW1A\u202f1AA");
        assertThat(pcs("M1\u20071AE")).containsExactly("M1\u20071AE");
        assertThat(pcs("GIR\u20090AA")).containsExactly("GIR\u20090AA");
        assertThat(pcs("my postcode is m1\u00a01ae")).containsExactly("m1\u00a01ae");
        // it counts as the space: upper case scores as high as with a plain space
        assertThat(findings(d, "SW1A\u00a01AA").get(0).score()).isEqualTo(findings(d, "SW1A 1AA").get(0).score());
        assertThat(findings(d, "SW1A\u00a01AA").get(0).explanation().pattern()).isEqualTo("outward inward");
    }

    @Test
    void noBreakSpaceNegatives() {
        assertThat(pcs("SW1A\u00a0")).isEmpty();
        assertThat(pcs("postcode SW1A\u00a0")).isEmpty();
        assertThat(pcs("postcode SW1A\u00a0\u00a01AA")).isEmpty(); // two characters
        assertThat(pcs("postcode SW1A\u20131AA")).isEmpty();       // a dash is no space
        assertThat(pcs("postcode SW1A\u00a01CA")).isEmpty();       // C not allowed in the inward code
        assertThat(pcs("m1\u00a01ae")).isEmpty();                  // lower case still needs context
    }

    @Test
    void explanationIsPresent() {
        Finding f = findings(d, "SW1A 1AA").get(0);
        assertThat(f.explanation().validator()).isEqualTo("uk-postcode-format");
        assertThat(f.explanation().reason()).doesNotContain("SW1A");
    }

    @Test
    void adversarialInputsComplete() {
        guarded(d, repeat("SW1A ", 100_000));
        guarded(d, repeat("a1a1a1", 100_000));
        guarded(d, repeat("M1 1AE ", 100_000));
        guarded(d, repeat("SW1A\u00a0", 100_000));
        guarded(d, repeat("M1\u202f1AE\u00a0", 100_000));
        guarded(d, repeat("postcode A1\u00a0", 100_000));
    }
}
