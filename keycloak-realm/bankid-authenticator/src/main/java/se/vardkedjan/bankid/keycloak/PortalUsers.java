package se.vardkedjan.bankid.keycloak;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The citizen accounts behind BankID logins: found by the user attribute {@code personal_number} (12 digits), or
 * created with a random user name (never the personal number), the name from BankID and only the client role.
 */
final class PortalUsers {

    static final String PERSONAL_NUMBER = "personal_number";

    private final KeycloakSession session;
    private final RealmModel realm;

    PortalUsers(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** The account with this personal number; more than one is a data error that must not pick either. */
    Optional<UserModel> find(String personalNumber) {
        var found = session.users().searchForUserByUserAttributeStream(realm, PERSONAL_NUMBER, personalNumber)
                .filter(user -> personalNumber.equals(user.getFirstAttribute(PERSONAL_NUMBER)))
                .limit(2)
                .toList();
        if (found.size() > 1) {
            throw new IllegalStateException("More than one account has the same personal number");
        }
        return found.stream().findFirst();
    }

    UserModel create(BankIdOrder.Person person, String clientRole) {
        // Only the client role: no default roles (offline access) and no default required actions.
        var user = session.users().addUser(realm, KeycloakModelUtils.generateId(), "invanare-" + UUID.randomUUID(),
                false, false);
        user.setEnabled(true);
        user.setSingleAttribute(PERSONAL_NUMBER, person.personalNumber());
        rename(user, person);
        var role = role(clientRole);
        user.grantRole(role);
        return user;
    }

    /** BankID is the source of the name: keep the account's name as BankID says it is now. */
    void rename(UserModel user, BankIdOrder.Person person) {
        if (person.givenName() != null && !person.givenName().equals(user.getFirstName())) {
            user.setFirstName(person.givenName());
        }
        if (person.surname() != null && !person.surname().equals(user.getLastName())) {
            user.setLastName(person.surname());
        }
    }

    boolean hasAnyRole(UserModel user, Collection<String> roleNames) {
        return roleNames.stream()
                .map(realm::getRole)
                .filter(Objects::nonNull)
                .anyMatch(user::hasRole);
    }

    private RoleModel role(String name) {
        var role = realm.getRole(name);
        if (role == null) {
            throw new IllegalStateException("The realm has no role " + name);
        }
        return role;
    }
}
