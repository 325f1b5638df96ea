package se.vardkedjan.followup;

import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.followup.instrument.domain.Change;
import se.vardkedjan.followup.instrument.domain.InstrumentDefinition;

import java.util.List;

/**
 * One instrument's measurements of a case over time (withdrawn ones left out), oldest first: for goal attainment one
 * series per goal. The baseline is the first measurement taken as one; each later point has its change from it
 * (better or worse by the instrument's direction, reliable or not), and {@code change} is the latest point's.
 * {@code goalRemoved}: the goal is no longer in the plan (a later revision carries it on in none of its goals).
 */
public record MeasurementSeries(InstrumentDefinition definition, GoalId goalId, List<Point> points,
                                MeasurementView baseline, Change change, boolean goalRemoved) {

    public MeasurementSeries {
        points = List.copyOf(points);
    }

    /** A measurement with its change from the baseline (null for the baseline itself, or when there is none). */
    public record Point(MeasurementView measurement, Change fromBaseline) {
    }
}
