package se.vardkedjan.platform.devstack.bankid;

import java.util.Arrays;
import java.util.Optional;

/**
 * The {@code hintCode} that {@code collect} gives for pending and failed orders (RP API v6). The simulator produces
 * {@code outstandingTransaction} and {@code userSign} by itself; the other pending codes exist so that the list is
 * complete. Every failed code can be forced through the tester API.
 */
enum HintCode {
    // pending
    OUTSTANDING_TRANSACTION("outstandingTransaction", false),
    NO_CLIENT("noClient", false),
    STARTED("started", false),
    USER_MRTD("userMrtd", false),
    USER_CALL_CONFIRM("userCallConfirm", false),
    USER_SIGN("userSign", false),
    // failed
    EXPIRED_TRANSACTION("expiredTransaction", true),
    CERTIFICATE_ERR("certificateErr", true),
    USER_CANCEL("userCancel", true),
    CANCELLED("cancelled", true),
    START_FAILED("startFailed", true),
    USER_DECLINED_CALL("userDeclinedCall", true),
    NOT_SUPPORTED("notSupported", true),
    TRANSACTION_RISK_BLOCKED("transactionRiskBlocked", true);

    private final String code;
    private final boolean failure;

    HintCode(String code, boolean failure) {
        this.code = code;
        this.failure = failure;
    }

    String code() {
        return code;
    }

    /** Whether this code ends an order ({@code status: failed}) rather than describing a pending one. */
    boolean isFailure() {
        return failure;
    }

    static Optional<HintCode> ofCode(String code) {
        return Arrays.stream(values()).filter(hint -> hint.code.equals(code)).findFirst();
    }
}
