package se.vardkedjan.casehandling.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
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
import se.vardkedjan.casehandling.CommunicationChannel;
import se.vardkedjan.casehandling.DecisionOutcome;
import se.vardkedjan.casehandling.DecisionStatus;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.ChildrenAnswer;
import se.vardkedjan.casehandling.InvestigationContent;
import se.vardkedjan.casehandling.RelativesAnswer;
import se.vardkedjan.casehandling.Investigations;
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
 * The investigation and decision tabs, browserless: the investigation saves a draft as a field is left and says what
 * is missing; completing too early is refused with that message; a decision within delegation is made from the tab
 * and offers its PDF; residential care proposed by a caseworker is approved by the unit manager from the tab.
 */
@SpringBootTest
class InvestigationAndDecisionSectionsTests {

    private static final String UNIT = "ui-beslut";
    private static final AtomicInteger USERS = new AtomicInteger();
    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    ApplicationContext context;
    @Autowired
    InvestigationSection investigationSection;
    @Autowired
    DecisionSection decisionSection;
    @Autowired
    PersonRegister register;
    @Autowired
    CaseHandling caseHandling;
    @Autowired
    Investigations investigations;
    @Autowired
    Decisions decisions;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startVaadin() {
        se.vardkedjan.KaribuVaadin.useSecurityOf(context);
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(new Routes(), context, MockedUI::new));
        UI.getCurrent().setLocale(Locale.of("sv"));
        jdbc.sql("INSERT INTO organisation.districts (code, name) VALUES ('ui-d', 'Mitt') ON CONFLICT DO NOTHING")
                .update();
        jdbc.sql("INSERT INTO organisation.units (code, district_code, name) VALUES (?, 'ui-d', 'Beroende Mitt') "
                + "ON CONFLICT DO NOTHING").param(UNIT).update();
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theInvestigationSavesADraftWhenAFieldIsLeftAndListsWhatIsMissing() {
        signIn(List.of(Roles.CASEWORKER));
        var caseId = caseUnderInvestigation();
        UI.getCurrent().add(investigationSection.create(caseId));

        _setValue(_get(TextField.class, spec -> spec.withId("investigation-subject")), "Alkohol och boende");

        assertThat(_get(Span.class, spec -> spec.withId("investigation-draft-saved")).getText())
                .startsWith("Utkast sparat ");
        assertThat(investigations.find(caseId).orElseThrow().content().subject()).isEqualTo("Alkohol och boende");
        assertThat(missingTexts()).contains("klientens delaktighet (hur klienten deltog och klientens egna ord)",
                "bedömning av alkohol");
    }

