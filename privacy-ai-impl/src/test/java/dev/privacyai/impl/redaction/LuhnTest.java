package dev.privacyai.impl.redaction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LuhnTest {

    @Test
    void validatesKnownNumbers() {
        assertThat(Luhn.isValid("4111111111111111")).isTrue();
        assertThat(Luhn.isValid("4111111111111112")).isFalse();
        assertThat(Luhn.isValid("79927398713")).isTrue();
        assertThat(Luhn.isValid("")).isFalse();
        assertThat(Luhn.isValid("4111-1111")).isFalse();
    }

    @Test
    void checkDigitCompletesAValidNumber() {
        assertThat(Luhn.checkDigit("411111111111111")).isEqualTo(1);
        assertThat(Luhn.checkDigit("7992739871")).isEqualTo(3);
        for (String payload : new String[] {"0", "12345", "80840123456789", "5555555555554"}) {
            assertThat(Luhn.isValid(payload + Luhn.checkDigit(payload))).as(payload).isTrue();
        }
        assertThatThrownBy(() -> Luhn.checkDigit("12a")).isInstanceOf(IllegalArgumentException.class);
    }
}
