package se.vardkedjan.followup.questionnaire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import se.vardkedjan.followup.Questionnaires;
import se.vardkedjan.followup.SentQuestionnaire;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

import java.util.List;

/**
 * The Uppföljning tab's part for questionnaires (ADR 0029, slice 2): the case staff send the client a questionnaire to
 * answer in the portal — AUDIT, DUDIT, goal attainment about one of the plan's goals, ORS/SRS while enabled — and see
 * each sent one with where it stands and how many questions the client has answered, withdrawing one not sent back.
 */
public class SendQuestionnairePanel extends Section {

    private final transient Questionnaires questionnaires;
    private final CaseId caseId;
    private final Div content = new Div();

    public SendQuestionnairePanel(Questionnaires questionnaires, CaseId caseId) {
        this.questionnaires = questionnaires;
        this.caseId = caseId;
        setId("follow-up-questionnaires");
        var heading = new H2(getTranslation("followup.questionnaire.heading"));
        heading.setId("follow-up-questionnaires-heading");
        getElement().setAttribute("aria-labelledby", "follow-up-questionnaires-heading");
        add(heading, new Paragraph(getTranslation("followup.questionnaire.intro")), content);
        reload();
    }

    private void reload() {
        content.removeAll();
        Problems.attempt(this, () -> questionnaires.choices(caseId)).ifPresent(this::form);
        Problems.attempt(this, () -> questionnaires.ofCase(caseId)).ifPresent(this::list);
    }

    private void form(Questionnaires.Choices choices) {
        content.add(QuestionnaireSendForm.create(this, getLocale(), choices, "follow-up-questionnaire",
                "followup.questionnaire.form.goal", (code, goal) -> questionnaires.send(caseId, code, goal),
                this::reload));
    }

    private void list(List<SentQuestionnaire> sent) {
        if (sent.isEmpty()) {
            var none = new Paragraph(getTranslation("followup.questionnaire.none"));
            none.setId("follow-up-questionnaires-none");
            content.add(none);
            return;
        }
        var table = new NativeTable();
        table.setId("follow-up-questionnaires-table");
        table.setCaptionText(getTranslation("followup.questionnaire.caption"));
        var head = table.getHead().addRow();
        for (var key : List.of("followup.questionnaire.column.instrument", "followup.questionnaire.column.sent",
                "followup.questionnaire.column.status", "followup.questionnaire.column.progress",
                "followup.questionnaire.column.action")) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        for (var q : sent) {
            var row = table.getBody().addRow();
            row.setId("follow-up-questionnaire-" + q.id().value());
            row.addDataCell().setText(q.name().in(getLocale())
                    + (q.goalTitle() == null ? "" : " – " + q.goalTitle()));
            row.addDataCell().setText(SwedishTime.dateTime(q.sentAt()) + (q.sentByProvider() == null ? ""
                    : ", " + getTranslation("followup.questionnaire.sent-by-provider", q.sentByProvider())));
            row.addDataCell().setText(q.status() == se.vardkedjan.followup.QuestionnaireStatus.ANSWERED
                    ? getTranslation("followup.questionnaire.status.answered-at", SwedishTime.dateTime(q.answeredAt()))
                    : getTranslation(q.status().textKey()));
            row.addDataCell().setText(getTranslation("followup.questionnaire.progress", q.answered(), q.questions()));
            var action = row.addDataCell();
            if (q.status().open()) {
                var withdraw = new Button(getTranslation("followup.questionnaire.withdraw"), click -> {
                    if (Problems.attempt(this, () -> questionnaires.withdraw(caseId, q.id()))) {
                        Notification.show(getTranslation("followup.questionnaire.withdrawn"));
                        reload();
                    }
                });
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                withdraw.getElement().setAttribute("aria-label", getTranslation("followup.questionnaire.withdraw.label",
                        q.name().in(getLocale())));
                action.add(withdraw);
            }
        }
        content.add(table);
    }
}
