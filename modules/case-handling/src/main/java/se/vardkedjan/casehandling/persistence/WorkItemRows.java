package se.vardkedjan.casehandling.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.access.PersonalDataAccess.CaseReference;
import se.vardkedjan.casehandling.readmodel.CaseWorkItem;
import se.vardkedjan.casehandling.readmodel.CaseworkerWorkload;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The start page's queries (ADR 0022): the caseworker's own work, the unit manager's proposals, unassigned cases and
 * workload per caseworker. Each reads the cases from an index first (cases_responsible_list, decisions_proposed_order,
 * cases_unit_unassigned, cases_unit_responsible_open) and looks up only their investigation, decisions, plans and
 * drafts by case, so the caseworker's cost follows their own cases, not the unit's or the register's; the manager's
 * workload counts index ranges of the unit (its follow-ups are follow-up's, ADR 0030) (docs/performance.md,
 * "The start page").
 */
@Repository
public class WorkItemRows {

    /** An item with what the access log needs about its case. */
    public record Found(CaseWorkItem item, CaseReference reference) {
    }

    /**
     * The user's open cases (responsible, in their units; a protected person's only where the user is named), as
     * {@code mine}. Parameters: username, units, subject.
     */
    private static final String MINE = """
            mine AS (
                SELECT c.id, c.person_id, c.unit_code, c.status, c.received_on, c.investigation_deadline
                FROM casehandling.cases c
                WHERE c.responsible = ? AND c.unit_code = ANY(?)
                  AND c.status IN ('INTAKE', 'INVESTIGATION', 'DECIDED')
                  AND (c.person_id NOT IN (SELECT pr.id FROM casehandling.persons pr WHERE pr.protection <> 'NONE')
                       OR EXISTS (SELECT 1 FROM casehandling.case_named_staff n
                                  WHERE n.case_id = c.id AND n.subject = ?))
            )""";

    /** Facts per own case: the investigation, the latest decision, the agreed plan, whether anything is granted. */
    private static final String FACTS = """
            facts AS (
                SELECT m.*, i.status AS investigation_status, i.completed_on,
                       d.status AS decision_status, d.proposed_on, d.decided_on, ap.id AS agreed_plan,
                       EXISTS (SELECT 1 FROM casehandling.decisions dd
                               JOIN casehandling.decided_interventions di ON di.decision_id = dd.id
                               WHERE dd.case_id = m.id AND dd.status = 'DECIDED'
                                 AND di.outcome IN ('GRANTED', 'PARTLY_GRANTED') AND di.closed_on IS NULL) AS granted
                FROM mine m
                LEFT JOIN casehandling.investigations i ON i.case_id = m.id
                LEFT JOIN LATERAL (SELECT d.status, d.proposed_on, d.decided_on FROM casehandling.decisions d
                                   WHERE d.case_id = m.id ORDER BY d.created_at DESC, d.id LIMIT 1) d ON true
                LEFT JOIN casehandling.care_plans ap ON ap.case_id = m.id AND ap.status = 'AGREED'
            )""";

    private final JdbcClient jdbc;

    public WorkItemRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The caseworker's own work: deadlines on or before {@code deadlineBy} of undecided cases whose investigation is
     * not complete, cases received on or before {@code demandableFrom} still undecided, decisions to write, proposals
     * sent back, granted interventions without an agreed plan, their own unsigned journal entries on these cases, and
     * SIPs whose consent the client withdrew in the portal that the caseworker has not opened since. Follow-ups due
     * are follow-up's own items (ADR 0030, amendment), not case handling's.
     */
    public List<Found> caseworkerItems(String username, String subject, Set<UnitCode> units, LocalDate deadlineBy,
                                       LocalDate demandableFrom) {
        var sql = "WITH " + MINE + ",\n" + FACTS + """

                SELECT w.kind, w.case_id, w.date, w.due, w.text, c.person_id, c.unit_code, p.protection,
                       p.given_name, p.family_name
                FROM (
                    SELECT 'INVESTIGATION_DEADLINE' AS kind, f.id AS case_id, f.investigation_deadline AS date,
                           f.investigation_deadline AS due, NULL AS text
                    FROM facts f
                    WHERE f.status IN ('INTAKE', 'INVESTIGATION') AND f.investigation_deadline <= ?
                      AND f.investigation_status IS DISTINCT FROM 'COMPLETED'
                    UNION ALL
                    SELECT 'DECISION_DEMANDABLE', f.id, (f.received_on + interval '6 months')::date,
                           (f.received_on + interval '6 months')::date, NULL
                    FROM facts f
                    WHERE f.status IN ('INTAKE', 'INVESTIGATION') AND f.received_on <= ?
                    UNION ALL
                    SELECT 'DECISION_TO_WRITE', f.id, f.completed_on, NULL, NULL
                    FROM facts f
                    WHERE f.status = 'INVESTIGATION' AND f.investigation_status = 'COMPLETED'
                      AND f.decision_status IS NULL
                    UNION ALL
                    SELECT 'PROPOSAL_RETURNED', f.id, f.proposed_on, NULL, NULL
                    FROM facts f
                    WHERE f.decision_status = 'RETURNED'
                    UNION ALL
                    SELECT 'PLAN_WITHOUT_AGREED_GOALS', f.id, f.decided_on, NULL, NULL
                    FROM facts f
                    WHERE f.status = 'DECIDED' AND f.agreed_plan IS NULL AND f.granted
                    UNION ALL
                    SELECT 'UNSIGNED_DRAFT', m.id, j.event_date, NULL, j.title
                    FROM mine m JOIN casehandling.journal_entries j ON j.case_id = m.id
                    WHERE j.signed_at IS NULL AND j.author_username = ?
                    UNION ALL
                    SELECT 'SIP_CONSENT_WITHDRAWN_BY_CLIENT', m.id, s.consent_withdrawn_on, NULL, NULL
                    FROM mine m JOIN casehandling.coordinated_plans s ON s.case_id = m.id
                    WHERE s.consent_withdrawn_by_client AND s.consent_withdrawal_seen_at IS NULL
                ) w
                JOIN casehandling.cases c ON c.id = w.case_id
                JOIN casehandling.persons p ON p.id = c.person_id
                ORDER BY w.due NULLS LAST, w.date, w.case_id""";
        return jdbc.sql(sql)
                .params(username, unitCodes(units), subject, deadlineBy, demandableFrom, username)
                .query((rs, row) -> found(rs, List.of(), true)).list();
    }

