package se.vardkedjan.followup.schedule.ui;

import org.springframework.stereotype.Component;
import se.vardkedjan.accesslog.OneRead;
import se.vardkedjan.casehandling.CasePageSection;
import se.vardkedjan.casehandling.readmodel.CaseSummary;
import se.vardkedjan.followup.FollowUpRecords;
import se.vardkedjan.followup.FollowUpStatus;
import se.vardkedjan.followup.FollowUps;
import se.vardkedjan.followup.Measurements;
import se.vardkedjan.followup.ui.MeasurementsPanel;
import se.vardkedjan.uikit.ViewClock;
import se.vardkedjan.sharedkernel.CaseId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The case page's Uppföljning tab (after the SIP, before the messages; ADR 0011, 0030): the case's scheduled
 * follow-ups, and on the timeline each due date (as coming) and each cancellation (as past), with a badge while one is
 * overdue. The tab is built of parts in a vertical layout ({@link FollowUpTab}); the schedule is the first.
 */
@Component
class FollowUpSection implements CasePageSection {

    static final String PATH = "uppfoljning";
    /** The access-log code of the tab opened: its parts' reads of the case are one row (ADR 0030's slice 4). */
    static final String TAB = "FOLLOW_UP_TAB";

    private final FollowUps followUps;
    private final FollowUpRecords records;
    private final Measurements measurements;
    private final ViewClock clock;
    private final se.vardkedjan.followup.Questionnaires questionnaires;

    FollowUpSection(FollowUps followUps, FollowUpRecords records, Measurements measurements, ViewClock clock,
                    se.vardkedjan.followup.Questionnaires questionnaires) {
        this.followUps = followUps;
        this.questionnaires = questionnaires;
        this.records = records;
        this.measurements = measurements;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "followup.schedule.tab";
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public int order() {
        return 550;
    }

    @Override
    public com.vaadin.flow.component.Component create(CaseId caseId) {
        // Each part reads through its facade (each checks the right); the tab opened is one user action, so its reads
        // of the case are one access-log row, FOLLOW_UP_TAB (OneRead; ADR 0030's slice-4 amendment).
        return new FollowUpTab(tab -> OneRead.as(TAB, () -> {
            var today = clock.today();
            return List.<com.vaadin.flow.component.Component>of(new SchedulePanel(followUps, caseId),
                    new RecordFollowUpPanel(records, caseId, today, tab::show),
                    new RecordedFollowUpsPanel(records, caseId),
                    new MeasurementsPanel(measurements, caseId, today),
                    new se.vardkedjan.followup.questionnaire.ui.SendQuestionnairePanel(questionnaires, caseId));
        }));
    }

    @Override
    public List<TimelineEntry> timeline(CaseId caseId) {
        var entries = new ArrayList<TimelineEntry>();
        var schedule = followUps.ofCase(caseId);
        for (var followUp : schedule) {
            var what = ScheduleTexts.whatKey(followUp.source(), followUp.interventionType());
            switch (followUp.status()) {
                case DUE -> entries.add(TimelineEntry.withDetailKey(followUp.dueOn(),
                        followUp.overdue() ? "followup.schedule.timeline.overdue" : "followup.schedule.timeline.due",
                        what, true));
                case CANCELLED -> entries.add(TimelineEntry.withDetailKey(followUp.cancelledOn(),
                        "followup.schedule.timeline.cancelled", what, false));
                case DONE -> {
                    // Told by the recorded follow-up's own entry below.
                }
            }
        }
        var scheduled = new java.util.HashMap<java.util.UUID, String>();
        schedule.stream().filter(f -> f.status() == FollowUpStatus.DONE)
                .forEach(f -> scheduled.put(f.id(), ScheduleTexts.whatKey(f.source(), f.interventionType())));
        for (var recorded : records.ofCase(caseId)) {
            var what = recorded.scheduledId() == null ? "followup.record.timeline.extra"
                    : scheduled.getOrDefault(recorded.scheduledId(), "followup.record.timeline.extra");
            entries.add(TimelineEntry.withDetailKey(recorded.doneOn(), timelineKey(recorded.decision()), what,
                    false));
        }
        return entries;
    }

    private static String timelineKey(se.vardkedjan.followup.FollowUpDecision decision) {
        return switch (decision) {
            case CONTINUE -> "followup.record.timeline.CONTINUE";
            case CHANGE -> "followup.record.timeline.CHANGE";
            case END -> "followup.record.timeline.END";
        };
    }

    @Override
    public Optional<String> badgeKey(CaseSummary summary, boolean unitManager) {
        return followUps.hasOverdue(summary.caseId()) ? Optional.of("followup.schedule.badge.overdue")
                : Optional.empty();
    }
}
