package dev.privacyai.impl.redaction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChecksumsTest {

    @Test
    void luhn() {
        assertThat(Checksums.luhn("4111111111111111")).isTrue();
        assertThat(Checksums.luhn("4111111111111112")).isFalse();
        assertThat(Checksums.luhn("")).isFalse();
    }

    @Test
    void ibanMod97() {
        assertThat(Checksums.ibanMod97("GB29NWBK60161331926819")).isTrue();
        assertThat(Checksums.ibanMod97("DE89370400440532013000")).isTrue();
        assertThat(Checksums.ibanMod97("FR1420041010050500013M02606")).isTrue();
        assertThat(Checksums.ibanMod97("GB29NWBK60161331926810")).isFalse();
        assertThat(Checksums.ibanMod97("GB29NWBK6016133192681")).isFalse();
        assertThat(Checksums.ibanMod97("gb29nwbk60161331926819")).as("expects upper case").isFalse();
        assertThat(Checksums.ibanMod97("GB2")).isFalse();
    }

    @Test
    void aba() {
        assertThat(Checksums.aba("121000358")).isTrue();
        assertThat(Checksums.aba("011000015")).isTrue();
        assertThat(Checksums.aba("021000021")).isTrue();
        assertThat(Checksums.aba("121000359")).isFalse();
        assertThat(Checksums.aba("12100035")).isFalse();
        assertThat(Checksums.aba("12100035x")).isFalse();
    }

    @Test
    void nhsMod11() {
        assertThat(Checksums.nhsMod11("9434765919")).isTrue();
        assertThat(Checksums.nhsMod11("4010232137")).isTrue();
        assertThat(Checksums.nhsMod11("4010232138")).isFalse();
        assertThat(Checksums.nhsMod11("943476591")).isFalse();
        // check value 10 is never valid
        assertThat(Checksums.nhsMod11("0000000060")).isFalse();
    }

    @Test
    void dea() {
        assertThat(Checksums.dea("1388568")).isTrue();
        assertThat(Checksums.dea("1234563")).isTrue();
        assertThat(Checksums.dea("1234567")).isFalse();
        assertThat(Checksums.dea("8207031")).isFalse();
        assertThat(Checksums.dea("123456")).isFalse();
    }

    @Test
    void npi() {
        assertThat(Checksums.npi("1234567893")).isTrue();
        assertThat(Checksums.npi("1245319599")).isTrue();
        assertThat(Checksums.npi("1234567890")).isFalse();
        assertThat(Checksums.npi("123456789")).isFalse();
    }

    @Test
    void allSame() {
        assertThat(Checksums.allSame("111")).isTrue();
        assertThat(Checksums.allSame("112")).isFalse();
    }
}
