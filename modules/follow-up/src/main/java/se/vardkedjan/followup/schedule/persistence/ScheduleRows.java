package se.vardkedjan.followup.schedule.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.followup.CancelReason;
import se.vardkedjan.followup.FollowUpSource;
import se.vardkedjan.followup.FollowUpStatus;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The scheduled follow-ups in {@code followup.scheduled_follow_ups} (ADR 0030). One row per source, by the unique
 * index on (source kind, source id): an insert that finds one does nothing. A row is never deleted (a trigger
 * refuses it): cancelling keeps it with its reason and date.
 */
@Repository
public class ScheduleRows {

    /** A row as stored. */
    public record Row(UUID id, CaseId caseId, UnitCode unit, FollowUpSource source, UUID sourceId, UUID carePlanId,
                      InterventionType interventionType, LocalDate dueOn, FollowUpStatus status,
                      CancelReason cancelReason, LocalDate cancelledOn, LocalDate doneOn) {
    }

    /** The due follow-ups of one case in a unit's lists: how many are overdue and how many due soon. */
    public record CaseCounts(CaseId caseId, int overdue, int dueSoon) {
    }

    private final JdbcClient jdbc;

    public ScheduleRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Holds the case's schedule for the rest of the transaction: the listeners change one case's rows one at a time,
     * so two deliveries of events about one case never interleave (an advisory lock on the case's id).
     */
    public void lockCase(CaseId caseId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('followup.schedule:' || ?, 0))")
                .param(caseId.value().toString()).query((rs, n) -> 1).list();
    }

