package se.vardkedjan.platform.devstack.bankid;

/** An RP API request ends in one of BankID's error answers. */
final class RpApiException extends RuntimeException {

    private final RpApiError error;

    RpApiException(RpApiError error, String details) {
        super(details);
        this.error = error;
    }

    RpApiError error() {
        return error;
    }

    String details() {
        return getMessage();
    }
}
