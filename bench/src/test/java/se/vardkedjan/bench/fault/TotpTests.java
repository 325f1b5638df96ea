package se.vardkedjan.bench.fault;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TotpTests {

    /** RFC 6238's SHA-1 secret, "12345678901234567890", in base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void theCodesAreThoseOfRfc6238sTestVectorsCutToSixDigits() {
        assertThat(Totp.code(RFC_SECRET, Totp.step(59))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(1111111109))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Totp.step(1234567890))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, Totp.step(20000000000L))).isEqualTo("353130");
    }

    @Test
    void aStepIsThirtySeconds() {
        assertThat(Totp.step(29)).isZero();
        assertThat(Totp.step(30)).isEqualTo(1);
    }

    @Test
    void base32DecodesAsTheStaffFileWritesIt() {
        assertThat(new String(Totp.base32(RFC_SECRET), StandardCharsets.US_ASCII)).isEqualTo("12345678901234567890");
        assertThatThrownBy(() -> Totp.base32("GEZ1")).isInstanceOf(IllegalArgumentException.class);
    }
}
