package se.vardkedjan;

import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access log's module tests run against its two tables as the module's test changelog makes them, since in the
 * product case handling's changesets make them and casehandling-1150 moves them to the accesslog schema (ADR 0021).
 * Both ways must give the same tables: the same columns, the same checks, the same rights for the app role.
 */
class AccessLogTablesTests {

    @Test
    void theModuleTestsTablesAreTheProductsTables() {
        var product = migrated("classpath:db/changelog/db.changelog-master.yaml");
        var moduleTests = migrated("classpath:db/changelog/accesslog-module-test-master.yaml");

        assertThat(columns(moduleTests)).isEqualTo(columns(product)).hasSizeGreaterThan(20);
        assertThat(checks(moduleTests)).isEqualTo(checks(product)).isNotEmpty();
        assertThat(appRights(moduleTests)).isEqualTo(appRights(product)).isNotEmpty();
    }

    private static JdbcTemplate migrated(String changelog) {
        var database = TestPostgres.freshDatabase("accesslog");
        DataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.ownerUsername(),
                database.ownerPassword());
        var liquibase = new SpringLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog(changelog);
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.setChangeLogParameters(Map.of("app-role", TestPostgres.APP_ROLE));
        try {
            liquibase.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new JdbcTemplate(dataSource);
    }

    private static List<Map<String, Object>> columns(JdbcTemplate jdbc) {
        return jdbc.queryForList("""
                SELECT table_name, column_name, data_type, character_maximum_length, is_nullable, is_identity
                FROM information_schema.columns WHERE table_schema = 'accesslog'
                ORDER BY table_name, ordinal_position""");
    }

    private static List<Map<String, Object>> checks(JdbcTemplate jdbc) {
        return jdbc.queryForList("""
                SELECT c.relname, pg_get_constraintdef(k.oid) AS definition
                FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'accesslog' AND k.contype IN ('c', 'p')
                ORDER BY c.relname, definition""");
    }

    private static List<Map<String, Object>> appRights(JdbcTemplate jdbc) {
        return jdbc.queryForList("""
                SELECT c.relname, p.privilege
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace,
                     unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'])
                         AS p(privilege)
                WHERE n.nspname = 'accesslog' AND c.relkind = 'r' AND has_table_privilege(?, c.oid, p.privilege)
                ORDER BY c.relname, p.privilege""", TestPostgres.APP_ROLE);
    }
}
