package se.vardkedjan.casehandling.ui;

import se.vardkedjan.casehandling.CarePlanStatus;
import se.vardkedjan.casehandling.CarePlans;
import se.vardkedjan.casehandling.CasePageSection;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.uikit.ViewClock;

import java.util.ArrayList;
import java.util.List;

/** The care plan tab of the case page, and the plan's points on the case's timeline. */
@org.springframework.stereotype.Component
class CarePlanSection implements CasePageSection {

    private final CarePlans carePlans;
    private final ViewClock clock;

    CarePlanSection(CarePlans carePlans, ViewClock clock) {
        this.carePlans = carePlans;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "casehandling.plan.tab";
    }

    @Override
    public String path() {
        return "plan";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public com.vaadin.flow.component.Component create(CaseId caseId) {
        return new CarePlanPanel(carePlans, clock, caseId);
    }

    /** When each revision was agreed, and the follow-up dates of the plan in force (coming dates). */
    @Override
    public List<TimelineEntry> timeline(CaseId caseId) {
        var entries = new ArrayList<TimelineEntry>();
        for (var plan : carePlans.plans(caseId)) {
            if (plan.status() != CarePlanStatus.DRAFT && plan.response() != null) {
                entries.add(new TimelineEntry(plan.response().on(), "casehandling.plan.timeline.agreed",
                        "v" + plan.revision(), false));
            }
            if (plan.status() == CarePlanStatus.AGREED) {
                plan.goals().forEach(goal -> entries.add(new TimelineEntry(goal.followUpOn(),
                        "casehandling.plan.timeline.follow-up", shorten(goal.text()), true)));
            }
        }
        return entries;
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
