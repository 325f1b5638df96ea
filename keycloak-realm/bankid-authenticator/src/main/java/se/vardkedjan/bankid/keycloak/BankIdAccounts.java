package se.vardkedjan.bankid.keycloak;

import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Whose account a completed BankID order logs in: a citizen's in the portal ({@link PortalUsers}), a staff member's in
 * the staff login ({@link StaffUsers}). The BankID order, its QR code and its page are the same for both.
 */
sealed interface BankIdAccounts permits PortalUsers, StaffUsers {

    static BankIdAccounts of(BankIdSettings settings, KeycloakSession session, RealmModel realm) {
        var accounts = new RealmAccounts(session, realm);
        return switch (settings.mode()) {
            case PORTAL -> new PortalUsers(accounts, settings);
            case STAFF -> new StaffUsers(accounts, settings);
        };
    }

    /** The account this person logs in as, or why not. A refusal has changed nothing. */
    Outcome accountOf(BankIdOrder.Person person);

    /**
     * Whether a login marks its session as a citizen's BankID session (the assurance-level note), which the portal's
     * single sign-on reuses. A staff login never does, so a staff session never opens the portal.
     */
    boolean citizenLogin();

    sealed interface Outcome {
        /** Log in as {@code user}; {@code created} when this login created the account. */
        record Account(UserModel user, boolean created) implements Outcome {
        }

        /**
         * The login is refused with {@code message}; {@code error} is the event's error; {@code user} is the account
         * found, if any.
         */
        record Refused(UserMessage message, String error, UserModel user) implements Outcome {
            static Refused ambiguous() {
                return new Refused(UserMessage.RFA22, Errors.INVALID_USER, null);
            }
        }
    }
}
