package se.vardkedjan.casehandling.readmodel;

import java.util.List;

/** One page of a case's journal, and how many entries it has in all (for paging). */
public record JournalPage(List<JournalEntryDetails> entries, int total) {

    public JournalPage {
        entries = List.copyOf(entries);
    }
}
