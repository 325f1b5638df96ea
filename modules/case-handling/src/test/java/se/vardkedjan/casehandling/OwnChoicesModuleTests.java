package se.vardkedjan.casehandling;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.TestActors;
import se.vardkedjan.TestClients;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.casehandling.access.OwnFileDoor;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.casehandling.readmodel.OwnAccessLogPage.Who;
import se.vardkedjan.casehandling.readmodel.OwnCaseStatus.Standing;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The client's choices and the log of who has read their file (ADR 0028, slice 2), enforced by {@link OwnFileDoor}:
 * an adult the client trusts reads only the shared parts, only reads, as themselves in the log, and loses access on
 * revocation and while the client has blocked the portal; a blocked client opens only their choices; hidden entries
 * are hidden for both; a client reads the log of their own file only and asks about their own rows only, and the unit
 * manager answers. Every refusal is recorded.
 */
@CaseHandlingModuleTest
class OwnChoicesModuleTests {

    private static final LocalDate TODAY = LocalDate.now();

    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final CarePlans carePlans;
    private final OwnFile ownFile;
    private final OwnChoices ownChoices;
    private final OwnAccessLog ownAccessLog;
    private final AccessQuestions accessQuestions;
    private final OwnFileDoor door;
    private final CaseRows cases;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final se.vardkedjan.accesslog.AccessLog accessLog;
    private final se.vardkedjan.organisation.Organisation organisation;

    OwnChoicesModuleTests(PersonRegister register, CaseHandling caseHandling, CarePlans carePlans, OwnFile ownFile,
                          OwnChoices ownChoices, OwnAccessLog ownAccessLog, AccessQuestions accessQuestions,
                          OwnFileDoor door, CaseRows cases, JdbcClient jdbc, TransactionTemplate transactions,
                          se.vardkedjan.accesslog.AccessLog accessLog,
                          se.vardkedjan.organisation.Organisation organisation) {
        this.accessLog = accessLog;
        this.organisation = organisation;
        this.register = register;
        this.caseHandling = caseHandling;
        this.carePlans = carePlans;
        this.ownFile = ownFile;
        this.ownChoices = ownChoices;
        this.ownAccessLog = ownAccessLog;
        this.accessQuestions = accessQuestions;
        this.door = door;
        this.cases = cases;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** A client with a decided case in a unit of its own and a draft plan with a goal. */
    private record Client(String number, PersonId person, CaseId caseId, CarePlanId plan, GoalId goal,
                          UnitCode unit, Actor caseworker) {
    }

    private Client client(String givenName) {
        var unit = PlanFixtures.newUnit(jdbc);
        var caseworker = TestFixtures.registerStaffOfUnits(jdbc, TestFixtures.caseworker(unit), "Hanna Handläggare");
        TestActors.signIn(caseworker);
        var number = TestFixtures.personalNumber();
        var person = register.register(TestFixtures.person(number, givenName, "Klient"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, unit)).caseId();
        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.", TODAY,
                TODAY.plusMonths(4));
        var found = cases.find(caseId).orElseThrow();
        found.markDecided();
        cases.update(found);
        var plan = carePlans.draft(caseId, TODAY);
        var goal = carePlans.setGoal(plan, 0, new GoalInput("Jag vill sova bättre.", "Egen skattning 1–10",
                TODAY.plusMonths(3)));
        TestActors.signOut();
        return new Client(number, person, caseId, plan, goal, unit, caseworker);
    }

    private java.util.List<String> refusals(Actor actor) {
        return jdbc.sql("SELECT operation || ' ' || reason FROM accesslog.security_events WHERE actor_subject = ? "
                + "ORDER BY id").param(actor.subject()).query(String.class).list();
    }

    private int rowsBy(Actor actor, PersonId about) {
        return jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ? AND person_id = ?")
                .params(actor.subject(), about.value()).query(Integer.class).single();
    }

