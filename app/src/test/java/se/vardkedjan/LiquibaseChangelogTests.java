package se.vardkedjan;

import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.vardkedjan.platform.devstack.AppDatabase;

import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The full changelog, as the app runs it (as the owner of the schemas, granting the app role its rights), against an
 * empty real PostgreSQL database.
 */
class LiquibaseChangelogTests {

    static final List<String> MODULE_SCHEMAS = List.of("platform", "sharedkernel", "accesslog", "organisation", "casehandling",
            "providercontracts", "followup", "citizenportal");

    @Test
    void theFullChangelogAppliesOnAnEmptyDatabaseAndASecondRunChangesNothing() throws Exception {
        var dataSource = asOwner(TestPostgres.freshDatabase("liquibase"));
        var jdbc = new JdbcTemplate(dataSource);

        migrate(dataSource);
        var changelogAfterFirstRun = jdbc.queryForList(
                "select id, author, filename, md5sum, orderexecuted from databasechangelog order by orderexecuted");
        var schemaAfterFirstRun = schemaSnapshot(jdbc);

        migrate(dataSource);

        assertThat(jdbc.queryForList(
                "select id, author, filename, md5sum, orderexecuted from databasechangelog order by orderexecuted"))
                .isEqualTo(changelogAfterFirstRun);
        assertThat(schemaSnapshot(jdbc)).isEqualTo(schemaAfterFirstRun);
        assertThat(jdbc.queryForList("select schema_name from information_schema.schemata", String.class))
                .containsAll(MODULE_SCHEMAS);
    }

    @Test
    void everyChangesetIsNamedForTheModuleWhoseChangelogFolderHoldsIt() {
        var dataSource = asOwner(TestPostgres.freshDatabase("liquibase"));
        migrate(dataSource);

        var rows = new JdbcTemplate(dataSource).queryForList("select id, filename from databasechangelog");
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            var id = (String) row.get("id");
            var module = id.substring(0, id.lastIndexOf('-'));
            assertThat(id).matches("[a-z]+-\\d{4}");
            assertThat(MODULE_SCHEMAS).contains(module);
            assertThat((String) row.get("filename")).startsWith("db/changelog/" + module + "/");
        });
    }

    @Test
    void theChangelogStopsWithAClearMessageWhenTheAppRoleDoesNotExist() {
        var dataSource = asOwner(TestPostgres.freshDatabase("liquibase"));

        assertThatThrownBy(() -> migrate(dataSource, "no_such_role"))
                .hasStackTraceContaining("The app role \"no_such_role\" does not exist");
    }

    @Test
    void theChangelogStopsWithAClearMessageWhenTheAppRoleIsTheOwner() {
        var dataSource = asOwner(TestPostgres.freshDatabase("liquibase"));

        assertThatThrownBy(() -> migrate(dataSource, TestPostgres.OWNER))
                .hasStackTraceContaining("The app role \"vardkedjan\" is, or acts as, the owner");
    }

    @Test
    void whenTheAppRoleIsRenamedTheChangelogGivesTheNewRoleTheSameRights() throws Exception {
        var database = TestPostgres.freshDatabase("liquibase");
        var dataSource = asOwner(database);
        migrate(dataSource);
        // Roles belong to the whole server: a name of its own for this database.
        var renamed = "renamed_app_" + database.jdbcUrl().replaceAll(".*_", "");
        try (var superuser = DriverManager.getConnection(TestPostgres.server().jdbcUrl("postgres"), "postgres", "")) {
            superuser.createStatement().execute("CREATE ROLE " + renamed + " LOGIN");
        }

        migrate(dataSource, renamed);

        var jdbc = new JdbcTemplate(dataSource);
        var rights = """
                SELECT c.relname, has_table_privilege(?, c.oid, 'SELECT'), has_table_privilege(?, c.oid, 'INSERT'),
                       has_table_privilege(?, c.oid, 'UPDATE'), has_table_privilege(?, c.oid, 'DELETE'),
                       has_table_privilege(?, c.oid, 'TRUNCATE')
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = ANY(?) AND c.relkind = 'r' ORDER BY c.relname""";
        var schemas = MODULE_SCHEMAS.toArray(String[]::new);
        assertThat(jdbc.queryForList(rights, renamed, renamed, renamed, renamed, renamed, schemas))
                .isEqualTo(jdbc.queryForList(rights, TestPostgres.APP_ROLE, TestPostgres.APP_ROLE,
                        TestPostgres.APP_ROLE, TestPostgres.APP_ROLE, TestPostgres.APP_ROLE, schemas))
                .isNotEmpty();
    }

    private static DriverManagerDataSource asOwner(AppDatabase database) {
        return new DriverManagerDataSource(database.jdbcUrl(), database.ownerUsername(), database.ownerPassword());
    }

    private static void migrate(javax.sql.DataSource dataSource) {
        migrate(dataSource, TestPostgres.APP_ROLE);
    }

    private static void migrate(javax.sql.DataSource dataSource, String appRole) {
        var liquibase = new SpringLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.setChangeLogParameters(Map.of("app-role", appRole));
        try {
            liquibase.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, Object>> schemaSnapshot(JdbcTemplate jdbc) {
        return jdbc.queryForList("""
                select table_schema, table_name, column_name, data_type, is_nullable
                from information_schema.columns
                where table_schema not in ('pg_catalog', 'information_schema')
                order by table_schema, table_name, ordinal_position""");
    }
}
