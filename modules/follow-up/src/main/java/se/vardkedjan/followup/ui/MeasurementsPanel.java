package se.vardkedjan.followup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import se.vardkedjan.followup.MeasurementSeries;
import se.vardkedjan.followup.MeasurementView;
import se.vardkedjan.followup.Measurements;
import se.vardkedjan.followup.Occasion;
import se.vardkedjan.followup.instrument.domain.AnswerOption;
import se.vardkedjan.followup.instrument.domain.Change;
import se.vardkedjan.followup.instrument.domain.InstrumentDefinition;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.uikit.DateField;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One case's measurements (ADR 0029), built from {@link Measurements#history}: per instrument a chart of the total
 * over time with its cut-off line(s) and bands, the change from the baseline with a reliable change marked (symbol
 * and text), and the same figures in a table; then a form to record a measurement taken in an interview with the
 * client — one field per item with the definition's options — whose scores the product computes and shows after
 * saving (never typed). Goal attainment is recorded per goal with the follow-up, not here. A component for the case
 * page's follow-up tab; the facade decides who may see and record (the case's own staff).
 */
public class MeasurementsPanel extends Section {

    private final Measurements measurements;
    private final CaseId caseId;
    private final LocalDate today;
    private final Div history = new Div();
    private final Div form = new Div();
    private final Paragraph result = new Paragraph();

    public MeasurementsPanel(Measurements measurements, CaseId caseId, LocalDate today) {
        this.measurements = measurements;
        this.caseId = caseId;
        this.today = today;
        setId("measurements");
        var heading = new H2(getTranslation("followup.instrument.panel.title"));
        heading.setId("measurements-heading");
        getElement().setAttribute("aria-labelledby", "measurements-heading");
        history.setId("measurements-history");
        form.setId("measurement-form");
        result.setId("measurement-result");
        result.getElement().setAttribute("role", "status");
        add(heading, history, form);
        showHistory();
        showForm();
    }

    private void showHistory() {
        history.removeAll();
        var series = Problems.attempt(this, () -> measurements.history(caseId)).orElse(List.of());
        if (series.isEmpty()) {
            var empty = new Paragraph(getTranslation("followup.instrument.panel.empty"));
            empty.setId("measurements-empty");
            history.add(empty);
            return;
        }
        // Versions on the same scale are one series already; one instrument with several series for the same goal (or
        // none) has versions on different scales, and each is labelled with its version.
        var perInstrument = new java.util.HashMap<List<Object>, Integer>();
        series.forEach(s -> perInstrument.merge(java.util.Arrays.asList(s.definition().code(), s.goalId()), 1,
                Integer::sum));
        var goals = new java.util.HashMap<Object, Integer>();
        for (var s : series) {
            int goal = s.goalId() == null ? 0 : goals.computeIfAbsent(s.goalId(), g -> goals.size() + 1);
            history.add(series(s, goal,
                    perInstrument.get(java.util.Arrays.asList(s.definition().code(), s.goalId())) > 1));
        }
    }

    private Component series(MeasurementSeries series, int goalNumber, boolean showVersion) {
        var definition = series.definition();
        var id = "measurements-" + definition.code().toLowerCase(java.util.Locale.ROOT)
                + (goalNumber == 0 ? "" : "-" + goalNumber) + (showVersion ? "-v" + definition.version() : "");
        var section = new Section();
        section.setId(id);
        section.addClassName("vk-measurement-series");
        var name = showVersion
                ? getTranslation("followup.instrument.panel.version", definition.name().in(getLocale()),
                definition.version())
                : definition.name().in(getLocale());
        var title = goalNumber == 0 ? name
                : series.goalRemoved() ? getTranslation("followup.instrument.panel.goal-series-removed", name, goalNumber)
                : getTranslation("followup.instrument.panel.goal-series", name, goalNumber);
        var heading = new H3(title);
        heading.setId(id + "-heading");
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        var latest = series.points().getLast().measurement();
        var label = getTranslation("followup.instrument.panel.chart-label", title, series.points().size(),
                latest.total(), latest.measuredOn().toString(), changeText(series.change(), definition));
        var chart = new Svg(MeasurementChart.svg(series, getLocale(), label,
                value -> getTranslation("followup.instrument.panel.cut-off-line", value),
                getTranslation("followup.instrument.panel.reliable-marker")));
        chart.setId(id + "-chart");
        var change = new Paragraph(changeText(series.change(), definition));
        change.setId(id + "-change");
        section.add(heading, chart, change, table(series, id));
        return section;
    }

