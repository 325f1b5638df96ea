package se.vardkedjan.followup.schedule.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.followup.FollowUpDecision;
import se.vardkedjan.followup.FollowUpForm;
import se.vardkedjan.followup.FollowUpRecording;
import se.vardkedjan.followup.FollowUpRecords;
import se.vardkedjan.followup.ProviderReport;
import se.vardkedjan.followup.ScheduledFollowUp;
import se.vardkedjan.followup.instrument.domain.AnswerOption;
import se.vardkedjan.followup.instrument.domain.InstrumentDefinition;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.uikit.DateField;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The form to record a follow-up on the case's Uppföljning tab (ADR 0030, amendment): which scheduled follow-up it
 * does (or an extra one), the day, the provider's latest report (shown), the attainment of each goal of the plan in
 * force with the client's own rating, any instrument answers, and the decision on the intervention with a short
 * reason. Ending the intervention is done in the case's decision part: the form says so and links there. Answers only:
 * the product computes the scores. One request key per form: a double click records one follow-up. Bad input is
 * refused at its field and nothing typed is lost.
 */
class RecordFollowUpPanel extends Section {

    static final String EXTRA = "EXTRA";

    private final FollowUpRecords records;
    private final CaseId caseId;
    private final LocalDate today;
    private final Consumer<String> saved;
    private final UUID requestKey = UUID.randomUUID();

    /**
     * @param saved told the saved message after a follow-up is recorded (the tab shows its parts anew)
     */
    RecordFollowUpPanel(FollowUpRecords records, CaseId caseId, LocalDate today, Consumer<String> saved) {
        this.records = records;
        this.caseId = caseId;
        this.today = today;
        this.saved = saved;
        setId("follow-up-record");
        var heading = new H2(getTranslation("followup.record.form.title"));
        heading.setId("follow-up-record-heading");
        getElement().setAttribute("aria-labelledby", "follow-up-record-heading");
        add(heading);
        Problems.attempt(this, () -> records.form(caseId)).ifPresent(this::show);
    }

