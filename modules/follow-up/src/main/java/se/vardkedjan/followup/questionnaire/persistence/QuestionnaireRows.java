package se.vardkedjan.followup.questionnaire.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.followup.MeasurementId;
import se.vardkedjan.followup.QuestionnaireId;
import se.vardkedjan.followup.QuestionnaireStatus;
import se.vardkedjan.followup.instrument.domain.InstrumentRef;
import se.vardkedjan.sharedkernel.CaseId;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The questionnaires sent to clients ({@code followup.questionnaires}) and the answers given so far
 * ({@code followup.questionnaire_answers}). A questionnaire is never deleted (a trigger refuses it); its status moves
 * SENT → IN_PROGRESS → ANSWERED, or to WITHDRAWN while open, each change guarded by the status it leaves.
 */
@Repository
public class QuestionnaireRows {

    /** A questionnaire as stored. */
    public record Row(QuestionnaireId id, CaseId caseId, InstrumentRef instrument, UUID goalId, String goalTitle,
                      String sentBy, Instant sentAt, QuestionnaireStatus status, Instant answeredAt,
                      MeasurementId measurementId, UUID sentViaAssignment, String sentByProvider) {
    }

    private final JdbcClient jdbc;

    public QuestionnaireRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(QuestionnaireId id, CaseId caseId, InstrumentRef instrument, UUID goalId, String goalTitle,
                       String sentBy, Instant sentAt, UUID sentViaAssignment, String sentByProvider) {
        jdbc.sql("""
                        INSERT INTO followup.questionnaires (id, case_id, instrument_code, instrument_version, goal_id,
                            goal_title, sent_by, sent_at, status, sent_via_assignment, sent_by_provider)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'SENT', ?, ?)""")
                .params(id.value(), caseId.value(), instrument.code(), instrument.version(), goalId, goalTitle,
                        sentBy, Timestamp.from(sentAt), sentViaAssignment, sentByProvider)
                .update();
    }

    public Optional<Row> find(QuestionnaireId id) {
        return jdbc.sql("SELECT * FROM followup.questionnaires WHERE id = ?").param(id.value())
                .query(QuestionnaireRows::map).optional();
    }

    /** The case a questionnaire belongs to, or empty when there is none by that id. */
    public Optional<CaseId> caseOf(QuestionnaireId id) {
        return jdbc.sql("SELECT case_id FROM followup.questionnaires WHERE id = ?").param(id.value())
                .query((rs, n) -> new CaseId(rs.getObject(1, UUID.class))).optional();
    }

    /** Holds the questionnaire for the rest of the transaction (answers and sending one at a time). */
    public Optional<Row> lock(QuestionnaireId id) {
        return jdbc.sql("SELECT * FROM followup.questionnaires WHERE id = ? FOR UPDATE").param(id.value())
                .query(QuestionnaireRows::map).optional();
    }

    /** The questionnaires of a case, newest first. */
    public List<Row> ofCase(CaseId caseId) {
        return jdbc.sql("SELECT * FROM followup.questionnaires WHERE case_id = ? ORDER BY sent_at DESC, id")
                .param(caseId.value()).query(QuestionnaireRows::map).list();
    }

    /** The questionnaires of several cases (a client's), newest sent first. */
    public List<Row> ofCases(List<CaseId> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM followup.questionnaires WHERE case_id = ANY (?) ORDER BY sent_at DESC, id")
                .param(cases.stream().map(CaseId::value).toArray(UUID[]::new)).query(QuestionnaireRows::map).list();
    }

    /** The questionnaires of a case sent through an assignment (a provider's), newest first. */
    public List<Row> sentVia(CaseId caseId, UUID assignment) {
        return jdbc.sql("""
                        SELECT * FROM followup.questionnaires WHERE case_id = ? AND sent_via_assignment = ?
                        ORDER BY sent_at DESC, id""")
                .params(caseId.value(), assignment).query(QuestionnaireRows::map).list();
    }

    /** Whether the case has an open questionnaire of this instrument (and goal). */
    public boolean hasOpen(CaseId caseId, String instrumentCode, UUID goalId) {
        return jdbc.sql("""
                        SELECT count(*) FROM followup.questionnaires
                        WHERE case_id = ? AND instrument_code = ? AND goal_id IS NOT DISTINCT FROM ?
                          AND status IN ('SENT', 'IN_PROGRESS')""")
                .params(caseId.value(), instrumentCode, goalId).query(Long.class).single() > 0;
    }

