package se.vardkedjan.platform.devstack.bankid;

/** Why the simulated phone app refuses to scan a QR code. */
enum ScanRefusal {
    MALFORMED("malformedQrCode", "The QR data is not of the form bankid.<qrStartToken>.<time>.<qrAuthCode>",
            "QR-koden har fel format (väntat: bankid.<qrStartToken>.<tid>.<qrAuthCode>)."),
    UNKNOWN_TOKEN("unknownQrStartToken", "No pending order has this qrStartToken",
            "Ingen pågående order har den här QR-koden."),
    OTHER_ORDER("otherOrder", "The QR code belongs to another order",
            "QR-koden hör till en annan order."),
    WRONG_AUTH_CODE("wrongQrAuthCode", "The qrAuthCode does not match the order's qrStartSecret",
            "QR-kodens qrAuthCode stämmer inte med orderns qrStartSecret."),
    STALE("staleQrCode", "The QR code's time is not close to the order's age: it is too old (or from the future)",
            "QR-koden är för gammal (dess tid stämmer inte med orderns ålder).");

    private final String code;
    private final String details;
    private final String swedishText;

    ScanRefusal(String code, String details, String swedishText) {
        this.code = code;
        this.details = details;
        this.swedishText = swedishText;
    }

    /** The {@code errorCode} in the tester API's answer. */
    String code() {
        return code;
    }

    /** The {@code details} in the tester API's answer. */
    String details() {
        return details;
    }

    /** The message on the tester page. */
    String swedishText() {
        return swedishText;
    }
}
