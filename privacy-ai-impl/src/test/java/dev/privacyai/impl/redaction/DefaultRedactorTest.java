package dev.privacyai.impl.redaction;

import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.prf.PrfConfig;
import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.RedactionException;
import dev.privacyai.redaction.RedactionOperator;
import dev.privacyai.redaction.RedactionPolicy;
import dev.privacyai.redaction.RedactionResult;
import dev.privacyai.redaction.Redactor;
import dev.privacyai.redaction.spi.Detector;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DefaultRedactorTest {

    private static final String CARD = "4111 1111 1111 1111";

    /** A host detector that reports fixed spans, to test resolution independently of built-in detectors. */
    private static Detector fixed(String name, EntityType type, double score, int[]... spans) {
        return new Detector() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<EntityType> entityTypes() {
                return Set.of(type);
            }

            @Override
            public List<Finding> detect(String text, RedactionContext context) {
                List<Finding> out = new ArrayList<>();
                for (int[] s : spans) {
                    out.add(Finding.of(type, s[0], s[1], score, name, Explanation.builder().reason("fixed").build()));
                }
                return out;
            }
        };
    }

    @Test
    void redactsWithTagsByDefault() {
        RedactionResult r = DefaultRedactor.withDefaults().redact("Mail jo@example.com, card " + CARD + ".");
        assertThat(r.redactedText()).isEqualTo("Mail [EMAIL], card [CREDIT_CARD].");
        assertThat(r.findings()).extracting(Finding::entityType).containsExactly(EntityType.EMAIL, EntityType.CREDIT_CARD);
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.explanation().reason()).isNotEmpty());
    }

    @Test
    void aPlaceAndItsPostcodeAreTwoFindingsThatLeaveNothingBetweenVisible() {
        RedactionResult r = DefaultRedactor.withDefaults()
                .redact("Looking to support MysticWeb in Quinta de São Tiago 3610-114 in its mission.");
        assertThat(r.redactedText()).isEqualTo("Looking to support MysticWeb in [LOCATION] [ZIP_CODE] in its mission.");
        assertThat(DefaultRedactor.withDefaults().redact("I live in Arendal 4844.").redactedText())
                .isEqualTo("I live in [LOCATION] [ZIP_CODE].");
    }

    @Test
    void nullArgumentsNameTheParameterAndEmptyTextGivesEmptyResult() {
        Redactor r = DefaultRedactor.withDefaults();
        assertThatThrownBy(() -> r.redact(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> r.redact("x", null)).isInstanceOf(NullPointerException.class).hasMessage("context");
        assertThatThrownBy(() -> r.analyze(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        RedactionResult empty = r.redact("");
        assertThat(empty.redactedText()).isEmpty();
        assertThat(empty.findings()).isEmpty();
    }

    @Test
    void masksKeepingLastFourAndSeparators() {
        Redactor r = DefaultRedactor.builder()
                .policy(RedactionPolicy.builder().operator(EntityType.CREDIT_CARD, RedactionOperator.mask(4)).build())
                .build();
        assertThat(r.redact("card " + CARD).redactedText()).isEqualTo("card **** **** **** 1111");
    }

    @Test
    void maskNeverKeepsMoreThanHalf() {
        StringBuilder sb = new StringBuilder();
        DefaultRedactor.mask(sb, "123", 0, 3, RedactionOperator.mask(4));
        assertThat(sb).hasToString("**3");
    }

    @Test
    void removeOperatorDeletesTheSpan() {
        Redactor r = DefaultRedactor.builder()
                .policy(RedactionPolicy.builder().defaultOperator(RedactionOperator.remove()).build()).build();
        assertThat(r.redact("a jo@example.com b").redactedText()).isEqualTo("a  b");
    }

    @Test
    void keyedHashIsStableForKeyAndValueAndDiffersAcrossKeys() throws Exception {
        PrfConfig.register();
        KeysetHandle k1 = KeysetHandle.generateNew(KeyTemplates.get("HMAC_SHA256_PRF"));
        KeysetHandle k2 = KeysetHandle.generateNew(KeyTemplates.get("HMAC_SHA256_PRF"));
        RedactionPolicy hashAll = RedactionPolicy.builder().defaultOperator(RedactionOperator.keyedHash()).build();
        Redactor r1 = DefaultRedactor.builder().policy(hashAll).hashKey(k1).build();
        Redactor r2 = DefaultRedactor.builder().policy(hashAll).hashKey(k2).build();
        String a = r1.redact("jo@example.com").redactedText();
        assertThat(a).matches("\\[EMAIL:[0-9a-f]{12}]");
        assertThat(r1.redact("write to jo@example.com").redactedText()).isEqualTo("write to " + a);
        assertThat(r1.redact("ann@example.com").redactedText()).isNotEqualTo(a);
        assertThat(r2.redact("jo@example.com").redactedText()).isNotEqualTo(a);
    }

    @Test
    void keyedHashWithoutKeyFailsAtBuild() {
        RedactionPolicy hashAll = RedactionPolicy.builder().defaultOperator(RedactionOperator.keyedHash()).build();
        assertThatThrownBy(() -> DefaultRedactor.builder().policy(hashAll).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("hashKey");
    }

    @Test
    void aCustomerNumberIsAnAccountNumberNotAPhoneNumber() {
        // before, the phone's 0.7 ("number" cue) beat the account number's 0.7 by a rounding error
        assertThat(DefaultRedactor.withDefaults().redact("customer number 5566778899, customer no. 2125551234")
                .redactedText()).isEqualTo("customer number [ACCOUNT_NUMBER], customer no. [ACCOUNT_NUMBER]");
    }

    @Test
    void aLabelOnTheNextLineDoesNotRetypeTheValueBeforeIt() {
        assertThat(DefaultRedactor.withDefaults().redact("My US passport is A12345678\nLicense: F255-921-50-094-0")
                .redactedText()).isEqualTo("My US passport is [US_PASSPORT]\nLicense: [US_DRIVER_LICENSE]");
    }

    @Test
    void overlapsResolveByScoreThenLength() {
        EntityType a = EntityType.of("TYPE_A");
        EntityType b = EntityType.of("TYPE_B");
        Redactor r = DefaultRedactor.builder().detectors(List.of(
                fixed("low-long", a, 0.6, new int[] {0, 10}),
                fixed("high-short", b, 0.9, new int[] {2, 5}),
                fixed("tie-longer", a, 0.7, new int[] {12, 20}),
                fixed("tie-shorter", b, 0.7, new int[] {12, 15}))).build();
        List<Finding> f = r.analyze("0123456789 0123456789");
        assertThat(f).extracting(Finding::detector).containsExactly("high-short", "tie-longer");
    }

    @Test
    void resolutionMatchesGreedyReferenceForFewAndManyOverlappingFindings() {
        // the resolver keeps small sets in an array and large ones in a tree: both must accept exactly what a
        // greedy pass in priority order (score, length, start) with a plain overlap test accepts (every finding
        // has its own type here, so no loser extends a winner)
        java.util.Random random = new java.util.Random(7);
        String text = "x".repeat(400);
        for (int round = 0; round < 300; round++) {
            int count = 1 + random.nextInt(round < 150 ? 30 : 120);
            List<Detector> detectors = new ArrayList<>();
            List<int[]> spans = new ArrayList<>();
            List<Double> scores = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                int start = random.nextInt(390);
                int[] span = {start, start + 1 + random.nextInt(10)};
                double score = 0.5 + random.nextInt(5) / 10.0;
                spans.add(span);
                scores.add(score);
                detectors.add(fixed("d" + k, EntityType.of("T" + k), score, span));
            }
            List<Finding> actual = DefaultRedactor.builder().detectors(detectors).build().analyze(text);

            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                order.add(k);
            }
            order.sort((x, y) -> {
                int c = Double.compare(scores.get(y), scores.get(x));
                if (c == 0) {
                    c = Integer.compare(spans.get(y)[1] - spans.get(y)[0], spans.get(x)[1] - spans.get(x)[0]);
                }
                if (c == 0) {
                    c = Integer.compare(spans.get(x)[0], spans.get(y)[0]);
                }
                return c != 0 ? c : ("d" + x).compareTo("d" + y);
            });
            List<int[]> expected = new ArrayList<>();
            for (int k : order) {
                int[] s = spans.get(k);
                if (expected.stream().noneMatch(e -> e[0] < s[1] && s[0] < e[1])) {
                    expected.add(s);
                }
            }
            expected.sort((x, y) -> Integer.compare(x[0], y[0]));
            assertThat(actual).hasSize(expected.size());
            for (int k = 0; k < expected.size(); k++) {
                assertThat(new int[] {actual.get(k).start(), actual.get(k).end()}).containsExactly(expected.get(k));
            }
        }
    }

    @Test
    void aLosingFindingOfTheSameTypeExtendsTheWinnerSoNoPartStaysVisible() {
        String text = "Lajuana Cogburn is my name.";
        Redactor r = DefaultRedactor.builder().detectors(List.of(
                fixed("name-model", EntityType.PERSON, 0.87, new int[] {0, 7}),
                fixed("pattern", EntityType.PERSON, 0.6, new int[] {0, 15}))).build();
        RedactionResult result = r.redact(text);
        assertThat(result.redactedText()).isEqualTo("[PERSON] is my name.");
        Finding f = result.findings().get(0);
        assertThat(f.start()).isZero();
        assertThat(f.end()).isEqualTo(15);
        assertThat(f.detector()).isEqualTo("name-model");
        assertThat(f.score()).isEqualTo(0.87);
        assertThat(f.explanation().reason()).isEqualTo("fixed; extended over an overlapping pattern finding");
        assertThat(f.explanation().toString()).doesNotContain("Cogburn");
    }

    @Test
    void aLosingFindingOfAnotherTypeDoesNotExtendTheWinner() {
        Redactor r = DefaultRedactor.builder().detectors(List.of(
                fixed("name-model", EntityType.PERSON, 0.87, new int[] {0, 7}),
                fixed("places", EntityType.LOCATION, 0.6, new int[] {0, 15}))).build();
        assertThat(r.redact("Lajuana Cogburn is my name.").redactedText()).isEqualTo("[PERSON] Cogburn is my name.");
    }

    @Test
    void aLosingFindingBridgesTwoWinnersOfItsType() {
        EntityType a = EntityType.of("TYPE_A");
        Redactor r = DefaultRedactor.builder().detectors(List.of(
                fixed("high", a, 0.9, new int[] {0, 3}, new int[] {6, 9}),
                fixed("low", a, 0.6, new int[] {2, 7}))).build();
        List<Finding> f = r.analyze("abcdefghijk");
        assertThat(f).hasSize(1);
        assertThat(new int[] {f.get(0).start(), f.get(0).end()}).containsExactly(0, 9);
    }

    @Test
    void anExtensionStopsBeforeTheSpaceNextToAFindingOfAnotherType() {
        // "London" (0.72) and the postcode (1.0) won; a weaker LOCATION over both may only add what is between
        // them, a space, which stays in the text
        Redactor r = DefaultRedactor.builder().detectors(List.of(
                fixed("places", EntityType.LOCATION, 0.72, new int[] {7, 13}),
                fixed("postcodes", EntityType.UK_POSTCODE, 1.0, new int[] {14, 21}),
                fixed("blocks", EntityType.LOCATION, 0.65, new int[] {0, 21}))).build();
        assertThat(r.redact("Sunset London NW3 8WW").redactedText()).isEqualTo("[LOCATION] [UK_POSTCODE]");
    }

    @Test
    void anExtensionLeavesAClosingBracketWhoseOpeningOneIsNotTaken() {
        // a licence (0.8) beat a name model's "D1234567 (California)" (0.77); the gazetteer's "California" (0.65)
        // may take the rest of that span up to its last letter, not the ')'
        Redactor r = DefaultRedactor.builder().detectors(List.of(
                fixed("licences", EntityType.US_DRIVER_LICENSE, 0.8, new int[] {0, 8}),
                fixed("gazetteer", EntityType.LOCATION, 0.65, new int[] {10, 20}),
                fixed("name-model", EntityType.LOCATION, 0.77, new int[] {0, 21}))).build();
        assertThat(r.redact("D1234567 (California)").redactedText()).isEqualTo("[US_DRIVER_LICENSE] ([LOCATION])");
    }

    @Test
    void findingsOfOneTypeCoverTheUnionOfAllTheirSpansForFewAndManyFindings() {
        java.util.Random random = new java.util.Random(11);
        EntityType a = EntityType.of("TYPE_A");
        String text = "x".repeat(400);
        for (int round = 0; round < 300; round++) {
            int count = 1 + random.nextInt(round < 150 ? 30 : 120);
            List<Detector> detectors = new ArrayList<>();
            boolean[] union = new boolean[text.length()];
            for (int k = 0; k < count; k++) {
                int start = random.nextInt(390);
                int[] span = {start, start + 1 + random.nextInt(10)};
                java.util.Arrays.fill(union, span[0], span[1], true);
                detectors.add(fixed("d" + k, a, 0.5 + random.nextInt(5) / 10.0, span));
            }
            List<Finding> actual = DefaultRedactor.builder().detectors(detectors).build().analyze(text);
            boolean[] covered = new boolean[text.length()];
            int lastEnd = 0;
            for (Finding f : actual) {
                assertThat(f.start()).isGreaterThanOrEqualTo(lastEnd);
                lastEnd = f.end();
                java.util.Arrays.fill(covered, f.start(), f.end(), true);
            }
            assertThat(covered).isEqualTo(union);
        }
    }

    @Test
    void resolutionIsIndependentOfDetectorOrder() {
        EntityType a = EntityType.of("TYPE_A");
        EntityType b = EntityType.of("TYPE_B");
        Detector d1 = fixed("d1", a, 0.7, new int[] {0, 5});
        Detector d2 = fixed("d2", b, 0.7, new int[] {0, 5});
        List<Finding> x = DefaultRedactor.builder().detectors(List.of(d1, d2)).build().analyze("abcdefgh");
        List<Finding> y = DefaultRedactor.builder().detectors(List.of(d2, d1)).build().analyze("abcdefgh");
        assertThat(x).isEqualTo(y);
        assertThat(x).extracting(Finding::entityType).containsExactly(a);
    }

    @Test
    void findingsBelowMinScoreAreDropped() {
        EntityType a = EntityType.of("TYPE_A");
        Redactor r = DefaultRedactor.builder().detectors(List.of(fixed("weak", a, 0.3, new int[] {0, 3}))).build();
        assertThat(r.analyze("abcdef")).isEmpty();
        Redactor lenient = DefaultRedactor.builder().detectors(List.of(fixed("weak", a, 0.3, new int[] {0, 3})))
                .policy(RedactionPolicy.builder().minScore(0.2).build()).build();
        assertThat(lenient.analyze("abcdef")).hasSize(1);
    }

    @Test
    void allowListedValuesAreNeverRedacted() {
        RedactionContext ctx = RedactionContext.builder().allow("Support@Acme.example").build();
        RedactionResult r = DefaultRedactor.withDefaults().redact("write support@acme.example or jo@example.com", ctx);
        assertThat(r.redactedText()).isEqualTo("write support@acme.example or [EMAIL]");
    }

    @Test
    void failingDetectorFailsClosedWithoutLeakingText() {
        Detector broken = new Detector() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Set<EntityType> entityTypes() {
                return Set.of(EntityType.PERSON);
            }

            @Override
            public List<Finding> detect(String text, RedactionContext context) {
                throw new IllegalStateException("cannot parse " + text);
            }
        };
        Redactor r = DefaultRedactor.builder().addDetector(broken).build();
        assertThatThrownBy(() -> r.redact("secret jo@example.com"))
                .isInstanceOf(RedactionException.class)
                .hasMessageContaining("broken")
                .hasMessageNotContaining("jo@example.com")
                .hasNoCause();
    }

    @Test
    void detectorFindingOutsideTheTextIsRejected() {
        Redactor r = DefaultRedactor.builder().detectors(List.of(
                fixed("out", EntityType.of("TYPE_A"), 0.9, new int[] {0, 100}))).build();
        assertThatThrownBy(() -> r.redact("short")).isInstanceOf(RedactionException.class);
    }

    @Test
    void sameTextAlwaysGivesSameOutputAcrossThreads() throws Exception {
        Redactor r = DefaultRedactor.withDefaults();
        String text = "Hi, card " + CARD + " and mail jo@example.com; order 12345 for $40.";
        RedactionResult expected = r.redact(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RedactionResult>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> r.redact(text)));
            }
            for (Future<RedactionResult> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void toStringOfRedactorAndResultCarryNoPersonalData() {
        DefaultRedactor r = DefaultRedactor.withDefaults();
        RedactionResult res = r.redact("Mail jo@example.com, card " + CARD);
        assertThat(res.toString()).doesNotContain("jo@example.com", "4111");
        for (Finding f : res.findings()) {
            assertThat(f.toString()).doesNotContain("jo@", "4111");
            assertThat(f.explanation().toString()).doesNotContain("jo@", "4111");
        }
        assertThat(r.toString()).contains("email", "credit-card");
    }

    @Test
    void tenMegabyteInputIsRedacted() {
        String chunk = "Hello, my email is jo@example.com and card " + CARD + ". Order 12345 costs $19.99.\n";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 10_000_000) {
            sb.append(chunk);
        }
        RedactionResult r = DefaultRedactor.withDefaults().redact(sb.toString());
        int copies = sb.length() / chunk.length() + (sb.length() % chunk.length() == 0 ? 0 : 1);
        assertThat(r.countsByType().get(EntityType.EMAIL)).isEqualTo(copies);
        assertThat(r.redactedText()).doesNotContain("jo@example.com").doesNotContain("4111 1111");
    }
}
