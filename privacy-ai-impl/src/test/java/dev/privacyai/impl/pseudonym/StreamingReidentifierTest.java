package dev.privacyai.impl.pseudonym;

import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.pseudonym.PlaceholderStyle;
import dev.privacyai.pseudonym.ReidentificationResult;
import dev.privacyai.pseudonym.StreamingReidentifier;
import dev.privacyai.pseudonym.SubjectProfile;
import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.RedactionContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class StreamingReidentifierTest {

    private static final ConversationScope SCOPE = ConversationScope.of("stream-conv", "stream-subject");

    private static DefaultPseudonymizer seeded(PlaceholderStyle style) {
        DefaultPseudonymizer p = DefaultPseudonymizer.builder().style(style).build();
        SubjectProfile profile = SubjectProfile.builder()
                .identity(EntityType.PERSON, "Maria Gonzalez", "Maria").build();
        p.pseudonymize("Maria Gonzalez, maria.g@gmail.com, other jo@firm.io, card 4242 4242 4242 4242, "
                + "call +1 415 555 2671, server 10.1.2.3", SCOPE, RedactionContext.defaults(), profile);
        return p;
    }

    private static String streamed(StreamingReidentifier s, String reply, List<Integer> cuts) {
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (int cut : cuts) {
            out.append(s.push(reply.substring(last, cut)));
            last = cut;
        }
        out.append(s.push(reply.substring(last)));
        out.append(s.finish());
        return out.toString();
    }

    /** Replies mixing text, every placeholder shape, surrogates in odd case, near-misses and invented tags. */
    private static String randomReply(Random rnd, List<String> atoms) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + rnd.nextInt(25);
        for (int i = 0; i < n; i++) {
            sb.append(atoms.get(rnd.nextInt(atoms.size())));
        }
        return sb.toString();
    }

    private static List<String> atoms(DefaultPseudonymizer p) {
        List<String> atoms = new ArrayList<>(List.of("Hello ", "dear ", "P", "PER", "PERSON", "PERSON_", "_",
                "<PERSON_1>", "PERSON_1", "[PERSON_1]", "<Person_1>", "{EMAIL_2}", "(CREDIT_CARD_1)", "EMAIL_1",
                "<EMAIL_9>", "EMAIL_12", "<", ">", "[", "]", "(", ")", " ", ".", ",", "\n", "x", "1", "émail ",
                "<IP_ADDRESS_1>", "PHONE_1", "phone_1x", "<EMAIL_1", "EMAIL_1>", "ccc", "Ma", "maria"));
        p.mapping(SCOPE).forEach(ph -> {
            atoms.add(ph.text());
            atoms.add(ph.text().toUpperCase());
            atoms.add(ph.text().toLowerCase());
            atoms.add(ph.text().substring(0, ph.text().length() / 2));
            if (ph.entityType().equals(EntityType.PERSON)) {
                atoms.addAll(List.of(ph.text().split(" ")));
            }
            String digits = ph.text().replaceAll("[^0-9]", "");
            if (digits.length() >= 10) {
                atoms.add(digits);
                atoms.add(digits.substring(0, 3) + "-" + digits.substring(3));
                atoms.add(digits.substring(0, 5));
            }
        });
        return atoms;
    }

    private static List<Integer> randomCuts(Random rnd, int length) {
        List<Integer> cuts = new ArrayList<>();
        int at = 0;
        while (at < length) {
            at += rnd.nextInt(rnd.nextBoolean() ? 3 : 12) + 1;
            if (at < length) {
                cuts.add(at);
            }
        }
        return cuts;
    }

    @Test
    void randomChunkingsGiveTheWholeReplyOutput() {
        for (PlaceholderStyle style : PlaceholderStyle.values()) {
            DefaultPseudonymizer p = seeded(style);
            List<String> atoms = atoms(p);
            Random rnd = new Random(20261122L + style.ordinal());
            for (int iteration = 0; iteration < 3000; iteration++) {
                String reply = randomReply(rnd, atoms);
                ReidentificationResult whole = p.reidentifier().reidentify(reply, SCOPE);
                StreamingReidentifier s = p.reidentifier().stream(SCOPE);
                List<Integer> cuts = randomCuts(rnd, reply.length());
                assertThat(streamed(s, reply, cuts)).as("style %s iteration %d", style, iteration)
                        .isEqualTo(whole.text());
                assertThat(s.findings()).isEqualTo(whole.findings());
                assertThat(s.replacedCount()).isEqualTo(whole.replacedCount());
            }
        }
    }

    @Test
    void characterByCharacterEqualsWhole() {
        DefaultPseudonymizer p = seeded(PlaceholderStyle.SURROGATE);
        String surrogate = p.mapping(SCOPE).get(0).text();
        String reply = "Dear <PERSON_1>, we wrote to " + surrogate.toUpperCase() + " and EMAIL_2.";
        List<Integer> cuts = new ArrayList<>();
        for (int i = 1; i < reply.length(); i++) {
            cuts.add(i);
        }
        assertThat(streamed(p.reidentifier().stream(SCOPE), reply, cuts))
                .isEqualTo(p.reidentifier().reidentify(reply, SCOPE).text())
                .contains("Maria Gonzalez");
    }

    @Test
    void textWithoutPlaceholdersIsEmittedImmediately() {
        DefaultPseudonymizer p = seeded(PlaceholderStyle.TAG);
        StreamingReidentifier s = p.reidentifier().stream(SCOPE);
        assertThat(s.push("Thanks for waiting. ")).isEqualTo("Thanks for waiting. ");
        assertThat(s.push("Your refund is on its way")).isEqualTo("Your refund is on its way");
        // only a possible placeholder prefix at the end is held back
        assertThat(s.push(" to <PERS")).isEqualTo(" to ");
        assertThat(s.push("ON_1")).isEmpty();
        assertThat(s.push("> and E")).isEqualTo("Maria Gonzalez and ");
        assertThat(s.push("xcellent")).isEqualTo("Excellent");
        assertThat(s.push(" card CREDIT_CARD_1")).isEqualTo(" card ");
        assertThat(s.push(".")).isEqualTo("**** 4242.");
        assertThat(s.finish()).isEmpty();
        assertThatThrownBy(() -> s.push("x")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(s::finish).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void heldBackTailIsBounded() {
        DefaultPseudonymizer p = seeded(PlaceholderStyle.TAG);
        StreamingReidentifier s = p.reidentifier().stream(SCOPE);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            out.append(s.push("EMAIL_"));
        }
        // "EMAIL_EMAIL_..." can never become a tag once longer than any type name plus digits
        assertThat(out.length()).isGreaterThan(6000 - ReplyScanner.MAX_RUN - 2);
        out.append(s.finish());
        assertThat(out.toString()).isEqualTo("EMAIL_".repeat(1000));
    }

    @Test
    void adversarialStreamsComplete() {
        DefaultPseudonymizer p = seeded(PlaceholderStyle.SURROGATE);
        String surrogate = p.mapping(SCOPE).get(0).text();
        List<String> inputs = List.of("<".repeat(100_000), "EMAIL_1".repeat(15_000),
                surrogate.substring(0, surrogate.length() - 1).repeat(100_000 / surrogate.length()),
                "(((((".repeat(20_000), "PERSON_".repeat(15_000));
        for (String in : inputs) {
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                StreamingReidentifier s = p.reidentifier().stream(SCOPE);
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < in.length(); i += 7) {
                    out.append(s.push(in.substring(i, Math.min(in.length(), i + 7))));
                }
                out.append(s.finish());
                assertThat(out.toString()).isEqualTo(p.reidentifier().reidentify(in, SCOPE).text());
            });
        }
    }
}
