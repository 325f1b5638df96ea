package se.vardkedjan.casehandling.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.casehandling.CaseStatus;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.readmodel.ProtectedCaseStaffing;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The staff named on protected cases ({@code casehandling.case_named_staff}: who may see the case now, keyed on the
 * Keycloak subject once it is known) and who named or removed whom ({@code case_named_staff_history}, append-only).
 */
@Repository
public class NamedStaffRows {

    /** A named staff member: the account, the subject it is bound to (null until their first sign-in). */
    public record Named(String username, String subject) {
    }

    /** A row of the work list with the person's id, for the access log only (the read model carries no person). */
    public record WorkListRow(ProtectedCaseStaffing staffing, PersonId personId) {
    }

    private final JdbcClient jdbc;

    public NamedStaffRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Named> of(CaseId caseId) {
        return jdbc.sql("SELECT username, subject FROM casehandling.case_named_staff WHERE case_id = ? ORDER BY username")
                .param(caseId.value()).query((rs, row) -> new Named(rs.getString(1), rs.getString(2))).list();
    }

    /**
     * Names a staff member on the case, bound at once to the subject their username is bound to (if they have signed
     * in), and records it in the history. False when they were already named (nothing is written then).
     */
    public boolean name(CaseId caseId, String username, String byUsername, String bySubject, String reason,
                        Instant at) {
        var inserted = jdbc.sql("""
                        INSERT INTO casehandling.case_named_staff (case_id, username, subject, named_by_username,
                            named_by_subject, named_at)
                        VALUES (?, ?, (SELECT subject FROM casehandling.accounts WHERE username = ?), ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(caseId.value(), username, username, byUsername, bySubject, Timestamp.from(at)).update();
        if (inserted == 1) {
            history(caseId, "NAMED", username, byUsername, bySubject, reason, at);
        }
        return inserted == 1;
    }

    /** Takes a staff member off the case and records it; false when they were not named. */
    public boolean remove(CaseId caseId, String username, String byUsername, String bySubject, String reason,
                          Instant at) {
        var deleted = jdbc.sql("DELETE FROM casehandling.case_named_staff WHERE case_id = ? AND username = ?")
                .params(caseId.value(), username).update();
        if (deleted == 1) {
            history(caseId, "REMOVED", username, byUsername, bySubject, reason, at);
        }
        return deleted == 1;
    }

    /**
     * Binds the username's unbound grants to the subject it is bound to (at a sign-in), except where that subject is
     * the one who named them (an account renamed to the name it named).
     */
    public int bind(String username, String subject) {
        return jdbc.sql("""
                        UPDATE casehandling.case_named_staff SET subject = ?
                        WHERE username = ? AND subject IS NULL AND named_by_subject IS DISTINCT FROM ?""")
                .params(subject, username, subject).update();
    }

    /** Who named or removed whom on the case, when and why, oldest first, with the register's names. */
    public List<ProtectedCaseStaffing.HistoryEntry> history(CaseId caseId) {
        return jdbc.sql("""
                        SELECT h.action, h.username, coalesce(s.display_name, h.username) AS name,
                               coalesce(b.display_name, h.by_username) AS by_name, h.reason, h.occurred_at
                        FROM casehandling.case_named_staff_history h
                        LEFT JOIN organisation.staff_members s ON s.username = h.username
                        LEFT JOIN organisation.staff_members b ON b.username = h.by_username
                        WHERE h.case_id = ? ORDER BY h.id""")
                .param(caseId.value())
                .query((rs, row) -> new ProtectedCaseStaffing.HistoryEntry(
                        ProtectedCaseStaffing.HistoryEntry.Action.valueOf(rs.getString("action")),
                        rs.getString("username"), rs.getString("name"), rs.getString("by_name"),
                        rs.getString("reason"), rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }

    /**
     * One page of the protected cases of the units: those without named staff first, then open before closed, newest
     * first. Reads no name, number, address or intake text.
     */
    public List<WorkListRow> workList(java.util.Set<UnitCode> units, int offset, int limit) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT c.id, c.person_id, c.unit_code, coalesce(u.name, c.unit_code) AS unit_name,
                               c.intake_kind, c.received_on, c.status, c.registered_by,
                               coalesce(r.display_name, c.registered_by) AS registered_by_name,
                               array(SELECT n.username FROM casehandling.case_named_staff n
                                     WHERE n.case_id = c.id ORDER BY n.username) AS named,
                               array(SELECT coalesce(s.display_name, n.username) FROM casehandling.case_named_staff n
                                     LEFT JOIN organisation.staff_members s ON s.username = n.username
                                     WHERE n.case_id = c.id ORDER BY n.username) AS named_names,
                               array(SELECT n.subject IS NOT NULL FROM casehandling.case_named_staff n
                                     WHERE n.case_id = c.id ORDER BY n.username) AS named_bound
                        FROM casehandling.cases c
                        JOIN casehandling.persons p ON p.id = c.person_id AND p.protection <> 'NONE'
                        LEFT JOIN organisation.units u ON u.code = c.unit_code
                        LEFT JOIN organisation.staff_members r ON r.username = c.registered_by
                        WHERE c.unit_code = ANY(?)
                        ORDER BY EXISTS (SELECT 1 FROM casehandling.case_named_staff n WHERE n.case_id = c.id),
                                 c.status IN ('INTAKE', 'INVESTIGATION', 'DECIDED') DESC, c.received_on DESC, c.id
                        LIMIT ? OFFSET ?""")
                .params(units.stream().map(UnitCode::value).toArray(String[]::new), limit, offset)
                .query((rs, row) -> {
                    var usernames = (String[]) rs.getArray("named").getArray();
                    var names = (String[]) rs.getArray("named_names").getArray();
                    var bound = (Boolean[]) rs.getArray("named_bound").getArray();
                    var named = new ArrayList<ProtectedCaseStaffing.NamedStaffMember>(usernames.length);
                    for (var i = 0; i < usernames.length; i++) {
                        named.add(new ProtectedCaseStaffing.NamedStaffMember(usernames[i], names[i], bound[i]));
                    }
                    var caseId = new CaseId(rs.getObject("id", UUID.class));
                    return new WorkListRow(new ProtectedCaseStaffing(caseId,
                            caseId.value().toString().substring(0, 8), new UnitCode(rs.getString("unit_code")),
                            rs.getString("unit_name"), IntakeKind.valueOf(rs.getString("intake_kind")),
                            rs.getObject("received_on", LocalDate.class), CaseStatus.valueOf(rs.getString("status")),
                            rs.getString("registered_by"), rs.getString("registered_by_name"), named),
                            new PersonId(rs.getObject("person_id", UUID.class)));
                })
                .list();
    }

    private void history(CaseId caseId, String action, String username, String byUsername, String bySubject,
                         String reason, Instant at) {
        jdbc.sql("""
                        INSERT INTO casehandling.case_named_staff_history (case_id, action, username, by_subject,
                            by_username, reason, occurred_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId.value(), action, username, bySubject, byUsername, reason, Timestamp.from(at)).update();
    }
}
