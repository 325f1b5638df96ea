package se.vardkedjan.bankid.keycloak.rp;

/**
 * The answer to {@code auth} or {@code sign}. {@code qrStartSecret} is the key of the animated QR code's HMAC: it stays
 * on the server and is left out of {@link #toString()}.
 */
public record OrderStarted(String orderRef, String autoStartToken, String qrStartToken, String qrStartSecret) {

    @Override
    public String toString() {
        return "OrderStarted[orderRef=" + orderRef + "]";
    }
}
