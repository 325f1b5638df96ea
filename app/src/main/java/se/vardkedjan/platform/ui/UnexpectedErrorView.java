package se.vardkedjan.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown, with status 500, when opening a page failed in a way no view foresaw, in the user's own shell. It says so in
 * plain words and never shows the exception, which goes to the application log with the path tried (typed-in segments
 * replaced by {@code *}, as for a refusal). Vaadin's own error page would show the exception's message. A bug shows
 * this page; bad input never should (the bad-input tests fail on it).
 */
@ParentLayout(HomeShell.class)
@PermitAll
class UnexpectedErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    UnexpectedErrorView() {
        addClassName("vk-error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Opening the page {} failed", AccessDeniedView.operation(event.getLocation()),
                parameter.getCaughtException());
        removeAll();
        var heading = new H1(getTranslation("platform.unexpected-error.title"));
        heading.setId("unexpected-error");
        add(heading, new Paragraph(getTranslation("platform.unexpected-error.text")),
                new Paragraph(new Anchor("", getTranslation("platform.unexpected-error.back"))));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("platform.unexpected-error.title");
    }
}
