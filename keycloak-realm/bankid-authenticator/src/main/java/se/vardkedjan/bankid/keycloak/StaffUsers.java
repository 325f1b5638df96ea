package se.vardkedjan.bankid.keycloak;

import org.keycloak.events.Errors;
import org.keycloak.models.UserModel;

/**
 * The staff accounts behind the staff login's BankID step, where the municipality has switched it on. An administrator
 * links a staff account to a person by the attribute {@code staff_personal_number}, which only administrators can see
 * or set; the login never creates or links an account, and never changes one (staff names come from the organisation
 * register, not from BankID). It is a different attribute from the portal's {@code personal_number}, so a person who is
 * both a client and an employee keeps two accounts that neither login mixes up.
 */
final class StaffUsers implements BankIdAccounts {

    static final String STAFF_PERSONAL_NUMBER = "staff_personal_number";

    private final RealmAccounts accounts;
    private final BankIdSettings settings;

    StaffUsers(RealmAccounts accounts, BankIdSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public Outcome accountOf(BankIdOrder.Person person) {
        UserModel user;
        try {
            user = accounts.findBy(STAFF_PERSONAL_NUMBER, person.personalNumber()).orElse(null);
        } catch (IllegalStateException ambiguous) {
            return Outcome.Refused.ambiguous();
        }
        if (user == null) {
            return new Outcome.Refused(UserMessage.NOT_LINKED, Errors.USER_NOT_FOUND, null);
        }
        if (!accounts.hasAnyRole(user, settings.staffRoles())) {
            return new Outcome.Refused(UserMessage.NO_STAFF_ROLE, Errors.NOT_ALLOWED, user);
        }
        if (!user.isEnabled()) {
            return new Outcome.Refused(UserMessage.STAFF_ACCOUNT_DISABLED, Errors.USER_DISABLED, user);
        }
        return new Outcome.Account(user, false);
    }

    @Override
    public boolean citizenLogin() {
        return false;
    }
}
