package se.vardkedjan.providercontracts.drafting;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.vardkedjan.casehandling.CaseDoor;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.events.InterventionGranted;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.domain.Assignment;
import se.vardkedjan.providercontracts.domain.HistoryEntry;
import se.vardkedjan.providercontracts.persistence.AssignmentRows;

import java.time.Clock;

/**
 * A granted intervention gets an assignment draft for the caseworker to write and send: at most one, however often
 * the event arrives (delivery is at least once; the unique index on the intervention's live assignment decides, so
 * two deliveries at the same time also make one), and none when the event arrives again after its assignment was
 * declined or withdrawn (a publication resubmitted after a node died, ADR 0033). Help given as a service without
 * decision is no assignment to a provider. Reads and writes no personal data: the event carries ids, and the draft
 * holds them with the case's unit (read through {@link CaseDoor#facts}, a code), which the case staff's work items
 * are filtered by. Case handling never moves a case to another unit, so the unit written here stays true (ADR 0024).
 */
@Component
class DraftOnGrant {

    private final AssignmentRows assignments;
    private final CaseDoor cases;
    private final Clock clock;

    DraftOnGrant(AssignmentRows assignments, CaseDoor cases, Clock clock) {
        this.assignments = assignments;
        this.cases = cases;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(InterventionGranted granted) {
        if (granted.type() == InterventionType.SERVICE_WITHOUT_DECISION) {
            return;
        }
        var unit = cases.facts(granted.caseId()).map(CaseDoor.CaseFacts::unit).orElse(null);
        assignments.insertFirstDraft(Assignment.draft(AssignmentId.random(), granted.caseId(),
                granted.decisionId(), granted.interventionId(), granted.type(), granted.startsOn(),
                HistoryEntry.SYSTEM, clock.instant()), unit, AssignmentRows.By.SYSTEM);
    }
}
