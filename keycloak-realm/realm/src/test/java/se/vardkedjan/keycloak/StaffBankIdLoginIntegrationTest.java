package se.vardkedjan.keycloak;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vardkedjan.platform.devstack.KeycloakServer;
import se.vardkedjan.platform.devstack.PostgresServer;
import se.vardkedjan.platform.devstack.bankid.BankIdSimulator;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vardkedjan.keycloak.OidcTokens.json;
import static se.vardkedjan.keycloak.OidcTokens.payload;
import static se.vardkedjan.keycloak.OidcTokens.stringList;

/**
 * BankID as the staff login's other way, where the municipality has switched it on (the demo realm has): a real
 * Keycloak with the realm file and the BankID authenticator in staff mode, against the BankID simulator. A staff
 * account is linked to a personal number by an administrator ({@code staff_personal_number}); the login never
 * creates or links an account.
 */
class StaffBankIdLoginIntegrationTest {

    private static final String REALM = "vardkedjan";
    private static final String APP_URL = "http://localhost:18080";
    /** The simulator's test person Anna Lindqvist, to whom the demo realm links the caseworker handlaggare. */
    private static final String ANNA = "198203142388";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path temporary;

    private static PostgresServer postgres;
    private static BankIdSimulator simulator;
    private static KeycloakServer keycloak;

    @BeforeAll
    static void startServers() throws IOException {
        postgres = PostgresServer.start(temporary.resolve("postgres"), 0);
        simulator = BankIdSimulator.start(BankIdSimulator.Settings.of(temporary.resolve("bankid"), 0, 0));
        keycloak = KeycloakServer.start(KeycloakTestStack.keycloakSettings(postgres, APP_URL, "keycloak-staff-bankid.log",
                Map.of("KC_SPI_AUTHENTICATOR__VARDKEDJAN_BANKID__SERVICE_URL", simulator.rpBaseUrl(),
                        "KC_SPI_AUTHENTICATOR__VARDKEDJAN_BANKID__KEY_STORE", simulator.rpClientKeyStore().toString(),
                        "KC_SPI_AUTHENTICATOR__VARDKEDJAN_BANKID__KEY_STORE_PASSWORD", simulator.rpClientKeyStorePassword(),
                        "KC_SPI_AUTHENTICATOR__VARDKEDJAN_BANKID__TRUST_ANCHOR", simulator.caCertificate().toString(),
                        "KC_SPI_AUTHENTICATOR__VARDKEDJAN_BANKID__COLLECT_INTERVAL_MILLIS", "1000")));
    }

