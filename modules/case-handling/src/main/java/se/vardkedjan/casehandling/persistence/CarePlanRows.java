package se.vardkedjan.casehandling.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.casehandling.ActivityId;
import se.vardkedjan.casehandling.ActivityPerformer;
import se.vardkedjan.casehandling.AgreementChannel;
import se.vardkedjan.casehandling.CarePlanId;
import se.vardkedjan.casehandling.CarePlanStatus;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.casehandling.domain.Activity;
import se.vardkedjan.casehandling.domain.CarePlan;
import se.vardkedjan.casehandling.domain.ClientResponse;
import se.vardkedjan.casehandling.domain.Goal;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Care plan revisions in {@code casehandling.care_plans}, with their goals and activities. (Named for its rows, as
 * {@code CarePlans} is the module's facade.)
 */
@Repository
public class CarePlanRows {

    private final JdbcClient jdbc;

    public CarePlanRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(CarePlan plan) {
        var response = plan.response();
        jdbc.sql("""
                        INSERT INTO casehandling.care_plans (id, case_id, revision, revises_id, status, plan_date,
                            created_by, response_on, response_channel, client_agrees, clients_words,
                            response_recorded_by, superseded_by, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(plan.id().value(), plan.caseId().value(), plan.revision(),
                        plan.revises() == null ? null : plan.revises().value(), plan.status().name(),
                        plan.planDate(), plan.createdBy(), response == null ? null : response.on(),
                        response == null ? null : response.channel().name(),
                        response == null ? null : response.agrees(), response == null ? null : response.clientsWords(),
                        response == null ? null : response.recordedBy(),
                        plan.supersededBy() == null ? null : plan.supersededBy().value())
                .update();
        saveItems(plan);
    }

    /** Saves the plan's changing parts; refuses when someone else saved it since it was read. */
    public void update(CarePlan plan) {
        var response = plan.response();
        var rows = jdbc.sql("""
                        UPDATE casehandling.care_plans SET status = ?, response_on = ?, response_channel = ?,
                            client_agrees = ?, clients_words = ?, response_recorded_by = ?, superseded_by = ?,
                            changed_at = now(), version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(plan.status().name(), response == null ? null : response.on(),
                        response == null ? null : response.channel().name(),
                        response == null ? null : response.agrees(), response == null ? null : response.clientsWords(),
                        response == null ? null : response.recordedBy(),
                        plan.supersededBy() == null ? null : plan.supersededBy().value(),
                        plan.id().value(), plan.version())
                .update();
        if (rows != 1) {
            throw new ConcurrentChange("care plan", plan.id());
        }
        saveItems(plan);
    }

    private static final ChildRows GOALS = new ChildRows("casehandling.care_plan_goals", "care_plan_id", "id",
            List.of("position", "text", "measured_by", "follow_up_on"), "position");
    private static final ChildRows ACTIVITIES = new ChildRows("casehandling.care_plan_activities", "care_plan_id",
            "id", List.of("position", "what", "performer", "timing"), "position");

    /** The goals and activities, saved by their difference from what is stored, by id (see {@link ChildRows}). */
    private void saveItems(CarePlan plan) {
        var position = new int[]{0};
        GOALS.save(jdbc, plan.id().value(), plan.goals().stream().map(goal -> ChildRows.Row.of(goal.id().value(),
                position[0]++, goal.text(), goal.measuredBy(), goal.followUpOn())).toList(), new UUID[0]);
        position[0] = 0;
        ACTIVITIES.save(jdbc, plan.id().value(), plan.activities().stream().map(activity -> ChildRows.Row.of(
                activity.id().value(), position[0]++, activity.what(), activity.who().name(), activity.timing()))
                .toList(), new UUID[0]);
    }

    public Optional<CarePlan> find(CarePlanId id) {
        return jdbc.sql("SELECT * FROM casehandling.care_plans WHERE id = ?").param(id.value())
                .query(this::map).optional();
    }

    public Optional<CaseId> caseOf(CarePlanId id) {
        return jdbc.sql("SELECT case_id FROM casehandling.care_plans WHERE id = ?").param(id.value())
                .query((rs, row) -> new CaseId(rs.getObject(1, UUID.class))).optional();
    }

    /** Every revision of the case's plan, the newest first. */
    public List<CarePlan> ofCase(CaseId caseId) {
        return jdbc.sql("SELECT * FROM casehandling.care_plans WHERE case_id = ? ORDER BY revision DESC")
                .param(caseId.value()).query(this::map).list();
    }

    /** The follow-up dates of the goals of the case's plan in force, earliest first. */
    public List<LocalDate> followUpDates(CaseId caseId) {
        return jdbc.sql("""
                        SELECT DISTINCT g.follow_up_on FROM casehandling.care_plan_goals g
                        JOIN casehandling.care_plans p ON p.id = g.care_plan_id
                        WHERE p.case_id = ? AND p.status = 'AGREED' ORDER BY g.follow_up_on""")
                .param(caseId.value()).query(LocalDate.class).list();
    }

    private CarePlan map(ResultSet rs, int row) throws SQLException {
        var id = new CarePlanId(rs.getObject("id", UUID.class));
        var goals = jdbc.sql("SELECT * FROM casehandling.care_plan_goals WHERE care_plan_id = ? ORDER BY position")
                .param(id.value())
                .query((g, i) -> new Goal(new GoalId(g.getObject("id", UUID.class)), g.getString("text"),
                        g.getString("measured_by"), g.getObject("follow_up_on", LocalDate.class)))
                .list();
        var activities = jdbc.sql("SELECT * FROM casehandling.care_plan_activities WHERE care_plan_id = ? "
                        + "ORDER BY position")
                .param(id.value())
                .query((a, i) -> new Activity(new ActivityId(a.getObject("id", UUID.class)), a.getString("what"),
                        ActivityPerformer.valueOf(a.getString("performer")), a.getString("timing")))
                .list();
        var respondedOn = rs.getObject("response_on", LocalDate.class);
        var response = respondedOn == null ? null : new ClientResponse(respondedOn,
                AgreementChannel.valueOf(rs.getString("response_channel")), rs.getBoolean("client_agrees"),
                rs.getString("clients_words"), rs.getString("response_recorded_by"));
        var revises = rs.getObject("revises_id", UUID.class);
        var supersededBy = rs.getObject("superseded_by", UUID.class);
        return CarePlan.restore(id, new CaseId(rs.getObject("case_id", UUID.class)), rs.getInt("revision"),
                revises == null ? null : new CarePlanId(revises), CarePlanStatus.valueOf(rs.getString("status")),
                rs.getObject("plan_date", LocalDate.class), rs.getString("created_by"), goals, activities, response,
                supersededBy == null ? null : new CarePlanId(supersededBy), rs.getLong("version"));
    }
}