    @Test
    void aTrustedAdultReadsOnlyTheSharedPartsOnlyToReadAndEveryRowNamesThemAsActor() {
        var client = client("Klara");
        var adultNumber = TestFixtures.personalNumber();
        TestClients.signInClient(client.number());
        ownChoices.trust(adultNumber, Set.of(FileSection.PLAN, FileSection.ACCESS_LOG));

        var adult = TestClients.signInClient(adultNumber);
        assertThat(ownChoices.trustingClients()).singleElement().satisfies(trusting ->
                assertThat(trusting.givenName()).isEqualTo("Klara"));
        assertThat(ownFile.plan()).as("the own file until the adult chooses the client's").isEmpty();
        ownChoices.readFileOf(Optional.of(client.person()));

        assertThat(ownChoices.reading().byTrustedReader()).isTrue();
        assertThat(ownFile.plan().orElseThrow().id()).isEqualTo(client.plan());
        assertThatThrownBy(ownFile::status).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> ownFile.commentOnGoal(client.goal(), "Jag tycker också något."))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> ownFile.agreeToPlan(client.plan(), 0)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(ownChoices::choices).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> ownChoices.block()).isInstanceOf(AccessDenied.class);

        assertThat(refusals(adult)).containsExactly("OWN_CASE NOT_SHARED", "CARE_PLAN_GOAL_COMMENT NOT_SHARED",
                "CARE_PLAN_CLIENT_AGREEMENT NOT_SHARED", "OWN_CHOICES NOT_SHARED", "OWN_CHOICE NOT_SHARED");
        assertThat(jdbc.sql("SELECT count(*) FROM casehandling.care_plan_goal_comments WHERE care_plan_id = ?")
                .param(client.plan().value()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("""
                        SELECT what || ' ' || purpose || ' ' || access_kind FROM accesslog.access_log
                        WHERE actor_subject = ? AND person_id = ? ORDER BY id""")
                .params(adult.subject(), client.person().value()).query(String.class).list())
                .containsExactly("TRUSTED_FILE_OWNER TRUSTED_READER READ", "CARE_PLAN TRUSTED_READER READ");
    }

    @Test
    void aTrustedAdultLosesAccessOnTheNextRequestAfterRevocationAndWhileTheClientHasBlocked() {
        var client = client("Klara");
        var adultNumber = TestFixtures.personalNumber();
        TestClients.signInClient(client.number());
        ownChoices.trust(adultNumber, Set.of(FileSection.PLAN));
        var adult = TestClients.signInClient(adultNumber);
        ownChoices.readFileOf(Optional.of(client.person()));
        assertThat(ownFile.plan()).isPresent();

        TestClients.signInClient(client.number());
        ownChoices.block();
        assertThat(ownFile.status().standing()).isEqualTo(Standing.BLOCKED);
        assertThatThrownBy(ownFile::plan).as("the client too, while blocked").isInstanceOf(AccessDenied.class);
        TestActors.signIn(adult);
        ((org.springframework.security.authentication.TestingAuthenticationToken)
                org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication())
                .setDetails(new se.vardkedjan.sharedkernel.ClientIdentity(adultNumber));
        assertThat(ownChoices.reading().blocked()).isTrue();
        assertThatThrownBy(ownFile::plan).isInstanceOf(AccessDenied.class);
        assertThat(refusals(adult)).containsExactly("CARE_PLAN BLOCKED_BY_CLIENT");

        TestClients.signInClient(client.number());
        ownChoices.unblock();
        assertThat(ownFile.plan()).isPresent();
        var trust = ownChoices.choices().orElseThrow().trusted().getFirst();
        ownChoices.revokeTrust(trust.id());

        var rowsBefore = rowsBy(adult, client.person());
        TestActors.signIn(adult);
        ((org.springframework.security.authentication.TestingAuthenticationToken)
                org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication())
                .setDetails(new se.vardkedjan.sharedkernel.ClientIdentity(adultNumber));
        assertThat(ownFile.plan()).as("the adult's own file (they have none), not the client's").isEmpty();
        assertThat(ownChoices.reading().byTrustedReader()).isFalse();
        assertThat(ownChoices.trustingClients()).isEmpty();
        assertThatThrownBy(() -> ownChoices.readFileOf(Optional.of(client.person())))
                .isInstanceOf(AccessDenied.class);
        assertThat(rowsBy(adult, client.person())).isEqualTo(rowsBefore);
        assertThat(ownChoices.choices()).isEmpty();

        TestClients.signInClient(client.number());
        assertThat(ownChoices.choices().orElseThrow().history()).extracting(made -> made.kind().name())
                .containsExactly("TRUST_REVOKED", "BLOCK_OFF", "BLOCK", "TRUST");
    }

    @Test
    void anAdultWhoIsAlsoAClientReadsTheirOwnFileAsThemselvesUntilTheyChooseAnother() {
        var trusting = client("Klara");
        var adult = client("Adam");
        TestClients.signInClient(trusting.number());
        ownChoices.trust(adult.number(), Set.of(FileSection.JOURNAL));

        var signedIn = TestClients.signInClient(adult.number());
        assertThat(ownFile.plan().orElseThrow().id()).isEqualTo(adult.plan());
        assertThat(ownChoices.reading().byTrustedReader()).isFalse();
        ownChoices.readFileOf(Optional.of(trusting.person()));
        assertThatThrownBy(ownFile::plan).as("the plan is not shared").isInstanceOf(AccessDenied.class);
        ownChoices.readFileOf(Optional.empty());
        assertThat(ownFile.plan().orElseThrow().id()).isEqualTo(adult.plan());
        ownChoices.hideNewEntries(3);
        assertThat(jdbc.sql("SELECT DISTINCT purpose FROM accesslog.access_log WHERE actor_subject = ? "
                        + "AND person_id = ?").params(signedIn.subject(), adult.person().value()).query(String.class)
                .list()).containsExactly("OWN_FILE");
    }

    @Test
    void hidingNewEntriesSetsTheInstantForTheClientAndTheTrustedReaderAndTurningItOffClearsIt() {
        var client = client("Klara");
        var adultNumber = TestFixtures.personalNumber();
        TestClients.signInClient(client.number());
        ownChoices.trust(adultNumber, Set.of(FileSection.JOURNAL));
        ownChoices.hideNewEntries(7);
        var expected = Instant.now().minus(Duration.ofDays(7));
        assertThat(hideSignedAfter()).isCloseTo(expected, within(Duration.ofMinutes(1)));

        TestClients.signInClient(adultNumber);
        ownChoices.readFileOf(Optional.of(client.person()));
        assertThat(hideSignedAfterIn(FileSection.JOURNAL)).isCloseTo(expected, within(Duration.ofMinutes(1)));

        TestClients.signInClient(client.number());
        ownChoices.showNewEntries();
        assertThat(hideSignedAfter()).isNull();
        assertThat(ownChoices.choices().orElseThrow().hideDays()).isNull();
        assertThatThrownBy(() -> ownChoices.hideNewEntries(31)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> ownChoices.hideNewEntries(0)).isInstanceOf(RuleViolation.class);
    }

    private Instant hideSignedAfter() {
        return hideSignedAfterIn(FileSection.PLAN);
    }

    private Instant hideSignedAfterIn(FileSection section) {
        return transactions.execute(status -> door.openOwnCase(section, AccessKind.READ, "CARE_PLAN")
                .orElseThrow().hideSignedAfter());
    }

    @Test
    void onlyAnAdultByTheNumberWhoIsNotTheClientGetsReadingAccessAndOnlyToPartsThatCanBeShared() {
        var client = client("Klara");
        TestClients.signInClient(client.number());
        var minor = LocalDate.now().minusYears(17);
        var first = minor.toString().replace("-", "").substring(2) + "123";
        var minorNumber = minor.toString().replace("-", "").substring(0, 2) + first + TestFixtures.luhn(first);

        assertThatThrownBy(() -> ownChoices.trust(minorNumber, Set.of(FileSection.PLAN)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("trusted-not-adult");
        assertThatThrownBy(() -> ownChoices.trust(client.number(), Set.of(FileSection.PLAN)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("trusted-is-you");
        assertThatThrownBy(() -> ownChoices.trust("19800101-0000", Set.of(FileSection.PLAN)))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> ownChoices.trust(TestFixtures.personalNumber(), Set.of()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("no-sections");
        assertThatThrownBy(() -> ownChoices.trust(TestFixtures.personalNumber(), Set.of(FileSection.MESSAGES)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("section-not-shareable");
        assertThat(ownChoices.choices().orElseThrow().trusted()).isEmpty();
    }

    @Test
    void anotherClientCannotReadAFileThatIsNotSharedWithThemNorRevokeAnothersTrustAndTheAttemptsAreRecorded() {
        var a = client("Klara");
        var b = client("Bertil");
        TestClients.signInClient(a.number());
        ownChoices.trust(TestFixtures.personalNumber(), Set.of(FileSection.PLAN));
        var trust = ownChoices.choices().orElseThrow().trusted().getFirst();

        var intruder = TestClients.signInClient(b.number());
        assertThatThrownBy(() -> ownChoices.readFileOf(Optional.of(a.person()))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> ownChoices.revokeTrust(trust.id())).isInstanceOf(AccessDenied.class);
        assertThat(ownFile.plan().orElseThrow().id()).isEqualTo(b.plan());
        assertThat(refusals(intruder)).containsExactly("TRUSTED_FILE_OWNER UNKNOWN_TARGET",
                "OWN_CHOICE UNKNOWN_TARGET");
        assertThat(rowsBy(intruder, a.person())).isZero();

        TestClients.signInClient(a.number());
        assertThat(ownChoices.choices().orElseThrow().trusted()).hasSize(1);
    }

    @Test
    void aClientSeesWhoReadTheirFileAsksAboutAStaffRowAndTheUnitManagerAnswers() {
        var client = client("Klara");
        var adultNumber = TestFixtures.personalNumber();
        TestClients.signInClient(client.number());
        ownChoices.trust(adultNumber, Set.of(FileSection.PLAN, FileSection.ACCESS_LOG));
        ownFile.plan();
        var adult = TestClients.signInClient(adultNumber);
        ownChoices.readFileOf(Optional.of(client.person()));
        ownFile.plan();
        assertThatThrownBy(() -> ownAccessLog.ask(1L, "Varför?")).as("a trusted reader only reads")
                .isInstanceOf(AccessDenied.class);
        assertThat(ownAccessLog.page(0, 100).orElseThrow().lines()).isNotEmpty();

        TestClients.signInClient(client.number());
        var page = ownAccessLog.page(0, 100).orElseThrow();
        assertThat(page.lines()).extracting(line -> line.who()).contains(Who.SELF, Who.TRUSTED_READER, Who.STAFF);
        assertThat(page.lines().getFirst().at()).isAfterOrEqualTo(page.lines().getLast().at());
        var staffRow = page.lines().stream().filter(line -> line.who() == Who.STAFF).findFirst().orElseThrow();
        assertThat(staffRow.staffName()).isEqualTo("Hanna Handläggare");
        assertThat(staffRow.unitName()).startsWith("Enhet test-plan-");
        assertThat(page.lines().stream().filter(line -> line.who() != Who.STAFF))
                .allSatisfy(line -> assertThat(line.staffName()).isNull());
        ownAccessLog.ask(staffRow.id(), "Varför läste du min plan?");
        assertThat(jdbc.sql("SELECT purpose FROM accesslog.access_log WHERE person_id = ? "
                        + "AND what = 'OWN_ACCESS_LOG' ORDER BY id").param(client.person().value())
                .query(String.class).list()).as("each read of the log is logged")
                .containsExactly("TRUSTED_READER", "OWN_FILE");

        var other = client("Bertil");
        var intruder = TestClients.signInClient(other.number());
        assertThatThrownBy(() -> ownAccessLog.ask(staffRow.id(), "Vem läste?")).isInstanceOf(AccessDenied.class);
        assertThat(refusals(intruder)).containsExactly("OWN_ACCESS_QUESTION UNKNOWN_TARGET");
        assertThat(ownAccessLog.page(0, 100).orElseThrow().lines()).noneMatch(line -> line.id() == staffRow.id());

        var otherManager = TestFixtures.registerStaffOfUnits(jdbc, TestFixtures.unitManager(other.unit()),
                "Annan Chef");
        TestActors.signIn(otherManager);
        assertThat(accessQuestions.questions(true)).isEmpty();
        var question = jdbc.sql("SELECT id FROM accesslog.access_questions WHERE person_id = ?")
                .param(client.person().value()).query(UUID.class).single();
        assertThatThrownBy(() -> accessQuestions.answer(question, "Inget.")).isInstanceOf(AccessDenied.class);

        var manager = TestFixtures.registerStaffOfUnits(jdbc, TestFixtures.unitManager(client.unit()), "Maja Chef");
        TestActors.signIn(manager);
        assertThat(accessQuestions.questions(true)).singleElement().satisfies(q -> {
            assertThat(q.question()).isEqualTo("Varför läste du min plan?");
            assertThat(q.personName()).isEqualTo("Klara Klient");
        });
        accessQuestions.answer(question, "Handläggaren skrev din plan.");
        assertThat(accessQuestions.questions(true)).isEmpty();
        assertThatThrownBy(() -> accessQuestions.answer(question, "Igen.")).isInstanceOf(RuleViolation.class);

        TestClients.signInClient(client.number());
        assertThat(ownAccessLog.page(0, 100).orElseThrow().questions()).singleElement().satisfies(q ->
                assertThat(q.answer()).isEqualTo("Handläggaren skrev din plan."));
        assertThat(rowsBy(adult, client.person())).isPositive();
    }

    @Test
    void staffNeverCallTheClientsChoicesOrLogAndAClientNeverAnswersQuestions() {
        var client = client("Klara");
        TestActors.signIn(client.caseworker());
        assertThatThrownBy(ownChoices::choices).isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);
        assertThatThrownBy(() -> ownChoices.trust(TestFixtures.personalNumber(), Set.of(FileSection.PLAN)))
                .isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);
        assertThatThrownBy(() -> ownAccessLog.page(0, 10))
                .isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);
        TestClients.signInClient(client.number());
        assertThatThrownBy(() -> accessQuestions.questions(true))
                .isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);
        assertThatThrownBy(() -> accessQuestions.answer(UUID.randomUUID(), "Svar"))
                .isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);
    }

    @Test
    void aMunicipalityThatNamesOnlyTheRoleShowsTheClientNoStaffName() {
        var client = client("Klara");
        TestClients.signInClient(client.number());
        var rolesOnly = new OwnAccessLog(door, accessLog, organisation, OwnAccessLog.StaffNames.ROLE_ONLY);

        var page = transactions.execute(status -> rolesOnly.page(0, 100)).orElseThrow();

        assertThat(page.lines()).anyMatch(line -> line.who() == Who.STAFF)
                .allSatisfy(line -> assertThat(line.staffName()).isNull());
        assertThat(ownAccessLog.page(0, 100).orElseThrow().lines()).as("the default names staff")
                .anyMatch(line -> "Hanna Handläggare".equals(line.staffName()));
    }
}