    /** The answers given so far, item code → option code, in the order given. */
    public Map<String, String> answers(QuestionnaireId id) {
        var answers = new LinkedHashMap<String, String>();
        jdbc.sql("SELECT item_code, answer FROM followup.questionnaire_answers WHERE questionnaire_id = ? "
                        + "ORDER BY answered_at, item_code").param(id.value())
                .query((rs, n) -> answers.put(rs.getString(1), rs.getString(2))).list();
        return answers;
    }

    /** How many answers each of the questionnaires has so far. */
    public Map<QuestionnaireId, Integer> answerCounts(List<QuestionnaireId> ids) {
        var counts = new LinkedHashMap<QuestionnaireId, Integer>();
        for (var id : ids) {
            counts.put(id, jdbc.sql("SELECT count(*) FROM followup.questionnaire_answers WHERE questionnaire_id = ?")
                    .param(id.value()).query(Integer.class).single());
        }
        return counts;
    }

    /** Keeps one answer (a new one, or a changed one) and marks the questionnaire in progress. */
    public void answer(QuestionnaireId id, String itemCode, String answer, Instant at) {
        jdbc.sql("""
                        INSERT INTO followup.questionnaire_answers (questionnaire_id, item_code, answer, answered_at)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (questionnaire_id, item_code) DO UPDATE SET answer = EXCLUDED.answer""")
                .params(id.value(), itemCode, answer, Timestamp.from(at)).update();
        jdbc.sql("UPDATE followup.questionnaires SET status = 'IN_PROGRESS' WHERE id = ? AND status = 'SENT'")
                .param(id.value()).update();
    }

    /** Marks an open questionnaire answered with the measurement it became; false when it was not open. */
    public boolean answered(QuestionnaireId id, MeasurementId measurement, Instant at) {
        return jdbc.sql("""
                        UPDATE followup.questionnaires SET status = 'ANSWERED', answered_at = ?, measurement_id = ?
                        WHERE id = ? AND status IN ('SENT', 'IN_PROGRESS')""")
                .params(Timestamp.from(at), measurement.value(), id.value()).update() == 1;
    }

    /** Withdraws an open questionnaire; false when it was not open. */
    public boolean withdraw(QuestionnaireId id, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE followup.questionnaires SET status = 'WITHDRAWN', withdrawn_by = ?, withdrawn_at = ?
                        WHERE id = ? AND status IN ('SENT', 'IN_PROGRESS')""")
                .params(by, Timestamp.from(at), id.value()).update() == 1;
    }

    /** Withdraws every open questionnaire of a case; how many were open. */
    public int withdrawOpenOf(CaseId caseId, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE followup.questionnaires SET status = 'WITHDRAWN', withdrawn_by = ?, withdrawn_at = ?
                        WHERE case_id = ? AND status IN ('SENT', 'IN_PROGRESS')""")
                .params(by, Timestamp.from(at), caseId.value()).update();
    }

    /** The questionnaires answered since {@code since} of the given cases (for the caseworker's start page). */
    public List<Row> answeredSince(List<CaseId> cases, Instant since) {
        if (cases.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT * FROM followup.questionnaires
                        WHERE status = 'ANSWERED' AND answered_at >= ? AND case_id = ANY (?)
                        ORDER BY answered_at DESC""")
                .params(Timestamp.from(since), cases.stream().map(CaseId::value).toArray(UUID[]::new))
                .query(QuestionnaireRows::map).list();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        var answeredAt = rs.getTimestamp("answered_at");
        var measurement = rs.getObject("measurement_id", UUID.class);
        return new Row(new QuestionnaireId(rs.getObject("id", UUID.class)),
                new CaseId(rs.getObject("case_id", UUID.class)),
                new InstrumentRef(rs.getString("instrument_code"), rs.getInt("instrument_version")),
                rs.getObject("goal_id", UUID.class), rs.getString("goal_title"), rs.getString("sent_by"),
                rs.getTimestamp("sent_at").toInstant(), QuestionnaireStatus.valueOf(rs.getString("status")),
                answeredAt == null ? null : answeredAt.toInstant(),
                measurement == null ? null : new MeasurementId(measurement),
                rs.getObject("sent_via_assignment", UUID.class), rs.getString("sent_by_provider"));
    }
}
