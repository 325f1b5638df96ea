package se.vardkedjan.keycloak;

import se.vardkedjan.platform.devstack.otp.FreshOtpCodes;
import se.vardkedjan.platform.devstack.otp.Totp;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vardkedjan.keycloak.KeycloakHttpSession.formAction;
import static se.vardkedjan.keycloak.KeycloakHttpSession.get;
import static se.vardkedjan.keycloak.KeycloakHttpSession.loginFormAction;
import static se.vardkedjan.keycloak.KeycloakHttpSession.postForm;

/**
 * A staff account as an administrator creates one in production: through the admin API (so with Keycloak's default
 * roles, which open the account console), with a password and a staff role, and without a second factor: the person
 * sets up their authenticator app at the first login, as Keycloak's "Configure OTP" step asks.
 */
final class NewStaffMember {

    private static final Pattern SECRET = Pattern.compile("name=\"totpSecret\" value=\"([^\"]+)\"");
    private static final Duration PERIOD = Duration.ofSeconds(30);

    private final String id;
    private final String username;
    private final String password;

    private NewStaffMember(String id, String username, String password) {
        this.id = id;
        this.username = username;
        this.password = password;
    }

    static NewStaffMember create(KeycloakAdmin admin, String username, String firstName, String lastName, String role)
            throws Exception {
        var password = "ett långt lösenord för " + firstName;
        var id = admin.createUser(Map.of("username", username, "firstName", firstName, "lastName", lastName,
                "email", firstName.toLowerCase() + "@demo.vardkedjan.se", "enabled", true,
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))));
        admin.grantRealmRole(id, role);
        return new NewStaffMember(id, username, password);
    }

    String id() {
        return id;
    }

    /**
     * The first login: the password, then Keycloak's page for setting up an authenticator app, which the test reads
     * the secret from and answers with the app's code. Returns the token response.
     */
    Map<String, Object> firstLogin(KeycloakBrowser browser) throws Exception {
        var login = browser.openStaffLogin();
        var afterPassword = browser.submitLogin(loginFormAction(login.html()), username, password);
        // Keycloak sends the browser on to its required action, the set-up page
        assertThat(afterPassword.statusCode()).as("after the password: %s", afterPassword.body()).isEqualTo(302);
        var requiredAction = afterPassword.headers().firstValue("Location").orElseThrow();
        assertThat(requiredAction).contains("/login-actions/required-action");
        var setup = browser.send(get(URI.create(requiredAction)));
        assertThat(setup.statusCode()).as("the set-up page: %s", setup.body()).isEqualTo(200);
        assertThat(setup.body()).as("the authenticator set-up page").contains("id=\"kc-totp-settings-form\"");
        var secret = SECRET.matcher(setup.body());
        assertThat(secret.find()).isTrue();
        var done = browser.send(postForm(formAction(setup.body(), "kc-totp-settings-form"), Map.of(
                "totp", codeNow(secret.group(1)), "totpSecret", secret.group(1), "userLabel", "Testappen"), false));
        assertThat(done.statusCode()).as("after the code: %s", done.body()).isEqualTo(302);
        return browser.oidc().redeem(browser, done, login.client().clientId(), login.client().secret(),
                login.client().redirectUri(), login.pkce(), login.state());
    }

    /** The app's code for a secret Keycloak generated (its UTF-8 bytes are the key), not in a step's last seconds. */
    private static String codeNow(String secret) throws InterruptedException {
        if (Totp.remaining(Instant.now(), PERIOD).compareTo(FreshOtpCodes.SAFETY_MARGIN) < 0) {
            Thread.sleep(Totp.remaining(Instant.now(), PERIOD).toMillis() + 100);
        }
        return Totp.code(secret.getBytes(StandardCharsets.UTF_8), Totp.timeStep(Instant.now(), PERIOD), "HmacSHA1", 6);
    }
}
