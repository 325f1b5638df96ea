package se.vardkedjan.followup.schedule.ui;

import org.springframework.stereotype.Component;
import se.vardkedjan.casehandling.CasePageSection;
import se.vardkedjan.casehandling.readmodel.CaseSummary;
import se.vardkedjan.followup.FollowUps;
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

    private final FollowUps followUps;
    private final se.vardkedjan.followup.Questionnaires questionnaires;

    FollowUpSection(FollowUps followUps, se.vardkedjan.followup.Questionnaires questionnaires) {
        this.followUps = followUps;
        this.questionnaires = questionnaires;
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
        return new FollowUpTab(new SchedulePanel(followUps, caseId),
                new se.vardkedjan.followup.questionnaire.ui.SendQuestionnairePanel(questionnaires, caseId));
    }

    @Override
    public List<TimelineEntry> timeline(CaseId caseId) {
        var entries = new ArrayList<TimelineEntry>();
        for (var followUp : followUps.ofCase(caseId)) {
            var what = ScheduleTexts.whatKey(followUp.source(), followUp.interventionType());
            switch (followUp.status()) {
                case DUE -> entries.add(TimelineEntry.withDetailKey(followUp.dueOn(),
                        followUp.overdue() ? "followup.schedule.timeline.overdue" : "followup.schedule.timeline.due",
                        what, true));
                case CANCELLED -> entries.add(TimelineEntry.withDetailKey(followUp.cancelledOn(),
                        "followup.schedule.timeline.cancelled", what, false));
                case DONE -> entries.add(TimelineEntry.withDetailKey(followUp.doneOn(),
                        "followup.schedule.timeline.done", what, false));
            }
        }
        return entries;
    }

    @Override
    public Optional<String> badgeKey(CaseSummary summary, boolean unitManager) {
        return followUps.hasOverdue(summary.caseId()) ? Optional.of("followup.schedule.badge.overdue")
                : Optional.empty();
    }
}
