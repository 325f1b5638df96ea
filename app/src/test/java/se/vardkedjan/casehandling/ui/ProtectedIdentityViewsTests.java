package se.vardkedjan.casehandling.ui;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import se.vardkedjan.KaribuVaadin;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.RegisterIntake;
import se.vardkedjan.casehandling.RegisterPerson;
import se.vardkedjan.casehandling.readmodel.ProtectedCaseStaffing;
import se.vardkedjan.organisation.StaffMember;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The views of protected identity, browserless against the real facades and PostgreSQL: what search and intake tell a
 * caseworker who is not named, the unit manager's work list "Skyddade ärenden", and the protection view.
 */
@SpringBootTest
class ProtectedIdentityViewsTests {

    private static final String UNIT = "pi-nord";

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonRegister register;
    @Autowired
    CaseHandling caseHandling;

    @BeforeEach
    void startVaadin() {
        jdbc.sql("INSERT INTO organisation.districts (code, name) VALUES ('pi-d', 'Norr') ON CONFLICT DO NOTHING")
                .update();
        jdbc.sql("INSERT INTO organisation.units (code, district_code, name) VALUES ('pi-nord', 'pi-d', "
                + "'Skyddsenheten') ON CONFLICT DO NOTHING").update();
        KaribuVaadin.useSecurityOf(context);
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(KaribuVaadin.routes(), context, MockedUI::new));
        UI.getCurrent().setLocale(Locale.of("sv"));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void searchTellsAnUnnamedCaseworkerOnlyThatAProtectedPersonMatchedAndWhomToAskAndTheIntakeStaysOnThePage() {
        var chef = logIn("Karin Skyddschef", Roles.UNIT_MANAGER, Roles.CASEWORKER);
        var number = KaribuVaadin.personalNumber();
        var protectedPerson = protectedPersonWithCase(number, "Dolores", "Dold");
        logIn("Nils Nyfiken", Roles.CASEWORKER);
        UI.getCurrent().navigate("arenden/ny");

        search(number.substring(0, 8));
        var results = text(_get(Component.class, spec -> spec.withId("person-search-results")));
        assertThat(results).contains("En person med skyddade personuppgifter matchade sökningen", "Karin Skyddschef")
                .doesNotContain("Dolores", "Dold", number.substring(8));
        assertThat(_find(Button.class, spec -> spec.withId("person-choose-protected"))).as("not by a birth date")
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("person-choose-" + protectedPerson.value()))).isEmpty();

        search(number);
        _click(_get(Button.class, spec -> spec.withId("person-choose-protected")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("intake-person")).getText())
                .isEqualTo("Person: En person med skyddade personuppgifter");
        assertThat(_find(Div.class, spec -> spec.withId("intake-duplicate-warning"))).as("no cases told of")
                .isEmpty();
        _setValue(_get(TextArea.class, spec -> spec.withId("intake-description")), "Polisanmälan om oro.");
        _click(_get(Button.class, spec -> spec.withId("intake-save")));

        var confirmation = text(_get(Div.class, spec -> spec.withId("intake-registered-protected")));
        assertThat(confirmation).contains("Aktualiseringen är registrerad", "när en enhetschef har gett dig behörighet",
                "Karin Skyddschef");
        assertThat(_find(H1.class, spec -> spec.withId("case-heading"))).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM casehandling.cases WHERE person_id = ?")
                .param(protectedPerson.value()).query(Integer.class).single()).isEqualTo(2);
        assertThat(chef).isNotBlank();
    }

    @Test
    void theSearchSaysWhenThereAreMoreHitsThanItShows() {
        logIn("Sara Sökare", Roles.CASEWORKER);
        var family = "Mångsdotter" + ThreadLocalRandom.current().ints(6, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        for (var i = 0; i <= PersonRegister.SEARCH_LIMIT; i++) {
            register.register(new RegisterPerson(KaribuVaadin.personalNumber(), null, null, "Anna", family, null,
                    null, null, null, null, ProtectionLevel.NONE));
        }
        UI.getCurrent().navigate("arenden/ny");

        search(family);

        assertThat(_get(Paragraph.class, spec -> spec.withId("person-search-more")).getText())
                .startsWith("Fler än 25 personer matchade").contains("hela personnumret");
    }

    @Test
    void theUnitManagersWorkListNamesStaffWithoutShowingPersonalDataAndTheManagerStillCannotOpenTheCase() {
        var number = KaribuVaadin.personalNumber();
        logIn("Rita Registrerar", Roles.CASEWORKER);
        var person = protectedPersonWithCase(number, "Dolores", "Dold");
        var caseId = jdbc.sql("SELECT id FROM casehandling.cases WHERE person_id = ?").param(person.value())
                .query(java.util.UUID.class).single();
        var reference = caseId.toString().substring(0, 8);
        var colleague = staff("Nora Namngiven");
        var chef = logIn("Karin Skyddschef", Roles.UNIT_MANAGER, Roles.CASEWORKER);
        UI.getCurrent().navigate("skyddade-arenden");

        var grid = workList();
        var row = rowOf(grid, reference);
        assertThat(GridKt._getFormatted(grid, row, "unit")).isEqualTo("Skyddsenheten");
        assertThat(GridKt._getFormatted(grid, row, "registered-by")).isEqualTo("Rita Registrerar");
        assertThat(text(GridKt._getCellComponent(grid, row, "named"))).contains("Utan namngiven personal");
        assertThat(IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).toString()).toList())
                .noneMatch(line -> line.contains("Dolores") || line.contains(number.substring(2, 8)));

        _click(_get(GridKt._getCellComponent(grid, row, "actions"), Button.class,
                spec -> spec.withId("protected-name-" + reference)));
        @SuppressWarnings("unchecked")
        ComboBox<StaffMember> staff = _get(ComboBox.class, spec -> spec.withId("protected-name-staff"));
        assertThat(ComboBoxKt.getSuggestions(staff)).contains("Nora Namngiven (" + colleague + ")")
                .noneMatch(label -> label.contains(chef));
        _click(_get(Button.class, spec -> spec.withId("protected-name-save")));
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("problem-message")))
                .as("nobody chosen").isNotEmpty();
        ComboBoxKt.selectByLabel(staff, "Nora Namngiven (" + colleague + ")");
        _setValue(_get(TextArea.class, spec -> spec.withId("protected-name-reason")), "Ansvarig för utredningen.");
        _click(_get(Button.class, spec -> spec.withId("protected-name-save")));

        var updated = workList();
        assertThat(text(GridKt._getCellComponent(updated, rowOf(updated, reference), "named")))
                .contains("Nora Namngiven (har inte loggat in ännu)");
        _click(_get(GridKt._getCellComponent(updated, rowOf(updated, reference), "actions"), Button.class,
                spec -> spec.withId("protected-history-" + reference)));
        assertThat(text(_get(Component.class, spec -> spec.withId("protected-history"))))
                .contains("Karin Skyddschef namngav Nora Namngiven", "Skäl: Ansvarig för utredningen.");

        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(new CaseId(caseId)));
        assertThat(_find(H1.class, spec -> spec.withId("case-not-found"))).as("the manager is not named").hasSize(1);

        KaribuVaadin.logIn(context, colleague, "Nora Namngiven", List.of(Roles.CASEWORKER), List.of(UNIT));
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(new CaseId(caseId)));
        assertThat(_get(H1.class, spec -> spec.withId("case-heading")).getText()).isEqualTo("Dolores Dold");
        assertThat(_get(Paragraph.class, spec -> spec.withId("named-current")).getText()).contains("Nora Namngiven");
    }

    @Test
    void aCaseworkerHasNeitherProtectedViewInTheMenuNorCanOpenThem() {
        logIn("Nils Nyfiken", Roles.CASEWORKER);
        UI.getCurrent().navigate("arenden");
        assertThat(menuLabels()).contains("Ärenden").doesNotContain("Skyddade ärenden", "Skyddade personuppgifter");
        UI.getCurrent().navigate("skyddade-arenden");
        assertThat(_find(H1.class, spec -> spec.withId("access-denied"))).hasSize(1);
        UI.getCurrent().navigate("skydd");
        assertThat(_find(H1.class, spec -> spec.withId("access-denied"))).hasSize(1);

        logIn("Karin Skyddschef", Roles.UNIT_MANAGER, Roles.CASEWORKER);
        UI.getCurrent().navigate("arenden");
        assertThat(menuLabels()).contains("Skyddade ärenden", "Skyddade personuppgifter");
    }

    @Test
    void liftingProtectionInTheProtectionViewWaitsForAnotherManagerWhoApprovesIt() {
        var number = KaribuVaadin.personalNumber();
        logIn("Rita Registrerar", Roles.CASEWORKER);
        var person = protectedPersonWithCase(number, "Dolores", "Dold");
        logIn("Karin Skyddschef", Roles.UNIT_MANAGER, Roles.CASEWORKER);
        UI.getCurrent().navigate("skydd");

        _setValue(_get(TextField.class, spec -> spec.withId("protection-number")), number);
        _click(_get(Button.class, spec -> spec.withId("protection-find")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("protection-level")).getText())
                .isEqualTo("Skydd: Skyddad folkbokföring");
        assertThat(text(_get(Div.class, spec -> spec.withId("protection-status")))).doesNotContain("Dolores", "Dold");
        @SuppressWarnings("unchecked")
        ComboBox<ProtectionLevel> level = _get(ComboBox.class, spec -> spec.withId("protection-propose-level"));
        _setValue(level, ProtectionLevel.NONE);
        _setValue(_get(TextArea.class, spec -> spec.withId("protection-propose-reason")),
                "Skatteverket har tagit bort skyddet.");
        _click(_get(Button.class, spec -> spec.withId("protection-propose")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("protection-waiting")).getText())
                .contains("Skyddad folkbokföring", "Inga skyddade personuppgifter");
        assertThat(text(_get(Div.class, spec -> spec.withId("protection-pending")))).contains("Ditt förslag");
        assertThat(protection(person)).isEqualTo("PROTECTED_REGISTRATION");

        logIn("Kim Biträdande", Roles.UNIT_MANAGER, Roles.CASEWORKER);
        UI.getCurrent().navigate("skydd");
        var proposal = jdbc.sql("SELECT id FROM casehandling.protection_proposals WHERE person_id = ?")
                .param(person.value()).query(java.util.UUID.class).single().toString().substring(0, 8);
        _click(_get(Button.class, spec -> spec.withId("protection-approve-" + proposal)));

        assertThat(protection(person)).isEqualTo("NONE");
    }

    @Test
    void raisingProtectionInTheProtectionViewTakesEffectAtOnce() {
        var number = KaribuVaadin.personalNumber();
        logIn("Rita Registrerar", Roles.CASEWORKER);
        var person = register.register(new RegisterPerson(number, null, null, "Öppen", "Öppensson", null, null,
                null, null, null, ProtectionLevel.NONE));
        caseHandling.registerIntake(new RegisterIntake(person, new se.vardkedjan.sharedkernel.UnitCode(UNIT),
                IntakeKind.APPLICATION, LocalDate.now(), "Ansöker.", null, null, null, false, null, true));
        logIn("Karin Skyddschef", Roles.UNIT_MANAGER, Roles.CASEWORKER);
        UI.getCurrent().navigate("skydd");

        _setValue(_get(TextField.class, spec -> spec.withId("protection-number")), number);
        _click(_get(Button.class, spec -> spec.withId("protection-find")));
        @SuppressWarnings("unchecked")
        ComboBox<ProtectionLevel> level = _get(ComboBox.class, spec -> spec.withId("protection-raise-level"));
        _setValue(level, ProtectionLevel.CONFIDENTIALITY_MARKING);
        _click(_get(Button.class, spec -> spec.withId("protection-raise")));

        assertThat(protection(person)).isEqualTo("CONFIDENTIALITY_MARKING");
        assertThat(_get(Paragraph.class, spec -> spec.withId("protection-level")).getText())
                .isEqualTo("Skydd: Sekretessmarkering");
    }

    private PersonId protectedPersonWithCase(String number, String given, String family) {
        var person = register.register(new RegisterPerson(number, null, null, given, family, null, null,
                "Hemliga vägen 1", "111 11", "Ort", ProtectionLevel.PROTECTED_REGISTRATION));
        caseHandling.registerIntake(new RegisterIntake(person, new se.vardkedjan.sharedkernel.UnitCode(UNIT),
                IntakeKind.REPORT, LocalDate.now(), "Anmälan från polisen.", null, "Polisen",
                se.vardkedjan.casehandling.ReportingAuthority.POLICE, false, null, true));
        return person;
    }

    /** Signs a new staff member of the unit in (they are in the organisation register); their username. */
    private String logIn(String name, String... roles) {
        var username = staff(name);
        KaribuVaadin.logIn(context, username, name, List.of(roles), List.of(UNIT));
        return username;
    }

    /** A new staff member of the unit in the organisation register; their username. */
    private String staff(String name) {
        var username = "pi" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        jdbc.sql("INSERT INTO organisation.staff_members (username, display_name) VALUES (?, ?)")
                .params(username, name).update();
        jdbc.sql("INSERT INTO organisation.staff_units (username, unit_code) VALUES (?, ?)")
                .params(username, UNIT).update();
        return username;
    }

    private String protection(PersonId person) {
        return jdbc.sql("SELECT protection FROM casehandling.persons WHERE id = ?").param(person.value())
                .query(String.class).single();
    }

    private static void search(String term) {
        _setValue(_get(TextField.class, spec -> spec.withId("person-search-term")), term);
        _click(_get(Button.class, spec -> spec.withId("person-search")));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ProtectedCaseStaffing> workList() {
        return _get(Grid.class, spec -> spec.withId("protected-cases"));
    }

    private static int rowOf(Grid<ProtectedCaseStaffing> grid, String reference) {
        return IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).reference().equals(reference))
                .findFirst().orElseThrow();
    }

    private static List<String> menuLabels() {
        return _find(SideNav.class).stream().flatMap(nav -> nav.getItems().stream()).map(SideNavItem::getLabel)
                .toList();
    }

    /** The text of a component and everything inside it. */
    private static String text(Component component) {
        var own = component.getElement().getText();
        var children = component.getElement().getChildren()
                .map(child -> child.getComponent().map(ProtectedIdentityViewsTests::text).orElse(child.getText()))
                .reduce("", (a, b) -> a + " " + b);
        return (own + " " + children).strip();
    }
}
