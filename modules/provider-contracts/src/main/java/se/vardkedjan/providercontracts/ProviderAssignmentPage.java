package se.vardkedjan.providercontracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A page of the assignments addressed to a provider, oldest sent first (then by id, so pages are stable), naming no
 * client: what a provider's system lists before it reads one.
 *
 * @param page  the page asked for, from 0
 * @param size  the page's size asked for
 * @param total how many assignments the group holds
 */
public record ProviderAssignmentPage(List<Item> items, int page, int size, long total) {

    public ProviderAssignmentPage {
        items = List.copyOf(items);
    }

    /** One assignment in the list: enough to choose which to read, and the version to answer it at. */
    public record Item(AssignmentId id, long version, AssignmentStatus status,
                       se.vardkedjan.casehandling.InterventionType interventionType, MethodCode method,
                       Instant sentAt, LocalDate startsOn, LocalDate acceptedStart, LocalDate startedOn,
                       LocalDate endedOn) {
    }
}
