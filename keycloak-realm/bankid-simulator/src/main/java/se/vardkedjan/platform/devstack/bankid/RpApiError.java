package se.vardkedjan.platform.devstack.bankid;

import java.util.Arrays;
import java.util.Optional;

/**
 * The errors of the RP API v6: HTTP status and {@code errorCode}, answered as
 * {@code {"errorCode": "...", "details": "..."}}.
 */
enum RpApiError {
    ALREADY_IN_PROGRESS(400, "alreadyInProgress", "Order already in progress for pno"),
    INVALID_PARAMETERS(400, "invalidParameters", "Invalid parameters"),
    UNAUTHORIZED(401, "unauthorized", "RP does not have access to the service"),
    NOT_FOUND(404, "notFound", "No such resource"),
    METHOD_NOT_ALLOWED(405, "methodNotAllowed", "Only POST is allowed"),
    REQUEST_TIMEOUT(408, "requestTimeout", "It took too long to transmit the request"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupportedMediaType",
            "Content-Type must be exactly application/json (a charset parameter is not allowed)"),
    INTERNAL_ERROR(500, "internalError", "Internal technical error in the BankID system"),
    MAINTENANCE(503, "maintenance", "The service is temporarily unavailable");

    private final int httpStatus;
    private final String code;
    private final String defaultDetails;

    RpApiError(int httpStatus, String code, String defaultDetails) {
        this.httpStatus = httpStatus;
        this.code = code;
        this.defaultDetails = defaultDetails;
    }

    int httpStatus() {
        return httpStatus;
    }

    String code() {
        return code;
    }

    String defaultDetails() {
        return defaultDetails;
    }

    RpApiException withDetails(String details) {
        return new RpApiException(this, details);
    }

    RpApiException exception() {
        return new RpApiException(this, defaultDetails);
    }

    static Optional<RpApiError> ofCode(String code) {
        return Arrays.stream(values()).filter(error -> error.code.equals(code)).findFirst();
    }
}
