package se.vardkedjan.providercontracts.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import se.vardkedjan.BadInputFixture;
import se.vardkedjan.KaribuVaadin;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.CommunicationChannel;
import se.vardkedjan.casehandling.DecideInterventions;
import se.vardkedjan.casehandling.DecisionOutcome;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.InvestigationContent;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.LifeArea;
import se.vardkedjan.casehandling.ParticipationMode;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.PreliminaryOutcome;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.RegisterIntake;
import se.vardkedjan.casehandling.RegisterPerson;
import se.vardkedjan.casehandling.SourceKind;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.Assignments;
import se.vardkedjan.providercontracts.MethodOption;
import se.vardkedjan.providercontracts.ProviderOption;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

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
@SpringBootTest
class AssignmentSectionTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AssignmentSection section;
    @Autowired
    Assignments assignments;
    @Autowired
    PersonRegister register;
    @Autowired
    CaseHandling caseHandling;
    @Autowired
    Investigations investigations;
    @Autowired
    Decisions decisions;
    @Autowired
    Clock clock;

    private BadInputFixture f;
    private LocalDate today;
    private String providerCode;

    @BeforeEach
    void startVaadin() {
        f = BadInputFixture.of(context);
        today = f.today;
        KaribuVaadin.useSecurityOf(context);
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(KaribuVaadin.routes(), context, MockedUI::new));
        UI.getCurrent().setLocale(Locale.of("sv"));
        f.signIn(context, f.caseworker);
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theCaseworkerChoosesAProviderWithRoomWritesAndSendsTheAssignmentAndSeesTheAnswer() {
        var caseId = decidedCase(today.minusDays(1));
        var open = provider("Öppna Vägen", 2);
        var full = provider("Fulla Huset", 1);
        fillContract(full);
        f.signIn(context, f.caseworker);
        var draft = liveAssignment(caseId);
        UI.getCurrent().add(section.create(caseId));

        selectMethod(draft);
        @SuppressWarnings("unchecked")
        ComboBox<ProviderOption> provider = _get(ComboBox.class, spec -> spec.withId("assignment-provider-" + draft));
        var labels = provider.getListDataView().getItems().map(provider.getItemLabelGenerator()).toList();
        assertThat(labels).anyMatch(label -> label.startsWith("Fulla Huset") && label.contains("FULLT (1 av 1 platser)"));
        assertThat(labels).anyMatch(label -> label.startsWith("Öppna Vägen") && label.contains("2 av 2 platser lediga"));
        _setValue(provider, provider.getListDataView().getItems().filter(o -> o.contract().equals(open)).findFirst()
                .orElseThrow());
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
        var draft = liveAssignment(caseId);
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

    /** The case's live assignment: the draft the listener makes asynchronously after the decision, waited for. */
    private AssignmentId liveAssignment(CaseId caseId) {
        var deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            var found = jdbc.sql("""
                            SELECT id FROM providercontracts.assignments WHERE case_id = ?
                            AND status NOT IN ('WITHDRAWN', 'DECLINED')""")
                    .param(caseId.value()).query(UUID.class).optional();
            if (found.isPresent()) {
                return new AssignmentId(found.get());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No assignment draft for case " + caseId);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** A provider with a CBT contract of the given places; returns the contract's id. */
    private se.vardkedjan.providercontracts.ContractId provider(String name, int places) {
        jdbc.sql("""
                INSERT INTO providercontracts.methods (code, name_sv, name_en, changed_by)
                VALUES ('CBT', 'Kognitiv beteendeterapi', 'Cognitive behavioural therapy', 'ui')
                ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO providercontracts.method_intervention_types (method_code, intervention_type)
                VALUES ('CBT', 'OUTPATIENT') ON CONFLICT DO NOTHING""").update();
        var id = UUID.randomUUID();
        providerCode = "ui-" + id.toString().substring(0, 8);
        jdbc.sql("""
                        INSERT INTO providercontracts.providers (id, code, name, organisation_number, kind, changed_by)
                        VALUES (?, ?, ?, ?, 'PRIVATE', 'ui')""")
                .params(id, providerCode, name, organisationNumber(id.getLeastSignificantBits()))
                .update();
        var contract = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO providercontracts.contracts (id, provider_id, reference, form, valid_from,
                            price_unit, price_ore, places, changed_by)
                        VALUES (?, ?, ?, 'FRAMEWORK_AGREEMENT', ?, 'HOUR', 90000, ?, 'ui')""")
                .params(contract, id, "UI-" + providerCode, Date.valueOf(today.minusYears(1)), places).update();
        jdbc.sql("INSERT INTO providercontracts.contract_methods (contract_id, method_code) VALUES (?, 'CBT')")
                .param(contract).update();
        return new se.vardkedjan.providercontracts.ContractId(contract);
    }

    /** Takes the contract's places with an accepted assignment of another case. */
    private void fillContract(se.vardkedjan.providercontracts.ContractId contract) {
        var caseId = decidedCase(today.minusDays(1));
        liveAssignment(caseId);
        jdbc.sql("""
                        UPDATE providercontracts.assignments SET status = 'ACCEPTED', method_code = 'CBT',
                            provider_id = (SELECT provider_id FROM providercontracts.contracts WHERE id = ?),
                            contract_id = ?, sent_at = now(), accepted_start = ? WHERE case_id = ?""")
                .params(contract.value(), contract.value(), Date.valueOf(today), caseId.value()).update();
    }

    private void signInAsProvider(se.vardkedjan.providercontracts.ContractId contract) {
        var code = jdbc.sql("""
                        SELECT p.code FROM providercontracts.providers p
                        JOIN providercontracts.contracts c ON c.provider_id = p.id WHERE c.id = ?""")
                .param(contract.value()).query(String.class).single();
        f.signIn(context, new BadInputFixture.User("ui-utf-" + code, "Ulla Utförare", List.of(Roles.PROVIDER_STAFF),
                List.of(), List.of(code)));
    }

    /** A case of the fixture's unit with outpatient care granted by a decision made on the given day. */
    private CaseId decidedCase(LocalDate decidedOn) {
        var person = register.register(new RegisterPerson(KaribuVaadin.personalNumber(), null, null, "Ulf",
                "Uppdrag", null, null, "Storgatan 1", "123 45", "Exempelstad", ProtectionLevel.NONE));
        var caseId = caseHandling.registerIntake(new RegisterIntake(person, new UnitCode(BadInputFixture.UNIT),
                IntakeKind.APPLICATION, decidedOn.minusDays(10), "Ansöker om stöd.", null, null, null, false, null,
                true)).caseId();
        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.",
                decidedOn.minusDays(9), today.plusDays(80));
        var needs = Arrays.stream(LifeArea.values()).map(area -> new InvestigationContent.Need(area, 3, null, null))
                .toList();
        var startedOn = decidedOn.minusDays(8);
        investigations.saveAndComplete(caseId, 0, new InvestigationContent(startedOn, "Alkohol",
                List.of(new InvestigationContent.Source(SourceKind.CLIENT, "Samtal", startedOn)), needs, List.of(),
                List.of(), new InvestigationContent.Participation(ParticipationMode.MEETING, "Jag vill ha hjälp."),
                "Behov av stöd.", "Öppenvård.", new InvestigationContent.Communication(decidedOn,
                CommunicationChannel.MEETING, null)));
        decisions.decide(new DecideInterventions(caseId, decidedOn, List.of(
                new DecideInterventions.Item(InterventionType.OUTPATIENT, DecisionOutcome.GRANTED,
                        "Samtal varannan vecka", decidedOn, null, "SOL-11-1", null)),
                CommunicationChannel.MEETING, decidedOn));
        return caseId;
    }

    /** A valid organisation number (its last digit the Luhn check digit of the nine before it). */
    private static String organisationNumber(long seed) {
        var digits = String.format("559%06d", Math.abs(seed % 1_000_000L));
        var sum = 0;
        for (var i = 0; i < digits.length(); i++) {
            var n = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += n / 10 + n % 10;
        }
        return digits + (10 - sum % 10) % 10;
    }
}
