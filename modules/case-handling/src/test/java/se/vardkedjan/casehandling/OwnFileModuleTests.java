package se.vardkedjan.casehandling;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.vardkedjan.TestActors;
import se.vardkedjan.TestClients;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.casehandling.readmodel.CaseStage;
import se.vardkedjan.casehandling.readmodel.OwnCaseStatus.Standing;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client's own file through {@link OwnFile} (ADR 0028): a client reads their own case and plan and adds to the
 * plan, every read and change logged with the client as actor and purpose OWN_FILE; another client gets nothing of it by
 * any id, refused as unknown and recorded; staff never call the client's methods, and a client never the staff's.
 */
@CaseHandlingModuleTest
class OwnFileModuleTests {

    private static final LocalDate TODAY = LocalDate.now();

    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final CarePlans carePlans;
    private final OwnFile ownFile;
    private final CaseRows cases;
    private final JdbcClient jdbc;

    OwnFileModuleTests(PersonRegister register, CaseHandling caseHandling, CarePlans carePlans, OwnFile ownFile,
                       CaseRows cases, JdbcClient jdbc) {
        this.register = register;
        this.caseHandling = caseHandling;
        this.carePlans = carePlans;
        this.ownFile = ownFile;
        this.cases = cases;
        this.jdbc = jdbc;
    }

    /** A client with a decided case in a unit of its own and a draft plan with two goals and an activity. */
    private record Client(String number, CaseId caseId, CarePlanId plan, GoalId firstGoal, Actor caseworker) {
    }