    private String changeText(Change change, InstrumentDefinition definition) {
        if (change == null) {
            return getTranslation("followup.instrument.panel.change.none");
        }
        var way = switch (change.way()) {
            case BETTER -> getTranslation("followup.instrument.panel.change.better");
            case WORSE -> getTranslation("followup.instrument.panel.change.worse");
            case UNCHANGED -> getTranslation("followup.instrument.panel.change.unchanged");
        };
        var reliable = definition.reliableChange() == null
                ? getTranslation("followup.instrument.panel.change.no-threshold")
                : change.reliable()
                ? getTranslation("followup.instrument.panel.change.reliable", definition.reliableChange())
                : getTranslation("followup.instrument.panel.change.not-reliable", definition.reliableChange());
        return getTranslation("followup.instrument.panel.change.text", signed(change.difference()), way, reliable);
    }

    private static String signed(int difference) {
        return difference > 0 ? "+" + difference : difference < 0 ? "−" + (-difference) : "0";
    }

    private NativeTable table(MeasurementSeries series, String id) {
        var definition = series.definition();
        var table = new NativeTable();
        table.setId(id + "-table");
        table.setCaptionText(getTranslation("followup.instrument.panel.caption", definition.name().in(getLocale())));
        var head = table.getHead().addRow();
        for (var key : List.of("followup.instrument.panel.col.date", "followup.instrument.panel.col.occasion",
                "followup.instrument.panel.col.total", "followup.instrument.panel.col.band",
                "followup.instrument.panel.col.cut-off", "followup.instrument.panel.col.change",
                "followup.instrument.panel.col.actions")) {
            var cell = head.addHeaderCell();
            cell.setText(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
        }
        for (var point : series.points()) {
            var m = point.measurement();
            var row = table.getBody().addRow();
            row.getElement().setAttribute("data-measurement", m.id().value().toString());
            var date = row.addHeaderCell();
            date.setText(m.measuredOn().toString());
            date.getElement().setAttribute("scope", "row");
            row.addDataCell().setText(getTranslation(m.occasion().textKey()));
            row.addDataCell().setText(Integer.toString(m.total()));
            row.addDataCell().setText(m.band() == null ? "–"
                    : definition.band(m.band()).map(b -> b.text().in(getLocale())).orElse(m.band()));
            row.addDataCell().setText(m.overCutOff() == null ? "–"
                    : m.overCutOff() ? getTranslation("followup.instrument.panel.cut-off.over", m.cutOff())
                    : getTranslation("followup.instrument.panel.cut-off.not-over", m.cutOff()));
            var change = point.fromBaseline();
            row.addDataCell().setText(change == null ? "–" : changeText(change, definition));
            var withdraw = new Button(getTranslation("followup.instrument.withdraw.button"),
                    click -> withdraw(m));
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            withdraw.getElement().setAttribute("aria-label",
                    getTranslation("followup.instrument.withdraw.label", definition.name().in(getLocale()),
                            m.measuredOn().toString()));
            withdraw.addClassName("vk-withdraw-measurement");
            row.addDataCell().add(withdraw);
        }
        return table;
    }

    private void withdraw(MeasurementView measurement) {
        var dialog = new Dialog();
        dialog.setId("withdraw-measurement");
        dialog.setHeaderTitle(getTranslation("followup.instrument.withdraw.title"));
        var problems = new FormProblems(dialog, "withdraw-measurement");
        var reason = problems.required("followup.instrument.withdraw.reason", new TextArea());
        reason.setId("withdraw-measurement-reason");
        reason.setLabel(getTranslation("followup.instrument.withdraw.reason"));
        reason.setMaxLength(500);
        var confirm = new Button(getTranslation("followup.instrument.withdraw.confirm"), click -> {
            if (problems.attempt(() -> measurements.withdraw(caseId, measurement.id(), reason.getValue()))) {
                dialog.close();
                Notification.show(getTranslation("followup.instrument.withdraw.done"));
                showHistory();
            }
        });
        confirm.setId("withdraw-measurement-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("followup.instrument.withdraw.cancel"), click -> dialog.close());
        cancel.setId("withdraw-measurement-cancel");
        dialog.add(problems.summary(), reason);
        dialog.getFooter().add(cancel, confirm);
        add(dialog);
        dialog.open();
    }

    private void showForm() {
        form.removeAll();
        var instruments = Problems.attempt(this, () -> measurements.instrumentsFor(caseId)).orElse(List.of())
                .stream().filter(d -> !Measurements.GOAL_ATTAINMENT.equals(d.code())).toList();
        if (instruments.isEmpty()) {
            return;
        }
        var heading = new H3(getTranslation("followup.instrument.form.title"));
        heading.setId("measurement-form-heading");
        form.getElement().setAttribute("role", "region");
        form.getElement().setAttribute("aria-labelledby", "measurement-form-heading");
        var explained = new Paragraph(getTranslation("followup.instrument.form.explained"));
        var instrument = new ComboBox<InstrumentDefinition>(getTranslation("followup.instrument.form.instrument"));
        instrument.setId("measurement-instrument");
        instrument.setItems(instruments);
        instrument.setItemLabelGenerator(d -> d.name().in(getLocale()));
        var items = new Div();
        items.setId("measurement-items");
        form.add(heading, explained, instrument, items, result);
        instrument.addValueChangeListener(event -> {
            items.removeAll();
            if (event.getValue() != null) {
                items.add(itemsForm(event.getValue()));
            }
        });
    }

    /** The form of one instrument: occasion, date, and a field per item. */
    private Component itemsForm(InstrumentDefinition definition) {
        var box = new Div();
        var problems = new FormProblems(box, "measurement");
        var occasion = problems.required("followup.instrument.form.occasion", new RadioButtonGroup<Occasion>());
        occasion.setId("measurement-occasion");
        occasion.setLabel(getTranslation("followup.instrument.form.occasion"));
        occasion.setItems(Occasion.values());
        occasion.setItemLabelGenerator(o -> getTranslation(o.textKey()));
        var date = problems.required("followup.instrument.form.measured-on",
                new DateField(getTranslation("followup.instrument.form.measured-on")));
        date.setId("measurement-date");
        date.setMax(today);
        date.setValue(today);
        box.add(problems.summary(), occasion, date);
        var fields = new LinkedHashMap<String, Component>();
        int number = 0;
        for (var item : definition.items()) {
            number++;
            var label = number + ". " + item.text().in(getLocale());
            Component field;
            if (item.numeric()) {
                var integer = new IntegerField(label);
                integer.setMin(item.min());
                integer.setMax(item.max());
                integer.setStepButtonsVisible(true);
                integer.setHelperText(getTranslation("followup.instrument.form.range", item.min(), item.max()));
                field = item.required() ? problems.required(label, integer) : problems.field(label, integer);
            } else {
                var radios = new RadioButtonGroup<AnswerOption>(label);
                radios.setItems(item.options());
                radios.setItemLabelGenerator(o -> o.text().in(getLocale()));
                field = item.required() ? problems.required(label, radios) : problems.field(label, radios);
            }
            field.setId("measurement-item-" + item.code());
            fields.put(item.code(), field);
            box.add(field);
        }
        var save = new Button(getTranslation("followup.instrument.form.save"), click -> {
            var answers = answers(fields);
            problems.attempt(() -> measurements.record(caseId, definition.ref(), occasion.getValue(), answers,
                    date.getValue())).ifPresent(saved -> {
                        result.setText(savedText(definition, saved));
                        showHistory();
                        showForm();
                    });
        });
        save.setId("measurement-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(save);
        return box;
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

    private String savedText(InstrumentDefinition definition, MeasurementView saved) {
        var band = saved.band() == null ? ""
                : " " + definition.band(saved.band()).map(b -> b.text().in(getLocale())).orElse(saved.band()) + ".";
        var over = saved.overCutOff() == null ? ""
                : " " + (saved.overCutOff()
                ? getTranslation("followup.instrument.form.saved-over", saved.cutOff())
                : getTranslation("followup.instrument.form.saved-not-over", saved.cutOff()));
        return getTranslation("followup.instrument.form.saved", definition.name().in(getLocale()), saved.total())
                + band + over;
    }
}
