package dev.privacyai.impl.redaction;

import static dev.privacyai.impl.redaction.DetectorAssertions.found;
import static dev.privacyai.impl.redaction.DetectorAssertions.findings;
import static dev.privacyai.impl.redaction.DetectorAssertions.guarded;
import static dev.privacyai.impl.redaction.DetectorAssertions.prompt;
import static dev.privacyai.impl.redaction.DetectorAssertions.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.spi.Detector;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretDetectorTest {

    private final Detector d = Detectors.secret();

    private List<String> secrets(String text) {
        return found(d, EntityType.SECRET, text);
    }

    @Test
    void findsSecretsAfterCues() {
        assertThat(secrets("my pin is 1234")).containsExactly("1234");
        assertThat(secrets("password: hunter2")).containsExactly("hunter2");
        assertThat(secrets("My password is P@ssw0rd!")).containsExactly("P@ssw0rd!");
        assertThat(secrets("my password is hunter2.")).containsExactly("hunter2");
        assertThat(secrets("passcode 4455")).containsExactly("4455");
        assertThat(secrets("the code is 991823")).containsExactly("991823");
        assertThat(secrets("PIN number 12 34")).containsExactly("12 34");
        assertThat(secrets("my mother's maiden name is Smith")).containsExactly("Smith");
        assertThat(secrets("memorable word = bluebird")).containsExactly("bluebird");
    }

    @Test
    void findsShortReplyToPrompt() {
        assertThat(found(d, EntityType.SECRET, "4321", prompt("Please enter your PIN"))).containsExactly("4321");
        assertThat(found(d, EntityType.SECRET, "it's 4321", prompt("Please enter your PIN"))).containsExactly("4321");
        assertThat(found(d, EntityType.SECRET, "tr0ub4dor", prompt("What is your password?")))
                .containsExactly("tr0ub4dor");
        assertThat(found(d, EntityType.SECRET, "4321", prompt("How many people?"))).isEmpty();
    }

    @Test
    void cueWithoutValueIsNothing() {
        assertThat(secrets("I need a password reset")).isEmpty();
        assertThat(secrets("my password is wrong")).isEmpty();
        assertThat(secrets("I forgot my pin")).isEmpty();
        assertThat(secrets("pin 12")).isEmpty(); // too short
        assertThat(secrets("the zip code is 12345")).isEmpty();
        assertThat(secrets("the code is 4111111111111111")).isEmpty(); // too long for a code
        assertThat(findings(d, "my order 1234 arrived")).isEmpty();
    }

    @Test
    void explanationHasCueButNoValue() {
        Finding f = findings(d, "password: hunter2").get(0);
        assertThat(f.explanation().contextCues()).extracting(c -> c.cue()).containsExactly("password");
        assertThat(f.explanation().toString()).doesNotContain("hunter2");
        assertThat(f.toString()).doesNotContain("hunter2");
    }

    @Test
    void findsApiKeysAfterACueAndInProviderFormats() {
        assertThat(secrets("here's my API key: sk-abc123def456ghi789jkl012mno345pq"))
                .containsExactly("sk-abc123def456ghi789jkl012mno345pq");
        assertThat(secrets("my access token is ghp_1234567890abcdefghijklmnopqrstuvwxyzAB"))
                .containsExactly("ghp_1234567890abcdefghijklmnopqrstuvwxyzAB");
        assertThat(secrets("token=xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"))
                .containsExactly("xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx");
        assertThat(secrets("Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.abc123def456."))
                .containsExactly("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.abc123def456");
        // no cue needed for the published formats
        assertThat(secrets("AWS key AKIAIOSFODNN7EXAMPLE please rotate")).containsExactly("AKIAIOSFODNN7EXAMPLE");
        assertThat(secrets("use AIzaSyA1234567890abcdefghijklmnopqrstuv now"))
                .containsExactly("AIzaSyA1234567890abcdefghijklmnopqrstuv");
    }

    @Test
    void wordsAfterAKeyCueAreNoKey() {
        assertThat(secrets("the token expired yesterday")).isEmpty();
        assertThat(secrets("my api key stopped working after the update")).isEmpty();
        assertThat(secrets("api key: abcdefghijklmnopqrstuvwxyz")).isEmpty(); // no digit: a word, not a key
        assertThat(secrets("skill-based routing, sk-1 and AKIA123")).isEmpty();
    }

    @Test
    void adversarialInputsComplete() {
        guarded(d, repeat("password is ", 100_000));
        guarded(d, repeat("pin ", 100_000));
        guarded(d, "password: " + repeat("x", 100_000));
        guarded(d, repeat("the code is 1 ", 100_000));
        guarded(d, "api key: " + repeat("a1", 50_000));
        guarded(d, repeat("sk-1", 25_000));
        guarded(d, repeat("AKIA1 ", 20_000));
        guarded(d, repeat("1-", 50_000));
    }
}
