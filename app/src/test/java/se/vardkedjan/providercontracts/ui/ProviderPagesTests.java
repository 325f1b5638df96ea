package se.vardkedjan.providercontracts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.vardkedjan.BadInput;
import se.vardkedjan.BadInputFixture;
import se.vardkedjan.ProviderAssignmentFixture;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.Roles;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider's pages, browserless against the real facades and PostgreSQL (ADR 0027): the inbox lists only the
 * organisation's assignments, by tab; the assignment page offers the answers its state allows, refuses bad input with
 * a clear Swedish message and changes nothing; another provider's, an unknown and a malformed id get the same page and
 * a recorded refusal; the provider writes and establishes the implementation plan and the caseworker reads it on the
 * Uppdrag tab.
 */
class ProviderPagesTests extends ProviderUiTestSupport {

    @Autowired
    AssignmentSection section;

    /** An assignment of a new case decided yesterday, sent by the caseworker to the provider. */
    private AssignmentId sent(ProviderAssignmentFixture.Provider provider) {
        f.signIn(context, f.caseworker);
        return providers.sentTo(provider, BadInputFixture.UNIT, today.minusDays(1));
    }

    private void open(AssignmentId id) {
        UI.getCurrent().navigate("utforare/uppdrag/" + id);
    }

    private String state(AssignmentId id) {
        return jdbc.sql("SELECT status || ' v' || version FROM providercontracts.assignments WHERE id = ?")
                .param(id.value()).query(String.class).single();
    }

    private long refusals(String username) {
        return jdbc.sql("SELECT count(*) FROM accesslog.security_events WHERE actor_subject = ?")
                .param("subject-" + username).query(Long.class).single();
    }

