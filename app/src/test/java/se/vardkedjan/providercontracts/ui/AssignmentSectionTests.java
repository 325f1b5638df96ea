package se.vardkedjan.providercontracts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.vardkedjan.BadInputFixture;
import se.vardkedjan.ProviderAssignmentFixture;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.MethodOption;
import se.vardkedjan.providercontracts.ProviderOption;
import se.vardkedjan.sharedkernel.CaseId;

import java.sql.Date;
import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case page's Uppdrag tab, browserless against the real facades and PostgreSQL: the caseworker chooses the
 * method and a provider with room (a full one shown as full), writes and sends the assignment, and sees the provider's
 * answer; a start before the decision gets a clear Swedish message on its field and changes nothing.
 */
class AssignmentSectionTests extends ProviderUiTestSupport {

    @Autowired
    AssignmentSection section;

    @BeforeEach
    void signInAsCaseworker() {
        f.signIn(context, f.caseworker);
    }

    @Test
    void theCaseworkerChoosesAProviderWithRoomWritesAndSendsTheAssignmentAndSeesTheAnswer() {
        var caseId = decidedCase(today.minusDays(1));
        var open = provider("Öppna Vägen", 2);
        var full = provider("Fulla Huset", 1);
        fillContract(full);
        f.signIn(context, f.caseworker);
        var draft = providers.liveAssignment(caseId);
        UI.getCurrent().add(section.create(caseId));

        selectMethod(draft);
        @SuppressWarnings("unchecked")
        ComboBox<ProviderOption> provider = _get(ComboBox.class, spec -> spec.withId("assignment-provider-" + draft));
        var labels = provider.getListDataView().getItems().map(provider.getItemLabelGenerator()).toList();
        assertThat(labels).anyMatch(label -> label.startsWith("Fulla Huset") && label.contains("FULLT (1 av 1 platser)"));
        assertThat(labels).anyMatch(label -> label.startsWith("Öppna Vägen") && label.contains("2 av 2 platser lediga"));
        _setValue(provider, provider.getListDataView().getItems().filter(o -> o.contract().equals(open.contract()))
                .findFirst().orElseThrow());
        _setValue(_get(DatePicker.class, spec -> spec.withId("assignment-starts-on-" + draft)), today.plusDays(7));
        _setValue(_get(TextField.class, spec -> spec.withId("assignment-expected-length-" + draft)), "Sex månader");
        _setValue(_get(TextArea.class, spec -> spec.withId("assignment-reporting-" + draft)), "Närvaro varje månad");
        _setValue(_get(TextArea.class, spec -> spec.withId("assignment-follow-up-" + draft)), "Möte efter tre månader");
        _setValue(_get(TextArea.class, spec -> spec.withId("assignment-contact-persons-" + draft)), "Hanna Handläggare");
        _click(_get(Button.class, spec -> spec.withId("assignment-send-" + draft)));

        var id = draft;
        assertThat(_get(H3.class, spec -> spec.withText("Öppenvård – skickat")).isVisible()).isTrue();
        assertThat(_find(Anchor.class, spec -> spec.withId("assignment-download-" + id))).hasSize(1);
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .as("the history names the caseworker by name").anyMatch(text -> text.endsWith("skickat ("
                        + f.caseworker.name() + ")"));

        signInAsProvider(open);
        var sent = assignments.forProvider(id);
        assignments.accept(id, sent.version(), today.plusDays(10));
        f.signIn(context, f.caseworker);
        UI.getCurrent().removeAll();
        UI.getCurrent().add(section.create(caseId));
        assertThat(_find(H3.class, spec -> spec.withText("Öppenvård – accepterat"))).hasSize(1);
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .contains("Startdatum enligt utföraren: " + today.plusDays(10));
        assertThat(section.timeline(caseId)).extracting(e -> e.titleKey())
                .contains("providercontracts.timeline.sent", "providercontracts.timeline.accepted");
    }

    @Test
    void aStartBeforeTheDecisionGetsAClearMessageOnItsFieldAndChangesNothing() {
        var decidedOn = today.minusDays(1);
        var caseId = decidedCase(decidedOn);
        provider("Tidiga Vägen", 2);
        f.signIn(context, f.caseworker);
        var draft = providers.liveAssignment(caseId);
        UI.getCurrent().add(section.create(caseId));

        selectMethod(draft);
        @SuppressWarnings("unchecked")
        ComboBox<ProviderOption> provider = _get(ComboBox.class, spec -> spec.withId("assignment-provider-" + draft));
        _setValue(provider, provider.getListDataView().getItems().filter(o -> o.providerName().equals("Tidiga Vägen"))
                .findFirst().orElseThrow());
        var startsOn = _get(DatePicker.class, spec -> spec.withId("assignment-starts-on-" + draft));
        _setValue(startsOn, decidedOn.minusDays(3));
        _click(_get(Button.class, spec -> spec.withId("assignment-save-" + draft)));

        assertThat(startsOn.getErrorMessage()).isEqualTo("Startdatum kan inte vara före beslutet den " + decidedOn
                + ".");
        assertThat(jdbc.sql("SELECT status || ' v' || version FROM providercontracts.assignments WHERE id = ?")
                .param(draft.value()).query(String.class).single()).isEqualTo("DRAFT v0");
    }

    private void selectMethod(AssignmentId draft) {
        @SuppressWarnings("unchecked")
        ComboBox<MethodOption> method = _get(ComboBox.class, spec -> spec.withId("assignment-method-" + draft));
        _setValue(method, method.getListDataView().getItems().filter(m -> m.code().value().equals("CBT"))
                .findFirst().orElseThrow());
    }

    /** Takes the contract's places with an accepted assignment of another case. */
    private void fillContract(ProviderAssignmentFixture.Provider provider) {
        var caseId = decidedCase(today.minusDays(1));
        providers.liveAssignment(caseId);
        jdbc.sql("""
                        UPDATE providercontracts.assignments SET status = 'ACCEPTED', method_code = 'CBT',
                            provider_id = ?, contract_id = ?, sent_at = now(), accepted_start = ? WHERE case_id = ?""")
                .params(provider.id().value(), provider.contract().value(), Date.valueOf(today), caseId.value())
                .update();
    }

    /** A case of the fixture's unit with outpatient care granted by a decision made on the given day. */
    private CaseId decidedCase(LocalDate decidedOn) {
        return providers.decidedCase(BadInputFixture.UNIT, decidedOn);
    }
}
