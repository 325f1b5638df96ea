package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.casehandling.JournalEntryId;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a journal entry as staff read it.
 *
 * @param version           for optimistic locking of a draft: pass it back when changing, signing or deleting
 * @param originalId        the entry's first version; all corrections share it
 * @param versionNumber     1 for the entry as first signed; 2, 3, ... for corrections
 * @param signedAt          the recording time (server clock), or null for a draft
 * @param correctionReason  why this version corrects the previous one, or null for the first version
 * @param objections        the client's objections to any version of the entry, oldest first
 * @param release           the latest release to the client (or its revocation), or null if never released
 */
public record JournalEntryDetails(JournalEntryId id, CaseId caseId, long version, JournalEntryId originalId,
                                  int versionNumber, LocalDate eventDate, String title, String text,
                                  String authorUsername, String authorName, Instant createdAt, Instant signedAt,
                                  String correctionReason, List<Objection> objections, Release release) {

    public JournalEntryDetails {
        objections = List.copyOf(objections);
    }

    public boolean signed() {
        return signedAt != null;
    }

    /** Whether this version corrects an earlier one (the journal shows a "corrected" marker). */
    public boolean corrected() {
        return versionNumber > 1;
    }

    public boolean released() {
        return release != null && release.released();
    }

    /**
     * The client's objection, in their words, added beside the entry.
     *
     * @param writtenByClient true when the client wrote it in the portal (their view on a released entry), false when
     *                        staff recorded it for them
     */
    public record Objection(JournalEntryId versionId, String text, LocalDate receivedOn, String recordedByName,
                            Instant recordedAt, boolean writtenByClient) {
    }

    /** The latest release decision: released (after the confidentiality check) or revoked, by whom and when. */
    public record Release(boolean released, String byName, Instant at) {
    }
}
