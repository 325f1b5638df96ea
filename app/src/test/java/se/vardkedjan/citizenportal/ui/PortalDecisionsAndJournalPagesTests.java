package se.vardkedjan.citizenportal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.menu.MenuConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import se.vardkedjan.BadInput;
import se.vardkedjan.KaribuVaadin;
import se.vardkedjan.OwnDecisionsAndJournalFixture;
import se.vardkedjan.casehandling.CasePageSection;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Mina beslut" and "Min journal", browserless against the real facades and PostgreSQL (ADR 0028, issue 12 slice 2):
 * the client reads their decision with its reasons and how to appeal and finds the PDF to download; a link to another
 * client's decision shows nothing of it and is recorded; the client reads the entries released to them (a correction
 * shown as one, an unreleased entry nowhere) and adds a view, which the caseworker then sees on the entry marked as
 * written by the client in the e-service.
 */
class PortalDecisionsAndJournalPagesTests extends PortalUiTestSupport {

    @Autowired
    List<CasePageSection> sections;

    @BeforeEach
    void aUnitOfTheirOwnWithItsCaseworker() {
        newUnitWithCaseworker("portal-", "Beroendeenheten Test");
    }

    private OwnDecisionsAndJournalFixture caseOf(String number) {
        logInCaseworker();
        var made = OwnDecisionsAndJournalFixture.create(context, number, "Klara", "Klient", unit, caseworker());
        SecurityContextHolder.clearContext();
        return made;
    }

    @Test
    void aClientReadsTheirDecisionWithItsReasonsAndHowToAppealAndFindsThePdfToDownload() {
        var number = KaribuVaadin.personalNumber();
        var own = caseOf(number);
        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Klara Klient", number);

        UI.getCurrent().navigate("portal/beslut");

        var card = _get(Div.class, spec -> spec.withId("portal-decision-" + own.decision()));
        assertThat(card.getElement().getTextRecursively()).contains(
                "Öppenvård: du får det", "Kontaktperson: du får det inte",
                "Varför vi beslutade så: Behovet möts av samtalen i öppenvården.",
                "Beslutet fattades av Hanna Handläggare (Handläggare enligt delegation).",
                "Hur du överklagar", "Överklagandet måste ha kommit in inom tre veckor");
        var download = _get(Anchor.class, spec -> spec.withId("portal-decision-download-" + own.decision()));
        assertThat(download.getHref()).as("a download handler bound to this page, not a URL with the id")
                .isNotBlank().doesNotContain(own.decision().toString());

        UI.getCurrent().navigate("portal/beslut/" + own.decision());
        assertThat(_find(Div.class, spec -> spec.withId("portal-decision-" + own.decision()))).hasSize(1);
    }

    @Test
    void aLinkToAnotherClientsDecisionShowsNothingOfItAndTheAttemptIsRecorded() {
        var other = caseOf(KaribuVaadin.personalNumber());
        var number = KaribuVaadin.personalNumber();
        caseOf(number);
        var subject = "subject-" + UUID.randomUUID();
        KaribuVaadin.logInClient(context, subject, "Klara Klient", number);

        UI.getCurrent().navigate("portal/beslut/" + other.decision());

        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-decision-not-found")).getText())
                .startsWith("Vi hittar inget sådant beslut");
        assertThat(_find(Div.class, spec -> spec.withId("portal-decision-" + other.decision()))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withClasses("vk-portal-decision-download"))).isEmpty();
        assertThat(jdbc.sql("""
                        SELECT target_kind || ' ' || target_id || ' ' || reason FROM accesslog.security_events
                        WHERE actor_subject = ?""").param(subject).query(String.class).list())
                .containsExactly("DECISION " + other.decision() + " UNKNOWN_TARGET");