    /**
     * Whether an agreed plan revision that supersedes this one has been recorded (by {@code GoalLineage}, in
     * {@code followup.agreed_goals}): then this revision's goals arrive late and must not undo the newer schedule.
     * Only a superseding revision with goals is recorded, and only once its own event was handled (ADR 0033).
     */
    public boolean supersededRevision(UUID carePlanId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM followup.agreed_goals WHERE supersedes = ?)")
                .param(carePlanId).query(Boolean.class).single();
    }

    /** Schedules a follow-up unless its source has one; true when it was inserted. */
    public boolean insertIfNone(CaseId caseId, UnitCode unit, FollowUpSource source, UUID sourceId, UUID carePlanId,
                                InterventionType interventionType, LocalDate dueOn, Instant now) {
        return jdbc.sql("""
                        INSERT INTO followup.scheduled_follow_ups (id, case_id, unit_code, source_kind, source_id,
                            care_plan_id, intervention_type, due_on, status, scheduled_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'DUE', ?)
                        ON CONFLICT (source_kind, source_id) DO NOTHING""")
                .params(UUID.randomUUID(), caseId.value(), unit == null ? null : unit.value(), source.name(),
                        sourceId, carePlanId, interventionType == null ? null : interventionType.name(),
                        java.sql.Date.valueOf(dueOn), Timestamp.from(now))
                .update() == 1;
    }

    public Optional<Row> find(FollowUpSource source, UUID sourceId) {
        return jdbc.sql("SELECT * FROM followup.scheduled_follow_ups WHERE source_kind = ? AND source_id = ?")
                .params(source.name(), sourceId).query(ScheduleRows::map).optional();
    }

    /** A goal carried on into a new plan revision: the same due row now follows up the new goal, on its date. */
    public void carryGoal(UUID rowId, UUID goalId, UUID carePlanId, LocalDate dueOn) {
        jdbc.sql("""
                        UPDATE followup.scheduled_follow_ups SET source_id = ?, care_plan_id = ?, due_on = ?,
                            version = version + 1
                        WHERE id = ? AND status = 'DUE'""")
                .params(goalId, carePlanId, java.sql.Date.valueOf(dueOn), rowId).update();
    }

    /** Moves a due follow-up's date; a done or cancelled one stays as it is. */
    public void move(FollowUpSource source, UUID sourceId, LocalDate dueOn) {
        jdbc.sql("""
                        UPDATE followup.scheduled_follow_ups SET due_on = ?, version = version + 1
                        WHERE source_kind = ? AND source_id = ? AND status = 'DUE' AND due_on <> ?""")
                .params(java.sql.Date.valueOf(dueOn), source.name(), sourceId, java.sql.Date.valueOf(dueOn))
                .update();
    }

    /** Cancels the source's follow-up if it is still due. */
    public int cancel(FollowUpSource source, UUID sourceId, CancelReason reason, LocalDate on, Instant now) {
        return jdbc.sql(CANCEL + "AND source_kind = ? AND source_id = ?")
                .params(reason.name(), java.sql.Date.valueOf(on), Timestamp.from(now), source.name(), sourceId)
                .update();
    }

    /** Cancels every due follow-up of the case. */
    public int cancelCase(CaseId caseId, CancelReason reason, LocalDate on, Instant now) {
        return jdbc.sql(CANCEL + "AND case_id = ?")
                .params(reason.name(), java.sql.Date.valueOf(on), Timestamp.from(now), caseId.value()).update();
    }

    /** Cancels the case's due goal follow-ups of other plan revisions than the given one (goals no longer set). */
    public int cancelGoalsOutside(CaseId caseId, UUID carePlanId, LocalDate on, Instant now) {
        return jdbc.sql(CANCEL + "AND case_id = ? AND source_kind = 'GOAL' AND care_plan_id <> ?")
                .params(CancelReason.GOAL_REMOVED.name(), java.sql.Date.valueOf(on), Timestamp.from(now),
                        caseId.value(), carePlanId).update();
    }

    /**
     * Marks the case's due (or overdue) scheduled follow-up done on the day, by the recorded follow-up; false when it
     * is not the case's or not due (done or cancelled already).
     */
    public boolean markDone(UUID id, CaseId caseId, LocalDate doneOn, UUID followUpId) {
        return jdbc.sql("""
                        UPDATE followup.scheduled_follow_ups SET status = 'DONE', done_on = ?, follow_up_id = ?,
                            version = version + 1
                        WHERE id = ? AND case_id = ? AND status = 'DUE'""")
                .params(java.sql.Date.valueOf(doneOn), followUpId, id, caseId.value()).update() == 1;
    }

    /** One scheduled follow-up of the case, held for the transaction, or empty when the id is none of the case's. */
    public Optional<Row> ofCase(CaseId caseId, UUID id) {
        return jdbc.sql("SELECT * FROM followup.scheduled_follow_ups WHERE id = ? AND case_id = ? FOR UPDATE")
                .params(id, caseId.value()).query(ScheduleRows::map).optional();
    }

    private static final String CANCEL = """
            UPDATE followup.scheduled_follow_ups SET status = 'CANCELLED', cancel_reason = ?, cancelled_on = ?,
                cancelled_at = ?, version = version + 1
            WHERE status = 'DUE' """;

    /** Every follow-up of the case, by due date. */
    public List<Row> ofCase(CaseId caseId) {
        return jdbc.sql("SELECT * FROM followup.scheduled_follow_ups WHERE case_id = ? ORDER BY due_on, id")
                .param(caseId.value()).query(ScheduleRows::map).list();
    }

    /** Whether the case has a due follow-up whose date is before today (one indexed probe). */
    public boolean hasOverdue(CaseId caseId, LocalDate today) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM followup.scheduled_follow_ups
                                       WHERE case_id = ? AND status = 'DUE' AND due_on < ?)""")
                .params(caseId.value(), java.sql.Date.valueOf(today)).query(Boolean.class).single();
    }

    /** Those of the given cases with a follow-up due on or before {@code until} (overdue included). */
    public List<CaseId> withDue(Collection<CaseId> cases, LocalDate until) {
        if (cases.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT DISTINCT case_id FROM followup.scheduled_follow_ups
                        WHERE case_id = ANY(?) AND status = 'DUE' AND due_on <= ?""")
                .params(ids(cases), java.sql.Date.valueOf(until))
                .query((rs, n) -> new CaseId(rs.getObject(1, UUID.class))).list();
    }

    /** The follow-ups due on or before {@code until} on the given cases, earliest (the overdue) first, one page. */
    public List<Row> dueOn(Collection<CaseId> cases, LocalDate until, int offset, int limit) {
        return jdbc.sql("""
                        SELECT * FROM followup.scheduled_follow_ups
                        WHERE case_id = ANY(?) AND status = 'DUE' AND due_on <= ?
                        ORDER BY due_on, id OFFSET ? LIMIT ?""")
                .params(ids(cases), java.sql.Date.valueOf(until), offset, limit)
                .query(ScheduleRows::map).list();
    }

    public int countDueOn(Collection<CaseId> cases, LocalDate until) {
        return jdbc.sql("""
                        SELECT count(*) FROM followup.scheduled_follow_ups
                        WHERE case_id = ANY(?) AND status = 'DUE' AND due_on <= ?""")
                .params(ids(cases), java.sql.Date.valueOf(until)).query(Integer.class).single();
    }

    /** Per case of the units: the due follow-ups overdue (before today) and due soon (today up to until). */
    public List<CaseCounts> countsIn(Collection<UnitCode> units, LocalDate today, LocalDate until) {
        return jdbc.sql("""
                        SELECT case_id, count(*) FILTER (WHERE due_on < ?) AS overdue,
                               count(*) FILTER (WHERE due_on >= ?) AS soon
                        FROM followup.scheduled_follow_ups
                        WHERE unit_code = ANY(?) AND status = 'DUE' AND due_on <= ?
                        GROUP BY case_id""")
                .params(java.sql.Date.valueOf(today), java.sql.Date.valueOf(today), units(units),
                        java.sql.Date.valueOf(until))
                .query((rs, n) -> new CaseCounts(new CaseId(rs.getObject("case_id", UUID.class)),
                        rs.getInt("overdue"), rs.getInt("soon"))).list();
    }

    private static String[] units(Collection<UnitCode> units) {
        return units.stream().map(UnitCode::value).toArray(String[]::new);
    }

    private static UUID[] ids(Collection<CaseId> cases) {
        return cases.stream().map(CaseId::value).distinct().toArray(UUID[]::new);
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        var unit = rs.getString("unit_code");
        var type = rs.getString("intervention_type");
        var reason = rs.getString("cancel_reason");
        var cancelledOn = rs.getDate("cancelled_on");
        var doneOn = rs.getDate("done_on");
        return new Row(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
                unit == null ? null : new UnitCode(unit), FollowUpSource.valueOf(rs.getString("source_kind")),
                rs.getObject("source_id", UUID.class), rs.getObject("care_plan_id", UUID.class),
                type == null ? null : InterventionType.valueOf(type), rs.getDate("due_on").toLocalDate(),
                FollowUpStatus.valueOf(rs.getString("status")), reason == null ? null : CancelReason.valueOf(reason),
                cancelledOn == null ? null : cancelledOn.toLocalDate(), doneOn == null ? null : doneOn.toLocalDate());
    }
}
