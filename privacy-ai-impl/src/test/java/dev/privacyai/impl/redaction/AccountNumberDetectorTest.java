package dev.privacyai.impl.redaction;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.spi.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.privacyai.impl.redaction.IdTestSupport.all;
import static dev.privacyai.impl.redaction.IdTestSupport.kept;
import static org.assertj.core.api.Assertions.assertThat;

class AccountNumberDetectorTest {

    private final Detector d = Detectors.accountNumber();

    @ParameterizedTest
    @ValueSource(strings = {"my account number is 12345678", "Account No. 0012-3456-78", "acct # 987654321",
        "customer id: 5567123", "Customer number 1234 5678 9012", "member number MBR1234567",
        "membership no AC-123456", "policy number is 7788990011", "my loyalty number: 600123456789",
        "Account: 99887766", "sort code 123456 acc 87654321", "Kundennummer: 12345678",
        "meine Kundennummer ist 0301234567", "mon numéro de client est 12345678", "número de cuenta: 12345678901",
        "mijn klantnummer is 87654321", "il mio numero cliente è 12345678"})
    void findsNumbersRightAfterCue(String text) {
        assertThat(kept(d, text)).hasSize(1);
    }

    @Test
    void spanCoversPrefixAndGroups() {
        assertThat(kept(d, "membership no AC-123456 thanks")).containsExactly("AC-123456");
        assertThat(kept(d, "Customer number 1234 5678 9012.")).containsExactly("1234 5678 9012");
    }

    @ParameterizedTest
    @ValueSource(strings = {"order number 12345678", "my order number is 12345678", "invoice 12345678",
        "tracking number 1Z999AA10123456784", "account 12345", "account number 123456789012345678901",
        "I paid 12345678 dollars from my account", "account was closed on order 12345678", "12345678",
        "according to 12345678"})
    void ignoresNumbersWithoutAccountCue(String text) {
        assertThat(all(d, text)).isEmpty();
    }

    @Test
    void replyToAssistantPromptCounts() {
        RedactionContext ctx = RedactionContext.builder()
                .previousAssistantPrompt("Could you give me your account number?").build();
        assertThat(kept(d, "sure, it's 12345678", ctx)).containsExactly("12345678");
        assertThat(kept(d, "I ordered 3 things on 12345678 and more", ctx)).isEmpty();
    }

    @Test
    void explanationPresent() {
        String text = "account number 12345678";
        IdTestSupport.assertExplained(IdTestSupport.single(d, text), text, EntityType.ACCOUNT_NUMBER);
    }

    @Test
    void adversarialInputsComplete() {
        IdTestSupport.assertCompletesOnAdversarialInputs(d, IdTestSupport.COMMON_SEEDS);
        IdTestSupport.assertCompletesOnAdversarialInputs(d, "account number ", "acct 1-", "account 123456 ");
    }
}
