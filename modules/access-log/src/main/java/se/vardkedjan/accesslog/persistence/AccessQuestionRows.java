package se.vardkedjan.accesslog.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The clients' questions about rows of the access log and the managers' answers, in
 * {@code accesslog.access_questions} and {@code accesslog.access_question_answers}, both append-only (accesslog-0602):
 * rows are only ever inserted here.
 */
@Repository
public class AccessQuestionRows {

    /** A question as stored, with its answer when there is one. */
    public record QuestionRow(UUID id, long accessLogId, PersonId personId, String question, Instant askedAt,
                              String answer, Instant answeredAt, String answeredBy) {
    }

    private static final String SELECT = """
            SELECT q.id, q.access_log_id, q.person_id, q.question, q.asked_at, a.answer, a.answered_at,
                   a.answered_by_name
            FROM accesslog.access_questions q
            LEFT JOIN accesslog.access_question_answers a ON a.question_id = q.id""";

    private final JdbcClient jdbc;

    public AccessQuestionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The units whose managers answer a question about the row: its case's unit, else the units of the user who wrote
     * it; empty when the row is not about the person (or does not exist).
     */
    public Optional<String[]> unitsOfRowAbout(long accessLogId, PersonId person) {
        return jdbc.sql("""
                        SELECT CASE WHEN case_unit IS NOT NULL THEN ARRAY[case_unit]::varchar[] ELSE actor_units END
                        FROM accesslog.access_log WHERE id = ? AND person_id = ?""")
                .params(accessLogId, person.value())
                .query((rs, row) -> (String[]) rs.getArray(1).getArray()).optional();
    }

    public void insertQuestion(UUID id, long accessLogId, PersonId person, String[] units, String question,
                               String subject, Instant at) {
        jdbc.sql("""
                        INSERT INTO accesslog.access_questions (id, access_log_id, person_id, units, question,
                            asked_by_subject, asked_at)
                        VALUES (?, ?, ?, ?::varchar[], ?, ?, ?)""")
                .params(id, accessLogId, person.value(), units, question, subject, utc(at)).update();
    }

    /** Adds the answer; false when the question already has one. */
    public boolean insertAnswer(UUID question, String answer, String subject, String name, Instant at) {
        return jdbc.sql("""
                        INSERT INTO accesslog.access_question_answers (id, question_id, answer, answered_by_subject,
                            answered_by_name, answered_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (question_id) DO NOTHING""")
                .params(UUID.randomUUID(), question, answer, subject, name, utc(at)).update() == 1;
    }

    /** The person's questions, newest first. */
    public List<QuestionRow> ofPerson(PersonId person) {
        return jdbc.sql(SELECT + " WHERE q.person_id = ? ORDER BY q.asked_at DESC, q.id")
                .param(person.value()).query(AccessQuestionRows::map).list();
    }

    /** The questions for the units' managers, unanswered first, then newest first; at most {@code limit}. */
    public List<QuestionRow> forUnits(Set<UnitCode> units, boolean onlyOpen, int limit) {
        var codes = units.stream().map(UnitCode::value).toArray(String[]::new);
        return jdbc.sql(SELECT + " WHERE q.units && ?::varchar[]" + (onlyOpen ? " AND a.id IS NULL" : "")
                        + " ORDER BY (a.id IS NULL) DESC, q.asked_at DESC, q.id LIMIT ?")
                .params(codes, limit).query(AccessQuestionRows::map).list();
    }

    /** One question, when it is for one of the units. */
    public Optional<QuestionRow> find(UUID id, Set<UnitCode> units) {
        var codes = units.stream().map(UnitCode::value).toArray(String[]::new);
        return jdbc.sql(SELECT + " WHERE q.id = ? AND q.units && ?::varchar[]").params(id, codes)
                .query(AccessQuestionRows::map).optional();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static QuestionRow map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        var answeredAt = rs.getTimestamp("answered_at");
        return new QuestionRow(rs.getObject("id", UUID.class), rs.getLong("access_log_id"),
                new PersonId(rs.getObject("person_id", UUID.class)), rs.getString("question"),
                rs.getTimestamp("asked_at").toInstant(), rs.getString("answer"),
                answeredAt == null ? null : answeredAt.toInstant(), rs.getString("answered_by_name"));
    }
}
