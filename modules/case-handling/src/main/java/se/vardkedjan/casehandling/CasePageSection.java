package se.vardkedjan.casehandling;

import se.vardkedjan.sharedkernel.CaseId;

import com.vaadin.flow.component.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * A part of the staff case page: one tab, and the entries it adds to the case's timeline. Case handling's own parts
 * (investigation, decision, plan, journal, SIP) implement it, and downstream modules (assignments, follow-ups) add
 * theirs the same way without case handling knowing them. Implementations are Spring beans; {@link #create} builds a
 * new component for each page, so a section never holds UI state itself. Both methods go through the owning module's
 * facade, which checks access and writes the access log.
 */
public interface CasePageSection {

    /** The text key of the tab's title. */
    String titleKey();

    /** Where the tab goes: lower comes first (overview 0, investigation 100, decision 200, plan 300, ...). */
    int order();

    /** The tab's content for one case. */
    Component create(CaseId caseId);

    /** What this part adds to the case's timeline, in any order. */
    default List<TimelineEntry> timeline(CaseId caseId) {
        return List.of();
    }

    /**
     * One point on the case's timeline.
     *
     * @param date     when it happened (or is due)
     * @param titleKey the text key of what happened, e.g. {@code casehandling.timeline.decision}
     * @param detail    a short plain text, or null; never an address
     * @param detailKey the text key of the detail, translated when the page shows it (so a section needs no UI
     *                  to build its timeline), or null; shown instead of {@code detail}
     * @param due       whether it is a coming date (a deadline, a follow-up) rather than a past event
     */
    record TimelineEntry(LocalDate date, String titleKey, String detail, String detailKey, boolean due) {

        /** An entry with a plain-text detail, or none. */
        public TimelineEntry(LocalDate date, String titleKey, String detail, boolean due) {
            this(date, titleKey, detail, null, due);
        }

        /** An entry whose detail is a text key, translated when the page shows it. */
        public static TimelineEntry withDetailKey(LocalDate date, String titleKey, String detailKey, boolean due) {
            return new TimelineEntry(date, titleKey, null, detailKey, due);
        }
    }
}
