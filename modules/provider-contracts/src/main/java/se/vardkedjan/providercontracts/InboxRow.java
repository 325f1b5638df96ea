package se.vardkedjan.providercontracts;

import se.vardkedjan.casehandling.InterventionType;

import java.time.LocalDate;

/**
 * One assignment in the provider's inbox. It names no client: the list is an overview, the client is shown on the
 * assignment's page (ADR 0027).
 *
 * @param startsOn the start: reported, else accepted, else as the municipality wrote it (null when none)
 * @param reminded the provider has been reminded of an unanswered assignment (escalation)
 */
public record InboxRow(AssignmentId id, LocalDate sentOn, InterventionType interventionType, MethodCode method,
                       String methodNameSv, String methodNameEn, LocalDate startsOn, AssignmentStatus status,
                       boolean reminded) {
}
