package se.vardkedjan.bankid.keycloak;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.browser.CookieAuthenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * Single sign-on for the citizen portal: Keycloak's cookie step, but only for a session that was itself started with
 * BankID (it carries the assurance-level note). A staff member's or a password user's session in the same browser is
 * not reused for the portal: the flow goes on to BankID instead.
 */
final class BankIdSessionCookieAuthenticator implements Authenticator {

    private final CookieAuthenticator cookie = new CookieAuthenticator();

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        var existing = AuthenticationManager.authenticateIdentityCookie(context.getSession(), context.getRealm(), true);
        if (existing == null || existing.session() == null
                || existing.session().getNote(BankIdAuthenticator.ASSURANCE_LEVEL_NOTE) == null) {
            context.attempted();
            return;
        }
        cookie.authenticate(context);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
