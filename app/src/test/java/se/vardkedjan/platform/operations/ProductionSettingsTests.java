package se.vardkedjan.platform.operations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.support.EnvironmentPostProcessorApplicationListener;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import se.vardkedjan.VardkedjanApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The jar on its own runs as production and refuses to start with a missing or development setting (ADR 0032): each
 * refusal names the variable to set, all of them come in one message without a stack trace, and a complete production
 * setting passes. The app is started as {@code java -jar} starts it, from its configuration files and the command line
 * (where environment variables would be); a refused start stops before any bean is made.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionSettingsTests {

    /** Raised after the settings were checked, so that an accepted start stops there, unreported. */
    private static final class Accepted extends SpringApplication.AbandonedRunException {
    }

    /**
     * Stops a start right after the environment post-processors (the check), before Spring Boot sets up logging: a
     * test must not set the log format of the whole test JVM (production's JSON) for the test contexts after it.
     */
    private record StopAfterTheCheck(AtomicReference<ConfigurableEnvironment> checked)
            implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            checked.set(event.getEnvironment());
            throw new Accepted();
        }

        @Override
        public int getOrder() {
            return EnvironmentPostProcessorApplicationListener.DEFAULT_ORDER + 1;
        }
    }

    /** A complete production setting, as an operator gives it in environment variables. */
    private static Map<String, String> production() {
        var settings = new LinkedHashMap<String, String>();
        settings.put("VARDKEDJAN_IDENTITY_ISSUER_URI", "https://login.exempelstad.se/realms/vardkedjan");
        settings.put("VARDKEDJAN_IDENTITY_STAFF_CLIENT_SECRET", "q8Zr1vP0sLx3Kw9mT2bN");
        settings.put("VARDKEDJAN_IDENTITY_PORTAL_CLIENT_SECRET", "Hc4yE7uJ2pQ9aV6rW1zX");
        settings.put("VARDKEDJAN_SECURE_COOKIES", "true");
        settings.put("VARDKEDJAN_DATABASE_URL", "jdbc:postgresql://db.exempelstad.se:5432/vardkedjan");
        settings.put("VARDKEDJAN_DATABASE_PASSWORD", "app-role-password-from-the-vault");
        settings.put("VARDKEDJAN_DATABASE_OWNER_PASSWORD", "owner-password-from-the-vault");
        return settings;
    }

    private static Map<String, String> productionWith(String key, String value) {
        var settings = production();
        if (value == null) {
            settings.remove(key);
        } else {
            settings.put(key, value);
        }
        return settings;
    }

    @Test
    void aCompleteProductionSettingIsAcceptedAndLogsJson() {
        var environment = new AtomicReference<ConfigurableEnvironment>();

        var failure = start(production(), environment);

        assertThat(failure).as("stopped by the test right after the check, not refused").isInstanceOf(Accepted.class);
        assertThat(ProductionSettings.problems(environment.get())).isEmpty();
        assertThat(environment.get().getProperty("logging.structured.format.console")).isEqualTo("ecs");
        assertThat(environment.get().getProperty("spring.main.banner-mode")).isEqualTo("off");
    }

    @Test
    void anOperatorsOwnLogFormatIsKept() {
        var environment = new AtomicReference<ConfigurableEnvironment>();

        start(productionWith("LOGGING_STRUCTURED_FORMAT_CONSOLE", "logstash"), environment);

        assertThat(environment.get().getProperty("logging.structured.format.console")).isEqualTo("logstash");
    }

    @Test
    void developmentChecksNothingAndKeepsTheHumanLogFormat() {
        var environment = new AtomicReference<ConfigurableEnvironment>();
        var settings = productionWith("VARDKEDJAN_ENVIRONMENT", "development");
        settings.put("VARDKEDJAN_IDENTITY_STAFF_CLIENT_SECRET", "vardkedjan-staff-dev-secret");
        settings.put("VARDKEDJAN_IDENTITY_ISSUER_URI", "http://localhost:8180/realms/vardkedjan");

        var failure = start(settings, environment);

        assertThat(failure).isInstanceOf(Accepted.class);
        assertThat(environment.get().getProperty("logging.structured.format.console")).isNull();
    }

    @Test
    void theRunCommandsDefaultPropertyMakesItDevelopment() {
        // The launcher (dev/launcher) gives vardkedjan.environment as a default property, the weakest source: nothing
        // in the product's configuration may outrank it. The demo defaults then start as they always did.
        var environment = new AtomicReference<ConfigurableEnvironment>();

        var failure = start(Map.of(), Map.of("vardkedjan.environment", "development"), environment);

        assertThat(failure).isInstanceOf(Accepted.class);
        assertThat(environment.get().getProperty("vardkedjan.identity.staff.client-secret"))
                .isEqualTo("vardkedjan-staff-dev-secret");
    }

    @Test
    void theJarOnItsOwnIsProduction() {
        // No VARDKEDJAN_ENVIRONMENT at all, as in every test here: production's checks apply.
        assertRefusedFor(productionWith("VARDKEDJAN_SECURE_COOKIES", "false"), "VARDKEDJAN_SECURE_COOKIES");
        var spelledOut = productionWith("VARDKEDJAN_SECURE_COOKIES", "false");
        spelledOut.put("VARDKEDJAN_ENVIRONMENT", " Production ");
        assertRefusedFor(spelledOut, "VARDKEDJAN_SECURE_COOKIES");
    }

    @Test
    void anUnknownEnvironmentIsRefusedRatherThanGuessed() {
        assertRefusedFor(productionWith("VARDKEDJAN_ENVIRONMENT", "dev"), "VARDKEDJAN_ENVIRONMENT");
    }

    @Test
    void thePlainHttpIssuerIsRefused() {
        assertRefusedFor(productionWith("VARDKEDJAN_IDENTITY_ISSUER_URI", "http://login.exempelstad.se/realms/vardkedjan"),
                "VARDKEDJAN_IDENTITY_ISSUER_URI");
    }

    @Test
    void theDemoIssuerIsRefusedWhenNoIssuerIsGiven() {
        // application.yaml's default is the run command's Keycloak on http://localhost:8180.
        assertRefusedFor(productionWith("VARDKEDJAN_IDENTITY_ISSUER_URI", null), "VARDKEDJAN_IDENTITY_ISSUER_URI");
    }

    @ParameterizedTest
    @ValueSource(strings = {"STAFF", "PORTAL"})
    void aMissingClientSecretIsRefusedNotTakenFromTheDemoDefault(String client) {
        var variable = "VARDKEDJAN_IDENTITY_" + client + "_CLIENT_SECRET";
        var problem = assertRefusedFor(productionWith(variable, null), variable);
        assertThat(problem.reason()).contains("demo realm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"STAFF", "PORTAL"})
    void aBlankClientSecretIsRefused(String client) {
        var variable = "VARDKEDJAN_IDENTITY_" + client + "_CLIENT_SECRET";
        assertRefusedFor(productionWith(variable, " "), variable);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kommunens-dev-secret", "VARDKEDJAN-STAFF-DEV-SECRET"})
    void aSecretNamedLikeTheDemoSecretsIsRefused(String secret) {
        assertRefusedFor(productionWith("VARDKEDJAN_IDENTITY_STAFF_CLIENT_SECRET", secret),
                "VARDKEDJAN_IDENTITY_STAFF_CLIENT_SECRET");
    }

    /**
     * Every secret the demo realm file holds — its clients' secrets and its accounts' credentials — is refused as
     * either client's secret, whatever it is named: the list in {@link ProductionSettings} must follow the file.
     */
    @Test
    void everySecretTheDemoRealmFileHoldsIsRefused() throws IOException {
        var secrets = demoRealmSecrets();
        assertThat(secrets).as("secrets in the demo realm file").contains("vardkedjan-staff-dev-secret",
                "demo-vardkedjan");

        for (var secret : secrets) {
            for (var client : List.of("STAFF", "PORTAL")) {
                var variable = "VARDKEDJAN_IDENTITY_" + client + "_CLIENT_SECRET";
                assertThat(ProductionSettings.isDemoRealmSecret(secret)).as(secret).isTrue();
                assertRefusedFor(productionWith(variable, secret), variable);
            }
        }
    }

    @Test
    void demoDataIsRefused() {
        assertRefusedFor(productionWith("VARDKEDJAN_DEMODATA_ENABLED", "true"), "VARDKEDJAN_DEMODATA_ENABLED");
    }

    @Test
    void cookiesWithoutSecureAreRefused() {
        assertRefusedFor(productionWith("VARDKEDJAN_SECURE_COOKIES", "false"), "VARDKEDJAN_SECURE_COOKIES");
        assertRefusedFor(productionWith("VARDKEDJAN_SECURE_COOKIES", null), "VARDKEDJAN_SECURE_COOKIES");
    }

    @Test
    void plainHttpWithoutTheProxysHeadersIsRefused() {
        assertRefusedFor(productionWith("SERVER_FORWARD_HEADERS_STRATEGY", "none"), "SERVER_FORWARD_HEADERS_STRATEGY");
    }

    @Test
    void theAppsOwnCertificateNeedsNoProxyHeaders() {
        var settings = productionWith("SERVER_FORWARD_HEADERS_STRATEGY", "none");
        settings.put("SERVER_SSL_BUNDLE", "vardkedjan");

        assertThat(start(settings, new AtomicReference<>())).isInstanceOf(Accepted.class);
    }

    @Test
    void metricsOnTheAppsPortOrOnNoFixedPortAreRefused() {
        var samePort = productionWith("VARDKEDJAN_MANAGEMENT_PORT", "8443");
        samePort.put("VARDKEDJAN_PORT", "8443");
        assertRefusedFor(samePort, "VARDKEDJAN_MANAGEMENT_PORT");
        assertRefusedFor(productionWith("VARDKEDJAN_MANAGEMENT_PORT", "0"), "VARDKEDJAN_MANAGEMENT_PORT");
    }

    @Test
    void aMissingDatabasePasswordIsRefused() {
        assertRefusedFor(productionWith("VARDKEDJAN_DATABASE_PASSWORD", null), "VARDKEDJAN_DATABASE_PASSWORD");
        assertRefusedFor(productionWith("VARDKEDJAN_DATABASE_OWNER_PASSWORD", null),
                "VARDKEDJAN_DATABASE_OWNER_PASSWORD");
    }

    @Test
    void theOwnersPasswordIsNotNeededWhereTheChangelogRunsApart() {
        var settings = productionWith("VARDKEDJAN_DATABASE_OWNER_PASSWORD", null);
        settings.put("SPRING_LIQUIBASE_ENABLED", "false");

        assertThat(start(settings, new AtomicReference<>())).isInstanceOf(Accepted.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://localhost:8290/rp/v6.0/", "https://127.0.0.1:41234/rp/v6.0/",
            "http://localhost:8190/", "https://appapi2.test.bankid.com/rp/v6.0/"})
    void aDevelopmentBankIdAddressAnywhereInTheSettingsIsRefused(String address) {
        // The app reads no BankID setting: whatever variable carries one was copied from a development setup.
        assertRefusedFor(productionWith("KC_SPI_AUTHENTICATOR__VARDKEDJAN_BANKID__SERVICE_URL", address),
                "KC_SPI_AUTHENTICATOR__VARDKEDJAN_BANKID__SERVICE_URL");
        assertRefusedFor(productionWith("VARDKEDJAN_BANKID_SERVICE_URL", "BankID at " + address + " for now"),
                "VARDKEDJAN_BANKID_SERVICE_URL");
    }

    @Test
    void bankIdsProductionServiceIsNotMistakenForTheSimulator() {
        assertThat(ProductionSettings.namesADevelopmentBankId("https://appapi2.bankid.com/rp/v6.0/")).isFalse();
        assertThat(ProductionSettings.namesADevelopmentBankId("https://bankid.exempelstad.se:8290/rp/v6.0/")).isFalse();
        assertThat(ProductionSettings.namesADevelopmentBankId("/opt/vardkedjan/lib/bankid-simulator.jar")).isFalse();
    }

    @Test
    void everyProblemComesInOneMessageWithoutAStackTrace(CapturedOutput output) {
        // The run command's settings, copied to production.
        var settings = new LinkedHashMap<String, String>();
        settings.put("VARDKEDJAN_MANAGEMENT_PORT", "8080");
        settings.put("SERVER_FORWARD_HEADERS_STRATEGY", "none");
        settings.put("VARDKEDJAN_DEMODATA_ENABLED", "true");
        settings.put("VARDKEDJAN_BANKID_SERVICE_URL", "https://localhost:8290/rp/v6.0/");

        var failure = start(settings, new AtomicReference<>());

        assertThat(failure).isInstanceOf(ProductionSettingsRefused.class);
        var variables = ((ProductionSettingsRefused) failure).problems().stream().map(ProductionSettings.Problem::variable)
                .toList();
        assertThat(variables).containsExactlyInAnyOrder("VARDKEDJAN_IDENTITY_ISSUER_URI",
                "VARDKEDJAN_IDENTITY_STAFF_CLIENT_SECRET", "VARDKEDJAN_IDENTITY_PORTAL_CLIENT_SECRET",
                "VARDKEDJAN_DEMODATA_ENABLED", "VARDKEDJAN_SECURE_COOKIES", "SERVER_FORWARD_HEADERS_STRATEGY",
                "VARDKEDJAN_MANAGEMENT_PORT", "VARDKEDJAN_DATABASE_PASSWORD", "VARDKEDJAN_DATABASE_OWNER_PASSWORD",
                "VARDKEDJAN_BANKID_SERVICE_URL");
        // Spring Boot's failure report: the operator reads the list and what to do, not a stack trace.
        var report = output.toString().substring(output.toString().indexOf("APPLICATION FAILED TO START"));
        assertThat(report).contains("Vårdkedjan runs as production", "docs/operations.md");
        variables.forEach(variable -> assertThat(report).contains("  - " + variable + " "));
        assertThat(report).doesNotContain("\tat ", "Exception");
    }

    /** Starts the app with the settings; asserts it was refused for exactly the one variable, and returns why. */
    private static ProductionSettings.Problem assertRefusedFor(Map<String, String> settings, String variable) {
        var failure = start(settings, new AtomicReference<>());
        assertThat(failure).as("refused for " + variable).isInstanceOf(ProductionSettingsRefused.class);
        assertThat(failure.getMessage()).contains("  - " + variable + " ");
        var problems = ((ProductionSettingsRefused) failure).problems();
        assertThat(problems).as("the only problem").extracting(ProductionSettings.Problem::variable)
                .containsExactly(variable);
        return problems.getFirst();
    }

    /**
     * Starts the app as {@code java -jar} does: from its own {@code application.yaml} (not the tests') and the given
     * environment variables in place of the machine's, without the test database's initializer (and, as the run
     * command's launcher does, with default properties). A start the settings pass is abandoned right after the check.
     * Returns why it stopped; the environment as it was checked.
     */
    private static Throwable start(Map<String, String> variables, AtomicReference<ConfigurableEnvironment> checked) {
        return start(variables, Map.of(), checked);
    }

    private static Throwable start(Map<String, String> variables, Map<String, Object> defaultProperties,
                                   AtomicReference<ConfigurableEnvironment> checked) {
        var environment = new StandardEnvironment();
        var given = new LinkedHashMap<String, Object>(variables);
        given.put("SPRING_CONFIG_LOCATION", "classpath:/application.yaml");
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, given));
        var app = new SpringApplication(VardkedjanApplication.class);
        app.setEnvironment(environment);
        app.setDefaultProperties(defaultProperties);
        app.setInitializers(List.of());
        app.addListeners(new StopAfterTheCheck(checked));
        return catchThrowable(() -> app.run().close());
    }

    /** The client secrets and the accounts' credential values in the demo realm file. */
    private static TreeSet<String> demoRealmSecrets() throws IOException {
        var file = Path.of(System.getProperty("vardkedjan.realm.file", "../keycloak-realm/realm/vardkedjan-realm.json"));
        var realm = JsonMapper.builder().build().readTree(Files.readString(file));
        var secrets = new TreeSet<String>();
        for (JsonNode client : realm.path("clients")) {
            if (client.hasNonNull("secret")) {
                secrets.add(client.path("secret").asString());
            }
        }
        for (JsonNode user : realm.path("users")) {
            for (JsonNode credential : user.path("credentials")) {
                if (credential.hasNonNull("value")) {
                    secrets.add(credential.path("value").asString());
                }
            }
        }
        return secrets;
    }
}
