package se.vardkedjan.platform.devstack.bankid;

/** What the relying party asked for: an identification ({@code auth}) or a signature ({@code sign}). */
enum OrderType {
    AUTH("auth"),
    SIGN("sign");

    private final String code;

    OrderType(String code) {
        this.code = code;
    }

    /** The name used in the RP API path and in the tester API. */
    String code() {
        return code;
    }
}
