package se.vardkedjan.casehandling.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import se.vardkedjan.casehandling.ActivityPerformer;
import se.vardkedjan.casehandling.AgreementChannel;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.CarePlans;
import se.vardkedjan.casehandling.CasePageSection.TimelineEntry;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.Journal;
import se.vardkedjan.casehandling.JournalOrder;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.PreliminaryOutcome;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.RegisterIntake;
import se.vardkedjan.casehandling.RegisterPerson;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.Roles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The care plan and journal tabs of the case page, browserless against the real facades and PostgreSQL: a caseworker
 * works through the plan with the client and writes, corrects and releases journal entries; refusals show as clear
 * Swedish messages.
 */
@SpringBootTest
class CarePlanAndJournalSectionsTests {

    private static final LocalDate TODAY = LocalDate.now();

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
    Journal journal;
    @Autowired
    CarePlans carePlans;
    @Autowired
    CarePlanSection planSection;
    @Autowired
    JournalSection journalSection;

    private String unit;

    @BeforeEach
    void startVaadinAndSignIn() {
        se.vardkedjan.KaribuVaadin.useSecurityOf(context);
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(new Routes(), context, MockedUI::new));
        UI.getCurrent().setLocale(Locale.of("sv"));
        unit = "ui-plan-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO organisation.districts (code, name) VALUES ('ui-test-d', 'Testdistrikt') "
                + "ON CONFLICT DO NOTHING").update();
        jdbc.sql("INSERT INTO organisation.units (code, district_code, name) VALUES (?, 'ui-test-d', 'Testenhet')")
                .param(unit).update();
        signIn("hl-" + unit, "Anna Lindqvist");
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theCaseworkerDraftsThePlanWithTheClientAndRecordsTheirAgreement() {
        var caseId = decidedCase();
        show(planSection.create(caseId));
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-none")).getText())
                .isEqualTo("Ärendet har ingen vårdplan ännu.");

        _setValue(_get(DatePicker.class, spec -> spec.withId("plan-date")), TODAY.minusDays(1));
        _click(_get(Button.class, spec -> spec.withId("plan-create")));
        _setValue(_get(TextArea.class, spec -> spec.withId("plan-goal-text")), "Jag vill kunna sova på nätterna.");
        _setValue(_get(TextArea.class, spec -> spec.withId("plan-goal-measured-by")), "Sömndagbok");
        _setValue(_get(DatePicker.class, spec -> spec.withId("plan-goal-follow-up")), TODAY.plusMonths(2));
        _click(_get(Button.class, spec -> spec.withId("plan-goal-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("plan-activity-what")), "Samtal om sömn");
        selectValue("plan-activity-who", ActivityPerformer.PROVIDER);
        _setValue(_get(TextField.class, spec -> spec.withId("plan-activity-timing")), "Varje tisdag");
        _click(_get(Button.class, spec -> spec.withId("plan-activity-add")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-status")).getText())
                .isEqualTo("Utkast – inte gällande");
        assertThat(paragraphTexts()).as("not in the organisation register: shown by username")
                .anyMatch(text -> text.endsWith("upprättad av hl-" + unit));

        selectValue("plan-response-channel", AgreementChannel.MEETING);
        _click(_get(Button.class, spec -> spec.withId("plan-agree")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-status")).getText())
                .isEqualTo("Gällande – klienten har samtyckt");
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-response")).getText())
                .startsWith("Klienten samtyckte " + TODAY + " (Vid möte)");
        assertThat(_find(Button.class, spec -> spec.withId("plan-goal-add"))).isEmpty();
        assertThat(planSection.timeline(caseId)).contains(
                new TimelineEntry(TODAY, "casehandling.plan.timeline.agreed", "v1", false),
                new TimelineEntry(TODAY.plusMonths(2), "casehandling.plan.timeline.follow-up",
                        "Jag vill kunna sova på nätterna.", true));

        _click(_get(Button.class, spec -> spec.withId("plan-revise")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-status")).getText())
                .isEqualTo("Utkast – inte gällande");
        assertThat(_find(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("plan-history")))
                .hasSize(1);
    }

    @Test
    void agreementBeforeTheDecisionAndAFollowUpBeforeThePlanDateGetClearMessages() {
        var caseId = caseUnderInvestigation();
        show(planSection.create(caseId));
        _click(_get(Button.class, spec -> spec.withId("plan-create")));

        _setValue(_get(TextArea.class, spec -> spec.withId("plan-goal-text")), "Jag vill vara nykter.");
        _setValue(_get(TextArea.class, spec -> spec.withId("plan-goal-measured-by")), "Utandningsprov");
        _setValue(_get(DatePicker.class, spec -> spec.withId("plan-goal-follow-up")), TODAY.minusDays(1));
        _click(_get(Button.class, spec -> spec.withId("plan-goal-add")));
        assertThat(summary("plan-goal")).containsExactly("Uppföljningsdatumet (" + TODAY.minusDays(1)
                + ") måste vara efter planens datum (" + TODAY + ").");
        assertThat(_get(DatePicker.class, spec -> spec.withId("plan-goal-follow-up")).isInvalid()).isTrue();

        _setValue(_get(DatePicker.class, spec -> spec.withId("plan-goal-follow-up")), TODAY.plusMonths(1));
        _click(_get(Button.class, spec -> spec.withId("plan-goal-add")));
        selectValue("plan-response-channel", AgreementChannel.PHONE);
        _click(_get(Button.class, spec -> spec.withId("plan-agree")));
        assertThat(summary("plan-response-form"))
                .contains("Klientens samtycke kan registreras först när beslut har fattats i ärendet.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-status")).getText())
                .isEqualTo("Utkast – inte gällande");
    }

    @Test
    void aSignedEntryIsCorrectedWithTheOriginalInItsHistoryAndReleasedOnlyAfterTheConfidentialityCheck() {
        var caseId = decidedCase();
        show(journalSection.create(caseId));
        assertThat(_get(Paragraph.class, spec -> spec.withId("journal-empty")).getText())
                .isEqualTo("Journalen har inga anteckningar ännu.");

        _setValue(_get(TextField.class, spec -> spec.withId("journal-title")), "Hembesök");
        _setValue(_get(TextArea.class, spec -> spec.withId("journal-text")), "Klienten var nykter.");
        _click(_get(Button.class, spec -> spec.withId("journal-sign-new")));
        confirmSigning();
        assertThat(_get(H3.class, spec -> spec.withId("journal-entry-title-0")).getText()).isEqualTo("Hembesök");

        _click(_get(Button.class, spec -> spec.withId("journal-entry-correct-0")));
        _setValue(_get(TextArea.class, spec -> spec.withId("journal-correct-text")), "Klienten var nykter och trött.");
        _setValue(_get(TextArea.class, spec -> spec.withId("journal-correct-reason")), "Ofullständig uppgift");
        _click(_get(Button.class, spec -> spec.withId("journal-correct-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("journal-entry-corrected-0")).getText())
                .isEqualTo("Rättad (version 2)");
        assertThat(_get(Paragraph.class, spec -> spec.withId("journal-entry-text-0")).getText())
                .isEqualTo("Klienten var nykter och trött.");

        _click(_get(Button.class, spec -> spec.withId("journal-entry-history-0")));
        assertThat(_get(Div.class, spec -> spec.withId("journal-history-version-1")).getElement().getTextRecursively())
                .contains("Klienten var nykter.");
        assertThat(_get(Div.class, spec -> spec.withId("journal-history-version-2")).getElement().getTextRecursively())
                .contains("Ofullständig uppgift");
        _click(_get(Button.class, spec -> spec.withId("journal-history-dialog-close")));

        _click(_get(Button.class, spec -> spec.withId("journal-entry-release-0")));
        _click(_get(Button.class, spec -> spec.withId("journal-release-save")));
        assertThat(summary("journal-release-form"))
                .containsExactly("Bekräfta sekretessprövningen innan anteckningen lämnas ut.");
        assertThat(_get(com.vaadin.flow.component.dialog.Dialog.class,
                spec -> spec.withId("journal-release-dialog")).isOpened()).isTrue();
        _setValue(_get(Checkbox.class, spec -> spec.withId("journal-release-checked")), true);
        _click(_get(Button.class, spec -> spec.withId("journal-release-save")));
        // Not in the organisation register: named by the account, never by the name the login token carries.
        assertThat(_get(Paragraph.class, spec -> spec.withId("journal-entry-released-0")).getText())
                .startsWith("Utlämnad till klienten av hl-" + unit);

        _click(_get(Button.class, spec -> spec.withId("journal-entry-objection-0")));
        _setValue(_get(TextArea.class, spec -> spec.withId("journal-objection-text")), "Jag var inte trött.");
        _click(_get(Button.class, spec -> spec.withId("journal-objection-save")));
        assertThat(_get(Div.class, spec -> spec.withId("journal-entry-0")).getElement().getTextRecursively())
                .contains("Klientens invändning (hl-" + unit + ", mottagen " + TODAY + "): Jag var inte trött.");
        assertThat(journalSection.timeline(caseId))
                .containsExactly(new TimelineEntry(TODAY, "casehandling.journal.timeline.signed", "Hembesök", false));
    }

    @Test
    void thePlanAndTheJournalNameTheirStaffAsTheOrganisationRegisterDoesNotAsTheLoginTokenDoes() {
        jdbc.sql("INSERT INTO organisation.staff_members (username, display_name) VALUES (?, 'Hanna Handläggare')")
                .param("hl-" + unit).update();
        var caseId = decidedCase();
        show(planSection.create(caseId));
        _setValue(_get(DatePicker.class, spec -> spec.withId("plan-date")), TODAY.minusDays(1));
        _click(_get(Button.class, spec -> spec.withId("plan-create")));
        assertThat(paragraphTexts()).anyMatch(text -> text.endsWith("upprättad av Hanna Handläggare"));

        show(journalSection.create(caseId));
        _setValue(_get(TextField.class, spec -> spec.withId("journal-title")), "Samtal");
        _setValue(_get(TextArea.class, spec -> spec.withId("journal-text")), "Klienten mår bättre.");
        _click(_get(Button.class, spec -> spec.withId("journal-sign-new")));
        confirmSigning();
        _click(_get(Button.class, spec -> spec.withId("journal-entry-correct-0")));
        _setValue(_get(TextArea.class, spec -> spec.withId("journal-correct-text")), "Klienten mår något bättre.");
        _setValue(_get(TextArea.class, spec -> spec.withId("journal-correct-reason")), "Förtydligande");
        _click(_get(Button.class, spec -> spec.withId("journal-correct-save")));

        assertThat(_get(Div.class, spec -> spec.withId("journal-entry-0")).getElement().getTextRecursively())
                .contains("Hanna Handläggare, signerad").doesNotContain("Anna Lindqvist");
        _click(_get(Button.class, spec -> spec.withId("journal-entry-history-0")));
        assertThat(_get(Div.class, spec -> spec.withId("journal-history-version-2")).getElement().getTextRecursively())
                .contains("Hanna Handläggare");
    }

    private static List<String> paragraphTexts() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    @Test
    void aDraftIsSavedEditedAndSignedAndScriptInTheTextIsRefusedWithoutStoringAnything() {
        var caseId = decidedCase();
        show(journalSection.create(caseId));

        _setValue(_get(TextField.class, spec -> spec.withId("journal-title")), "Telefonsamtal");
        _setValue(_get(TextArea.class, spec -> spec.withId("journal-text")), "<script>alert(1)</script>");
        _click(_get(Button.class, spec -> spec.withId("journal-save-draft")));
        var text = _get(TextArea.class, spec -> spec.withId("journal-text"));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage())
                .isEqualTo("Anteckning får inte innehålla HTML-kod eller skript (till exempel <script>).");
        assertThat(summary("journal-form")).containsExactly(text.getErrorMessage());
        assertThat(text.getValue()).as("what was typed is kept").isEqualTo("<script>alert(1)</script>");
        assertThat(toasts()).isEmpty();
        assertThat(journal.entries(caseId, JournalOrder.NEWEST_FIRST, 0, 10).total()).isZero();

        _setValue(_get(TextArea.class, spec -> spec.withId("journal-text")), "Klienten ringde.");
        _click(_get(Button.class, spec -> spec.withId("journal-save-draft")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("journal-entry-draft-0")).getText())
                .isEqualTo("Utkast (inte signerat, syns bara för dig)");

        _click(_get(Button.class, spec -> spec.withId("journal-entry-edit-0")));
        _setValue(_get(TextArea.class, spec -> spec.withId("journal-text")), "Klienten ringde och bokade tid.");
        _click(_get(Button.class, spec -> spec.withId("journal-sign-new")));
        confirmSigning();

        assertThat(_find(Paragraph.class, spec -> spec.withId("journal-entry-draft-0"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("journal-entry-text-0")).getText())
                .isEqualTo("Klienten ringde och bokade tid.");
        assertThat(_find(Button.class, spec -> spec.withId("journal-entry-edit-0"))).isEmpty();
        assertThat(journal.entries(caseId, JournalOrder.NEWEST_FIRST, 0, 10).entries().getFirst().signed()).isTrue();
    }

    @Test
    void anOversizedGoalIsRefusedAtItsFieldWithTheTextKeptAndNoGoalStored() {
        var caseId = decidedCase();
        show(planSection.create(caseId));
        _click(_get(Button.class, spec -> spec.withId("plan-create")));
        var goal = _get(TextArea.class, spec -> spec.withId("plan-goal-text"));
        var oversized = "Nykter. ".repeat(600);
        _setValue(goal, oversized);
        _setValue(_get(TextArea.class, spec -> spec.withId("plan-goal-measured-by")), "Utandningsprov");
        _setValue(_get(DatePicker.class, spec -> spec.withId("plan-goal-follow-up")), TODAY.plusMonths(1));

        _click(_get(Button.class, spec -> spec.withId("plan-goal-add")));

        assertThat(goal.isInvalid()).isTrue();
        assertThat(goal.getErrorMessage()).contains("får vara högst", "tecken");
        assertThat(summary("plan-goal")).containsExactly(goal.getErrorMessage());
        assertThat(goal.getValue()).isEqualTo(oversized);
        assertThat(toasts()).isEmpty();
        assertThat(carePlans.plans(caseId).getFirst().goals()).isEmpty();
    }

    @Test
    void agreeingToAPlanWithoutGoalsLinksTheRefusalToTheGoalsText() {
        var caseId = decidedCase();
        show(planSection.create(caseId));
        _click(_get(Button.class, spec -> spec.withId("plan-create")));
        selectValue("plan-response-channel", AgreementChannel.MEETING);

        _click(_get(Button.class, spec -> spec.withId("plan-agree")));

        assertThat(summary("plan-response-form")).singleElement().asString().contains("mål");
        assertThat(_get(TextArea.class, spec -> spec.withId("plan-goal-text")).isInvalid()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-status")).getText())
                .isEqualTo("Utkast – inte gällande");
    }

    @Test
    void signingAnEntryWithoutATitleIsMarkedBeforeTheConfirmationAndNothingIsStored() {
        var caseId = decidedCase();
        show(journalSection.create(caseId));
        _setValue(_get(TextArea.class, spec -> spec.withId("journal-text")), "Klienten ringde.");

        _click(_get(Button.class, spec -> spec.withId("journal-sign-new")));

        var title = _get(TextField.class, spec -> spec.withId("journal-title"));
        assertThat(title.isRequiredIndicatorVisible()).isTrue();
        assertThat(title.isInvalid()).isTrue();
        assertThat(summary("journal-form")).containsExactly("Fyll i Rubrik.");
        assertThat(_find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class,
                spec -> spec.withId("journal-sign-confirm"))).as("nothing to confirm yet").isEmpty();
        assertThat(_get(TextArea.class, spec -> spec.withId("journal-text")).getValue()).isEqualTo("Klienten ringde.");
        assertThat(journal.entries(caseId, JournalOrder.NEWEST_FIRST, 0, 10).total()).isZero();
    }

    @Test
    void aCorrectionWithoutAReasonStaysInItsDialogMarkedAndTheEntryIsUnchanged() {
        var caseId = decidedCase();
        show(journalSection.create(caseId));
        _setValue(_get(TextField.class, spec -> spec.withId("journal-title")), "Hembesök");
        _setValue(_get(TextArea.class, spec -> spec.withId("journal-text")), "Klienten var nykter.");
        _click(_get(Button.class, spec -> spec.withId("journal-sign-new")));
        confirmSigning();

        _click(_get(Button.class, spec -> spec.withId("journal-entry-correct-0")));
        _setValue(_get(TextArea.class, spec -> spec.withId("journal-correct-text")), "Klienten var trött.");
        _click(_get(Button.class, spec -> spec.withId("journal-correct-save")));

        var reason = _get(TextArea.class, spec -> spec.withId("journal-correct-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(summary("journal-correct-form")).hasSize(1);
        assertThat(_get(com.vaadin.flow.component.dialog.Dialog.class,
                spec -> spec.withId("journal-correct-dialog")).isOpened()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("journal-correct-text")).getValue())
                .isEqualTo("Klienten var trött.");
        assertThat(journal.entries(caseId, JournalOrder.NEWEST_FIRST, 0, 10).entries().getFirst().text())
                .isEqualTo("Klienten var nykter.");
    }

    private static List<String> summary(String form) {
        return InvestigationAndDecisionSectionsTests.summary(form);
    }

    private static List<String> toasts() {
        return InvestigationAndDecisionSectionsTests.toasts();
    }

    private static void show(com.vaadin.flow.component.Component section) {
        UI.getCurrent().add(section);
    }

    @SuppressWarnings("unchecked")
    private static <T> void selectValue(String id, T value) {
        _setValue((Select<T>) _get(Select.class, spec -> spec.withId(id)), value);
    }

    private CaseId caseUnderInvestigation() {
        var person = register.register(new RegisterPerson(se.vardkedjan.KaribuVaadin.personalNumber(), null, null, "Klient", "Testsson",
                "070-123 45 67", null, "Storgatan 1", "123 45", "Exempelstad", ProtectionLevel.NONE));
        var caseId = caseHandling.registerIntake(new RegisterIntake(person, new se.vardkedjan.sharedkernel.UnitCode(unit),
                IntakeKind.APPLICATION, TODAY.minusDays(3), "Ansöker om stöd.", null, null, null, false, null, false)).caseId();
        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.", TODAY,
                TODAY.plusMonths(4));
        return caseId;
    }

    /** A decided case, marked through the case aggregate as the decision part of case handling does. */
    private CaseId decidedCase() {
        var caseId = caseUnderInvestigation();
        var found = cases.find(caseId).orElseThrow();
        found.markDecided();
        cases.update(found);
        return caseId;
    }

    /** Signing asks first, saying that a signed entry never changes; the user confirms. */
    private static void confirmSigning() {
        var dialog = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class,
                spec -> spec.withId("journal-sign-confirm"));
        assertThat(com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getText(dialog))
                .contains("Signerade anteckningar kan aldrig ändras");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(dialog);
    }

    private void signIn(String username, String name) {
        var token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300), Map.of(
                "sub", "subject-" + username, "name", name, "preferred_username", username,
                "roles", List.of(Roles.CASEWORKER), "units", List.of(unit)));
        var authorities = new ArrayList<GrantedAuthority>();
        authorities.add(new OidcUserAuthority(token));
        authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.CASEWORKER));
        authorities.add(new SimpleGrantedAuthority("UNIT_" + unit));
        var user = new DefaultOidcUser(authorities, token);
        SecurityContextHolder.getContext().setAuthentication(new OAuth2AuthenticationToken(user, authorities, "staff"));
    }
}
