package se.vardkedjan.platform.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.StartPagePanel;
import se.vardkedjan.uikit.ViewClock;
import se.vardkedjan.uikit.WorkItem;
import se.vardkedjan.uikit.WorkItemList;
import se.vardkedjan.uikit.WorkItemSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where everyone lands after login. Staff see their start page: "Att göra", the work items of every module's
 * {@link WorkItemSource} that applies to them, grouped Försenat / Denna vecka / Kommande, each one click from where it
 * is done, then the panels of their roles ({@link StartPagePanel}, e.g. the unit manager's workload). The page knows
 * no module (ADR 0022). Provider staff and clients are sent on to their own shells, and region participants to the
 * list of SIPs they may read, so nobody meets a page they may not use.
 */
@Route("")
@Menu(order = 0, title = "platform.menu.start", icon = "vaadin:home")
@PermitAll
class StartView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The list of SIPs a region participant may read (case handling's view; named here by path only). */
    static final String REGION_PARTICIPANT_START = "sip";

    private final CurrentActor currentActor;
    private final List<WorkItemSource> sources;
    private final List<StartPagePanel> panels;
    private final ViewClock clock;

    StartView(CurrentActor currentActor, List<WorkItemSource> sources, List<StartPagePanel> panels, ViewClock clock) {
        this.currentActor = currentActor;
        this.sources = sources;
        this.panels = panels;
        this.clock = clock;
        addClassName("vk-start");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var actor = currentActor.require();
        if (!actor.isStaff() && actor.hasRole(Roles.PROVIDER_STAFF)) {
            event.forwardTo(ProviderLayout.PATH);
        } else if (!actor.isStaff() && actor.hasRole(Roles.CLIENT)) {
            event.forwardTo(PortalLayout.PATH);
        } else if (!actor.isStaff() && actor.hasRole(Roles.REGION_PARTICIPANT)) {
            event.forwardTo(REGION_PARTICIPANT_START);
        } else {
            render(actor);
        }
    }

    private void render(Actor actor) {
        removeAll();
        var heading = new H1(getTranslation("platform.start.welcome", actor.displayName()));
        heading.setId("staff-start-heading");
        add(heading);
        if (!actor.isStaff()) {
            add(new Paragraph(getTranslation("platform.start.no-role")));
            return;
        }
        var roles = Roles.all().stream().filter(actor::hasRole)
                .map(role -> getTranslation(roleKey(role))).collect(Collectors.joining(", "));
        var signedInAs = new Paragraph(getTranslation("platform.start.roles", roles));
        signedInAs.setId("staff-start-roles");
        signedInAs.addClassName("vk-start-roles");
        add(signedInAs);
        var items = new ArrayList<WorkItem>();
        sources.stream().filter(source -> source.appliesTo(actor)).forEach(source -> items.addAll(source.workItems()));
        add(new WorkItemList(items, clock.today()));
        panels.stream().filter(panel -> panel.appliesTo(actor))
                .sorted(Comparator.comparingInt(StartPagePanel::order)).forEach(panel -> add(panel.create()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("platform.start.title");
    }

    /** The text key naming a role; ADR 0019: a whole literal per role, so a new role in the list needs a text. */
    static String roleKey(String role) {
        return switch (role) {
            case Roles.CLIENT -> "platform.role.client";
            case Roles.CASEWORKER -> "platform.role.caseworker";
            case Roles.UNIT_MANAGER -> "platform.role.unit_manager";
            case Roles.ANALYST -> "platform.role.analyst";
            case Roles.PROVIDER_STAFF -> "platform.role.provider_staff";
            case Roles.ADMINISTRATOR -> "platform.role.administrator";
            case Roles.REGION_PARTICIPANT -> "platform.role.region_participant";
            default -> throw new IllegalArgumentException("Unknown role: " + role);
        };
    }
}