    /**
     * The open cases of the units without a responsible caseworker, oldest first. A protected person's case is
     * listed without the name to a user not named on it (the deciding role staffs it from its own work list).
     */
    public List<Found> unassigned(String subject, Set<UnitCode> units, int limit) {
        return jdbc.sql("""
                        SELECT 'UNASSIGNED_CASE' AS kind, c.id AS case_id, c.received_on AS date, NULL::date AS due,
                               NULL AS text, c.person_id, c.unit_code, p.protection, p.given_name, p.family_name,
                               EXISTS (SELECT 1 FROM casehandling.case_named_staff n
                                       WHERE n.case_id = c.id AND n.subject = ?) AS named
                        FROM casehandling.cases c JOIN casehandling.persons p ON p.id = c.person_id
                        WHERE c.unit_code = ANY(?) AND c.responsible IS NULL
                          AND c.status IN ('INTAKE', 'INVESTIGATION', 'DECIDED')
                        ORDER BY c.received_on, c.id LIMIT ?""")
                .params(subject, unitCodes(units), limit)
                .query((rs, row) -> found(rs, List.of(), rs.getBoolean("named"))).list();
    }

    /**
     * The user's own cases (as {@link #caseworkerItems}) where the client wrote a message in the portal after the
     * staff last read the thread (ADR 0028), dated by the oldest unread message.
     */
    public List<Found> unreadClientMessages(String username, String subject, Set<UnitCode> units) {
        return jdbc.sql("WITH " + MINE + """

                        SELECT 'UNREAD_CLIENT_MESSAGE' AS kind, m.id AS case_id,
                               (min(msg.written_at) AT TIME ZONE 'Europe/Stockholm')::date AS date, NULL::date AS due,
                               NULL AS text, c.person_id, c.unit_code, p.protection, p.given_name, p.family_name
                        FROM mine m
                        JOIN casehandling.case_messages msg ON msg.case_id = m.id AND msg.from_client
                        LEFT JOIN casehandling.case_message_reads r ON r.case_id = m.id AND r.side = 'STAFF'
                        JOIN casehandling.cases c ON c.id = m.id
                        JOIN casehandling.persons p ON p.id = c.person_id
                        WHERE r.read_until IS NULL OR msg.written_at > r.read_until
                        GROUP BY m.id, c.person_id, c.unit_code, p.protection, p.given_name, p.family_name
                        ORDER BY date, m.id""")
                .params(username, unitCodes(units), subject)
                .query((rs, row) -> found(rs, List.of(), true)).list();
    }

    /**
     * The client's own applications from the portal (ADR 0028) to the units that no caseworker has taken yet (no
     * responsible, still at intake), oldest first; a protected person's without the name to a user not named on it.
     */
    public List<Found> portalApplications(String subject, Set<UnitCode> units, int limit) {
        return jdbc.sql("""
                        SELECT 'PORTAL_APPLICATION' AS kind, c.id AS case_id, c.received_on AS date, NULL::date AS due,
                               NULL AS text, c.person_id, c.unit_code, p.protection, p.given_name, p.family_name,
                               EXISTS (SELECT 1 FROM casehandling.case_named_staff n
                                       WHERE n.case_id = c.id AND n.subject = ?) AS named
                        FROM casehandling.cases c JOIN casehandling.persons p ON p.id = c.person_id
                        WHERE c.unit_code = ANY(?) AND c.responsible IS NULL AND c.status = 'INTAKE'
                          AND EXISTS (SELECT 1 FROM casehandling.portal_applications a WHERE a.case_id = c.id)
                        ORDER BY c.received_on, c.id LIMIT ?""")
                .params(subject, unitCodes(units), limit)
                .query((rs, row) -> found(rs, List.of(), rs.getBoolean("named"))).list();
    }

