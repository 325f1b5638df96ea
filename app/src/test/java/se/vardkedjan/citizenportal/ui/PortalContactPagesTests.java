package se.vardkedjan.citizenportal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.vardkedjan.BadInput;
import se.vardkedjan.KaribuVaadin;
import se.vardkedjan.casehandling.CasePageSection;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.RegisterIntake;
import se.vardkedjan.casehandling.RegisterPerson;
import se.vardkedjan.citizenportal.Information;
import se.vardkedjan.citizenportal.InformationReads;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Ansök om hjälp", "Meddelanden" and "Information" in the portal, browserless against the real facades and PostgreSQL
 * (ADR 0028, slice 2): a client without a case applies and reads what happens now, and the intake unit's caseworker
 * finds the new application on the start page; the client and the caseworker write to each other, the client's new
 * answer marked; the client marks information read and sees it again, and follow-up counts persons, not marks.
 */
class PortalContactPagesTests extends PortalUiTestSupport {

    /** The intake unit of the app's default setting ({@code vardkedjan.portal.intake-unit}). */
    private static final String INTAKE_UNIT = "nord-beroende";

    @Autowired
    List<CasePageSection> sections;
    @Autowired
    InformationReads informationReads;

    @BeforeEach
    void theIntakeUnitNord() {
        jdbc.sql("INSERT INTO organisation.districts (code, name) VALUES ('nord', 'Nord') ON CONFLICT DO NOTHING")
                .update();
        jdbc.sql("INSERT INTO organisation.units (code, district_code, name) VALUES (?, 'nord', 'Beroendeenheten Nord') "
                + "ON CONFLICT DO NOTHING").param(INTAKE_UNIT).update();
    }

    /** A client registered with an open case in the intake unit, the caseworker's own. */
    private CaseId clientWithCase(String number, String caseworker) {
        KaribuVaadin.logIn(context, caseworker, "Hanna Handläggare", List.of(Roles.CASEWORKER), List.of(INTAKE_UNIT));
        var person = register.register(new RegisterPerson(number, null, null, "Klara", "Klient", null, null, null,
                null, null, ProtectionLevel.NONE));
        return caseHandling.registerIntake(new RegisterIntake(person, new UnitCode(INTAKE_UNIT), IntakeKind.APPLICATION,
                TODAY, "Ansöker om stöd.", null, null, null, false, null, true)).caseId();
    }

