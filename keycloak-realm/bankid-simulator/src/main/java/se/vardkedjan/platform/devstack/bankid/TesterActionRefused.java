package se.vardkedjan.platform.devstack.bankid;

import java.util.UUID;

/**
 * A tester's action (scan, approve, cancel, ...) cannot be done. The tester API answers
 * {@code {"errorCode": ..., "details": ...}} with the HTTP status; the tester page shows the Swedish text.
 */
final class TesterActionRefused extends RuntimeException {

    private final int httpStatus;
    private final String errorCode;
    private final String swedishText;

    TesterActionRefused(int httpStatus, String errorCode, String details, String swedishText) {
        super(details);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.swedishText = swedishText;
    }

    static TesterActionRefused noSuchOrder(String orderRef) {
        return new TesterActionRefused(404, "notFound", "No order " + orderRef,
                "Ordern finns inte (längre).");
    }

    static TesterActionRefused notPending(UUID orderRef) {
        return new TesterActionRefused(409, "orderNotPending", "Order " + orderRef + " is no longer pending",
                "Ordern pågår inte längre.");
    }

    static TesterActionRefused alreadyScanned(UUID orderRef) {
        return new TesterActionRefused(409, "alreadyScanned", "Order " + orderRef + " has already been scanned",
                "Orderns QR-kod är redan skannad.");
    }

    static TesterActionRefused personalNumberMismatch(UUID orderRef, String required) {
        return new TesterActionRefused(409, "personalNumberMismatch",
                "Order " + orderRef + " may only be completed by " + required,
                "Ordern får bara slutföras av personnummer " + required + ".");
    }

    static TesterActionRefused scanRefused(ScanRefusal refusal) {
        return new TesterActionRefused(400, refusal.code(), refusal.details(), refusal.swedishText());
    }

    static TesterActionRefused invalid(String details, String swedishText) {
        return new TesterActionRefused(400, "invalidParameters", details, swedishText);
    }

    int httpStatus() {
        return httpStatus;
    }

    String errorCode() {
        return errorCode;
    }

    String details() {
        return getMessage();
    }

    String swedishText() {
        return swedishText;
    }
}
