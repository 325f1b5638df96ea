package se.vardkedjan.casehandling.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.casehandling.CarePlanId;
import se.vardkedjan.casehandling.GoalId;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the client adds to their care plan in the portal (ADR 0028): comments on goals and agreements to the plan, in
 * {@code casehandling.care_plan_goal_comments} and {@code casehandling.care_plan_client_agreements}, both append-only
 * (casehandling-1312): rows are only ever inserted here.
 */
@Repository
public class ClientVoiceRows {

    /** A comment as stored, with the goal's text as it read then. */
    public record GoalCommentRow(GoalId goal, String goalText, String text, Instant writtenAt) {
    }

    /** An agreement as stored, with the digest of the content agreed to. */
    public record AgreementRow(String contentDigest, Instant agreedAt) {
    }

    private final JdbcClient jdbc;

    public ClientVoiceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan a goal belongs to now, or empty for an unknown goal (or one removed from its draft). */
    public Optional<CarePlanId> planOfGoal(GoalId goal) {
        return jdbc.sql("SELECT care_plan_id FROM casehandling.care_plan_goals WHERE id = ?").param(goal.value())
                .query((rs, row) -> new CarePlanId(rs.getObject(1, UUID.class))).optional();
    }

    public void insertComment(CarePlanId plan, GoalId goal, String goalText, String text, String subject,
                              Instant at) {
        jdbc.sql("""
                        INSERT INTO casehandling.care_plan_goal_comments (id, care_plan_id, goal_id, goal_text, text,
                            written_by_subject, written_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), plan.value(), goal.value(), goalText, text, subject,
                        OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
                .update();
    }

    /** Records the agreement; false when the client already agreed to exactly this content of the plan. */
    public boolean insertAgreement(CarePlanId plan, String contentDigest, String subject, Instant at) {
        return jdbc.sql("""
                        INSERT INTO casehandling.care_plan_client_agreements (id, care_plan_id, content_digest,
                            agreed_by_subject, agreed_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (care_plan_id, content_digest) DO NOTHING""")
                .params(UUID.randomUUID(), plan.value(), contentDigest, subject,
                        OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
                .update() == 1;
    }

    /** The client's comments on the plan's goals, oldest first. */
    public List<GoalCommentRow> comments(CarePlanId plan) {
        return jdbc.sql("""
                        SELECT goal_id, goal_text, text, written_at FROM casehandling.care_plan_goal_comments
                        WHERE care_plan_id = ? ORDER BY written_at, id""")
                .param(plan.value())
                .query((rs, row) -> new GoalCommentRow(new GoalId(rs.getObject("goal_id", UUID.class)),
                        rs.getString("goal_text"), rs.getString("text"),
                        rs.getObject("written_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The client's agreements to the plan, newest first. */
    public List<AgreementRow> agreements(CarePlanId plan) {
        return jdbc.sql("""
                        SELECT content_digest, agreed_at FROM casehandling.care_plan_client_agreements
                        WHERE care_plan_id = ? ORDER BY agreed_at DESC, id""")
                .param(plan.value())
                .query((rs, row) -> new AgreementRow(rs.getString("content_digest"),
                        rs.getObject("agreed_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
