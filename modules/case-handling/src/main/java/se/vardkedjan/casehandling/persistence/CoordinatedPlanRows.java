package se.vardkedjan.casehandling.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.casehandling.ConsentForm;
import se.vardkedjan.casehandling.CoordinatedPlanId;
import se.vardkedjan.casehandling.CoordinatedPlanStatus;
import se.vardkedjan.casehandling.ParticipantId;
import se.vardkedjan.casehandling.ParticipantKind;
import se.vardkedjan.casehandling.Principal;
import se.vardkedjan.casehandling.domain.CoordinatedPlan.Consent;
import se.vardkedjan.casehandling.domain.CoordinatedPlan.HistoryEntry;
import se.vardkedjan.casehandling.domain.CoordinatedPlan.Measure;
import se.vardkedjan.casehandling.domain.CoordinatedPlan.Participant;
import se.vardkedjan.casehandling.domain.CoordinatedPlan;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ConcurrentChange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * SIPs in {@code casehandling.coordinated_plans} with their participants, measures, history and the region
 * participants' read grants. The plan row carries the version; participants are upserted (never deleted), measures
 * rewritten, history only appended, and grants revoked rather than deleted.
 */
@Repository
public class CoordinatedPlanRows {

    private final JdbcClient jdbc;

    public CoordinatedPlanRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CoordinatedPlan> find(CoordinatedPlanId id) {
        return jdbc.sql("SELECT * FROM casehandling.coordinated_plans WHERE id = ?").param(id.value())
                .query((rs, row) -> map(rs)).optional();
    }

    /** The plans of a case, newest first. */
    public List<CoordinatedPlan> ofCase(CaseId caseId) {
        return jdbc.sql("SELECT * FROM casehandling.coordinated_plans WHERE case_id = ? ORDER BY created_at DESC, id")
                .param(caseId.value()).query((rs, row) -> map(rs)).list();
    }

    /** The case a plan belongs to, for the access check before anything else is read. */
    public Optional<CaseId> caseOf(CoordinatedPlanId id) {
        return jdbc.sql("SELECT case_id FROM casehandling.coordinated_plans WHERE id = ?").param(id.value())
                .query((rs, row) -> new CaseId(rs.getObject(1, UUID.class))).optional();
    }

