package se.vardkedjan.followup.schedule.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import se.vardkedjan.followup.FollowUps;
import se.vardkedjan.followup.ScheduledFollowUp;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

import java.util.List;

/**
 * The case's scheduled follow-ups: what each follows up, when it is due, and where it stands — due, overdue (said in
 * words), done, or cancelled with the reason and the day.
 */
class SchedulePanel extends Section {

    SchedulePanel(FollowUps followUps, CaseId caseId) {
        setId("follow-up-schedule");
        var heading = new H2(getTranslation("followup.schedule.tab.heading"));
        heading.setId("follow-up-schedule-heading");
        getElement().setAttribute("aria-labelledby", "follow-up-schedule-heading");
        add(heading);
        var found = Problems.attempt(this, () -> followUps.ofCase(caseId));
        found.ifPresent(this::show);
    }

    private void show(List<ScheduledFollowUp> schedule) {
        if (schedule.isEmpty()) {
            var none = new Paragraph(getTranslation("followup.schedule.tab.none"));
            none.setId("follow-up-schedule-none");
            add(none);
            return;
        }
        var table = new NativeTable();
        table.setId("follow-up-schedule-table");
        table.setCaptionText(getTranslation("followup.schedule.tab.caption"));
        var head = table.getHead().addRow();
        for (var key : List.of("followup.schedule.column.what", "followup.schedule.column.due",
                "followup.schedule.column.status")) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        for (var followUp : schedule) {
            var row = table.getBody().addRow();
            row.setId("follow-up-" + followUp.id());
            row.addDataCell().setText(getTranslation(ScheduleTexts.whatKey(followUp.source(),
                    followUp.interventionType())));
            row.addDataCell().setText(SwedishTime.date(followUp.dueOn()));
            row.addDataCell().setText(status(followUp));
        }
        add(table);
    }

    private String status(ScheduledFollowUp followUp) {
        return switch (followUp.status()) {
            case DUE -> followUp.overdue() ? getTranslation("followup.schedule.status.overdue")
                    : getTranslation("followup.schedule.status.DUE");
            case DONE -> getTranslation("followup.schedule.status.done-on", SwedishTime.date(followUp.doneOn()));
            case CANCELLED -> getTranslation("followup.schedule.status.cancelled-on",
                    SwedishTime.date(followUp.cancelledOn()), getTranslation(followUp.cancelReason().textKey()));
        };
    }
}
