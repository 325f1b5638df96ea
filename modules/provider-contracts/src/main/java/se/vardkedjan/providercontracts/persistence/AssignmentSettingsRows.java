package se.vardkedjan.providercontracts.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.providercontracts.domain.EscalationDeadlines;
import se.vardkedjan.sharedkernel.ConcurrentChange;

/** The administrator's settings for assignments: one row (escalation deadlines, the documentation regulation). */
@Repository
public class AssignmentSettingsRows {

    /** The settings as stored, with their version. */
    public record Settings(EscalationDeadlines deadlines, String documentationReference, long version) {
    }

    private final JdbcClient jdbc;

    public AssignmentSettingsRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Settings get() {
        return jdbc.sql("""
                        SELECT reminder_days, escalation_days, documentation_reference, version
                        FROM providercontracts.assignment_settings WHERE id = 1""")
                .query((rs, n) -> new Settings(new EscalationDeadlines(rs.getInt("reminder_days"),
                        rs.getInt("escalation_days")), rs.getString("documentation_reference"), rs.getLong("version")))
                .single();
    }

    /** Changes the deadlines if nobody changed the settings since they were read. */
    public void changeDeadlines(EscalationDeadlines deadlines, long version, String by) {
        var updated = jdbc.sql("""
                        UPDATE providercontracts.assignment_settings SET reminder_days = ?, escalation_days = ?,
                            changed_at = now(), changed_by = ?, version = version + 1
                        WHERE id = 1 AND version = ?""")
                .params(deadlines.reminderDays(), deadlines.escalationDays(), by, version).update();
        if (updated != 1) {
            throw new ConcurrentChange("assignment settings", 1);
        }
    }
}
