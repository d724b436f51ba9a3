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

    private static final String SEED = "witch collapse practice feed shame open despair creek road again ice least";

    @Test
    void recoveryPhrasesAfterACue() {
        assertThat(secrets("seed phrase: " + SEED)).containsExactly(SEED);
        assertThat(secrets("seed phrase is " + SEED)).containsExactly(SEED);
        assertThat(secrets("my recovery phrase is " + SEED)).containsExactly(SEED);
        assertThat(secrets("Secret Recovery Phrase: " + SEED + ".")).containsExactly(SEED);
        assertThat(secrets("12 words " + SEED)).containsExactly(SEED);
        assertThat(secrets("my 12-word phrase = \"" + SEED + "\"")).containsExactly(SEED);
        assertThat(secrets("mnemonic " + SEED)).containsExactly(SEED);
        assertThat(secrets("backup phrase - " + SEED)).containsExactly(SEED);
        assertThat(secrets("here are my wallet words: " + SEED)).containsExactly(SEED);
        assertThat(secrets("seed words " + SEED)).containsExactly(SEED);
        assertThat(secrets("secret phrase: " + SEED)).containsExactly(SEED);
        String capitalised = "Witch collapse practice feed shame open despair creek road again ice least";
        assertThat(secrets("seed phrase: " + capitalised)).containsExactly(capitalised);
        // commas, line breaks, numbering
        String commas = SEED.replace(" ", ", ");
        assertThat(secrets("recovery phrase: " + commas)).containsExactly(commas);
        String lines = SEED.replace(" ", "\n");
        assertThat(secrets("seed phrase:\n" + lines + "\nthanks")).containsExactly(lines);
        String[] w = SEED.split(" ");
        StringBuilder numbered = new StringBuilder();
        StringBuilder paren = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            numbered.append(i == 0 ? "" : " ").append(i + 1).append(". ").append(w[i]);
            paren.append(i == 0 ? "" : "\n").append(i + 1).append(") ").append(w[i]);
        }
        assertThat(secrets("seed phrase: " + numbered)).containsExactly(numbered.substring(3));
        assertThat(secrets("recovery words\n" + paren)).containsExactly(paren.substring(3));
        // 24 words; chat after the phrase stays
        String twentyFour = SEED + " " + SEED;
        assertThat(secrets("my 24 words are " + twentyFour + " can you help")).containsExactly(twentyFour);
        assertThat(secrets("seed phrase " + SEED + " can you help me")).containsExactly(SEED);
        assertThat(secrets("seed phrase " + SEED + " and the wallet is empty")).containsExactly(SEED);
        // a question on the line before
        assertThat(secrets("Agent: What's your seed phrase?\nCustomer: " + SEED)).containsExactly(SEED);
    }

    @Test
    void recoveryPhraseAsAReplyToAPrompt() {
        assertThat(found(d, EntityType.SECRET, SEED, prompt("What is your seed phrase?"))).containsExactly(SEED);
        assertThat(found(d, EntityType.SECRET, "sure, it's " + SEED, prompt("Please type your 12 words")))
                .containsExactly(SEED);
        assertThat(found(d, EntityType.SECRET, SEED, prompt("How can I help you today?"))).isEmpty();
        assertThat(found(d, EntityType.SECRET, "I will never share that with you or anyone else, sorry",
                prompt("What is your seed phrase?"))).isEmpty();
    }

    @Test
    void recoveryPhraseCuesWithoutAPhraseAreNothing() {
        assertThat(secrets(SEED)).isEmpty(); // no cue
        assertThat(secrets("I lost my seed phrase")).isEmpty();
        assertThat(secrets("my seed phrase was lost when the phone broke last week and now can not get back into "
                + "wallet")).isEmpty();
        assertThat(secrets("where do I enter the recovery phrase for my wallet app please")).isEmpty();
        assertThat(secrets("seed phrase: witch collapse practice feed shame open despair creek road again ice"))
                .isEmpty(); // 11 words
        assertThat(secrets("seed phrase: witch collapse practice feed shame open despair creek road again ice is "
                + "least")).isEmpty(); // a two-letter word breaks the run
        assertThat(secrets("seed phrase: witch collapse practice feed shame open despair creek roadworks again ice "
                + "least")).isEmpty(); // a nine-letter word breaks it
        assertThat(secrets("seed phrase: witch collapse practice feed Shame open despair creek road again ice least"))
                .isEmpty();
        assertThat(secrets("seed phrase: 1. witch 3. collapse 2. practice feed shame open despair creek road again ice"
                + " least")).isEmpty(); // out of order
        assertThat(secrets("the recovery phrase that you have with the app was not what they said when they came"
                + " here from the shop")).isEmpty(); // function words
        assertThat(secrets("seed words are hard to remember, so I wrote them down once: witch collapse practice feed"
                + " shame open despair creek road again ice least")).isEmpty(); // too far after the cue
    }

    @Test
    void walletImportFormatPrivateKeysNeedNoCue() {
        String wif = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ";
        assertThat(secrets("private key " + wif)).containsExactly(wif);
        assertThat(secrets("here: " + wif + ".")).containsExactly(wif);
        assertThat(secrets("5HwoXVkHoRM8sL2KmNRS217n1g8mPPBomrY7yehCuXC1115WWsh"))
                .containsExactly("5HwoXVkHoRM8sL2KmNRS217n1g8mPPBomrY7yehCuXC1115WWsh");
        assertThat(secrets("key L5EAasj7qczThrSaJdtgBJoGHguNdkm8PZT91hfseASNN1wZMmkp ok"))
                .containsExactly("L5EAasj7qczThrSaJdtgBJoGHguNdkm8PZT91hfseASNN1wZMmkp");
        assertThat(secrets("KwntMbt59tTsj8xqpqYqRRWufyjGunvhSyeMo3NTYpFYzZbXJ5Hp"))
                .containsExactly("KwntMbt59tTsj8xqpqYqRRWufyjGunvhSyeMo3NTYpFYzZbXJ5Hp");
        List<Finding> f = findings(d, wif);
        assertThat(f.get(0).explanation().pattern()).isEqualTo("wif-private-key");
        assertThat(f.get(0).toString()).doesNotContain(wif);
        assertThat(f.get(0).explanation().toString()).doesNotContain(wif);
        // bad checksum, wrong compression flag, testnet version, wrong length or joined to other key characters
        assertThat(secrets("5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTK")).isEmpty();
        assertThat(secrets("KwntMbt59tTsj8xqpqYqRRWufyjGunvhSyeMo3NTYpFYzZfwvuEr")).isEmpty();
        assertThat(secrets("91iS7EZqPeRGqPXcPiKLtbfjfLVUYYj17oQ54H3iFFw3n1UmZSS")).isEmpty();
        assertThat(secrets("5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyT")).isEmpty();
        assertThat(secrets("x-" + wif)).isEmpty();
        assertThat(secrets(wif + "_1")).isEmpty();
    }

    @Test
    void hexPrivateKeysAfterACue() {
        String hex = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";
        assertThat(secrets("my private key is " + hex)).containsExactly(hex);
        assertThat(secrets("priv key: " + hex.substring(2))).containsExactly(hex.substring(2));
        assertThat(secrets("secret key " + hex)).containsExactly(hex);
        assertThat(secrets("privkey=" + hex)).containsExactly(hex);
        // without a cue a 64-hex value is a transaction hash
        assertThat(secrets("tx " + hex + " is pending")).isEmpty();
        assertThat(secrets(hex)).isEmpty();
        assertThat(secrets("I lost my private key and my wallet")).isEmpty();
        assertThat(secrets("private key management is hard")).isEmpty();
    }

    @Test
    void walletSecretsAdversarialInputsComplete() {
        // each run stops at 24 words, so the phrases are found in bounded pieces
        assertThat(guarded(d, repeat("seed phrase " + SEED + " ", 100_000))).hasSizeGreaterThan(500);
        guarded(d, repeat("seed phrase ", 100_000));
        guarded(d, repeat("12 words ", 100_000));
        guarded(d, "seed phrase " + repeat("witch ", 100_000));
        guarded(d, repeat("seed phrase 1. witch 2. ", 100_000));
        guarded(d, repeat("recovery phrase the and ", 100_000));
        guarded(d, "seed: " + repeat("abc, ", 100_000));
        guarded(d, repeat("secret phrase ", 100_000));
        guarded(d, repeat("5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ ", 100_000));
        guarded(d, repeat("private key ", 100_000));
        guarded(d, repeat("priv key 0x1 ", 100_000));
        assertThat(guarded(d, repeat(SEED + " ", 100_000))).isEmpty();
        assertThat(d.detect(repeat(SEED + " ", 100_000),
                prompt("What is your seed phrase?"))).hasSize(1);
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
