package se.vardkedjan.providercontracts.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An established (fastställd) version of an implementation plan: never changed; a revision is a new version.
 *
 * @param number 1 for the first established version, then 2, 3, …
 * @param by     the username of who established it
 * @param byName their name, as shown to the caseworker
 */
public record EstablishedPlanVersion(int number, PlanContent content, Instant at, String by, String byName) {

    public EstablishedPlanVersion {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(byName, "byName");
    }
}
