package se.vardkedjan.citizenportal.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import se.vardkedjan.casehandling.OwnChoices;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.Roles;

/**
 * While the file's owner has blocked their portal access (ADR 0028, slice 2), every portal page but the start page
 * (which says so and how to lift it) and "Mina val" (where the client lifts it) leads to the start page: the portal
 * shows only "Du har spärrat …". The door refuses every part of the file anyway; this spares the client pages of
 * refusals. Only for the portal's own pages and a signed-in client.
 */
@Component
class PortalBlock implements VaadinServiceInitListener {

    private final CurrentActor currentActor;
    private final OwnChoices ownChoices;

    PortalBlock(CurrentActor currentActor, OwnChoices ownChoices) {
        this.currentActor = currentActor;
        this.ownChoices = ownChoices;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        var target = event.getNavigationTarget();
        if (target == null || !target.getPackageName().equals(PortalBlock.class.getPackageName())
                || target == PortalStartView.class || target == PortalChoicesView.class
                || currentActor.find().filter(actor -> actor.hasRole(Roles.CLIENT)).isEmpty()) {
            return;
        }
        if (ownChoices.reading().blocked()) {
            event.rerouteTo(PortalStartView.class);
        }
    }
}
