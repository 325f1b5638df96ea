package se.vardkedjan.casehandling.ui;

import se.vardkedjan.casehandling.AccessQuestions;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.SwedishTime;
import se.vardkedjan.uikit.WorkItem;
import se.vardkedjan.uikit.WorkItemSource;

import java.util.List;

/**
 * The clients' unanswered questions about the access log on the unit manager's start page (ADR 0022, ADR 0028 slice
 * 2), each linked to the page where it is answered.
 */
@org.springframework.stereotype.Component
class AccessQuestionWorkItems implements WorkItemSource {

    private final AccessQuestions questions;

    AccessQuestionWorkItems(AccessQuestions questions) {
        this.questions = questions;
    }

    @Override
    public boolean appliesTo(Actor actor) {
        return actor.hasRole(Roles.UNIT_MANAGER);
    }

    @Override
    public List<WorkItem> workItems() {
        return questions.questions(true).stream().map(question -> new WorkItem(
                "casehandling.work.kind.access-question", question.personName(),
                question.personName() == null ? "casehandling.staff.protected" : null, question.question(), null,
                "casehandling.work.date.asked", question.askedAt().atZone(SwedishTime.ZONE).toLocalDate(), null,
                AccessQuestionsView.ROUTE, 2)).toList();
    }
}
