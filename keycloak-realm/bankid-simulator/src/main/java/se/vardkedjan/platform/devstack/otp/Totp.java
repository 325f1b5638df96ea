package se.vardkedjan.platform.devstack.otp;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;

/**
 * Time-based one-time codes as RFC 6238 defines them and Keycloak checks them: the number of whole periods since the
 * Unix epoch (the time step), as an 8-byte big-endian counter, through HMAC with the shared key; the dynamic
 * truncation of RFC 4226; the last {@code digits} decimal digits, zero-padded.
 */
public final class Totp {

    private Totp() {
    }

    /** The time step that {@code instant} falls in. */
    public static long timeStep(Instant instant, Duration period) {
        return Math.floorDiv(instant.getEpochSecond(), period.toSeconds());
    }

    /** How long the code of {@code instant}'s time step stays the current one. */
    public static Duration remaining(Instant instant, Duration period) {
        var next = Instant.ofEpochSecond((timeStep(instant, period) + 1) * period.toSeconds());
        return Duration.between(instant, next);
    }

    /** When {@code timeStep} begins. */
    public static Instant start(long timeStep, Duration period) {
        return Instant.ofEpochSecond(timeStep * period.toSeconds());
    }

    /**
     * The code of one time step.
     *
     * @param key       the shared secret as bytes (Keycloak: the UTF-8 bytes of the stored secret, or its Base32
     *                  decoding when the credential says {@code "secretEncoding": "BASE32"})
     * @param timeStep  the counter, see {@link #timeStep}
     * @param algorithm the JCA name of the HMAC, e.g. {@code HmacSHA1} (Keycloak's default), {@code HmacSHA256}
     * @param digits    6 or 8
     */
    public static String code(byte[] key, long timeStep, String algorithm, int digits) {
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("A code has 6 to 8 digits");
        }
        byte[] hash;
        try {
            var mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(timeStep).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot compute " + algorithm, e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        int modulus = (int) Math.pow(10, digits);
        var code = Integer.toString(binary % modulus);
        return "0".repeat(digits - code.length()) + code;
    }

    /** Decodes RFC 4648 Base32 (upper or lower case, padding and spaces ignored), as authenticator apps read keys. */
    public static byte[] base32(String encoded) {
        var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = encoded.replace("=", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        var out = new java.io.ByteArrayOutputStream(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = alphabet.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("Not a Base32 character: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
