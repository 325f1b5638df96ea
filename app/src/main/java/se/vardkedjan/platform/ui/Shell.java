package se.vardkedjan.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import se.vardkedjan.sharedkernel.CurrentActor;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * What the staff, provider and portal shells share: a header with the municipality's logo and name, the signed-in
 * user, a language switch and logout; a side menu built from the views' own {@code @Menu} metadata, which Vaadin
 * already filters by the user's access, narrowed to the shell's own paths.
 */
abstract class Shell extends AppLayout implements AfterNavigationObserver {

    static final Locale SWEDISH = Locale.of("sv");
    static final Locale ENGLISH = Locale.ENGLISH;

    private final Predicate<String> ownsPath;
    private final SideNav menu = new SideNav();
    private boolean menuBuilt;

    Shell(String shellClass, String titleKey, Branding branding, CurrentActor currentActor,
          AuthenticationContext authentication, Predicate<String> ownsPath) {
        this.ownsPath = ownsPath;
        addClassNames("vk-shell", shellClass);

        var skipLink = new Anchor("#vk-main", getTranslation("platform.shell.skip-to-content"));
        skipLink.addClassName("vk-skip-link");

        var logo = new Image(branding.logo(), getTranslation("platform.shell.logo-alt", branding.municipalityName()));
        logo.addClassName("vk-logo");
        var municipality = new Span(branding.municipalityName());
        municipality.addClassName("vk-municipality");
        var title = new Span(getTranslation(titleKey));
        title.addClassName("vk-shell-title");
        var brand = new Div(logo, municipality, title);
        brand.addClassName("vk-brand");

        var user = new Span(currentActor.find().map(actor -> actor.displayName()).orElse(""));
        user.addClassName("vk-user");
        user.setId("vk-user-name");
        var language = new Button(getTranslation("platform.shell.switch-language"), click -> switchLanguage());
        language.addClassName("vk-on-brand");
        language.getElement().setAttribute("lang", isSwedish() ? "en" : "sv");
        var logout = new Button(getTranslation("platform.shell.logout"), click -> authentication.logout());
        logout.setId("vk-logout");
        logout.addClassName("vk-on-brand");
        var tools = new HorizontalLayout(user, language, logout);
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        tools.addClassName("vk-tools");

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("platform.shell.toggle-menu"));
        var header = new HorizontalLayout(skipLink, toggle, brand, tools);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("vk-header");
        addToNavbar(header);

        menu.setLabel(getTranslation("platform.shell.menu"));
        addToDrawer(menu);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // The menu is built once per shell: the user's roles (which Vaadin filters the entries by) and the language
        // (a switch reloads the page, so a new shell) stay as they are for the shell's life. Filtering every route by
        // access on every navigation, and sending the rebuilt menu to the browser, was a sixth of the server's time in
        // the load bench (docs/performance.md).
        if (!menuBuilt) {
            menuBuilt = true;
            buildMenu();
        }
        // The content area gets an id so the skip link can reach it.
        var content = getContent();
        if (content != null) {
            content.getElement().setAttribute("id", "vk-main");
            content.getElement().setAttribute("role", "main");
        }
    }

    private void buildMenu() {
        MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> ownsPath.test(normalised(entry.path())))
                .map(this::toItem)
                .forEach(menu::addItem);
    }

    private SideNavItem toItem(MenuEntry entry) {
        var item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null && entry.icon().contains(":")) {
            var parts = entry.icon().split(":", 2);
            item.setPrefixComponent(new Icon(parts[0], parts[1]));
        }
        return item;
    }

    /** Whether a route path (without leading slash) is the given path or below it. */
    static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    static String normalised(String path) {
        return path == null ? "" : path.replaceAll("^/+", "");
    }

    private boolean isSwedish() {
        return !ENGLISH.getLanguage().equals(getLocale().getLanguage());
    }

    private void switchLanguage() {
        var next = isSwedish() ? ENGLISH : SWEDISH;
        VaadinSession.getCurrent().setLocale(next);
        UI.getCurrent().setLocale(next);
        UI.getCurrent().getPage().reload();
    }
}
