package se.vardkedjan.followup.questionnaire.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import se.vardkedjan.followup.ProviderQuestionnaires;
import se.vardkedjan.followup.Questionnaires;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.AssignmentStatus;
import se.vardkedjan.providercontracts.ProviderAssignmentSection;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

import java.util.List;

/**
 * Follow-up's part of the provider's assignment page (ADR 0030, slice 3 amendment): while the assignment is accepted
 * or running, the provider's staff send the client a questionnaire to answer in the portal and see which ones were
 * sent through the assignment and whether the client has answered — never the answers or the score, which are the
 * case staff's.
 */
@org.springframework.stereotype.Component
class ProviderQuestionnaireSection implements ProviderAssignmentSection {

    private final ProviderQuestionnaires questionnaires;

    ProviderQuestionnaireSection(ProviderQuestionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public boolean shownFor(AssignmentStatus status) {
        return status == AssignmentStatus.ACCEPTED || status == AssignmentStatus.RUNNING;
    }

    @Override
    public Component create(AssignmentId assignment, CaseId caseId) {
        return new Panel(questionnaires, assignment, caseId);
    }

    static final class Panel extends Section {

        private final transient ProviderQuestionnaires questionnaires;
        private final AssignmentId assignment;
        private final CaseId caseId;
        private final Div content = new Div();

        Panel(ProviderQuestionnaires questionnaires, AssignmentId assignment, CaseId caseId) {
            this.questionnaires = questionnaires;
            this.assignment = assignment;
            this.caseId = caseId;
            setId("provider-questionnaires");
            var heading = new H3(getTranslation("followup.questionnaire.provider.heading"));
            heading.setId("provider-questionnaires-heading");
            getElement().setAttribute("aria-labelledby", "provider-questionnaires-heading");
            add(heading, new Paragraph(getTranslation("followup.questionnaire.provider.intro")), content);
            reload();
        }

        private void reload() {
            content.removeAll();
            Problems.attempt(this, () -> questionnaires.choices(assignment, caseId)).ifPresent(this::form);
            Problems.attempt(this, () -> questionnaires.sent(assignment, caseId)).ifPresent(this::list);
        }

        private void form(Questionnaires.Choices choices) {
            content.add(QuestionnaireSendForm.create(this, getLocale(), choices, "provider-questionnaire",
                    "followup.questionnaire.provider.form.goal",
                    (code, goal) -> questionnaires.send(assignment, caseId, code, goal), this::reload));
        }

        private void list(List<ProviderQuestionnaires.Sent> sent) {
            if (sent.isEmpty()) {
                var none = new Paragraph(getTranslation("followup.questionnaire.provider.none"));
                none.setId("provider-questionnaires-none");
                content.add(none);
                return;
            }
            var table = new NativeTable();
            table.setId("provider-questionnaires-table");
            table.setCaptionText(getTranslation("followup.questionnaire.provider.caption"));
            var head = table.getHead().addRow();
            for (var key : List.of("followup.questionnaire.column.instrument", "followup.questionnaire.column.sent",
                    "followup.questionnaire.column.status", "followup.questionnaire.column.action")) {
                head.addHeaderCell().setText(getTranslation(key));
            }
            for (var q : sent) {
                var row = table.getBody().addRow();
                row.setId("provider-questionnaire-" + q.id().value());
                row.addDataCell().setText(q.name().in(getLocale())
                        + (q.goalTitle() == null ? "" : " – " + q.goalTitle()));
                row.addDataCell().setText(SwedishTime.dateTime(q.sentAt()));
                row.addDataCell().setText(getTranslation(q.status().textKey()));
                var action = row.addDataCell();
                if (q.status().open()) {
                    // The staff who sent it through the assignment may withdraw it while the client has not answered.
                    var withdraw = new Button(getTranslation("followup.questionnaire.withdraw"), click -> {
                        if (Problems.attempt(this, () -> questionnaires.withdraw(assignment, caseId, q.id()))) {
                            Notification.show(getTranslation("followup.questionnaire.withdrawn"));
                            reload();
                        }
                    });
                    withdraw.setId("provider-questionnaire-withdraw-" + q.id().value());
                    withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    withdraw.getElement().setAttribute("aria-label", getTranslation(
                            "followup.questionnaire.withdraw.label", q.name().in(getLocale())));
                    action.add(withdraw);
                }
            }
            content.add(table);
        }
    }
}
