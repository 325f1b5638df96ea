package se.vardkedjan.casehandling.domain;

import se.vardkedjan.casehandling.JournalEntryId;

import java.time.LocalDate;

/**
 * The client's objection to a signed journal entry, kept beside it (the entry does not change).
 *
 * @param originalId the entry's original version, so the objection shows with every later version
 * @param versionId  the version the client objected to
 */
public record JournalObjection(JournalEntryId originalId, JournalEntryId versionId, String text, LocalDate receivedOn,
                               Author recordedBy) {
}
