package se.vardkedjan.providercontracts.ui;

import com.vaadin.flow.component.Component;
import se.vardkedjan.providercontracts.AssignmentView;

/**
 * A part of one assignment as a page shows it, added by a feature of this module without the page knowing it: the
 * implementation plan, the attendance reports, the deviations, the completion report. The provider's assignment page
 * ({@code /utforare/uppdrag/:id}) and the case page's Uppdrag tab show every part, in {@link #order()}, that
 * {@link #shownTo(Audience) is shown} to their audience. A part reads and changes through this module's facades, which
 * check access and write the access log; the part itself decides nothing about access. Parts do not know each other:
 * one that changes what another shows says so on the browser tab ({@link AttendanceChanged}), and the other reads
 * again.
 */
public interface AssignmentPart {

    /** Who looks at the assignment. */
    enum Audience {
        /** The provider's staff, on their assignment page. */
        PROVIDER,
        /** The caseworker and unit manager, on the case page's Uppdrag tab. */
        CASE_STAFF
    }

    /** Lower comes first. */
    int order();

    /** Whether the part belongs on this audience's page for this assignment (e.g. not before it is accepted). */
    boolean shownTo(Audience audience, AssignmentView assignment);

    /** The part's component for this assignment and audience; called only when {@link #shownTo} said yes. */
    Component create(AssignmentView assignment, Audience audience);
}
