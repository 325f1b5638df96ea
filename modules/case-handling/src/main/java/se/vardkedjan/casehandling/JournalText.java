package se.vardkedjan.casehandling;

import java.time.LocalDate;

/**
 * What a caseworker writes in a journal entry.
 *
 * @param eventDate when it happened: not in the future, not before the case's intake
 * @param title     a single line
 */
public record JournalText(LocalDate eventDate, String title, String text) {
}
