package dev.privacyai.examples.langchain4j;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.guardrail.InputGuardrailException;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.service.AiServices;
import dev.privacyai.consent.ConsentSource;
import dev.privacyai.consent.SubjectId;
import dev.privacyai.guard.AuditEvent;
import dev.privacyai.guard.ChunkSink;
import dev.privacyai.guard.TurnResult;
import dev.privacyai.impl.consent.InMemoryConsentLedger;
import dev.privacyai.impl.guard.ConsentFlags;
import dev.privacyai.impl.guard.DefaultConversationGuard;
import dev.privacyai.impl.guard.GuardKpis;
import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.pseudonym.SubjectProfile;
import dev.privacyai.redaction.EntityType;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * privacy-ai with LangChain4j 1.8, two ways:
 * <ol>
 *   <li><b>AI Service with guardrails</b> ({@link SupportAgent}, {@link PrivacyGuardrails}) on the guard's two-phase
 *       API: the input guardrail begins the guarded turn (consent, escalation, pseudonymization of the customer's
 *       message), the output guardrail completes it with the model's reply (screen, re-identification, reply
 *       escalation); the chat memory holds placeholders only, and every turn is in the guard's audit trail and
 *       KPIs. A customer without consent is stopped before the model is called.</li>
 *   <li><b>Streaming</b> ({@link PrivacyGuardedStreamingChatModel}): a wrapper around a LangChain4j
 *       {@code StreamingChatModel} that runs the full {@code ConversationGuard} and passes re-identified chunks on
 *       as they arrive.</li>
 * </ol>
 * Models from {@code OPENAI_BASE_URL}, {@code OPENAI_API_KEY}, {@code OPENAI_MODEL}, else the stand-in
 * ({@link Models}).
 */
public final class LangChain4jExample {

    static final String SUBJECT = "customer-4711";
    static final String CONVERSATION = "conversation-1";
    static final String NO_CONSENT_SUBJECT = "customer-0815";
    static final String NO_CONSENT_CONVERSATION = "conversation-2";
    static final SubjectProfile PROFILE = SubjectProfile.builder()
            .identity(EntityType.PERSON, "Maria Gonzalez", "Maria", "Ms Gonzalez").build();
    static final String FIRST_TURN = "Hi, this is Maria Gonzalez. Please send the refund confirmation for order "
            + "88123 to maria.gonzalez@example.com";
    static final String SECOND_TURN = "Thanks! Could you also confirm my email address maria.gonzalez@example.com "
            + "once more?";

    /**
     * What the example produced.
     *
     * @param serviceReplies    the AI Service's replies to the two turns (what the customer sees)
     * @param blocked           the no-consent customer's stop (cause of LangChain4j's InputGuardrailException)
     * @param streamedChunks    the chunks the streaming customer received, in order
     * @param streamedResponse  the streaming handler's complete response
     * @param streamedTurn      the guard's result of the streamed turn
     * @param audit             every audit event of the guard (AI Service and streamed turns), in order
     * @param kpis              the guard's KPIs after all turns
     */
    public record Outcome(List<String> serviceReplies, PrivacyBlockedException blocked, List<String> streamedChunks,
                          ChatResponse streamedResponse, TurnResult streamedTurn, List<AuditEvent> audit,
                          GuardKpis.Snapshot kpis) {
    }

    private LangChain4jExample() {
    }

    /** Runs the example with the models from the environment. */
    public static void main(String[] args) throws Exception {
        Models models = Models.fromEnvironment(System.getenv());
        System.out.println("model: " + models.name());
        run(models.chat(), models.streaming(), System.out, chunk -> { });
    }

    /**
     * Runs both parts of the example.
     *
     * @param observer receives every streamed chunk as it goes to the customer
     */
    public static Outcome run(ChatModel chatModel, StreamingChatModel streamingModel, PrintStream out,
                              ChunkSink observer) throws Exception {
        // the host's consent ledger: one customer allowed AI answering, the other is unknown
        InMemoryConsentLedger ledger = new InMemoryConsentLedger();
        ConsentFlags.record(ledger, SubjectId.of(SUBJECT), Map.of("AI_ASSISTANCE", true), Instant.now(),
                ConsentSource.WEB, "privacy-notice-v3");
        Map<Object, ConversationContext> directory = Map.of(
                CONVERSATION, ConversationContext.of(ConversationScope.of(CONVERSATION, SUBJECT), PROFILE),
                NO_CONSENT_CONVERSATION, ConversationContext.of(
                        ConversationScope.of(NO_CONSENT_CONVERSATION, NO_CONSENT_SUBJECT), SubjectProfile.empty()));

        // one guard for both parts: its audit trail and KPIs cover the AI Service turns and the streamed turn
        List<AuditEvent> audit = new CopyOnWriteArrayList<>();
        DefaultConversationGuard guard = DefaultConversationGuard.builder().consentLedger(ledger)
                .auditSink(audit::add).auditSink(e -> out.println("  audit " + e.toJson())).build();

        // (a) AI Service with privacy-ai as input and output guardrails
        PrivacyGuardrails privacy = PrivacyGuardrails.builder().guard(guard).conversations(directory::get).build();
        SupportAgent agent = AiServices.builder(SupportAgent.class).chatModel(chatModel)
                .chatMemoryProvider(id -> MessageWindowChatMemory.withMaxMessages(20))
                .inputGuardrails(privacy.input()).outputGuardrails(privacy.output()).build();

        List<String> replies = new ArrayList<>();
        for (String turn : List.of(FIRST_TURN, SECOND_TURN)) {
            String reply = agent.chat(CONVERSATION, turn);
            out.println("AI Service reply: " + reply);
            replies.add(reply);
        }
        PrivacyBlockedException blocked = null;
        try {
            agent.chat(NO_CONSENT_CONVERSATION, "My card is 4111 1111 1111 1111, what is my balance?");
        } catch (InputGuardrailException e) {
            blocked = (PrivacyBlockedException) e.getCause();
            out.println("AI Service stopped the turn: " + blocked.getMessage() + " (model not called)");
        }

        // (b) a streaming model wrapped by the full ConversationGuard: chunks re-identified as they arrive
        List<TurnResult> turns = new ArrayList<>();
        PrivacyGuardedStreamingChatModel guarded = PrivacyGuardedStreamingChatModel.builder().guard(guard)
                .delegate(streamingModel).conversation(directory.get(CONVERSATION)).onTurn(turns::add).build();
        List<String> chunks = new ArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        out.println("streamed reply, chunks as the customer gets them:");
        guarded.chat(ChatRequest.builder().messages(SystemMessage.from(SupportAgent.SYSTEM_PROMPT),
                UserMessage.from(FIRST_TURN)).build(), new StreamingChatResponseHandler() {
                    @Override
                    public void onPartialResponse(String partial) {
                        out.println("  chunk: " + partial);
                        chunks.add(partial);
                        observer.accept(partial);
                    }

                    @Override
                    public void onCompleteResponse(ChatResponse response) {
                        done.complete(response);
                    }

                    @Override
                    public void onError(Throwable error) {
                        done.completeExceptionally(error);
                    }
                });
        ChatResponse response = done.get(60, TimeUnit.SECONDS);
        TurnResult turn = turns.isEmpty() ? null : turns.get(0);
        out.println("streamed turn: " + turn);
        out.println("KPIs: " + guard.kpis().snapshot());
        return new Outcome(List.copyOf(replies), blocked, List.copyOf(chunks), response, turn, List.copyOf(audit),
                guard.kpis().snapshot());
    }
}
