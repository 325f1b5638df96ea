package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.Component;
import se.vardkedjan.casehandling.CasePageSection;
import se.vardkedjan.casehandling.Journal;
import se.vardkedjan.casehandling.JournalOrder;
import se.vardkedjan.casehandling.readmodel.CaseSummary;
import se.vardkedjan.casehandling.readmodel.JournalEntryDetails;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.uikit.ViewClock;

import java.util.List;
import java.util.Optional;

/** The journal tab of the case page, and the signed entries (by title) on the case's timeline. */
@org.springframework.stereotype.Component
class JournalSection implements CasePageSection {

    /** How many of the latest entries the timeline shows; the tab pages through them all. */
    static final int TIMELINE_ENTRIES = 50;

    private final Journal journal;
    private final ViewClock clock;

    JournalSection(Journal journal, ViewClock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "casehandling.journal.tab";
    }

    @Override
    public String path() {
        return "journal";
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public Component create(CaseId caseId) {
        return new JournalPanel(journal, clock, caseId);
    }

    @Override
    public List<TimelineEntry> timeline(CaseId caseId) {
        return journal.entries(caseId, JournalOrder.NEWEST_FIRST, 0, TIMELINE_ENTRIES).entries().stream()
                .filter(JournalEntryDetails::signed)
                .map(entry -> new TimelineEntry(entry.eventDate(), "casehandling.journal.timeline.signed",
                        entry.title(), false))
                .toList();
    }

    /** "Utkast" while the user has unsigned drafts in the journal; the summary counts them, no query here. */
    @Override
    public Optional<String> badgeKey(CaseSummary summary, boolean unitManager) {
        return summary.ownDrafts() > 0 ? Optional.of("casehandling.casepage.badge.drafts") : Optional.empty();
    }
}