    @Test
    void theChildrenAndRelativesAnswersAreChosenInRadioGroupsAndSavedWithTheDraft() {
        signIn(List.of(Roles.CASEWORKER));
        var caseId = caseUnderInvestigation();
        UI.getCurrent().add(investigationSection.create(caseId));
        _setValue(_get(TextField.class, spec -> spec.withId("investigation-subject")), "Alkohol");
        assertThat(missingTexts()).contains("svar på om klienten har barn under 18 år",
                "svar om klientens anhöriga och närstående");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<ChildrenAnswer> children = _get(RadioButtonGroup.class,
                spec -> spec.withId("investigation-children-answer"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<RelativesAnswer> relatives = _get(RadioButtonGroup.class,
                spec -> spec.withId("investigation-relatives-answer"));
        assertThat(children.getLabel()).isEqualTo("Klienten har barn under 18 år (i hushållet eller med umgänge)");
        assertThat(children.getItemLabelGenerator().apply(ChildrenAnswer.NO_CHILDREN)).isEqualTo("Nej");
        _setValue(children, ChildrenAnswer.HAS_CHILDREN);
        _setValue(relatives, RelativesAnswer.DECLINED);

        var saved = investigations.find(caseId).orElseThrow().content();
        assertThat(saved.childrenAnswer()).isEqualTo(ChildrenAnswer.HAS_CHILDREN);
        assertThat(saved.relativesAnswer()).isEqualTo(RelativesAnswer.DECLINED);
        assertThat(missingTexts()).contains("minst ett barn (svaret är att klienten har barn)")
                .doesNotContain("svar på om klienten har barn under 18 år", "svar om klientens anhöriga och närstående");

        MockVaadin.tearDown();
        se.vardkedjan.KaribuVaadin.useSecurityOf(context);
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(new Routes(), context, MockedUI::new));
        UI.getCurrent().setLocale(Locale.of("sv"));
        UI.getCurrent().add(investigationSection.create(caseId));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ChildrenAnswer> shown = _get(RadioButtonGroup.class,
                spec -> spec.withId("investigation-children-answer"));
        assertThat(shown.getValue()).as("shown again when the form is opened").isEqualTo(ChildrenAnswer.HAS_CHILDREN);
    }

    @Test
    void completingTooEarlyIsRefusedWithWhatIsMissing() {
        signIn(List.of(Roles.CASEWORKER));
        var caseId = caseUnderInvestigation();
        UI.getCurrent().add(investigationSection.create(caseId));
        _setValue(_get(TextField.class, spec -> spec.withId("investigation-subject")), "Alkohol");
        @SuppressWarnings("unchecked")
        Select<ParticipationMode> mode = _get(Select.class, spec -> spec.withId("investigation-participation-mode"));
        _setValue(mode, ParticipationMode.MEETING);

        _click(_get(Button.class, spec -> spec.withId("investigation-complete")));

        assertThat(_get(UnorderedList.class, spec -> spec.withId("investigation-problems-list")).getElement()
                .getTextRecursively()).startsWith("Utredningen kan inte slutföras ännu. Det saknas:");
        assertThat(investigations.find(caseId).orElseThrow().content().participation().mode())
                .isEqualTo(ParticipationMode.MEETING);
        assertThat(investigationSection.timeline(caseId)).isEmpty();
    }

    @Test
    void aCaseworkerDecidesOutpatientCareFromTheTabAndGetsTheDocument() {
        var caseworker = signIn(List.of(Roles.CASEWORKER));
        var caseId = investigated();
        UI.getCurrent().add(decisionSection.create(caseId));

        chooseItem(InterventionType.OUTPATIENT);
        _click(_get(Button.class, spec -> spec.withId("decision-decide")));

        var decided = decisions.ofCase(caseId);
        assertThat(decided).singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(DecisionStatus.DECIDED));
        var card = _get(Div.class, spec -> spec.withId("decision-" + decided.getFirst().id()));
        assertThat(card.getElement().getTextRecursively()).contains("Beslutat", "Öppenvård", "Beviljas");
        assertThat(card.getElement().getTextRecursively()).as("not in the organisation register: by username")
                .contains("av " + caseworker);
        assertThat(_find(Anchor.class, spec -> spec.withId("decision-download-" + decided.getFirst().id())))
                .singleElement().satisfies(anchor -> assertThat(anchor.getText()).isEqualTo("Hämta beslutet som PDF"));
        assertThat(decisionSection.timeline(caseId)).extracting(entry -> entry.titleKey())
                .contains("casehandling.decision.timeline.made", "casehandling.decision.timeline.granted");
        assertThat(investigationSection.timeline(caseId)).extracting(entry -> entry.titleKey())
                .containsExactly("casehandling.investigation.timeline.started",
                        "casehandling.investigation.timeline.completed");
    }

