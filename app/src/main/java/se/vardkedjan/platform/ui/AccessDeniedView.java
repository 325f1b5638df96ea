package se.vardkedjan.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.SecurityEvent;
import se.vardkedjan.sharedkernel.SecurityEvents;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Shown, with status 403, when a signed-in user opens a view their roles do not allow, in their own shell (header,
 * menu, logout). The refusal is recorded as a security event with the path tried. Vaadin's navigation access control
 * raises it; the status reaches the browser's document request because the first navigation runs on the server
 * before the page is sent ({@code vaadin.eager-server-load}, application.yaml).
 */
@ParentLayout(HomeShell.class)
@PermitAll
class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    /** A path segment kept as it is: a route's own name, or a UUID. Anything else might be what a user typed. */
    private static final Pattern KEPT_SEGMENT =
            Pattern.compile("[a-z][a-z0-9-]{0,63}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final CurrentActor currentActor;
    private final SecurityEvents securityEvents;

    AccessDeniedView(CurrentActor currentActor, SecurityEvents securityEvents) {
        this.currentActor = currentActor;
        this.securityEvents = securityEvents;
        addClassName("vk-error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        currentActor.find().ifPresent(actor -> securityEvents.record(new SecurityEvent(actor,
                SecurityEvent.Attempt.VIEW, operation(event.getLocation()), null, SecurityEvent.Reason.ROLE)));
        removeAll();
        var heading = new H1(getTranslation("platform.access-denied.title"));
        heading.setId("access-denied");
        add(heading, new Paragraph(getTranslation("platform.access-denied.text")),
                new Paragraph(new Anchor("", getTranslation("platform.access-denied.back"))));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    /**
     * The path tried, as the code of the attempt: route names and ids are kept, any other segment (a number or a name
     * typed into the address) becomes {@code *}, so that nothing personal is recorded.
     */
    static String operation(Location location) {
        var path = Arrays.stream(location.getPath().split("/")).filter(segment -> !segment.isEmpty())
                .map(segment -> KEPT_SEGMENT.matcher(segment).matches() ? segment : "*")
                .collect(Collectors.joining("/"));
        if (path.isEmpty()) {
            return "/";
        }
        return path.length() <= 200 ? path : path.substring(0, 200);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("platform.access-denied.title");
    }
}
