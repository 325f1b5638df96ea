package se.vardkedjan.followup.schedule.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The Uppföljning tab's content: its parts one below the other. The schedule is the first part; the measurements'
 * panel (issue 13, the instruments) is added as another part.
 */
class FollowUpTab extends VerticalLayout {

    FollowUpTab(Component... parts) {
        setId("follow-up-tab");
        setPadding(false);
        add(parts);
    }
}
