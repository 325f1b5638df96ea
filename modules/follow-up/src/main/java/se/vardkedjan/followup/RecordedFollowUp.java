package se.vardkedjan.followup;

import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A follow-up as recorded (ADR 0030, amendment).
 *
 * @param scheduledId      the scheduled follow-up it did, or null for an extra one
 * @param onTime           done on or before the scheduled date; null for an extra one
 * @param providerReport   the provider's report the caseworker was shown (its assignment, kind and id), or null
 * @param recordedByName   who recorded it, their name in the organisation register (or the username)
 * @param measurements     the measurements taken with it (goal attainment and instruments)
 */
public record RecordedFollowUp(UUID id, CaseId caseId, UUID scheduledId, LocalDate doneOn, Boolean onTime,
                               FollowUpDecision decision, String reason, ReportRef providerReport,
                               String recordedByName, Instant recordedAt, List<MeasurementId> measurements) {

    public RecordedFollowUp {
        measurements = List.copyOf(measurements);
    }

    /** Which of the provider's reports: the assignment, the kind, and the report's id within it. */
    public record ReportRef(AssignmentId assignmentId, ProviderReport.Kind kind, String reportId) {
    }
}
