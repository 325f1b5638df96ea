package se.vardkedjan.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown, with status 404, for an address that leads to no page, in the user's own shell; never lists the routes or
 * repeats the address.
 */
@ParentLayout(HomeShell.class)
@PermitAll
class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    NotFoundView() {
        addClassName("vk-error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        var heading = new H1(getTranslation("platform.not-found.title"));
        heading.setId("not-found");
        add(heading, new Paragraph(getTranslation("platform.not-found.text")),
                new Paragraph(new Anchor("", getTranslation("platform.not-found.back"))));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("platform.not-found.title");
    }
}