    /**
     * Whether the account holds a live read grant for the plan: grants are keyed on the Keycloak subject the grantee's
     * username was bound to at their first sign-in, so an account renamed to the grantee's username holds none.
     */
    public boolean hasLiveGrant(CoordinatedPlanId id, String accountSubject) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM casehandling.coordinated_plan_read_grants
                                       WHERE plan_id = ? AND account_subject = ? AND revoked_at IS NULL)""")
                .params(id.value(), accountSubject).query(Boolean.class).single();
    }

    /** The plans the account (by its Keycloak subject) holds a live read grant for. */
    public List<CoordinatedPlanId> grantedTo(String accountSubject) {
        return jdbc.sql("""
                        SELECT DISTINCT g.plan_id FROM casehandling.coordinated_plan_read_grants g
                        WHERE g.account_subject = ? AND g.revoked_at IS NULL""")
                .param(accountSubject).query((rs, row) -> new CoordinatedPlanId(rs.getObject(1, UUID.class))).list();
    }

    /** Binds the username's grants made before its first sign-in to the subject it is now bound to. */
    public int bind(String accountUsername, String accountSubject) {
        return jdbc.sql("""
                        UPDATE casehandling.coordinated_plan_read_grants SET account_subject = ?
                        WHERE account_username = ? AND account_subject IS NULL AND revoked_at IS NULL""")
                .params(accountSubject, accountUsername).update();
    }

    public void insert(CoordinatedPlan plan, Instant now) {
        var consent = plan.consent();
        jdbc.sql("""
                        INSERT INTO casehandling.coordinated_plans (id, case_id, status, plan_date, created_by,
                            consent_given_on, consent_form, consent_recorded_by, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(plan.id().value(), plan.caseId().value(), plan.status().name(), plan.planDate(),
                        plan.createdBy(), consent.givenOn(), consent.form().name(), consent.recordedBy())
                .update();
        saveParts(plan, now);
    }

    /** Saves the plan's changing parts; refuses when someone else saved it since it was read. */
    public void update(CoordinatedPlan plan, Instant now) {
        var consent = plan.consent();
        var rows = jdbc.sql("""
                        UPDATE casehandling.coordinated_plans SET status = ?, consent_withdrawn_on = ?,
                            consent_withdrawal_recorded_by = ?, consent_withdrawn_by_client = ?,
                            consent_withdrawn_at = ?, overall_responsibility = ?, coordinator = ?,
                            goals = ?, follow_up_on = ?, changed_at = now(), version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(plan.status().name(), consent.withdrawnOn(), consent.withdrawalRecordedBy(),
                        consent.withdrawnByClient(),
                        consent.withdrawnAt() == null ? null : Timestamp.from(consent.withdrawnAt()),
                        plan.overallResponsibility() == null ? null : plan.overallResponsibility().name(),
                        plan.coordinator() == null ? null : plan.coordinator().value(), plan.goals(),
                        plan.followUpOn(), plan.id().value(), plan.version())
                .update();
        if (rows != 1) {
            throw new ConcurrentChange("coordinated plan", plan.id());
        }
        saveParts(plan, now);
    }

    private static final ChildRows MEASURES = new ChildRows("casehandling.coordinated_plan_measures", "plan_id",
            "position", List.of("principal", "need", "measure"), null);

    /**
     * The participants (never deleted: a removed one keeps its row with the date), the measures by their difference
     * from what is stored (see {@link ChildRows}), the new history and the read grants.
     */
    private void saveParts(CoordinatedPlan plan, Instant now) {
        var id = plan.id().value();
        var position = 0;
        for (var p : plan.participants()) {
            jdbc.sql("""
                            INSERT INTO casehandling.coordinated_plan_participants (id, plan_id, position, kind,
                                staff_username, name, organisation, organisational_unit, role, account_username,
                                client_does_not_object, removed_on)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (id) DO UPDATE SET removed_on = excluded.removed_on""")
                    .params(p.id().value(), id, position++, p.kind().name(), p.staffUsername(), p.name(),
                            p.organisation(), p.organisationalUnit(), p.role(), p.accountUsername(),
                            p.clientDoesNotObject(), p.removedOn())
                    .update();
        }
        var place = new int[]{0};
        MEASURES.save(jdbc, id, plan.measures().stream().map(m -> ChildRows.Row.of(place[0]++, m.principal().name(),
                m.need(), m.measure())).toList(), new Integer[0]);
        for (var h : plan.newHistory()) {
            jdbc.sql("""
                            INSERT INTO casehandling.coordinated_plan_history (plan_id, occurred_on, recorded_at, kind,
                                status, recorded_by, note)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, h.occurredOn(), Timestamp.from(h.recordedAt()), h.kind(), h.status().name(),
                            h.recordedBy(), h.note())
                    .update();
        }
        var grants = plan.readGrants();
        var live = grants.keySet().stream().map(ParticipantId::value).toArray(UUID[]::new);
        jdbc.sql("""
                        UPDATE casehandling.coordinated_plan_read_grants SET revoked_at = ?
                        WHERE plan_id = ? AND revoked_at IS NULL AND NOT (participant_id = ANY(?))""")
                .params(Timestamp.from(now), id, live).update();
        grants.forEach((participant, account) -> jdbc.sql("""
                        INSERT INTO casehandling.coordinated_plan_read_grants (plan_id, participant_id,
                            account_username, account_subject, granted_at)
                        VALUES (?, ?, ?, (SELECT subject FROM casehandling.accounts WHERE username = ?), ?)
                        ON CONFLICT DO NOTHING""")
                .params(id, participant.value(), account, account, Timestamp.from(now)).update());
    }

    /**
     * Records that the case's responsible caseworker has seen the client's withdrawal of consent (their first look at
     * the SIP since), once: the start page's work item ends then. Does not change the plan's version.
     */
    public void markWithdrawalSeen(CoordinatedPlanId id, String by, Instant at) {
        jdbc.sql("""
                        UPDATE casehandling.coordinated_plans SET consent_withdrawal_seen_by = ?,
                            consent_withdrawal_seen_at = ?
                        WHERE id = ? AND consent_withdrawn_by_client AND consent_withdrawal_seen_at IS NULL""")
                .params(by, Timestamp.from(at), id.value()).update();
    }

    /** Who saw the client's withdrawal of consent first, and when; empty while nobody has. */
    public Optional<WithdrawalSeen> withdrawalSeen(CoordinatedPlanId id) {
        return jdbc.sql("""
                        SELECT consent_withdrawal_seen_by, consent_withdrawal_seen_at
                        FROM casehandling.coordinated_plans WHERE id = ? AND consent_withdrawal_seen_at IS NOT NULL""")
                .param(id.value())
                .query((rs, row) -> new WithdrawalSeen(rs.getString(1), rs.getTimestamp(2).toInstant())).optional();
    }

    /** The responsible caseworker's first look at a SIP whose consent the client withdrew. */
    public record WithdrawalSeen(String by, Instant at) {
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private CoordinatedPlan map(ResultSet rs) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var responsibility = rs.getString("overall_responsibility");
        var coordinator = rs.getObject("coordinator", UUID.class);
        var consent = new Consent(rs.getObject("consent_given_on", LocalDate.class),
                ConsentForm.valueOf(rs.getString("consent_form")), rs.getString("consent_recorded_by"),
                rs.getObject("consent_withdrawn_on", LocalDate.class), rs.getString("consent_withdrawal_recorded_by"),
                rs.getBoolean("consent_withdrawn_by_client"), instant(rs, "consent_withdrawn_at"));
        return CoordinatedPlan.restore(new CoordinatedPlanId(id), new CaseId(rs.getObject("case_id", UUID.class)),
                rs.getObject("plan_date", LocalDate.class), rs.getString("created_by"),
                CoordinatedPlanStatus.valueOf(rs.getString("status")), consent, participants(id), measures(id),
                responsibility == null ? null : Principal.valueOf(responsibility),
                coordinator == null ? null : new ParticipantId(coordinator), rs.getString("goals"),
                rs.getObject("follow_up_on", LocalDate.class), history(id), rs.getLong("version"));
    }

    private List<Participant> participants(UUID planId) {
        return jdbc.sql("SELECT * FROM casehandling.coordinated_plan_participants WHERE plan_id = ? ORDER BY position")
                .param(planId)
                .query((rs, row) -> new Participant(new ParticipantId(rs.getObject("id", UUID.class)),
                        ParticipantKind.valueOf(rs.getString("kind")), rs.getString("staff_username"),
                        rs.getString("name"), rs.getString("organisation"), rs.getString("organisational_unit"),
                        rs.getString("role"), rs.getString("account_username"),
                        rs.getBoolean("client_does_not_object"), rs.getObject("removed_on", LocalDate.class)))
                .list();
    }

    private List<Measure> measures(UUID planId) {
        return jdbc.sql("SELECT * FROM casehandling.coordinated_plan_measures WHERE plan_id = ? ORDER BY position")
                .param(planId)
                .query((rs, row) -> new Measure(Principal.valueOf(rs.getString("principal")), rs.getString("need"),
                        rs.getString("measure")))
                .list();
    }

    private List<HistoryEntry> history(UUID planId) {
        return jdbc.sql("SELECT * FROM casehandling.coordinated_plan_history WHERE plan_id = ? ORDER BY id")
                .param(planId)
                .query((rs, row) -> new HistoryEntry(rs.getObject("occurred_on", LocalDate.class),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("kind"),
                        CoordinatedPlanStatus.valueOf(rs.getString("status")), rs.getString("recorded_by"),
                        rs.getString("note")))
                .list();
    }
}
