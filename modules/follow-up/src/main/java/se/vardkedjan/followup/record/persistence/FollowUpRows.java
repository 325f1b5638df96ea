package se.vardkedjan.followup.record.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.followup.FollowUpDecision;
import se.vardkedjan.followup.ProviderReport;
import se.vardkedjan.followup.RecordedFollowUp;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.sharedkernel.CaseId;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Recorded follow-ups in {@code followup.follow_ups} (ADR 0030, amendment), append-only: a row is never changed or
 * removed. The request key makes the same request (a double click) one row.
 */
@Repository
public class FollowUpRows {

    /** A row as stored, with the username who recorded it. */
    public record Row(UUID id, CaseId caseId, UUID scheduledId, LocalDate doneOn, Boolean onTime,
                      FollowUpDecision decision, String reason, RecordedFollowUp.ReportRef report,
                      String recordedBy, Instant recordedAt) {
    }

    private final JdbcClient jdbc;

    public FollowUpRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the follow-up unless its request key is taken; true when inserted. */
    public boolean insert(Row row, UUID requestKey) {
        var report = row.report();
        return jdbc.sql("""
                        INSERT INTO followup.follow_ups (id, case_id, scheduled_id, done_on, on_time, decision, reason,
                            provider_assignment_id, provider_report_kind, provider_report_id, recorded_by,
                            recorded_at, request_key)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (request_key) DO NOTHING""")
                .params(row.id(), row.caseId().value(), row.scheduledId(), row.doneOn(), row.onTime(),
                        row.decision().name(), row.reason(), report == null ? null : report.assignmentId().value(),
                        report == null ? null : report.kind().name(), report == null ? null : report.reportId(),
                        row.recordedBy(), OffsetDateTime.ofInstant(row.recordedAt(), ZoneOffset.UTC), requestKey)
                .update() == 1;
    }

    /** The follow-up recorded with the request key, if any. */
    public Optional<Row> byRequestKey(UUID requestKey) {
        return jdbc.sql("SELECT * FROM followup.follow_ups WHERE request_key = ?").param(requestKey)
                .query(FollowUpRows::map).optional();
    }

    /** Whether the scheduled follow-up has a recorded follow-up already. */
    public boolean recordedFor(UUID scheduledId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM followup.follow_ups WHERE scheduled_id = ?)")
                .param(scheduledId).query(Boolean.class).single();
    }

    /** The case's recorded follow-ups, the latest first. */
    public List<Row> ofCase(CaseId caseId) {
        return jdbc.sql("""
                        SELECT * FROM followup.follow_ups WHERE case_id = ?
                        ORDER BY done_on DESC, recorded_at DESC, id""")
                .param(caseId.value()).query(FollowUpRows::map).list();
    }

    /** The measurements (not withdrawn) taken with each of the case's follow-ups, oldest first. */
    public Map<UUID, List<UUID>> measurementsOf(CaseId caseId) {
        var found = new HashMap<UUID, List<UUID>>();
        jdbc.sql("""
                        SELECT m.follow_up_id, m.id FROM followup.measurements m
                        WHERE m.case_id = ? AND m.follow_up_id IS NOT NULL
                          AND NOT EXISTS (SELECT 1 FROM followup.measurement_withdrawals w
                                          WHERE w.measurement_id = m.id)
                        ORDER BY m.recorded_at, m.id""")
                .param(caseId.value())
                .query((rs, n) -> found.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getObject(2, UUID.class)))
                .list();
        return found;
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        var assignment = rs.getObject("provider_assignment_id", UUID.class);
        var onTime = rs.getObject("on_time", Boolean.class);
        return new Row(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
                rs.getObject("scheduled_id", UUID.class), rs.getDate("done_on").toLocalDate(), onTime,
                FollowUpDecision.valueOf(rs.getString("decision")), rs.getString("reason"),
                assignment == null ? null : new RecordedFollowUp.ReportRef(new AssignmentId(assignment),
                        ProviderReport.Kind.valueOf(rs.getString("provider_report_kind")),
                        rs.getString("provider_report_id")),
                rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }
}
