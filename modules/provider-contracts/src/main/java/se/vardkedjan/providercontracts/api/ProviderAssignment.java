package se.vardkedjan.providercontracts.api;

import io.swagger.v3.oas.annotations.media.Schema;
import se.vardkedjan.providercontracts.AssignmentView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An assignment as a provider's system reads it: what the provider's page shows (the intervention, the method, what
 * the municipality asks, the goals copied from the care plan, the answers and dates, the history without the names of
 * the municipality's staff) and no other part of the case file; no case, decision or intervention id.
 */
@Schema(name = "Assignment", description = "Ett uppdrag som utföraren ser det")
record ProviderAssignment(
        UUID id,
        @Schema(description = "skicka tillbaka med en ändring; en inaktuell version ger 409") long version,
        @Schema(description = "SENT, RECEIVED, ACCEPTED, DECLINED, RUNNING eller ENDED") String status,
        @Schema(description = "insatstyp enligt beslutet, t.ex. OUTPATIENT") String interventionType,
        @Schema(description = "metodens kod i insatskatalogen, t.ex. CBT") String method,
        String providerName,
        @Schema(description = "klienten har valt utföraren (LOV)") boolean clientsChoice,
        LocalDate decidedOn,
        @Schema(description = "önskat startdatum enligt kommunen") LocalDate startsOn,
        String expectedLength,
        @Schema(description = "vad utföraren ska rapportera och när") String reporting,
        @Schema(description = "hur och när kommunen följer upp") String followUp,
        String contactPersons,
        @Schema(description = "målen ur vårdplanen när uppdraget skickades") List<String> goals,
        Instant sentAt,
        LocalDate acceptedStart,
        String declineReason,
        LocalDate startedOn,
        LocalDate endedOn,
        @Schema(description = "COMPLETED, BROKEN_OFF eller REPLACED") String endReason,
        @Schema(description = "dokumentationsregeln uppdraget följer") String regulation,
        List<Change> history) {

    static ProviderAssignment of(AssignmentView view) {
        return new ProviderAssignment(view.id().value(), view.version(), view.status().name(),
                view.interventionType().name(), view.method() == null ? null : view.method().value(),
                view.providerName(), view.clientsChoice(), view.decidedOn(), view.startsOn(), view.expectedLength(),
                view.reporting(), view.followUp(), view.contactPersons(), view.goals(), view.sentAt(),
                view.acceptedStart(), view.declineReason(), view.startedOn(), view.endedOn(),
                view.endReason() == null ? null : view.endReason().name(), view.regulation(),
                view.history().stream().map(change -> new Change(change.at(), change.event(), change.detail()))
                        .toList());
    }

    /** One change: when and what (the history's event, e.g. SENT, ACCEPTED), with its short detail. */
    @Schema(name = "AssignmentChange")
    record Change(Instant at, String event, String detail) {
    }
}
