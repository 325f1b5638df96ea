package se.vardkedjan.providercontracts;

import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.providercontracts.domain.EscalationStep;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A page of the assignments sent to a provider in one group, naming no client: what the provider's inbox page shows
 * and what a provider's system lists before it reads one (ADR 0025, 0027).
 *
 * @param page  the page asked for, from 0
 * @param size  the page's size asked for
 * @param total how many assignments the group holds
 */
public record ProviderAssignmentPage(List<Item> items, int page, int size, long total) {

    public ProviderAssignmentPage {
        items = List.copyOf(items);
    }

    /** Whether a page follows this one. */
    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    /** The order of the list, by when the assignments were sent, then by id (so pages are stable). */
    public enum Order {
        /** The inbox page: the latest first. */
        NEWEST_SENT_FIRST,
        /** The API: a system reads on from where it was. */
        OLDEST_SENT_FIRST
    }

    /**
     * One assignment in the list: enough to choose which to read, and the version to answer it at.
     *
     * @param startsOn the start as the municipality wrote it (null when none)
     * @param reminded the provider has been reminded of an unanswered assignment (escalation)
     */
    public record Item(AssignmentId id, long version, AssignmentStatus status, InterventionType interventionType,
                       MethodCode method, String methodNameSv, String methodNameEn, Instant sentAt,
                       LocalDate startsOn, LocalDate acceptedStart, LocalDate startedOn, LocalDate endedOn,
                       boolean reminded) {

        /** The day it was sent, in Sweden. */
        public LocalDate sentOn() {
            return LocalDate.ofInstant(sentAt, EscalationStep.ZONE);
        }

        /** The start as the inbox shows it: reported, else accepted, else as the municipality wrote it. */
        public LocalDate expectedStart() {
            return startedOn != null ? startedOn : acceptedStart != null ? acceptedStart : startsOn;
        }
    }
}
