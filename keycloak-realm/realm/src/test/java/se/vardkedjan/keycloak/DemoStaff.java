package se.vardkedjan.keycloak;

import se.vardkedjan.platform.devstack.otp.DemoOtpAccount;
import se.vardkedjan.platform.devstack.otp.DemoOtpAccounts;
import se.vardkedjan.platform.devstack.otp.FreshOtpCodes;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vardkedjan.keycloak.KeycloakHttpSession.formAction;
import static se.vardkedjan.keycloak.KeycloakHttpSession.loginFormAction;
import static se.vardkedjan.keycloak.KeycloakHttpSession.postForm;

/**
 * The demo staff as the staff login asks for them: the demo password, then the current one-time code of the account's
 * authenticator, computed from the TOTP secret in the realm file. One instance per Keycloak server, since Keycloak
 * accepts each code once (see {@link FreshOtpCodes}).
 */
final class DemoStaff {

    /** Every demo account's password (development only): long enough for the realm's password policy. */
    static final String PASSWORD = "demo-vardkedjan";

    private static final DemoOtpAccounts ACCOUNTS = DemoOtpAccounts.fromRealmFile(
            Path.of(System.getProperty("vardkedjan.keycloak.realm-file")));

    private final FreshOtpCodes codes = FreshOtpCodes.of(ACCOUNTS);

    /** The account's authenticator, for tests that pick their codes themselves. */
    static DemoOtpAccount account(String username) {
        return ACCOUNTS.withUsername(username).orElseThrow();
    }

    /** A code Keycloak has not seen yet for this account. */
    String code(String username) {
        return codes.next(username);
    }

    /** A code Keycloak must refuse now. */
    String wrongCode(String username) {
        return codes.wrong(username);
    }

    /** The one-time code page's form action. */
    static String codeFormAction(String html) {
        return formAction(html, "kc-otp-login-form");
    }

    /** Types the code into the one-time code page, as its button does. */
    static HttpResponse<String> submitCode(KeycloakHttpSession http, String codePage, String code) throws Exception {
        return http.send(postForm(codeFormAction(codePage), Map.of("otp", code, "selectedCredentialId", ""), false));
    }

    /**
     * The whole staff login from its first page: password, then a fresh code. Returns Keycloak's answer to the code
     * (a redirect to the app when the login is complete).
     */
    HttpResponse<String> logIn(KeycloakHttpSession http, String loginPage, String username) throws Exception {
        var codePage = http.submitLogin(loginFormAction(loginPage), username, PASSWORD);
        assertThat(codePage.statusCode()).as("password of %s: %s", username, codePage.body()).isEqualTo(200);
        assertThat(codePage.body()).as("the one-time code page").contains("id=\"kc-otp-login-form\"");
        return submitCode(http, codePage.body(), code(username));
    }
}
