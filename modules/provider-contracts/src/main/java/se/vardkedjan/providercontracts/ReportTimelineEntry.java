package se.vardkedjan.providercontracts;

import java.time.LocalDate;

/** A deviation or completion report on the case's timeline: what and when, no text of the report. */
public record ReportTimelineEntry(AssignmentId assignmentId, String kind, LocalDate date) {
}