        UI.getCurrent().navigate("portal/beslut/not-an-id");
        assertThat(_find(Paragraph.class, spec -> spec.withId("portal-decision-not-found"))).hasSize(1);
    }

    @Test
    void aClientReadsTheReleasedEntriesAddsAViewAndTheCaseworkerSeesItMarkedAsTheClients() {
        var number = KaribuVaadin.personalNumber();
        var own = caseOf(number);
        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Klara Klient", number);

        UI.getCurrent().navigate("portal/journal");

        var entries = _get(Div.class, spec -> spec.withId("portal-journal-entries")).getElement().getTextRecursively();
        assertThat(entries).contains("Hembesök", "Klienten var trött efter nattarbete.",
                "Anteckningen är rättad", "Varför den rättades: Förtydligande",
                "Läs texten som den var före rättelsen", "Klienten var trött.");
        assertThat(UI.getCurrent().getElement().getTextRecursively())
                .doesNotContain(OwnDecisionsAndJournalFixture.UNRELEASED_TEXT, "Samtal med syster");

        var entry = _get(Div.class, spec -> spec.withId("portal-journal-entry-" + own.corrected()));
        _setValue(_get(entry, TextArea.class), "Jag var inte trött, jag var ledsen.");
        _click(_get(entry, Button.class, spec -> spec.withClasses("vk-portal-view-send")));
        assertThat(_get(Div.class, spec -> spec.withId("portal-journal-entry-" + own.corrected())).getElement()
                .getTextRecursively()).contains("Du skrev", "Jag var inte trött, jag var ledsen.");

        logInCaseworker();
        UI.getCurrent().add(sections.stream().filter(section -> "journal".equals(section.path())).findFirst()
                .orElseThrow().create(own.caseId()));
        assertThat(UI.getCurrent().getElement().getTextRecursively())
                .contains("skriven av klienten i e-tjänsten", "Jag var inte trött, jag var ledsen.");
    }

    @Test
    void anEmptyOrOversizedViewIsRefusedWithAClearMessageAndNothingIsKept() {
        var number = KaribuVaadin.personalNumber();
        var own = caseOf(number);
        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Klara Klient", number);
        UI.getCurrent().navigate("portal/journal");

        var entry = _get(Div.class, spec -> spec.withId("portal-journal-entry-" + own.released()));
        _click(_get(entry, Button.class, spec -> spec.withClasses("vk-portal-view-send")));

        assertThat(BadInput.refusals()).contains("Fyll i Din synpunkt.");

        var again = _get(Div.class, spec -> spec.withId("portal-journal-entry-" + own.released()));
        _setValue(_get(again, TextArea.class), "x".repeat(20_001));
        _click(_get(again, Button.class, spec -> spec.withClasses("vk-portal-view-send")));
        assertThat(BadInput.refusals()).anyMatch(text -> text.startsWith("Din synpunkt får vara högst 20"));
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM casehandling.journal_objections o
                        JOIN casehandling.journal_entries e ON e.id = o.version_id WHERE e.case_id = ?""")
                .param(own.caseId().value()).query(Integer.class).single()).isZero();
    }

    @Test
    void bothPagesAreInThePortalsMenuInTheirPlaceAndSpeakEnglishWhenAsked() {
        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Nils Ny", KaribuVaadin.personalNumber());
        var paths = MenuConfiguration.getMenuEntries().stream().map(entry -> entry.path()).toList();
        assertThat(paths).containsSubsequence("/portal/min-plan", "/portal/beslut", "/portal/journal");
        assertThat(RouteConfiguration.forSessionScope().getUrl(PortalJournalView.class)).isEqualTo("portal/journal");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("portal/journal");
        assertThat(_get(H1.class, spec -> spec.withId("portal-journal-heading")).getText()).isEqualTo("My journal");
        assertThat(_find(Div.class, spec -> spec.withId("portal-no-case"))).hasSize(1);
        UI.getCurrent().navigate("portal/beslut");
        assertThat(_get(H1.class, spec -> spec.withId("portal-decisions-heading")).getText()).isEqualTo("My decisions");
    }
}
