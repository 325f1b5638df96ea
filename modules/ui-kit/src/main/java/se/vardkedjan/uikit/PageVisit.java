package se.vardkedjan.uikit;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The page visit kept on a Vaadin UI (ADR 0021): a new one for every navigation, read by the access log through the
 * shared kernel's {@code PageVisits}. Views do not call it; a test that calls facades the way a page does may.
 */
public final class PageVisit {

    private PageVisit() {
    }

    /** Starts a new visit on the UI (the platform does this on every navigation) and returns its id. */
    public static UUID begin(UI ui) {
        var id = UUID.randomUUID();
        ComponentUtil.setData(ui, Visit.class, new Visit(id, null, null));
        return id;
    }

    /**
     * Starts a new visit for a navigation, unless it only moves between the tabs of the same {@link TabbedPage} (same
     * view, same route parameters but the tab): then the visit goes on.
     */
    static void navigated(UI ui, Class<?> target, RouteParameters parameters) {
        var current = ComponentUtil.getData(ui, Visit.class);
        var page = TabbedPage.class.isAssignableFrom(target) ? withoutTab(parameters) : null;
        if (current != null && page != null && target.equals(current.target()) && page.equals(current.page())) {
            return;
        }
        ComponentUtil.setData(ui, Visit.class, new Visit(UUID.randomUUID(), target, page));
    }

    private static Map<String, String> withoutTab(RouteParameters parameters) {
        var page = new HashMap<String, String>();
        for (var name : parameters.getParameterNames()) {
            if (!name.equals(TabbedPage.TAB_PARAMETER)) {
                page.put(name, parameters.get(name).orElse(""));
            }
        }
        return page;
    }

    /** The UI's current visit. */
    static Optional<UUID> of(UI ui) {
        return Optional.ofNullable(ComponentUtil.getData(ui, Visit.class)).map(Visit::id);
    }

    /** A visit, and for a tabbed page the view and its parameters without the tab. */
    private record Visit(UUID id, Class<?> target, Map<String, String> page) {
    }
}
