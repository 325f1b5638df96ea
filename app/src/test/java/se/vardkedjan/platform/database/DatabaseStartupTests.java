package se.vardkedjan.platform.database;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import se.vardkedjan.TestPostgres;
import se.vardkedjan.VardkedjanApplication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The app starts only as the database role made for it: without the passwords it stops at once and names the
 * variables to set, and it refuses to run as the role that owns its tables (which could drop the triggers that keep the
 * case file). The app is started as in production: without the test database's initializer.
 */
class DatabaseStartupTests {

    @Test
    void withoutDatabasePasswordsTheAppStopsAndNamesTheVariablesToSet() {
        var failure = start(Map.of(
                // A closed port: should the app get as far as connecting, nothing answers.
                "spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/vardkedjan"));

        assertThat(failure).isNotNull();
        assertThat(rootMessage(failure)).contains("VARDKEDJAN_DATABASE_PASSWORD",
                "VARDKEDJAN_DATABASE_OWNER_PASSWORD");
    }

    @Test
    void theAppRefusesToRunAsTheRoleThatOwnsItsTables() {
        // As where a DBA runs the changelog and the app is given the owner's login by mistake.
        var database = TestPostgres.database();
        var failure = start(Map.of(
                "spring.liquibase.enabled", "false",
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", database.ownerUsername(),
                "spring.datasource.password", database.ownerPassword()));

        assertThat(failure).isNotNull();
        assertThat(rootMessage(failure)).contains("The app connects to the database as vardkedjan, which owns the "
                + "database", "VARDKEDJAN_DATABASE_USERNAME");
    }

    @Test
    void theAppAndTheChangelogCannotBeGivenOneRole() {
        var database = TestPostgres.database();
        var failure = start(Map.of(
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", database.ownerUsername(),
                "spring.datasource.password", database.ownerPassword(),
                "spring.liquibase.user", database.ownerUsername(),
                "spring.liquibase.password", database.ownerPassword()));

        assertThat(failure).isNotNull();
        assertThat(rootMessage(failure)).contains("VARDKEDJAN_DATABASE_USERNAME and VARDKEDJAN_DATABASE_OWNER_USERNAME "
                + "both name the role vardkedjan");
    }

    /** Starts the app with the given settings and no test initializer; the failure, or null if it started. */
    private static Throwable start(Map<String, Object> settings) {
        var app = new SpringApplication(VardkedjanApplication.class);
        // The shutdown hook stays on: it also stops the test database after the last test (TestPostgres).
        app.setInitializers(List.of());
        var arguments = new ArrayList<String>();
        arguments.add("--server.port=0");
        settings.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        var failure = catchThrowable(() -> {
            ConfigurableApplicationContext started = app.run(arguments.toArray(String[]::new));
            started.close();
        });
        return failure;
    }

    private static String rootMessage(Throwable failure) {
        var messages = new StringBuilder();
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
