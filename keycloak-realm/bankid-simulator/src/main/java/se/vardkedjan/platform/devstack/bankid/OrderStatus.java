package se.vardkedjan.platform.devstack.bankid;

/** The {@code status} of an order as {@code collect} reports it. */
enum OrderStatus {
    PENDING("pending"),
    FAILED("failed"),
    COMPLETE("complete");

    private final String code;

    OrderStatus(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }
}
