package se.vardkedjan.providercontracts.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.AssignmentReportsView;
import se.vardkedjan.providercontracts.AssignmentStatus;
import se.vardkedjan.providercontracts.DeviationKind;
import se.vardkedjan.providercontracts.GoalOutcome;
import se.vardkedjan.providercontracts.PriceUnit;
import se.vardkedjan.providercontracts.ReportedDay;
import se.vardkedjan.providercontracts.domain.AttendanceCorrection;
import se.vardkedjan.providercontracts.domain.AttendancePeriod;
import se.vardkedjan.providercontracts.domain.CompletionReport;
import se.vardkedjan.providercontracts.domain.DeviationReport;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What providers report on assignments, by hand-written SQL (ADR 0009, ADR 0026): attendance reports and their days,
 * corrections, deviations and completion reports, all only ever inserted (the database refuses a change or removal,
 * providercontracts-0395). A day is reported once per assignment (the primary key of attendance_days), which also
 * settles two reports racing for the same day.
 */
@Repository
public class ReportRows {

    /** What a report is checked against: the assignment's state, dates and its contract's price unit. */
    public record Frame(AssignmentId id, CaseId caseId, AssignmentStatus status, LocalDate acceptedStart,
                        LocalDate startedOn, LocalDate endedOn, PriceUnit priceUnit) {

        public boolean hourPriced() {
            return priceUnit == PriceUnit.HOUR;
        }
    }

    /** A deviation or a completion report the case staff must see, with the assignment and case it belongs to. */
    public record Noted(AssignmentId assignmentId, CaseId caseId, String kind, LocalDate date) {
    }

    private final JdbcClient jdbc;

    public ReportRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The assignment's frame, its row locked until the transaction ends: reports on one assignment run in turn. */
    public Optional<Frame> lockFrame(AssignmentId id) {
        return frame(id, " FOR UPDATE OF a");
    }

    /** The assignment's frame, read without a lock. */
    public Optional<Frame> frame(AssignmentId id) {
        return frame(id, "");
    }

    private Optional<Frame> frame(AssignmentId id, String lock) {
        return jdbc.sql("""
                        SELECT a.id, a.case_id, a.status, a.accepted_start, a.started_on, a.ended_on, c.price_unit
                        FROM providercontracts.assignments a
                        LEFT JOIN providercontracts.contracts c ON c.id = a.contract_id
                        WHERE a.id = ?""" + lock)
                .param(id.value()).query((rs, n) -> new Frame(new AssignmentId(rs.getObject("id", UUID.class)),
                        new CaseId(rs.getObject("case_id", UUID.class)),
                        AssignmentStatus.valueOf(rs.getString("status")), date(rs.getDate("accepted_start")),
                        date(rs.getDate("started_on")), date(rs.getDate("ended_on")),
                        rs.getString("price_unit") == null ? null : PriceUnit.valueOf(rs.getString("price_unit"))))
                .optional();
    }

    /** The last attendance day of the assignment that counts: reported and not cancelled by a correction. */
    public Optional<LocalDate> lastCountedDay(AssignmentId id) {
        return jdbc.sql("""
                        SELECT d.day FROM providercontracts.attendance_days d
                        LEFT JOIN providercontracts.attendance_corrected_days x
                            ON x.assignment_id = d.assignment_id AND x.day = d.day
                        WHERE d.assignment_id = ? AND (x.day IS NULL OR x.hours IS NOT NULL)
                        ORDER BY d.day DESC LIMIT 1""")
                .param(id.value()).query(LocalDate.class).optional();
    }

    /** The days of the assignment reported between the two days (inclusive). */
    public Set<LocalDate> reportedDays(AssignmentId id, LocalDate from, LocalDate to) {
        return new TreeSet<>(jdbc.sql("""
                        SELECT day FROM providercontracts.attendance_days
                        WHERE assignment_id = ? AND day BETWEEN ? AND ?""")
                .params(id.value(), Date.valueOf(from), Date.valueOf(to)).query(LocalDate.class).list());
    }

