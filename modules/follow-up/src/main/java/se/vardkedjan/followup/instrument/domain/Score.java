package se.vardkedjan.followup.instrument.domain;

import java.util.Map;

/**
 * What the product computed from a measurement's answers: the total, the sub-scores (absent when one of their items
 * was not answered) with their bands, the total's band (null when the instrument has none), whether the total is over
 * the cut-off that applies to the person on the measurement date (null when no cut-off applies to them) and that
 * cut-off.
 */
public record Score(int total, Map<String, Integer> subScores, Map<String, String> subScoreBands, String band,
                    Boolean overCutOff, CutOff cutOffUsed) {

    public Score {
        subScores = Map.copyOf(subScores);
        subScoreBands = Map.copyOf(subScoreBands);
    }
}
