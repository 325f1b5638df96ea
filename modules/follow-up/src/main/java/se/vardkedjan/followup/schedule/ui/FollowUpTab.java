package se.vardkedjan.followup.schedule.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;
import java.util.function.Function;

/**
 * The Uppföljning tab's content: its parts one below the other — the schedule, the form to record a follow-up, the
 * recorded follow-ups, and the measurements' panel (charts of each measure and of goal attainment over time). After a
 * follow-up is recorded the parts are built anew and a status message says it was saved.
 */
class FollowUpTab extends VerticalLayout {

    private final Function<FollowUpTab, List<Component>> parts;
    private final Paragraph status = new Paragraph();

    FollowUpTab(Function<FollowUpTab, List<Component>> parts) {
        this.parts = parts;
        setId("follow-up-tab");
        setPadding(false);
        status.setId("follow-up-tab-status");
        status.getElement().setAttribute("role", "status");
        show(null);
    }

    /** Builds the parts anew, with the message (or none) in the tab's status line. */
    void show(String message) {
        removeAll();
        status.setText(message == null ? "" : message);
        add(status);
        add(parts.apply(this));
    }
}
