package se.vardkedjan.followup;

import org.springframework.stereotype.Component;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.followup.Questionnaires.GoalChoice;
import se.vardkedjan.followup.Questionnaires.Sendable;
import se.vardkedjan.followup.instrument.InstrumentCatalogue;
import se.vardkedjan.followup.instrument.domain.InstrumentDefinition;
import se.vardkedjan.followup.instrument.domain.Respondent;
import se.vardkedjan.followup.questionnaire.persistence.QuestionnaireRows;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Clock;
import java.util.List;

/**
 * What sending a questionnaire checks and keeps, whoever sends it: the case staff ({@link Questionnaires}) or a
 * provider's staff ({@link ProviderQuestionnaires}). It opens nothing: the facade has let the sender into the case
 * through its door first.
 */
@Component
class QuestionnaireSending {

    private final InstrumentCatalogue catalogue;
    private final QuestionnaireRows rows;
    private final Clock clock;

    QuestionnaireSending(InstrumentCatalogue catalogue, QuestionnaireRows rows, Clock clock) {
        this.catalogue = catalogue;
        this.rows = rows;
        this.clock = clock;
    }

    /** The instruments the client of a case can be sent now: current, enabled, answerable by the client. */
    List<Sendable> sendable() {
        return catalogue.currentVersions().stream()
                .filter(d -> d.respondents().contains(Respondent.CLIENT_SELF))
                .filter(d -> catalogue.enabled(d.code()))
                .map(d -> new Sendable(d.code(), new LocalText(d.name().sv(), d.name().en()),
                        Measurements.GOAL_ATTAINMENT.equals(d.code())))
                .toList();
    }

    /** Who sent a questionnaire from a provider's assignment page: the assignment and the provider's name. */
    record ViaAssignment(java.util.UUID assignment, String providerName) {
    }

    /**
     * Checks what is to be sent and keeps it, for a case the caller has opened: the staff's own send and the
     * provider's (goal attainment only about one of {@code goals}).
     */
    QuestionnaireId insert(CaseId caseId, String instrumentCode, GoalId goal, List<GoalChoice> goals, String sentBy,
                           ViaAssignment via) {
        if (instrumentCode == null || instrumentCode.isBlank()) {
            throw RuleViolation.forField("followup.questionnaire.form.instrument",
                    "followup.questionnaire.error.instrument-required");
        }
        InstrumentDefinition definition = catalogue.current(instrumentCode)
                .orElseThrow(() -> new RuleViolation("followup.instrument.error.unknown-instrument", instrumentCode));
        if (!catalogue.enabled(definition.code())) {
            throw new RuleViolation("followup.instrument.error.not-enabled", definition.code());
        }
        if (!definition.respondents().contains(Respondent.CLIENT_SELF)) {
            throw new RuleViolation("followup.questionnaire.error.not-for-client", definition.code());
        }
        String goalTitle = null;
        if (Measurements.GOAL_ATTAINMENT.equals(definition.code())) {
            goalTitle = goal == null ? null : goals.stream().filter(g -> g.id().equals(goal))
                    .map(GoalChoice::text).findFirst().orElse(null);
            if (goalTitle == null) {
                throw RuleViolation.forField("followup.questionnaire.form.goal",
                        "followup.instrument.error.unknown-goal");
            }
        } else if (goal != null) {
            throw new RuleViolation("followup.instrument.error.goal-needed");
        }
        var goalId = goal == null ? null : goal.value();
        if (rows.hasOpen(caseId, definition.code(), goalId)) {
            throw new RuleViolation("followup.questionnaire.error.already-open", definition.code());
        }
        var id = QuestionnaireId.random();
        rows.insert(id, caseId, definition.ref(), goalId, goalTitle, sentBy, clock.instant(),
                via == null ? null : via.assignment(), via == null ? null : via.providerName());
        return id;
    }
}
