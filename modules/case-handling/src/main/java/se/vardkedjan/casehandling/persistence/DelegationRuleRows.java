package se.vardkedjan.casehandling.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.casehandling.DelegationRule;
import se.vardkedjan.casehandling.DelegationRuleChange;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.domain.Delegation;
import se.vardkedjan.sharedkernel.ConcurrentChange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

/**
 * The delegation rules in {@code casehandling.delegation_rules} (per intervention type, the lowest deciding role) and
 * their append-only history in {@code casehandling.delegation_rule_changes}.
 */
@Repository
public class DelegationRuleRows {

    private static final String RULES = """
            SELECT r.intervention_type, r.lowest_role, r.version, c.changed_by, c.changed_at
            FROM casehandling.delegation_rules r
            LEFT JOIN LATERAL (SELECT changed_by, changed_at FROM casehandling.delegation_rule_changes h
                               WHERE h.intervention_type = r.intervention_type ORDER BY h.id DESC LIMIT 1) c ON true
            """;

    private final JdbcClient jdbc;

    public DelegationRuleRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Delegation current() {
        var rules = new EnumMap<InterventionType, String>(InterventionType.class);
        jdbc.sql("SELECT intervention_type, lowest_role FROM casehandling.delegation_rules")
                .query(rs -> {
                    rules.put(InterventionType.valueOf(rs.getString(1)), rs.getString(2));
                });
        return new Delegation(rules);
    }

    /** Every rule with its last change, in the order of the intervention types. */
    public List<DelegationRule> all() {
        return jdbc.sql(RULES).query(DelegationRuleRows::rule).list().stream()
                .sorted(Comparator.comparing(DelegationRule::type)).toList();
    }

    public Optional<DelegationRule> find(InterventionType type) {
        return jdbc.sql(RULES + " WHERE r.intervention_type = ?").param(type.name())
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
                        UPDATE casehandling.delegation_rules SET lowest_role = ?, version = version + 1
                        WHERE intervention_type = ? AND version = ?""")
                .params(newRole, read.type().name(), read.version()).update();
        if (rows != 1) {
            throw new ConcurrentChange("delegation rule", read.type());
        }
        jdbc.sql("""
                        INSERT INTO casehandling.delegation_rule_changes
                            (intervention_type, previous_role, new_role, basis, changed_by, changed_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(read.type().name(), read.lowestRole(), newRole, basis, changedBy,
                        Timestamp.from(changedAt)).update();
    }

    /** The recorded changes, newest first. */
    public List<DelegationRuleChange> changes(int limit) {
        return jdbc.sql("""
                        SELECT intervention_type, previous_role, new_role, basis, changed_by, changed_at
                        FROM casehandling.delegation_rule_changes ORDER BY id DESC LIMIT ?""")
                .param(limit)
                .query((rs, row) -> new DelegationRuleChange(InterventionType.valueOf(rs.getString(1)),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), instant(rs, 6)))
                .list();
    }

    private static DelegationRule rule(ResultSet rs, int row) throws SQLException {
        return new DelegationRule(InterventionType.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3),
                rs.getString(4), instant(rs, 5));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
