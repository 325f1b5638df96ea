package se.vardkedjan;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import se.vardkedjan.platform.devstack.PostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per test JVM (embedded binaries, data under target/), and a Spring initializer that
 * points every test application context at it. Registered in META-INF/spring.factories, so no test can fall back to
 * another database by accident.
 */
public final class TestPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile PostgresServer server;

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

    /** A new, empty database on the test server, owned by {@code vardkedjan}. */
    public static String freshDatabase(String prefix) {
        var name = prefix + "_" + DATABASES.incrementAndGet();
        server().ensureDatabase(name, "vardkedjan", "vardkedjan");
        return server().jdbcUrl(name);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        server().ensureDatabase("vardkedjan", "vardkedjan", "vardkedjan");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-postgres", Map.of(
                "spring.datasource.url", server().jdbcUrl("vardkedjan"),
                "spring.datasource.username", "vardkedjan",
                "spring.datasource.password", "vardkedjan")));
    }
}
