package se.vardkedjan.platform.launcher;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.vardkedjan.VardkedjanApplication;
import se.vardkedjan.platform.devstack.KeycloakServer;
import se.vardkedjan.platform.devstack.PostgresServer;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run command's entry point: starts what is not configured as external (PostgreSQL, Keycloak), then the app with
 * the demo profile, prints where everything is, and on Ctrl-C stops all of it in reverse order. A second start reuses
 * the data folder. Production runs {@link VardkedjanApplication} itself against external services.
 *
 * <p>Environment: {@code VARDKEDJAN_DATA_DIR} (default {@code .data}), {@code VARDKEDJAN_PORT} (8080),
 * {@code VARDKEDJAN_POSTGRES_PORT} (15432), {@code VARDKEDJAN_KEYCLOAK_PORT} (8180),
 * {@code VARDKEDJAN_KEYCLOAK_MANAGEMENT_PORT} (9180), {@code VARDKEDJAN_KEYCLOAK_DIST} (the distribution zip),
 * {@code VARDKEDJAN_REALM_FILE} (the realm as code). {@code VARDKEDJAN_DATABASE_URL} switches to an external database
 * and {@code VARDKEDJAN_IDENTITY_ISSUER_URI} to an external Keycloak.
 */
public final class DevStackLauncher {

    private DevStackLauncher() {
    }

    public static void main(String[] args) {
        var env = System.getenv();
        var dataDir = Path.of(env.getOrDefault("VARDKEDJAN_DATA_DIR", ".data")).toAbsolutePath();
        var appPort = Integer.parseInt(env.getOrDefault("VARDKEDJAN_PORT", "8080"));
        var appUrl = "http://localhost:" + appPort;
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", appPort);

        PostgresServer postgres = null;
        KeycloakServer keycloak = null;
        try {
            String keycloakJdbcUrl = env.get("VARDKEDJAN_KEYCLOAK_DATABASE_URL");
            if (env.containsKey("VARDKEDJAN_DATABASE_URL")) {
                System.out.println("Using the external database " + env.get("VARDKEDJAN_DATABASE_URL"));
            } else {
                postgres = PostgresServer.start(dataDir.resolve("postgres"),
                        Integer.parseInt(env.getOrDefault("VARDKEDJAN_POSTGRES_PORT", "15432")));
                postgres.ensureDatabase("vardkedjan", "vardkedjan", "vardkedjan");
                postgres.ensureDatabase("keycloak", "keycloak", "keycloak");
                properties.put("spring.datasource.url", postgres.jdbcUrl("vardkedjan"));
                keycloakJdbcUrl = postgres.jdbcUrl("keycloak");
            }

            String issuer;
            if (env.containsKey("VARDKEDJAN_IDENTITY_ISSUER_URI")) {
                issuer = env.get("VARDKEDJAN_IDENTITY_ISSUER_URI");
                System.out.println("Using the external Keycloak " + issuer);
            } else {
                if (keycloakJdbcUrl == null) {
                    throw new IllegalStateException("With an external database, set VARDKEDJAN_KEYCLOAK_DATABASE_URL "
                            + "(and VARDKEDJAN_KEYCLOAK_DATABASE_USERNAME/PASSWORD) for Keycloak's own database, "
                            + "or VARDKEDJAN_IDENTITY_ISSUER_URI for an external Keycloak.");
                }
                keycloak = KeycloakServer.start(new KeycloakServer.Settings(
                        requireFile(env.get("VARDKEDJAN_KEYCLOAK_DIST"), "VARDKEDJAN_KEYCLOAK_DIST"),
                        dataDir.resolve("keycloak"),
                        requireFile(env.get("VARDKEDJAN_REALM_FILE"), "VARDKEDJAN_REALM_FILE"),
                        keycloakJdbcUrl,
                        env.getOrDefault("VARDKEDJAN_KEYCLOAK_DATABASE_USERNAME", "keycloak"),
                        env.getOrDefault("VARDKEDJAN_KEYCLOAK_DATABASE_PASSWORD", "keycloak"),
                        Integer.parseInt(env.getOrDefault("VARDKEDJAN_KEYCLOAK_PORT", "8180")),
                        Integer.parseInt(env.getOrDefault("VARDKEDJAN_KEYCLOAK_MANAGEMENT_PORT", "9180")),
                        Map.of("VARDKEDJAN_APP_URL", appUrl),
                        dataDir.resolve("logs/keycloak.log")));
                issuer = keycloak.issuerUri("vardkedjan");
            }
            properties.put("vardkedjan.identity.issuer-uri", issuer);

            var app = new SpringApplicationBuilder(VardkedjanApplication.class)
                    .properties(properties)
                    .profiles("demo")
                    .registerShutdownHook(false)
                    .run(args);
            Runtime.getRuntime().addShutdownHook(new Thread(stopAll(app, keycloak, postgres), "vardkedjan-stop"));
            printWelcome(System.out, appUrl, keycloak, dataDir);
        } catch (RuntimeException e) {
            stopAll(null, keycloak, postgres).run();
            throw e;
        }
    }

    private static Runnable stopAll(ConfigurableApplicationContext app, KeycloakServer keycloak,
                                    PostgresServer postgres) {
        return () -> {
            System.out.println("Stopping Vårdkedjan ...");
            if (app != null) {
                app.close();
            }
            if (keycloak != null) {
                keycloak.close();
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

    private static void printWelcome(PrintStream out, String appUrl, KeycloakServer keycloak, Path dataDir) {
        out.println();
        out.println("==================================================================================");
        out.println(" Vårdkedjan is running");
        out.println("   Staff and provider UI : " + appUrl + "/");
        out.println("   Citizen portal        : " + appUrl + "/portal");
        out.println("   Health                : " + appUrl + "/actuator/health");
        out.println("   Data folder           : " + dataDir + "  (delete it to start from scratch)");
        if (keycloak != null) {
            printDemoLogins(out, keycloak);
        }
        out.println();
        out.println(" Press Ctrl-C to stop everything.");
        out.println("==================================================================================");
    }

    private static void printDemoLogins(PrintStream out, KeycloakServer keycloak) {
        out.println("   Keycloak admin console: " + keycloak.baseUrl() + "/admin  (admin / admin, DEV ONLY)");
        out.println();
        out.println(" Demo logins (DEV ONLY, password 'demo' for all):");
        out.println("   handlaggare       caseworker, Beroendeenheten Nord");
        out.println("   handlaggare.syd   caseworker, Beroendeenheten Syd");
        out.println("   enhetschef        unit manager + caseworker, Beroendeenheten Nord");
        out.println("   analytiker        analyst");
        out.println("   utforare          provider staff, Solgårdens behandlingshem");
        out.println("   administrator     administrator");
        out.println("   klient            client (portal)");
    }
}
