package se.vardkedjan.uikit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import se.vardkedjan.sharedkernel.PageVisits;

import java.util.Optional;
import java.util.UUID;

/**
 * The page visits of Vaadin's pages ({@link PageVisits}): every navigation of a UI (before the page is built, so its
 * first facade calls see it) starts a new visit, kept on the UI until the next navigation; moving between the tabs of
 * one {@link TabbedPage} keeps it.
 */
@Component
class VaadinPageVisits implements PageVisits, VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter ->
                PageVisit.navigated(enter.getUI(), enter.getNavigationTarget(), enter.getRouteParameters())));
    }

    @Override
    public Optional<UUID> current() {
        var ui = UI.getCurrent();
        if (ui == null) {
            return Optional.empty();
        }
        return PageVisit.of(ui);
    }
}
