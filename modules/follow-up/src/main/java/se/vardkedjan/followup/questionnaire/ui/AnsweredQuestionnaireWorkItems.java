package se.vardkedjan.followup.questionnaire.ui;

import org.springframework.stereotype.Component;
import se.vardkedjan.followup.Questionnaires;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.WorkItem;
import se.vardkedjan.uikit.WorkItemSource;

import java.util.List;

/**
 * "Klienten har besvarat AUDIT" on the caseworker's start page (ADR 0022, 0029 slice 2): a questionnaire the client of
 * one of their own cases sent back in the portal lately, linked to the case's Uppföljning tab, where the score is.
 */
@Component
class AnsweredQuestionnaireWorkItems implements WorkItemSource {

    private final Questionnaires questionnaires;

    AnsweredQuestionnaireWorkItems(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    @Override
    public boolean appliesTo(Actor actor) {
        return actor.hasRole(Roles.CASEWORKER) || actor.hasRole(Roles.UNIT_MANAGER);
    }

    @Override
    public List<WorkItem> workItems() {
        return questionnaires.answeredOnMyCases().stream().map(answered -> new WorkItem(
                "followup.questionnaire.work.kind.answered", answered.clientName(),
                answered.protectedIdentity() ? "followup.schedule.protected" : null, answered.instrumentCode(), null,
                "followup.questionnaire.work.date.answered", answered.answeredOn(), null,
                "arenden/" + answered.caseId().value() + "/uppfoljning", 2)).toList();
    }
}
