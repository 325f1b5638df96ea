package se.vardkedjan.casehandling.ui;

import se.vardkedjan.casehandling.CasePageSection;
import se.vardkedjan.casehandling.InvestigationStatus;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.sharedkernel.CaseId;

import java.util.ArrayList;
import java.util.List;

/** The investigation tab on the case page: the form that saves drafts as the caseworker writes. */
@org.springframework.stereotype.Component
class InvestigationSection implements CasePageSection {

    private final Investigations investigations;

    InvestigationSection(Investigations investigations) {
        this.investigations = investigations;
    }

    @Override
    public String titleKey() {
        return "casehandling.investigation.tab";
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
}
