package se.vardkedjan.sharedkernel;

import java.util.Optional;
import java.util.UUID;

/**
 * The page the signed-in user is on: a new visit id for every navigation, the same for every facade call the page
 * makes until the user navigates again. The access log stamps its rows with it, so the review shows one row per page
 * opened with every part it read (ADR 0021). The UI kit provides it for Vaadin's pages; outside a page (a scheduled
 * job, a module test) there is none.
 */
public interface PageVisits {

    /** The current page's visit, if a page is being served on this thread. */
    Optional<UUID> current();
}
