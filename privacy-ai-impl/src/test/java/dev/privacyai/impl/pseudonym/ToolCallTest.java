package dev.privacyai.impl.pseudonym;

import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.pseudonym.PlaceholderStyle;
import dev.privacyai.pseudonym.PseudonymizationResult;
import dev.privacyai.pseudonym.ReidentificationResult;
import dev.privacyai.pseudonym.ReplyFinding;
import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ToolCallTest {

    private static final ConversationScope SCOPE = ConversationScope.of("tool-conv", "tool-subject");
    private final DefaultPseudonymizer p = DefaultPseudonymizer.withDefaults();

    private void seed() {
        p.pseudonymize("I'm \"Jo\" at jo.o'neil@gmail.com, card 4242 4242 4242 4242", SCOPE);
    }

    @Test
    void argumentsAreReidentifiedWithRealValuesAndStayValidJson() {
        seed();
        String args = "{\"email\": \"<EMAIL_1>\", \"note\": \"card CREDIT_CARD_1, tab\\there \\\"q\\\" \\u00e9\","
                + " \"nested\": {\"list\": [\"[EMAIL_1]\", 42, true, null, {\"deep\": \"x <Email_1> y\"}]},"
                + " \"EMAIL_1\": \"key stays\"}";
        ReidentificationResult r = p.reidentifier().reidentifyToolArguments(args, SCOPE);
        assertThat(r.text()).isEqualTo("{\"email\": \"jo.o'neil@gmail.com\", \"note\": \"card 4242 4242 4242 4242,"
                + " tab\\there \\\"q\\\" é\", \"nested\": {\"list\": [\"jo.o'neil@gmail.com\", 42, true, null,"
                + " {\"deep\": \"x jo.o'neil@gmail.com y\"}]}, \"EMAIL_1\": \"key stays\"}");
        assertThat(r.replacedCount()).isEqualTo(4);
        // valid JSON: our own scanner re-reads it without error
        JsonStrings.rewrite(r.text(), (d, o, n) -> null);
    }

    @Test
    void valuesNeedingEscapesAreEscaped() {
        p.pseudonymize("Name on file: Jo \"The Rock\" O\\Neil", SCOPE,
                dev.privacyai.redaction.RedactionContext.defaults(),
                dev.privacyai.pseudonym.SubjectProfile.builder()
                        .identity(EntityType.PERSON, "Jo \"The Rock\" O\\Neil").build());
        ReidentificationResult r = p.reidentifier().reidentifyToolArguments("{\"name\":\"<PERSON_1>\"}", SCOPE);
        assertThat(r.text()).isEqualTo("{\"name\":\"Jo \\\"The Rock\\\" O\\\\Neil\"}");
        JsonStrings.rewrite(r.text(), (d, o, n) -> null);
    }

    @Test
    void unknownPlaceholdersInArgumentsAreReportedWithRawOffsets() {
        seed();
        String args = "{\"a\":\"\\u0041 <EMAIL_7>\"}";
        ReidentificationResult r = p.reidentifier().reidentifyToolArguments(args, SCOPE);
        assertThat(r.text()).isEqualTo(args);
        assertThat(r.findings()).containsExactly(ReplyFinding.of(ReplyFinding.Kind.UNKNOWN_PLACEHOLDER,
                EntityType.EMAIL, args.indexOf("<EMAIL_7>"), args.indexOf("<EMAIL_7>") + 9));
    }

    @Test
    void invalidJsonIsRejectedWithoutContent() {
        for (String bad : new String[]{"{\"a\": \"jo@x.io\"", "{\"a\" \"b\"}", "[1,]", "{\"a\":\"\\x\"}", "", "01",
                "{\"a\":\"tab\there\"}", "[\"x\"] extra"}) {
            assertThatThrownBy(() -> p.reidentifier().reidentifyToolArguments(bad, SCOPE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining("jo@x.io").hasMessageStartingWith("invalid JSON at offset");
        }
    }

    @Test
    void toolResultIsPseudonymizedInsideStringsAndNumbers() {
        seed();
        String result = "{\"order\": {\"id\": \"A-1009\", \"email\": \"jo.o'neil@gmail.com\","
                + " \"contact\": \"new: sam\\u0040firm.io\", \"card\": 4111111111111111, \"qty\": 2,"
                + " \"items\": [\"call +1 415 555 2671\"]}}";
        PseudonymizationResult r = p.pseudonymizeToolResult(result, SCOPE);
        assertThat(r.text()).isEqualTo("{\"order\": {\"id\": \"A-1009\", \"email\": \"<EMAIL_1>\","
                + " \"contact\": \"new: <EMAIL_2>\", \"card\": \"<CREDIT_CARD_2>\", \"qty\": 2,"
                + " \"items\": [\"call <PHONE_1>\"]}}");
        // findings point into the raw JSON, escapes included
        for (Finding f : r.findings()) {
            String raw = result.substring(f.start(), f.end());
            assertThat(raw).isIn("jo.o'neil@gmail.com", "sam\\u0040firm.io", "4111111111111111", "+1 415 555 2671");
        }
        assertThat(r.findings()).hasSize(4);
        // and the model's next tool call with those placeholders resolves to the real values
        assertThat(p.reidentifier().reidentifyToolArguments("{\"to\":\"<EMAIL_2>\"}", SCOPE).text())
                .isEqualTo("{\"to\":\"sam@firm.io\"}");
    }

    @Test
    void plainTextToolResult() {
        PseudonymizationResult r = p.pseudonymizeToolResult("Customer jo@firm.io has 2 orders", SCOPE);
        assertThat(r.text()).isEqualTo("Customer <EMAIL_1> has 2 orders");
        assertThat(p.pseudonymizeToolResult("{broken jo@firm.io", SCOPE).text()).isEqualTo("{broken <EMAIL_1>");
    }

    @Test
    void surrogateStyleToolRoundTrip() {
        DefaultPseudonymizer s = DefaultPseudonymizer.builder().style(PlaceholderStyle.SURROGATE).build();
        PseudonymizationResult r = s.pseudonymizeToolResult("{\"email\":\"jo@firm.io\"}", SCOPE);
        String surrogate = r.placeholders().get(0).text();
        assertThat(r.text()).isEqualTo("{\"email\":\"" + surrogate + "\"}");
        assertThat(s.reidentifier().reidentifyToolArguments("{\"q\":\"" + surrogate + "\"}", SCOPE).text())
                .isEqualTo("{\"q\":\"jo@firm.io\"}");
    }

    @Test
    void adversarialJsonCompletes() {
        seed();
        String deep = "[".repeat(100_000);
        String manyStrings = "[" + "\"<EMAIL_1>\",".repeat(8_000) + "1]";
        String escapes = "[\"" + "\\\\".repeat(50_000) + "\"]";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThatThrownBy(() -> p.reidentifier().reidentifyToolArguments(deep, SCOPE))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(p.reidentifier().reidentifyToolArguments(manyStrings, SCOPE).replacedCount())
                    .isEqualTo(8_000);
            p.reidentifier().reidentifyToolArguments(escapes, SCOPE);
            p.pseudonymizeToolResult(escapes, SCOPE);
        });
    }
}
