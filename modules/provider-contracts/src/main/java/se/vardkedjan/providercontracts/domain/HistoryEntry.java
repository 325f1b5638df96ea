package se.vardkedjan.providercontracts.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One change of an assignment: what happened, who did it (their username, or {@code system} for the listener and the
 * escalation job) and when, with a short detail (a reason, a date). Kept append-only.
 */
public record HistoryEntry(Instant at, String actor, String event, String detail) {

    public static final String SYSTEM = "system";

    public HistoryEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(event, "event");
    }
}
