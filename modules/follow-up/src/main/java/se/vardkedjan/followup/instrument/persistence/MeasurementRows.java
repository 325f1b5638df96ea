package se.vardkedjan.followup.instrument.persistence;

import se.vardkedjan.followup.MeasurementId;
import se.vardkedjan.followup.MeasurementSource;
import se.vardkedjan.followup.Occasion;
import se.vardkedjan.followup.MeasurementView;
import se.vardkedjan.followup.Measurements;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.followup.instrument.domain.InstrumentRef;
import se.vardkedjan.followup.instrument.domain.Score;
import se.vardkedjan.sharedkernel.CaseId;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Measurements in {@code followup.measurements} with their answers and withdrawals, all append-only (ADR 0029): a
 * withdrawal is a row of its own; nothing is ever changed or removed.
 */
@Repository
public class MeasurementRows {

    /** A measurement to insert: the answers with each item's score, and the product's scores. */
    public record NewMeasurement(MeasurementId id, CaseId caseId, InstrumentRef instrument, Occasion occasion,
                                 LocalDate measuredOn, MeasurementSource source, String recordedBy,
                                 Instant recordedAt, Map<String, String> answers, Map<String, Integer> itemScores,
                                 Score score, GoalId goalId, UUID followUpId, String sourceKey) {
    }

    private final JdbcClient jdbc;

    public MeasurementRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the measurement and its answers; with a {@code sourceKey} already taken nothing is inserted.
     *
     * @return whether it was inserted
     */
    public boolean insert(NewMeasurement m) {
        var score = m.score();
        var inserted = jdbc.sql("""
                        INSERT INTO followup.measurements (id, case_id, instrument_code, instrument_version, occasion,
                            measured_on, source, recorded_by, recorded_at, total, band, over_cut_off, cut_off,
                            follow_up_id, goal_id, source_key)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (source_key) DO NOTHING""")
                .params(m.id().value(), m.caseId().value(), m.instrument().code(), m.instrument().version(),
                        m.occasion().name(), m.measuredOn(), m.source().name(), m.recordedBy(),
                        OffsetDateTime.ofInstant(m.recordedAt(), ZoneOffset.UTC), score.total(), score.band(),
                        score.overCutOff(), score.cutOffUsed() == null ? null : score.cutOffUsed().value(),
                        m.followUpId(),
                        m.goalId() == null ? null : m.goalId().value(), m.sourceKey())
                .update() == 1;
        if (inserted) {
            m.answers().forEach((item, answer) -> jdbc.sql("""
                            INSERT INTO followup.measurement_answers (measurement_id, item_code, answer, score)
                            VALUES (?, ?, ?, ?)""")
                    .params(m.id().value(), item, answer, m.itemScores().get(item)).update());
            score.subScores().forEach((code, value) -> jdbc.sql("""
                            INSERT INTO followup.measurement_sub_scores (measurement_id, code, score, band)
                            VALUES (?, ?, ?, ?)""")
                    .params(m.id().value(), code, value, score.subScoreBands().get(code)).update());
        }
        return inserted;
    }

    /** The case a measurement belongs to and whether it is withdrawn, or empty for an unknown id. */
    public Optional<Map.Entry<CaseId, Boolean>> caseOf(MeasurementId id) {
        return jdbc.sql("""
                        SELECT m.case_id, w.measurement_id IS NOT NULL AS withdrawn FROM followup.measurements m
                        LEFT JOIN followup.measurement_withdrawals w ON w.measurement_id = m.id WHERE m.id = ?""")
                .param(id.value())
                .query((rs, row) -> Map.entry(new CaseId(rs.getObject("case_id", UUID.class)),
                        rs.getBoolean("withdrawn")))
                .optional();
    }

