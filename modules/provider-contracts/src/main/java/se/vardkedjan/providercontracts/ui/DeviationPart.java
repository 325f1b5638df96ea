package se.vardkedjan.providercontracts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.AssignmentReports;
import se.vardkedjan.providercontracts.AssignmentReportsView;
import se.vardkedjan.providercontracts.AssignmentStatus;
import se.vardkedjan.providercontracts.AssignmentView;
import se.vardkedjan.providercontracts.DeviationInput;
import se.vardkedjan.providercontracts.DeviationKind;
import se.vardkedjan.uikit.DateField;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;
import se.vardkedjan.uikit.ViewClock;

import java.util.Arrays;

/**
 * The deviations (avvikelser) of an assignment (ADR 0026): the provider reports absence, discharge, relapse or a
 * serious incident with the day, what happened and what was done; the case staff read them and acknowledge
 * (kvitterar) a serious incident, which both then see acknowledged, when and by whom. Shown from acceptance on.
 */
@org.springframework.stereotype.Component
class DeviationPart implements AssignmentPart {

    private final AssignmentReports reports;
    private final ViewClock clock;

    DeviationPart(AssignmentReports reports, ViewClock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 410;
    }

    @Override
    public boolean shownTo(Audience audience, AssignmentView assignment) {
        return assignment.status() == AssignmentStatus.ACCEPTED || assignment.status() == AssignmentStatus.RUNNING
                || assignment.status() == AssignmentStatus.ENDED;
    }

    @Override
    public Component create(AssignmentView assignment, Audience audience) {
        return new DeviationPanel(reports, clock, assignment.id(), audience == Audience.PROVIDER);
    }

    static final class DeviationPanel extends VerticalLayout {

        private final AssignmentReports reports;
        private final ViewClock clock;
        private final AssignmentId id;
        private final boolean provider;

        DeviationPanel(AssignmentReports reports, ViewClock clock, AssignmentId id, boolean provider) {
            this.reports = reports;
            this.clock = clock;
            this.id = id;
            this.provider = provider;
            setId("deviations-" + id.value());
            setPadding(false);
            refresh();
        }

        private void refresh() {
            removeAll();
            add(new H3(getTranslation("providercontracts.reports.deviation.heading")));
            var found = Problems.attempt(this, () -> provider ? reports.forProvider(id) : reports.ofAssignment(id));
            if (found.isEmpty()) {
                return;
            }
            add(list(found.get()));
            if (provider) {
                add(form());
            }
        }

        private Component list(AssignmentReportsView view) {
            var box = new Div();
            box.setId("deviation-list-" + id.value());
            if (view.deviations().isEmpty()) {
                box.add(new Paragraph(getTranslation("providercontracts.reports.deviation.none")));
                return box;
            }
            var list = new UnorderedList();
            for (var deviation : view.deviations()) {
                var item = new ListItem();
                item.add(new Paragraph(getTranslation("providercontracts.reports.deviation.item",
                        getTranslation(deviation.kind().textKey()), SwedishTime.date(deviation.occurredOn()),
                        deviation.reportedBy())));
                item.add(new Paragraph(deviation.description()));
                if (deviation.actionTaken() != null) {
                    item.add(new Paragraph(getTranslation("providercontracts.reports.deviation.action-shown",
                            deviation.actionTaken())));
                }
                if (deviation.acknowledgedAt() != null) {
                    var acknowledged = new Paragraph(getTranslation("providercontracts.reports.deviation.acknowledged",
                            SwedishTime.dateTime(deviation.acknowledgedAt()), deviation.acknowledgedBy()));
                    acknowledged.setId("deviation-acknowledged-" + deviation.id());
                    item.add(acknowledged);
                } else if (deviation.awaitsAcknowledgement()) {
                    item.add(provider ? new Paragraph(getTranslation(
                            "providercontracts.reports.deviation.awaits-acknowledgement")) : acknowledge(deviation));
                }
                list.add(item);
            }
            box.add(list);
            return box;
        }

        /** The case staff's button acknowledging a serious incident: then the list shows who and when. */
        private Component acknowledge(AssignmentReportsView.Deviation deviation) {
            var button = new Button(getTranslation("providercontracts.reports.deviation.acknowledge"), e -> {
                if (Problems.attempt(this, () -> reports.acknowledgeIncident(id, deviation.id())).isPresent()) {
                    refresh();
                }
            });
            button.setId("deviation-acknowledge-" + deviation.id());
            return button;
        }

        private Component form() {
            var form = new VerticalLayout();
            form.setPadding(false);
            form.add(new H4(getTranslation("providercontracts.reports.deviation.new")));
            var problems = new FormProblems(form, "deviation-form-" + id.value());
            var kind = problems.required("providercontracts.reports.deviation.kind",
                    new ComboBox<DeviationKind>(getTranslation("providercontracts.reports.deviation.kind")));
            kind.setId("deviation-kind-" + id.value());
            kind.setItems(Arrays.asList(DeviationKind.values()));
            kind.setItemLabelGenerator(k -> getTranslation(k.textKey()));
            var occurred = problems.required("providercontracts.reports.deviation.occurred-on",
                    new DateField(getTranslation("providercontracts.reports.deviation.occurred-on")));
            occurred.setId("deviation-occurred-on-" + id.value());
            occurred.setValue(clock.today());
            var description = problems.required("providercontracts.reports.deviation.description",
                    new TextArea(getTranslation("providercontracts.reports.deviation.description")));
            description.setId("deviation-description-" + id.value());
            var action = problems.field("providercontracts.reports.deviation.action",
                    new TextArea(getTranslation("providercontracts.reports.deviation.action")));
            action.setId("deviation-action-" + id.value());
            var report = new Button(getTranslation("providercontracts.reports.deviation.button"), e ->
                    problems.attempt(() -> reports.reportDeviation(id, new DeviationInput(kind.getValue(),
                            occurred.getValue(), description.getValue(), action.getValue())))
                            .ifPresent(done -> refresh()));
            report.setId("deviation-report-" + id.value());
            form.add(problems.summary(), kind, occurred, description, action, report);
            return form;
        }
    }
}
