package se.vardkedjan.casehandling.ui;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
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
import se.vardkedjan.casehandling.CaseStatus;
import se.vardkedjan.casehandling.ClosureReason;
import se.vardkedjan.casehandling.CommunicationChannel;
import se.vardkedjan.casehandling.DecideInterventions;
import se.vardkedjan.casehandling.DecisionOutcome;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.ChildrenAnswer;
import se.vardkedjan.casehandling.InvestigationContent;
import se.vardkedjan.casehandling.RelativesAnswer;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.Journal;
import se.vardkedjan.casehandling.JournalOrder;
import se.vardkedjan.casehandling.LifeArea;
import se.vardkedjan.casehandling.ParticipationMode;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.PreliminaryOutcome;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.RegisterIntake;
import se.vardkedjan.casehandling.RegisterPerson;
import se.vardkedjan.casehandling.SourceKind;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case page at a glance, browserless against the real facades and PostgreSQL: the compact head with the case's
 * real stage, the next step and the next deadline that still applies; tabs with their own addresses and badges; the
 * timeline; the actions each stage allows, and the confirmations before what cannot be undone.
 */
@SpringBootTest
class CasePageTests {

    private static final String UNIT = "ui-sida";
    private static final AtomicInteger USERS = new AtomicInteger();
    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    ApplicationContext context;
    @Autowired
    PersonRegister register;
    @Autowired
    CaseHandling caseHandling;
    @Autowired
    Investigations investigations;
    @Autowired
    Decisions decisions;
    @Autowired
    Journal journal;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startVaadin() {
        jdbc.sql("INSERT INTO organisation.districts (code, name) VALUES ('ui-ds', 'Sidan') ON CONFLICT DO NOTHING")
                .update();
        jdbc.sql("INSERT INTO organisation.units (code, district_code, name) VALUES (?, 'ui-ds', 'Beroende Sidan') "
                + "ON CONFLICT DO NOTHING").param(UNIT).update();
        se.vardkedjan.KaribuVaadin.useSecurityOf(context);
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(se.vardkedjan.KaribuVaadin.routes(), context,
                MockedUI::new));
        UI.getCurrent().setLocale(Locale.of("sv"));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCaseWhoseInvestigationIsCompleteAndWhoseProposalIsSentSaysSoAndNoLongerShowsTheInvestigationDeadline() {
        signIn(List.of(Roles.CASEWORKER));
        var caseId = investigated();
        decisions.decide(decision(caseId, InterventionType.RESIDENTIAL));

        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseId));

        assertThat(text(_get(Component.class, spec -> spec.withId("case-status"))))
                .contains("Beslutsförslag väntar på godkännande").doesNotContain("Utredning pågår");
        assertThat(text(_get(Component.class, spec -> spec.withId("case-timeline"))))
                .doesNotContain("Utredningen ska vara klar");
    }

    @Test
    void aDecidedCaseIsNeverOverdueForItsInvestigationAndSaysItIsDecided() {
        signIn(List.of(Roles.CASEWORKER));
        var caseId = investigated();
        decisions.decide(decision(caseId, InterventionType.OUTPATIENT));

        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseId));

        assertThat(_get(Span.class, spec -> spec.withId("case-status")).getText()).isEqualTo("Beslutad – insats pågår");
        assertThat(text(_get(Component.class, spec -> spec.withId("case-head"))))
                .doesNotContain("Utredningen ska vara klar", "Försenad");
        assertThat(text(_get(Component.class, spec -> spec.withId("case-timeline"))))
                .doesNotContain("Utredningen ska vara klar", "Försenad", "Klienten kan begära beslut");
        assertThat(_find(Span.class, spec -> spec.withId("case-badge-utredning"))).isEmpty();
    }

    @Test
    void theHeadShowsWhoTheStageWhoHasItTheNextDeadlineAndTheNextStepThatLeadsToItsTab() {
        var me = signIn(List.of(Roles.CASEWORKER));
        jdbc.sql("INSERT INTO organisation.staff_members (username, display_name) VALUES (?, 'Hedda Huvud')")
                .param(me).update();
        var caseId = caseUnderInvestigation("Hugo", "Huvudsson");

        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseId));

        assertThat(_get(H1.class, spec -> spec.withId("case-heading")).getText()).isEqualTo("Hugo Huvudsson");
        assertThat(_get(Span.class, spec -> spec.withId("case-identity")).getText()).startsWith("Personnummer: ");
        assertThat(_get(Span.class, spec -> spec.withId("case-status")).getText()).isEqualTo("Utredning pågår");
        assertThat(_get(Span.class, spec -> spec.withId("case-responsible")).getText())
                .isEqualTo("Ansvarig handläggare: Hedda Huvud");
        assertThat(text(_get(Span.class, spec -> spec.withId("case-next-deadline"))))
                .contains(TODAY.minusDays(1).toString(), "Utredningen ska vara klar", "Försenad");
        assertThat(_get(Span.class, spec -> spec.withId("case-badge-utredning")).getText()).isEqualTo("Försenad");
        // The head comes first and stays on top while the page scrolls.
        var head = _get(Div.class, spec -> spec.withId("case-head"));
        assertThat(head.getStyle().get("position")).isEqualTo("sticky");
        assertThat(_get(CaseView.class).getComponentAt(0)).isSameAs(head);

        var next = _get(Button.class, spec -> spec.withId("case-next-step"));
        assertThat(next.getText()).isEqualTo("Slutför utredningen");
        _click(next);
        assertThat(location()).isEqualTo("arenden/" + caseId.value() + "/utredning");
        assertThat(selectedTabId()).isEqualTo("case-tab-InvestigationSection");
    }

    @Test
    void eachTabHasItsOwnAddressAndChoosingATabChangesIt() {
        signIn(List.of(Roles.CASEWORKER));
        var caseId = investigated();

        UI.getCurrent().navigate("arenden/" + caseId.value() + "/beslut");
        assertThat(selectedTabId()).isEqualTo("case-tab-DecisionSection");
        _get(Component.class, spec -> spec.withId("decision-section"));

        _get(TabSheet.class, spec -> spec.withId("case-tabs"))
                .setSelectedTab(_get(Tab.class, spec -> spec.withId("case-tab-JournalSection")));
        assertThat(location()).isEqualTo("arenden/" + caseId.value() + "/journal");
        assertThat(selectedTabId()).isEqualTo("case-tab-JournalSection");
        _get(Component.class, spec -> spec.withId("journal-title"));

        _get(TabSheet.class, spec -> spec.withId("case-tabs"))
                .setSelectedTab(_get(Tab.class, spec -> spec.withId("case-tab-overview")));
        assertThat(location()).isEqualTo("arenden/" + caseId.value());
        assertThat(selectedTabId()).isEqualTo("case-tab-overview");

        UI.getCurrent().navigate("arenden/" + caseId.value() + "/plan");
        assertThat(selectedTabId()).isEqualTo("case-tab-CarePlanSection");
        UI.getCurrent().navigate("arenden/" + caseId.value());
        assertThat(selectedTabId()).isEqualTo("case-tab-overview");
    }

    @Test
    void choosingATabKeepsThePageAndReadsNeitherTheHeadNorTheTimelineAgain() {
        var me = signIn(List.of(Roles.CASEWORKER));
        var caseId = investigated();

        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseId));
        var page = _get(CaseView.class);
        var head = _get(Div.class, spec -> spec.withId("case-head"));
        assertThat(rows(me, caseId, "CASE")).as("the summary read once on opening").isEqualTo(1);
        var journalRows = rows(me, caseId, "JOURNAL");
        pushedAddresses();

        _get(TabSheet.class, spec -> spec.withId("case-tabs"))
                .setSelectedTab(_get(Tab.class, spec -> spec.withId("case-tab-JournalSection")));
        assertThat(pushedAddresses()).as("the address follows the tab")
                .containsExactly("arenden/" + caseId.value() + "/journal");
        assertThat(page.address()).isEqualTo("arenden/" + caseId.value() + "/journal");
        _get(TabSheet.class, spec -> spec.withId("case-tabs"))
                .setSelectedTab(_get(Tab.class, spec -> spec.withId("case-tab-DecisionSection")));
        assertThat(pushedAddresses()).containsExactly("arenden/" + caseId.value() + "/beslut");
        _get(TabSheet.class, spec -> spec.withId("case-tabs"))
                .setSelectedTab(_get(Tab.class, spec -> spec.withId("case-tab-overview")));
        assertThat(pushedAddresses()).containsExactly("arenden/" + caseId.value());
        _click(_get(Button.class, spec -> spec.withId("case-next-step")));
        assertThat(pushedAddresses()).containsExactly("arenden/" + caseId.value() + "/beslut");
        assertThat(selectedTabId()).isEqualTo("case-tab-DecisionSection");

        assertThat(_get(CaseView.class)).as("the same page").isSameAs(page);
        assertThat(_get(Div.class, spec -> spec.withId("case-head"))).isSameAs(head);
        assertThat(rows(me, caseId, "CASE")).as("the summary is not read again per tab").isEqualTo(1);
        assertThat(rows(me, caseId, "JOURNAL")).as("the journal tab's own read is logged")
                .isGreaterThan(journalRows);
        assertThat(jdbc.sql("SELECT count(DISTINCT visit_id) FROM accesslog.access_log WHERE actor_username = ? "
                        + "AND case_id = ? AND what IN ('CASE', 'JOURNAL', 'DECISION')").params(me, caseId.value())
                .query(Integer.class).single()).as("the page's reads are one page visit across the tabs").isEqualTo(1);

        // Another case builds the page anew.
        var other = investigated();
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(other));
        assertThat(_get(CaseView.class)).isNotSameAs(page);
        assertThat(rows(me, other, "CASE")).isEqualTo(1);
    }

    /** The addresses the page put in the browser's history since last asked (history.pushState through the router). */
    private static List<String> pushedAddresses() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(pending -> pending.getInvocation())
                .filter(invocation -> invocation.getExpression().contains("vaadin-navigate")
                        || invocation.getExpression().contains("pushState"))
                .map(invocation -> String.valueOf(invocation.getParameters().get(1)).replace("\"", ""))
                .toList();
    }

    private int rows(String actor, CaseId caseId, String what) {
        return jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE actor_username = ? AND case_id = ? AND what = ?")
                .params(actor, caseId.value(), what).query(Integer.class).single();
    }

    @Test
    void anUnknownTabIsAnAddressThatLeadsNowhere() {
        signIn(List.of(Roles.CASEWORKER));
        var caseId = caseUnderInvestigation("Nils", "Noll");
        for (var bad : List.of("nonsense", "BESLUT", "beslut2", "%3Cscript%3E", "x".repeat(500))) {
            var ui = UI.getCurrent();
            var status = ui.getInternals().getRouter().navigate(ui,
                    new com.vaadin.flow.router.Location("arenden/" + caseId.value() + "/" + bad),
                    com.vaadin.flow.router.NavigationTrigger.PAGE_LOAD);
            assertThat(status).as(bad).isEqualTo(404);
            assertThat(_find(H1.class, spec -> spec.withId("not-found"))).as(bad).hasSize(1);
            assertThat(_find(Component.class, spec -> spec.withId("case-heading"))).as(bad).isEmpty();
        }
    }

    @Test
    void onlyTheActionsTheStageAllowsAreOfferedAndNotTakingACaseOneAlreadyHolds() {
        signIn(List.of(Roles.CASEWORKER));
        var registered = caseHandling.registerIntake(new RegisterIntake(register.register(new RegisterPerson(
                se.vardkedjan.KaribuVaadin.personalNumber(), null, null, "Rut", "Reg", null, null, null, null, null,
                ProtectionLevel.NONE)), new UnitCode(UNIT), IntakeKind.APPLICATION, TODAY.minusDays(2),
                "Ansöker om stöd.", null, null, null, false, null, true)).caseId();
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(registered));
        assertThat(_find(Component.class, spec -> spec.withId("assessment-form"))).hasSize(1);
        assertThat(_find(Component.class, spec -> spec.withId("deadline-form"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("assign-me"))).as("the caseworker holds it").isEmpty();
        assertThat(_find(Component.class, spec -> spec.withId("close-form"))).as("not an open form").isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("case-next-step")).getText())
                .isEqualTo("Gör förhandsbedömningen");

        var investigating = caseUnderInvestigation("Ivar", "Igång");
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(investigating));
        assertThat(_find(Component.class, spec -> spec.withId("assessment-form"))).isEmpty();
        assertThat(_find(Component.class, spec -> spec.withId("deadline-form"))).hasSize(1);

        var complete = investigated();
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(complete));
        assertThat(_find(Component.class, spec -> spec.withId("deadline-form"))).as("the investigation is done")
                .isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("case-status")).getText())
                .isEqualTo("Utredning klar – beslut ska fattas");
        assertThat(_get(Button.class, spec -> spec.withId("case-next-step")).getText()).isEqualTo("Skriv beslut");
        assertThat(_get(Span.class, spec -> spec.withId("case-badge-beslut")).getText()).isEqualTo("Att göra");

        signIn(List.of(Roles.CASEWORKER));
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(complete));
        assertThat(_find(Button.class, spec -> spec.withId("assign-me"))).as("a colleague may take it").hasSize(1);
    }

    @Test
    void closingTheCaseIsUnderMoreActionsAndAsksInADialogWhereCancellingChangesNothing() {
        signIn(List.of(Roles.CASEWORKER));
        var caseId = caseUnderInvestigation("Agnes", "Avslut");
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseId));
        var menu = _get(MenuBar.class, spec -> spec.withId("case-more"));

        ContextMenuKt._clickItemWithID(menu, "case-more-close");
        var dialog = _get(Dialog.class, spec -> spec.withId("close-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("close-confirm-text")).getText())
                .contains("kan inte öppnas igen");
        _click(_get(Button.class, spec -> spec.withId("close-cancel")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(caseHandling.summary(caseId).status()).isEqualTo(CaseStatus.INVESTIGATION);

        ContextMenuKt._clickItemWithID(_get(MenuBar.class, spec -> spec.withId("case-more")), "case-more-close");
        @SuppressWarnings("unchecked")
        ComboBox<ClosureReason> reason = _get(ComboBox.class, spec -> spec.withId("close-reason"));
        _setValue(reason, ClosureReason.MOVED_AWAY);
        _setValue(_get(TextArea.class, spec -> spec.withId("close-outcome")), "Klienten har flyttat.");
        _click(_get(Button.class, spec -> spec.withId("close-save")));

        assertThat(caseHandling.summary(caseId).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(_get(Span.class, spec -> spec.withId("case-status")).getText()).isEqualTo("Avslutat");
        assertThat(_find(MenuBar.class, spec -> spec.withId("case-more"))).as("nothing more to do").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("case-next-step"))).isEmpty();
    }

    @Test
    void aRefusedClosingIsMarkedAtItsFieldInTheDialogWhichStaysOpenWithWhatWasTypedAndTheCaseStaysOpen() {
        signIn(List.of(Roles.CASEWORKER));
        var caseId = caseUnderInvestigation("Olle", "Oavslutad");
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseId));
        ContextMenuKt._clickItemWithID(_get(MenuBar.class, spec -> spec.withId("case-more")), "case-more-close");
        var dialog = _get(Dialog.class, spec -> spec.withId("close-dialog"));
        @SuppressWarnings("unchecked")
        ComboBox<ClosureReason> reason = _get(ComboBox.class, spec -> spec.withId("close-reason"));
        _setValue(reason, ClosureReason.MOVED_AWAY);
        var outcome = _get(TextArea.class, spec -> spec.withId("close-outcome"));
        _setValue(outcome, "<script>alert(1)</script>");

        _click(_get(Button.class, spec -> spec.withId("close-save")));

        assertThat(outcome.isInvalid()).isTrue();
        assertThat(outcome.getErrorMessage()).contains("får inte innehålla HTML-kod eller skript");
        assertThat(InvestigationAndDecisionSectionsTests.summary("close")).containsExactly(outcome.getErrorMessage());
        assertThat(dialog.isOpened()).isTrue();
        assertThat(outcome.getValue()).isEqualTo("<script>alert(1)</script>");
        assertThat(InvestigationAndDecisionSectionsTests.toasts()).isEmpty();
        assertThat(caseHandling.summary(caseId).status()).isEqualTo(CaseStatus.INVESTIGATION);

        _setValue(outcome, "Klienten har flyttat.");
        var closedOn = _get(com.vaadin.flow.component.datepicker.DatePicker.class,
                spec -> spec.withId("close-date"));
        _setValue(closedOn, LocalDate.of(1066, 10, 14));
        _click(_get(Button.class, spec -> spec.withId("close-save")));

        assertThat(outcome.isInvalid()).isFalse();
        assertThat(closedOn.isInvalid()).isTrue();
        assertThat(InvestigationAndDecisionSectionsTests.summary("close")).containsExactly(closedOn.getErrorMessage());
        assertThat(dialog.isOpened()).isTrue();
        assertThat(caseHandling.summary(caseId).status()).isEqualTo(CaseStatus.INVESTIGATION);
    }

    @Test
    void aDeadlineCenturiesAwayIsRefusedAtTheDeadlineAndTheOldOneStands() {
        signIn(List.of(Roles.CASEWORKER));
        var caseId = caseUnderInvestigation("Dora", "Datum");
        var before = caseHandling.summary(caseId).investigationDeadline();
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseId));
        var deadline = _get(com.vaadin.flow.component.datepicker.DatePicker.class,
                spec -> spec.withId("deadline-date"));
        _setValue(deadline, LocalDate.of(9999, 12, 31));

        _click(_get(Button.class, spec -> spec.withId("deadline-save")));

        assertThat(deadline.isInvalid()).isTrue();
        assertThat(InvestigationAndDecisionSectionsTests.summary("deadline"))
                .containsExactly(deadline.getErrorMessage());
        assertThat(InvestigationAndDecisionSectionsTests.toasts()).isEmpty();
        assertThat(caseHandling.summary(caseId).investigationDeadline()).isEqualTo(before);
    }

    @Test
    void aUnitManagerLandsOnTheProposalWithItsPeriodWhoProposedItAndALinkToTheInvestigationAndOnePrimaryAction() {
        signIn(List.of(Roles.CASEWORKER));
        var caseId = investigated();
        var proposal = decisions.decide(new DecideInterventions(caseId, TODAY, List.of(new DecideInterventions.Item(
                InterventionType.RESIDENTIAL, DecisionOutcome.GRANTED, "Behandlingshem", TODAY,
                TODAY.plusMonths(3), "SOL-11-1", null)), CommunicationChannel.MEETING, TODAY));
        signIn(List.of(Roles.UNIT_MANAGER, Roles.CASEWORKER));

        UI.getCurrent().navigate("arenden/" + caseId.value() + "/beslut");

        assertThat(selectedTabId()).isEqualTo("case-tab-DecisionSection");
        assertThat(_get(Span.class, spec -> spec.withId("case-status")).getText())
                .isEqualTo("Beslutsförslag väntar på godkännande");
        assertThat(_get(Span.class, spec -> spec.withId("case-badge-beslut")).getText()).isEqualTo("Att godkänna");
        assertThat(_get(Button.class, spec -> spec.withId("case-next-step")).getText()).isEqualTo("Godkänn förslaget");
        var card = _get(Div.class, spec -> spec.withId("decision-" + proposal.id()));
        assertThat(text(card)).contains("Institutionsvård (HVB)", "Period: " + TODAY + " – " + TODAY.plusMonths(3),
                "väntar på enhetschefens godkännande");
        var investigation = _get(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("decision-investigation-link-" + proposal.id()));
        assertThat(investigation.getHref()).isEqualTo("arenden/" + caseId.value() + "/utredning");
        var section = _get(Component.class, spec -> spec.withId("decision-section"));
        assertThat(_find(section, Button.class).stream()
                .filter(button -> button.getThemeNames().contains("primary")).map(button -> button.getId().orElse("")))
                .containsExactly("decision-approve");
        assertThat(_find(section, Button.class, spec -> spec.withId("decision-decide"))).as("behind Nytt beslut")
                .isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("case-next-step")).getThemeNames())
                .doesNotContain("primary");
    }

    @Test
    void theTimelineShowsTheLatestEntriesAndWhatIsComingEachALinkToItsTabAndExpandsAndFilters() {
        signIn(List.of(Roles.CASEWORKER));
        var caseId = investigated();
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseId));
        // Intake, assessment, investigation started and completed; the client's right to a decision is coming.
        var entries = _get(OrderedList.class, spec -> spec.withId("case-timeline-entries"));
        assertThat(entries.getComponentCount()).isEqualTo(CaseView.TIMELINE_LATEST + 1);
        assertThat(text(entries)).doesNotContain("Aktualisering").contains("Klienten kan begära beslut");
        assertThat(_find(entries, RouterLink.class).stream().map(RouterLink::getHref))
                .contains("arenden/" + caseId.value(), "arenden/" + caseId.value() + "/utredning",
                        "arenden/" + caseId.value() + "/beslut");

        var all = _get(Button.class, spec -> spec.withId("case-timeline-all"));
        assertThat(all.getText()).isEqualTo("Visa alla (5)");
        _click(all);
        assertThat(entries.getComponentCount()).isEqualTo(5);
        assertThat(text(entries)).contains("Aktualisering");
        assertThat(all.getText()).isEqualTo("Visa färre");

        @SuppressWarnings("unchecked")
        Select<String> filter = _get(Select.class, spec -> spec.withId("case-timeline-filter"));
        _setValue(filter, "!");
        assertThat(entries.getComponentCount()).isEqualTo(1);
        _setValue(filter, "utredning");
        assertThat(text(entries)).contains("Utredning startad", "Utredning slutförd").doesNotContain("Aktualisering");
    }

    @Test
    void signingAJournalEntryAsksFirstSaysItCanNeverBeChangedAndThenSaysSigned() {
        signIn(List.of(Roles.CASEWORKER));
        var caseId = investigated();
        UI.getCurrent().navigate("arenden/" + caseId.value() + "/journal");
        _setValue(_get(TextField.class, spec -> spec.withId("journal-title")), "Hembesök");
        _setValue(_get(TextArea.class, spec -> spec.withId("journal-text")), "Klienten var hemma.");

        _click(_get(Button.class, spec -> spec.withId("journal-sign-new")));
        var dialog = _get(ConfirmDialog.class, spec -> spec.withId("journal-sign-confirm"));
        assertThat(ConfirmDialogKt.getText(dialog)).contains("Signerade anteckningar kan aldrig ändras");
        ConfirmDialogKt._fireCancel(dialog);
        assertThat(journal.entries(caseId, JournalOrder.NEWEST_FIRST, 0, 10).entries()).as("nothing signed").isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withId("journal-title")).getValue()).as("what was typed stays")
                .isEqualTo("Hembesök");

        _click(_get(Button.class, spec -> spec.withId("journal-sign-new")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("journal-sign-confirm")));
        assertThat(journal.entries(caseId, JournalOrder.NEWEST_FIRST, 0, 10).entries()).singleElement()
                .satisfies(entry -> assertThat(entry.signed()).isTrue());
        NotificationsKt.expectNotifications("Signerad");
    }

    @Test
    void theJournalTabIsMarkedWhileTheUserHasAnUnsignedDraftThereAndOnlyForTheAuthor() {
        signIn(List.of(Roles.CASEWORKER));
        var caseId = investigated();
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseId));
        assertThat(_find(Span.class, spec -> spec.withId("case-badge-journal"))).isEmpty();

        journal.draft(caseId, new se.vardkedjan.casehandling.JournalText(TODAY, "Utkast om samtal", "Skrivs klart sen."));
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseId));
        assertThat(_get(Span.class, spec -> spec.withId("case-badge-journal")).getText()).isEqualTo("Utkast");

        signIn(List.of(Roles.CASEWORKER));
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseId));
        assertThat(_find(Span.class, spec -> spec.withId("case-badge-journal"))).as("a colleague's draft is not theirs")
                .isEmpty();
    }

    // ---- Fixtures

    private CaseId caseUnderInvestigation(String given, String family) {
        var person = register.register(new RegisterPerson(se.vardkedjan.KaribuVaadin.personalNumber(), null, null,
                given, family, null, null, null, null, null, ProtectionLevel.NONE));
        var caseId = caseHandling.registerIntake(new RegisterIntake(person, new UnitCode(UNIT),
                IntakeKind.APPLICATION, TODAY.minusDays(30), "Ansöker om stöd.", null, null, null, false, null,
                true)).caseId();
        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.",
                TODAY.minusDays(29), TODAY.minusDays(1));
        return caseId;
    }

    private CaseId investigated() {
        var caseId = caseUnderInvestigation("Ines", "Utredd");
        var needs = Arrays.stream(LifeArea.values()).map(area -> new InvestigationContent.Need(area, 3, null, null))
                .toList();
        var content = new InvestigationContent(TODAY.minusDays(20), "Alkohol",
                List.of(new InvestigationContent.Source(SourceKind.CLIENT, "Samtal", TODAY.minusDays(20))), needs,
                List.of(), List.of(), new InvestigationContent.Participation(ParticipationMode.MEETING,
                "Jag vill ha hjälp."), "Behov av stöd.", "Öppenvård.", new InvestigationContent.Communication(
                TODAY.minusDays(2), CommunicationChannel.MEETING, null),
                ChildrenAnswer.NO_CHILDREN, RelativesAnswer.NONE);
        investigations.saveAndComplete(caseId, 0, content);
        return caseId;
    }

    private static DecideInterventions decision(CaseId caseId, InterventionType type) {
        return new DecideInterventions(caseId, TODAY, List.of(new DecideInterventions.Item(type,
                DecisionOutcome.GRANTED, "Två samtal i veckan", TODAY, null, "SOL-11-1", null)),
                CommunicationChannel.MEETING, TODAY);
    }

    /** The address in the browser: the one the case page put in the history when it shows one, else the router's. */
    private static String location() {
        var page = _find(CaseView.class);
        return page.isEmpty() ? UI.getCurrent().getInternals().getActiveViewLocation().getPath() : page.get(0).address();
    }

    private static String selectedTabId() {
        return _get(TabSheet.class, spec -> spec.withId("case-tabs")).getSelectedTab().getId().orElse("");
    }

    /** The text of a component and everything inside it. */
    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    /** Signs in as Spring Security's OIDC login would, with the roles and the test unit; the username. */
    private String signIn(List<String> roles) {
        var name = "sida-" + USERS.incrementAndGet() + "-" + System.nanoTime();
        KaribuVaadin.logIn(context, name, name, roles, List.of(UNIT));
        return name;
    }
}
