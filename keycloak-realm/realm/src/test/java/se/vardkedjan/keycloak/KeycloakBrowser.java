package se.vardkedjan.keycloak;

import se.vardkedjan.keycloak.OidcTokens.Pkce;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vardkedjan.keycloak.KeycloakHttpSession.formAction;
import static se.vardkedjan.keycloak.KeycloakHttpSession.get;
import static se.vardkedjan.keycloak.KeycloakHttpSession.postForm;
import static se.vardkedjan.keycloak.OidcTokens.randomToken;

/** One browser that opens the realm's login pages for the app's clients, as the app sends it there. */
class KeycloakBrowser extends KeycloakHttpSession {

    private static final Pattern LIST_ITEM = Pattern.compile("<li\\b.*?</li>", Pattern.DOTALL);
    private static final Pattern EXECUTION = Pattern.compile("name=\"authenticationExecution\" value=\"([^\"]+)\"");

    private final OidcTokens oidc;
    private final RealmClient staff;
    private final RealmClient portal;

    KeycloakBrowser(OidcTokens oidc, String appUrl) {
        this.oidc = oidc;
        this.staff = RealmClient.staff(appUrl);
        this.portal = RealmClient.portal(appUrl);
    }

    /** An authorization request of one client, and the page Keycloak answers with. */
    record Login(RealmClient client, Pkce pkce, String state, HttpResponse<String> page) {
        String html() {
            return page.body();
        }
    }

    Login openStaffLogin() throws Exception {
        return open(staff, null);
    }

    Login open(RealmClient client, String locale) throws Exception {
        var pkce = Pkce.create();
        var state = randomToken();
        var uri = oidc.authorizationUri(client.clientId(), client.redirectUri(), pkce, state);
        if (locale != null) {
            uri = URI.create(uri + "&ui_locales=" + locale);
        }
        var page = send(get(uri));
        assertThat(page.statusCode()).as("login page of %s: %s", client.clientId(), page.body()).isEqualTo(200);
        return new Login(client, pkce, state, page);
    }

    BankIdPage openPortalLogin() throws Exception {
        return openPortalLogin(null);
    }

    BankIdPage openPortalLogin(String locale) throws Exception {
        var login = open(portal, locale);
        return new BankIdPage(this, oidc, portal, login.pkce(), login.state(), login.page());
    }

    /** Keycloak's "Try another way" on a login page: the page that lists the ways to log in. */
    HttpResponse<String> tryAnotherWay(String page) throws Exception {
        var choices = send(postForm(formAction(page, "kc-select-try-another-way-form"), Map.of("tryAnotherWay", "on"),
                false));
        assertThat(choices.statusCode()).as("the ways to log in: %s", choices.body()).isEqualTo(200);
        return choices;
    }

    /** Chooses the way whose entry on the page names {@code name}. */
    HttpResponse<String> choose(String choicesPage, String name) throws Exception {
        var item = LIST_ITEM.matcher(choicesPage).results().map(match -> match.group())
                .filter(entry -> entry.contains(">" + name + "<") || entry.matches("(?s).*>\\s*" + Pattern.quote(name) + "\\s*<.*"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No way to log in named " + name + " in:\n" + choicesPage));
        var execution = EXECUTION.matcher(item);
        assertThat(execution.find()).as(item).isTrue();
        return send(postForm(formAction(item, "kc-select-credential-form"),
                Map.of("authenticationExecution", execution.group(1)), false));
    }

    /** The staff login with BankID: the password page, "Try another way", "BankID". */
    BankIdPage openStaffBankIdLogin() throws Exception {
        var login = openStaffLogin();
        var bankId = choose(tryAnotherWay(login.html()).body(), "BankID");
        assertThat(bankId.statusCode()).as("BankID page: %s", bankId.body()).isEqualTo(200);
        return new BankIdPage(this, oidc, staff, login.pkce(), login.state(), bankId);
    }

    OidcTokens oidc() {
        return oidc;
    }
}
