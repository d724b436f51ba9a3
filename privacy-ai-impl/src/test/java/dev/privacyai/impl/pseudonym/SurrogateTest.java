package dev.privacyai.impl.pseudonym;

import dev.privacyai.impl.redaction.DefaultRedactor;
import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.pseudonym.Placeholder;
import dev.privacyai.pseudonym.PlaceholderStyle;
import dev.privacyai.pseudonym.PseudonymizationResult;
import dev.privacyai.pseudonym.SubjectProfile;
import dev.privacyai.pseudonym.spi.SurrogateFactory;
import dev.privacyai.pseudonym.spi.VaultEntry;
import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SurrogateTest {

    private static final ConversationScope A = ConversationScope.of("conv-1", "subj-1");
    private static final ConversationScope B = ConversationScope.of("conv-2", "subj-1");
    private static final String TEXT = "I'm at maria.gonzalez@gmail.com, card 4111 1111 1111 1111, "
            + "call +1 415 555 2671, my IP is 81.2.69.160";

    private final DefaultPseudonymizer p = DefaultPseudonymizer.builder().style(PlaceholderStyle.SURROGATE).build();

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

    @Test
    void surrogatesAreWellFormedAndPassTheDetectors() {
        PseudonymizationResult r = p.pseudonymize(TEXT, A);
        assertThat(r.text()).doesNotContain("maria", "4111", "2671", "81.2.69");
        DefaultRedactor redactor = DefaultRedactor.withDefaults();
        for (Placeholder ph : r.placeholders()) {
            String s = ph.text();
            assertThat(s).isNotEqualTo(ph.tag());
            List<Finding> found = redactor.analyze("value: " + s);
            assertThat(found).as("%s surrogate detected as its type", ph.entityType())
                    .anySatisfy(f -> {
                        assertThat(f.entityType()).isEqualTo(ph.entityType());
                        assertThat(f.length()).isEqualTo(s.length());
                    });
            if (ph.entityType().equals(EntityType.CREDIT_CARD)) {
                assertThat(luhn(s.replace(" ", ""))).isTrue();
                assertThat(s).matches("4000 00\\d\\d \\d{4} \\d{4}");
            }
            if (ph.entityType().equals(EntityType.EMAIL)) {
                assertThat(s).matches("[a-z]+\\.[a-z]+\\d\\d@example\\.(com|org|net)");
            }
            if (ph.entityType().equals(EntityType.PHONE)) {
                assertThat(s).matches("\\(\\d{3}\\) 555-01\\d\\d");
            }
            if (ph.entityType().equals(EntityType.IP_ADDRESS)) {
                assertThat(s).matches("(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.\\d{1,3}");
            }
        }
        assertThat(r.placeholders()).extracting(Placeholder::entityType).contains(EntityType.EMAIL,
                EntityType.CREDIT_CARD, EntityType.PHONE, EntityType.IP_ADDRESS);
    }

    @Test
    void surrogatesAreReversedAlsoWhenTheModelChangesCase() {
        PseudonymizationResult r = p.pseudonymize(TEXT, A);
        String email = r.placeholders().get(0).text();
        String reply = "Sent to " + email.toUpperCase(Locale.ROOT) + " and " + email + ". Card " 
                + r.placeholders().get(1).text() + ".";
        String back = p.reidentifier().reidentify(reply, A).text();
        assertThat(back).isEqualTo("Sent to maria.gonzalez@gmail.com and maria.gonzalez@gmail.com. Card **** 1111.");
        // the full round trip: every surrogate in the pseudonymized prompt maps back
        assertThat(DefaultPseudonymizer.builder().vault(p.vault()).style(PlaceholderStyle.SURROGATE)
                .reidentificationPolicy(dev.privacyai.pseudonym.ReidentificationPolicy.allOriginal()).build()
                .reidentifier().reidentify(r.text(), A).text()).isEqualTo(TEXT);
    }

    @Test
    void phoneAndCardSurrogatesAreReversedWhateverTheGrouping() {
        PseudonymizationResult r = p.pseudonymize(TEXT, A);
        String card = r.placeholders().stream().filter(ph -> ph.entityType().equals(EntityType.CREDIT_CARD))
                .findFirst().orElseThrow().text();
        String phone = r.placeholders().stream().filter(ph -> ph.entityType().equals(EntityType.PHONE))
                .findFirst().orElseThrow().text();
        String phoneDigits = phone.replaceAll("[^0-9]", "");
        String cardDigits = card.replace(" ", "");
        for (String shape : List.of(phone, phoneDigits, phoneDigits.substring(0, 3) + "-" + phoneDigits.substring(3, 6)
                + "-" + phoneDigits.substring(6), phoneDigits.substring(0, 3) + "." + phoneDigits.substring(3, 6) + "."
                + phoneDigits.substring(6))) {
            assertThat(p.reidentifier().reidentify("Call " + shape + ".", A).text()).as(shape)
                    .isEqualTo("Call +1 415 555 2671.");
        }
        for (String shape : List.of(card, cardDigits, card.replace(' ', '-'))) {
            assertThat(p.reidentifier().reidentify("Card " + shape + " ok", A).text()).as(shape)
                    .isEqualTo("Card **** 1111 ok");
        }
        // more digits, a different digit, or glued to a word: not the surrogate
        assertThat(p.reidentifier().reidentify("x" + phoneDigits, A).text()).isEqualTo("x" + phoneDigits);
        assertThat(p.reidentifier().reidentify(phoneDigits + "9", A).text()).isEqualTo(phoneDigits + "9");
        String other = phoneDigits.substring(0, 9) + (phoneDigits.charAt(9) == '0' ? '1' : '0');
        assertThat(p.reidentifier().reidentify(other, A).text()).isEqualTo(other);
    }

    @Test
    void surrogatesAreStableInAConversationAndDifferAcrossConversations() {
        String a1 = p.pseudonymize(TEXT, A).text();
        String a2 = p.pseudonymize(TEXT, A).text();
        String b = p.pseudonymize(TEXT, B).text();
        assertThat(a1).isEqualTo(a2).isNotEqualTo(b);
        // a surrogate of A in B's reply is not resolved
        String emailOfA = p.mapping(A).stream().filter(ph -> ph.entityType().equals(EntityType.EMAIL))
                .findFirst().orElseThrow().text();
        assertThat(p.reidentifier().reidentify("to " + emailOfA, B).text()).isEqualTo("to " + emailOfA);
    }

    @Test
    void personSurrogatesFromTheProfile() {
        SubjectProfile profile = SubjectProfile.builder().identity(EntityType.PERSON, "Maria Gonzalez", "Maria")
                .build();
        PseudonymizationResult r = p.pseudonymize("Maria here (Maria Gonzalez).", A, RedactionContext.defaults(),
                profile);
        String name = r.placeholders().get(0).text();
        assertThat(name).matches("[A-Z][a-z]+ [A-Z][a-z]+");
        assertThat(r.text()).isEqualTo(name + " here (" + name + ").");
        assertThat(p.reidentifier().reidentify("Thanks, " + name.toLowerCase(Locale.ROOT) + "!", A).text())
                .isEqualTo("Thanks, Maria Gonzalez!");
    }

    @Test
    void firstAndLastNamesOfPersonSurrogatesAreReversedToTheMatchingParts() {
        SubjectProfile profile = SubjectProfile.builder().identity(EntityType.PERSON, "Maria Gonzalez", "Maria")
                .build();
        String name = p.pseudonymize("This is Maria.", A, RedactionContext.defaults(), profile).placeholders()
                .get(0).text();
        String first = name.split(" ")[0];
        String last = name.split(" ")[1];
        assertThat(p.reidentifier().reidentify("Hi " + first + "! Ms " + last + ", " + name + ".", A).text())
                .isEqualTo("Hi Maria! Ms Gonzalez, Maria Gonzalez.");
        // parts match only as written: a lower-case word is never taken for a name
        String lower = first.toLowerCase(Locale.ROOT);
        assertThat(p.reidentifier().reidentify("the " + lower + " one", A).text()).isEqualTo("the " + lower + " one");
    }

    @Test
    void ambiguousNamePartsAreNotReversed() {
        InMemoryTokenVault v = InMemoryTokenVault.withGeneratedKey();
        SurrogateFactory fixed = new SurrogateFactory() {
            @Override
            public String surrogate(EntityType type, int index, int attempt) {
                return index == 1 ? "Avery Abernathy" : "Avery Bramley";
            }

            @Override
            public String matchKey(EntityType type, String value) {
                return Values.matchKey(type, value);
            }
        };
        v.tokenFor(A, EntityType.PERSON, "Maria Gonzalez", "maria gonzalez", fixed);
        v.tokenFor(A, EntityType.PERSON, "John Smith", "john smith", fixed);
        DefaultPseudonymizer q = DefaultPseudonymizer.builder().vault(v).build();
        assertThat(q.reidentifier().reidentify("Avery, Abernathy, Bramley", A).text())
                .isEqualTo("Avery, Gonzalez, Smith");
    }

    @Test
    void aSurrogateNeverEqualsARealValueOfTheConversation() {
        // a factory that always proposes the same candidates first: the vault must skip those already taken
        SurrogateFactory stubborn = new SurrogateFactory() {
            @Override
            public String surrogate(EntityType type, int index, int attempt) {
                return List.of("Avery Abernathy", "Blake Bramley", "Casey Calloway", "Dana Dunmore").get(attempt % 4);
            }

            @Override
            public String matchKey(EntityType type, String value) {
                return Values.matchKey(type, value);
            }
        };
        InMemoryTokenVault v = InMemoryTokenVault.withGeneratedKey();
        VaultEntry first = v.tokenFor(A, EntityType.PERSON, "Avery Abernathy", "avery abernathy", stubborn);
        // candidate 0 is the value itself: skipped
        assertThat(first.surrogate()).contains("Blake Bramley");
        VaultEntry second = v.tokenFor(A, EntityType.PERSON, "CASEY calloway", "casey calloway", stubborn);
        // Avery: a real value; Blake: a surrogate; Casey: the value itself; Dana is free
        assertThat(second.surrogate()).contains("Dana Dunmore");
        // a value equal to a surrogate is that surrogate's entry (already pseudonymized text)
        assertThat(v.tokenFor(A, EntityType.PERSON, "blake bramley", "blake bramley", stubborn)).isEqualTo(first);
        Set<String> seen = new HashSet<>();
        for (VaultEntry e : v.entries(A)) {
            assertThat(seen.add(Values.matchKey(EntityType.PERSON, e.surrogate().orElseThrow()))).isTrue();
            assertThat(e.surrogate().orElseThrow()).isNotEqualToIgnoringCase(e.value());
        }
    }

    @Test
    void manyValuesGetDistinctSurrogates() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            text.append("user").append(i).append("@gmail.com ");
        }
        PseudonymizationResult r = p.pseudonymize(text.toString(), A);
        Set<String> surrogates = new HashSet<>();
        r.placeholders().forEach(ph -> surrogates.add(ph.text().toLowerCase(Locale.ROOT)));
        assertThat(surrogates).hasSize(60);
        assertThat(DefaultPseudonymizer.builder().vault(p.vault()).style(PlaceholderStyle.SURROGATE).build()
                .reidentifier().reidentify(r.text(), A).text()).isEqualTo(text.toString());
    }

    @Test
    void repseudonymizingPseudonymizedTextLeavesItUnchanged() {
        String once = p.pseudonymize(TEXT, A).text();
        int entries = p.mapping(A).size();
        assertThat(p.pseudonymize(once, A).text()).isEqualTo(once);
        assertThat(p.mapping(A)).hasSize(entries);
    }

    @Test
    void luhnCheckDigit() {
        assertThat(Surrogates.luhnCheckDigit("424242424242424")).isEqualTo(2);
        assertThat(Surrogates.luhnCheckDigit("411111111111111")).isEqualTo(1);
    }
}
