package se.vardkedjan.providercontracts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import se.vardkedjan.providercontracts.AssignmentId;

/**
 * Within one browser tab: the attendance of an assignment was reported or corrected, so the parts of the same page
 * that are computed from it (the cost) read it again. Fired on the tab's {@link UI}, which the parts share and the page
 * does not need to know about; it carries the assignment's id, nothing else.
 */
final class AttendanceChanged extends ComponentEvent<UI> {

    private final AssignmentId assignment;

    private AttendanceChanged(UI ui, AssignmentId assignment) {
        super(ui, false);
        this.assignment = assignment;
    }

    AssignmentId assignment() {
        return assignment;
    }

    /** Tells the tab that {@code from} is in that the assignment's attendance changed (nothing if it is in none). */
    static void fire(Component from, AssignmentId assignment) {
        from.getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new AttendanceChanged(ui, assignment)));
    }

    /**
     * Calls {@code onChange} for changes to the assignment's attendance while {@code to} is attached to a tab, and
     * stops listening when it is detached (so a page left behind is not kept alive by the tab).
     */
    static void listen(Component to, AssignmentId assignment, Runnable onChange) {
        ComponentEventListener<AttendanceChanged> listener = event -> {
            if (event.assignment().equals(assignment)) {
                onChange.run();
            }
        };
        to.addAttachListener(attach -> {
            var registration = ComponentUtil.addListener(attach.getUI(), AttendanceChanged.class, listener);
            to.addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
    }
}
