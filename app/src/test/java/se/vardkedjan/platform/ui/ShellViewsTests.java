package se.vardkedjan.platform.ui;

import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinServletRequest;
import com.github.mvysny.fakeservlet.FakeRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import se.vardkedjan.sharedkernel.Roles;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shells and the start page, browserless: who lands where, what the menu offers, and what is refused. The user is
 * signed in the way Spring Security's OIDC login leaves them, with the realm's claims mapped to authorities.
 */
@SpringBootTest
class ShellViewsTests {

    /**
     * Our views are package-private, which Karibu's own discovery (ClassGraph, public classes only) does not see; so
     * discover them the same way but regardless of visibility.
     */
    static final Routes ROUTES = se.vardkedjan.KaribuVaadin.routes();

    @Autowired
    ApplicationContext context;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void startVaadin() {
        se.vardkedjan.KaribuVaadin.useSecurityOf(context);
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(ROUTES, context, MockedUI::new));
        // As for a browser that prefers Swedish (the mock request would otherwise carry the JVM's locale).
        UI.getCurrent().setLocale(java.util.Locale.of("sv"));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCaseworkerLandsOnTheStaffStartPageWithTheirNameAndUnit() {
        signIn("Anna Lindqvist", List.of(Roles.CASEWORKER), List.of("nord-beroende"), List.of());
        UI.getCurrent().navigate("");

        assertThat(_get(H1.class, spec -> spec.withId("staff-start-heading")).getText())
                .isEqualTo("Välkommen, Anna Lindqvist");
        assertThat(menuLabels()).contains("Start", "Ärenden").doesNotContain("Uppdrag", "Uppföljning");
    }

