package se.vardkedjan.providercontracts.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.domain.EstablishedPlanVersion;
import se.vardkedjan.providercontracts.domain.ImplementationPlan;
import se.vardkedjan.providercontracts.domain.PlanActivity;
import se.vardkedjan.providercontracts.domain.PlanContent;
import se.vardkedjan.sharedkernel.ConcurrentChange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Implementation plans in the providercontracts schema, by hand-written SQL (ADR 0009): the plan's row holds the draft
 * (version-checked: a stale version is a {@link ConcurrentChange}); established versions and their activities are
 * only ever inserted (append-only for the app role, providercontracts-0390).
 */
@Repository
public class ImplementationPlanRows {

    private final JdbcClient jdbc;

    public ImplementationPlanRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ImplementationPlan> ofAssignment(AssignmentId assignmentId) {
        return jdbc.sql("""
                        SELECT id, assignment_id, version, draft_open, draft_working_with, draft_participation,
                               draft_client_view
                        FROM providercontracts.implementation_plans WHERE assignment_id = ?""")
                .param(assignmentId.value())
                .query((rs, n) -> restore(rs, assignmentId)).optional();
    }

    /**
     * Saves the plan if nobody changed it since it was read (a new plan: if no other was made for the assignment
     * meanwhile), its draft rewritten and its newly established versions appended.
     */
    public void save(ImplementationPlan plan, boolean isNew, String by) {
        var draft = plan.draft();
        if (isNew) {
            var inserted = jdbc.sql("""
                            INSERT INTO providercontracts.implementation_plans (id, assignment_id, draft_open,
                                draft_working_with, draft_participation, draft_client_view, created_by, changed_by,
                                version)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)
                            ON CONFLICT (assignment_id) DO NOTHING""")
                    .params(plan.id(), plan.assignmentId().value(), draft != null,
                            draft == null ? null : draft.workingWith(), draft == null ? null : draft.participation(),
                            draft == null ? null : draft.clientView(), by, by)
                    .update();
            if (inserted != 1) {
                throw new ConcurrentChange("implementation plan", plan.assignmentId());
            }
        } else {
            var updated = jdbc.sql("""
                            UPDATE providercontracts.implementation_plans SET draft_open = ?, draft_working_with = ?,
                                draft_participation = ?, draft_client_view = ?, changed_at = now(), changed_by = ?,
                                version = version + 1
                            WHERE id = ? AND version = ?""")
                    .params(draft != null, draft == null ? null : draft.workingWith(),
                            draft == null ? null : draft.participation(), draft == null ? null : draft.clientView(),
                            by, plan.id(), plan.version())
                    .update();
            if (updated != 1) {
                throw new ConcurrentChange("implementation plan", plan.assignmentId());
            }
            jdbc.sql("DELETE FROM providercontracts.implementation_plan_draft_activities WHERE plan_id = ?")
                    .param(plan.id()).update();
        }
        if (draft != null) {
            var position = 0;
            for (var activity : draft.activities()) {
                jdbc.sql("""
                                INSERT INTO providercontracts.implementation_plan_draft_activities (plan_id, position,
                                    description, goal, performer, schedule) VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(plan.id(), position++, activity.description(), activity.goal(),
                                activity.performer(), activity.schedule())
                        .update();
            }
        }
        for (var version : plan.newlyEstablished()) {
            var content = version.content();
            jdbc.sql("""
                            INSERT INTO providercontracts.implementation_plan_versions (plan_id, number, working_with,
                                participation, client_view, established_at, established_by, established_by_name)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(plan.id(), version.number(), content.workingWith(), content.participation(),
                            content.clientView(), Timestamp.from(version.at()), version.by(), version.byName())
                    .update();
            var position = 0;
            for (var activity : content.activities()) {
                jdbc.sql("""
                                INSERT INTO providercontracts.implementation_plan_activities (plan_id, number,
                                    position, description, goal, performer, schedule) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                        .params(plan.id(), version.number(), position++, activity.description(), activity.goal(),
                                activity.performer(), activity.schedule())
                        .update();
            }
        }
    }

    // ---- Mapping

    private ImplementationPlan restore(ResultSet rs, AssignmentId assignmentId) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var draft = rs.getBoolean("draft_open") ? new PlanContent(activities(
                "SELECT description, goal, performer, schedule FROM "
                        + "providercontracts.implementation_plan_draft_activities WHERE plan_id = ? ORDER BY position",
                id), rs.getString("draft_working_with"), rs.getString("draft_participation"),
                rs.getString("draft_client_view")) : null;
        return ImplementationPlan.restore(id, assignmentId, rs.getLong("version"), draft, established(id));
    }

    private List<EstablishedPlanVersion> established(UUID planId) {
        record Row(int number, String workingWith, String participation, String clientView, Timestamp at, String by,
                   String byName) {
        }
        var rows = jdbc.sql("""
                        SELECT number, working_with, participation, client_view, established_at, established_by,
                               established_by_name
                        FROM providercontracts.implementation_plan_versions WHERE plan_id = ? ORDER BY number""")
                .param(planId)
                .query((rs, n) -> new Row(rs.getInt("number"), rs.getString("working_with"),
                        rs.getString("participation"), rs.getString("client_view"),
                        rs.getTimestamp("established_at"), rs.getString("established_by"),
                        rs.getString("established_by_name")))
                .list();
        return rows.stream().map(row -> new EstablishedPlanVersion(row.number(), new PlanContent(activities("""
                        SELECT description, goal, performer, schedule FROM
                        providercontracts.implementation_plan_activities WHERE plan_id = ? AND number = ?
                        ORDER BY position""", planId, row.number()), row.workingWith(),
                row.participation(), row.clientView()), row.at().toInstant(), row.by(), row.byName())).toList();
    }

    private List<PlanActivity> activities(String sql, Object... params) {
        return jdbc.sql(sql).params(params)
                .query((rs, n) -> new PlanActivity(rs.getString("description"), rs.getString("goal"),
                        rs.getString("performer"), rs.getString("schedule")))
                .list();
    }
}
