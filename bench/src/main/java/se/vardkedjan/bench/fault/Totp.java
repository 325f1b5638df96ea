package se.vardkedjan.bench.fault;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.util.Locale;

/**
 * The one-time code of a staff user's authenticator (RFC 6238: HMAC-SHA1, 30 s steps, 6 digits, as the realm's OTP
 * policy says) from the base32 secret in the topology's staff-users.tsv.
 */
final class Totp {

    static final int STEP_SECONDS = 30;

    private Totp() {
    }

    /** The 30-second step an instant (seconds since the epoch) falls in. */
    static long step(long epochSeconds) {
        return epochSeconds / STEP_SECONDS;
    }

    /** The code of the step, as six digits. */
    static String code(String base32Secret, long step) {
        try {
            var mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(base32(base32Secret), "HmacSHA1"));
            var counter = new byte[8];
            for (int i = 7, s = 0; i >= 0; i--, s += 8) {
                counter[i] = (byte) (step >>> s);
            }
            var hash = mac.doFinal(counter);
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] base32(String text) {
        var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.replace("=", "").replace(" ", "").toUpperCase(Locale.ROOT);
        var out = new byte[clean.length() * 5 / 8];
        int buffer = 0, bits = 0, index = 0;
        for (char c : clean.toCharArray()) {
            int value = alphabet.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not base32: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out[index++] = (byte) (buffer >>> (bits - 8));
                bits -= 8;
            }
        }
        return out;
    }
}
