package dev.privacyai.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusGeneratorTest {

    private static final Pattern GROUPED_CARD = Pattern.compile("\\b\\d{4}([ -])\\d{4,6}\\1\\d{4,5}(?:\\1\\d{4})?\\b");
    private static final Pattern IBAN = Pattern.compile("\\b(?:DE|GB|FR|NL|ES)\\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?\\d{1,3})?\\b");

    @Test
    void sameSeedSameCorpusOtherSeedOtherCorpus() {
        assertThat(new CorpusGenerator(7).messages(200)).isEqualTo(new CorpusGenerator(7).messages(200));
        assertThat(new CorpusGenerator(7).messages(200)).isNotEqualTo(new CorpusGenerator(8).messages(200));
        assertThat(Workloads.corpus()).isEqualTo(Workloads.corpus());
    }

    @Test
    void messagesAreChatSized() {
        List<String> corpus = Workloads.corpus();
        assertThat(corpus).hasSize(Workloads.CORPUS_MESSAGES);
        assertThat(corpus).allSatisfy(m -> assertThat(m.length())
                .isBetween(CorpusGenerator.MIN_LENGTH, CorpusGenerator.MAX_LENGTH));
        assertThat(Workloads.plainCorpus()).allSatisfy(m -> assertThat(m.length())
                .isBetween(CorpusGenerator.MIN_LENGTH, CorpusGenerator.MAX_LENGTH));
        // a spread of lengths, not all at one end
        long shortOnes = corpus.stream().filter(m -> m.length() < 250).count();
        long longOnes = corpus.stream().filter(m -> m.length() > 450).count();
        assertThat(shortOnes).isGreaterThan(200);
        assertThat(longOnes).isGreaterThan(200);
    }

    @Test
    void plainMessagesHaveNoDigitsAndNoAt() {
        assertThat(Workloads.plainCorpus()).allSatisfy(m -> {
            assertThat(m).doesNotContain("@");
            assertThat(m.chars().noneMatch(Character::isDigit)).isTrue();
        });
    }

    @Test
    void mixIsRoughlySixtyFortyAndCleanMessagesCarryDigits() {
        List<String> corpus = Workloads.corpus();
        long withEmail = corpus.stream().filter(m -> m.contains("@")).count();
        long withDigits = corpus.stream().filter(m -> m.chars().anyMatch(Character::isDigit)).count();
        assertThat(withEmail).isBetween(100L, 500L);
        // most messages carry digits: non-personal numbers (orders, amounts, times...) as well as identifiers
        assertThat(withDigits).isGreaterThan(corpus.size() / 2);
    }

    @Test
    void generatedCardNumbersAreLuhnValid() {
        int cards = 0;
        for (String m : Workloads.corpus()) {
            // IBAN groups look like card groups: take the IBANs out first
            Matcher matcher = GROUPED_CARD.matcher(IBAN.matcher(m).replaceAll("IBAN"));
            while (matcher.find()) {
                String digits = matcher.group().replaceAll("[^0-9]", "");
                if (digits.length() >= 15 && (digits.charAt(0) == '4' || digits.charAt(0) == '5'
                        || digits.startsWith("34") || digits.startsWith("37"))) {
                    assertThat(luhn(digits)).as("Luhn").isTrue();
                    cards++;
                }
            }
        }
        assertThat(cards).isGreaterThan(20);
    }

    @Test
    void generatedIbansHaveValidCheckDigits() {
        int ibans = 0;
        for (String m : Workloads.corpus()) {
            if (!m.contains("IBAN") && !m.contains("Bank account")) {
                continue;
            }
            Matcher matcher = IBAN.matcher(m);
            while (matcher.find()) {
                String iban = matcher.group().replace(" ", "");
                assertThat(mod97(iban)).as("mod 97").isEqualTo(1);
                ibans++;
            }
        }
        assertThat(ibans).isGreaterThan(20);
        assertThat(mod97("GB82WEST12345698765432")).isEqualTo(1); // the textbook example
        assertThat(CorpusGenerator.ibanCheckDigits("GB", "WEST12345698765432")).isEqualTo("82");
    }

    @Test
    void luhnCheckDigitMatchesKnownNumber() {
        assertThat(CorpusGenerator.luhnCheckDigit("411111111111111")).isEqualTo(1);
        assertThat(CorpusGenerator.luhnCheckDigit("37828224631000")).isEqualTo(5);
    }

    @Test
    void largeTextStaysWithinItsBudget() {
        String t = new CorpusGenerator(3).largeText(200_000);
        long bytes = CorpusGenerator.utf8Length(t);
        assertThat(bytes).isLessThanOrEqualTo(200_000).isGreaterThan(200_000 - 4 * CorpusGenerator.MAX_LENGTH);
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (dbl) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    private static int mod97(String iban) {
        String r = iban.substring(4) + iban.substring(0, 4);
        int mod = 0;
        for (char c : r.toCharArray()) {
            int v = Character.isLetter(c) ? c - 'A' + 10 : c - '0';
            mod = v >= 10 ? (mod * 100 + v) % 97 : (mod * 10 + v) % 97;
        }
        return mod;
    }
}
