package se.vardkedjan.casehandling.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.domain.Delegation;

import java.util.EnumMap;

/** The delegation rules in {@code casehandling.delegation_rules}: per intervention type, the lowest deciding role. */
@Repository
public class DelegationRules {

    private final JdbcClient jdbc;

    public DelegationRules(JdbcClient jdbc) {
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
}
