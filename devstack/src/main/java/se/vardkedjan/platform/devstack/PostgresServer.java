package se.vardkedjan.platform.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server from the binaries published on Maven Central, keeping its data in a folder of our
 * choosing. A second start on the same folder reuses the data. The caller stops it with {@link #close()} (the run
 * command's launcher and the test support do so from their own shutdown hooks, in order).
 */
public final class PostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts PostgreSQL on the given data folder. An existing cluster in the folder is reused as it is.
     *
     * @param port the port to listen on, or 0 for any free port
     */
    public static PostgresServer start(Path dataDirectory, int port) {
        return start(dataDirectory, port, java.util.Map.of());
    }

    /**
     * Starts PostgreSQL on the given data folder with extra server settings (e.g. {@code shared_buffers} for a
     * benchmark at national scale); the settings apply to this start only.
     */
    public static PostgresServer start(Path dataDirectory, int port, java.util.Map<String, String> serverConfig) {
        try {
            Files.createDirectories(dataDirectory);
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // No hook of its own: it would race the owner's ordered stop (app, then Keycloak, then the
                    // database) and close connections under the app. Whoever starts the server stops it.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC")
                    .setLocaleConfig("locale", "C.UTF-8");
            serverConfig.forEach(builder::setServerConfig);
            if (port > 0) {
                builder.setPort(port);
            }
            var started = builder.start();
            log.info("PostgreSQL is listening on port {} with data in {}", started.getPort(), dataDirectory);
            return new PostgresServer(started, dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL could not start with data in " + dataDirectory, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /**
     * Makes sure a login role and a database owned by it exist. The embedded server trusts local connections, so the
     * password is a formality kept for parity with an external server.
     */
    public void ensureDatabase(String database, String owner, String password) {
        requireIdentifier(database);
        requireIdentifier(owner);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var roleExists = statement.executeQuery("select 1 from pg_roles where rolname = '" + owner + "'").next();
            if (!roleExists) {
                statement.execute("create role " + owner + " login password '" + password.replace("'", "''") + "'");
            }
            var databaseExists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'").next();
            if (!databaseExists) {
                statement.execute("create database " + database + " owner " + owner + " encoding 'UTF8'");
                log.info("Created database {} owned by {}", database, owner);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    private static void requireIdentifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain lower-case SQL identifier: " + name);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
            log.info("PostgreSQL stopped");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
