package se.vardkedjan.citizenportal.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import se.vardkedjan.KaribuVaadin;
import se.vardkedjan.casehandling.CarePlanId;
import se.vardkedjan.casehandling.CarePlans;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.PreliminaryOutcome;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.RegisterIntake;
import se.vardkedjan.casehandling.RegisterPerson;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What the citizen portal's browserless page tests share (ADR 0028): the app's context with the real facades and
 * PostgreSQL, a mock Vaadin UI in Swedish with the app's routes for each test (no one signed in; a test signs in a
 * client through {@link KaribuVaadin#logInClient}, as BankID would), and a way to make a unit of the test's own with
 * Hanna Handläggare as its caseworker.
 */
@SpringBootTest
abstract class PortalUiTestSupport {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonRegister register;
    @Autowired
    CaseHandling caseHandling;
    @Autowired
    CaseRows cases;
    @Autowired
    CarePlans carePlans;

    /** The test's own unit, once {@link #newUnitWithCaseworker} made it. */
    String unit;

    @BeforeEach
    void startVaadin() {
        beforeVaadin();
        KaribuVaadin.useSecurityOf(context);
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(KaribuVaadin.routes(), context, MockedUI::new));
        UI.getCurrent().setLocale(Locale.of("sv"));
    }

    /**
     * What a test class must make before the mock UI starts, nothing unless overridden: the bad-input fixture, for
     * one, starts and stops a mock UI of its own the first time it is made.
     */
    void beforeVaadin() {
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * A new unit of the name in district {@code portal-d}, its code the prefix and eight random characters, with
     * Hanna Handläggare ({@link #caseworker()}) on its staff; returns its code.
     */
    String newUnitWithCaseworker(String codePrefix, String name) {
        unit = codePrefix + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO organisation.districts (code, name) VALUES ('portal-d', 'Portaldistrikt') "
                + "ON CONFLICT DO NOTHING").update();
        jdbc.sql("INSERT INTO organisation.units (code, district_code, name) VALUES (?, 'portal-d', ?)")
                .params(unit, name).update();
        jdbc.sql("INSERT INTO organisation.staff_members (username, display_name) VALUES (?, 'Hanna Handläggare') "
                + "ON CONFLICT DO NOTHING").param(caseworker()).update();
        jdbc.sql("INSERT INTO organisation.staff_units (username, unit_code) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(caseworker(), unit).update();
        return unit;
    }

    /** The username of the test unit's caseworker, Hanna Handläggare. */
    String caseworker() {
        return "hl-" + unit;
    }

    /** Signs in Hanna Handläggare, caseworker of the test's unit. */
    void logInCaseworker() {
        KaribuVaadin.logIn(context, caseworker(), "Hanna Handläggare", List.of(Roles.CASEWORKER), List.of(unit));
    }

    /**
     * A decided case of Klara Klient, of the number, in the test's unit with its caseworker responsible and a plan
     * drafted today, which planning fills in (goals, activities); made as the caseworker, who is signed out after.
     */
    CaseId decidedCaseWithDraftPlan(String number, Consumer<CarePlanId> planning) {
        logInCaseworker();
        var person = register.register(new RegisterPerson(number, null, null, "Klara", "Klient", "070-123 45 67",
                null, "Storgatan 1", "123 45", "Exempelstad", ProtectionLevel.NONE));
        var caseId = caseHandling.registerIntake(new RegisterIntake(person, new UnitCode(unit),
                IntakeKind.APPLICATION, TODAY.minusDays(3), "Ansöker om stöd.", null, null, null, false, null,
                false)).caseId();
        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.", TODAY,
                TODAY.plusMonths(4));
        var found = cases.find(caseId).orElseThrow();
        found.markDecided();
        cases.update(found);
        caseHandling.assign(caseId, cases.find(caseId).orElseThrow().version(), caseworker());
        planning.accept(carePlans.draft(caseId, TODAY));
        SecurityContextHolder.clearContext();
        return caseId;
    }
}
