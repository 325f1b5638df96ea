package se.vardkedjan.followup.instrument.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.casehandling.events.CarePlanGoalsAgreed;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The agreed goals' lineage in {@code followup.agreed_goals} (followup-0790, ADR 0030's slice-4 amendment), from case
 * handling's {@link CarePlanGoalsAgreed}: which goal of a revision carries on which goal of the revision it
 * supersedes. Append-only; the same event twice inserts once.
 */
@Repository
public class AgreedGoalRows {

    private final JdbcClient jdbc;

    public AgreedGoalRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the agreed revision's goals with the goal each carries on; a goal already kept is left as it is. */
    public void record(CarePlanGoalsAgreed agreed, Instant at) {
        for (var goal : agreed.goals()) {
            jdbc.sql("""
                            INSERT INTO followup.agreed_goals (goal_id, case_id, care_plan_id, supersedes, carries_on,
                                agreed_on, recorded_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(goal.goalId().value(), agreed.caseId().value(), agreed.carePlanId().value(),
                            agreed.supersedes() == null ? null : agreed.supersedes().value(),
                            goal.carriesOn() == null ? null : goal.carriesOn().value(), agreed.agreedOn(),
                            Timestamp.from(at))
                    .update();
        }
    }

    /**
     * The goal a rating of {@code goal} belongs on now: the goal of the newest revision that carries it on, following
     * each revision in turn; the goal itself when no agreed revision carried it on (or it was never agreed).
     */
    public GoalId carriedOnBy(GoalId goal) {
        var current = goal.value();
        var seen = new HashSet<UUID>();
        while (seen.add(current)) {
            var next = jdbc.sql("SELECT goal_id FROM followup.agreed_goals WHERE carries_on = ?").param(current)
                    .query(UUID.class).optional();
            if (next.isEmpty()) {
                break;
            }
            current = next.get();
        }
        return new GoalId(current);
    }

    /**
     * Of the given goals, those no longer in the case's plan: agreed in a revision a later one superseded, and carried
     * on by none of its goals.
     */
    public Set<GoalId> removed(Collection<GoalId> goals) {
        if (goals.isEmpty()) {
            return Set.of();
        }
        var removed = new HashSet<GoalId>();
        jdbc.sql("""
                        SELECT g.goal_id FROM followup.agreed_goals g
                        WHERE g.goal_id = ANY (?)
                          AND EXISTS (SELECT 1 FROM followup.agreed_goals later WHERE later.supersedes = g.care_plan_id)
                          AND NOT EXISTS (SELECT 1 FROM followup.agreed_goals next WHERE next.carries_on = g.goal_id)""")
                .param(goals.stream().map(GoalId::value).toArray(UUID[]::new))
                .query(UUID.class).list().forEach(id -> removed.add(new GoalId(id)));
        return removed;
    }
}
