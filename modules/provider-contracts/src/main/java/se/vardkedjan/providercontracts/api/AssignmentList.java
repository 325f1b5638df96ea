package se.vardkedjan.providercontracts.api;

import io.swagger.v3.oas.annotations.media.Schema;
import se.vardkedjan.providercontracts.ProviderAssignmentPage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A page of the organisation's assignments in a group; no client is named. */
@Schema(name = "AssignmentList", description = "En sida av organisationens uppdrag i en grupp")
record AssignmentList(List<Item> items, int page, int size,
                      @Schema(description = "antal uppdrag i gruppen") long total) {

    static AssignmentList of(ProviderAssignmentPage page) {
        return new AssignmentList(page.items().stream().map(item -> new Item(item.id().value(), item.version(),
                item.status().name(), item.interventionType().name(),
                item.method() == null ? null : item.method().value(), item.sentAt(), item.startsOn(),
                item.acceptedStart(), item.startedOn(), item.endedOn())).toList(), page.page(), page.size(),
                page.total());
    }

    @Schema(name = "AssignmentListItem")
    record Item(UUID id, long version, String status, String interventionType, String method, Instant sentAt,
                LocalDate startsOn, LocalDate acceptedStart, LocalDate startedOn, LocalDate endedOn) {
    }
}