    @Test
    void theMenuIsBuiltOnceForItsShellNotOnEveryNavigation() {
        signIn("Anna Lindqvist", List.of(Roles.CASEWORKER), List.of("nord-beroende"), List.of());
        UI.getCurrent().navigate("arenden");
        var shell = _get(StaffLayout.class);
        var items = menuItems();

        UI.getCurrent().navigate("arenden");

        // the same shell (Vaadin reuses a layout it finds in the chain: it is no proxy, vaadin/flow#16062), with the
        // very same entries: not rebuilt (nor doubled) by the navigation
        assertThat(_get(StaffLayout.class)).isSameAs(shell);
        assertThat(AopUtils.isAopProxy(shell)).isFalse();
        assertThat(menuItems()).hasSameSizeAs(items).zipSatisfy(items, (now, before) -> assertThat(now).isSameAs(before));
        // and a shell made for another page has its menu too
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).contains("Start", "Ärenden").doesNotHaveDuplicates();
    }

    @Test
    void aUnitManagerAlsoSeesFollowUpInTheMenu() {
        signIn("Karin Berg", List.of(Roles.UNIT_MANAGER, Roles.CASEWORKER), List.of("nord-beroende"), List.of());
        UI.getCurrent().navigate("");

        assertThat(menuLabels()).contains("Start", "Ärenden", "Uppföljning");
    }

    @Test
    void providerStaffAreSentOnToTheProviderShell() {
        signIn("Maria Sjöberg", List.of(Roles.PROVIDER_STAFF), List.of(), List.of("solgarden-hvb"));
        UI.getCurrent().navigate("");

        assertThat(_get(H1.class, spec -> spec.withId("provider-start-heading")).getText()).isEqualTo("Uppdrag");
        assertThat(_find(ProviderLayout.class)).hasSize(1);
        assertThat(menuLabels()).containsExactly("Uppdrag", "Inkorg");
    }

    @Test
    void aProviderWithNoReportedDaysIsToldSoInTheFoldedMonthlyPaymentAndShownNoEmptyList() {
        signIn("Maria Sjöberg", List.of(Roles.PROVIDER_STAFF), List.of(), List.of("solgarden-hvb"));
        UI.getCurrent().navigate("");
        var fold = _get(Details.class, spec -> spec.withId("provider-costs"));
        assertThat(_find(Paragraph.class, spec -> spec.withText(
                "Inga rapporterade dagar de senaste tolv månaderna."))).as("read before it was opened").isEmpty();

        fold.setOpened(true);

        assertThat(_find(Paragraph.class, spec -> spec.withText(
                "Inga rapporterade dagar de senaste tolv månaderna."))).hasSize(1);
        assertThat(_find(UnorderedList.class,
                spec -> spec.withId("provider-costs-months"))).isEmpty();
    }

    @Test
    void providerStaffCannotOpenAStaffOnlyViewAndAreToldSoInTheirOwnShell() {
        signIn("Maria Sjöberg", List.of(Roles.PROVIDER_STAFF), List.of(), List.of("solgarden-hvb"));
        UI.getCurrent().navigate("arenden");

        assertThat(_get(H1.class, spec -> spec.withId("access-denied")).getText())
                .isEqualTo("Du har inte behörighet till sidan");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Du har inte behörighet till sidan");
        assertThat(_find(ProviderLayout.class)).hasSize(1);
        assertThat(_find(StaffLayout.class)).isEmpty();
        assertThat(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("vk-logout"))).hasSize(1);
        assertThat(menuLabels()).containsExactly("Uppdrag", "Inkorg");
    }

    @Test
    void aRefusedViewIsRecordedAsASecurityEventWithoutWhatWasTypedIntoTheAddress() {
        var subject = signIn("Maria Sjöberg", List.of(Roles.PROVIDER_STAFF), List.of(), List.of("solgarden-hvb"));
        var before = viewRefusals(subject);

        UI.getCurrent().navigate("arenden");
        UI.getCurrent().navigate("atkomstlogg");
        UI.getCurrent().navigate("sip/198503121234");

        assertThat(viewRefusals(subject)).hasSize(before.size() + 3)
                .endsWith("VIEW arenden ROLE", "VIEW atkomstlogg ROLE", "VIEW sip/* ROLE");
    }

    @Test
    void anAddressThatLeadsNowhereShowsTheNotFoundPageInTheUsersShell() {
        signIn("Anna Lindqvist", List.of(Roles.CASEWORKER), List.of("nord-beroende"), List.of());
        // Through the router, as a page load does (UI.navigate takes an unknown path for a client-side route).
        var ui = UI.getCurrent();
        var status = ui.getInternals().getRouter().navigate(ui, new com.vaadin.flow.router.Location(
                "arenden-som-inte-finns"), com.vaadin.flow.router.NavigationTrigger.PAGE_LOAD);

        assertThat(status).isEqualTo(404);

        assertThat(_get(H1.class, spec -> spec.withId("not-found")).getText()).isEqualTo("Sidan finns inte");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Sidan finns inte");
        assertThat(_find(StaffLayout.class)).hasSize(1);
        assertThat(menuLabels()).contains("Start", "Ärenden");
    }

    /** A page that fails while it is made, as a bug would: registered for this session only, never a real route. */
    @PermitAll
    static class FailingView extends com.vaadin.flow.component.html.Div {
        FailingView() {
            throw new IllegalStateException("Invalid UUID string: 19850412-1234");
        }
    }

    @Test
    void aPageThatFailsUnforeseenShowsAPlainPageWithStatus500InTheUsersShellAndNeverTheException() {
        signIn("Anna Lindqvist", List.of(Roles.CASEWORKER), List.of("nord-beroende"), List.of());
        com.vaadin.flow.router.RouteConfiguration.forSessionScope().setRoute("test-fel", FailingView.class);
        var ui = UI.getCurrent();
        var status = ui.getInternals().getRouter().navigate(ui, new com.vaadin.flow.router.Location("test-fel"),
                com.vaadin.flow.router.NavigationTrigger.PAGE_LOAD);

        assertThat(status).isEqualTo(500);
        assertThat(_get(H1.class, spec -> spec.withId("unexpected-error")).getText()).isEqualTo("Något gick fel");
        assertThat(_find(com.vaadin.flow.router.InternalServerError.class)).isEmpty();
        assertThat(_find(StaffLayout.class)).hasSize(1);
        assertThat(ui.getElement().getTextRecursively()).doesNotContain("UUID", "1234", "Exception");
    }

    @Test
    void anActionThatFailsUnforeseenIsShownAsAPlainNotificationWithoutTheException() {
        signIn("Anna Lindqvist", List.of(Roles.CASEWORKER), List.of("nord-beroende"), List.of());
        UI.getCurrent().navigate("");

        com.vaadin.flow.server.VaadinSession.getCurrent().getErrorHandler().error(
                new com.vaadin.flow.server.ErrorEvent(new IllegalStateException("Invalid UUID string: 19850412-1234")));

        var message = _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("unexpected-error-message"));
        assertThat(message.getText()).startsWith("Något gick fel hos oss.").doesNotContain("UUID", "1234");
    }

    @Test
    void aClientIsSentOnToThePortalAndGreetedByName() {
        signIn("Sara Nilsson", List.of(Roles.CLIENT), List.of(), List.of());
        UI.getCurrent().navigate("");

        assertThat(_get(H1.class, spec -> spec.withId("portal-welcome")).getText()).isEqualTo("Välkommen, Sara Nilsson");
        assertThat(_find(PortalLayout.class)).hasSize(1);
    }

    @Test
    void staffCannotOpenThePortalAsAClient() {
        signIn("Anna Lindqvist", List.of(Roles.CASEWORKER), List.of("nord-beroende"), List.of());
        UI.getCurrent().navigate("portal");

        assertThat(_find(H1.class, spec -> spec.withId("access-denied"))).hasSize(1);
        assertThat(_find(StaffLayout.class)).hasSize(1);
        assertThat(_find(PortalLayout.class)).isEmpty();
    }

    @Test
    void aClientWhoOpensAStaffPathIsToldSoInThePortalShell() {
        signIn("Sara Nilsson", List.of(Roles.CLIENT), List.of(), List.of());
        UI.getCurrent().navigate("arenden");

        assertThat(_find(H1.class, spec -> spec.withId("access-denied"))).hasSize(1);
        assertThat(_find(PortalLayout.class)).hasSize(1);
        assertThat(_find(StaffLayout.class)).isEmpty();
    }

    @Test
    void theStaffShellSpeaksEnglishWhenAskedTo() {
        signIn("Anna Lindqvist", List.of(Roles.CASEWORKER), List.of("nord-beroende"), List.of());
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("");

        assertThat(_get(H1.class, spec -> spec.withId("staff-start-heading")).getText())
                .isEqualTo("Welcome, Anna Lindqvist");
        assertThat(menuLabels()).contains("Home", "Cases");
    }

    @Test
    void providerStaffSeeTheToDoListWithAnHonestEmptyStateAndNoOrganisationCode() {
        signIn("Maria Sjöberg", List.of(Roles.PROVIDER_STAFF), List.of(), List.of("solgarden-hvb"));
        UI.getCurrent().navigate("utforare");

        assertThat(_get(Paragraph.class, spec -> spec.withId("work-items-empty"))
                .getText()).isEqualTo("Inget väntar på dig i dag.");
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("solgarden-hvb");
    }

    @Test
    void anAnalystsStartPageSaysNothingWaitsAndLeadsToFollowUp() {
        signIn("Alva Analys", List.of(Roles.ANALYST), List.of(), List.of());
        UI.getCurrent().navigate("");

        assertThat(_find(Paragraph.class, spec -> spec.withId("work-items-empty")))
                .hasSize(1);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("follow-up-start-link"))
                .getHref()).isEqualTo("uppfoljning");
        assertThat(_find(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("workload"))).isEmpty();
    }

    @Test
    void anAdministratorSeesAccountsWithoutAUnitAndLegalReferencesThatEndSoonEachLinkedToItsPage() {
        var suffix = Integer.toString(java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        jdbc.sql("INSERT INTO organisation.staff_members (username, display_name) VALUES (?, ?)")
                .params("utan.enhet." + suffix, "Ulf Utan Enhet " + suffix).update();
        jdbc.sql("""
                INSERT INTO organisation.legal_references (code, law, chapter, section, title, valid_from, valid_to)
                VALUES (?, 'SoL (2025:400)', '4', '1', 'Bistånd (test)', ?, ?)""")
                .params("TEST-" + suffix, java.time.LocalDate.now().minusYears(1),
                        java.time.LocalDate.now().plusDays(10)).update();
        signIn("Adam Admin", List.of(Roles.ADMINISTRATOR), List.of(), List.of());
        UI.getCurrent().navigate("");

        var links = _find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("vk-work-item"));
        assertThat(links).filteredOn(link -> link.getText().equals("Konto utan enhet – Ulf Utan Enhet " + suffix))
                .singleElement().satisfies(link -> assertThat(link.getHref()).isEqualTo("admin/organisation"));
        assertThat(links).filteredOn(link -> link.getText().equals("Lagrum upphör att gälla"))
                .isNotEmpty().allSatisfy(link -> assertThat(link.getHref()).isEqualTo("admin/lagrum"));
    }

    private List<SideNavItem> menuItems() {
        return _find(SideNav.class).stream().flatMap(nav -> nav.getItems().stream()).toList();
    }

    private List<String> menuLabels() {
        return _find(SideNav.class).stream().flatMap(nav -> nav.getItems().stream()).map(SideNavItem::getLabel)
                .toList();
    }

    private List<String> viewRefusals(String subject) {
        return jdbc.sql("SELECT attempt || ' ' || operation || ' ' || reason FROM accesslog.security_events "
                + "WHERE actor_subject = ? ORDER BY id").param(subject).query(String.class).list();
    }

    /**
     * Signs in as Spring Security's OIDC login would, after {@link se.vardkedjan.platform.security} mapping; returns
     * the Keycloak subject.
     */
    private static String signIn(String name, List<String> roles, List<String> units, List<String> organisations) {
        var token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300), Map.of(
                "sub", "subject-" + name.hashCode(), "name", name, "preferred_username", name,
                "roles", roles, "units", units, "provider_organisations", organisations));
        var authorities = new java.util.ArrayList<org.springframework.security.core.GrantedAuthority>();
        authorities.add(new OidcUserAuthority(token));
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        units.forEach(unit -> authorities.add(new SimpleGrantedAuthority("UNIT_" + unit)));
        organisations.forEach(org -> authorities.add(new SimpleGrantedAuthority("PROVIDER_ORGANISATION_" + org)));
        var user = new DefaultOidcUser(authorities, token);
        var authentication = new OAuth2AuthenticationToken(user, authorities, "staff");
        SecurityContextHolder.getContext().setAuthentication(authentication);

        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
        return token.getSubject();
    }
}