    @Test
    void residentialCareIsProposedAndTheUnitManagerApprovesItFromTheTab() {
        registerStaff(signIn(List.of(Roles.CASEWORKER)), "Hanna Handläggare");
        var caseId = investigated();
        UI.getCurrent().add(decisionSection.create(caseId));
        chooseItem(InterventionType.RESIDENTIAL);
        _click(_get(Button.class, spec -> spec.withId("decision-decide")));
        assertThat(decisions.ofCase(caseId).getFirst().status()).isEqualTo(DecisionStatus.PROPOSED);
        assertThat(_get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withId("decision-list")).getElement().getTextRecursively())
                .contains("av Hanna Handläggare – väntar på enhetschefens godkännande");
        assertThat(_find(Button.class, spec -> spec.withId("decision-approve"))).isEmpty();

        MockVaadin.tearDown();
        se.vardkedjan.KaribuVaadin.useSecurityOf(context);
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(new Routes(), context, MockedUI::new));
        UI.getCurrent().setLocale(Locale.of("sv"));
        registerStaff(signIn(List.of(Roles.UNIT_MANAGER, Roles.CASEWORKER)), "Elsa Enhetschef");
        UI.getCurrent().add(decisionSection.create(caseId));
        assertThat(_get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withId("decision-awaiting")).getElement().getTextRecursively())
                .contains("Beslut att godkänna", "Institutionsvård (HVB)", "av Hanna Handläggare");
        @SuppressWarnings("unchecked")
        Select<CommunicationChannel> informedBy = _find(Select.class).stream()
                .filter(select -> "Hur klienten underrättades".equals(select.getLabel()))
                .findFirst().orElseThrow();
        _setValue(informedBy, CommunicationChannel.LETTER);

        _click(_get(Button.class, spec -> spec.withId("decision-approve")));

        assertThat(decisions.ofCase(caseId).getFirst().status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(_find(Button.class, spec -> spec.withId("decision-approve"))).isEmpty();
        assertThat(_get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withId("decision-list")).getElement().getTextRecursively())
                .contains("Beslutat", "av Elsa Enhetschef");
    }

    @Test
    void aDecisionInformedBeforeItWasMadeIsRefusedAtTheInformedDateWithWhatWasTypedKeptAndNothingStored() {
        signIn(List.of(Roles.CASEWORKER));
        var caseId = investigated();
        UI.getCurrent().add(decisionSection.create(caseId));
        chooseItem(InterventionType.OUTPATIENT);
        var informedOn = _get(com.vaadin.flow.component.datepicker.DatePicker.class,
                spec -> spec.withId("decision-informed-on"));
        _setValue(informedOn, TODAY.minusDays(1));

        _click(_get(Button.class, spec -> spec.withId("decision-decide")));

        assertThat(informedOn.isInvalid()).isTrue();
        assertThat(informedOn.getErrorMessage()).isEqualTo("Underrättad datum kan inte vara före Beslutsdatum.");
        assertThat(summary("decision-form")).containsExactly(informedOn.getErrorMessage());
        assertThat(_get(TextField.class, spec -> spec.withId("decision-item-0-scope")).getValue())
                .isEqualTo("Två samtal i veckan");
        assertThat(toasts()).as("at the field, not a notification").isEmpty();
        assertThat(decisions.ofCase(caseId)).isEmpty();
    }

    @Test
    void markupInTheScopeAndAStartCenturiesAwayAreRefusedAtTheirFieldsAndNothingIsStored() {
        signIn(List.of(Roles.CASEWORKER));
        var caseId = investigated();
        UI.getCurrent().add(decisionSection.create(caseId));
        chooseItem(InterventionType.OUTPATIENT);
        var scope = _get(TextField.class, spec -> spec.withId("decision-item-0-scope"));
        _setValue(scope, "<script>alert(1)</script>");

        _click(_get(Button.class, spec -> spec.withId("decision-decide")));

        assertThat(scope.isInvalid()).isTrue();
        assertThat(scope.getErrorMessage()).contains("får inte innehålla HTML-kod eller skript");
        assertThat(scope.getValue()).isEqualTo("<script>alert(1)</script>");
        assertThat(summary("decision-form")).containsExactly(scope.getErrorMessage());

        _setValue(scope, "Två samtal i veckan");
        var startsOn = _get(com.vaadin.flow.component.datepicker.DatePicker.class,
                spec -> spec.withId("decision-item-0-starts-on"));
        _setValue(startsOn, LocalDate.of(3026, 1, 1));
        _click(_get(Button.class, spec -> spec.withId("decision-decide")));

        assertThat(scope.isInvalid()).isFalse();
        assertThat(startsOn.isInvalid()).isTrue();
        assertThat(startsOn.getErrorMessage()).contains("måste vara ett datum mellan 1900-01-01 och 2199-12-31");
        assertThat(summary("decision-form")).containsExactly(startsOn.getErrorMessage());
        assertThat(toasts()).isEmpty();
        assertThat(decisions.ofCase(caseId)).isEmpty();
    }

    @Test
    void aDecisionWithoutItsRequiredFieldsIsMarkedBeforeTheFacadeIsAsked() {
        signIn(List.of(Roles.CASEWORKER));
        var caseId = investigated();
        UI.getCurrent().add(decisionSection.create(caseId));

        _click(_get(Button.class, spec -> spec.withId("decision-decide")));

        var scope = _get(TextField.class, spec -> spec.withId("decision-item-0-scope"));
        assertThat(scope.isRequiredIndicatorVisible()).isTrue();
        assertThat(scope.isInvalid()).isTrue();
        assertThat(summary("decision-form")).contains("Fyll i Insats.", "Fyll i Omfattning.");
        assertThat(decisions.ofCase(caseId)).isEmpty();
    }

    @Test
    void closingAnInterventionBeforeItStartedIsRefusedAtTheDateInTheDialogWhichStaysOpen() {
        signIn(List.of(Roles.CASEWORKER));
        var caseId = investigated();
        var decided = decisions.decide(new se.vardkedjan.casehandling.DecideInterventions(caseId, TODAY,
                List.of(new se.vardkedjan.casehandling.DecideInterventions.Item(InterventionType.OUTPATIENT,
                        DecisionOutcome.GRANTED, "Två samtal i veckan", TODAY, null, "SOL-11-1", null)),
                CommunicationChannel.MEETING, TODAY));
        var item = decided.items().getFirst().id();
        UI.getCurrent().add(decisionSection.create(caseId));
        _click(_get(Button.class, spec -> spec.withId("decision-close-open-" + item)));
        var dialog = _get(com.vaadin.flow.component.dialog.Dialog.class,
                spec -> spec.withId("decision-close-dialog-" + item));
        @SuppressWarnings("unchecked")
        Select<se.vardkedjan.casehandling.ClosureReason> reason = _get(Select.class,
                spec -> spec.withId("decision-close-reason-" + item));
        _setValue(reason, se.vardkedjan.casehandling.ClosureReason.GOALS_REACHED);

        _click(_get(Button.class, spec -> spec.withId("decision-close-" + item)));
        var outcome = _get(TextField.class, spec -> spec.withId("decision-close-outcome-" + item));
        assertThat(outcome.isInvalid()).as("required, before the facade is asked").isTrue();
        assertThat(dialog.isOpened()).isTrue();

        _setValue(outcome, "Målen är nådda.");
        var closedOn = _get(com.vaadin.flow.component.datepicker.DatePicker.class,
                spec -> spec.withId("decision-close-date-" + item));
        _setValue(closedOn, TODAY.minusDays(1));
        _click(_get(Button.class, spec -> spec.withId("decision-close-" + item)));

        assertThat(closedOn.isInvalid()).isTrue();
        assertThat(summary("decision-close-form-" + item)).containsExactly(closedOn.getErrorMessage());
        assertThat(dialog.isOpened()).isTrue();
        assertThat(outcome.getValue()).isEqualTo("Målen är nådda.");
        assertThat(toasts()).isEmpty();
        assertThat(decisions.ofCase(caseId).getFirst().items().getFirst().closedOn()).isNull();
    }

    /** What a form's summary at its top lists (ADR 0019); empty while it is hidden. */
    static List<String> summary(String form) {
        return _find(UnorderedList.class, spec -> spec.withId(form + "-problems-list")).stream()
                .flatMap(list -> list.getChildren()).map(item -> item.getElement().getTextRecursively()).toList();
    }

    /** The refusals shown as notifications (concurrent changes and missing access only). */
    static List<String> toasts() {
        return _find(Span.class, spec -> spec.withId("problem-message")).stream().map(Span::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private void chooseItem(InterventionType type) {
        _setValue((Select<InterventionType>) _get(Select.class, spec -> spec.withId("decision-item-0-type")), type);
        _setValue((Select<DecisionOutcome>) _get(Select.class, spec -> spec.withId("decision-item-0-outcome")),
                DecisionOutcome.GRANTED);
        _setValue(_get(TextField.class, spec -> spec.withId("decision-item-0-scope")), "Två samtal i veckan");
        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class,
                spec -> spec.withId("decision-item-0-starts-on")), TODAY);
        var basis = (Select<se.vardkedjan.casehandling.LegalBasis>) _get(Select.class,
                spec -> spec.withId("decision-item-0-legal-basis"));
        _setValue(basis, basis.getListDataView().getItems().filter(r -> r.code().equals("SOL-11-1")).findFirst()
                .orElseThrow());
        _setValue((Select<CommunicationChannel>) _get(Select.class, spec -> spec.withId("decision-informed-by")),
                CommunicationChannel.MEETING);
    }

    private List<String> missingTexts() {
        return _get(UnorderedList.class, spec -> spec.withId("investigation-missing")).getChildren()
                .map(item -> item.getElement().getTextRecursively()).toList();
    }

    private CaseId caseUnderInvestigation() {
        var person = register.register(new RegisterPerson(se.vardkedjan.KaribuVaadin.personalNumber(), null, null, "Test", "Person", null, null,
                "Gatan 1", "123 45", "Staden", ProtectionLevel.NONE));
        var caseId = caseHandling.registerIntake(new RegisterIntake(person, new se.vardkedjan.sharedkernel.UnitCode(UNIT),
                IntakeKind.APPLICATION, TODAY.minusDays(3), "Ansöker om stöd.", null, null, null, false, null, false)).caseId();
        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.",
                TODAY.minusDays(2), TODAY.plusMonths(4));
        return caseId;
    }

    private CaseId investigated() {
        var caseId = caseUnderInvestigation();
        var needs = Arrays.stream(LifeArea.values()).map(area -> new InvestigationContent.Need(area, 3, null, null))
                .toList();
        var content = new InvestigationContent(TODAY.minusDays(2), "Alkohol",
                List.of(new InvestigationContent.Source(SourceKind.CLIENT, "Samtal", TODAY.minusDays(2))), needs,
                List.of(), List.of(), new InvestigationContent.Participation(ParticipationMode.MEETING, "Jag vill ha hjälp."),
                "Behov av stöd.", "Öppenvård.", new InvestigationContent.Communication(TODAY,
                CommunicationChannel.MEETING, null),
                ChildrenAnswer.NO_CHILDREN, RelativesAnswer.NONE);
        investigations.saveAndComplete(caseId, 0, content);
        return caseId;
    }

    /** Signs in as Spring Security's OIDC login would, with the realm's roles and the test unit; the username. */
    private String signIn(List<String> roles) {
        var name = "ui-user-" + USERS.incrementAndGet() + "-" + System.nanoTime();
        KaribuVaadin.logIn(context, name, name, roles, List.of(UNIT));
        return name;
    }

    private void registerStaff(String username, String displayName) {
        jdbc.sql("INSERT INTO organisation.staff_members (username, display_name) VALUES (?, ?)")
                .params(username, displayName).update();
    }
}