    private Client clientWithPlan() {
        var unit = PlanFixtures.newUnit(jdbc);
        var caseworker = TestFixtures.registerStaffOfUnits(jdbc, TestFixtures.caseworker(unit), "Hanna Handläggare");
        TestActors.signIn(caseworker);
        var number = TestFixtures.personalNumber();
        var person = register.register(TestFixtures.person(number, "Klara", "Klient"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, unit)).caseId();
        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.", TODAY,
                TODAY.plusMonths(4));
        var found = cases.find(caseId).orElseThrow();
        found.markDecided();
        cases.update(found);
        var plan = carePlans.draft(caseId, TODAY);
        var goal = carePlans.setGoal(plan, 0, new GoalInput("Jag vill sova bättre.", "Egen skattning 1–10",
                TODAY.plusMonths(3)));
        carePlans.setGoal(plan, 1, new GoalInput("Jag vill ha ett arbete.", "Anställning", TODAY.plusMonths(6)));
        carePlans.planActivity(plan, 2, new ActivityInput("Samtal varje vecka", ActivityPerformer.PROVIDER,
                "Tisdagar"));
        var assigned = cases.find(caseId).orElseThrow();
        caseHandling.assign(caseId, assigned.version(), caseworker.username());
        TestActors.signOut();
        return new Client(number, caseId, plan, goal, caseworker);
    }

    @Test
    void aClientReadsWhereTheirCaseStandsAndTheirPlanAndEachReadIsLoggedAsTheirOwn() {
        var client = clientWithPlan();
        var signedIn = TestClients.signInClient(client.number());

        var status = ownFile.status();
        var plan = ownFile.plan().orElseThrow();

        assertThat(status.standing()).isEqualTo(Standing.HAS_CASE);
        assertThat(status.stage()).isEqualTo(CaseStage.DECIDED);
        assertThat(status.caseworkerName()).isEqualTo("Hanna Handläggare");
        assertThat(status.unitName()).startsWith("Enhet test-plan-");
        assertThat(status.nextFollowUp()).isEqualTo(TODAY.plusMonths(3));
        assertThat(status.hasPlan()).isTrue();
        assertThat(plan.id()).isEqualTo(client.plan());
        assertThat(plan.goals()).extracting(g -> g.text()).containsExactly("Jag vill sova bättre.",
                "Jag vill ha ett arbete.");
        assertThat(plan.activities()).singleElement().satisfies(a ->
                assertThat(a.who()).isEqualTo(ActivityPerformer.PROVIDER));
        assertThat(jdbc.sql("""
                        SELECT what || ' ' || purpose || ' ' || access_kind FROM accesslog.access_log
                        WHERE case_id = ? AND actor_subject = ? ORDER BY id""")
                .params(client.caseId().value(), signedIn.subject()).query(String.class).list())
                .containsExactly("OWN_CASE OWN_FILE READ", "CARE_PLAN OWN_FILE READ");
    }

    @Test
    void aClientWithProtectedIdentityReadsTheirOwnFileAndNothingTheyReadOpensTheCaseToStaff() {
        var unit = PlanFixtures.newUnit(jdbc);
        var caseworker = TestFixtures.registerStaffOfUnits(jdbc, TestFixtures.caseworker(unit), "Hanna Handläggare");
        TestActors.signIn(caseworker);
        var number = TestFixtures.personalNumber();
        var person = register.register(new RegisterPerson(number, null, null, "Skyddad", "Klient", null, null,
                "Hemlig gatan 1", "123 45", "Exempelstad", ProtectionLevel.PROTECTED_REGISTRATION));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, unit)).caseId();
        TestActors.signOut();

        var signedIn = TestClients.signInClient(number);
        var status = ownFile.status();
        assertThat(status.standing()).isEqualTo(Standing.HAS_CASE);
        assertThat(status.stage()).isEqualTo(CaseStage.REGISTERED);
        assertThat(ownFile.plan()).isEmpty();
        assertThat(ownFile.decisions()).isEmpty();
        assertThat(ownFile.coordinatedPlans()).isEmpty();
        // Every row of the client's own reads carries the protection, as every other row about them does, so the
        // access log's views show them as protected to staff who review it.
        assertThat(jdbc.sql("SELECT protected_identity FROM accesslog.access_log WHERE actor_subject = ?")
                .param(signedIn.subject()).query(Boolean.class).list()).isNotEmpty().containsOnly(true);

        // The client's own reads name nobody on the case: the caseworker of the unit, not named on it, still cannot
        // open it.
        TestActors.signIn(caseworker);
        assertThatThrownBy(() -> caseHandling.summary(caseId)).isInstanceOf(AccessDenied.class);
        TestActors.signOut();
    }

    @Test
    void anotherClientGetsNothingOfAClientsPlanByGoalOrPlanIdAndTheAttemptsAreRecorded() {
        var a = clientWithPlan();
        var b = clientWithPlan();
        var intruder = TestClients.signInClient(b.number());

        assertThatThrownBy(() -> ownFile.commentOnGoal(a.firstGoal(), "Jag har också en åsikt."))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> ownFile.agreeToPlan(a.plan(), 3)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> ownFile.commentOnGoal(GoalId.random(), "Finns inte."))
                .isInstanceOf(AccessDenied.class);

        assertThat(jdbc.sql("""
                        SELECT target_kind || ' ' || target_id || ' ' || reason FROM accesslog.security_events
                        WHERE actor_subject = ? ORDER BY id""").param(intruder.subject()).query(String.class).list())
                .hasSize(3).startsWith("GOAL " + a.firstGoal() + " UNKNOWN_TARGET",
                        "CARE_PLAN " + a.plan() + " UNKNOWN_TARGET");
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE case_id = ? AND actor_subject = ?")
                .params(a.caseId().value(), intruder.subject()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM casehandling.care_plan_goal_comments WHERE care_plan_id = ?")
                .param(a.plan().value()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM casehandling.care_plan_client_agreements WHERE care_plan_id = ?")
                .param(a.plan().value()).query(Integer.class).single()).isZero();
        assertThat(ownFile.plan().orElseThrow().id()).as("B reads B's own plan only").isEqualTo(b.plan());
    }

    @Test
    void aClientsCommentAndAgreementAreKeptAndTheCaseworkerSeesThemAndAChangeAfterwards() {
        var client = clientWithPlan();
        var signedIn = TestClients.signInClient(client.number());
        var read = ownFile.plan().orElseThrow();

        ownFile.commentOnGoal(client.firstGoal(), "Jag sover bäst om jag får gå ut på kvällen.");
        ownFile.agreeToPlan(read.id(), read.version());

        var seen = ownFile.plan().orElseThrow().fromTheClient();
        assertThat(seen.agreedToThisVersion()).isTrue();
        assertThat(seen.on(client.firstGoal())).singleElement().satisfies(c ->
                assertThat(c.text()).isEqualTo("Jag sover bäst om jag får gå ut på kvällen."));
        assertThat(jdbc.sql("""
                        SELECT what || ' ' || purpose || ' ' || access_kind FROM accesslog.access_log
                        WHERE case_id = ? AND actor_subject = ? AND access_kind = 'CHANGE' ORDER BY id""")
                .params(client.caseId().value(), signedIn.subject()).query(String.class).list())
                .containsExactly("CARE_PLAN_GOAL_COMMENT OWN_FILE CHANGE", "CARE_PLAN_CLIENT_AGREEMENT OWN_FILE CHANGE");

        TestActors.signIn(client.caseworker());
        var forCaseworker = carePlans.fromTheClient(client.plan());
        assertThat(forCaseworker.latestAgreement()).hasValueSatisfying(agreement ->
                assertThat(agreement.toThisVersion()).isTrue());
        assertThat(forCaseworker.comments()).singleElement().satisfies(c ->
                assertThat(c.goalText()).isEqualTo("Jag vill sova bättre."));

        var plan = carePlans.plan(client.plan());
        carePlans.setGoal(plan.id(), plan.version(), new GoalInput("Jag vill träffa mina barn.", "Träffar per månad",
                TODAY.plusMonths(2)));
        assertThat(carePlans.fromTheClient(client.plan()).latestAgreement()).hasValueSatisfying(agreement ->
                assertThat(agreement.toThisVersion()).as("agreed to an earlier version").isFalse());
    }

    @Test
    void aPlanTheClientAgreedToOnMinaSidorIsPutInForceWithThatAgreementNotRecordedAgain() {
        var client = clientWithPlan();
        TestActors.signIn(client.caseworker());
        assertThatThrownBy(() -> carePlans.recordPortalAgreement(client.plan(), carePlans.plan(client.plan())
                .version())).as("the client has not agreed in the portal")
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey())
                        .isEqualTo("casehandling.plan.error.no-portal-agreement"));
        TestClients.signInClient(client.number());
        var read = ownFile.plan().orElseThrow();
        ownFile.agreeToPlan(read.id(), read.version());

        TestActors.signIn(client.caseworker());
        var version = carePlans.plan(client.plan()).version();
        assertThatThrownBy(() -> carePlans.recordAgreement(client.plan(), version, TODAY, AgreementChannel.PORTAL))
                .as("the portal's agreement is the client's, never chosen by the caseworker")
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey())
                        .isEqualTo("casehandling.plan.error.portal-channel"));
        carePlans.recordPortalAgreement(client.plan(), version);

        var agreed = carePlans.plan(client.plan());
        assertThat(agreed.status()).isEqualTo(CarePlanStatus.AGREED);
        assertThat(agreed.response().channel()).isEqualTo(AgreementChannel.PORTAL);
        assertThat(agreed.response().agrees()).isTrue();
        assertThat(agreed.response().on()).isEqualTo(TODAY);
        assertThat(jdbc.sql("SELECT response_on FROM casehandling.care_plans WHERE id = ?")
                .param(client.plan().value()).query(java.time.LocalDate.class).single())
                .as("the answer's day, which documentation quality's client participation counts").isEqualTo(TODAY);
    }

    @Test
    void anAgreementToAnEarlierVersionDoesNotPutTheChangedPlanInForceNorDoesAnotherUnitsCaseworker() {
        var client = clientWithPlan();
        TestClients.signInClient(client.number());
        var read = ownFile.plan().orElseThrow();
        ownFile.agreeToPlan(read.id(), read.version());
        var otherUnit = TestFixtures.registerStaffOfUnits(jdbc, TestFixtures.caseworker(PlanFixtures.newUnit(jdbc)),
                "Olle Obehörig");
        TestActors.signIn(otherUnit);
        assertThatThrownBy(() -> carePlans.recordPortalAgreement(client.plan(), read.version()))
                .isInstanceOf(AccessDenied.class);

        TestActors.signIn(client.caseworker());
        carePlans.setGoal(read.id(), read.version(), new GoalInput("Ett nytt mål.", "Ja eller nej",
                TODAY.plusMonths(1)));
        var changed = carePlans.plan(client.plan());
        assertThatThrownBy(() -> carePlans.recordPortalAgreement(client.plan(), changed.version()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey())
                        .isEqualTo("casehandling.plan.error.no-portal-agreement"));
        assertThat(carePlans.plan(client.plan()).status()).isEqualTo(CarePlanStatus.DRAFT);
    }

    @Test
    void aPlanChangedSinceTheClientReadItIsNotAgreedToUnseen() {
        var client = clientWithPlan();
        TestClients.signInClient(client.number());
        var read = ownFile.plan().orElseThrow();
        TestActors.signIn(client.caseworker());
        carePlans.setGoal(read.id(), read.version(), new GoalInput("Ett nytt mål.", "Ja eller nej",
                TODAY.plusMonths(1)));

        TestClients.signInClient(client.number());
        assertThatThrownBy(() -> ownFile.agreeToPlan(read.id(), read.version())).isInstanceOf(ConcurrentChange.class);
    }

    @Test
    void aClientWithoutACaseOrWithoutANumberIsToldSoAndReadsNothing() {
        TestClients.signInClient(TestFixtures.personalNumber());
        assertThat(ownFile.status().standing()).isEqualTo(Standing.NO_CASE);
        assertThat(ownFile.plan()).isEmpty();

        TestClients.signInClient(null);
        assertThat(ownFile.status().standing()).isEqualTo(Standing.NOT_IDENTIFIED);
        assertThat(ownFile.plan()).isEmpty();
    }

    @Test
    void staffNeverCallTheClientsMethodsAndAClientNeverTheStaffs() {
        var client = clientWithPlan();

        TestClients.signInWithIdentity(client.caseworker(), client.number());
        assertThatThrownBy(ownFile::plan).isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);
        assertThatThrownBy(() -> ownFile.agreeToPlan(client.plan(), 3))
                .isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);

        TestClients.signInClient(client.number());
        assertThatThrownBy(() -> carePlans.plans(client.caseId()))
                .isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);
        assertThatThrownBy(() -> carePlans.fromTheClient(client.plan()))
                .isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);
    }
}
