package dev.privacyai.impl.redaction;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.RegionMetadataSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class DigitPatternTest {

    @Test
    void agreesWithJavaRegexOnEveryPatternOfTheMetadataItCompiles() {
        RegionMetadataSource source = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        List<String> patterns = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        for (String region : PhoneNumberUtil.getInstance().getSupportedRegions()) {
            PhoneMetadata md = source.getMetadataForRegion(region);
            for (PhoneNumberDesc d : List.of(md.getGeneralDesc(), md.getFixedLine(), md.getMobile(),
                    md.getPremiumRate(), md.getTollFree(), md.getSharedCost(), md.getVoip(), md.getPersonalNumber(),
                    md.getPager(), md.getUan(), md.getVoicemail())) {
                if (!d.getNationalNumberPattern().isEmpty()) {
                    patterns.add(d.getNationalNumberPattern());
                }
                if (!d.getExampleNumber().isEmpty()) {
                    examples.add(d.getExampleNumber());
                }
            }
            // prefix and format patterns, matched with lookingAt() or as a pre-test of matches()
            if (md.hasLeadingDigits()) {
                patterns.add(md.getLeadingDigits());
            }
            patterns.add(md.getInternationalPrefix());
            for (com.google.i18n.phonenumbers.Phonemetadata.NumberFormat nf : md.getNumberFormatList()) {
                patterns.add(nf.getPattern());
                for (int i = 0; i < nf.getLeadingDigitsPatternCount(); i++) {
                    patterns.add(nf.getLeadingDigitsPattern(i));
                }
            }
        }
        Random random = new Random(42);
        int compiled = 0;
        long checked = 0;
        for (String regex : patterns) {
            DigitPattern automaton = DigitPattern.compile(regex);
            if (automaton == null) {
                continue;
            }
            compiled++;
            Pattern pattern = Pattern.compile(regex);
            List<String> inputs = new ArrayList<>(examples.subList(0, Math.min(examples.size(), 40)));
            for (String ex : examples) {
                // the examples of the metadata, and their neighbours, are the strings most likely to match
                if (random.nextInt(8) == 0) {
                    inputs.add(ex);
                    inputs.add(ex.substring(1));
                    inputs.add(ex + random.nextInt(10));
                    char[] c = ex.toCharArray();
                    c[random.nextInt(c.length)] = (char) ('0' + random.nextInt(10));
                    inputs.add(new String(c));
                }
            }
            for (int k = 0; k < 200; k++) {
                char[] c = new char[random.nextInt(18)];
                for (int i = 0; i < c.length; i++) {
                    c[i] = (char) ('0' + random.nextInt(10));
                }
                inputs.add(new String(c));
            }
            inputs.add("");
            inputs.add("12a4");
            for (String s : inputs) {
                assertThat(automaton.matches(s)).as("%s on %s", regex, s).isEqualTo(pattern.matcher(s).matches());
                assertThat(automaton.lookingAt(s)).as("%s looking at %s", regex, s)
                        .isEqualTo(pattern.matcher(s).lookingAt());
                checked++;
            }
        }
        // nearly every pattern of the metadata is in the supported subset; the rest stay with java.util.regex
        assertThat(compiled).isGreaterThan(patterns.size() * 9 / 10);
        assertThat(checked).isGreaterThan(100_000);
    }

    @Test
    void understandsTheSubsetAndRejectsTheRest() {
        DigitPattern p = DigitPattern.compile("(?:2[0-4]|3(?:1|5[6-8]))\\d{2,3}|9?8");
        assertThat(p).isNotNull();
        assertThat(p.matches("2012")).isTrue();
        assertThat(p.matches("35799")).isTrue();
        assertThat(p.matches("250")).isFalse();
        assertThat(p.matches("31123")).isTrue();
        assertThat(p.matches("311234")).isFalse();
        assertThat(p.matches("8")).isTrue();
        assertThat(p.matches("98")).isTrue();
        assertThat(p.matches("99")).isFalse();
        assertThat(p.matches("2O12")).isFalse();
        assertThat(p.lookingAt("2012345")).isTrue();
        assertThat(p.lookingAt("8x")).isTrue();
        assertThat(p.lookingAt("9")).isFalse();
        assertThat(DigitPattern.compile("1?").lookingAt("x")).isTrue();
        assertThat(DigitPattern.compile("\\d+")).isNull();
        assertThat(DigitPattern.compile("[^1]\\d")).isNull();
        assertThat(DigitPattern.compile("(?=1)\\d")).isNull();
        assertThat(DigitPattern.compile("a\\d")).isNull();
        assertThat(DigitPattern.compile("(12")).isNull();
    }
}
