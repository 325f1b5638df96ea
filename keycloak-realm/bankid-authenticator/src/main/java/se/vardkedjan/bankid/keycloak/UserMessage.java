package se.vardkedjan.bankid.keycloak;

import se.vardkedjan.bankid.keycloak.rp.BankIdException;

import java.util.Locale;

/**
 * What the login page tells the user: BankID's recommended user messages (RFA1…RFA23) for each hint code and error,
 * plus a few of our own. The texts are in {@code theme-resources/messages/messages_sv.properties} and {@code _en}
 * under {@link #messageKey()}.
 */
enum UserMessage {
    /** Start your BankID app. */
    RFA1,
    /** Action cancelled. Please try again. */
    RFA3,
    /** An identification or signing for this personal number is already started. */
    RFA4,
    /** Internal error. Please try again. */
    RFA5,
    /** Action cancelled. */
    RFA6,
    /** The BankID app is not responding (the order expired). */
    RFA8,
    /** Enter your security code in the BankID app and select Identify or Sign. */
    RFA9,
    /** Searching for BankID (variant B: on this device). */
    RFA15,
    /** The BankID you are trying to use is blocked or too old. */
    RFA16,
    /** Failed to scan the QR code (variant B: the relying party shows a QR code). */
    RFA17,
    /** Identification or signing in progress. */
    RFA21,
    /** Unknown error. Please try again. */
    RFA22,
    /** Process your machine-readable travel document using the BankID app. */
    RFA23,
    /** Ours: BankID answered with a personal number that is not valid. */
    INVALID_PERSONAL_NUMBER,
    /** Ours: the account holds a role a citizen's account may not hold (a staff role): no portal login. */
    STAFF_ACCOUNT,
    /** Ours: the account exists but is disabled. */
    ACCOUNT_DISABLED,
    /** Ours, staff login: no staff account is linked to the person's personal number. */
    NOT_LINKED,
    /** Ours, staff login: the linked account holds no staff role. */
    NO_STAFF_ROLE,
    /** Ours, staff login: the linked account is disabled. */
    STAFF_ACCOUNT_DISABLED;

    /** The key in the message bundles, e.g. {@code bankidRfa1}, {@code bankidInvalidPersonalNumber}. */
    String messageKey() {
        var words = name().toLowerCase(Locale.ROOT).split("_");
        var key = new StringBuilder("bankid");
        for (var word : words) {
            key.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return key.toString();
    }

    /** The message while an order is pending, by hint code (BankID: keep collecting). */
    static UserMessage forPending(String hintCode) {
        return switch (hintCode == null ? "" : hintCode) {
            case "outstandingTransaction", "noClient" -> RFA1;
            case "started" -> RFA15;
            case "userMrtd" -> RFA23;
            case "userSign" -> RFA9;
            default -> RFA21;
        };
    }

    /** The message when an order has failed, by hint code (BankID: the order is over; offer a new one). */
    static UserMessage forFailed(String hintCode) {
        return switch (hintCode == null ? "" : hintCode) {
            case "expiredTransaction" -> RFA8;
            case "certificateErr" -> RFA16;
            case "userCancel", "userDeclinedCall" -> RFA6;
            case "cancelled", "notSupportedByUserApp" -> RFA3;
            case "startFailed" -> RFA17;
            default -> RFA22;
        };
    }

    /** The message when BankID refused a call or could not be reached. */
    static UserMessage forError(BankIdException.ErrorCode errorCode) {
        return switch (errorCode) {
            case ALREADY_IN_PROGRESS -> RFA4;
            case INTERNAL_ERROR, MAINTENANCE, REQUEST_TIMEOUT, COMMUNICATION_FAILURE -> RFA5;
            case INVALID_PARAMETERS, UNAUTHORIZED, NOT_FOUND, METHOD_NOT_ALLOWED, UNSUPPORTED_MEDIA_TYPE, UNKNOWN -> RFA22;
        };
    }
}
