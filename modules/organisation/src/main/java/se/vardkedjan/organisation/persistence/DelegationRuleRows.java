package se.vardkedjan.organisation.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.organisation.DelegationRule;
import se.vardkedjan.organisation.DelegationRuleChange;
import se.vardkedjan.sharedkernel.ConcurrentChange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The delegation rules in {@code organisation.delegation_rules} (per intervention type's code, the lowest deciding
 * role) and their append-only history in {@code organisation.delegation_rule_changes}.
 */
@Repository
public class DelegationRuleRows {

    private static final String RULES = """
            SELECT r.intervention_type, r.lowest_role, r.version, c.changed_by, c.changed_at
            FROM organisation.delegation_rules r
            LEFT JOIN LATERAL (SELECT changed_by, changed_at FROM organisation.delegation_rule_changes h
                               WHERE h.intervention_type = r.intervention_type ORDER BY h.id DESC LIMIT 1) c ON true
            """;

    /**
     * The order of the intervention types as case handling lists them (their enum's order, which sorted the rules
     * while they were case handling's); a type not listed comes last, by its code.
     */
    private static final String TYPE_ORDER = """
             ORDER BY array_position(ARRAY['OUTPATIENT', 'RESIDENTIAL', 'SUPPORTED_HOUSING', 'CONTACT_PERSON',
                                           'OCCUPATION']::text[], r.intervention_type::text) NULLS LAST,
                      r.intervention_type""";

    private final JdbcClient jdbc;

    public DelegationRuleRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The lowest deciding role per intervention type's code. */
    public Map<String, String> lowestRoles() {
        var rules = new LinkedHashMap<String, String>();
        jdbc.sql("SELECT intervention_type, lowest_role FROM organisation.delegation_rules ORDER BY intervention_type")
                .query(rs -> {
                    rules.put(rs.getString(1), rs.getString(2));
                });
        return rules;
    }

    /** Every rule with its last change, in the order of the intervention types. */
    public List<DelegationRule> all() {
        return jdbc.sql(RULES + TYPE_ORDER).query(DelegationRuleRows::rule).list();
    }

    public Optional<DelegationRule> find(String type) {
        return jdbc.sql(RULES + " WHERE r.intervention_type = ?").param(type)
                .query(DelegationRuleRows::rule).optional();
    }

    /**
     * Changes the rule as the caller read it and records the change; a newer version means someone else changed it
     * since, and nothing is stored.
     *
     * @throws ConcurrentChange when the rule's version is not {@code version}
     */
    public void change(DelegationRule read, String newRole, String basis, String changedBy, Instant changedAt) {
        var rows = jdbc.sql("""
                        UPDATE organisation.delegation_rules SET lowest_role = ?, version = version + 1
                        WHERE intervention_type = ? AND version = ?""")
                .params(newRole, read.type(), read.version()).update();
        if (rows != 1) {
            throw new ConcurrentChange("delegation rule", read.type());
        }
        jdbc.sql("""
                        INSERT INTO organisation.delegation_rule_changes
                            (intervention_type, previous_role, new_role, basis, changed_by, changed_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(read.type(), read.lowestRole(), newRole, basis, changedBy,
                        Timestamp.from(changedAt)).update();
    }

    /** The recorded changes, newest first. */
    public List<DelegationRuleChange> changes(int limit) {
        return jdbc.sql("""
                        SELECT intervention_type, previous_role, new_role, basis, changed_by, changed_at
                        FROM organisation.delegation_rule_changes ORDER BY id DESC LIMIT ?""")
                .param(limit)
                .query((rs, row) -> new DelegationRuleChange(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), instant(rs, 6)))
                .list();
    }

    private static DelegationRule rule(ResultSet rs, int row) throws SQLException {
        return new DelegationRule(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), instant(rs, 5));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
