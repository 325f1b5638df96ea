package se.vardkedjan.providercontracts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.AssignmentReports;
import se.vardkedjan.providercontracts.AssignmentReportsView;
import se.vardkedjan.providercontracts.AssignmentStatus;
import se.vardkedjan.providercontracts.AssignmentView;
import se.vardkedjan.providercontracts.CompletionInput;
import se.vardkedjan.providercontracts.GoalOutcome;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.LabelledValue;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The completion report (slutrapport) of an assignment (ADR 0026): the provider says for each goal whether it was
 * reached, sums up and gives the client's view, once; after that it is shown, never changed. The case staff read it
 * and can end the assignment. Shown once the assignment runs.
 */
@org.springframework.stereotype.Component
class CompletionPart implements AssignmentPart {

    private final AssignmentReports reports;

    CompletionPart(AssignmentReports reports) {
        this.reports = reports;
    }

    @Override
    public int order() {
        return 420;
    }

    @Override
    public boolean shownTo(Audience audience, AssignmentView assignment) {
        return assignment.status() == AssignmentStatus.RUNNING || assignment.status() == AssignmentStatus.ENDED;
    }

    @Override
    public Component create(AssignmentView assignment, Audience audience) {
        return new CompletionPanel(reports, assignment.id(), audience == Audience.PROVIDER);
    }

    static final class CompletionPanel extends VerticalLayout {

        private final AssignmentReports reports;
        private final AssignmentId id;
        private final boolean provider;

        CompletionPanel(AssignmentReports reports, AssignmentId id, boolean provider) {
            this.reports = reports;
            this.id = id;
            this.provider = provider;
            setId("completion-" + id.value());
            setPadding(false);
            refresh();
        }

        private void refresh() {
            removeAll();
            add(new H3(getTranslation("providercontracts.reports.completion.heading")));
            var found = Problems.attempt(this, () -> provider ? reports.forProvider(id) : reports.ofAssignment(id));
            if (found.isEmpty()) {
                return;
            }
            var view = found.get();
            if (view.completion() != null) {
                add(shown(view.completion()));
            } else if (provider) {
                add(form(view));
            } else {
                var none = new Paragraph(getTranslation("providercontracts.reports.completion.none"));
                none.setId("completion-none-" + id.value());
                add(none);
            }
        }

        private Component shown(AssignmentReportsView.Completion completion) {
            var box = new VerticalLayout();
            box.setPadding(false);
            box.setId("completion-report-" + id.value());
            box.add(new Paragraph(getTranslation("providercontracts.reports.completion.submitted",
                    SwedishTime.dateTime(completion.submittedAt()), completion.submittedBy())));
            var goals = new UnorderedList();
            for (var goal : completion.goals()) {
                goals.add(new ListItem(getTranslation("providercontracts.reports.completion.goal-outcome",
                        goal.text(), getTranslation(goal.outcome().textKey()))));
            }
            box.add(goals);
            box.add(new LabelledValue(getTranslation("providercontracts.reports.completion.summary"),
                    completion.summary()));
            box.add(new LabelledValue(getTranslation("providercontracts.reports.completion.clients-view"),
                    completion.clientsView()));
            return box;
        }

        private Component form(AssignmentReportsView view) {
            var form = new VerticalLayout();
            form.setPadding(false);
            var problems = new FormProblems(form, "completion-form-" + id.value());
            form.add(problems.summary());
            var outcomes = new ArrayList<RadioButtonGroup<GoalOutcome>>();
            for (var position = 0; position < view.goals().size(); position++) {
                var group = new RadioButtonGroup<GoalOutcome>(view.goals().get(position));
                group.setId("completion-goal-" + id.value() + "-" + position);
                group.setItems(Arrays.asList(GoalOutcome.values()));
                group.setItemLabelGenerator(o -> getTranslation(o.textKey()));
                outcomes.add(group);
                form.add(group);
            }
            if (view.goals().isEmpty()) {
                form.add(new Paragraph(getTranslation("providercontracts.reports.completion.no-goals")));
            }
            var summary = problems.required("providercontracts.reports.completion.summary",
                    new TextArea(getTranslation("providercontracts.reports.completion.summary")));
            summary.setId("completion-summary-" + id.value());
            var clientsView = problems.required("providercontracts.reports.completion.clients-view",
                    new TextArea(getTranslation("providercontracts.reports.completion.clients-view")));
            clientsView.setId("completion-clients-view-" + id.value());
            var submit = new Button(getTranslation("providercontracts.reports.completion.button"), e -> {
                var goals = new ArrayList<CompletionInput.GoalResult>();
                for (var position = 0; position < outcomes.size(); position++) {
                    goals.add(new CompletionInput.GoalResult(position, outcomes.get(position).getValue(), null));
                }
                problems.attempt(() -> reports.submitCompletion(id, new CompletionInput(List.copyOf(goals),
                        summary.getValue(), clientsView.getValue()))).ifPresent(done -> refresh());
            });
            submit.setId("completion-submit-" + id.value());
            form.add(summary, clientsView, new Paragraph(getTranslation("providercontracts.reports.completion.once")),
                    submit);
            return form;
        }
    }
}
