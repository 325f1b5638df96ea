package se.vardkedjan.bankid.keycloak;

import org.keycloak.events.Errors;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import java.util.HashSet;
import java.util.UUID;

/**
 * The citizen accounts behind the portal's BankID logins: found by the user attribute {@code personal_number}
 * (12 digits), or created with a random user name (never the personal number), the name from BankID and only the
 * client role. An account that holds any role outside the settings' allowed roles (a staff role, an administrator's
 * client role, anything an administrator added) is refused: the allow-list names what a citizen may hold, so a role
 * added to the realm later is refused until someone decides otherwise.
 */
final class PortalUsers implements BankIdAccounts {

    static final String PERSONAL_NUMBER = "personal_number";

    private final RealmAccounts accounts;
    private final BankIdSettings settings;

    PortalUsers(RealmAccounts accounts, BankIdSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public Outcome accountOf(BankIdOrder.Person person) {
        UserModel user;
        try {
            user = accounts.findBy(PERSONAL_NUMBER, person.personalNumber()).orElse(null);
        } catch (IllegalStateException ambiguous) {
            return Outcome.Refused.ambiguous();
        }
        if (user == null) {
            return new Outcome.Account(create(person), true);
        }
        if (holdsRoleOutsideTheAllowList(user)) {
            return new Outcome.Refused(UserMessage.STAFF_ACCOUNT, Errors.NOT_ALLOWED, user);
        }
        if (!user.isEnabled()) {
            return new Outcome.Refused(UserMessage.ACCOUNT_DISABLED, Errors.USER_DISABLED, user);
        }
        rename(user, person);
        return new Outcome.Account(user, false);
    }

    @Override
    public boolean citizenLogin() {
        return true;
    }

    private boolean holdsRoleOutsideTheAllowList(UserModel user) {
        var allowedNames = new HashSet<>(settings.allowedRoles());
        allowedNames.add(settings.clientRole());
        var allowed = accounts.roles(allowedNames);
        return !allowed.containsAll(accounts.heldRoles(user));
    }

    private UserModel create(BankIdOrder.Person person) {
        // Only the client role: no default roles (offline access) and no default required actions.
        var user = accounts.session().users().addUser(accounts.realm(), KeycloakModelUtils.generateId(),
                "invanare-" + UUID.randomUUID(), false, false);
        user.setEnabled(true);
        user.setSingleAttribute(PERSONAL_NUMBER, person.personalNumber());
        rename(user, person);
        user.grantRole(accounts.role(settings.clientRole()));
        return user;
    }

    /** BankID is the source of a citizen's name: keep the account's name as BankID says it is now. */
    private static void rename(UserModel user, BankIdOrder.Person person) {
        if (person.givenName() != null && !person.givenName().equals(user.getFirstName())) {
            user.setFirstName(person.givenName());
        }
        if (person.surname() != null && !person.surname().equals(user.getLastName())) {
            user.setLastName(person.surname());
        }
    }
}
