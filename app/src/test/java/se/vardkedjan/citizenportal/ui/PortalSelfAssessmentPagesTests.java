package se.vardkedjan.citizenportal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import se.vardkedjan.KaribuVaadin;
import se.vardkedjan.casehandling.CasePageSection;
import se.vardkedjan.casehandling.GoalInput;
import se.vardkedjan.followup.OwnQuestionnaire;
import se.vardkedjan.followup.Questionnaires;
import se.vardkedjan.sharedkernel.CaseId;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The self-assessments browserless against the real facades and PostgreSQL (ADR 0029, slice 2): the caseworker sends
 * an AUDIT from the Uppföljning tab; the client sees the notice on the start page, answers one question at a time,
 * leaves and continues where they were, checks the summary and sends; the caseworker sees it answered. Another
 * client's questionnaire by address shows only that there is no such questionnaire.
 */
class PortalSelfAssessmentPagesTests extends PortalUiTestSupport {

    @Autowired
    Questionnaires questionnaires;
    @Autowired
    List<CasePageSection> sections;

    @BeforeEach
    void aUnitOfTheirOwnWithItsCaseworker() {
        newUnitWithCaseworker("self-", "Beroendeenheten");
    }

    private void showFollowUpTab(CaseId caseId) {
        UI.getCurrent().removeAll();
        UI.getCurrent().add(sections.stream().filter(section -> "uppfoljning".equals(section.path())).findFirst()
                .orElseThrow().create(caseId));
    }

    @SuppressWarnings("unchecked")
    private void answer(String optionText) {
        var radios = (RadioButtonGroup<OwnQuestionnaire.Option>) _get(RadioButtonGroup.class,
                spec -> spec.withId("portal-self-question"));
        var option = radios.getListDataView().getItems().filter(o -> o.text().sv().equals(optionText)).findFirst()
                .orElseThrow();
        _setValue(radios, option);
        _click(_get(Button.class, spec -> spec.withId("portal-self-next")));
    }

    private String progress() {
        return _get(Paragraph.class, spec -> spec.withId("portal-self-progress")).getText();
    }

