package se.vardkedjan.followup;

import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.followup.instrument.domain.InstrumentRef;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A follow-up the caseworker records (ADR 0030, amendment): answers only, never a score.
 *
 * @param scheduledId the scheduled follow-up it does (due or overdue), or null for an extra one
 * @param goals       the attainment of goals of the plan in force: per goal the answers of the goal-attainment
 *                    instrument (ATTAINMENT, and CLIENT_RATING when the client gave one)
 * @param instruments instrument answers taken at the follow-up (occasion FOLLOW_UP)
 * @param requestKey  one key per form: the same key twice (a double click) records one follow-up
 */
public record FollowUpRecording(CaseId caseId, UUID scheduledId, LocalDate doneOn, List<GoalAttainment> goals,
                                List<InstrumentAnswers> instruments, FollowUpDecision decision, String reason,
                                UUID requestKey) {

    public FollowUpRecording {
        goals = goals == null ? List.of() : List.copyOf(goals);
        instruments = instruments == null ? List.of() : List.copyOf(instruments);
    }

    /** The attainment of one goal: the goal-attainment instrument's answers. */
    public record GoalAttainment(GoalId goal, Map<String, String> answers) {
    }

    /** One instrument's answers, item code → the option's code or the number. */
    public record InstrumentAnswers(InstrumentRef instrument, Map<String, String> answers) {
    }
}
