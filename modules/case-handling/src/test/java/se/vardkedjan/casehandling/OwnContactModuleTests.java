package se.vardkedjan.casehandling;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.vardkedjan.TestActors;
import se.vardkedjan.TestClients;
import se.vardkedjan.casehandling.readmodel.CaseWorkItem;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.UnitCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client's contact with the social services from the portal (ADR 0028, slice 2): an application for help becomes
 * an intake at the intake unit (or their open case's unit), also for someone not yet in the register, and the unit's
 * caseworkers see it; messages between the client and the caseworkers of their case, with read state per side and a
 * notice without content to the address the client gave, and to no other. Another client gets nothing by any message
 * id, refused as unknown and recorded; staff never call the client's methods.
 */
@CaseHandlingModuleTest
class OwnContactModuleTests {

    private static final UnitCode INTAKE = new UnitCode("test-intake");

    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final OwnApplications applications;
    private final OwnMessages ownMessages;
    private final CaseMessages caseMessages;
    private final Workday workday;
    private final JdbcClient jdbc;

    OwnContactModuleTests(PersonRegister register, CaseHandling caseHandling, OwnApplications applications,
                          OwnMessages ownMessages, CaseMessages caseMessages, Workday workday, JdbcClient jdbc) {
        this.register = register;
        this.caseHandling = caseHandling;
        this.applications = applications;
        this.ownMessages = ownMessages;
        this.caseMessages = caseMessages;
        this.workday = workday;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void intakeUnit() {
        jdbc.sql("INSERT INTO organisation.units (code, district_code, name) VALUES (?, 'test-d1', 'Mottagningen') "
                + "ON CONFLICT DO NOTHING").param(INTAKE.value()).update();
    }

    /** A client registered with an open case in a unit of its own, and the case's responsible caseworker. */
    private record Client(String number, CaseId caseId, UnitCode unit, Actor caseworker) {
    }

    private Client clientWithCase(ProtectionLevel protection) {
        var unit = PlanFixtures.newUnit(jdbc);
        var caseworker = TestFixtures.registerStaffOfUnits(jdbc, TestFixtures.caseworker(unit), "Hanna Handläggare");
        TestActors.signIn(caseworker);
        var number = TestFixtures.personalNumber();
        var person = register.register(new RegisterPerson(number, null, null, "Klara", "Klient", null, null, null,
                null, null, protection));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, unit)).caseId();
        TestActors.signOut();
        return new Client(number, caseId, unit, caseworker);
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }

    @Test
    void aClientWithNoCaseAndNotInTheRegisterAppliesIsRegisteredFromBankIdAndTheIntakeUnitsCaseworkersSeeIt() {
        var number = TestFixtures.personalNumber();
        var client = TestClients.signInClient(number);

        var received = applications.apply(new HelpApplication("Jag dricker för mycket och vill ha hjälp.",
                "070-111 22 33", "klient@exempel.se", true));

        assertThat(received.unitName()).isEqualTo("Mottagningen");
        assertThat(received.taken()).isFalse();
        assertThat(applications.mine()).singleElement().satisfies(mine -> {
            assertThat(mine.text()).isEqualTo("Jag dricker för mycket och vill ha hjälp.");
            assertThat(mine.urgent()).isTrue();
        });
        var person = jdbc.sql("SELECT given_name || ' ' || family_name || ' ' || protection FROM casehandling.persons "
                + "WHERE identity_number = ?").param(number).query(String.class).single();
        assertThat(person).as("registered from BankID's identity").isEqualTo("Klient Testsson NONE");
        var intake = jdbc.sql("""
                        SELECT c.unit_code || ' ' || c.status || ' ' || c.intake_kind || ' ' || coalesce(c.responsible, '-')
                        FROM casehandling.cases c JOIN casehandling.persons p ON p.id = c.person_id
                        WHERE p.identity_number = ?""").param(number).query(String.class).single();
        assertThat(intake).isEqualTo("test-intake INTAKE APPLICATION -");
        assertThat(jdbc.sql("""
                        SELECT what || ' ' || purpose || ' ' || access_kind FROM accesslog.access_log
                        WHERE actor_subject = ? ORDER BY id""").param(client.subject()).query(String.class).list())
                .containsExactly("OWN_PERSON_REGISTERED OWN_FILE CHANGE", "OWN_APPLICATION OWN_FILE CHANGE",
                        "OWN_APPLICATIONS OWN_FILE READ");

        var caseworker = TestActors.signIn(TestFixtures.caseworker(INTAKE));
        assertThat(workday.workItems()).filteredOn(item -> item.kind() == CaseWorkItem.Kind.PORTAL_APPLICATION)
                .extracting(CaseWorkItem::personName).contains("Klient Testsson");
        assertThat(caseworker.units()).containsExactly(INTAKE);
    }

    @Test
    void aClientWithAnOpenCaseAppliesToTheirCasesUnitAndKeepsTheirProtectedIdentity() {
        var client = clientWithCase(ProtectionLevel.PROTECTED_REGISTRATION);
        TestClients.signInClient(client.number());

        applications.apply(new HelpApplication("Jag behöver mer stöd nu.", null, null, false));

        assertThat(jdbc.sql("""
                        SELECT DISTINCT c.unit_code FROM casehandling.portal_applications a
                        JOIN casehandling.cases c ON c.id = a.case_id JOIN casehandling.persons p ON p.id = a.person_id
                        WHERE p.identity_number = ?""").param(client.number()).query(String.class).list())
                .containsExactly(client.unit().value());
        assertThat(jdbc.sql("SELECT protection FROM casehandling.persons WHERE identity_number = ?")
                .param(client.number()).query(String.class).single()).isEqualTo("PROTECTED_REGISTRATION");

        TestActors.signIn(TestFixtures.caseworker(client.unit()));
        assertThat(workday.workItems()).filteredOn(item -> item.kind() == CaseWorkItem.Kind.PORTAL_APPLICATION)
                .singleElement().satisfies(item -> {
                    assertThat(item.personName()).as("not named on the case: no name").isNull();
                    assertThat(item.protectedIdentity()).isTrue();
                });
    }

    @Test
    void badInputIsRefusedWithItsFieldNamedAndNothingIsStored() {
        var number = TestFixtures.personalNumber();
        TestClients.signInClient(number);

        assertThatThrownBy(() -> applications.apply(new HelpApplication("  ", null, null, false)))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.arguments())
                        .contains("casehandling.own.application.text"));
        assertThatThrownBy(() -> applications.apply(new HelpApplication("Hjälp.", "ring mig", null, false)))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.field())
                        .hasValue("casehandling.own.application.phone"));
        assertThatThrownBy(() -> applications.apply(new HelpApplication("Hjälp.", null, "inte en adress", false)))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.field())
                        .hasValue("casehandling.own.application.email"));
        assertThatThrownBy(() -> applications.apply(new HelpApplication("x".repeat(3_001), null, null, false)))
                .isInstanceOf(RuleViolation.class);

        assertThat(count("SELECT count(*) FROM casehandling.persons WHERE identity_number = ?", number)).isZero();
        TestClients.signInClient(null);
        assertThatThrownBy(() -> applications.apply(new HelpApplication("Hjälp.", null, null, false)))
                .isInstanceOf(RuleViolation.class);
        assertThat(applications.mine()).isEmpty();
    }

    @Test
    void theClientAndTheCaseworkerWriteEachSeesWhatIsNewAndANoticeWithoutContentGoesOnlyToTheClientsAddress() {
        var client = clientWithCase(ProtectionLevel.NONE);
        TestClients.signInClient(client.number());
        ownMessages.setNoticeAddress("klara@exempel.se", null);
        ownMessages.write("Kan vi ses på tisdag i stället?");

        TestActors.signIn(client.caseworker());
        assertThat(workday.workItems()).filteredOn(item -> item.kind() == CaseWorkItem.Kind.UNREAD_CLIENT_MESSAGE)
                .extracting(CaseWorkItem::caseId).containsExactly(client.caseId());
        var forStaff = caseMessages.thread(client.caseId());
        assertThat(forStaff.messages()).singleElement().satisfies(m -> {
            assertThat(m.fromClient()).isTrue();
            assertThat(m.unread()).isTrue();
        });
        assertThat(workday.workItems()).as("read now").noneMatch(item ->
                item.kind() == CaseWorkItem.Kind.UNREAD_CLIENT_MESSAGE);
        var outboxBefore = count("SELECT count(*) FROM casehandling.notice_outbox");
        caseMessages.answer(client.caseId(), "Ja, tisdag klockan tio går bra.");

        assertThat(jdbc.sql("SELECT channel || ' ' || address || ' ' || text FROM casehandling.notice_outbox "
                        + "ORDER BY queued_at DESC LIMIT 1").query(String.class).single())
                .isEqualTo("EMAIL klara@exempel.se " + Notices.NEW_MESSAGE)
                .doesNotContain("tisdag", "Klara", "Klient");
        assertThat(count("SELECT count(*) FROM casehandling.notice_outbox")).isEqualTo(outboxBefore + 1);

        TestClients.signInClient(client.number());
        var forClient = ownMessages.thread().orElseThrow();
        assertThat(forClient.noticeEmail()).isEqualTo("klara@exempel.se");
        assertThat(forClient.messages()).extracting(m -> m.text() + " " + m.unread()).containsExactly(
                "Kan vi ses på tisdag i stället? false", "Ja, tisdag klockan tio går bra. true");
        assertThat(forClient.latest().authorName()).isEqualTo(client.caseworker().displayName());
        ownMessages.markRead(forClient.latest().id());
        assertThat(ownMessages.thread().orElseThrow().messages()).noneMatch(m -> m.unread());

        ownMessages.setNoticeAddress(null, null);
        TestActors.signIn(client.caseworker());
        caseMessages.answer(client.caseId(), "Välkommen!");
        assertThat(count("SELECT count(*) FROM casehandling.notice_outbox")).as("no address, no notice")
                .isEqualTo(outboxBefore + 1);
    }

    @Test
    void anotherClientGetsNothingOfAClientsMessagesByMessageIdAndTheAttemptsAreRecorded() {
        var a = clientWithCase(ProtectionLevel.NONE);
        var b = clientWithCase(ProtectionLevel.NONE);
        TestClients.signInClient(a.number());
        var aMessage = ownMessages.write("Det här är mitt.");

        var intruder = TestClients.signInClient(b.number());
        assertThatThrownBy(() -> ownMessages.answer(aMessage, "Jag svarar i din tråd."))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> ownMessages.markRead(aMessage)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> ownMessages.answer(MessageId.random(), "Finns inte.")).isInstanceOf(AccessDenied.class);

        assertThat(jdbc.sql("""
                        SELECT target_kind || ' ' || target_id || ' ' || reason FROM accesslog.security_events
                        WHERE actor_subject = ? ORDER BY id""").param(intruder.subject()).query(String.class).list())
                .hasSize(3).startsWith("MESSAGE " + aMessage + " UNKNOWN_TARGET", "MESSAGE " + aMessage
                        + " UNKNOWN_TARGET");
        assertThat(count("SELECT count(*) FROM casehandling.case_messages WHERE case_id = ?", a.caseId().value()))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM accesslog.access_log WHERE case_id = ? AND actor_subject = ?",
                a.caseId().value(), intruder.subject())).isZero();
        assertThat(ownMessages.thread().orElseThrow().messages()).as("B reads B's own thread only").isEmpty();
    }

    @Test
    void badNoticeAddressesAndEmptyMessagesAreRefusedAndAClientWithoutACaseHasNoThread() {
        var client = clientWithCase(ProtectionLevel.NONE);
        TestClients.signInClient(client.number());
        assertThatThrownBy(() -> ownMessages.setNoticeAddress("klara", null))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.field())
                        .hasValue(OwnMessages.NOTICE_EMAIL_FIELD));
        assertThatThrownBy(() -> ownMessages.setNoticeAddress(null, "ett nummer"))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.field())
                        .hasValue(OwnMessages.NOTICE_PHONE_FIELD));
        assertThatThrownBy(() -> ownMessages.write(" ")).isInstanceOfSatisfying(RuleViolation.class, refused ->
                assertThat(refused.arguments()).contains("casehandling.own.message.text"));
        assertThat(count("SELECT count(*) FROM casehandling.case_messages WHERE case_id = ?", client.caseId().value()))
                .isZero();

        TestClients.signInClient(TestFixtures.personalNumber());
        assertThat(ownMessages.thread()).isEmpty();
        assertThatThrownBy(() -> ownMessages.write("Hej")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void staffNeverCallTheClientsMethodsAndAClientNeverTheStaffs() {
        var client = clientWithCase(ProtectionLevel.NONE);

        TestClients.signInWithIdentity(client.caseworker(), client.number());
        assertThatThrownBy(() -> applications.apply(new HelpApplication("Hjälp.", null, null, false)))
                .isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);
        assertThatThrownBy(ownMessages::thread).isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);
        assertThatThrownBy(() -> ownMessages.write("Hej"))
                .isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);

        TestClients.signInClient(client.number());
        assertThatThrownBy(() -> caseMessages.thread(client.caseId()))
                .isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);
        assertThatThrownBy(() -> caseMessages.answer(client.caseId(), "Svar"))
                .isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);
        assertThat(count("SELECT count(*) FROM casehandling.case_messages WHERE case_id = ?", client.caseId().value()))
                .isZero();
    }
}
