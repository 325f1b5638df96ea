package se.vardkedjan;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import se.vardkedjan.platform.devstack.AppDatabase;
import se.vardkedjan.platform.devstack.PostgresServer;
import se.vardkedjan.platform.devstack.RolePasswords;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per test JVM (embedded binaries, data under target/), and a Spring initializer that
 * points every test application context at it as production runs: Liquibase as the owner of the schemas, the app as
 * the app role with only the rights the changelog grants it (ADR 0014), so a missing grant fails the tests. Registered
 * in META-INF/spring.factories, so no test can fall back to another database by accident.
 */
public final class TestPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String OWNER = "vardkedjan";
    public static final String APP_ROLE = "vardkedjan_app";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final RolePasswords PASSWORDS = RolePasswords.generated();
    private static volatile PostgresServer server;
    private static volatile AppDatabase database;

    public static synchronized PostgresServer server() {
        if (server == null) {
            try {
                Files.createDirectories(Path.of("target"));
                var data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "test-postgres-");
                server = PostgresServer.start(data, 0);
                // Stopped after Spring has closed the cached test contexts (handlers run once they are closed, the
                // last added first): a JVM hook of its own raced them, and a context closing without its database
                // waited 30 s for a connection.
                SpringApplication.getShutdownHandlers().add(server::close);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    /** The app's database, which the test contexts use, with its owner and app role. */
    public static synchronized AppDatabase database() {
        if (database == null) {
            database = server().ensureAppDatabase("vardkedjan", OWNER, APP_ROLE, PASSWORDS);
        }
        return database;
    }

    /** A new, empty database on the test server, owned by {@link #OWNER}, which {@link #APP_ROLE} may connect to. */
    public static AppDatabase freshDatabase(String prefix) {
        var name = prefix + "_" + DATABASES.incrementAndGet();
        return server().ensureAppDatabase(name, OWNER, APP_ROLE, PASSWORDS);
    }

    /**
     * Sets the app role's and the owner's credentials; the changelog parameter app-role is left to application.yaml,
     * which names the app role the app connects as.
     */
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var db = database();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-postgres", Map.of(
                "spring.datasource.url", db.jdbcUrl(),
                "spring.datasource.username", db.appUsername(),
                "spring.datasource.password", db.appPassword(),
                "spring.liquibase.user", db.ownerUsername(),
                "spring.liquibase.password", db.ownerPassword())));
    }
}
