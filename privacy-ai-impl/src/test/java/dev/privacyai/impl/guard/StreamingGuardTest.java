package dev.privacyai.impl.guard;

import dev.privacyai.guard.AuditEvent;
import dev.privacyai.guard.ChatMessage;
import dev.privacyai.guard.StreamingModelClient;
import dev.privacyai.guard.TurnRequest;
import dev.privacyai.guard.TurnResult;
import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.pseudonym.SubjectProfile;
import dev.privacyai.redaction.EntityType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dev.privacyai.impl.guard.GuardFixtures.ledgerGranting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class StreamingGuardTest {

    private static final String EMAIL = "maria.gonzalez@example.com";
    private static final SubjectProfile PROFILE = SubjectProfile.builder()
            .identity(EntityType.PERSON, "Maria Gonzalez", "Maria").build();

    private final DefaultConversationGuard guard = DefaultConversationGuard.builder()
            .consentLedger(ledgerGranting("cust-1")).auditSink(new GuardFixtures.CollectingSink()).build();

    private static StreamingModelClient chunked(String reply, int[] sizes) {
        return (messages, sink) -> {
            int i = 0;
            int k = 0;
            while (i < reply.length()) {
                int n = sizes[k++ % sizes.length];
                sink.accept(reply.substring(i, Math.min(reply.length(), i + n)));
                i += n;
            }
        };
    }

    @Test
    void streamedReplyIsReidentifiedHoweverItIsChunked() {
        String modelReply = "Hello <PERSON_1>, I sent the label to <EMAIL_1> and to [EMAIL_1] again. Bye <PERSON_1>.";
        String expected = "Hello Maria Gonzalez, I sent the label to " + EMAIL + " and to " + EMAIL
                + " again. Bye Maria Gonzalez.";
        Random rnd = new Random(7);
        for (int round = 0; round < 60; round++) {
            ConversationScope scope = ConversationScope.of("s-" + round, "cust-1");
            int[] sizes = new int[5];
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = 1 + rnd.nextInt(round < 20 ? 3 : 17);
            }
            StringBuilder customer = new StringBuilder();
            List<String> pieces = new ArrayList<>();
            TurnResult r = guard.handleStreaming(TurnRequest.builder(scope, "I'm Maria, my mail is " + EMAIL)
                    .profile(PROFILE).build(), chunked(modelReply, sizes), c -> {
                        customer.append(c);
                        pieces.add(c);
                    });
            assertThat(customer.toString()).as("chunks %s", java.util.Arrays.toString(sizes)).isEqualTo(expected);
            assertThat(r.reply()).contains(expected);
            assertThat(r.modelReply()).contains(modelReply);
            assertThat(r.action()).isEqualTo(TurnResult.Action.ANSWERED);
            // never a partial placeholder in what the customer saw
            for (String p : pieces) {
                assertThat(p).doesNotContain("<PER", "<EMA", "PERSON_", "EMAIL_");
            }
        }
    }

    @Test
    void leakedIdentifierSplitAcrossChunksIsRedacted() {
        String modelReply = "You could call our CEO on (415) 555-0132 or write to ceo@acme-corp.com today.";
        for (int size = 1; size <= 9; size++) {
            StringBuilder customer = new StringBuilder();
            TurnResult r = guard.handleStreaming(TurnRequest.of(ConversationScope.of("leak-" + size, "cust-1"),
                    "who runs the company?"), chunked(modelReply, new int[]{size}), customer::append);
            assertThat(customer.toString()).as("chunk size %d", size)
                    .doesNotContain("555-0132", "ceo@acme-corp.com", "0132")
                    .contains("[PHONE]", "[EMAIL]", "today");
            assertThat(r.leakCount()).isEqualTo(2);
            assertThat(r.trail()).filteredOn(e -> e.step() == AuditEvent.Step.REPLY_SCREEN)
                    .extracting(AuditEvent::outcome).containsExactly("REDACTED");
        }
    }

    @Test
    void firstChunkReachesTheCustomerBeforeTheModelSendsTheNext() {
        List<String> customer = new ArrayList<>();
        List<Integer> seenBeforeSecondChunk = new ArrayList<>();
        StreamingModelClient model = (messages, sink) -> {
            sink.accept("Thanks for waiting, ");
            seenBeforeSecondChunk.add(customer.size());
            sink.accept("<PERSON_1>. Your parcel left the depot.");
        };
        guard.handleStreaming(TurnRequest.builder(ConversationScope.of("ttfc", "cust-1"), "Maria here, any news?")
                .profile(PROFILE).build(), model, customer::add);
        assertThat(seenBeforeSecondChunk).containsExactly(1);
        assertThat(customer.get(0)).isEqualTo("Thanks for waiting, ");
        assertThat(String.join("", customer)).isEqualTo("Thanks for waiting, Maria Gonzalez. Your parcel left the depot.");
    }

    @Test
    void streamingStandInModelEchoesTheReidentifiedTurn() {
        StringBuilder customer = new StringBuilder();
        TurnResult r = guard.handleStreaming(TurnRequest.builder(ConversationScope.of("stand-in", "cust-1"),
                "Maria here, mail " + EMAIL).profile(PROFILE).build(), StandInModel.echo(), customer::append);
        assertThat(r.modelInput().get(r.modelInput().size() - 1)).isEqualTo(ChatMessage.user("<PERSON_1> here, mail <EMAIL_1>"));
        assertThat(customer.toString()).startsWith("[stand-in model]")
                .contains("Maria Gonzalez here, mail " + EMAIL);
        assertThat(r.reply()).contains(customer.toString());
    }

    @Test
    void adversarialStreamsComplete() {
        String digits = "1234 ".repeat(20_000);
        String ats = "@@@@".repeat(25_000);
        String tags = "<EMAIL_".repeat(14_000);
        for (String reply : List.of(digits, ats, tags, "a1a1a1".repeat(17_000))) {
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                StringBuilder customer = new StringBuilder();
                guard.handleStreaming(TurnRequest.of(ConversationScope.of("adv", "cust-1"), "hi"),
                        chunked(reply, new int[]{7, 64, 3}), customer::append);
                assertThat(customer.length()).isPositive();
            });
        }
    }
}
