package se.vardkedjan.platform.devstack.otp;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A demo account's authenticator, as the realm file provisions it: whose it is, the shared secret and how codes are
 * made from it (Keycloak's {@code otp} credential: {@code secretData} and {@code credentialData}).
 *
 * @param username  the Keycloak username
 * @param name      the account's first and last name, for the tester page
 * @param secret    the secret as the realm file stores it
 * @param base32    whether the secret is Base32 ({@code "secretEncoding": "BASE32"}); otherwise its UTF-8 bytes are
 *                  the key, as Keycloak does for secrets it generated itself
 * @param algorithm the JCA name of the HMAC, e.g. {@code HmacSHA1}
 * @param digits    digits per code
 * @param period    how long one code is current
 */
public record DemoOtpAccount(String username, String name, String secret, boolean base32, String algorithm,
                             int digits, Duration period) {

    public DemoOtpAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(period, "period");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("The period must be positive");
        }
    }

    /** The code an authenticator app shows at {@code instant}. */
    public String code(Instant instant) {
        return codeOfTimeStep(timeStep(instant));
    }

    /** The code of one time step (see {@link Totp#timeStep}). */
    public String codeOfTimeStep(long timeStep) {
        return Totp.code(key(), timeStep, algorithm, digits);
    }

    public long timeStep(Instant instant) {
        return Totp.timeStep(instant, period);
    }

    /** How long the code of {@code instant} stays current. */
    public Duration remaining(Instant instant) {
        return Totp.remaining(instant, period);
    }

    /** The HMAC key, derived from the secret as Keycloak derives it. */
    byte[] key() {
        return base32 ? Totp.base32(secret) : secret.getBytes(StandardCharsets.UTF_8);
    }

    /** Leaves the secret out, so that it does not end up in logs. */
    @Override
    public String toString() {
        return "DemoOtpAccount[" + username + "]";
    }
}
