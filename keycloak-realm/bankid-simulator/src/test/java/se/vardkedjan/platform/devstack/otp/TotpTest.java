package se.vardkedjan.platform.devstack.otp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TotpTest {

    private static final Duration THIRTY_SECONDS = Duration.ofSeconds(30);

    /** RFC 6238, appendix B: the SHA-1 vectors (key "12345678901234567890", 8 digits). */
    @ParameterizedTest
    @CsvSource({"59,94287082", "1111111109,07081804", "1111111111,14050471", "1234567890,89005924",
            "2000000000,69279037", "20000000000,65353130"})
    void theCodesOfRfc6238(long unixSeconds, String expected) {
        var key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        var step = Totp.timeStep(Instant.ofEpochSecond(unixSeconds), THIRTY_SECONDS);

        assertThat(Totp.code(key, step, "HmacSHA1", 8)).isEqualTo(expected);
        assertThat(Totp.code(key, step, "HmacSHA1", 6)).isEqualTo(expected.substring(2));
    }

    @Test
    void aCodeKeepsItsLeadingZeros() {
        var key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

        assertThat(Totp.code(key, Totp.timeStep(Instant.ofEpochSecond(1111111109), THIRTY_SECONDS), "HmacSHA1", 8))
                .hasSize(8).startsWith("0");
    }

    @Test
    void aTimeStepStartsOnAWholePeriodAndTheLastSecondsAreItsRemainder() {
        var instant = Instant.ofEpochSecond(1_000_000_017L);

        assertThat(Totp.timeStep(instant, THIRTY_SECONDS)).isEqualTo(33_333_333L);
        assertThat(Totp.start(33_333_333L, THIRTY_SECONDS)).isEqualTo(Instant.ofEpochSecond(999_999_990L));
        assertThat(Totp.remaining(instant, THIRTY_SECONDS)).isEqualTo(Duration.ofSeconds(3));
        assertThat(Totp.remaining(Instant.ofEpochSecond(999_999_990L), THIRTY_SECONDS)).isEqualTo(THIRTY_SECONDS);
    }

    /** RFC 4648, section 10, and the form authenticator apps show (lower case, spaces). */
    @ParameterizedTest
    @CsvSource({"MY======,f", "MZXQ====,fo", "MZXW6===,foo", "MZXW6YQ=,foob", "MZXW6YTB,fooba",
            "MZXW6YTBOI======,foobar", "mzxw 6ytb oi,foobar"})
    void base32AsAuthenticatorAppsReadKeys(String encoded, String decoded) {
        assertThat(new String(Totp.base32(encoded), StandardCharsets.US_ASCII)).isEqualTo(decoded);
    }

    @Test
    void aKeyWithACharacterOutsideBase32IsRefused() {
        assertThatThrownBy(() -> Totp.base32("MZXW1")).isInstanceOf(IllegalArgumentException.class);
    }
}
