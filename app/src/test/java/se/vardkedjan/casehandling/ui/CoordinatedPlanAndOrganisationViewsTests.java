package se.vardkedjan.casehandling.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import se.vardkedjan.KaribuVaadin;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.ConsentForm;
import se.vardkedjan.casehandling.CoordinatedPlanId;
import se.vardkedjan.casehandling.CoordinatedPlans;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.ParticipantKind;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.RegisterIntake;
import se.vardkedjan.casehandling.RegisterPerson;
import se.vardkedjan.casehandling.readmodel.CoordinatedPlanSummary;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SIP tab on the case page and the region participant's SIP views, browserless against the real app and
 * database (the administrator's organisation page is the organisation's, OrganisationAdminViewTests).
 */
@SpringBootTest
class CoordinatedPlanAndOrganisationViewsTests {

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    /** Our views are package-private, which Karibu's own discovery misses; so find them regardless of visibility. */
    private static final Routes ROUTES = se.vardkedjan.KaribuVaadin.routes();

    @Autowired
    ApplicationContext context;
    @Autowired
    PersonRegister register;
    @Autowired
    CaseHandling caseHandling;
    @Autowired
    CoordinatedPlans plans;
    @Autowired
    CoordinatedPlanSection section;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void startVaadin() {
        // The demo caseworker as the organisation register names them (the seed file may have put them there).
        jdbc.sql("INSERT INTO organisation.staff_members (username, display_name) VALUES ('handlaggare', "
                + "'Anna Lindqvist') ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name")
                .update();
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
    void aCaseworkerRecordsConsentCreatesTheSipAndAddsARegionParticipant() {
        signIn("handlaggare", List.of(Roles.CASEWORKER), List.of("nord-beroende"));
        var caseId = caseInNorth("Stina");
        UI.getCurrent().add(section.create(caseId));

        _get(Select.class, spec -> spec.withId("sip-consent-form")).setValue(ConsentForm.WRITTEN);
        _click(_get(Button.class, spec -> spec.withId("sip-create")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("sip-status")).getText()).contains("utkast");
        assertThat(_get(Paragraph.class, spec -> spec.withId("sip-consent")).getText())
                .contains("skriftligt", "registrerat av Anna Lindqvist").doesNotContain("handlaggare");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("sip-history")).getElement().getTextRecursively())
                .contains("(Anna Lindqvist)");

        _get(Select.class, spec -> spec.withId("sip-participant-kind")).setValue(ParticipantKind.REGION);
        _get(TextField.class, spec -> spec.withId("sip-participant-name")).setValue("Anna Läkare");
        _get(TextField.class, spec -> spec.withId("sip-participant-organisation")).setValue("Region Exempel");
        _get(TextField.class, spec -> spec.withId("sip-participant-unit")).setValue("Beroendemottagningen");
        _get(TextField.class, spec -> spec.withId("sip-participant-role")).setValue("läkare");
        _get(TextField.class, spec -> spec.withId("sip-participant-account")).setValue("region.lakare");
        _click(_get(Button.class, spec -> spec.withId("sip-add-participant")));

