package se.vardkedjan.followup;

import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.followup.instrument.domain.InstrumentRef;

import java.time.LocalDate;
import java.util.Map;

/**
 * A measurement as recorded, with the scores the product computed from its answers: the total, its band (null when
 * the instrument has none), whether it was over the cut-off for the client's sex and age on the measurement date and
 * that cut-off's value (both null when no cut-off applied), the sub-scores and their bands, and the goal it is about
 * (goal attainment only).
 */
public record MeasurementView(MeasurementId id, InstrumentRef instrument, Occasion occasion, LocalDate measuredOn,
                              MeasurementSource source, int total, String band, Boolean overCutOff, Integer cutOff,
                              Map<String, Integer> subScores, Map<String, String> subScoreBands, GoalId goalId,
                              Map<String, String> answers) {

    public MeasurementView {
        subScores = Map.copyOf(subScores);
        subScoreBands = Map.copyOf(subScoreBands);
        answers = Map.copyOf(answers);
    }
}
