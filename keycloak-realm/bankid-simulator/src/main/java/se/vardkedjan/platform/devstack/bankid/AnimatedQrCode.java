package se.vardkedjan.platform.devstack.bankid;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The content of BankID's animated QR code: {@code bankid.<qrStartToken>.<time>.<qrAuthCode>}, where {@code time} is
 * the number of whole seconds since the order was started and {@code qrAuthCode} is HMAC-SHA256 keyed with the
 * {@code qrStartSecret} over {@code time} as a decimal string, in lower-case hex.
 *
 * <p>The relying party computes it every second; the simulator, in the role of the phone app, parses and checks it.
 */
record AnimatedQrCode(String qrStartToken, long time, String qrAuthCode) {

    /** How far behind the order's real age a scanned code may be (the page, the poll and the scan all take time). */
    static final Duration ALLOWED_LAG = Duration.ofSeconds(5);
    /** How far ahead of the order's real age a scanned code may be (clocks are not perfectly in step). */
    static final Duration ALLOWED_LEAD = Duration.ofSeconds(2);

    private static final Pattern FORMAT = Pattern.compile("bankid\\.([^.\\s]+)\\.(\\d{1,9})\\.([0-9a-f]{64})");

    /** Parses QR data; empty when it does not have BankID's format. */
    static Optional<AnimatedQrCode> parse(String data) {
        if (data == null) {
            return Optional.empty();
        }
        var match = FORMAT.matcher(data.strip());
        if (!match.matches()) {
            return Optional.empty();
        }
        return Optional.of(new AnimatedQrCode(match.group(1), Long.parseLong(match.group(2)), match.group(3)));
    }

    /** The code a relying party shows {@code time} seconds after the order started. */
    static AnimatedQrCode generate(String qrStartToken, String qrStartSecret, long time) {
        return new AnimatedQrCode(qrStartToken, time, authCode(qrStartSecret, time));
    }

    /** {@code qrAuthCode}: hex HMAC-SHA256 keyed with the secret's characters over the decimal time. */
    static String authCode(String qrStartSecret, long time) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(qrStartSecret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(Long.toString(time).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The QR data, as the relying party puts it in the QR code. */
    String data() {
        return "bankid." + qrStartToken + "." + time + "." + qrAuthCode;
    }

    /**
     * Checks this code against an order, the way the phone app and the BankID service together would.
     *
     * @param orderQrStartToken the order's {@code qrStartToken}
     * @param orderQrStartSecret the order's {@code qrStartSecret}
     * @param orderAge how long ago the order was started
     * @return why the scan is refused, or empty when the code is good
     */
    Optional<ScanRefusal> checkAgainst(String orderQrStartToken, String orderQrStartSecret, Duration orderAge) {
        if (!qrStartToken.equals(orderQrStartToken)) {
            return Optional.of(ScanRefusal.OTHER_ORDER);
        }
        byte[] expected = authCode(orderQrStartSecret, time).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, qrAuthCode.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(ScanRefusal.WRONG_AUTH_CODE);
        }
        long age = orderAge.toSeconds();
        if (time < age - ALLOWED_LAG.toSeconds() || time > age + ALLOWED_LEAD.toSeconds()) {
            return Optional.of(ScanRefusal.STALE);
        }
        return Optional.empty();
    }
}
