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

/**
 * One real PostgreSQL server per test JVM (embedded binaries from Maven Central, data under target/), and a Spring
 * initializer that points every module-test context at it. Registered in META-INF/spring.factories.
 */
public final class ModuleTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static volatile PostgresServer server;

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

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        server().ensureDatabase("vardkedjan", "vardkedjan", "vardkedjan");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("module-test-postgres", Map.of(
                "spring.datasource.url", server().jdbcUrl("vardkedjan"),
                "spring.datasource.username", "vardkedjan",
                "spring.datasource.password", "vardkedjan")));
    }
}
