package se.vardkedjan.casehandling.ui;

import org.springframework.stereotype.Component;
import se.vardkedjan.casehandling.CasePageSection;
import se.vardkedjan.casehandling.DecisionStatus;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.readmodel.CaseSummary;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.uikit.ViewClock;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The decision tab on the case page: decisions and proposals, a new decision, and approvals for a unit manager. */
@Component
class DecisionSection implements CasePageSection {

    private final Decisions decisions;
    private final Investigations investigations;
    private final CurrentActor currentActor;
    private final ViewClock clock;

    DecisionSection(Decisions decisions, Investigations investigations, CurrentActor currentActor, ViewClock clock) {
        this.decisions = decisions;
        this.investigations = investigations;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "casehandling.decision.tab";
    }

    @Override
    public String path() {
        return "beslut";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public com.vaadin.flow.component.Component create(CaseId caseId) {
        return new DecisionPanel(decisions, investigations, currentActor, clock, caseId);
    }

    @Override
    public List<TimelineEntry> timeline(CaseId caseId) {
        var entries = new ArrayList<TimelineEntry>();
        for (var decision : decisions.ofCase(caseId)) {
            if (decision.status() == DecisionStatus.PROPOSED) {
                entries.add(new TimelineEntry(decision.proposedOn(), "casehandling.decision.timeline.proposed", null,
                        false));
            }
            if (decision.status() != DecisionStatus.DECIDED) {
                continue;
            }
            entries.add(new TimelineEntry(decision.decidedOn(), "casehandling.decision.timeline.made", null, false));
            for (var item : decision.items()) {
                if (item.outcome().grantsHelp()) {
                    entries.add(TimelineEntry.withDetailKey(item.startsOn(), "casehandling.decision.timeline.granted",
                            item.type().textKey(), false));
                }
                if (item.closedOn() != null) {
                    entries.add(TimelineEntry.withDetailKey(item.closedOn(), "casehandling.decision.timeline.closed",
                            item.type().textKey(), false));
                }
            }
        }
        return entries;
    }

    /** A decision to write, a proposal to approve (or waiting), or one sent back; decided from the summary alone. */
    @Override
    public Optional<String> badgeKey(CaseSummary summary, boolean unitManager) {
        return switch (summary.stage()) {
            case INVESTIGATION_COMPLETE -> Optional.of("casehandling.casepage.badge.to-decide");
            case PROPOSAL_AWAITING_APPROVAL -> Optional.of(unitManager ? "casehandling.casepage.badge.to-approve"
                    : "casehandling.casepage.badge.awaiting");
            case PROPOSAL_RETURNED -> Optional.of("casehandling.casepage.badge.returned");
            default -> Optional.empty();
        };
    }
}
