package se.vardkedjan.providercontracts.ui;

import org.springframework.stereotype.Component;
import se.vardkedjan.casehandling.CasePageSection;
import se.vardkedjan.providercontracts.AssignmentReports;
import se.vardkedjan.providercontracts.AssignmentStatus;
import se.vardkedjan.providercontracts.Assignments;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.uikit.ViewClock;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The case page's Uppdrag tab (after the plan): the case's assignments, the draft to write and send, the provider's
 * answer and the PDF; timeline entries for sending, the answer, the start, the end and escalations (ADR 0024), the
 * start and the end dated by the days given rather than the day they were recorded.
 */
@Component
class AssignmentSection implements CasePageSection {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final Assignments assignments;
    private final ViewClock clock;
    private final List<AssignmentPart> parts;
    private final AssignmentReports reports;

    AssignmentSection(Assignments assignments, ViewClock clock, List<AssignmentPart> parts,
                      AssignmentReports reports) {
        this.assignments = assignments;
        this.clock = clock;
        this.parts = parts;
        this.reports = reports;
    }

    @Override
    public String titleKey() {
        return "providercontracts.casepage.tab";
    }

    @Override
    public String path() {
        return "uppdrag";
    }

    @Override
    public int order() {
        return 350;
    }

    @Override
    public com.vaadin.flow.component.Component create(CaseId caseId) {
        return new AssignmentPanel(assignments, clock, caseId, parts);
    }

    @Override
    public List<TimelineEntry> timeline(CaseId caseId) {
        var entries = new ArrayList<TimelineEntry>();
        for (var assignment : assignments.ofCase(caseId)) {
            for (var change : assignment.history()) {
                // The start and the end on the days given (reported afterwards, or ahead), the rest when they happened.
                var on = change.event().equals("STARTED") && assignment.startedOn() != null ? assignment.startedOn()
                        : change.event().equals("ENDED") && assignment.endedOn() != null ? assignment.endedOn()
                        : LocalDate.ofInstant(change.at(), STOCKHOLM);
                var key = switch (change.event()) {
                    case "SENT" -> "providercontracts.timeline.sent";
                    case "ACCEPTED" -> "providercontracts.timeline.accepted";
                    case "DECLINED" -> "providercontracts.timeline.declined";
                    case "STARTED" -> "providercontracts.timeline.started";
                    case "ENDED" -> "providercontracts.timeline.ended";
                    case "ESCALATED" -> "CASE_STAFF_TOLD".equals(change.detail())
                            ? "providercontracts.timeline.escalated-to-case-staff" : "providercontracts.timeline.escalated";
                    case "PLAN_ESTABLISHED" -> "providercontracts.timeline.plan-established";
                    default -> null;
                };
                if (key != null) {
                    entries.add(new TimelineEntry(on, key, assignment.providerName(), false));
                }
            }
            if (assignment.status() == AssignmentStatus.ACCEPTED && assignment.acceptedStart() != null
                    && assignment.acceptedStart().isAfter(clock.today())) {
                entries.add(new TimelineEntry(assignment.acceptedStart(), "providercontracts.timeline.starts",
                        assignment.providerName(), true));
            }
        }
        // The provider's deviations and completion reports (ADR 0026): kind and date, no text of the report; and the
        // case staff's acknowledgements of serious incidents.
        for (var reported : reports.timeline(caseId)) {
            var key = switch (reported.kind()) {
                case "ABSENCE" -> "providercontracts.reports.timeline.ABSENCE";
                case "DISCHARGE" -> "providercontracts.reports.timeline.DISCHARGE";
                case "RELAPSE" -> "providercontracts.reports.timeline.RELAPSE";
                case "SERIOUS_INCIDENT" -> "providercontracts.reports.timeline.SERIOUS_INCIDENT";
                case "SERIOUS_INCIDENT_ACKNOWLEDGED" ->
                        "providercontracts.reports.timeline.SERIOUS_INCIDENT_ACKNOWLEDGED";
                default -> "providercontracts.reports.timeline.COMPLETION";
            };
            entries.add(new TimelineEntry(reported.date(), key, null, false));
        }
        return entries;
    }
}
