package se.vardkedjan.followup.questionnaire;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.vardkedjan.casehandling.events.CaseClosed;
import se.vardkedjan.followup.questionnaire.persistence.QuestionnaireRows;

import java.time.Clock;

/**
 * A closed case asks the client nothing more: the questionnaires still open when case handling closes the case are
 * withdrawn (by {@link #WITHDRAWN_BY}), so the portal no longer offers them and no answer lands in a closed case.
 * Answered ones stay as they are. Idempotent: a second delivery finds nothing open.
 */
@Component
class ClosedCaseQuestionnaires {

    /** Who withdrew a questionnaire that its case's closing withdrew (no staff member did). */
    static final String WITHDRAWN_BY = "system:case-closed";

    private final QuestionnaireRows rows;
    private final Clock clock;

    ClosedCaseQuestionnaires(QuestionnaireRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CaseClosed closed) {
        rows.withdrawOpenOf(closed.caseId(), WITHDRAWN_BY, clock.instant());
    }
}
