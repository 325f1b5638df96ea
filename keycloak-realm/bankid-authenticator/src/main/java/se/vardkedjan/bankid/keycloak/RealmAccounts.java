package se.vardkedjan.bankid.keycloak;

import org.jboss.logging.Logger;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The realm's accounts as a BankID login sees them: found by a personal-number attribute, and the roles they hold. */
final class RealmAccounts {

    private static final Logger log = Logger.getLogger(RealmAccounts.class);

    private final KeycloakSession session;
    private final RealmModel realm;

    RealmAccounts(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    KeycloakSession session() {
        return session;
    }

    RealmModel realm() {
        return realm;
    }

    /**
     * The account whose {@code attribute} is exactly {@code personalNumber}. More than one is a data error that must
     * not pick either: {@link IllegalStateException}.
     */
    Optional<UserModel> findBy(String attribute, String personalNumber) {
        var found = session.users().searchForUserByUserAttributeStream(realm, attribute, personalNumber)
                .filter(user -> personalNumber.equals(user.getFirstAttribute(attribute)))
                .limit(2)
                .toList();
        if (found.size() > 1) {
            log.errorf("More than one account in realm %s has the same %s; the BankID login is refused",
                    realm.getName(), attribute);
            throw new IllegalStateException("More than one account has the same " + attribute);
        }
        return found.stream().findFirst();
    }

    /**
     * The roles mapped to the account itself or to one of its groups (and their parent groups), realm and client roles
     * alike. A composite role is one role here: what it contains is the realm's business.
     */
    Set<RoleModel> heldRoles(UserModel user) {
        var held = new HashSet<RoleModel>();
        user.getRoleMappingsStream().forEach(held::add);
        user.getGroupsStream().flatMap(RealmAccounts::withParents).flatMap(GroupModel::getRoleMappingsStream)
                .forEach(held::add);
        return held;
    }

    /** Whether the account has any of these roles, also through groups and composite roles. */
    boolean hasAnyRole(UserModel user, Collection<String> roleNames) {
        return roles(roleNames).stream().anyMatch(user::hasRole);
    }

    /** The named roles ({@code role} or {@code clientId.role}) that the realm has; unknown names are logged. */
    Set<RoleModel> roles(Collection<String> roleNames) {
        var roles = new HashSet<RoleModel>();
        for (var name : roleNames) {
            var role = KeycloakModelUtils.getRoleFromString(realm, name);
            if (role == null) {
                log.warnf("The BankID step's settings name the role %s, which the realm does not have", name);
            } else {
                roles.add(role);
            }
        }
        return roles;
    }

    RoleModel role(String name) {
        return Objects.requireNonNull(KeycloakModelUtils.getRoleFromString(realm, name),
                () -> "The realm has no role " + name);
    }

    private static Stream<GroupModel> withParents(GroupModel group) {
        return Stream.iterate(group, Objects::nonNull, GroupModel::getParent);
    }
}