    @Test
    void theCaseworkerSendsAnAuditAndTheClientAnswersOneQuestionAtATimeContinuesLaterAndSendsIt() {
        var number = KaribuVaadin.personalNumber();
        var caseId = decidedCase(number);

        logInCaseworker();
        showFollowUpTab(caseId);
        @SuppressWarnings("unchecked")
        var instrument = (ComboBox<Questionnaires.Sendable>) _get(ComboBox.class,
                spec -> spec.withId("follow-up-questionnaire-instrument"));
        _setValue(instrument, instrument.getListDataView().getItems().filter(s -> s.code().equals("AUDIT"))
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("follow-up-questionnaire-send")));
        assertThat(_get(NativeTable.class, spec -> spec.withId("follow-up-questionnaires-table")).getElement()
                .getTextRecursively()).contains("AUDIT", "Skickad, inte påbörjad", "0 av 10 frågor");
        SecurityContextHolder.clearContext();

        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Klara Klient", number);
        UI.getCurrent().navigate("portal");
        assertThat(_get(Div.class, spec -> spec.withId("portal-self-assessment-notice")).getElement()
                .getTextRecursively()).contains("Du har en självskattning att fylla i");
        UI.getCurrent().navigate("portal/skattningar");
        var open = _find(RouterLink.class, spec -> spec.withText("Börja fylla i")).getFirst();
        UI.getCurrent().navigate(open.getHref());
        assertThat(progress()).isEqualTo("Fråga 1 av 10");
        assertThat(_find(Button.class, spec -> spec.withId("portal-self-previous"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("portal-self-next")));
        assertThat(progress()).as("an unanswered question holds").isEqualTo("Fråga 1 av 10");
        answer("2–4 gånger i månaden");
        answer("3–4");
        assertThat(progress()).isEqualTo("Fråga 3 av 10");

        UI.getCurrent().navigate("portal");
        UI.getCurrent().navigate(open.getHref());
        assertThat(progress()).as("continues where they were").isEqualTo("Fråga 3 av 10");
        _click(_get(Button.class, spec -> spec.withId("portal-self-previous")));
        assertThat(progress()).isEqualTo("Fråga 2 av 10");
        @SuppressWarnings("unchecked")
        var kept = (RadioButtonGroup<OwnQuestionnaire.Option>) _get(RadioButtonGroup.class,
                spec -> spec.withId("portal-self-question"));
        assertThat(kept.getValue().text().sv()).isEqualTo("3–4");
        _click(_get(Button.class, spec -> spec.withId("portal-self-next")));
        for (int i = 3; i <= 8; i++) {
            answer("Aldrig");
        }
        answer("Nej");
        answer("Nej");
        assertThat(_get(H2.class, spec -> spec.withId("portal-self-summary-heading")).getText())
                .isEqualTo("Kontrollera dina svar");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("portal-self-summary")).getElement()
                .getTextRecursively()).contains("Fråga 1: Hur ofta dricker du alkohol? Ditt svar: 2–4 gånger i månaden.");
        _click(_get(Button.class, spec -> spec.withId("portal-self-send")));
        assertThat(_get(H2.class, spec -> spec.withId("portal-self-thanks")).getText())
                .isEqualTo("Tack för dina svar!");
        var page = UI.getCurrent().getElement().getTextRecursively();
        assertThat(page).as("no score, no clinical label").doesNotContain("poäng", "Låg risk", "Riskbruk", "beroende");
        UI.getCurrent().navigate("portal");
        assertThat(_find(Div.class, spec -> spec.withId("portal-self-assessment-notice"))).isEmpty();
        SecurityContextHolder.clearContext();

        logInCaseworker();
        showFollowUpTab(caseId);
        assertThat(_get(NativeTable.class, spec -> spec.withId("follow-up-questionnaires-table")).getElement()
                .getTextRecursively()).contains("Besvarad", "10 av 10 frågor");
        assertThat(jdbc.sql("SELECT source || ' ' || occasion || ' ' || total FROM followup.measurements "
                + "WHERE case_id = ? AND instrument_code = 'AUDIT'").param(caseId.value()).query(String.class)
                .single()).isEqualTo("CLIENT_SELF BASELINE 3");
    }

    @Test
    void anotherClientsQuestionnaireByAddressShowsThatThereIsNoneAndTheProbeIsRecorded() {
        var victim = KaribuVaadin.personalNumber();
        var caseId = decidedCase(victim);
        logInCaseworker();
        var id = questionnaires.send(caseId, "DUDIT", null);
        SecurityContextHolder.clearContext();
        var attacker = "subject-" + UUID.randomUUID();
        KaribuVaadin.logInClient(context, attacker, "Mats Annan", KaribuVaadin.personalNumber());

        UI.getCurrent().navigate("portal/skattningar/" + id.value());

        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-self-not-found")).getText())
                .isEqualTo("Det finns ingen sådan självskattning.");
        assertThat(_find(RadioButtonGroup.class)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.security_events WHERE actor_subject = ? "
                + "AND target_kind = 'QUESTIONNAIRE'").param(attacker).query(Long.class).single()).isEqualTo(1);
        UI.getCurrent().navigate("portal/skattningar/inte-ett-id");
        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-self-not-found"))).isNotNull();
    }

    @Test
    void aGoalRatingSentToTheClientAsksThemInTheirOwnWordsWhileTheStaffFormKeepsTheStaffWording() {
        var number = KaribuVaadin.personalNumber();
        var caseId = decidedCase(number);

        logInCaseworker();
        showFollowUpTab(caseId);
        @SuppressWarnings("unchecked")
        var instrument = (ComboBox<Questionnaires.Sendable>) _get(ComboBox.class,
                spec -> spec.withId("follow-up-questionnaire-instrument"));
        _setValue(instrument, instrument.getListDataView().getItems().filter(s -> s.code().equals("GOAL"))
                .findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        var goal = (ComboBox<Questionnaires.GoalChoice>) _get(ComboBox.class,
                spec -> spec.withId("follow-up-questionnaire-goal"));
        _setValue(goal, goal.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("follow-up-questionnaire-send")));
        SecurityContextHolder.clearContext();

        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Klara Klient", number);
        UI.getCurrent().navigate("portal/skattningar");
        var open = _find(RouterLink.class, spec -> spec.withText("Börja fylla i")).getFirst();
        UI.getCurrent().navigate(open.getHref());
        @SuppressWarnings("unchecked")
        var first = (RadioButtonGroup<OwnQuestionnaire.Option>) _get(RadioButtonGroup.class,
                spec -> spec.withId("portal-self-question"));
        assertThat(first.getLabel()).isEqualTo("Har du nått målet?");
        answer("Delvis uppnått");
        @SuppressWarnings("unchecked")
        var second = (RadioButtonGroup<OwnQuestionnaire.Option>) _get(RadioButtonGroup.class,
                spec -> spec.withId("portal-self-question"));
        assertThat(second.getLabel())
                .isEqualTo("Hur nära är du målet? Svara från 0 (inte alls) till 10 (jag har nått det helt).")
                .doesNotContain("Klientens");
        SecurityContextHolder.clearContext();
        // the staff's own form of the same definition keeps the staff wording
        assertThat(context.getBean(se.vardkedjan.followup.instrument.InstrumentCatalogue.class).current("GOAL")
                .orElseThrow().items().get(1).text().sv()).startsWith("Klientens egen skattning");
    }

    /** A decided case of the person with the number, its caseworker responsible, and a plan with a goal. */
    private CaseId decidedCase(String number) {
        return decidedCaseWithDraftPlan(number,
                plan -> carePlans.setGoal(plan, 0, new GoalInput("Dricka mindre.", "AUDIT", TODAY.plusMonths(2))));
    }
}
