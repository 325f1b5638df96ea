package se.vardkedjan.citizenportal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.vardkedjan.KaribuVaadin;
import se.vardkedjan.casehandling.ActivityInput;
import se.vardkedjan.casehandling.ActivityPerformer;
import se.vardkedjan.casehandling.GoalInput;
import se.vardkedjan.casehandling.CasePageSection;
import se.vardkedjan.sharedkernel.CaseId;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's start page and "Min plan", browserless against the real facades and PostgreSQL (ADR 0028): a client
 * reads where their case stands and their plan in plain Swedish, comments on a goal and agrees, and the caseworker sees
 * both on the case page; a client without a case, or whose login carries no number, gets a short page saying what to
 * do instead.
 */
class PortalPagesTests extends PortalUiTestSupport {

    @Autowired
    List<CasePageSection> sections;

    @BeforeEach
    void aUnitOfTheirOwnWithItsCaseworker() {
        newUnitWithCaseworker("portal-", "Beroendeenheten Test");
    }

    @Test
    void aClientReadsWhatIsHappeningAndTheirPlanCommentsOnAGoalAndAgreesAndTheCaseworkerSeesBoth() {
        var number = KaribuVaadin.personalNumber();
        var caseId = decidedCaseWithPlan(number);
        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Klara Klient", number);

        UI.getCurrent().navigate("portal");
        assertThat(_get(H1.class, spec -> spec.withId("portal-welcome")).getText()).isEqualTo("Välkommen, Klara Klient");
        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-case-stage")).getText())
                .isEqualTo("Vi har fattat beslut om ditt stöd.");
        assertThat(_get(Div.class, spec -> spec.withId("portal-next-step")).getElement().getTextRecursively())
                .contains("Nästa gång vi följer upp din plan tillsammans är " + TODAY.plusMonths(2));
        assertThat(_get(Div.class, spec -> spec.withId("portal-contact")).getElement().getTextRecursively())
                .contains("Din handläggare är Hanna Handläggare på Beroendeenheten Test.");
        assertThat(_get(RouterLink.class, spec -> spec.withId("portal-start-plan-link")).getHref())
                .isEqualTo("portal/min-plan");

        UI.getCurrent().navigate("portal/min-plan");
        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-plan-status")).getText())
                .startsWith("Det här är ett förslag till plan.");
        assertThat(_get(com.vaadin.flow.component.html.OrderedList.class, spec -> spec.withId("portal-plan-goals"))
                .getElement().getTextRecursively()).contains("Jag vill sova bättre.", "Jag vill ha ett arbete.");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("portal-plan-activities")).getElement()
                .getTextRecursively()).contains("Där du får hjälp: Samtal varje vecka (Tisdagar)");

        var comment = _find(TextArea.class).getFirst();
        _setValue(comment, "Jag sover bäst om jag får gå ut på kvällen.");
        _click(_find(Button.class, spec -> spec.withClasses("vk-portal-comment-send")).getFirst());
        assertThat(_find(ListItem.class).stream().map(item -> item.getElement().getTextRecursively()))
                .anyMatch(text -> text.contains("Jag sover bäst om jag får gå ut på kvällen."));
        _click(_get(Button.class, spec -> spec.withId("portal-plan-agree")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-plan-agreed")).getText())
                .startsWith("Du sa att du håller med om planen");
        assertThat(_find(Button.class, spec -> spec.withId("portal-plan-agree"))).isEmpty();

        logInCaseworker();
        UI.getCurrent().add(sections.stream().filter(section -> "plan".equals(section.path())).findFirst()
                .orElseThrow().create(caseId));
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-client-agreement")).getText())
                .startsWith("Klienten godkände planen på Mina sidor");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("plan-client-comments")).getElement()
                .getTextRecursively()).contains("om målet ”Jag vill sova bättre.”: Jag sover bäst om jag får gå ut");
    }

    @Test
    void theStartPageSaysHowToReachTheUnitFromTheRegisterAndTheSwitchboardWhenItHasNothing() {
        var number = KaribuVaadin.personalNumber();
        decidedCaseWithPlan(number);
        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Klara Klient", number);
        UI.getCurrent().navigate("portal");
        assertThat(_get(Div.class, spec -> spec.withId("portal-contact")).getElement().getTextRecursively())
                .contains("Ring kommunens växel");
        assertThat(_find(com.vaadin.flow.component.html.UnorderedList.class,
                spec -> spec.withId("portal-unit-contact"))).isEmpty();

        jdbc.sql("UPDATE organisation.units SET phone = '08-123 450 00', phone_hours = 'Mån–fre 8.30–11.30', "
                + "email = 'enhet@kommun.example', visiting_address = 'Storgatan 1, 123 45 Stad' WHERE code = ?")
                .param(unit).update();
        UI.getCurrent().navigate("portal/min-plan");
        UI.getCurrent().navigate("portal");
        var contact = _get(com.vaadin.flow.component.html.UnorderedList.class,
                spec -> spec.withId("portal-unit-contact"));
        assertThat(contact.getElement().getTextRecursively()).contains("08-123 450 00", "(Mån–fre 8.30–11.30)",
                "enhet@kommun.example", "Besöksadress: Storgatan 1, 123 45 Stad");
        assertThat(_find(contact, com.vaadin.flow.component.html.Anchor.class)).extracting(a -> a.getHref())
                .containsExactly("tel:0812345000", "mailto:enhet@kommun.example");
        assertThat(_get(Div.class, spec -> spec.withId("portal-contact")).getElement().getTextRecursively())
                .doesNotContain("Ring kommunens växel");
    }

    @Test
    void anEmptyOrOversizedCommentIsRefusedWithAClearMessageAndNothingIsKept() {
        var number = KaribuVaadin.personalNumber();
        decidedCaseWithPlan(number);
        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Klara Klient", number);
        UI.getCurrent().navigate("portal/min-plan");
        var send = _find(Button.class, spec -> spec.withClasses("vk-portal-comment-send")).getFirst();

        _click(send);
        assertThat(se.vardkedjan.BadInput.refusals()).contains("Fyll i Din kommentar.");

        _setValue(_find(TextArea.class).getFirst(), "x".repeat(4_001));
        _click(_find(Button.class, spec -> spec.withClasses("vk-portal-comment-send")).getFirst());
        assertThat(se.vardkedjan.BadInput.refusals()).anyMatch(text -> text.startsWith("Din kommentar får vara högst 4"));
        assertThat(jdbc.sql("SELECT count(*) FROM casehandling.care_plan_goal_comments c "
                + "JOIN casehandling.care_plans p ON p.id = c.care_plan_id JOIN casehandling.cases k ON k.id = p.case_id "
                + "WHERE k.unit_code = ?").param(unit).query(Integer.class).single()).isZero();
    }

    @Test
    void aClientWithoutACaseIsToldSoAndLinkedToTheApplication() {
        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Nils Ny", KaribuVaadin.personalNumber());

        UI.getCurrent().navigate("portal");
        var noCase = _get(Div.class, spec -> spec.withId("portal-no-case"));
        assertThat(noCase.getElement().getTextRecursively()).contains("Du har inget ärende hos oss",
                "Du kan ansöka här på Mina sidor");
        assertThat(_get(RouterLink.class, spec -> spec.withId("portal-no-case-apply")).getHref())
                .isEqualTo("portal/ansok");
        assertThat(_find(RouterLink.class, spec -> spec.withId("portal-start-plan-link"))).isEmpty();

        UI.getCurrent().navigate("portal/min-plan");
        assertThat(_find(Div.class, spec -> spec.withId("portal-no-case"))).hasSize(1);
    }

    @Test
    void aLoginWithoutAPersonalNumberIsToldWhichOtherChannelExistsNotAnError() {
        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Utan Nummer", null);

        UI.getCurrent().navigate("portal");

        assertThat(_get(Div.class, spec -> spec.withId("portal-not-identified")).getElement().getTextRecursively())
                .contains("Ring kommunens växel");
        assertThat(_find(H1.class, spec -> spec.withId("access-denied"))).isEmpty();
    }

    @Test
    void thePortalSpeaksEnglishWhenAskedTo() {
        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Nils Ny", KaribuVaadin.personalNumber());
        UI.getCurrent().setLocale(Locale.ENGLISH);

        UI.getCurrent().navigate("portal/min-plan");

        assertThat(_get(H1.class, spec -> spec.withId("portal-plan-heading")).getText()).isEqualTo("My plan");
        assertThat(_get(Div.class, spec -> spec.withId("portal-no-case")).getElement().getTextRecursively())
                .contains("You have no case with us");
    }

    /** A decided case of the person with the number, its caseworker responsible, and a draft plan. */
    private CaseId decidedCaseWithPlan(String number) {
        return decidedCaseWithDraftPlan(number, plan -> {
            carePlans.setGoal(plan, 0, new GoalInput("Jag vill sova bättre.", "Egen skattning 1–10",
                    TODAY.plusMonths(2)));
            carePlans.setGoal(plan, 1, new GoalInput("Jag vill ha ett arbete.", "Anställning", TODAY.plusMonths(6)));
            carePlans.planActivity(plan, 2, new ActivityInput("Samtal varje vecka", ActivityPerformer.PROVIDER,
                    "Tisdagar"));
        });
    }
}
