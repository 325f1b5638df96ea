package se.vardkedjan.organisation.ui;

import se.vardkedjan.organisation.LegalReferences;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.ViewClock;
import se.vardkedjan.uikit.WorkItem;
import se.vardkedjan.uikit.WorkItemSource;

import java.util.ArrayList;
import java.util.List;

/**
 * The administrator's work on the start page (ADR 0022): legal references that stop being valid within
 * {@value #EXPIRY_DAYS} days (a decision made after that can no longer cite them, so a successor may be needed), and
 * staff accounts without a unit (they can see no case). No personal data of clients, so nothing is logged.
 */
@org.springframework.stereotype.Component
class AdministrationWorkItems implements WorkItemSource {

    /** How far ahead a legal reference's end is shown. */
    static final int EXPIRY_DAYS = 60;

    private final LegalReferences legalReferences;
    private final Organisation organisation;
    private final ViewClock clock;

    AdministrationWorkItems(LegalReferences legalReferences, Organisation organisation, ViewClock clock) {
        this.legalReferences = legalReferences;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    public boolean appliesTo(Actor actor) {
        return actor.hasRole(Roles.ADMINISTRATOR);
    }

    @Override
    public List<WorkItem> workItems() {
        var today = clock.today();
        var items = new ArrayList<WorkItem>();
        for (var reference : legalReferences.legalReferences()) {
            var validTo = reference.validTo();
            if (validTo != null && !validTo.isBefore(today) && !validTo.isAfter(today.plusDays(EXPIRY_DAYS))) {
                items.add(new WorkItem("organisation.work.kind.legal-reference-ends", null, null,
                        reference.citation(), null, "organisation.work.date.valid-to",
                        validTo, validTo, "admin/lagrum", 1));
            }
        }
        for (var member : organisation.staffMembers()) {
            if (member.units().isEmpty()) {
                items.add(new WorkItem("organisation.work.kind.account-without-unit", member.displayName(), null,
                        null, null, "organisation.work.date.none", null, null, "admin/organisation", 1));
            }
        }
        return items;
    }
}