    /** Withdraws a measurement; false when it was withdrawn already. */
    public boolean withdraw(MeasurementId id, String reason, String by, Instant at) {
        return jdbc.sql("""
                        INSERT INTO followup.measurement_withdrawals (measurement_id, reason, withdrawn_by,
                            withdrawn_at)
                        VALUES (?, ?, ?, ?) ON CONFLICT (measurement_id) DO NOTHING""")
                .params(id.value(), reason, by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update() == 1;
    }

    /** The case's measurements that are not withdrawn, oldest first (by date, then by when recorded). */
    public List<MeasurementView> ofCase(CaseId caseId) {
        var answers = new HashMap<UUID, Map<String, String>>();
        jdbc.sql("""
                        SELECT a.measurement_id, a.item_code, a.answer FROM followup.measurement_answers a
                        JOIN followup.measurements m ON m.id = a.measurement_id WHERE m.case_id = ?
                        ORDER BY a.item_code""")
                .param(caseId.value())
                .query((rs, row) -> {
                    answers.computeIfAbsent(rs.getObject("measurement_id", UUID.class), k -> new LinkedHashMap<>())
                            .put(rs.getString("item_code"), rs.getString("answer"));
                    return null;
                }).list();
        var subScores = new HashMap<UUID, Map<String, Integer>>();
        var subBands = new HashMap<UUID, Map<String, String>>();
        jdbc.sql("""
                        SELECT s.measurement_id, s.code, s.score, s.band FROM followup.measurement_sub_scores s
                        JOIN followup.measurements m ON m.id = s.measurement_id WHERE m.case_id = ?""")
                .param(caseId.value())
                .query((rs, row) -> {
                    var id = rs.getObject("measurement_id", UUID.class);
                    subScores.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(rs.getString("code"),
                            rs.getInt("score"));
                    if (rs.getString("band") != null) {
                        subBands.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(rs.getString("code"),
                                rs.getString("band"));
                    }
                    return null;
                }).list();
        return jdbc.sql("""
                        SELECT m.* FROM followup.measurements m
                        WHERE m.case_id = ? AND NOT EXISTS (
                            SELECT 1 FROM followup.measurement_withdrawals w WHERE w.measurement_id = m.id)
                        ORDER BY m.measured_on, m.recorded_at, m.id""")
                .param(caseId.value())
                .query((rs, row) -> {
                    var id = rs.getObject("id", UUID.class);
                    return map(rs, answers.getOrDefault(id, Map.of()), subScores.getOrDefault(id, Map.of()),
                            subBands.getOrDefault(id, Map.of()));
                })
                .list();
    }

    /**
     * Whether the case has a baseline (not withdrawn) of one of these versions of an instrument (those on the same
     * scale), for this goal or none.
     */
    public boolean hasBaseline(CaseId caseId, List<InstrumentRef> sameScale, GoalId goalId) {
        if (sameScale.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                        SELECT count(*) FROM followup.measurements m
                        WHERE m.case_id = ? AND m.instrument_code = ? AND m.instrument_version = ANY (?)
                          AND m.occasion = 'BASELINE' AND m.goal_id IS NOT DISTINCT FROM CAST(? AS uuid)
                          AND NOT EXISTS (SELECT 1 FROM followup.measurement_withdrawals w
                                          WHERE w.measurement_id = m.id)""")
                .params(caseId.value(), sameScale.getFirst().code(),
                        sameScale.stream().map(InstrumentRef::version).toArray(Integer[]::new),
                        goalId == null ? null : goalId.value())
                .query(Long.class).single() > 0;
    }

    private static MeasurementView map(ResultSet rs, Map<String, String> answers, Map<String, Integer> subScores,
                                       Map<String, String> subBands) throws SQLException {
        var goal = rs.getObject("goal_id", UUID.class);
        return new MeasurementView(new MeasurementId(rs.getObject("id", UUID.class)),
                new InstrumentRef(rs.getString("instrument_code"), rs.getInt("instrument_version")),
                Occasion.valueOf(rs.getString("occasion")), rs.getObject("measured_on", LocalDate.class),
                MeasurementSource.valueOf(rs.getString("source")), rs.getInt("total"), rs.getString("band"),
                rs.getObject("over_cut_off", Boolean.class), rs.getObject("cut_off", Integer.class), subScores,
                subBands, goal == null ? null : new GoalId(goal), answers);
    }
}
