package se.vardkedjan.dev.launcher;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.context.ConfigurableApplicationContext;
import se.vardkedjan.platform.devstack.KeycloakServer;
import se.vardkedjan.platform.devstack.PostgresServer;
import se.vardkedjan.platform.devstack.RolePasswords;
import se.vardkedjan.platform.devstack.bankid.BankIdSimulator;
import se.vardkedjan.platform.devstack.otp.DemoOtpAccounts;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The run command's entry point: starts what is not configured as external (PostgreSQL, the BankID simulator,
 * Keycloak with our BankID extension), then the app with the demo profile, prints where everything is, and on Ctrl-C
 * stops all of it in reverse order. A second start reuses the data folder. Production runs
 * {@value #APPLICATION} itself against external services, from the app's jar, which carries none of this (ADR 0018):
 * the run command starts this class from the app's jar with the development tooling on Spring Boot's loader path
 * ({@code loader.path}), so the app is on the class path at run time only.
 *
 * <p>The app runs as development ({@code vardkedjan.environment=development}, ADR 0032): it takes the demo realm's
 * secrets, the plain-HTTP issuer and the demo data, which the jar on its own refuses, and logs in the human format.
 *
 * <p>Environment: {@code VARDKEDJAN_DATA_DIR} (default {@code .data}), {@code VARDKEDJAN_PORT} (8080),
 * {@code VARDKEDJAN_MANAGEMENT_PORT} (9080, the app's health and metrics),
 * {@code VARDKEDJAN_POSTGRES_PORT} (15432), {@code VARDKEDJAN_KEYCLOAK_PORT} (8180),
 * {@code VARDKEDJAN_KEYCLOAK_MANAGEMENT_PORT} (9180), {@code VARDKEDJAN_KEYCLOAK_DIST} (the distribution zip),
 * {@code VARDKEDJAN_REALM_FILE} (the realm as code), {@code VARDKEDJAN_BANKID_AUTHENTICATOR} (the extension's jar),
 * {@code VARDKEDJAN_BANKID_SIMULATOR_PORT} (8290) and {@code VARDKEDJAN_BANKID_TESTER_PORT} (8190).
 * The embedded PostgreSQL gets the app's two database roles ({@code vardkedjan} owns the schemas and runs the
 * changelog, {@code vardkedjan_app} runs the app) with passwords generated once and kept in
 * {@code <data folder>/database-passwords.properties}.
 * {@code VARDKEDJAN_DATABASE_URL} switches to an external database (then with the credentials of
 * {@code docs/operations.md}), {@code VARDKEDJAN_IDENTITY_ISSUER_URI} to an
 * external Keycloak, and {@code VARDKEDJAN_BANKID_SERVICE_URL} (with {@code VARDKEDJAN_BANKID_KEY_STORE},
 * {@code _KEY_STORE_PASSWORD} and {@code _TRUST_ANCHOR}) to BankID's real test service instead of the simulator.
 */
public final class DevStackLauncher {

    /** The embedded database's role passwords, generated on the first start, in the data folder (mode 0600). */
    static final String DATABASE_PASSWORDS = "database-passwords.properties";
    /** The product's Spring Boot application, in the app's jar. */
    static final String APPLICATION = "se.vardkedjan.VardkedjanApplication";
    /** The demo accounts' password in the realm file (development only). */
    static final String DEMO_PASSWORD = "demo-vardkedjan";
    /** The setting that tells the app it runs as development (ADR 0032). */
    static final String ENVIRONMENT = "vardkedjan.environment";

    private DevStackLauncher() {
    }

    public static void main(String[] args) {
        var env = System.getenv();
        var dataDir = Path.of(env.getOrDefault("VARDKEDJAN_DATA_DIR", ".data")).toAbsolutePath();
        var appPort = Integer.parseInt(env.getOrDefault("VARDKEDJAN_PORT", "8080"));
        var appUrl = "http://localhost:" + appPort;
        var managementUrl = "http://localhost:" + env.getOrDefault("VARDKEDJAN_MANAGEMENT_PORT", "9080");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", appPort);
        // The run command shows the product with a generated municipality; an existing database is left alone.
        properties.put("vardkedjan.demo-data.enabled", env.getOrDefault("VARDKEDJAN_DEMO_DATA", "true"));

        PostgresServer postgres = null;
        BankIdSimulator bankId = null;
        KeycloakServer keycloak = null;
        try {
            String keycloakJdbcUrl = env.get("VARDKEDJAN_KEYCLOAK_DATABASE_URL");
            if (env.containsKey("VARDKEDJAN_DATABASE_URL")) {
                System.out.println("Using the external database " + env.get("VARDKEDJAN_DATABASE_URL"));
            } else {
                postgres = PostgresServer.start(dataDir.resolve("postgres"),
                        Integer.parseInt(env.getOrDefault("VARDKEDJAN_POSTGRES_PORT", "15432")));
                // Two roles with generated passwords, kept in the data folder (ADR 0014); a data folder from before
                // keeps its database, owned by vardkedjan, and gets the app role.
                var database = postgres.ensureAppDatabase("vardkedjan", "vardkedjan", "vardkedjan_app",
                        RolePasswords.keptIn(dataDir.resolve(DATABASE_PASSWORDS)));
                postgres.ensureDatabase("keycloak", "keycloak", "keycloak");
                properties.put("spring.datasource.url", database.jdbcUrl());
                properties.put("spring.datasource.username", database.appUsername());
                properties.put("spring.datasource.password", database.appPassword());
                properties.put("spring.liquibase.user", database.ownerUsername());
                properties.put("spring.liquibase.password", database.ownerPassword());
                keycloakJdbcUrl = postgres.jdbcUrl("keycloak");
            }

            String issuer;
            DemoOtpAccounts demoCodes = DemoOtpAccounts.of(List.of());
            if (env.containsKey("VARDKEDJAN_IDENTITY_ISSUER_URI")) {
                issuer = env.get("VARDKEDJAN_IDENTITY_ISSUER_URI");
                System.out.println("Using the external Keycloak " + issuer);
            } else {
                var realmFile = requireFile(env.get("VARDKEDJAN_REALM_FILE"), "VARDKEDJAN_REALM_FILE");
                // The demo staff's authenticator secrets are in the realm file; the simulator's page shows their codes.
                demoCodes = DemoOtpAccounts.fromRealmFile(realmFile);
                var connection = BankIdConnection.fromEnvironment(env);
                if (connection.isEmpty()) {
                    bankId = BankIdSimulator.start(new BankIdSimulator.Settings(dataDir.resolve("bankid-simulator"),
                            Integer.parseInt(env.getOrDefault("VARDKEDJAN_BANKID_SIMULATOR_PORT", "8290")),
                            Integer.parseInt(env.getOrDefault("VARDKEDJAN_BANKID_TESTER_PORT", "8190")),
                            BankIdSimulator.Settings.DEFAULT_UNSTARTED_ORDER_TIMEOUT,
                            BankIdSimulator.Settings.DEFAULT_USER_SIGN_TIMEOUT).withDemoOtpAccounts(demoCodes));
                    connection = Optional.of(BankIdConnection.to(bankId));
                } else {
                    System.out.println("Using the BankID service " + connection.get().serviceUrl());
                }
                if (keycloakJdbcUrl == null) {
                    throw new IllegalStateException("With an external database, set VARDKEDJAN_KEYCLOAK_DATABASE_URL "
                            + "(and VARDKEDJAN_KEYCLOAK_DATABASE_USERNAME/PASSWORD) for Keycloak's own database, "
                            + "or VARDKEDJAN_IDENTITY_ISSUER_URI for an external Keycloak.");
                }
                keycloak = KeycloakServer.start(new KeycloakServer.Settings(
                        requireFile(env.get("VARDKEDJAN_KEYCLOAK_DIST"), "VARDKEDJAN_KEYCLOAK_DIST"),
                        dataDir.resolve("keycloak"),
                        realmFile,
                        keycloakJdbcUrl,
                        env.getOrDefault("VARDKEDJAN_KEYCLOAK_DATABASE_USERNAME", "keycloak"),
                        env.getOrDefault("VARDKEDJAN_KEYCLOAK_DATABASE_PASSWORD", "keycloak"),
                        Integer.parseInt(env.getOrDefault("VARDKEDJAN_KEYCLOAK_PORT", "8180")),
                        Integer.parseInt(env.getOrDefault("VARDKEDJAN_KEYCLOAK_MANAGEMENT_PORT", "9180")),
                        Map.of("VARDKEDJAN_APP_URL", appUrl),
                        dataDir.resolve("logs/keycloak.log"),
                        List.of(requireFile(env.get("VARDKEDJAN_BANKID_AUTHENTICATOR"), "VARDKEDJAN_BANKID_AUTHENTICATOR")),
                        connection.get().keycloakOptions()));
                issuer = keycloak.issuerUri("vardkedjan");
            }
            properties.put("vardkedjan.identity.issuer-uri", issuer);

            // What the dev stack started wins over application.yaml's defaults (ports, database, issuer).
            var app = new SpringApplicationBuilder(application())
                    // The jar on its own is production, which refuses the demo realm's secrets, the plain-HTTP issuer
                    // and the demo data (ADR 0032). Read before any initializer runs, hence a default property (an
                    // environment variable VARDKEDJAN_ENVIRONMENT still wins).
                    .properties(Map.of(ENVIRONMENT, "development"))
                    .initializers(context -> context.getEnvironment().getPropertySources()
                            .addFirst(new MapPropertySource("dev-stack", properties)))
                    .profiles("demo")
                    .registerShutdownHook(false)
                    .run(args);
            Runtime.getRuntime().addShutdownHook(new Thread(stopAll(app, keycloak, bankId, postgres),
                    "vardkedjan-stop"));
            printWelcome(System.out, appUrl, managementUrl, keycloak, bankId, demoCodes, postgres, dataDir);
        } catch (RuntimeException e) {
            stopAll(null, keycloak, bankId, postgres).run();
            throw e;
        }
    }

    private static Class<?> application() {
        try {
            return Class.forName(APPLICATION);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The launcher runs from the app's jar (" + APPLICATION + " not found). "
                    + "Start the product with ./run.sh.", e);
        }
    }

    private static Runnable stopAll(ConfigurableApplicationContext app, KeycloakServer keycloak,
                                    BankIdSimulator bankId, PostgresServer postgres) {
        return () -> {
            System.out.println("Stopping Vårdkedjan ...");
            if (app != null) {
                app.close();
            }
            if (keycloak != null) {
                keycloak.close();
            }
            if (bankId != null) {
                bankId.close();
            }
            if (postgres != null) {
                postgres.close();
            }
            System.out.println("Stopped.");
        };
    }

    private static Path requireFile(String value, String variable) {
        if (value == null || !Files.isRegularFile(Path.of(value))) {
            throw new IllegalStateException(variable + " must name an existing file (got " + value
                    + "). Start the product with ./run.sh, which sets it.");
        }
        return Path.of(value);
    }

    private static void printWelcome(PrintStream out, String appUrl, String managementUrl, KeycloakServer keycloak,
                                     BankIdSimulator bankId, DemoOtpAccounts demoCodes, PostgresServer postgres,
                                     Path dataDir) {
        out.println();
        out.println("==================================================================================");
        out.println(" Vårdkedjan is running");
        out.println("   Staff and provider UI : " + appUrl + "/");
        out.println("   Citizen portal        : " + appUrl + "/portal");
        out.println("   Health and metrics    : " + managementUrl + "/actuator/health, " + managementUrl
                + "/actuator/prometheus");
        if (bankId != null) {
            out.println("   BankID simulator      : " + bankId.testerUrl()
                    + "  (approve BankID logins here, in place of the phone app;");
            out.println("                           the staff's one-time codes are there too, under Demokoder)");
        }
        out.println("   Data folder           : " + dataDir + "  (delete it to start from scratch)");
        if (postgres != null) {
            out.println("   Database              : " + postgres.jdbcUrl("vardkedjan")
                    + "  (app role vardkedjan_app, owner vardkedjan;");
            out.println("                           passwords in " + dataDir.resolve(DATABASE_PASSWORDS) + ")");
        }
        if (keycloak != null) {
            printDemoLogins(out, keycloak, bankId, demoCodes);
        }
        out.println();
        out.println(" Press Ctrl-C to stop everything.");
        out.println("==================================================================================");
    }

    private static void printDemoLogins(PrintStream out, KeycloakServer keycloak, BankIdSimulator bankId,
                                        DemoOtpAccounts demoCodes) {
        out.println("   Keycloak admin console: " + keycloak.baseUrl() + "/admin  (admin / admin, DEV ONLY)");
        out.println();
        out.println(" Demo logins (DEV ONLY, password '" + DEMO_PASSWORD + "' for all, then a one-time code):");
        out.println("   handlaggare       caseworker, Beroendeenheten Nord (also BankID: Anna Lindqvist)");
        out.println("   handlaggare.syd   caseworker, Beroendeenheten Syd");
        out.println("   enhetschef        unit manager + caseworker, Beroendeenheten Nord");
        out.println("   analytiker        analyst");
        out.println("   utforare          provider staff, Solgårdens behandlingshem");
        out.println("   utforare.nyktervag provider staff, Nykter väg öppenvård (LOV)");
        out.println("   administrator     administrator");
        out.println("   region.lakare     region participant (reads the SIPs they take part in)");
        if (bankId != null) {
            out.println(" One-time codes: " + bankId.testerUrl() + "#demokoder-rubrik (\"Demokoder\"), in place of an "
                    + "authenticator app.");
            out.println(" Staff BankID: on the login page choose \"Försök med annat sätt\", then BankID, and approve as "
                    + "Anna Lindqvist in the simulator.");
        } else {
            out.println(" One-time codes: add a demo account's secret to an authenticator app "
                    + "(TOTP, SHA-1, 6 digits, 30 s):");
            demoCodes.all().forEach(account -> out.printf("   %-17s %s%n", account.username(), account.secret()));
        }
        out.println(" Clients log in to the portal with BankID: approve in the BankID simulator with a test person.");
    }
}
