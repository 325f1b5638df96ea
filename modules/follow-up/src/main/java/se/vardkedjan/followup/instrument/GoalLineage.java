package se.vardkedjan.followup.instrument;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.vardkedjan.casehandling.events.CarePlanGoalsAgreed;
import se.vardkedjan.followup.instrument.persistence.AgreedGoalRows;

import java.time.Clock;

/**
 * Keeps each agreed plan revision's goals with the goal of the superseded revision each carries on (ADR 0030's
 * slice-4 amendment), so a client's goal rating sent before a revision lands on the goal carrying on the one it named
 * and the case page can say which goals are no longer in the plan. A transaction of its own after the publisher's
 * commit, at least once: the same event twice keeps the goals once. Ids and dates only.
 */
@Component
class GoalLineage {

    private final AgreedGoalRows rows;
    private final Clock clock;

    GoalLineage(AgreedGoalRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CarePlanGoalsAgreed agreed) {
        rows.record(agreed, clock.instant());
    }
}
