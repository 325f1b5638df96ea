package se.vardkedjan.casehandling.domain;

import se.vardkedjan.casehandling.JournalEntryId;

import java.time.LocalDate;

/**
 * The client's objection to a signed journal entry, kept beside it (the entry does not change).
 *
 * @param originalId the entry's original version, so the objection shows with every later version
 * @param versionId  the version the client objected to
 * @param writtenByClient true when the client wrote it themselves in the portal (their view on a released entry;
 *                        {@code recordedBy} is then the client), false when staff recorded it for the client
 */
public record JournalObjection(JournalEntryId originalId, JournalEntryId versionId, String text, LocalDate receivedOn,
                               Author recordedBy, boolean writtenByClient) {
}
