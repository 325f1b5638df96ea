package se.vardkedjan.casehandling.ui;

import se.vardkedjan.casehandling.CasePageSection;
import se.vardkedjan.casehandling.InvestigationStatus;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.readmodel.CaseSummary;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.uikit.ViewClock;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The investigation tab on the case page: the form that saves drafts as the caseworker writes. */
@org.springframework.stereotype.Component
class InvestigationSection implements CasePageSection {

    private final Investigations investigations;
    private final ViewClock clock;

    InvestigationSection(Investigations investigations, ViewClock clock) {
        this.investigations = investigations;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "casehandling.investigation.tab";
    }

    @Override
    public String path() {
        return "utredning";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public com.vaadin.flow.component.Component create(CaseId caseId) {
        return new InvestigationForm(investigations, caseId);
    }

    @Override
    public List<TimelineEntry> timeline(CaseId caseId) {
        var entries = new ArrayList<TimelineEntry>();
        investigations.find(caseId).ifPresent(view -> {
            if (view.content().startedOn() != null) {
                entries.add(new TimelineEntry(view.content().startedOn(), "casehandling.investigation.timeline.started",
                        view.content().subject(), false));
            }
            if (view.status() == InvestigationStatus.COMPLETED) {
                entries.add(new TimelineEntry(view.completedOn(), "casehandling.investigation.timeline.completed",
                        null, false));
            }
        });
        return entries;
    }

    /** "Försenad" while the investigation is being written after its deadline; decided from the summary alone. */
    @Override
    public Optional<String> badgeKey(CaseSummary summary, boolean unitManager) {
        var deadline = summary.applicableInvestigationDeadline();
        return deadline != null && deadline.isBefore(clock.today())
                ? Optional.of("casehandling.casepage.badge.overdue") : Optional.empty();
    }
}
