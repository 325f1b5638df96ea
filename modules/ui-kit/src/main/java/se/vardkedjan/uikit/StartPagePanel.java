package se.vardkedjan.uikit;

import com.vaadin.flow.component.Component;
import se.vardkedjan.sharedkernel.Actor;

/**
 * A role's own part of the start page beside the work items (ADR 0022), e.g. the unit manager's workload per
 * caseworker or the analyst's way into follow-up. Spring beans in a module's {@code ui} package; {@link #create} builds
 * a new component for each page and goes through the module's facade, as a {@link WorkItemSource} does.
 */
public interface StartPagePanel {

    /** Whether the user's start page shows the panel (their roles). */
    boolean appliesTo(Actor actor);

    /** Where the panel goes, below the work items: lower comes first. */
    int order();

    /** The panel for one page. */
    Component create();
}
