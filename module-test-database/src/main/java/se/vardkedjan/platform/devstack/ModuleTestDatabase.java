package se.vardkedjan.platform.devstack;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One real PostgreSQL server per test JVM (embedded binaries from Maven Central, data under target/), and a Spring
 * initializer that points every module-test context at it: Liquibase runs as the owner of the schemas, the module as
 * the app role with only the rights the changelog grants it (ADR 0014), so a missing grant fails the module tests.
 * Registered in META-INF/spring.factories, so every module whose tests have this on their class path gets it. In the
 * dev stack's package, as the dev stack's Spring side: Spring Modulith sees this jar's classes, and a class elsewhere
 * would reach into the dev stack from another module.
 */
public final class ModuleTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static volatile PostgresServer server;
    private static volatile AppDatabase database;

    public static synchronized PostgresServer server() {
        if (server == null) {
            try {
                Files.createDirectories(Path.of("target"));
                var data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "module-test-postgres-");
                server = PostgresServer.start(data, 0);
                // Stopped after Spring has closed the cached test contexts (handlers run once they are closed): a
                // JVM hook of its own raced them, and a context closing without its database waited 30 s for a
                // connection.
                SpringApplication.getShutdownHandlers().add(server::close);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    /** The module tests' database with its owner and app role. */
    public static synchronized AppDatabase database() {
        if (database == null) {
            database = server().ensureAppDatabase("vardkedjan", "vardkedjan", "vardkedjan_app",
                    RolePasswords.generated());
        }
        return database;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var db = database();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("module-test-postgres", Map.of(
                "spring.datasource.url", db.jdbcUrl(),
                "spring.datasource.username", db.appUsername(),
                "spring.datasource.password", db.appPassword(),
                "spring.liquibase.user", db.ownerUsername(),
                "spring.liquibase.password", db.ownerPassword(),
                "spring.liquibase.parameters.app-role", db.appUsername())));
    }
}
