package se.vardkedjan.bankid.keycloak.rp;

import java.util.Arrays;

/** BankID refused a call ({@link #errorCode()} is its {@code errorCode}), or could not be reached. */
public final class BankIdException extends RuntimeException {

    /** The error codes of RP API v6, plus {@link #COMMUNICATION_FAILURE} (no answer) and {@link #UNKNOWN}. */
    public enum ErrorCode {
        ALREADY_IN_PROGRESS("alreadyInProgress", 400),
        INVALID_PARAMETERS("invalidParameters", 400),
        UNAUTHORIZED("unauthorized", 401),
        NOT_FOUND("notFound", 404),
        METHOD_NOT_ALLOWED("methodNotAllowed", 405),
        REQUEST_TIMEOUT("requestTimeout", 408),
        UNSUPPORTED_MEDIA_TYPE("unsupportedMediaType", 415),
        INTERNAL_ERROR("internalError", 500),
        MAINTENANCE("maintenance", 503),
        COMMUNICATION_FAILURE(null, 0),
        UNKNOWN(null, 0);

        private final String code;
        private final int httpStatus;

        ErrorCode(String code, int httpStatus) {
            this.code = code;
            this.httpStatus = httpStatus;
        }

        /** The code as BankID spells it, or {@code null} for the two that are ours. */
        public String code() {
            return code;
        }

        /**
         * The error for a response: by its {@code errorCode} when BankID sent one we know, otherwise by the HTTP status
         * (403 counts as unauthorized, as BankID documents).
         */
        static ErrorCode of(String errorCode, int httpStatus) {
            if (errorCode != null) {
                var known = Arrays.stream(values()).filter(value -> errorCode.equals(value.code)).findFirst();
                if (known.isPresent()) {
                    return known.get();
                }
            }
            if (httpStatus == 403) {
                return UNAUTHORIZED;
            }
            if (httpStatus == 400) {
                return INVALID_PARAMETERS;
            }
            return Arrays.stream(values())
                    .filter(value -> value.httpStatus == httpStatus && value.httpStatus != 400)
                    .findFirst()
                    .orElse(httpStatus >= 500 ? INTERNAL_ERROR : UNKNOWN);
        }
    }

    private final ErrorCode errorCode;
    private final int httpStatus;

    public BankIdException(ErrorCode errorCode, int httpStatus, String message) {
        this(errorCode, httpStatus, message, null);
    }

    public BankIdException(ErrorCode errorCode, int httpStatus, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
        this.httpStatus = httpStatus;
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    /** The HTTP status BankID answered with, or 0 when there was no answer. */
    public int httpStatus() {
        return httpStatus;
    }
}
