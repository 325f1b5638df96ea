package se.vardkedjan.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;

/**
 * What a user sees when an action (a click, a changed field) fails in a way no view foresaw: a notification in plain
 * words that stays until closed, never the exception, which Vaadin's handler logs. Views show refusals themselves
 * (a rule's message, a concurrent change, missing access); this is for bugs, and the bad-input tests fail on any
 * exception that would reach it.
 */
class UnexpectedErrors extends DefaultErrorHandler {

    @Override
    public void error(ErrorEvent event) {
        super.error(event);
        var ui = UI.getCurrent();
        if (ui == null || !shouldHandle(event.getThrowable())) {
            return;
        }
        var text = new Span(ui.getTranslation("platform.unexpected-error.action"));
        text.setId("unexpected-error-message");
        var notification = new Notification(text);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.setDuration(0);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setAssertive(true);
        notification.add(new com.vaadin.flow.component.button.Button(
                ui.getTranslation("platform.unexpected-error.close"), click -> notification.close()));
        notification.open();
    }
}
