package dev.privacyai.impl.pseudonym;

import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.pseudonym.Placeholder;
import dev.privacyai.pseudonym.PseudonymizationException;
import dev.privacyai.pseudonym.PseudonymizationResult;
import dev.privacyai.pseudonym.ReidentificationPolicy;
import dev.privacyai.pseudonym.ReidentificationResult;
import dev.privacyai.pseudonym.ReinsertionMode;
import dev.privacyai.pseudonym.ReplyFinding;
import dev.privacyai.pseudonym.SubjectProfile;
import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.RedactionException;
import dev.privacyai.redaction.Redactor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class DefaultPseudonymizerTest {

    private static final ConversationScope A = ConversationScope.of("conv-A", "subject-1");
    private static final ConversationScope B = ConversationScope.of("conv-B", "subject-2");

    private final DefaultPseudonymizer p = DefaultPseudonymizer.withDefaults();

    @Test
    void sameValueSamePlaceholderWithinConversationAndNextNumberForAnother() {
        PseudonymizationResult r1 = p.pseudonymize("Mail maria.gonzalez@gmail.com or MARIA.GONZALEZ@gmail.com", A);
        assertThat(r1.text()).isEqualTo("Mail <EMAIL_1> or <EMAIL_1>");
        PseudonymizationResult r2 = p.pseudonymize("Actually use m.g@outlook.com, not maria.gonzalez@gmail.com", A);
        assertThat(r2.text()).isEqualTo("Actually use <EMAIL_2>, not <EMAIL_1>");
        assertThat(r2.placeholders()).extracting(Placeholder::tag).containsExactly("<EMAIL_2>", "<EMAIL_1>");
        assertThat(r2.findings()).hasSize(2);
        assertThat(p.mapping(A)).extracting(Placeholder::text).containsExactly("<EMAIL_1>", "<EMAIL_2>");
    }

    @Test
    void aCardReadOutWordByWordOnTheVoiceChannelIsPseudonymizedAndRestored() {
        String spoken = "four two four two four two four two four two four two four two four two";
        RedactionContext voice = RedactionContext.builder().channel(dev.privacyai.redaction.Channel.VOICE).build();
        PseudonymizationResult r = p.pseudonymize("my card is " + spoken + " thanks", A, voice,
                SubjectProfile.empty());
        assertThat(r.text()).isEqualTo("my card is <CREDIT_CARD_1> thanks");
        // cards are masked when restored by default: the last four numbers, as said
        assertThat(p.reidentifier().reidentify("Your card <CREDIT_CARD_1> is on file.", A).text())
                .isEqualTo("Your card **** four two four two is on file.");
        PseudonymizationResult mail = p.pseudonymize("it is john dot doe at gmail dot com", A, voice,
                SubjectProfile.empty());
        assertThat(mail.text()).isEqualTo("it is <EMAIL_1>");
        assertThat(Values.mask(EntityType.EMAIL, "john dot doe at gmail dot com")).isEqualTo("j*** at gmail dot com");
        assertThat(Values.mask(EntityType.EMAIL, "john[at]gmail[dot]com")).isEqualTo("j***[at]gmail[dot]com");
        // the same words in a chat are left as typed
        assertThat(p.pseudonymize("my card is " + spoken, B).text()).isEqualTo("my card is " + spoken);
    }

    @Test
    void cardsWithDifferentGroupingAreOneValue() {
        String t = p.pseudonymize("Card 4242 4242 4242 4242, i.e. 4242-4242-4242-4242", A).text();
        assertThat(t).isEqualTo("Card <CREDIT_CARD_1>, i.e. <CREDIT_CARD_1>");
    }

    @Test
    void conversationsAreIndependent() {
        p.pseudonymize("first a.b@example.org", A);
        String inA = p.pseudonymize("then jo@firm.io", A).text();
        String inB = p.pseudonymize("then jo@firm.io", B).text();
        assertThat(inA).isEqualTo("then <EMAIL_2>");
        assertThat(inB).isEqualTo("then <EMAIL_1>");
        // a placeholder of A used in B never resolves to A's value
        ReidentificationResult r = p.reidentifier().reidentify("Write to <EMAIL_2>", B);
        assertThat(r.text()).isEqualTo("Write to <EMAIL_2>");
        assertThat(r.replacedCount()).isZero();
        assertThat(r.findings()).containsExactly(
                ReplyFinding.of(ReplyFinding.Kind.UNKNOWN_PLACEHOLDER, EntityType.EMAIL, 9, 18));
    }

    @Test
    void sameSubjectOtherConversationDoesNotResolve() {
        ConversationScope a2 = ConversationScope.of("conv-A2", "subject-1");
        p.pseudonymize("mail x.y@example.org", A);
        assertThat(p.reidentifier().reidentify("<EMAIL_1>", a2).text()).isEqualTo("<EMAIL_1>");
        assertThat(p.reidentifier().reidentify("<EMAIL_1>", A).text()).isEqualTo("x.y@example.org");
    }

    @Test
    void scopedTagsAreDistinctAcrossConversationsAndCopiedOnesDoNotResolve() {
        DefaultPseudonymizer scoped = DefaultPseudonymizer.builder()
                .style(dev.privacyai.pseudonym.PlaceholderStyle.SCOPED_TAG).build();
        String inA = scoped.pseudonymize("mail jo@firm.io, card 4242 4242 4242 4242", A).text();
        String inB = scoped.pseudonymize("mail jo@firm.io, card 4242 4242 4242 4242", B).text();
        assertThat(inA).matches("mail <EMAIL_\\d{5}>, card <CREDIT_CARD_\\d{5}>");
        assertThat(inB).matches("mail <EMAIL_\\d{5}>, card <CREDIT_CARD_\\d{5}>").isNotEqualTo(inA);
        assertThat(scoped.pseudonymize("again JO@firm.io", A).text()).isEqualTo("again " + inA.substring(5, 18));
        String tagA = inA.substring(5, 18);
        String core = tagA.substring(1, tagA.length() - 1);
        for (String shape : List.of(tagA, core, "[" + core + "]", core.toLowerCase(java.util.Locale.ROOT))) {
            assertThat(scoped.reidentifier().reidentify("to " + shape, A).text()).isEqualTo("to jo@firm.io");
        }
        // A's tag in B, and the plain sequence number, are unknown in B
        ReidentificationResult r = scoped.reidentifier().reidentify(tagA + " <EMAIL_1>", B);
        assertThat(r.text()).isEqualTo(tagA + " <EMAIL_1>");
        assertThat(r.findings()).extracting(ReplyFinding::kind).containsExactly(
                ReplyFinding.Kind.UNKNOWN_PLACEHOLDER, ReplyFinding.Kind.UNKNOWN_PLACEHOLDER);
        assertThat(scoped.mapping(A)).extracting(Placeholder::tag).containsExactly("<CREDIT_CARD_1>", "<EMAIL_1>");
    }

    @Test
    void mangledShapesAreResolved() {
        p.pseudonymize("mail x.y@example.org", A);
        for (String shape : List.of("<EMAIL_1>", "EMAIL_1", "[EMAIL_1]", "<Email_1>", "email_1", "{EMAIL_1}",
                "(EMAIL_1)")) {
            assertThat(p.reidentifier().reidentify("to " + shape + ".", A).text())
                    .as(shape).isEqualTo("to x.y@example.org.");
        }
        // unmatched bracket: the tag is replaced, the stray bracket stays
        assertThat(p.reidentifier().reidentify("<EMAIL_1 ok", A).text()).isEqualTo("<x.y@example.org ok");
        // not a placeholder: part of a word, other number, other type name
        assertThat(p.reidentifier().reidentify("XEMAIL_1 EMAIL_12 EMAILS_1 EMAIL_1x", A).text())
                .isEqualTo("XEMAIL_1 EMAIL_12 EMAILS_1 EMAIL_1x");
    }

    @Test
    void policyMasksCardsAndWithholdsCvv() {
        p.pseudonymize("Refund to card 4242 4242 4242 4242, CVV 123", A);
        ReidentificationResult r = p.reidentifier()
                .reidentify("I'll refund <CREDIT_CARD_1> (security code <CVV_1>).", A);
        assertThat(r.text()).isEqualTo("I'll refund **** 4242 (security code [CVV]).");
        DefaultPseudonymizer open = DefaultPseudonymizer.builder().vault(p.vault())
                .reidentificationPolicy(ReidentificationPolicy.builder()
                        .mode(EntityType.CREDIT_CARD, ReinsertionMode.ORIGINAL).build())
                .build();
        assertThat(open.reidentifier().reidentify("<CREDIT_CARD_1>", A).text()).isEqualTo("4242 4242 4242 4242");
    }

    @Test
    void emailMaskKeepsDomain() {
        assertThat(Values.mask(EntityType.EMAIL, "maria@gmail.com")).isEqualTo("m***@gmail.com");
        assertThat(Values.mask(EntityType.CVV, "123")).isEqualTo("***");
    }

    @Test
    void profileLinksFormsOfOnePerson() {
        SubjectProfile profile = SubjectProfile.builder()
                .identity(EntityType.PERSON, "Maria Gonzalez", "Maria", "Ms Gonzalez").build();
        PseudonymizationResult r = p.pseudonymize("Hi, Maria Gonzalez here. maria again; Ms Gonzalez.", A,
                RedactionContext.defaults(), profile);
        assertThat(r.text()).isEqualTo("Hi, <PERSON_1> here. <PERSON_1> again; <PERSON_1>.");
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.detector()).isEqualTo("subject-profile"));
        assertThat(p.reidentifier().reidentify("Thanks <PERSON_1>!", A).text()).isEqualTo("Thanks Maria Gonzalez!");
        // whole words only: "Mariah" is not linked to the profile's person (the default PERSON detector may
        // still find it as a name of its own)
        assertThat(p.pseudonymize("Mariah called", A, RedactionContext.defaults(), profile).text())
                .doesNotContain("<PERSON_1>");
    }

    @Test
    void detectedValueContainingAProfileFormIsReplacedWhole() {
        SubjectProfile profile = SubjectProfile.builder()
                .identity(EntityType.PERSON, "Maria Gonzalez", "Maria", "Ms Gonzalez").build();
        PseudonymizationResult r = p.pseudonymize("I'm Maria, mail maria.gonzalez@example.com", A,
                RedactionContext.defaults(), profile);
        assertThat(r.text()).isEqualTo("I'm <PERSON_1>, mail <EMAIL_1>");
        assertThat(r.text()).doesNotContainIgnoringCase("gonzalez");
    }

    @Test
    void toStringsNeverShowValuesOrSubjectIds() {
        ConversationScope scope = ConversationScope.of("conv-secret-id", "alice@corp.example");
        PseudonymizationResult r = p.pseudonymize("I am bob.smith@gmail.com, card 4111 1111 1111 1111", scope);
        ReidentificationResult back = p.reidentifier().reidentify(r.text(), scope);
        String all = scope + " " + r + " " + r.findings() + " " + r.placeholders() + " " + back + " "
                + p.vault().entries(scope) + " " + p + " " + p.reidentifier().stream(scope)
                + SubjectProfile.builder().identity(EntityType.PERSON, "Bob Smith").build();
        assertThat(all).doesNotContain("bob.smith", "4111", "alice", "Bob Smith");
        assertThat(back.text()).contains("bob.smith@gmail.com").contains("**** 1111");
    }

    @Test
    void failsClosedWithoutLeakingText() {
        Redactor broken = new Redactor() {
            @Override
            public List<dev.privacyai.redaction.Finding> analyze(String text, RedactionContext context) {
                throw new IllegalStateException("boom: " + text);
            }

            @Override
            public dev.privacyai.redaction.RedactionResult redact(String text, RedactionContext context) {
                throw new RedactionException("no");
            }
        };
        DefaultPseudonymizer bad = DefaultPseudonymizer.builder().redactor(broken).build();
        assertThatThrownBy(() -> bad.pseudonymize("secret jo@x.io", A))
                .isInstanceOf(PseudonymizationException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("jo@x.io"))
                .hasNoCause();
        assertThatThrownBy(() -> ConversationScope.of("c", "")).hasMessageNotContaining("subject-1");
    }

    @Test
    void manyThreadsManyConversations() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        ConversationScope scope = ConversationScope.of("c" + (i % 5), "s" + (i % 3));
                        String mine = "user" + thread + "@example.org";
                        String text = p.pseudonymize("from " + mine + " and shared@example.org", scope).text();
                        String back = p.reidentifier().reidentify(text, scope).text();
                        assertThat(back).isEqualTo("from " + mine + " and shared@example.org");
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        // per conversation: 8 distinct user addresses + the shared one, numbered 1..9 without gaps or duplicates
        for (int c = 0; c < 5; c++) {
            for (int s = 0; s < 3; s++) {
                ConversationScope scope = ConversationScope.of("c" + c, "s" + s);
                List<Placeholder> m = p.mapping(scope);
                if (!m.isEmpty()) {
                    assertThat(m).extracting(Placeholder::index).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
                }
            }
        }
    }

    @Test
    void adversarialRepliesComplete() {
        p.pseudonymize("mail x.y@example.org", A);
        List<String> inputs = List.of("<".repeat(100_000), "EMAIL_".repeat(20_000), "<EMAIL_1".repeat(12_000),
                "a_".repeat(50_000), "[[[[EMAIL_1111111".repeat(6_000), "x".repeat(100_000),
                "<EMAIL_1>".repeat(11_000));
        for (String in : inputs) {
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                p.reidentifier().reidentify(in, A);
                p.reidentifier().check(in, A);
            });
        }
    }
}
