package se.vardkedjan.bankid.keycloak.qr;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * BankID's animated QR code: each second a new text
 * {@code bankid.<qrStartToken>.<seconds since the order started>.<HMAC-SHA256(qrStartSecret, seconds)>}, the HMAC in
 * lower-case hex over the seconds as a decimal string. Computed on the server: the secret never leaves it.
 */
public record AnimatedQrCode(String qrStartToken, String qrStartSecret, Instant orderStarted) {

    public AnimatedQrCode {
        Objects.requireNonNull(qrStartToken, "qrStartToken");
        Objects.requireNonNull(qrStartSecret, "qrStartSecret");
        Objects.requireNonNull(orderStarted, "orderStarted");
    }

    /** The text to show at the given moment (whole seconds since the order started; never negative). */
    public String dataAt(Instant now) {
        return data(qrStartToken, qrStartSecret, Math.max(0, Duration.between(orderStarted, now).toSeconds()));
    }

    /** The text for a given number of seconds since the order started. */
    public static String data(String qrStartToken, String qrStartSecret, long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("seconds must not be negative");
        }
        var time = Long.toString(seconds);
        return "bankid." + qrStartToken + "." + time + "." + hmacSha256Hex(qrStartSecret, time);
    }

    private static String hmacSha256Hex(String key, String message) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "AnimatedQrCode[qrStartToken=" + qrStartToken + ", orderStarted=" + orderStarted + "]";
    }
}
