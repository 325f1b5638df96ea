package se.vardkedjan.followup.schedule.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import se.vardkedjan.followup.FollowUpRecords;
import se.vardkedjan.followup.RecordedFollowUp;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

import java.util.List;

/**
 * The case's recorded follow-ups, the latest first (ADR 0030, amendment): the day, whether it did a scheduled one on
 * time or late or was an extra one, the decision and its reason, the provider's report it was recorded with, and who
 * recorded it.
 */
class RecordedFollowUpsPanel extends Section {

    RecordedFollowUpsPanel(FollowUpRecords records, CaseId caseId) {
        setId("follow-up-records");
        var heading = new H2(getTranslation("followup.record.list.title"));
        heading.setId("follow-up-records-heading");
        getElement().setAttribute("aria-labelledby", "follow-up-records-heading");
        add(heading);
        Problems.attempt(this, () -> records.ofCase(caseId)).ifPresent(this::show);
    }

    private void show(List<RecordedFollowUp> recorded) {
        if (recorded.isEmpty()) {
            var none = new Paragraph(getTranslation("followup.record.list.none"));
            none.setId("follow-up-records-none");
            add(none);
            return;
        }
        var table = new NativeTable();
        table.setId("follow-up-records-table");
        table.setCaptionText(getTranslation("followup.record.list.caption"));
        var head = table.getHead().addRow();
        for (var key : List.of("followup.record.list.col.date", "followup.record.list.col.what",
                "followup.record.list.col.decision", "followup.record.list.col.reason",
                "followup.record.list.col.report", "followup.record.list.col.by")) {
            var cell = head.addHeaderCell();
            cell.setText(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
        }
        for (var followUp : recorded) {
            var row = table.getBody().addRow();
            row.setId("follow-up-record-" + followUp.id());
            var date = row.addHeaderCell();
            date.setText(SwedishTime.date(followUp.doneOn()));
            date.getElement().setAttribute("scope", "row");
            row.addDataCell().setText(getTranslation(followUp.onTime() == null ? "followup.record.list.extra"
                    : followUp.onTime() ? "followup.record.list.on-time" : "followup.record.list.late"));
            row.addDataCell().setText(getTranslation(followUp.decision().textKey()));
            row.addDataCell().setText(followUp.reason());
            row.addDataCell().setText(followUp.providerReport() == null
                    ? getTranslation("followup.record.list.no-report")
                    : getTranslation(followUp.providerReport().kind().textKey()));
            row.addDataCell().setText(followUp.recordedByName());
        }
        add(table);
    }
}
