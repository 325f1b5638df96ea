package se.vardkedjan.platform.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresServerTest {

    @TempDir
    Path data;

    @Test
    void aSecondStartOnTheSameFolderKeepsTheData() throws Exception {
        try (var server = PostgresServer.start(data, 0)) {
            server.ensureDatabase("sample", "sample_owner", "secret");
            try (var c = DriverManager.getConnection(server.jdbcUrl("sample"), "sample_owner", "secret")) {
                c.createStatement().execute("create table kept (v text)");
                c.createStatement().execute("insert into kept values ('still here')");
            }
        }
        try (var server = PostgresServer.start(data, 0)) {
            server.ensureDatabase("sample", "sample_owner", "secret");
            try (var c = DriverManager.getConnection(server.jdbcUrl("sample"), "sample_owner", "secret");
                 var rs = c.createStatement().executeQuery("select v, version() from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("still here");
                assertThat(rs.getString(2)).startsWith("PostgreSQL 17");
            }
        }
    }

    @Test
    void refusesNamesThatAreNotPlainIdentifiers() {
        try (var server = PostgresServer.start(data, 0)) {
            assertThatThrownBy(() -> server.ensureDatabase("x; drop", "owner", "pw"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> server.ensureAppDatabase("app", "owner", "owner", RolePasswords.generated()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theAppDatabaseHasAnOwnerAndAnAppRoleThatLogInOnlyWithTheirOwnPasswords() throws Exception {
        try (var server = PostgresServer.start(data.resolve("postgres"), 0)) {
            var database = server.ensureAppDatabase("app", "app_owner", "app_user",
                    RolePasswords.keptIn(data.resolve("passwords.properties")));

            try (var owner = DriverManager.getConnection(database.jdbcUrl(), "app_owner", database.ownerPassword());
                 var rs = owner.createStatement().executeQuery(
                         "select pg_get_userbyid(datdba) from pg_database where datname = current_database()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("app_owner");
            }
            try (var app = DriverManager.getConnection(database.jdbcUrl(), "app_user", database.appPassword());
                 var rs = app.createStatement().executeQuery("select has_database_privilege('app', 'CREATE'), "
                         + "has_schema_privilege('public', 'CREATE')")) {
                rs.next();
                assertThat(rs.getBoolean(1)).as("may create schemas").isFalse();
                assertThat(rs.getBoolean(2)).as("may create in public").isFalse();
            }
            assertLoginRefused(database.jdbcUrl(), "app_user", "app_user");
            assertLoginRefused(database.jdbcUrl(), "app_user", database.ownerPassword());
            assertLoginRefused(database.jdbcUrl(), "app_owner", "");
            assertThat(database.toString()).doesNotContain(database.appPassword(), database.ownerPassword());
        }
    }

    @Test
    void aDataFolderFromBeforeTheAppRoleKeepsItsDataAndItsOwnerGetsAGeneratedPassword() throws Exception {
        var folder = data.resolve("postgres");
        try (var server = PostgresServer.start(folder, 0)) {
            // As the dev stack made it before: one role, named as the database, with its name as its password.
            server.ensureDatabase("vardkedjan", "vardkedjan", "vardkedjan");
            try (var c = DriverManager.getConnection(server.jdbcUrl("vardkedjan"), "vardkedjan", "vardkedjan")) {
                c.createStatement().execute("create table kept (v text)");
                c.createStatement().execute("insert into kept values ('still here')");
            }
        }
        var passwords = data.resolve("passwords.properties");
        try (var server = PostgresServer.start(folder, 0)) {
            var database = server.ensureAppDatabase("vardkedjan", "vardkedjan", "vardkedjan_app",
                    RolePasswords.keptIn(passwords));

            try (var owner = DriverManager.getConnection(database.jdbcUrl(), "vardkedjan", database.ownerPassword());
                 var rs = owner.createStatement().executeQuery("select v from kept")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("still here");
            }
            DriverManager.getConnection(database.jdbcUrl(), "vardkedjan_app", database.appPassword()).close();
            assertLoginRefused(database.jdbcUrl(), "vardkedjan", "vardkedjan");
        }
        try (var server = PostgresServer.start(folder, 0)) {
            var again = server.ensureAppDatabase("vardkedjan", "vardkedjan", "vardkedjan_app",
                    RolePasswords.keptIn(passwords));
            assertThat(Files.readString(passwords)).contains(again.appPassword(), again.ownerPassword());
            DriverManager.getConnection(again.jdbcUrl(), "vardkedjan_app", again.appPassword()).close();
        }
    }

    private static void assertLoginRefused(String url, String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(url, user, password).close())
                .isInstanceOfSatisfying(SQLException.class, e ->
                        assertThat(e.getSQLState()).as(e.getMessage()).isIn("28P01", "08004"));
    }
}