    @Test
    void aClientWithoutACaseAppliesReadsWhatHappensNowAndTheIntakeUnitsCaseworkerSeesTheApplication() {
        var name = "Nils Ny" + UUID.randomUUID().toString().substring(0, 4);
        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), name, KaribuVaadin.personalNumber());

        UI.getCurrent().navigate("portal");
        assertThat(_get(RouterLink.class, spec -> spec.withId("portal-no-case-apply")).getHref()).isEqualTo("portal/ansok");
        UI.getCurrent().navigate("portal/ansok");
        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-apply-emergency")).getText())
                .contains("Ring 112 vid akut fara");
        _setValue(_get(TextArea.class, spec -> spec.withId("portal-apply-text")), "Jag dricker varje dag och vill sluta.");
        _setValue(_get(TextField.class, spec -> spec.withId("portal-apply-phone")), "070-123 45 67");
        _setValue(_get(Checkbox.class, spec -> spec.withId("portal-apply-urgent")), true);
        _click(_get(Button.class, spec -> spec.withId("portal-apply-send")));

        assertThat(_get(H2.class, spec -> spec.withId("portal-apply-received-heading")).getText())
                .startsWith("Vi tog emot din ansökan den " + TODAY);
        assertThat(_get(Div.class, spec -> spec.withId("portal-apply-received")).getElement().getTextRecursively())
                .contains("En handläggare på Beroendeenheten Nord läser din ansökan");
        assertThat(_get(Div.class, spec -> spec.withId("portal-apply-earlier")).getElement().getTextRecursively())
                .contains("Jag dricker varje dag och vill sluta.", "Du skrev att det var bråttom.",
                        "Väntar på att en handläggare tar hand om den.");
        assertThat(_get(TextArea.class, spec -> spec.withId("portal-apply-text")).getValue()).isEmpty();

        KaribuVaadin.logIn(context, "hl-" + UUID.randomUUID().toString().substring(0, 8), "Hanna Handläggare",
                List.of(Roles.CASEWORKER), List.of(INTAKE_UNIT));
        UI.getCurrent().navigate("");
        assertThat(_get(Section.class, spec -> spec.withId("work-items")).getElement().getTextRecursively())
                .contains("Ny ansökan via e-tjänsten", name.substring(name.indexOf(' ') + 1));
    }

    @Test
    void badInputIsShownAtItsFieldWhatWasTypedStaysAndNothingIsStored() {
        var number = KaribuVaadin.personalNumber();
        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Bo Bad", number);
        UI.getCurrent().navigate("portal/ansok");
        var phone = _get(TextField.class, spec -> spec.withId("portal-apply-phone"));

        _click(_get(Button.class, spec -> spec.withId("portal-apply-send")));
        assertThat(BadInput.refusals()).anyMatch(refusal -> refusal.startsWith("Fyll i Vad vill du ha hjälp med?"));

        _setValue(_get(TextArea.class, spec -> spec.withId("portal-apply-text")), "Jag behöver hjälp.");
        _setValue(phone, "ring mig");
        _click(_get(Button.class, spec -> spec.withId("portal-apply-send")));
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).startsWith("Skriv ett telefonnummer med siffror");
        assertThat(_get(TextArea.class, spec -> spec.withId("portal-apply-text")).getValue())
                .isEqualTo("Jag behöver hjälp.");
        assertThat(jdbc.sql("SELECT count(*) FROM casehandling.persons WHERE identity_number = ?").param(number)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theClientWritesTheCaseworkerAnswersOnTheCasePageAndTheClientSeesTheNewAnswer() {
        var number = KaribuVaadin.personalNumber();
        var caseworker = "hl-" + UUID.randomUUID().toString().substring(0, 8);
        var caseId = clientWithCase(number, caseworker);
        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Klara Klient", number);
        UI.getCurrent().navigate("portal/meddelanden");
        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-messages-none")).getText())
                .isEqualTo("Du har inga meddelanden än.");
        _setValue(_get(TextField.class, spec -> spec.withId("portal-notice-email")), "klara@exempel.se");
        _click(_get(Button.class, spec -> spec.withId("portal-notice-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-notice-saved")).getText()).isEqualTo("Sparat.");
        _setValue(_get(TextArea.class, spec -> spec.withId("portal-message-text")), "Kan vi ses på tisdag?");
        _click(_get(Button.class, spec -> spec.withId("portal-message-send")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-messages-sent")).getText())
                .startsWith("Ditt meddelande är skickat.");
        assertThat(_get(Section.class, spec -> spec.withId("portal-messages-thread")).getElement()
                .getTextRecursively()).contains("Du skrev", "Kan vi ses på tisdag?");

        KaribuVaadin.logIn(context, caseworker, "Hanna Handläggare", List.of(Roles.CASEWORKER), List.of(INTAKE_UNIT));
        UI.getCurrent().navigate("");
        assertThat(_get(Section.class, spec -> spec.withId("work-items")).getElement().getTextRecursively())
                .contains("Oläst meddelande från klienten");
        UI.getCurrent().add(sections.stream().filter(section -> "meddelanden".equals(section.path())).findFirst()
                .orElseThrow().create(caseId));
        assertThat(_get(Div.class, spec -> spec.withId("case-messages")).getElement().getTextRecursively())
                .contains("Klienten, ", "Kan vi ses på tisdag?", "Nytt");
        _setValue(_get(TextArea.class, spec -> spec.withId("case-message-text")), "Ja, tisdag klockan tio.");
        _click(_get(Button.class, spec -> spec.withId("case-message-send")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("case-message-sent")).getText())
                .isEqualTo("Svaret är skickat.");

        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Klara Klient", number);
        UI.getCurrent().navigate("portal/meddelanden");
        assertThat(_get(Section.class, spec -> spec.withId("portal-messages-thread")).getElement()
                .getTextRecursively()).contains("Hanna Handläggare skrev", "Ja, tisdag klockan tio.", "Nytt");
        assertThat(_get(TextField.class, spec -> spec.withId("portal-notice-email")).getValue())
                .isEqualTo("klara@exempel.se");
        UI.getCurrent().navigate("portal/meddelanden");
        assertThat(_get(Section.class, spec -> spec.withId("portal-messages-thread")).getElement()
                .getTextRecursively()).as("read when shown").doesNotContain("Nytt");
    }

    @Test
    void aClientWithoutACaseGetsTheStartPagesWordsOnMessagesAndReadsInformationWithoutMarking() {
        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Nils Ny", KaribuVaadin.personalNumber());
        UI.getCurrent().navigate("portal/meddelanden");
        assertThat(_find(Div.class, spec -> spec.withId("portal-no-case"))).hasSize(1);
        assertThat(_find(TextArea.class)).isEmpty();

        UI.getCurrent().navigate("portal/information");
        assertThat(_get(PortalInformationView.class).getElement().getTextRecursively())
                .contains("Du har rätt att läsa din akt", "Stöd till barn i familjen", "116 111");
        _click(_get(Button.class, spec -> spec.withId("portal-information-right-to-sip-mark")));
        assertThat(_get(Section.class, spec -> spec.withId("portal-information-right-to-sip")).getElement()
                .getTextRecursively()).contains("När du har ansökt om hjälp eller har ett ärende hos oss");
    }

    @Test
    void aClientMarksInformationReadSeesItAgainAndFollowUpCountsPersonsNotMarks() {
        var number = KaribuVaadin.personalNumber();
        clientWithCase(number, "hl-" + UUID.randomUUID().toString().substring(0, 8));
        KaribuVaadin.logIn(context, "analytiker", "Anders Analytiker", List.of(Roles.ANALYST), List.of());
        var before = informationReads.personsInformed(Information.RIGHT_TO_SIP, TODAY, TODAY);

        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Klara Klient", number);
        UI.getCurrent().navigate("portal/information");
        _click(_get(Button.class, spec -> spec.withId("portal-information-right-to-sip-mark")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-information-right-to-sip-read")).getText())
                .isEqualTo("Du läste detta den " + TODAY + ".");
        assertThat(_find(Button.class, spec -> spec.withId("portal-information-right-to-sip-mark"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("portal-information-right-to-read-file-mark"))).hasSize(1);
        informationReads.markRead(Information.RIGHT_TO_SIP);

        KaribuVaadin.logIn(context, "analytiker", "Anders Analytiker", List.of(Roles.ANALYST), List.of());
        assertThat(informationReads.personsInformed(Information.RIGHT_TO_SIP, TODAY, TODAY)).isEqualTo(before + 1);
        assertThat(informationReads.personsInformed(Information.RIGHT_TO_SIP, TODAY.minusDays(9), TODAY.minusDays(1)))
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE what = 'OWN_INFORMATION_READ' "
                + "AND access_kind = 'CHANGE' AND actor_subject LIKE 'subject-%'").query(Integer.class).single())
                .isPositive();
    }
}