    /** The given days of the assignment that were reported, and those of them already corrected. */
    public Set<LocalDate> reportedAmong(AssignmentId id, Collection<LocalDate> days) {
        return among("attendance_days", id, days);
    }

    public Set<LocalDate> correctedAmong(AssignmentId id, Collection<LocalDate> days) {
        return among("attendance_corrected_days", id, days);
    }

    private Set<LocalDate> among(String table, AssignmentId id, Collection<LocalDate> days) {
        if (days.isEmpty()) {
            return Set.of();
        }
        return new TreeSet<>(jdbc.sql("SELECT day FROM providercontracts." + table
                        + " WHERE assignment_id = ? AND day = ANY(?)")
                .params(id.value(), days.stream().map(Date::valueOf).toArray(Date[]::new))
                .query(LocalDate.class).list());
    }

    /**
     * Stores a report and its days. Returns the days already reported when another report took some of them first
     * (then nothing of this report may be kept: the caller refuses, and the transaction rolls back).
     */
    public List<String> insertAttendance(AssignmentId id, AttendancePeriod period, String by, String byName,
                                         Instant at) {
        var reportId = jdbc.sql("""
                        INSERT INTO providercontracts.attendance_reports (assignment_id, first_day, last_day,
                            reported_at, reported_by, reported_by_name) VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(id.value(), Date.valueOf(period.firstDay()), Date.valueOf(period.lastDay()),
                        Timestamp.from(at), by, byName)
                .query(Long.class).single();
        var taken = new ArrayList<String>();
        for (var day : period.days()) {
            var inserted = jdbc.sql("""
                            INSERT INTO providercontracts.attendance_days (assignment_id, day, hours, report_id)
                            VALUES (?, ?, ?, ?) ON CONFLICT (assignment_id, day) DO NOTHING""")
                    .params(id.value(), Date.valueOf(day.day()), day.hours(), reportId).update();
            if (inserted == 0) {
                taken.add(day.day().toString());
            }
        }
        return taken;
    }

    public void insertCorrection(AssignmentId id, AttendanceCorrection correction, String by, String byName,
                                 Instant at) {
        var correctionId = jdbc.sql("""
                        INSERT INTO providercontracts.attendance_corrections (assignment_id, reason, corrected_at,
                            corrected_by, corrected_by_name) VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(id.value(), correction.reason(), Timestamp.from(at), by, byName).query(Long.class).single();
        for (var day : correction.days()) {
            jdbc.sql("""
                            INSERT INTO providercontracts.attendance_corrected_days (assignment_id, day, hours,
                                correction_id) VALUES (?, ?, ?, ?)""")
                    .params(id.value(), Date.valueOf(day.day()), day.hours(), correctionId).update();
        }
    }

    public void insertDeviation(AssignmentId id, DeviationReport deviation, String by, String byName, Instant at) {
        jdbc.sql("""
                        INSERT INTO providercontracts.deviations (id, assignment_id, kind, occurred_on, description,
                            action_taken, reported_at, reported_by, reported_by_name)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), id.value(), deviation.kind().name(), Date.valueOf(deviation.occurredOn()),
                        deviation.description(), deviation.actionTaken(), Timestamp.from(at), by, byName)
                .update();
    }

    /** Stores the completion report once: returns false when one was stored first. */
    public boolean insertCompletion(AssignmentId id, CompletionReport report, String by, String byName,
                                    Instant at) {
        var inserted = jdbc.sql("""
                        INSERT INTO providercontracts.completion_reports (assignment_id, summary, clients_view,
                            submitted_at, submitted_by, submitted_by_name) VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(id.value(), report.summary(), report.clientsView(), Timestamp.from(at), by, byName).update();
        if (inserted == 0) {
            return false;
        }
        for (var goal : report.goals()) {
            jdbc.sql("""
                            INSERT INTO providercontracts.completion_goals (assignment_id, position, goal_text,
                                outcome, comment) VALUES (?, ?, ?, ?, ?)""")
                    .params(id.value(), goal.position(), goal.text(), goal.outcome().name(), goal.comment())
                    .update();
        }
        return true;
    }

    public boolean hasCompletion(AssignmentId id) {
        return jdbc.sql("SELECT count(*) FROM providercontracts.completion_reports WHERE assignment_id = ?")
                .param(id.value()).query(Long.class).single() > 0;
    }

    /** The goals the assignment was sent with, in their order. */
    public List<String> goals(AssignmentId id) {
        return jdbc.sql("""
                        SELECT text FROM providercontracts.assignment_goals WHERE assignment_id = ?
                        ORDER BY position""")
                .param(id.value()).query(String.class).list();
    }

    // ---- Reads

    public List<AssignmentReportsView.Attendance> attendance(AssignmentId id) {
        var reports = new LinkedHashMap<Long, AssignmentReportsView.Attendance>();
        jdbc.sql("""
                        SELECT id, first_day, last_day, reported_at,
                            coalesce(reported_by_name, reported_by) AS reported_by
                        FROM providercontracts.attendance_reports WHERE assignment_id = ? ORDER BY first_day, id""")
                .param(id.value())
                .query((rs, n) -> reports.put(rs.getLong("id"), new AssignmentReportsView.Attendance(rs.getLong("id"),
                        date(rs.getDate("first_day")), date(rs.getDate("last_day")), new ArrayList<>(),
                        rs.getTimestamp("reported_at").toInstant(), rs.getString("reported_by"))))
                .list();
        jdbc.sql("""
                        SELECT d.report_id, d.day, d.hours, x.day IS NOT NULL AS corrected, x.hours AS corrected_hours
                        FROM providercontracts.attendance_days d
                        LEFT JOIN providercontracts.attendance_corrected_days x
                            ON x.assignment_id = d.assignment_id AND x.day = d.day
                        WHERE d.assignment_id = ? ORDER BY d.day""")
                .param(id.value())
                .query((rs, n) -> reports.get(rs.getLong("report_id")).days().add(new AssignmentReportsView.Day(
                        date(rs.getDate("day")), rs.getBigDecimal("hours"),
                        rs.getBoolean("corrected") && rs.getBigDecimal("corrected_hours") == null,
                        rs.getBigDecimal("corrected_hours"))))
                .list();
        return reports.values().stream().map(a -> new AssignmentReportsView.Attendance(a.id(), a.firstDay(),
                a.lastDay(), List.copyOf(a.days()), a.reportedAt(), a.reportedBy())).toList();
    }

    public List<AssignmentReportsView.Correction> corrections(AssignmentId id) {
        var corrections = new LinkedHashMap<Long, AssignmentReportsView.Correction>();
        jdbc.sql("""
                        SELECT id, reason, corrected_at, coalesce(corrected_by_name, corrected_by) AS corrected_by FROM providercontracts.attendance_corrections
                        WHERE assignment_id = ? ORDER BY id""")
                .param(id.value())
                .query((rs, n) -> corrections.put(rs.getLong("id"), new AssignmentReportsView.Correction(
                        rs.getLong("id"), new ArrayList<>(), rs.getString("reason"),
                        rs.getTimestamp("corrected_at").toInstant(), rs.getString("corrected_by"))))
                .list();
        jdbc.sql("""
                        SELECT correction_id, day, hours FROM providercontracts.attendance_corrected_days
                        WHERE assignment_id = ? ORDER BY day""")
                .param(id.value())
                .query((rs, n) -> corrections.get(rs.getLong("correction_id")).days()
                        .add(new ReportedDay(date(rs.getDate("day")), rs.getBigDecimal("hours"))))
                .list();
        return corrections.values().stream().map(c -> new AssignmentReportsView.Correction(c.id(),
                List.copyOf(c.days()), c.reason(), c.correctedAt(), c.correctedBy())).toList();
    }

    public List<AssignmentReportsView.Deviation> deviations(AssignmentId id) {
        return jdbc.sql("""
                        SELECT v.id, v.kind, v.occurred_on, v.description, v.action_taken, v.reported_at,
                            coalesce(v.reported_by_name, v.reported_by) AS reported_by, k.acknowledged_at,
                            k.acknowledged_by_name
                        FROM providercontracts.deviations v
                        LEFT JOIN providercontracts.deviation_acknowledgements k ON k.deviation_id = v.id
                        WHERE v.assignment_id = ?
                        ORDER BY v.occurred_on DESC, v.reported_at DESC""")
                .param(id.value())
                .query((rs, n) -> {
                    var acknowledgedAt = rs.getTimestamp("acknowledged_at");
                    return new AssignmentReportsView.Deviation(rs.getString("id"),
                            DeviationKind.valueOf(rs.getString("kind")), date(rs.getDate("occurred_on")),
                            rs.getString("description"), rs.getString("action_taken"),
                            rs.getTimestamp("reported_at").toInstant(), rs.getString("reported_by"),
                            acknowledgedAt == null ? null : acknowledgedAt.toInstant(),
                            rs.getString("acknowledged_by_name"));
                })
                .list();
    }

    /** A deviation of the assignment: its kind and whether it was acknowledged, or empty when it has none such. */
    public record DeviationFacts(DeviationKind kind, boolean acknowledged) {
    }

    public Optional<DeviationFacts> deviationOf(AssignmentId id, UUID deviationId) {
        return jdbc.sql("""
                        SELECT v.kind, k.deviation_id IS NOT NULL AS acknowledged
                        FROM providercontracts.deviations v
                        LEFT JOIN providercontracts.deviation_acknowledgements k ON k.deviation_id = v.id
                        WHERE v.id = ? AND v.assignment_id = ?""")
                .params(deviationId, id.value())
                .query((rs, n) -> new DeviationFacts(DeviationKind.valueOf(rs.getString("kind")),
                        rs.getBoolean("acknowledged")))
                .optional();
    }

    /** Records the acknowledgement of a deviation; false when it was acknowledged already (by anyone, meanwhile). */
    public boolean insertAcknowledgement(UUID deviationId, String by, String byName, Instant at) {
        return jdbc.sql("""
                        INSERT INTO providercontracts.deviation_acknowledgements (deviation_id, acknowledged_at,
                            acknowledged_by, acknowledged_by_name) VALUES (?, ?, ?, ?)
                        ON CONFLICT (deviation_id) DO NOTHING""")
                .params(deviationId, Timestamp.from(at), by, byName)
                .update() == 1;
    }

    public Optional<AssignmentReportsView.Completion> completion(AssignmentId id) {
        var goals = jdbc.sql("""
                        SELECT position, goal_text, outcome, comment FROM providercontracts.completion_goals
                        WHERE assignment_id = ? ORDER BY position""")
                .param(id.value())
                .query((rs, n) -> new AssignmentReportsView.Goal(rs.getInt("position"), rs.getString("goal_text"),
                        GoalOutcome.valueOf(rs.getString("outcome")), rs.getString("comment")))
                .list();
        return jdbc.sql("""
                        SELECT summary, clients_view, submitted_at, coalesce(submitted_by_name, submitted_by) AS submitted_by
                        FROM providercontracts.completion_reports WHERE assignment_id = ?""")
                .param(id.value())
                .query((rs, n) -> new AssignmentReportsView.Completion(goals, rs.getString("summary"),
                        rs.getString("clients_view"), rs.getTimestamp("submitted_at").toInstant(),
                        rs.getString("submitted_by")))
                .optional();
    }

    // ---- For the case staff: work items and the timeline

    /**
     * Discharges reported since the instant, serious incidents not yet acknowledged (however old), and completion
     * reports of assignments not yet ended, of cases in the given units (the assignment's {@code case_unit}, as the
     * assignments' own work items are chosen): what the case staff must act on, newest first (at most {@code limit} of
     * each). Chosen by unit in SQL, so that another unit's many reports cannot crowd a unit's own out of the limit.
     */
    public List<Noted> toNote(Instant since, Collection<UnitCode> units, int limit) {
        return jdbc.sql("""
                        (SELECT v.assignment_id, a.case_id, v.kind, v.occurred_on AS date, v.reported_at AS at
                         FROM providercontracts.deviations v
                         JOIN providercontracts.assignments a ON a.id = v.assignment_id
                         WHERE v.kind = 'DISCHARGE' AND v.reported_at >= ? AND a.case_unit = ANY(?)
                         ORDER BY v.reported_at DESC LIMIT ?)
                        UNION ALL
                        (SELECT v.assignment_id, a.case_id, v.kind, v.occurred_on AS date, v.reported_at AS at
                         FROM providercontracts.deviations v
                         JOIN providercontracts.assignments a ON a.id = v.assignment_id
                         WHERE v.kind = 'SERIOUS_INCIDENT' AND a.case_unit = ANY(?)
                           AND NOT EXISTS (SELECT 1 FROM providercontracts.deviation_acknowledgements k
                                           WHERE k.deviation_id = v.id)
                         ORDER BY v.reported_at DESC LIMIT ?)
                        UNION ALL
                        (SELECT r.assignment_id, a.case_id, 'COMPLETION', CAST(r.submitted_at AS date), r.submitted_at
                         FROM providercontracts.completion_reports r
                         JOIN providercontracts.assignments a ON a.id = r.assignment_id
                         WHERE a.status <> 'ENDED' AND a.case_unit = ANY(?) ORDER BY r.submitted_at DESC LIMIT ?)
                        ORDER BY at DESC""")
                .params(Timestamp.from(since), unitValues(units), limit, unitValues(units), limit, unitValues(units),
                        limit)
                .query((rs, n) -> new Noted(new AssignmentId(rs.getObject("assignment_id", UUID.class)),
                        new CaseId(rs.getObject("case_id", UUID.class)), rs.getString("kind"),
                        date(rs.getDate("date"))))
                .list();
    }

    /** The case's deviations, acknowledgements of serious incidents and completion reports, for its timeline. */
    public List<Noted> ofCase(CaseId caseId) {
        return jdbc.sql("""
                        SELECT v.assignment_id, a.case_id, v.kind, v.occurred_on AS date
                        FROM providercontracts.deviations v
                        JOIN providercontracts.assignments a ON a.id = v.assignment_id WHERE a.case_id = ?
                        UNION ALL
                        SELECT v.assignment_id, a.case_id, 'SERIOUS_INCIDENT_ACKNOWLEDGED',
                            CAST(k.acknowledged_at AT TIME ZONE 'Europe/Stockholm' AS date)
                        FROM providercontracts.deviation_acknowledgements k
                        JOIN providercontracts.deviations v ON v.id = k.deviation_id
                        JOIN providercontracts.assignments a ON a.id = v.assignment_id WHERE a.case_id = ?
                        UNION ALL
                        SELECT r.assignment_id, a.case_id, 'COMPLETION', CAST(r.submitted_at AS date)
                        FROM providercontracts.completion_reports r
                        JOIN providercontracts.assignments a ON a.id = r.assignment_id WHERE a.case_id = ?""")
                .params(caseId.value(), caseId.value(), caseId.value())
                .query((rs, n) -> new Noted(new AssignmentId(rs.getObject("assignment_id", UUID.class)),
                        new CaseId(rs.getObject("case_id", UUID.class)), rs.getString("kind"),
                        date(rs.getDate("date"))))
                .list();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static String[] unitValues(Collection<UnitCode> units) {
        return units.stream().map(UnitCode::value).toArray(String[]::new);
    }
}
