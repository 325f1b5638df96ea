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
 *
 * <p>Only the server's own superuser ({@code postgres}, which the dev stack administers it with) is trusted on this
 * machine; every other role logs in with its password (SCRAM), so that a wrong password fails here as it would against
 * a production server. DEV ONLY: anyone on the machine may connect as the superuser.
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
            // The rules for logins are read at start. A new cluster is made by the first start, so it starts again
            // to read them (a reload would also re-read postgresql.conf and complain of the settings above).
            var created = !Files.exists(dataDirectory.resolve("PG_VERSION"));
            if (!created) {
                requirePasswords(dataDirectory);
            }
            var started = builder.start();
            if (created) {
                started.close();
                requirePasswords(dataDirectory);
                started = builder.start();
            }
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
     * Makes sure a login role with the given password and a database owned by it exist (a role that exists gets the
     * password, so the password given is the one that works).
     */
    public void ensureDatabase(String database, String owner, String password) {
        requireIdentifier(database);
        requireIdentifier(owner);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            ensureLoginRole(statement, owner, password);
            var databaseExists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'").next();
            if (!databaseExists) {
                statement.execute("create database " + database + " owner " + owner + " encoding 'UTF8'");
                log.info("Created database {} owned by {}", database, owner);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    /**
     * Makes sure the app's database exists with its two roles (ADR 0014): the owner, which owns the database and runs
     * the changelog, and the app role, which may only connect until the changelog grants it its rights. Both log in
     * with their password from {@code passwords}. A database made by an earlier version of the dev stack (owned by the
     * owner, with no app role) keeps its data: the app role is added, and the changelog grants it its rights.
     */
    public AppDatabase ensureAppDatabase(String database, String owner, String appRole, RolePasswords passwords) {
        requireIdentifier(database);
        requireIdentifier(owner);
        requireIdentifier(appRole);
        if (owner.equals(appRole)) {
            throw new IllegalArgumentException("The app role must not be the owner: " + owner);
        }
        var ownerPassword = passwords.of(owner);
        var appPassword = passwords.of(appRole);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            ensureLoginRole(statement, owner, ownerPassword);
            ensureLoginRole(statement, appRole, appPassword);
            try (var found = statement.executeQuery("select pg_get_userbyid(datdba) from pg_database "
                    + "where datname = '" + database + "'")) {
                if (!found.next()) {
                    statement.execute("create database " + database + " owner " + owner + " encoding 'UTF8'");
                    log.info("Created database {} owned by {} for the app role {}", database, owner, appRole);
                } else if (!found.getString(1).equals(owner)) {
                    throw new IllegalStateException("The database " + database + " in " + dataDirectory
                            + " is owned by " + found.getString(1) + ", not " + owner
                            + ": delete the data folder to start from scratch");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
        try (Connection connection = postgres.getDatabase("postgres", database).getConnection();
             Statement statement = connection.createStatement()) {
            // Only the two roles connect; nobody but the owner creates anything (PostgreSQL 15+ has that default
            // for the public schema; a cluster made by an older version may not).
            statement.execute("revoke all on database " + database + " from public");
            statement.execute("grant connect on database " + database + " to " + appRole);
            statement.execute("revoke create on schema public from public");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the rights on database " + database, e);
        }
        return new AppDatabase(jdbcUrl(database), owner, ownerPassword, appRole, appPassword);
    }

    private static void ensureLoginRole(Statement statement, String role, String password) throws SQLException {
        var literal = "'" + password.replace("'", "''") + "'";
        var roleExists = statement.executeQuery("select 1 from pg_roles where rolname = '" + role + "'").next();
        if (roleExists) {
            statement.execute("alter role " + role + " with login nosuperuser nocreatedb nocreaterole password "
                    + literal);
        } else {
            statement.execute("create role " + role + " login password " + literal);
        }
    }

    /** Every role but the superuser logs in with its password; the rules are written before every start. */
    private static void requirePasswords(Path dataDirectory) throws IOException {
        Files.writeString(dataDirectory.resolve("pg_hba.conf"), """
                # Written by Vårdkedjan's dev stack (PostgresServer) at every start: edits here are lost. DEV ONLY.
                # The superuser postgres, which the dev stack administers the server with, is trusted on this
                # machine; every other role logs in with its password (SCRAM).
                local   all   postgres                  trust
                host    all   postgres   127.0.0.1/32   trust
                host    all   postgres   ::1/128        trust
                local   all   all                       scram-sha-256
                host    all   all        127.0.0.1/32   scram-sha-256
                host    all   all        ::1/128        scram-sha-256
                """);
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
