package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.casehandling.JournalEntryId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The journal entries released to the client, as the portal shows them (ADR 0028): newest first, each in its latest
 * version with the earlier versions readable (when and why each was corrected), and the client's views on it. Entries
 * not released, or hidden by the client's own choice, are not in it at all.
 *
 * @param mayAddViews false when the one reading is an adult the client trusts (they only read)
 */
public record OwnJournal(List<Entry> entries, boolean mayAddViews) {

    public OwnJournal {
        entries = List.copyOf(entries);
    }

    /**
     * One released entry in the version the client is shown.
     *
     * @param id               the version shown; a view is added to it
     * @param correctedAt      when the version shown was written as a correction, or null when it was never corrected
     * @param correctionReason why, or null
     * @param earlier          the earlier versions, the first first
     * @param views            the client's views on the entry (written in the portal, or recorded by staff for them),
     *                         oldest first
     */
    public record Entry(JournalEntryId id, LocalDate eventDate, String title, String text, Instant signedAt,
                        Instant correctedAt, String correctionReason, List<EarlierVersion> earlier, List<View> views) {

        public Entry {
            earlier = List.copyOf(earlier);
            views = List.copyOf(views);
        }

        public boolean corrected() {
            return correctedAt != null;
        }
    }

    /**
     * An earlier version of an entry: its text, when it was signed, and when and why the next version corrected it.
     */
    public record EarlierVersion(String text, Instant signedAt, Instant correctedAt, String correctionReason) {
    }

    /**
     * The client's view on an entry.
     *
     * @param writtenInPortal true when the client wrote it here; false when staff recorded it for them
     */
    public record View(String text, LocalDate on, Instant recordedAt, boolean writtenInPortal) {
    }
}
