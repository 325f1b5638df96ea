package se.vardkedjan.platform.database;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Refuses to run the app as a role that could undo what the database keeps: a superuser, the owner of the database or
 * of a schema (or a member of that owner), or a role that may create schemas. Such a role can disable or drop the
 * triggers that keep signed journal entries, the access log and decided decisions, and empty their tables. Checked
 * when the app's data source is made, before the changelog runs.
 */
@Component
class AppRoleCheck implements BeanPostProcessor {

    /** What the connected role may do beyond its rights. */
    private record Role(String name, boolean superuser, boolean ownsDatabase, boolean createsSchemas,
                        List<String> ownedSchemas) {
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            check(dataSource);
        }
        return bean;
    }

    static void check(DataSource dataSource) {
        var role = new JdbcTemplate(dataSource).queryForObject("""
                SELECT r.rolname, r.rolsuper, pg_has_role(d.datdba, 'USAGE') AS owns_database,
                       has_database_privilege(d.oid, 'CREATE') AS creates_schemas,
                       array(SELECT n.nspname::text FROM pg_namespace n
                             WHERE pg_has_role(n.nspowner, 'USAGE') AND n.nspname NOT LIKE 'pg\\_%'
                               AND n.nspname <> 'information_schema' ORDER BY n.nspname) AS owned_schemas
                FROM pg_roles r, pg_database d
                WHERE r.rolname = current_user AND d.datname = current_database()""",
                (rs, row) -> new Role(rs.getString("rolname"), rs.getBoolean("rolsuper"),
                        rs.getBoolean("owns_database"), rs.getBoolean("creates_schemas"),
                        Arrays.asList((String[]) rs.getArray("owned_schemas").getArray())));
        var reasons = new ArrayList<String>();
        if (role.superuser()) {
            reasons.add("is a superuser");
        } else if (role.ownsDatabase()) {
            reasons.add("owns the database");
        } else {
            if (role.createsSchemas()) {
                reasons.add("may create schemas in the database");
            }
            if (!role.ownedSchemas().isEmpty()) {
                reasons.add("owns the schemas " + String.join(", ", role.ownedSchemas()));
            }
        }
        if (!reasons.isEmpty()) {
            throw new DatabaseRoleRefused("The app connects to the database as " + role.name() + ", which "
                    + String.join(" and ", reasons) + ": as an owner it could disable or drop the triggers that "
                    + "keep signed journal entries, the access log and decided decisions, and empty their tables. "
                    + "Run the app as a role of its own (VARDKEDJAN_DATABASE_USERNAME/_PASSWORD) and the changelog as "
                    + "the owner (VARDKEDJAN_DATABASE_OWNER_USERNAME/_PASSWORD).");
        }
    }
}
