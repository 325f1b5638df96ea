package se.vardkedjan.uikit;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

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
        ComponentUtil.setData(ui, Visit.class, new Visit(id));
        return id;
    }

    /** The UI's current visit. */
    static Optional<UUID> of(UI ui) {
        return Optional.ofNullable(ComponentUtil.getData(ui, Visit.class)).map(Visit::id);
    }

    private record Visit(UUID id) {
    }
}
