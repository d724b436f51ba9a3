package dev.privacyai.impl.redaction;

import static dev.privacyai.impl.redaction.DetectorAssertions.found;
import static dev.privacyai.impl.redaction.DetectorAssertions.findings;
import static dev.privacyai.impl.redaction.DetectorAssertions.guarded;
import static dev.privacyai.impl.redaction.DetectorAssertions.prompt;
import static dev.privacyai.impl.redaction.DetectorAssertions.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionResult;
import dev.privacyai.redaction.Redactor;
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
    void passwordWithoutConnectorWhenItLooksLikeOne() {
        assertThat(secrets("username jsmith85 password P@ssw0rd")).containsExactly("P@ssw0rd");
        assertThat(secrets("Password P@ssw0rd")).containsExactly("P@ssw0rd");
        assertThat(secrets("temporary password Xk9#pL2m")).containsExactly("Xk9#pL2m");
        assertThat(secrets("I changed my password to Winter2023 but it still fails")).containsExactly("Winter2023");
        assertThat(secrets("can you set my password to Blue-Sky7 please")).containsExactly("Blue-Sky7");
    }

    @Test
    void passwordCueWithoutAPasswordLookingValueIsNothing() {
        assertThat(secrets("I need a password reset")).isEmpty();
        assertThat(secrets("password reset")).isEmpty();
        assertThat(secrets("I forgot my password")).isEmpty();
        assertThat(secrets("my password is not working")).isEmpty();
        assertThat(secrets("I use a password manager")).isEmpty();
        assertThat(secrets("Password Manager settings")).isEmpty();
        assertThat(secrets("my password expired yesterday")).isEmpty();
        assertThat(secrets("password reset-link never arrived")).isEmpty();
        assertThat(secrets("password 2FA enabled")).isEmpty();
        assertThat(secrets("password 12/05/2023")).isEmpty(); // no letter: a date, not a password
        assertThat(secrets("I changed my password to something else")).isEmpty();
    }

    @Test
    void passIsACueOnlyBeforeAConnector() {
        assertThat(secrets("user: jsmith85 pass: P@ssw0rd")).containsExactly("P@ssw0rd");
        assertThat(secrets("my pass is P@ssw0rd")).containsExactly("P@ssw0rd");
        assertThat(secrets("pass=hunter2")).containsExactly("hunter2");
        assertThat(secrets("boarding pass 123456")).isEmpty();
        assertThat(secrets("my boarding pass: AB12345")).isEmpty();
        assertThat(secrets("I'll pass")).isEmpty();
        assertThat(secrets("I'll pass on that offer")).isEmpty();
        assertThat(secrets("my pass is valid until June")).isEmpty(); // "is" needs a password-looking value
    }

    @Test
    void aSecondValueInTheSameSentence() {
        assertThat(secrets("my old password was Fluffy1 and the new one is Fluffy2"))
                .containsExactly("Fluffy1", "Fluffy2");
        assertThat(secrets("old pin 1234, new one: 5678")).containsExactly("1234", "5678");
        assertThat(secrets("the last pin i set was 1234 or 4821 not sure")).containsExactly("1234", "4821");
        assertThat(secrets("my pin is 1234 or maybe 4821")).containsExactly("1234", "4821");
        assertThat(secrets("my pin is 1234 or 12 other things")).containsExactly("1234"); // not the same shape
        // a new sentence is not about the password any more
        assertThat(secrets("my password is Fluffy1. The new one is here")).containsExactly("Fluffy1");
        assertThat(secrets("I have a new one is 12345")).isEmpty(); // no secret before
    }

    @Test
    void resetItToAfterASecretCue() {
        assertThat(secrets("my pin stopped working so I reset it to 4821")).containsExactly("4821");
        assertThat(secrets("the password was wrong so I changed it to Winter2023")).containsExactly("Winter2023");
        assertThat(secrets("I reset it to 4821")).isEmpty(); // no secret cue before
        assertThat(secrets("my password failed so I reset it to factory settings")).isEmpty();
    }

    @Test
    void possessiveNameIsNotThePassword() {
        assertThat(secrets("my password is my dog's name Rex123")).containsExactly("Rex123");
        assertThat(secrets("my password is my dog\u2019s name which is Rex123!")).containsExactly("Rex123!");
        assertThat(secrets("my password is my dog's name")).isEmpty();
    }

    @Test
    void oneTimeCodesAfterAClearCue() {
        assertThat(secrets("2FA code 583920")).containsExactly("583920");
        assertThat(secrets("the verification code you sent is 583920")).containsExactly("583920");
        assertThat(secrets("my OTP is 583920")).containsExactly("583920");
        assertThat(secrets("one-time code: 583920")).containsExactly("583920");
        assertThat(secrets("the SMS code was 583920")).containsExactly("583920");
        assertThat(secrets("security code 583920 from the text")).containsExactly("583920");
        assertThat(secrets("MFA code 58392011")).containsExactly("58392011");
    }

    @Test
    void codesWithoutAClearCueAreNothing() {
        assertThat(secrets("code 583920")).isEmpty();
        assertThat(secrets("the code is wrong")).isEmpty();
        assertThat(secrets("discount code SAVE20")).isEmpty();
        assertThat(secrets("promo code 583920")).isEmpty();
        assertThat(secrets("postcode SW1A 1AA")).isEmpty();
        assertThat(secrets("zip code 90210")).isEmpty();
        assertThat(secrets("the security code on the back is 123")).isEmpty();
        assertThat(secrets("card security code 1234")).isEmpty();
        assertThat(secrets("security code 1234")).isEmpty(); // 3-4 digits after "security code": a CVV
        assertThat(secrets("the security code on the back of my card is 583920")).isEmpty();
    }

    @Test
    void cardSecurityCodesStayCvvInTheRedactor() {
        Redactor r = DefaultRedactor.withDefaults();
        for (String text : List.of("the security code on the back is 123", "card security code 1234",
                "security code 4821")) {
            RedactionResult res = r.redact(text);
            assertThat(res.findings()).extracting(Finding::entityType).containsExactly(EntityType.CVV);
        }
        assertThat(r.redact("2FA code 583920").redactedText()).isEqualTo("2FA code [SECRET]");
        assertThat(r.redact("zip code 90210").findings()).extracting(Finding::entityType)
                .doesNotContain(EntityType.SECRET);
    }

    @Test
    void replyOnTheLineAfterAQuestion() {
        assertThat(secrets("Agent: And your account PIN?\nCustomer: 4821")).containsExactly("4821");
        assertThat(secrets("Agent: What is your password?\nCustomer: Xk9#pL2m")).containsExactly("Xk9#pL2m");
        assertThat(secrets("What's the verification code?\n\nMe: it's 583920")).containsExactly("583920");
        assertThat(secrets("Agent: What is your password?\r\nCaller: hunter2")).containsExactly("hunter2");
        // not a question, a long reply, or a reply that is not a value
        assertThat(secrets("Agent: Your PIN was reset.\nCustomer: 4821")).isEmpty();
        assertThat(secrets("Agent: What is your password?\nCustomer: I forgot it, can you send a reset link"))
                .isEmpty();
        assertThat(secrets("Agent: What is your password?\nCustomer: Sorry?")).isEmpty();
        assertThat(secrets("Agent: How many people?\nCustomer: 4821")).isEmpty();
        assertThat(secrets("Agent: What is your password?\nCustomer: hold on")).isEmpty();
    }

    @Test
    void awsSecretAccessKey() {
        String secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        assertThat(secrets("AWS key AKIAIOSFODNN7EXAMPLE secret " + secret))
                .containsExactly("AKIAIOSFODNN7EXAMPLE", secret);
        assertThat(secrets("secret access key: " + secret)).containsExactly(secret);
        assertThat(secrets("secret key " + secret + ".")).containsExactly(secret);
        assertThat(secrets("it's a secret 1234567890abcdefghij")).isEmpty(); // not 40 key characters
        assertThat(secrets("the secret ingredient is love")).isEmpty();
    }

    @Test
    void privateKeyBlock() {
        String block = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA1b2c3d4e5f6g7h8+/pin9\n"
                + "Zm9vYmFyYmF6cXV4==\n-----END RSA PRIVATE KEY-----";
        assertThat(secrets("here is the key:\n" + block + "\nthanks")).containsExactly(block);
        String openssh = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n"
                + "-----END OPENSSH PRIVATE KEY-----";
        assertThat(secrets(openssh)).containsExactly(openssh);
        // no end line: the header and the key lines after it
        assertThat(secrets("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nthat is all"))
                .containsExactly("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC");
        assertThat(secrets("-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----"))
                .isEmpty();
    }

    @Test
    void newExplanationsHaveNoValue() {
        String secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        String[][] cases = {
            {"username jsmith85 password P@ssw0rd", "P@ssw0rd"},
            {"user: jsmith85 pass: P@ssw0rd", "P@ssw0rd"},
            {"my old password was Fluffy1 and the new one is Fluffy2", "Fluffy2"},
            {"my password is my dog's name Rex123", "Rex123"},
            {"the last pin i set was 1234 or 4821 not sure", "4821"},
            {"2FA code 583920", "583920"},
            {"Agent: What is your password?\nCustomer: Xk9#pL2m", "Xk9#pL2m"},
            {"secret " + secret, secret},
            {"-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----", "MIIEvQ"},
            {"my pin stopped working so I reset it to 4821", "4821"},
        };
        for (String[] c : cases) {
            List<Finding> fs = findings(d, c[0]);
            assertThat(fs).as(c[0]).isNotEmpty();
            for (Finding f : fs) {
                assertThat(f.explanation().toString()).as(c[0]).doesNotContain(c[1]);
                assertThat(f.toString()).as(c[0]).doesNotContain(c[1]);
            }
        }
    }

    @Test
    void newShapesAdversarialInputsComplete() {
        guarded(d, repeat("password P@ssw0rd ", 100_000));
        guarded(d, repeat("password ", 100_000));
        guarded(d, repeat("pass: ", 100_000));
        guarded(d, repeat("pass is ", 100_000));
        guarded(d, repeat("pass ", 100_000));
        guarded(d, repeat("my pin is 12 so I reset it to ", 100_000));
        guarded(d, repeat("password is my dog's name is ", 100_000));
        guarded(d, repeat("my pin is 1234 and the new one is 5678 ", 100_000));
        guarded(d, repeat("new one is ", 100_000));
        guarded(d, repeat("pin 1234 or 5678 or ", 100_000));
        guarded(d, repeat("pin reset it to ", 100_000));
        guarded(d, repeat("password is my dog's name ", 100_000));
        guarded(d, repeat("2FA code ", 100_000));
        guarded(d, repeat("security code ", 100_000));
        guarded(d, repeat("PIN?\n1234\n", 100_000));
        guarded(d, repeat("What is your password?\n", 100_000));
        guarded(d, repeat("Agent: password?\nCustomer: x\n", 100_000));
        guarded(d, repeat("?\n", 100_000));
        guarded(d, repeat("secret ", 100_000));
        guarded(d, "secret " + repeat("a1/", 100_000));
        guarded(d, repeat("-----BEGIN PRIVATE KEY-----", 100_000));
        guarded(d, repeat("-----BEGIN PRIVATE KEY-----\n" + repeat("A", 500) + "\n", 100_000));
        guarded(d, "-----BEGIN PRIVATE KEY-----\n" + repeat("A", 100_000));
        guarded(d, repeat("-----BEGIN ", 100_000));
        guarded(d, repeat("-----END PRIVATE KEY-----", 100_000));
        guarded(d, repeat("-", 100_000));
        guarded(d, "-----BEGIN PRIVATE KEY-----" + repeat(" -----END", 100_000));
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
