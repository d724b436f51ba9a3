package dev.privacyai.examples.plain;

import dev.privacyai.consent.ConsentSource;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.guard.ChatMessage;
import dev.privacyai.guard.ChunkSink;
import dev.privacyai.guard.ConversationGuard;
import dev.privacyai.guard.ModelClient;
import dev.privacyai.guard.StreamingModelClient;
import dev.privacyai.guard.TurnRequest;
import dev.privacyai.guard.TurnResult;
import dev.privacyai.impl.consent.InMemoryConsentLedger;
import dev.privacyai.impl.guard.ConsentFlags;
import dev.privacyai.impl.guard.DefaultConversationGuard;
import dev.privacyai.impl.guard.StandInModel;
import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.pseudonym.SubjectProfile;
import dev.privacyai.redaction.EntityType;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * privacy-ai in plain Java: a {@link ConversationGuard} wrapped around an OpenAI-compatible chat endpoint
 * ({@link OpenAiCompatibleClient}), one blocking turn and one streamed turn.
 *
 * <p>Configuration by environment: {@code OPENAI_BASE_URL} (e.g. {@code https://api.openai.com/v1}),
 * {@code OPENAI_API_KEY}, {@code OPENAI_MODEL}. Without {@code OPENAI_BASE_URL} it runs against the
 * {@link StandInModel} (an echo, not a model), so it works offline.
 *
 * <p>What it prints: what the model received (placeholders only), the reply the customer gets (re-identified),
 * the streamed chunks as they arrive, and the audit trail (steps and counts, no personal data).
 */
public final class PlainJavaExample {

    /** The customer of the demo conversation. */
    static final String SUBJECT = "customer-4711";
    static final SubjectProfile PROFILE = SubjectProfile.builder()
            .identity(EntityType.PERSON, "Maria Gonzalez", "Maria", "Ms Gonzalez").build();
    static final String SYSTEM_PROMPT = "You are the support assistant of an online shop. Refer to the customer and "
            + "their contact details by the placeholders in angle brackets you are given.";
    static final String FIRST_TURN = "Hi, this is Maria Gonzalez. Please send the refund confirmation for order "
            + "88123 to maria.gonzalez@example.com";
    static final String SECOND_TURN = "Thanks! Could you also confirm my email address maria.gonzalez@example.com "
            + "once more?";

    private PlainJavaExample() {
    }

    /** Runs the demo against the endpoint from the environment, or the stand-in. */
    public static void main(String[] args) {
        var client = OpenAiCompatibleClient.fromEnvironment(System.getenv());
        if (client.isPresent()) {
            System.out.println("model: " + client.get());
            run(client.get(), client.get(), System.out);
        } else {
            System.out.println("model: stand-in (set OPENAI_BASE_URL, OPENAI_API_KEY, OPENAI_MODEL for a real one)");
            StandInModel standIn = StandInModel.echo();
            run(standIn, standIn, System.out);
        }
    }

    /**
     * The demo: builds the guard, runs a blocking turn and a streamed turn of one conversation.
     *
     * @return the two turn results (blocking, streamed)
     */
    public static List<TurnResult> run(ModelClient model, StreamingModelClient streaming, PrintStream out) {
        return run(model, streaming, out, chunk -> { });
    }

    /**
     * The demo, with {@code observer} receiving every chunk of the streamed turn as it goes to the customer.
     *
     * @return the two turn results (blocking, streamed)
     */
    public static List<TurnResult> run(ModelClient model, StreamingModelClient streaming, PrintStream out,
                                       ChunkSink observer) {
        // 1. once per application: the consent ledger (here in memory) and the guard
        InMemoryConsentLedger ledger = new InMemoryConsentLedger();
        ConsentFlags.record(ledger, SubjectId.of(SUBJECT), Map.of("AI_ASSISTANCE", true), Instant.now(),
                ConsentSource.WEB, "privacy-notice-v3");
        DefaultConversationGuard guard = DefaultConversationGuard.builder().consentLedger(ledger)
                .auditSink(event -> out.println("  audit " + event.toJson())).build();

        // 2. per turn: a request with the raw text, history and what the host knows about the customer
        ConversationScope scope = ConversationScope.of("conversation-1", SUBJECT);
        TurnRequest first = TurnRequest.builder(scope, FIRST_TURN).systemPrompt(SYSTEM_PROMPT).profile(PROFILE)
                .build();
        TurnResult r1 = guard.handle(first, model);
        report(out, "blocking turn", r1);

        // 3. the next turn streams: chunks reach the customer re-identified, as they arrive
        TurnRequest second = TurnRequest.builder(scope, SECOND_TURN).systemPrompt(SYSTEM_PROMPT).profile(PROFILE)
                .history(List.of(ChatMessage.user(FIRST_TURN), ChatMessage.assistant(r1.reply().orElse(""))))
                .build();
        out.println("streamed turn, chunks as the customer gets them:");
        ChunkSink toCustomer = chunk -> {
            out.println("  chunk: " + chunk);
            observer.accept(chunk);
        };
        TurnResult r2 = guard.handleStreaming(second, streaming, toCustomer);
        report(out, "streamed turn", r2);
        return List.of(r1, r2);
    }

    private static void report(PrintStream out, String label, TurnResult r) {
        out.println(label + ": " + r);
        for (ChatMessage m : r.modelInput()) {
            out.println("  model received " + m.role() + ": " + m.text());
        }
        r.modelReply().ifPresent(t -> out.println("  model replied: " + t));
        switch (r.action()) {
            case ANSWERED:
                out.println("  customer gets: " + r.reply().orElse(""));
                break;
            case ESCALATED:
            case BLOCKED_NO_CONSENT:
                out.println("  hand-off to a person, queue " + r.handoff().orElseThrow().decision().queue());
                break;
            default:
                out.println("  blocked: " + r.blockedReason().orElse(""));
        }
    }
}
