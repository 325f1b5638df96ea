package se.vardkedjan.followup.questionnaire.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.followup.QuestionnaireId;
import se.vardkedjan.followup.Questionnaires;
import se.vardkedjan.uikit.Problems;

import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The form that sends the client a questionnaire, shared by the case staff's Uppföljning tab and the provider's
 * assignment page: the instrument, the goal when the instrument is asked per goal, and the send button. The facade
 * decides (and refuses with a message shown beside the form); the form keeps its choice when refused.
 */
final class QuestionnaireSendForm {

    private QuestionnaireSendForm() {
    }

    /**
     * @param owner    the part the refusal is shown in
     * @param idPrefix the fields' id prefix ("follow-up-questionnaire", "provider-questionnaire")
     * @param goalKey  the goal field's label key
     * @param send     the facade's send: the instrument's code (null when none chosen) and the goal (null if none)
     * @param sent     what to do once it was sent (reload the part)
     */
    static Div create(Component owner, Locale locale, Questionnaires.Choices choices, String idPrefix, String goalKey,
                      BiFunction<String, GoalId, QuestionnaireId> send, Runnable sent) {
        var instrument = new ComboBox<Questionnaires.Sendable>(
                owner.getTranslation("followup.questionnaire.form.instrument"));
        instrument.setId(idPrefix + "-instrument");
        instrument.setItems(choices.instruments());
        instrument.setItemLabelGenerator(s -> s.name().in(locale));
        var goal = new ComboBox<Questionnaires.GoalChoice>(owner.getTranslation(goalKey));
        goal.setId(idPrefix + "-goal");
        goal.setItems(choices.goals());
        goal.setItemLabelGenerator(Questionnaires.GoalChoice::text);
        goal.setVisible(false);
        instrument.addValueChangeListener(e -> goal.setVisible(e.getValue() != null && e.getValue().perGoal()));
        var button = new Button(owner.getTranslation("followup.questionnaire.form.send"), click -> {
            var chosen = instrument.getValue();
            var done = Problems.attempt(owner, () -> send.apply(chosen == null ? null : chosen.code(),
                    chosen != null && chosen.perGoal() && goal.getValue() != null ? goal.getValue().id() : null));
            if (done.isPresent()) {
                Notification.show(owner.getTranslation("followup.questionnaire.sent"));
                sent.run();
            }
        });
        button.setId(idPrefix + "-send");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(instrument, goal, button);
        form.addClassName("vk-follow-up-questionnaire-form");
        return form;
    }
}
