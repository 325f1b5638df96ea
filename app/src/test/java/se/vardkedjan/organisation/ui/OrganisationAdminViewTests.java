package se.vardkedjan.organisation.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import se.vardkedjan.KaribuVaadin;
import se.vardkedjan.organisation.OrganisationUnit;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's organisation page, browserless against the real app and database: a file loaded whole or not
 * at all, a unit added, renamed and deactivated, and the page closed to caseworkers.
 */
@SpringBootTest
class OrganisationAdminViewTests {

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    /** Our views are package-private, which Karibu's own discovery misses; so find them regardless of visibility. */
    private static final Routes ROUTES = se.vardkedjan.KaribuVaadin.routes();

    @Autowired
    ApplicationContext context;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(ROUTES, context, MockedUI::new));
        UI.getCurrent().setLocale(Locale.of("sv"));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        context.getBeansOfType(SecurityContextHolderStrategy.class).values()
                .forEach(SecurityContextHolderStrategy::clearContext);
    }

    @Test
    void anAdministratorLoadsAnOrganisationFileWholeOrNotAtAll() {
        signIn("administrator", List.of(Roles.ADMINISTRATOR), List.of());
        UI.getCurrent().navigate("admin/organisation");
        var view = _get(OrganisationAdminView.class);

        // Line 3 is wrong: the valid district and unit before it are not stored either, nor the staff after it.
        var n = ACCOUNTS.incrementAndGet();
        view.importFile(stream("district;ui-fil-" + n + ";UI-distrikt\nunit;ui-fil-enhet-" + n + ";ui-fil-" + n
                + ";UI-enhet\nunit;ui-fil-trasig-" + n + ";ui-okand;Trasig\nstaff;ui.fil" + n
                + ";UI Handläggare;;ui-fil-enhet-" + n + "\n"));
        assertThat(_get(Span.class, spec -> spec.withId("problem-message")).getText())
                .isEqualTo("Rad 3: okänt distrikt (ui-okand). Ingenting sparades.");
        assertThat(unitCodes()).doesNotContain("ui-fil-enhet-" + n, "ui-fil-trasig-" + n);
        assertThat(jdbc.sql("SELECT count(*) FROM organisation.districts WHERE code = ?").param("ui-fil-" + n)
                .query(Long.class).single()).as("the valid district of line 1").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM organisation.staff_members WHERE username = ?")
                .param("ui.fil" + n).query(Long.class).single()).as("the staff line after the error").isZero();

        view.importFile(stream("district;ui-fil-" + n + ";UI-distrikt\nunit;ui-fil-enhet-" + n + ";ui-fil-" + n
                + ";UI-enhet\nstaff;ui.fil" + n + ";UI Handläggare;;ui-fil-enhet-" + n + "\n"));
        assertThat(unitCodes()).contains("ui-fil-enhet-" + n, "nord-beroende", "syd-beroende");
        assertThat(jdbc.sql("SELECT count(*) FROM organisation.staff_units WHERE username = ? AND unit_code = ?")
                .params("ui.fil" + n, "ui-fil-enhet-" + n).query(Long.class).single()).isOne();
    }

    @Test
    void anAdministratorRenamesAndDeactivatesAUnit() {
        signIn("administrator", List.of(Roles.ADMINISTRATOR), List.of());
        UI.getCurrent().navigate("admin/organisation");
        var suffix = ACCOUNTS.incrementAndGet();

        _get(TextField.class, spec -> spec.withId("organisation-unit-code")).setValue("ui-ny-" + suffix);
        @SuppressWarnings("unchecked")
        Select<Object> district = _get(Select.class, spec -> spec.withId("organisation-unit-district"));
        district.setValue(district.getListDataView().getItems().findFirst().orElseThrow());
        _get(TextField.class, spec -> spec.withId("organisation-unit-name")).setValue("Ny enhet");
        _click(_get(Button.class, spec -> spec.withId("organisation-add-unit")));

        @SuppressWarnings("unchecked")
        Select<OrganisationUnit> choice = _get(Select.class, spec -> spec.withId("organisation-unit-choice"));
        choice.setValue(choice.getListDataView().getItems()
                .filter(u -> u.code().equals(new UnitCode("ui-ny-" + suffix))).findFirst().orElseThrow());
        _get(TextField.class, spec -> spec.withId("organisation-unit-new-name")).setValue("Omdöpt enhet");
        _click(_get(Button.class, spec -> spec.withId("organisation-rename-unit")));

        @SuppressWarnings("unchecked")
        Select<OrganisationUnit> again = _get(Select.class, spec -> spec.withId("organisation-unit-choice"));
        again.setValue(again.getListDataView().getItems()
                .filter(u -> u.code().equals(new UnitCode("ui-ny-" + suffix))).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("organisation-deactivate-unit")));

        assertThat(units()).filteredOn(u -> u.code().value().equals("ui-ny-" + suffix)).singleElement()
                .satisfies(u -> {
                    assertThat(u.name()).isEqualTo("Omdöpt enhet");
                    assertThat(u.active()).isFalse();
                });
    }

    @Test
    void aCaseworkerCannotOpenTheOrganisationAdministration() {
        signIn("handlaggare", List.of(Roles.CASEWORKER), List.of("nord-beroende"));
        UI.getCurrent().navigate("admin/organisation");
        assertThat(_find(H1.class, spec -> spec.withId("access-denied"))).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static List<OrganisationUnit> units() {
        Grid<OrganisationUnit> grid = _get(Grid.class, spec -> spec.withId("organisation-units"));
        return grid.getListDataView().getItems().toList();
    }

    private static List<String> unitCodes() {
        return units().stream().map(u -> u.code().value()).toList();
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Signs in as Spring Security's OIDC login would, after the realm's claims are mapped to authorities. */
    private void signIn(String username, List<String> roles, List<String> units) {
        KaribuVaadin.logIn(context, username, username, roles, units);
    }
}
