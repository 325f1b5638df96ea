package se.vardkedjan.casehandling;

import se.vardkedjan.casehandling.readmodel.CaseSummary;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;

import com.vaadin.flow.component.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A part of the staff case page: one tab, and the entries it adds to the case's timeline. Case handling's own parts
 * (investigation, decision, plan, journal, SIP) implement it, and downstream modules (assignments, follow-ups) add
 * theirs the same way without case handling knowing them. Implementations are Spring beans; {@link #create} builds a
 * new component for each page, so a section never holds UI state itself. Its methods go through the owning module's
 * facade, which checks access and writes the access log. Each tab has its own address, {@code arenden/<id>/<path>}
 * (ADR 0011), which start pages and timeline entries link to.
 */
public interface CasePageSection {

    /** The text key of the tab's title. */
    String titleKey();

    /**
     * The tab's part of the case page's address, {@code arenden/<id>/<path>}: lower-case letters only, unique among
     * the sections, never changed once published (links and bookmarks use it). Case handling's: {@code utredning},
     * {@code beslut}, {@code plan}, {@code journal}, {@code sip}.
     */
    String path();

    /** Where the tab goes: lower comes first (overview 0, investigation 100, decision 200, plan 300, ...). */
    int order();

    /**
     * Whether the user gets this tab at all (default: everyone who may open the case). A section that only some roles
     * may use leaves its tab out for the others, rather than showing a tab that only says no; its facade still checks.
     */
    default boolean shownTo(Actor actor) {
        return true;
    }

    /** The tab's content for one case. */
    Component create(CaseId caseId);

    /** What this part adds to the case's timeline, in any order. */
    default List<TimelineEntry> timeline(CaseId caseId) {
        return List.of();
    }

    /**
     * The text key of a small badge on the tab when something waits there for the user (an overdue investigation, a
     * proposal to approve), or empty. Called for every page opened, before the tab is: decide from the summary the
     * page has already read where possible, and otherwise only through one cheap, indexed query of the facade.
     */
    default Optional<String> badgeKey(CaseSummary summary, boolean unitManager) {
        return Optional.empty();
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
     * @param path      the {@link #path()} of the tab where the entry lives and is acted on ({@code ""} for the
     *                  overview), or null for the tab of the section that made it
     */
    record TimelineEntry(LocalDate date, String titleKey, String detail, String detailKey, boolean due, String path) {

        /** An entry with a plain-text detail, or none, on the tab of the section that made it. */
        public TimelineEntry(LocalDate date, String titleKey, String detail, boolean due) {
            this(date, titleKey, detail, null, due, null);
        }

        /** An entry with a detail as text or text key, on the tab of the section that made it. */
        public TimelineEntry(LocalDate date, String titleKey, String detail, String detailKey, boolean due) {
            this(date, titleKey, detail, detailKey, due, null);
        }

        /** An entry whose detail is a text key, translated when the page shows it. */
        public static TimelineEntry withDetailKey(LocalDate date, String titleKey, String detailKey, boolean due) {
            return new TimelineEntry(date, titleKey, null, detailKey, due, null);
        }

        /** This entry on the given tab, unless it names its own. */
        public TimelineEntry onTab(String sectionPath) {
            return path != null ? this
                    : new TimelineEntry(date, titleKey, detail, detailKey, due, sectionPath);
        }
    }
}