        assertThat(_get(UnorderedList.class, spec -> spec.withId("sip-participants")).getElement().getTextRecursively())
                .contains("Anna Läkare, Region Exempel, Beroendemottagningen, läkare");
        assertThat(section.timeline(caseId)).anySatisfy(entry ->
                assertThat(entry.titleKey()).isEqualTo("casehandling.sip.timeline.created"));
    }

    @Test
    void municipalParticipantsAndTheCoordinatorAreNamedAsTheOrganisationRegisterDoesOrByUsername() {
        signIn("handlaggare", List.of(Roles.CASEWORKER), List.of("nord-beroende"));
        var caseId = caseInNorth("Siv");
        UI.getCurrent().add(section.create(caseId));
        _get(Select.class, spec -> spec.withId("sip-consent-form")).setValue(ConsentForm.ORAL);
        _click(_get(Button.class, spec -> spec.withId("sip-create")));

        addMunicipalParticipant("handlaggare", "socialsekreterare");
        addMunicipalParticipant("har.slutat", "boendestödjare");
        var self = plans.plan(plans.ofCase(caseId).getFirst().id()).participants().getFirst();
        @SuppressWarnings("unchecked")
        Select<se.vardkedjan.casehandling.readmodel.CoordinatedPlanDetails.Participant> coordinator =
                _get(Select.class, spec -> spec.withId("sip-coordinator-choice"));
        assertThat(coordinator.getItemLabelGenerator().apply(self)).isEqualTo("Anna Lindqvist (Kommunen)");
        coordinator.setValue(self);
        _click(_get(Button.class, spec -> spec.withId("sip-appoint-coordinator")));

        assertThat(_get(UnorderedList.class, spec -> spec.withId("sip-participants")).getElement().getTextRecursively())
                .contains("Kommunen: Anna Lindqvist, socialsekreterare – samordnare")
                .as("not in the organisation register: shown by username")
                .contains("Kommunen: har.slutat, boendestödjare");
    }

    private static void addMunicipalParticipant(String staffUsername, String role) {
        _get(Select.class, spec -> spec.withId("sip-participant-kind")).setValue(ParticipantKind.MUNICIPALITY);
        _get(TextField.class, spec -> spec.withId("sip-participant-staff")).setValue(staffUsername);
        _get(TextField.class, spec -> spec.withId("sip-participant-role")).setValue(role);
        _click(_get(Button.class, spec -> spec.withId("sip-add-participant")));
    }

    @Test
    void aSipDatedBeforeTheConsentIsRefusedAtItsDateAndNoPlanIsCreated() {
        signIn("handlaggare", List.of(Roles.CASEWORKER), List.of("nord-beroende"));
        var caseId = caseInNorth("Vera");
        UI.getCurrent().add(section.create(caseId));
        _get(Select.class, spec -> spec.withId("sip-consent-form")).setValue(ConsentForm.WRITTEN);
        var planDate = _get(DatePicker.class, spec -> spec.withId("sip-plan-date"));
        planDate.setValue(LocalDate.now().minusDays(3));

        _click(_get(Button.class, spec -> spec.withId("sip-create")));

        assertThat(planDate.isInvalid()).isTrue();
        assertThat(InvestigationAndDecisionSectionsTests.summary("sip-create"))
                .containsExactly(planDate.getErrorMessage());
        assertThat(_get(DatePicker.class, spec -> spec.withId("sip-consent-given-on")).isInvalid()).isFalse();
        assertThat(InvestigationAndDecisionSectionsTests.toasts()).isEmpty();
        assertThat(plans.ofCase(caseId)).isEmpty();
    }

    @Test
    void aParticipantsAccountWithMarkupIsRefusedAtTheAccountAndNobodyIsAdded() {
        signIn("handlaggare", List.of(Roles.CASEWORKER), List.of("nord-beroende"));
        var caseId = caseInNorth("Lisa");
        var plan = plans.create(caseId, LocalDate.now(), ConsentForm.ORAL, LocalDate.now());
        var before = plans.plan(plan).currentParticipants();
        UI.getCurrent().add(section.create(caseId));
        _get(Select.class, spec -> spec.withId("sip-participant-kind")).setValue(ParticipantKind.REGION);
        _get(TextField.class, spec -> spec.withId("sip-participant-name")).setValue("Anna Läkare");
        _get(TextField.class, spec -> spec.withId("sip-participant-organisation")).setValue("Region Norr");
        _get(TextField.class, spec -> spec.withId("sip-participant-role")).setValue("Läkare");
        var account = _get(TextField.class, spec -> spec.withId("sip-participant-account"));
        account.setValue("<img src=x onerror=alert(1)>");

        _click(_get(Button.class, spec -> spec.withId("sip-add-participant")));

        assertThat(account.isInvalid()).isTrue();
        assertThat(InvestigationAndDecisionSectionsTests.summary("sip-participant"))
                .containsExactly(account.getErrorMessage());
        assertThat(account.getValue()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(plans.plan(plan).currentParticipants()).isEqualTo(before);
    }

    @Test
    void aRelativeTheClientObjectsToIsRefusedWithAClearMessage() {
        signIn("handlaggare", List.of(Roles.CASEWORKER), List.of("nord-beroende"));
        var caseId = caseInNorth("Rut");
        plans.create(caseId, LocalDate.now(), ConsentForm.ORAL, LocalDate.now());
        UI.getCurrent().add(section.create(caseId));

        _get(Select.class, spec -> spec.withId("sip-participant-kind")).setValue(ParticipantKind.RELATIVE);
        _get(TextField.class, spec -> spec.withId("sip-participant-name")).setValue("Eva Ek");
        _get(TextField.class, spec -> spec.withId("sip-participant-role")).setValue("syster");
        assertThat(_get(Checkbox.class, spec -> spec.withId("sip-participant-no-objection")).getValue()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("sip-add-participant")));

        assertThat(InvestigationAndDecisionSectionsTests.summary("sip-participant")).singleElement().asString()
                .contains("bara delta om klienten inte motsätter sig");
        assertThat(_get(TextField.class, spec -> spec.withId("sip-participant-name")).getValue()).isEqualTo("Eva Ek");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("sip-participants")).getChildren()).isEmpty();
    }

    @Test
    void aFollowUpDateBeforeTheSipIsRefusedAndConsentCanBeWithdrawn() {
        signIn("handlaggare", List.of(Roles.CASEWORKER), List.of("nord-beroende"));
        var caseId = caseInNorth("Maj");
        plans.create(caseId, LocalDate.now(), ConsentForm.ORAL, LocalDate.now());
        UI.getCurrent().add(section.create(caseId));

        _get(DatePicker.class, spec -> spec.withId("sip-follow-up-date")).setValue(LocalDate.now().minusDays(1));
        _click(_get(Button.class, spec -> spec.withId("sip-schedule-follow-up")));
        assertThat(InvestigationAndDecisionSectionsTests.summary("sip-overview")).singleElement().asString()
                .contains("Uppföljningsdatum måste vara efter");
        assertThat(_get(DatePicker.class, spec -> spec.withId("sip-follow-up-date")).isInvalid()).isTrue();

        _click(_get(Button.class, spec -> spec.withId("sip-withdraw-consent")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("sip-consent-withdrawn")).getText())
                .contains("återkallades");
        assertThat(_find(Button.class, spec -> spec.withId("sip-add-participant"))).isEmpty();
    }

    @Test
    void aRegionParticipantReadsTheirSipButNotAnother() {
        var account = "region.ui" + ACCOUNTS.incrementAndGet();
        signIn("handlaggare", List.of(Roles.CASEWORKER), List.of("nord-beroende"));
        var id = planWithRegionParticipant(caseInNorth("Greta"), account);
        planWithRegionParticipant(caseInNorth("Hedda"), "region.other" + ACCOUNTS.incrementAndGet());

        signIn(account, List.of(Roles.REGION_PARTICIPANT), List.of());
        UI.getCurrent().navigate("sip");
        @SuppressWarnings("unchecked")
        Grid<CoordinatedPlanSummary> list = _get(Grid.class, spec -> spec.withId("sip-list"));
        assertThat(GridKt._size(list)).as("only the plan they take part in").isEqualTo(1);
        assertThat(((RouterLink) GridKt._getCellComponent(list, 0, "client")).getText()).isEqualTo("Greta Test");
        assertThat(GridKt._getFormatted(list, 0, "unit")).isEqualTo("Beroendeenheten Nord");
        assertThat(list.getColumns()).allMatch(Grid.Column::isSortable);

        GridKt._clickItem(list, 0);
        assertThat(_get(H2.class).getText()).isEqualTo("Greta Test");
        UI.getCurrent().navigate("sip/" + id.value());
        assertThat(_get(H2.class).getText()).isEqualTo("Greta Test");
        var details = _get(se.vardkedjan.casehandling.ui.CoordinatedPlanReadOnly.class).getElement().getTextRecursively();
        assertThat(details).contains("Region Exempel").doesNotContain("Storgatan", "123 45");
        assertThat(_find(Button.class)).extracting(Button::getText).doesNotContain("Skapa SIP", "Lägg till deltagare");

        UI.getCurrent().navigate("sip/" + UUID.randomUUID());
        assertThat(_get(Paragraph.class, spec -> spec.withId("sip-denied")).getText()).contains("inte behörighet");
    }

    @Test
    void aCaseworkerCannotOpenTheRegionView() {
        signIn("handlaggare", List.of(Roles.CASEWORKER), List.of("nord-beroende"));
        UI.getCurrent().navigate("sip");
        assertThat(_find(H1.class, spec -> spec.withId("access-denied"))).hasSize(1);
    }

    private CaseId caseInNorth(String givenName) {
        var person = register.register(new RegisterPerson(se.vardkedjan.KaribuVaadin.personalNumber(), null, null, givenName, "Test", null, null,
                "Storgatan 1", "123 45", "Exempelstad", ProtectionLevel.NONE));
        return caseHandling.registerIntake(new RegisterIntake(person, new UnitCode("nord-beroende"),
                IntakeKind.APPLICATION, LocalDate.now().minusDays(1), "Ansöker om stöd.", null, null, null, false,
                null, true)).caseId();
    }

    private CoordinatedPlanId planWithRegionParticipant(CaseId caseId, String account) {
        var id = plans.create(caseId, LocalDate.now(), ConsentForm.WRITTEN, LocalDate.now());
        plans.addParticipant(id, 0, se.vardkedjan.casehandling.NewParticipant.region("Anna Läkare",
                "Region Exempel", "Beroendemottagningen", "läkare", account));
        return id;
    }

    /** Signs in as Spring Security's OIDC login would, after the realm's claims are mapped to authorities. */
    private void signIn(String username, List<String> roles, List<String> units) {
        KaribuVaadin.logIn(context, username, username, roles, units);
    }
}