    /**
     * Proposals above a caseworker's delegation that wait for a unit manager of the units, oldest first, with the
     * proposed interventions; a protected person's only where the user is named (as the proposal list).
     */
    public List<Found> proposalsToApprove(String subject, Set<UnitCode> units, int limit) {
        return jdbc.sql("""
                        SELECT 'PROPOSAL_TO_APPROVE' AS kind, c.id AS case_id, d.proposed_on AS date,
                               NULL::date AS due, NULL AS text, c.person_id, c.unit_code, p.protection,
                               p.given_name, p.family_name,
                               array(SELECT i.intervention_type FROM casehandling.decided_interventions i
                                     WHERE i.decision_id = d.id ORDER BY i.position) AS types
                        FROM casehandling.decisions d
                        JOIN casehandling.cases c ON c.id = d.case_id
                        JOIN casehandling.persons p ON p.id = c.person_id
                        WHERE d.status = 'PROPOSED' AND c.unit_code = ANY(?)
                          AND""" + CaseRows.SEEN_BY_SUBJECT + """

                        ORDER BY d.proposed_on, d.id LIMIT ?""")
                .params(unitCodes(units), subject, limit)
                .query((rs, row) -> found(rs, java.util.Arrays.stream((String[]) rs.getArray("types").getArray())
                        .map(InterventionType::valueOf).toList(), true)).list();
    }

    /**
     * The open work per responsible caseworker in the units: counts only, each from an index range of the units
     * rather than a probe per open case. The open cases and the overdue ones from cases_unit_responsible_open
     * (index-only; the overdue ones, few, probe investigations_completed), the drafts from journal_entries_unsigned
     * (drafts are few) with a probe of their case. The follow-ups due are follow-up's (its schedule, ADR 0030), shown
     * beside these through {@link se.vardkedjan.casehandling.WorkloadFollowUps}.
     */
    public List<CaseworkerWorkload> workload(Set<UnitCode> units, LocalDate today) {
        var codes = unitCodes(units);
        return jdbc.sql("""
                        WITH open AS (
                            SELECT c.responsible, count(*) AS open_cases,
                                   count(*) FILTER (WHERE c.status IN ('INTAKE', 'INVESTIGATION')
                                       AND c.investigation_deadline < ?
                                       AND NOT EXISTS (SELECT 1 FROM casehandling.investigations i
                                                       WHERE i.case_id = c.id AND i.status = 'COMPLETED')) AS overdue
                            FROM casehandling.cases c
                            WHERE c.unit_code = ANY(?) AND c.responsible IS NOT NULL
                              AND c.status IN ('INTAKE', 'INVESTIGATION', 'DECIDED')
                            GROUP BY c.responsible
                        ), drafts AS (
                            SELECT c.responsible, count(*) AS n
                            FROM casehandling.journal_entries j
                            JOIN casehandling.cases c ON c.id = j.case_id
                            WHERE j.signed_at IS NULL AND c.unit_code = ANY(?) AND c.responsible IS NOT NULL
                              AND c.status IN ('INTAKE', 'INVESTIGATION', 'DECIDED')
                            GROUP BY c.responsible
                        )
                        SELECT o.responsible, coalesce(s.display_name, o.responsible) AS name, o.open_cases,
                               o.overdue, coalesce(d.n, 0) AS drafts
                        FROM open o
                        LEFT JOIN drafts d ON d.responsible = o.responsible
                        LEFT JOIN organisation.staff_members s ON s.username = o.responsible
                        ORDER BY name, o.responsible""")
                .params(today, codes, codes)
                .query((rs, row) -> new CaseworkerWorkload(rs.getString("responsible"), rs.getString("name"),
                        rs.getInt("open_cases"), rs.getInt("overdue"), rs.getInt("drafts")))
                .list();
    }

    private static String[] unitCodes(Set<UnitCode> units) {
        return units.stream().map(UnitCode::value).toArray(String[]::new);
    }

    private static Found found(ResultSet rs, List<InterventionType> types, boolean seen) throws SQLException {
        var caseId = new CaseId(rs.getObject("case_id", UUID.class));
        var isProtected = CaseRows.protectedIdentity(rs);
        var name = isProtected && !seen ? null : rs.getString("given_name") + " " + rs.getString("family_name");
        var item = new CaseWorkItem(CaseWorkItem.Kind.valueOf(rs.getString("kind")), caseId, name, isProtected,
                rs.getObject("date", LocalDate.class), rs.getObject("due", LocalDate.class), rs.getString("text"),
                types);
        return new Found(item, new CaseReference(caseId, new PersonId(rs.getObject("person_id", UUID.class)),
                new UnitCode(rs.getString("unit_code")), isProtected));
    }
}
