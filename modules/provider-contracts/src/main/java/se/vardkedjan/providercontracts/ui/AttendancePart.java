package se.vardkedjan.providercontracts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.AssignmentReports;
import se.vardkedjan.providercontracts.AssignmentReportsView;
import se.vardkedjan.providercontracts.AssignmentStatus;
import se.vardkedjan.providercontracts.AssignmentView;
import se.vardkedjan.providercontracts.AttendanceCorrectionInput;
import se.vardkedjan.providercontracts.AttendanceInput;
import se.vardkedjan.providercontracts.ReportedDay;
import se.vardkedjan.uikit.DateField;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;
import se.vardkedjan.uikit.ViewClock;

import java.time.LocalDate;
import java.util.List;

/**
 * The attendance (care days or hours) of an assignment (ADR 0026). The provider reports a period (every day of it,
 * or chosen days; the hours of each day for an hour-priced contract) and corrects a wrong day by cancelling it; the
 * case staff read the reports. Shown once the assignment runs.
 */
@org.springframework.stereotype.Component
class AttendancePart implements AssignmentPart {

    private final AssignmentReports reports;
    private final ViewClock clock;

    AttendancePart(AssignmentReports reports, ViewClock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public boolean shownTo(Audience audience, AssignmentView assignment) {
        return assignment.status() == AssignmentStatus.RUNNING || assignment.status() == AssignmentStatus.ENDED;
    }

    @Override
    public com.vaadin.flow.component.Component create(AssignmentView assignment, Audience audience) {
        return new AttendancePanel(reports, clock, assignment.id(), audience == Audience.PROVIDER);
    }

    /** The panel: the reports so far, and for the provider the forms to report and to correct. */
    static final class AttendancePanel extends VerticalLayout {

        private final AssignmentReports reports;
        private final ViewClock clock;
        private final AssignmentId id;
        private final boolean provider;

        AttendancePanel(AssignmentReports reports, ViewClock clock, AssignmentId id, boolean provider) {
            this.reports = reports;
            this.clock = clock;
            this.id = id;
            this.provider = provider;
            setId("attendance-" + id.value());
            setPadding(false);
            refresh();
        }

        /** After a report or a correction: this panel and the page's parts computed from the attendance. */
        private void changed() {
            refresh();
            AttendanceChanged.fire(this, id);
        }

        private void refresh() {
            removeAll();
            add(new H3(getTranslation("providercontracts.reports.attendance.heading")));
            var found = Problems.attempt(this, () -> provider ? reports.forProvider(id) : reports.ofAssignment(id));
            if (found.isEmpty()) {
                return;
            }
            var view = found.get();
            add(list(view));
            if (provider) {
                add(reportForm(view));
                if (view.countedDays() > 0) {
                    add(correctionForm(view));
                }
            }
        }

        private Component list(AssignmentReportsView view) {
            var box = new Div();
            box.setId("attendance-list-" + id.value());
            if (view.attendance().isEmpty()) {
                box.add(new Paragraph(getTranslation("providercontracts.reports.attendance.none")));
                return box;
            }
            var summary = new Paragraph(getTranslation(view.hourPriced()
                    ? "providercontracts.reports.attendance.counted-hours"
                    : "providercontracts.reports.attendance.counted-days", view.countedDays(),
                    Kronor.hours(view.attendance().stream().flatMap(a -> a.days().stream())
                            .filter(d -> !d.cancelled())
                            .map(d -> d.correctedHours() != null ? d.correctedHours() : d.hours())
                            .filter(java.util.Objects::nonNull)
                            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))));
            summary.setId("attendance-summary-" + id.value());
            box.add(summary);
            var list = new UnorderedList();
            for (var report : view.attendance()) {
                var counted = report.days().stream().filter(d -> !d.cancelled()).count();
                var cancelled = report.days().stream().filter(AssignmentReportsView.Day::cancelled)
                        .map(d -> SwedishTime.date(d.day())).toList();
                var text = getTranslation("providercontracts.reports.attendance.report",
                        SwedishTime.date(report.firstDay()), SwedishTime.date(report.lastDay()), counted,
                        report.reportedBy());
                if (!cancelled.isEmpty()) {
                    text = getTranslation("providercontracts.reports.attendance.report-with-cancelled",
                            SwedishTime.date(report.firstDay()), SwedishTime.date(report.lastDay()), counted,
                            report.reportedBy(), String.join(", ", cancelled));
                }
                list.add(new ListItem(text));
            }
            box.add(list);
            for (var correction : view.corrections()) {
                box.add(new Paragraph(getTranslation("providercontracts.reports.correction.made",
                        SwedishTime.dateTime(correction.correctedAt()), correction.correctedBy(),
                        correction.reason())));
            }
            return box;
        }

        private Component reportForm(AssignmentReportsView view) {
            var form = new VerticalLayout();
            form.setPadding(false);
            form.add(new H4(getTranslation("providercontracts.reports.attendance.new")));
            var problems = new FormProblems(form, "attendance-form-" + id.value());
            var today = clock.today();
            var first = problems.required("providercontracts.reports.attendance.first-day",
                    new DateField(getTranslation("providercontracts.reports.attendance.first-day")));
            first.setId("attendance-first-day-" + id.value());
            var last = problems.required("providercontracts.reports.attendance.last-day",
                    new DateField(getTranslation("providercontracts.reports.attendance.last-day")));
            last.setId("attendance-last-day-" + id.value());
            last.setValue(today);
            if (view.startedOn() != null) {
                first.setValue(view.attendance().stream().map(AssignmentReportsView.Attendance::lastDay)
                        .max(LocalDate::compareTo).map(d -> d.plusDays(1)).orElse(view.startedOn()));
            }
            var everyDay = new Checkbox(getTranslation("providercontracts.reports.attendance.every-day"), true);
            everyDay.setId("attendance-every-day-" + id.value());
            var days = problems.field("providercontracts.reports.attendance.days",
                    new MultiSelectComboBox<LocalDate>(getTranslation("providercontracts.reports.attendance.days")));
            days.setId("attendance-days-" + id.value());
            days.setItemLabelGenerator(SwedishTime::date);
            days.setVisible(false);
            Runnable fill = () -> {
                if (first.getValue() != null && last.getValue() != null && !last.getValue().isBefore(first.getValue())
                        && first.getValue().plusDays(200).isAfter(last.getValue())) {
                    days.setItems(first.getValue().datesUntil(last.getValue().plusDays(1)).toList());
                } else {
                    days.setItems(List.of());
                }
            };
            fill.run();
            first.addValueChangeListener(e -> fill.run());
            last.addValueChangeListener(e -> fill.run());
            everyDay.addValueChangeListener(e -> days.setVisible(!e.getValue()));
            var hours = new BigDecimalField(getTranslation("providercontracts.reports.attendance.hours"));
            hours.setId("attendance-hours-" + id.value());
            hours.setHelperText(getTranslation("providercontracts.reports.attendance.hours-help"));
            hours.setVisible(view.hourPriced());
            if (view.hourPriced()) {
                problems.required("providercontracts.reports.attendance.hours", hours);
            }
            var report = new Button(getTranslation("providercontracts.reports.attendance.report-button"), e -> {
                var saved = problems.attempt(() -> {
                    var chosen = !everyDay.getValue() ? days.getValue().stream().sorted().toList()
                            : last.getValue().isBefore(first.getValue()) ? List.<LocalDate>of()
                            : first.getValue().datesUntil(last.getValue().plusDays(1)).limit(400).toList();
                    var reported = chosen.stream().map(day -> new ReportedDay(day, view.hourPriced()
                            ? hours.getValue() : null)).toList();
                    return reports.reportAttendance(id, new AttendanceInput(first.getValue(), last.getValue(),
                            reported));
                });
                saved.ifPresent(done -> changed());
            });
            report.setId("attendance-report-" + id.value());
            form.add(problems.summary(), first, last, everyDay, days, hours, report);
            return form;
        }

        private Component correctionForm(AssignmentReportsView view) {
            var form = new VerticalLayout();
            form.setPadding(false);
            form.add(new H4(getTranslation("providercontracts.reports.correction.heading")));
            var problems = new FormProblems(form, "attendance-correction-" + id.value());
            var days = problems.required("providercontracts.reports.correction.days",
                    new MultiSelectComboBox<LocalDate>(getTranslation("providercontracts.reports.correction.days")));
            days.setId("attendance-correct-days-" + id.value());
            days.setItemLabelGenerator(SwedishTime::date);
            days.setItems(view.attendance().stream().flatMap(a -> a.days().stream())
                    .filter(d -> !d.cancelled() && d.correctedHours() == null).map(AssignmentReportsView.Day::day)
                    .sorted().toList());
            var reason = problems.required("providercontracts.reports.correction.reason",
                    new TextArea(getTranslation("providercontracts.reports.correction.reason")));
            reason.setId("attendance-correct-reason-" + id.value());
            var cancel = new Button(getTranslation("providercontracts.reports.correction.button"), e -> {
                var saved = problems.attempt(() -> reports.correctAttendance(id, new AttendanceCorrectionInput(
                        days.getValue().stream().sorted().map(ReportedDay::careDay).toList(), reason.getValue())));
                saved.ifPresent(done -> changed());
            });
            cancel.setId("attendance-correct-" + id.value());
            form.add(new Paragraph(getTranslation("providercontracts.reports.correction.help")), problems.summary(),
                    days, reason, cancel);
            return form;
        }
    }
}