    @Test
    void theInboxListsOnlyTheOrganisationsAssignmentsByTabWithALinkToEach() {
        var other = provider("Andra Gården", 5);
        var theirs = sent(other);
        var ours = provider("Egna Gården", 5);
        var first = sent(ours);
        var second = sent(ours);
        signInAsProvider(ours);
        assignments.accept(second, assignments.forProvider(second).version(), today.plusDays(7));

        UI.getCurrent().navigate("utforare/uppdrag");

        assertThat(_get(H1.class, spec -> spec.withId("inbox-heading")).getText()).isEqualTo("Uppdrag till oss");
        assertThat(_find(NativeTableRow.class, spec -> spec.withId("inbox-row-" + first))).hasSize(1);
        assertThat(_find(NativeTableRow.class, spec -> spec.withId("inbox-row-" + second))).isEmpty();
        assertThat(_find(NativeTableRow.class, spec -> spec.withId("inbox-row-" + theirs))).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId("inbox-link-" + first)).getHref())
                .isEqualTo("utforare/uppdrag/" + first);

        var tabs = _get(Tabs.class, spec -> spec.withId("inbox-tabs"));
        tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("inbox-tab-accepted")));
        assertThat(_find(NativeTableRow.class, spec -> spec.withId("inbox-row-" + second))).hasSize(1);
        assertThat(_find(NativeTableRow.class, spec -> spec.withId("inbox-row-" + first))).isEmpty();
    }

    @Test
    void theProviderReceivesAndAcceptsAndThePageOffersWhatTheStateAllows() {
        var provider = provider("Svarande Gården", 5);
        var id = sent(provider);
        signInAsProvider(provider);
        open(id);

        assertThat(_get(H1.class, spec -> spec.withId("provider-assignment-heading")).getText())
                .isEqualTo("Öppenvård – skickat");
        assertThat(_get(Paragraph.class, spec -> spec.withId("provider-client-name")).getElement()
                .getTextRecursively()).contains("Ulf Uppdrag");
        assertThat(_get(Paragraph.class, spec -> spec.withId("provider-method")).getElement().getTextRecursively())
                .contains("Kognitiv beteendeterapi");
        assertThat(_find(Paragraph.class, spec -> spec.withId("provider-client-address"))).as("not shared").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("provider-receive")));
        assertThat(state(id)).isEqualTo("RECEIVED v3");
        assertThat(_find(Button.class, spec -> spec.withId("provider-receive"))).isEmpty();

        _setValue(_get(DatePicker.class, spec -> spec.withId("provider-accept-date")), today);
        _click(_get(Button.class, spec -> spec.withId("provider-accept")));

        assertThat(state(id)).isEqualTo("ACCEPTED v4");
        assertThat(_find(Button.class, spec -> spec.withId("provider-accept"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("provider-decline"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("provider-start"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("plan-establish"))).as("the plan part").hasSize(1);

        _click(_get(Button.class, spec -> spec.withId("provider-start")));
        assertThat(state(id)).isEqualTo("RUNNING v5");
    }

    @Test
    void aStartBeforeTheDecisionAndAnEmptyOrOversizedReasonGetAClearSwedishMessageAndChangeNothing() {
        var provider = provider("Noggranna Gården", 5);
        var id = sent(provider);
        signInAsProvider(provider);
        open(id);

        var date = _get(DatePicker.class, spec -> spec.withId("provider-accept-date"));
        _setValue(date, today.minusDays(5));
        _click(_get(Button.class, spec -> spec.withId("provider-accept")));
        assertThat(date.getErrorMessage()).isEqualTo("Startdatum kan inte vara före beslutet den "
                + today.minusDays(1) + ".");
        assertThat(state(id)).isEqualTo("SENT v2");

        _click(_get(Button.class, spec -> spec.withId("provider-decline")));
        assertThat(BadInput.refusals()).contains("Fyll i Skäl till nej.");
        assertThat(state(id)).isEqualTo("SENT v2");

        _setValue(_get(TextArea.class, spec -> spec.withId("provider-decline-reason")), "x".repeat(4_001));
        _click(_get(Button.class, spec -> spec.withId("provider-decline")));
        assertThat(BadInput.refusals()).anyMatch(text -> text.startsWith("Skäl till nej får vara högst 4"));
        assertThat(state(id)).isEqualTo("SENT v2");
    }

    @Test
    void aStaleVersionGetsTheConcurrentChangeMessageAndNothingIsOverwritten() {
        var provider = provider("Samtidiga Gården", 5);
        var id = sent(provider);
        signInAsProvider(provider);
        open(id);
        // A colleague declines while the page is open.
        assignments.decline(id, assignments.forProvider(id).version(), "Ingen plats just nu.");

        _setValue(_get(DatePicker.class, spec -> spec.withId("provider-accept-date")), today);
        _click(_get(Button.class, spec -> spec.withId("provider-accept")));

        assertThat(BadInput.refusals()).anyMatch(text -> text.startsWith("Någon annan har ändrat uppgifterna"));
        assertThat(state(id)).isEqualTo("DECLINED v3");
    }

    @Test
    void anotherProvidersAnUnknownAndAMalformedIdGetTheSamePageAndTheRefusalIsRecorded() {
        var provider = provider("Utsatta Gården", 5);
        var id = sent(provider);
        var nosy = provider("Nyfikna Gården", 5);
        var intruder = new BadInputFixture.User("ui-utf-" + nosy.code(), "Nils Nyfiken",
                List.of(Roles.PROVIDER_STAFF), List.of(), List.of(nosy.code()));
        f.signIn(context, intruder);

        for (var address : List.of(id.toString(), UUID.randomUUID().toString(), "inte-ett-id", "198804112079",
                "%3Cscript%3E")) {
            var before = refusals(intruder.username());
            UI.getCurrent().navigate("utforare/uppdrag/" + address);
            assertThat(_get(H1.class, spec -> spec.withId("provider-assignment-not-found")).getText())
                    .isEqualTo("Uppdraget kan inte visas");
            assertThat(_find(H1.class, spec -> spec.withId("provider-assignment-heading"))).isEmpty();
            assertThat(refusals(intruder.username()) - before).as(address).isEqualTo(1);
        }
        assertThat(state(id)).isEqualTo("SENT v2");
    }

    @Test
    void theProviderWritesAndEstablishesThePlanAndTheCaseworkerReadsItOnTheUppdragTab() {
        var provider = provider("Planerande Gården", 5);
        var id = sent(provider);
        signInAsProvider(provider);
        assignments.accept(id, assignments.forProvider(id).version(), today.plusDays(7));
        open(id);

        _click(_get(Button.class, spec -> spec.withId("plan-establish")));
        assertThat(BadInput.refusals()).contains("Lägg till minst en aktivitet innan planen fastställs.");

        _setValue(_get(TextArea.class, spec -> spec.withId("plan-activity-description")), "x".repeat(4_001));
        _setValue(_get(TextArea.class, spec -> spec.withId("plan-activity-goal")), "Klara vardagen själv");
        _setValue(_get(TextField.class, spec -> spec.withId("plan-activity-performer")), "Kontaktpersonen");
        _setValue(_get(TextField.class, spec -> spec.withId("plan-activity-schedule")), "Varje tisdag");
        _click(_get(Button.class, spec -> spec.withId("plan-add-activity")));
        assertThat(_get(TextArea.class, spec -> spec.withId("plan-activity-description")).getErrorMessage())
                .startsWith("Aktivitet (vad görs) får vara högst 4");
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class, spec -> spec.withId("plan-activity-0")))
                .isEmpty();

        _setValue(_get(TextArea.class, spec -> spec.withId("plan-activity-description")), "Samtal om återfall");
        _click(_get(Button.class, spec -> spec.withId("plan-add-activity")));
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class, spec -> spec.withId("plan-activity-0")))
                .hasSize(1);
        _setValue(_get(TextArea.class, spec -> spec.withId("plan-working-with")), "Möte med handläggaren varje månad");
        _setValue(_get(TextArea.class, spec -> spec.withId("plan-participation")), "Klienten skrev planen med oss");
        _setValue(_get(TextArea.class, spec -> spec.withId("plan-client-view")), "Jag vill tillbaka till jobbet");
        _click(_get(Button.class, spec -> spec.withId("plan-establish")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-established-info")).getText())
                .startsWith("Version 1, fastställd " + today);

        f.signIn(context, f.caseworker);
        var caseId = new CaseId(jdbc.sql("SELECT case_id FROM providercontracts.assignments WHERE id = ?")
                .param(id.value()).query(UUID.class).single());
        var tab = section.create(caseId);
        UI.getCurrent().add(tab);
        assertThat(_get(tab, Paragraph.class, spec -> spec.withId("plan-established-info-" + id)).getText())
                .isEqualTo("Version 1, fastställd " + today + " av Ulla Utförare");
        assertThat(_find(tab, Button.class, spec -> spec.withId("plan-establish"))).as("read-only for case staff")
                .isEmpty();
        assertThat(_find(tab, TextArea.class)).as("read-only for case staff").isEmpty();
        assertThat(section.timeline(caseId)).extracting(e -> e.titleKey())
                .contains("providercontracts.timeline.plan-established");
    }
}
