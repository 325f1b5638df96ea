package se.vardkedjan.platform.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;

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
        }
    }
}
