package se.vardkedjan.providercontracts.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import se.vardkedjan.BadInput;
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
import se.vardkedjan.providercontracts.AssignmentDraft;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.Assignments;
import se.vardkedjan.providercontracts.ContractId;
import se.vardkedjan.providercontracts.MethodCode;
import se.vardkedjan.providercontracts.ProviderId;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;

import java.sql.Date;
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
 * The provider's pages, browserless against the real facades and PostgreSQL (ADR 0027): the inbox lists only the
 * organisation's assignments, by tab; the assignment page offers the answers its state allows, refuses bad input with
 * a clear Swedish message and changes nothing; another provider's, an unknown and a malformed id get the same page and
 * a recorded refusal; the provider writes and establishes the implementation plan and the caseworker reads it on the
 * Uppdrag tab.
 */
@SpringBootTest
class ProviderPagesTests {

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
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** An assignment of a new case decided yesterday, sent by the caseworker to the provider of the contract. */
    private AssignmentId sent(ContractId contract) {
        f.signIn(context, f.caseworker);
        var caseId = decidedCase(today.minusDays(1));
        var id = liveAssignment(caseId);
        var provider = new ProviderId(jdbc.sql("SELECT provider_id FROM providercontracts.contracts WHERE id = ?")
                .param(contract.value()).query(UUID.class).single());
        var draft = assignments.saveDraft(id, 0, new AssignmentDraft(new MethodCode("CBT"), provider, contract, false,
                today.plusDays(7), "Sex månader", "Närvaro varje månad", "Möte efter tre månader",
                "Hanna Handläggare", false, false, false));
        assignments.send(id, draft.version());
        return id;
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
        var contract = provider("Svarande Gården", 5);
        var id = sent(contract);
        signInAsProvider(contract);
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
        var contract = provider("Noggranna Gården", 5);
        var id = sent(contract);
        signInAsProvider(contract);
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
        var contract = provider("Samtidiga Gården", 5);
        var id = sent(contract);
        signInAsProvider(contract);
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
        var contract = provider("Utsatta Gården", 5);
        var id = sent(contract);
        provider("Nyfikna Gården", 5);
        var intruder = new BadInputFixture.User("ui-utf-" + providerCode, "Nils Nyfiken",
                List.of(Roles.PROVIDER_STAFF), List.of(), List.of(providerCode));
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
        var contract = provider("Planerande Gården", 5);
        var id = sent(contract);
        signInAsProvider(contract);
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
