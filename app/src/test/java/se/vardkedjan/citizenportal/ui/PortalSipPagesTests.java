package se.vardkedjan.citizenportal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import se.vardkedjan.KaribuVaadin;
import se.vardkedjan.casehandling.CasePageSection;
import se.vardkedjan.casehandling.ConsentForm;
import se.vardkedjan.casehandling.CoordinatedPlanId;
import se.vardkedjan.casehandling.CoordinatedPlans;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.NewParticipant;
import se.vardkedjan.casehandling.Principal;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.RegisterIntake;
import se.vardkedjan.casehandling.RegisterPerson;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Min SIP", browserless against the real facades and PostgreSQL (ADR 0028, slice 2): the client reads who takes part
 * and who does what, reads what withdrawing consent means before confirming, withdraws it, and the caseworker sees on
 * the case page and the start page that the client did it in the portal.
 */
class PortalSipPagesTests extends PortalUiTestSupport {

    @Autowired
    CoordinatedPlans plans;
    @Autowired
    List<CasePageSection> sections;

    @BeforeEach
    void aUnitOfTheirOwnWithItsCaseworker() {
        newUnitWithCaseworker("portalsip-", "Beroendeenheten Test");
    }

    @Test
    void aClientReadsTheirSipReadsTheConsequenceWithdrawsConsentAndTheCaseworkerSeesTheClientDidIt() {
        var number = KaribuVaadin.personalNumber();
        var caseId = caseWithSip(number);
        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Klara Klient", number);

        UI.getCurrent().navigate("portal/sip");
        assertThat(_get(H1.class, spec -> spec.withId("portal-sip-heading")).getText()).isEqualTo("Min SIP");
        var page = _get(PortalSipView.class).getElement().getTextRecursively();
        assertThat(page).contains("SIP:en gäller.", "Anna Läkare, läkare, Region Exempel, Beroendemottagningen",
                "Samordnare: Hanna Handläggare, handläggare, kommunen", "Huvudansvar för SIP:en: kommunen",
                "Regionen (vården): Läkarbesök varannan vecka (för: Sömnen)", "Jag vill bo kvar i min lägenhet.",
                "SIP:en följs upp " + TODAY.plusMonths(2), "Du gav ditt samtycke " + TODAY.minusDays(3)
                        + " (skriftligt).")
                .doesNotContain(number).doesNotContain("region-" + unit);

        assertThat(_find(Button.class, spec -> spec.withClasses("vk-portal-sip-withdraw-confirm")))
                .as("no confirming before the client has asked to withdraw and read what it means").isEmpty();
        _click(_get(Button.class, spec -> spec.withClasses("vk-portal-sip-withdraw")));
        assertThat(_get(Div.class, spec -> spec.withClasses("vk-portal-sip-confirm")).isVisible()).isTrue();
        assertThat(_get(UnorderedList.class, spec -> spec.withClasses("vk-portal-sip-consequences")).getElement()
                .getTextRecursively()).contains("Kommunen och regionen slutar samordna din hjälp",
                "Personalen från regionen som är med i SIP:en kan inte läsa den längre",
                "Dina beslut om hjälp från kommunen ändras inte");
        assertThat(jdbc.sql("SELECT status FROM casehandling.coordinated_plans WHERE case_id = ?")
                .param(caseId.value()).query(String.class).single()).as("nothing happens before the client confirms")
                .isEqualTo("ACTIVE");

        _click(_get(Button.class, spec -> spec.withClasses("vk-portal-sip-withdraw-confirm")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-sip-withdrawn-done")).getText())
                .isEqualTo("Du har återkallat ditt samtycke. Din handläggare får veta det.");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("vk-portal-sip-withdrawn")).getText())
                .startsWith("Du återkallade ditt samtycke här ");
        assertThat(_find(Button.class, spec -> spec.withClasses("vk-portal-sip-withdraw"))).isEmpty();

        logInCaseworker();
        UI.getCurrent().navigate("");
        assertThat(_get(com.vaadin.flow.component.Component.class, spec -> spec.withId("work-items")).getElement().getTextRecursively())
                .contains("Klient har återkallat samtycke till SIP", "Klara Klient");
        UI.getCurrent().add(sections.stream().filter(section -> "sip".equals(section.path())).findFirst()
                .orElseThrow().create(caseId));
        assertThat(_get(Paragraph.class, spec -> spec.withId("sip-consent-withdrawn")).getText())
                .startsWith("Samtycket återkallat av klienten i e-tjänsten");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("sip-history")).getElement().getTextRecursively())
                .contains("Samtycket återkallat av klienten i e-tjänsten");
        UI.getCurrent().navigate("");
        assertThat(_get(com.vaadin.flow.component.Component.class, spec -> spec.withId("work-items")).getElement().getTextRecursively())
                .as("the caseworker has opened the SIP").doesNotContain("Klient har återkallat samtycke till SIP");
    }

    @Test
    void aClientWithoutASipIsToldHowToGetOneAndTheEnglishPageSaysItInEnglish() {
        var number = KaribuVaadin.personalNumber();
        logInCaseworker();
        intake(number);
        SecurityContextHolder.clearContext();
        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Klara Klient", number);

        UI.getCurrent().navigate("portal/sip");
        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-sip-none")).getText())
                .startsWith("Du har ingen SIP.");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("portal/sip");
        assertThat(_get(H1.class, spec -> spec.withId("portal-sip-heading")).getText()).isEqualTo("My SIP");
        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-sip-none")).getText())
                .startsWith("You have no SIP.");
    }

    private CaseId intake(String number) {
        var person = register.register(new RegisterPerson(number, null, null, "Klara", "Klient", "070-123 45 67",
                null, "Storgatan 1", "123 45", "Exempelstad", ProtectionLevel.NONE));
        var caseId = caseHandling.registerIntake(new RegisterIntake(person, new UnitCode(unit),
                IntakeKind.APPLICATION, TODAY.minusDays(5), "Ansöker om stöd.", null, null, null, false, null,
                false)).caseId();
        caseHandling.assign(caseId, cases.find(caseId).orElseThrow().version(), caseworker());
        return caseId;
    }

    /** A case of the person with the number, its caseworker responsible, and an active SIP with the region. */
    private CaseId caseWithSip(String number) {
        logInCaseworker();
        var caseId = intake(number);
        CoordinatedPlanId sip = plans.create(caseId, TODAY.minusDays(3), ConsentForm.WRITTEN, TODAY.minusDays(2));
        var municipal = plans.addParticipant(sip, 0, NewParticipant.municipal(caseworker(), null, "handläggare"));
        plans.addParticipant(sip, 1, NewParticipant.region("Anna Läkare", "Region Exempel", "Beroendemottagningen",
                "läkare", "region-" + unit));
        plans.addMeasure(sip, 2, Principal.REGION, "Sömnen", "Läkarbesök varannan vecka");
        plans.assignOverallResponsibility(sip, 3, Principal.MUNICIPALITY);
        plans.appointCoordinator(sip, 4, municipal);
        plans.writeGoals(sip, 5, "Jag vill bo kvar i min lägenhet.");
        plans.scheduleFollowUp(sip, 6, TODAY.plusMonths(2));
        plans.activate(sip, 7);
        SecurityContextHolder.clearContext();
        return caseId;
    }
}
