package se.vardkedjan.citizenportal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.vardkedjan.BadInput;
import se.vardkedjan.KaribuVaadin;
import se.vardkedjan.casehandling.FileSection;
import se.vardkedjan.casehandling.GoalInput;
import se.vardkedjan.sharedkernel.Roles;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Mina val" and "Vem har läst min journal" (ADR 0028, slice 2), browserless against the real facades and PostgreSQL:
 * the client gives an adult reading access to parts of the file, who then chooses the client's file on the start page
 * and reads only what was shared, with no button to change anything; the client hides new entries and blocks the
 * portal (every other page leads to the start page, which says how to lift it); the client sees who read their file,
 * themselves and the adult included, asks about a staff member's read, and the unit manager answers on the start page's
 * link. Bad input to the forms is refused with a clear message and nothing kept.
 */
class PortalChoicesPagesTests extends PortalUiTestSupport {

    @BeforeEach
    void aUnitOfTheirOwnWithItsCaseworker() {
        newUnitWithCaseworker("val-", "Beroendeenheten Val");
    }

    @Test
    void aClientGivesAnAdultReadingAccessWhoReadsOnlyWhatWasSharedAndCannotChangeIt() {
        var clientNumber = KaribuVaadin.personalNumber();
        decidedCaseWithPlan(clientNumber);
        var adultNumber = KaribuVaadin.personalNumber();
        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Klara Klient", clientNumber);

        UI.getCurrent().navigate("portal/val");
        assertThat(_get(H1.class, spec -> spec.withId("portal-choices-heading")).getText()).isEqualTo("Mina val");
        _setValue(_get(TextField.class, spec -> spec.withId("portal-trust-number")), adultNumber);
        @SuppressWarnings("unchecked")
        CheckboxGroup<FileSection> sections = _get(CheckboxGroup.class, spec -> spec.withId("portal-trust-sections"));
        _setValue(sections, Set.of(FileSection.PLAN, FileSection.JOURNAL));
        _click(_get(Button.class, spec -> spec.withId("portal-trust-give")));
        assertThat(_get(Div.class, spec -> spec.withId("portal-choices-trusted")).getElement().getTextRecursively())
                .contains("får läsa: Min plan, Min journal");
        assertThat(_get(Div.class, spec -> spec.withId("portal-choices-history")).getElement().getTextRecursively())
                .contains("Du gav personen med personnummer " + adultNumber.substring(0, 8) + "-**** läsrätt till");

        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Adam Anhörig", adultNumber);
        UI.getCurrent().navigate("portal");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> whose = _get(RadioButtonGroup.class, spec -> spec.withId("portal-whose-file-choice"));
        var klara = whose.getListDataView().getItems().filter(o -> whose.getItemLabelGenerator().apply(o)
                .equals("Klara")).findFirst().orElseThrow();
        _setValue(whose, klara);
        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-whose-file-shared")).getText())
                .isEqualTo("Du läser nu Klaras journal. Du kan bara läsa det Klara har delat med dig: Min plan, "
                        + "Min journal. Du kan inte ändra något.");
        assertThat(_find(Div.class, spec -> spec.withId("portal-case-now"))).as("the case is not shared").isEmpty();

        UI.getCurrent().navigate("portal/min-plan");
        assertThat(_get(OrderedList.class, spec -> spec.withId("portal-plan-goals")).getElement()
                .getTextRecursively()).contains("Jag vill sova bättre.");
        assertThat(_find(TextArea.class)).as("no comment for a reader").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("portal-plan-agree"))).isEmpty();

        UI.getCurrent().navigate("portal/val");
        assertThat(_find(Paragraph.class, spec -> spec.withId("portal-choices-reading-other"))).hasSize(1);
        _click(_get(Button.class, spec -> spec.withId("portal-choices-read-own")));
        assertThat(_find(Div.class, spec -> spec.withId("portal-no-case"))).as("the adult's own file: none")
                .hasSize(1);
    }

    @Test
    void aClientHidesNewEntriesAndBlocksThePortalSeeingOnlyHowToLiftItAndLiftsIt() {
        var number = KaribuVaadin.personalNumber();
        decidedCaseWithPlan(number);
        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Klara Klient", number);

        UI.getCurrent().navigate("portal/val");
        @SuppressWarnings("unchecked")
        Select<Integer> days = _get(Select.class, spec -> spec.withId("portal-hide-days"));
        _setValue(days, 7);
        _click(_get(Button.class, spec -> spec.withId("portal-hide")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-choices-hide-on")).getText())
                .startsWith("Anteckningar som är nyare än 7 dagar är dolda");
        _click(_get(Button.class, spec -> spec.withId("portal-block")));
        assertThat(_find(Paragraph.class, spec -> spec.withId("portal-choices-blocked"))).hasSize(1);

        UI.getCurrent().navigate("portal/min-plan");
        assertThat(_get(Div.class, spec -> spec.withId("portal-blocked")).getElement().getTextRecursively())
                .contains("Du har spärrat din åtkomst till Mina sidor");
        assertThat(_find(OrderedList.class, spec -> spec.withId("portal-plan-goals"))).isEmpty();
        UI.getCurrent().navigate("portal/logg");
        assertThat(_find(Div.class, spec -> spec.withId("portal-blocked"))).hasSize(1);

        UI.getCurrent().navigate("portal/val");
        _click(_get(Button.class, spec -> spec.withId("portal-unblock")));
        _click(_get(Button.class, spec -> spec.withId("portal-hide-off")));
        UI.getCurrent().navigate("portal/min-plan");
        assertThat(_find(OrderedList.class, spec -> spec.withId("portal-plan-goals"))).hasSize(1);
        UI.getCurrent().navigate("portal/val");
        assertThat(_get(Div.class, spec -> spec.withId("portal-choices-history")).getElement().getTextRecursively())
                .contains("Du hävde spärren", "Du spärrade din åtkomst", "Du visade alla anteckningar igen",
                        "Du dolde anteckningar som är nyare än 7 dagar");
    }

    @Test
    void aBadNumberOrNoPartsIsRefusedWithAClearMessageAndNothingIsKept() {
        var number = KaribuVaadin.personalNumber();
        decidedCaseWithPlan(number);
        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Klara Klient", number);
        UI.getCurrent().navigate("portal/val");
        @SuppressWarnings("unchecked")
        CheckboxGroup<FileSection> sections = _get(CheckboxGroup.class, spec -> spec.withId("portal-trust-sections"));

        _setValue(sections, Set.of(FileSection.PLAN));
        _setValue(_get(TextField.class, spec -> spec.withId("portal-trust-number")), "19800101-0000");
        _click(_get(Button.class, spec -> spec.withId("portal-trust-give")));
        assertThat(BadInput.refusals()).isNotEmpty();
        _setValue(_get(TextField.class, spec -> spec.withId("portal-trust-number")), number);
        _click(_get(Button.class, spec -> spec.withId("portal-trust-give")));
        assertThat(BadInput.refusals()).anyMatch(text -> text.startsWith("Du kan inte ge dig själv läsrätt"));
        _setValue(_get(TextField.class, spec -> spec.withId("portal-trust-number")), KaribuVaadin.personalNumber());
        _setValue(sections, Set.of());
        _click(_get(Button.class, spec -> spec.withId("portal-trust-give")));
        assertThat(BadInput.refusals()).contains("Välj minst en del av journalen som personen får läsa.");
        assertThat(jdbc.sql("SELECT count(*) FROM casehandling.client_choices c JOIN casehandling.persons p "
                + "ON p.id = c.person_id WHERE p.identity_number = ?").param(number).query(Integer.class).single())
                .isZero();
    }

    @Test
    void aClientSeesWhoReadTheirFileAsksAboutAReadAndTheUnitManagerAnswers() {
        var number = KaribuVaadin.personalNumber();
        decidedCaseWithPlan(number);
        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Klara Klient", number);
        UI.getCurrent().navigate("portal/min-plan");

        UI.getCurrent().navigate("portal/logg");
        var lines = _get(OrderedList.class, spec -> spec.withId("portal-log-lines")).getElement().getTextRecursively();
        assertThat(lines).contains("Du själv läste vårdplan", "Hanna Handläggare (personal som arbetar med ditt "
                + "ärende)", "Enhet: Beroendeenheten Val");
        _click(_find(Button.class, spec -> spec.withClasses("vk-portal-log-ask")).getFirst());
        _click(_find(Button.class, spec -> spec.withClasses("vk-portal-log-question-send")).getFirst());
        assertThat(BadInput.refusals()).contains("Fyll i Din fråga.");
        _setValue(_find(TextArea.class, spec -> spec.withClasses("vk-portal-log-question")).getFirst(),
                "Varför läste du om mig?");
        _click(_find(Button.class, spec -> spec.withClasses("vk-portal-log-question-send")).getFirst());
        assertThat(_get(Div.class, spec -> spec.withId("portal-log-questions")).getElement().getTextRecursively())
                .contains("Varför läste du om mig?", "Vi har inte svarat ännu.");

        KaribuVaadin.logIn(context, "ec-" + unit, "Maja Chef", List.of(Roles.UNIT_MANAGER, Roles.CASEWORKER),
                List.of(unit));
        UI.getCurrent().navigate("atkomstlogg/fragor");
        assertThat(_find(Div.class, spec -> spec.withClasses("vk-access-question")).getFirst().getElement()
                .getTextRecursively()).contains("Klara Klient", "Varför läste du om mig?");
        _click(_find(Button.class, spec -> spec.withClasses("vk-access-question-send")).getFirst());
        assertThat(BadInput.refusals()).contains("Fyll i Svar till klienten.");
        _setValue(_find(TextArea.class, spec -> spec.withClasses("vk-access-question-answer")).getFirst(),
                "Handläggaren skrev din plan.");
        _click(_find(Button.class, spec -> spec.withClasses("vk-access-question-send")).getFirst());
        assertThat(_find(TextArea.class, spec -> spec.withClasses("vk-access-question-answer"))).isEmpty();

        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Klara Klient", number);
        UI.getCurrent().navigate("portal/logg");
        assertThat(_get(Div.class, spec -> spec.withId("portal-log-questions")).getElement().getTextRecursively())
                .contains("Handläggaren skrev din plan.");
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log l JOIN casehandling.persons p "
                        + "ON p.id = l.person_id WHERE p.identity_number = ? AND l.what = 'OWN_ACCESS_LOG'")
                .param(number).query(Integer.class).single()).as("each read of the log is logged").isEqualTo(3);
    }

    @Test
    void theChoicesPageSpeaksEnglish() {
        var number = KaribuVaadin.personalNumber();
        decidedCaseWithPlan(number);
        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Klara Klient", number);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("portal/val");
        assertThat(_get(H1.class, spec -> spec.withId("portal-choices-heading")).getText()).isEqualTo("My choices");
        UI.getCurrent().navigate("portal/logg");
        assertThat(_get(H1.class, spec -> spec.withId("portal-log-heading")).getText())
                .isEqualTo("Who has read my file");
    }

    /** A decided case of the person with the number, its caseworker responsible, and a draft plan. */
    private void decidedCaseWithPlan(String number) {
        decidedCaseWithDraftPlan(number, plan -> carePlans.setGoal(plan, 0,
                new GoalInput("Jag vill sova bättre.", "Egen skattning 1–10", TODAY.plusMonths(2))));
    }
}