    private void show(FollowUpForm form) {
        var problems = new FormProblems(this, "follow-up-record");
        add(problems.summary(), new Paragraph(getTranslation("followup.record.form.explained")));

        var scheduled = problems.required("followup.record.form.scheduled", new RadioButtonGroup<String>());
        scheduled.setId("follow-up-record-scheduled");
        scheduled.setLabel(getTranslation("followup.record.form.scheduled"));
        var labels = new LinkedHashMap<String, String>();
        for (var due : form.due()) {
            labels.put(due.id().toString(), dueLabel(due));
        }
        labels.put(EXTRA, getTranslation("followup.record.form.extra"));
        scheduled.setItems(labels.keySet());
        scheduled.setItemLabelGenerator(labels::get);
        scheduled.setValue(labels.keySet().iterator().next());

        var doneOn = problems.required("followup.record.form.done-on",
                new DateField(getTranslation("followup.record.form.done-on")));
        doneOn.setId("follow-up-record-done-on");
        doneOn.setMax(today);
        doneOn.setValue(today);
        add(scheduled, doneOn, report(form.latestReport()));

        var goalFields = new LinkedHashMap<GoalId, Map<String, Component>>();
        add(goals(form, problems, goalFields));

        var instrumentFields = new LinkedHashMap<InstrumentDefinition, Map<String, Component>>();
        var instrumentForms = new Div();
        instrumentForms.setId("follow-up-record-instrument-forms");
        if (!form.instruments().isEmpty()) {
            var chosen = new Div();
            chosen.setId("follow-up-record-instruments");
            chosen.getElement().setAttribute("role", "group");
            chosen.getElement().setAttribute("aria-labelledby", "follow-up-record-instruments-heading");
            var heading = new H3(getTranslation("followup.record.form.instruments"));
            heading.setId("follow-up-record-instruments-heading");
            chosen.add(heading);
            for (var definition : form.instruments()) {
                var use = new Checkbox(definition.name().in(getLocale()));
                use.setId("follow-up-record-use-" + definition.code().toLowerCase(java.util.Locale.ROOT));
                use.addValueChangeListener(event -> {
                    if (instrumentFields.remove(definition) != null) {
                        labels(definition).forEach(problems::forget);
                    }
                    instrumentForms.removeAll();
                    if (event.getValue()) {
                        instrumentFields.put(definition, new LinkedHashMap<>());
                    }
                    for (var each : form.instruments()) {
                        if (instrumentFields.containsKey(each)) {
                            instrumentForms.add(instrumentForm(each, problems, instrumentFields.get(each)));
                        }
                    }
                });
                chosen.add(use);
            }
            add(chosen, instrumentForms);
        }

        var decision = problems.required("followup.record.form.decision", new RadioButtonGroup<FollowUpDecision>());
        decision.setId("follow-up-record-decision");
        decision.setLabel(getTranslation("followup.record.form.decision"));
        decision.setItems(FollowUpDecision.values());
        decision.setItemLabelGenerator(d -> getTranslation(d.textKey()));
        var end = new Div(new Paragraph(getTranslation("followup.record.form.end")),
                new Anchor("arenden/" + caseId.value() + "/beslut", getTranslation("followup.record.form.end.link")));
        end.setId("follow-up-record-end");
        end.setVisible(false);
        decision.addValueChangeListener(event -> end.setVisible(event.getValue() == FollowUpDecision.END));
        var reason = problems.required("followup.record.form.reason", new TextArea());
        reason.setId("follow-up-record-reason");
        reason.setLabel(getTranslation("followup.record.form.reason"));
        reason.setMaxLength(500);
        add(decision, end, reason);

        var save = new Button(getTranslation("followup.record.form.save"), click -> {
            var goals = new ArrayList<FollowUpRecording.GoalAttainment>();
            goalFields.forEach((goal, fields) -> {
                var answers = answers(fields);
                if (!answers.isEmpty()) {
                    goals.add(new FollowUpRecording.GoalAttainment(goal, answers));
                }
            });
            var instruments = new ArrayList<FollowUpRecording.InstrumentAnswers>();
            instrumentFields.forEach((definition, fields) -> instruments.add(
                    new FollowUpRecording.InstrumentAnswers(definition.ref(), answers(fields))));
            var which = scheduled.getValue();
            var recording = new FollowUpRecording(caseId, which == null || EXTRA.equals(which) ? null
                    : UUID.fromString(which), doneOn.getValue(), goals, instruments, decision.getValue(),
                    reason.getValue(), requestKey);
            problems.attempt(() -> records.record(recording))
                    .ifPresent(done -> saved.accept(getTranslation("followup.record.form.saved")));
        });
        save.setId("follow-up-record-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> save.setEnabled(true));
        add(save);
    }

    private String dueLabel(ScheduledFollowUp due) {
        var what = getTranslation(ScheduleTexts.whatKey(due.source(), due.interventionType()));
        return getTranslation(due.overdue() ? "followup.record.form.scheduled.overdue"
                : "followup.record.form.scheduled.item", what, SwedishTime.date(due.dueOn()));
    }

    private Component report(ProviderReport report) {
        var box = new Div();
        box.setId("follow-up-record-report");
        box.getElement().setAttribute("role", "region");
        box.getElement().setAttribute("aria-labelledby", "follow-up-record-report-heading");
        var heading = new H3(getTranslation("followup.record.form.report"));
        heading.setId("follow-up-record-report-heading");
        box.add(heading);
        if (report == null) {
            box.add(new Paragraph(getTranslation("followup.record.form.report.none")));
            return box;
        }
        box.add(new Paragraph(getTranslation("followup.record.form.report.from", getTranslation(report.kind()
                .textKey()), report.providerName() == null ? "–" : report.providerName(),
                SwedishTime.dateTime(report.reportedAt()))));
        switch (report.kind()) {
            case COMPLETION -> {
                var completion = report.completion();
                for (var goal : completion.goals()) {
                    box.add(new Paragraph(getTranslation("followup.record.form.report.goal", goal.text(),
                            getTranslation(goal.outcome().textKey()))));
                }
                box.add(new Paragraph(getTranslation("followup.record.form.report.summary", completion.summary())));
                if (completion.clientsView() != null && !completion.clientsView().isBlank()) {
                    box.add(new Paragraph(getTranslation("followup.record.form.report.clients-view",
                            completion.clientsView())));
                }
            }
            case DEVIATION -> box.add(new Paragraph(getTranslation("followup.record.form.report.deviation",
                    getTranslation(report.deviation().kind().textKey()), report.deviation().description())));
            case ATTENDANCE -> box.add(new Paragraph(getTranslation("followup.record.form.report.attendance",
                    SwedishTime.date(report.attendance().firstDay()),
                    SwedishTime.date(report.attendance().lastDay()))));
        }
        return box;
    }

    private Component goals(FollowUpForm form, FormProblems problems,
                            Map<GoalId, Map<String, Component>> goalFields) {
        var box = new Div();
        box.setId("follow-up-record-goals");
        var heading = new H3(getTranslation("followup.record.form.goals"));
        heading.setId("follow-up-record-goals-heading");
        box.getElement().setAttribute("role", "region");
        box.getElement().setAttribute("aria-labelledby", "follow-up-record-goals-heading");
        box.add(heading);
        if (form.goals().isEmpty() || form.goalAttainment() == null) {
            box.add(new Paragraph(getTranslation("followup.record.form.goals.none")));
            return box;
        }
        int number = 0;
        for (var goal : form.goals()) {
            number++;
            var goalBox = new Div();
            goalBox.setId("follow-up-record-goal-" + number);
            goalBox.add(new H4(getTranslation("followup.record.form.goal", number, goal.text())));
            var fields = new LinkedHashMap<String, Component>();
            for (var item : form.goalAttainment().items()) {
                var label = getTranslation("followup.record.form.goal", number, item.text().in(getLocale()));
                var field = field(item, label, problems, false);
                field.setId("follow-up-record-goal-" + number + "-" + item.code());
                fields.put(item.code(), field);
                goalBox.add(field);
            }
            goalFields.put(goal.id(), fields);
            box.add(goalBox);
        }
        return box;
    }

    private Component instrumentForm(InstrumentDefinition definition, FormProblems problems,
                                     Map<String, Component> fields) {
        var box = new Div();
        var code = definition.code().toLowerCase(java.util.Locale.ROOT);
        box.setId("follow-up-record-instrument-" + code);
        box.add(new H4(definition.name().in(getLocale())));
        var labels = labels(definition);
        for (int i = 0; i < definition.items().size(); i++) {
            var item = definition.items().get(i);
            var field = fields.get(item.code());
            if (field == null) {
                field = field(item, labels.get(i), problems, item.required());
                field.setId("follow-up-record-" + code + "-" + item.code());
                fields.put(item.code(), field);
            }
            box.add(field);
        }
        return box;
    }

    /** The labels of the instrument's items in the form, which are also their names among the form's problems. */
    private List<String> labels(InstrumentDefinition definition) {
        var labels = new ArrayList<String>();
        for (var item : definition.items()) {
            labels.add(definition.name().in(getLocale()) + " " + (labels.size() + 1) + ". "
                    + item.text().in(getLocale()));
        }
        return labels;
    }

    private Component field(se.vardkedjan.followup.instrument.domain.Item item, String label, FormProblems problems,
                            boolean required) {
        if (item.numeric()) {
            var integer = new IntegerField(label);
            integer.setMin(item.min());
            integer.setMax(item.max());
            integer.setStepButtonsVisible(true);
            integer.setHelperText(getTranslation("followup.instrument.form.range", item.min(), item.max()));
            return required ? problems.required(label, integer) : problems.field(label, integer);
        }
        var radios = new RadioButtonGroup<AnswerOption>(label);
        radios.setItems(item.options());
        radios.setItemLabelGenerator(o -> o.text().in(getLocale()));
        return required ? problems.required(label, radios) : problems.field(label, radios);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> answers(Map<String, Component> fields) {
        var answers = new LinkedHashMap<String, String>();
        fields.forEach((code, field) -> {
            if (field instanceof IntegerField integer && integer.getValue() != null) {
                answers.put(code, integer.getValue().toString());
            } else if (field instanceof RadioButtonGroup<?> radios && radios.getValue() != null) {
                answers.put(code, ((RadioButtonGroup<AnswerOption>) radios).getValue().code());
            }
        });
        return answers;
    }
}
