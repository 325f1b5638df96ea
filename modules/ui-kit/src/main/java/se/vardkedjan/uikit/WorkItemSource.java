package se.vardkedjan.uikit;

import se.vardkedjan.sharedkernel.Actor;

import java.util.List;

/**
 * A module's contribution to the start page ("Att göra", ADR 0022): the work that waits for the signed-in user today.
 * Implementations are Spring beans in a module's {@code ui} package; the platform's start page collects every source,
 * asks those that {@link #appliesTo} the user, and groups their items, knowing no module. A source calls its module's
 * facade, never its repositories: the facade checks the role and the need to know, and writes the access log for the
 * persons the items name, once per call (so once per start page opened).
 */
public interface WorkItemSource {

    /** Whether the user has work of this source at all (their roles); the page does not call the source otherwise. */
    boolean appliesTo(Actor actor);

    /** The user's items today, in any order. */
    List<WorkItem> workItems();
}