    @AfterAll
    static void stopServers() {
        if (keycloak != null) {
            keycloak.close();
        }
        if (simulator != null) {
            simulator.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aLinkedCaseworkerChoosesBankIdAsTheOtherWayAndGetsHerRolesAndUnit() throws Exception {
        var usersBefore = admin().userCount();
        try (var browser = browser()) {
            var login = browser.openStaffLogin();
            assertThat(login.html()).contains("id=\"kc-form-login\"", "id=\"try-another-way\"", "Försök med annat sätt");
            var choices = browser.tryAnotherWay(login.html()).body();
            assertThat(choices).contains("Välj inloggningssätt", "Användarnamn och lösenord", "BankID");

            var page = new BankIdPage(browser, browser.oidc(), login.client(), login.pkce(), login.state(),
                    browser.choose(choices, "BankID"));
            assertThat(page.state()).isEqualTo("pending");
            assertThat(page.html()).contains("Logga in med BankID", "id=\"try-another-way\"",
                    "Välj Försök med annat sätt och logga in med lösenord och engångskod.")
                    .doesNotContain("id=\"vk-bankid-other-channel\"");
            var idToken = payload(approve(page, ANNA, "Anna", "Lindqvist").finishAndRedeem().get("id_token"));

            assertThat(idToken).containsEntry("preferred_username", "handlaggare")
                    .containsEntry("name", "Anna Lindqvist")
                    .doesNotContainKeys("personal_number", "assurance_level");
            assertThat(stringList(idToken.get("roles"))).contains("caseworker");
            assertThat(stringList(idToken.get("units"))).containsExactly("nord-beroende");
        }
        assertThat(admin().userCount()).isEqualTo(usersBefore);
    }

    @Test
    void anUnlinkedPersonalNumberIsRefusedAndNoAccountIsCreated() throws Exception {
        var usersBefore = admin().userCount();

        var refused = refusedStaffLogin("197702034567", "Olle", "Olänkad");

        assertThat(refused.html()).contains("Inget personalkonto är kopplat till ditt personnummer")
                .contains("Inget konto har skapats.");
        assertThat(admin().userCount()).isEqualTo(usersBefore);
        assertThat(admin().usersWithAttribute("staff_personal_number", "197702034567")).isEmpty();
        assertThat(admin().usersWithPersonalNumber("197702034567")).isEmpty();
    }

    @Test
    void aCitizensPortalAccountIsNoWayIntoTheStaffLogin() throws Exception {
        var citizen = payload(portalLogin("198807161230", "Sam", "Svensson").get("id_token"));
        var usersBefore = admin().userCount();

        var refused = refusedStaffLogin("198807161230", "Sam", "Svensson");

        assertThat(refused.html()).contains("Inget personalkonto är kopplat till ditt personnummer");
        assertThat(admin().userCount()).isEqualTo(usersBefore);
        var account = admin().usersWithPersonalNumber("198807161230");
        assertThat(account).hasSize(1);
        assertThat(account.getFirst().path("id").asString()).isEqualTo(citizen.get("sub"));
        assertThat(account.getFirst().path("attributes").has("staff_personal_number")).isFalse();
    }

    @Test
    void aLinkedAccountWithoutAStaffRoleIsRefused() throws Exception {
        admin().createUser(Map.of("username", "utan.roll", "firstName", "Utan", "lastName", "Roll", "enabled", true,
                "attributes", Map.of("staff_personal_number", List.of("194905129195"))));

        var refused = refusedStaffLogin("194905129195", "Utan", "Roll");

        assertThat(refused.html()).contains("har ingen behörighet i Vårdkedjan");
    }

    @Test
    void aDisabledLinkedAccountIsRefused() throws Exception {
        var id = admin().createUser(Map.of("username", "spärrad.handlaggare", "firstName", "Spärrad",
                "lastName", "Handläggare", "enabled", false,
                "attributes", Map.of("staff_personal_number", List.of("199504307894"))));
        admin().grantRealmRole(id, "caseworker");

        var refused = refusedStaffLogin("199504307894", "Spärrad", "Handläggare");

        assertThat(refused.html()).contains("Ditt personalkonto är spärrat.");
    }

    @Test
    void staffCannotLinkTheirOwnAccountToAPersonalNumber() throws Exception {
        // an account as an administrator creates it, with the default roles that open the account console
        var member = NewStaffMember.create(admin(), "lars.lank", "Lars", "Länk", "caseworker");
        Map<String, Object> tokens;
        try (var browser = browser()) {
            tokens = member.firstLogin(browser);
        }
        var account = AccountApi.of(keycloak.issuerUri(REALM), (String) tokens.get("access_token"));
        var profile = new HashMap<>(json(account.profile().body()));
        profile.put("attributes", Map.of("staff_personal_number", List.of("197909214640")));

        var answer = account.update(JSON.writeValueAsString(profile));

        assertThat(answer.statusCode()).as(answer.body()).isIn(204, 400);
        assertThat(admin().user("lars.lank").path("attributes").has("staff_personal_number")).isFalse();
        assertThat(refusedStaffLogin("197909214640", "Lars", "Länk").html())
                .contains("Inget personalkonto är kopplat till ditt personnummer");
    }

    @Test
    void theMunicipalitySwitchesBankIdForStaffOffAndOnInTheRealm() throws Exception {
        setBankIdForStaff("DISABLED");
        try {
            try (var browser = browser()) {
                var login = browser.openStaffLogin();
                assertThat(login.html()).contains("id=\"kc-form-login\"").doesNotContain("try-another-way");
            }
        } finally {
            setBankIdForStaff("ALTERNATIVE");
        }
        try (var browser = browser()) {
            assertThat(browser.openStaffLogin().html()).contains("id=\"try-another-way\"");
        }
    }

    /** The execution of the BankID step in the staff flow, as an administrator switches it in the admin console. */
    private static void setBankIdForStaff(String requirement) throws Exception {
        var executions = JSON.readTree(admin().get("/authentication/flows/staff-browser/executions"));
        var bankId = executions.values().stream()
                .filter(execution -> "vardkedjan-bankid".equals(execution.path("providerId").asString("")))
                .findFirst().orElseThrow();
        var changed = new HashMap<String, Object>(JSON.convertValue(bankId, Map.class));
        changed.put("requirement", requirement);
        var answer = admin().send("PUT", "/authentication/flows/staff-browser/executions",
                JSON.writeValueAsString(changed));
        assertThat(answer.statusCode()).as(answer.body()).isIn(202, 204);
    }

    /** A staff BankID login up to Keycloak's answer to {@code finish}, which must be the page that refuses it. */
    private static BankIdPage refusedStaffLogin(String personalNumber, String givenName, String surname)
            throws Exception {
        try (var browser = browser()) {
            var page = approve(browser.openStaffBankIdLogin(), personalNumber, givenName, surname);
            page.pollUntil(answer -> answer.path("status").asString().equals("complete"), Duration.ofSeconds(5));
            var refused = page.submit("finish");
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.state()).isEqualTo("failed");
            assertThat(refused.html()).contains("id=\"vk-bankid-retry\"");
            return refused;
        }
    }

    private static Map<String, Object> portalLogin(String personalNumber, String givenName, String surname)
            throws Exception {
        try (var browser = browser()) {
            return approve(browser.openPortalLogin(), personalNumber, givenName, surname).finishAndRedeem();
        }
    }

    /** The person scans the page's QR code and approves in the simulator, as with the phone app. */
    private static BankIdPage approve(BankIdPage page, String personalNumber, String givenName, String surname)
            throws Exception {
        var order = simulator().pendingOrderWithQrToken(page.qrToken());
        simulator().scan(page.currentQrData());
        simulator().approve(order.path("orderRef").asString(), personalNumber, givenName, surname);
        return page;
    }

    private static KeycloakBrowser browser() {
        return new KeycloakBrowser(new OidcTokens(keycloak.issuerUri(REALM)), APP_URL);
    }

    private static SimulatorTester simulator() {
        return SimulatorTester.of(simulator);
    }

    private static KeycloakAdmin admin() throws Exception {
        return KeycloakAdmin.of(keycloak);
    }
}
