package se.vardkedjan.casehandling;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.vardkedjan.TestActors;
import se.vardkedjan.TestClients;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.casehandling.readmodel.CaseWorkItem;
import se.vardkedjan.casehandling.readmodel.CoordinatedPlanDetails;
import se.vardkedjan.casehandling.readmodel.OwnCoordinatedPlan;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The client's own SIP through {@link OwnFile} (ADR 0028, slice 2): the client reads who takes part, who does what and
 * their consent, and withdraws consent themself; the region's access ends, the caseworker sees that the client did it
 * and gets a start-page item until they open the SIP; another client gets nothing by any id, refused and recorded.
 */
@CaseHandlingModuleTest
class OwnSipModuleTests {

    private static final LocalDate TODAY = LocalDate.now();
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final CoordinatedPlans plans;
    private final OwnFile ownFile;
    private final Workday workday;
    private final CaseRows cases;
    private final TestActors actors;
    private final JdbcClient jdbc;

    OwnSipModuleTests(PersonRegister register, CaseHandling caseHandling, CoordinatedPlans plans, OwnFile ownFile,
                      Workday workday, CaseRows cases, TestActors actors, JdbcClient jdbc) {
        this.register = register;
        this.caseHandling = caseHandling;
        this.plans = plans;
        this.ownFile = ownFile;
        this.workday = workday;
        this.cases = cases;
        this.actors = actors;
        this.jdbc = jdbc;
    }

    /** A client with a case, its caseworker, and an active SIP with a region participant who has an account. */
    private record Client(String number, CaseId caseId, CoordinatedPlanId sip, Actor caseworker, String account) {
    }

    private Client clientWithSip() {
        var unit = PlanFixtures.newUnit(jdbc);
        var caseworker = TestFixtures.registerStaffOfUnits(jdbc, TestFixtures.caseworker(unit), "Hanna Handläggare");
        TestActors.signIn(caseworker);
        var number = TestFixtures.personalNumber();
        var person = register.register(TestFixtures.person(number, "Klara", "Klient"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, unit)).caseId();
        caseHandling.assign(caseId, cases.find(caseId).orElseThrow().version(), caseworker.username());
        var account = "ownsip" + ACCOUNTS.incrementAndGet();
        var sip = plans.create(caseId, TODAY.minusDays(3), ConsentForm.WRITTEN, TODAY.minusDays(2));
        var municipal = plans.addParticipant(sip, 0, NewParticipant.municipal(caseworker.username(), null,
                "handläggare"));
        plans.addParticipant(sip, 1, NewParticipant.region("Anna Läkare", "Region Exempel", "Beroendemottagningen",
                "läkare", account));
        plans.addMeasure(sip, 2, Principal.REGION, "Sömnen", "Läkarbesök varannan vecka");
        plans.addMeasure(sip, 3, Principal.MUNICIPALITY, "Boendet", "Boendestöd två gånger i veckan");
        plans.assignOverallResponsibility(sip, 4, Principal.MUNICIPALITY);
        plans.appointCoordinator(sip, 5, municipal);
        plans.writeGoals(sip, 6, "Jag vill bo kvar i min lägenhet.");
        plans.scheduleFollowUp(sip, 7, TODAY.plusMonths(2));
        plans.activate(sip, 8);
        TestActors.signOut();
        return new Client(number, caseId, sip, caseworker, account);
    }

    @Test
    void aClientReadsTheirSipWithWhoTakesPartWhoDoesWhatAndTheirConsentAndTheReadIsLoggedAsTheirOwn() {
        var client = clientWithSip();
        var signedIn = TestClients.signInClient(client.number());

        var sip = ownFile.coordinatedPlans();

        assertThat(sip).singleElement().satisfies(plan -> {
            assertThat(plan.id()).isEqualTo(client.sip());
            assertThat(plan.status()).isEqualTo(CoordinatedPlanStatus.ACTIVE);
            assertThat(plan.participants()).extracting(OwnCoordinatedPlan.Participant::name,
                            OwnCoordinatedPlan.Participant::organisation, OwnCoordinatedPlan.Participant::role)
                    .containsExactly(tuple("Hanna Handläggare", null, "handläggare"),
                            tuple("Anna Läkare", "Region Exempel", "läkare"));
            assertThat(plan.coordinator().name()).isEqualTo("Hanna Handläggare");
            assertThat(plan.overallResponsibility()).isEqualTo(Principal.MUNICIPALITY);
            assertThat(plan.measures()).extracting(OwnCoordinatedPlan.Measure::principal,
                    OwnCoordinatedPlan.Measure::measure).containsExactly(
                    tuple(Principal.REGION, "Läkarbesök varannan vecka"),
                    tuple(Principal.MUNICIPALITY, "Boendestöd två gånger i veckan"));
            assertThat(plan.goals()).isEqualTo("Jag vill bo kvar i min lägenhet.");
            assertThat(plan.followUpOn()).isEqualTo(TODAY.plusMonths(2));
            assertThat(plan.consent().givenOn()).isEqualTo(TODAY.minusDays(3));
            assertThat(plan.consent().form()).isEqualTo(ConsentForm.WRITTEN);
            assertThat(plan.consentWithdrawable()).isTrue();
            assertThat(plan.toString()).doesNotContain(client.account()).doesNotContain(client.number());
        });
        assertThat(jdbc.sql("""
                        SELECT what || ' ' || purpose || ' ' || access_kind FROM accesslog.access_log
                        WHERE case_id = ? AND actor_subject = ? ORDER BY id""")
                .params(client.caseId().value(), signedIn.subject()).query(String.class).list())
                .containsExactly("COORDINATED_PLAN OWN_FILE READ");
    }

    @Test
    void aClientWithdrawsConsentTheRegionLosesAccessAndTheCaseworkerSeesItWasTheClientUntilTheyOpenTheSip() {
        var client = clientWithSip();
        var signedIn = TestClients.signInClient(client.number());
        var read = ownFile.coordinatedPlans().getFirst();

        ownFile.withdrawSipConsent(read.id(), read.version());

        var after = ownFile.coordinatedPlans().getFirst();
        assertThat(after.status()).isEqualTo(CoordinatedPlanStatus.CONSENT_WITHDRAWN);
        assertThat(after.consent().withdrawnByClient()).isTrue();
        assertThat(after.consent().withdrawnOn()).isEqualTo(TODAY);
        assertThat(after.consent().withdrawnAt()).isNotNull();
        assertThat(after.consentWithdrawable()).isFalse();
        assertThat(jdbc.sql("""
                        SELECT what || ' ' || purpose || ' ' || access_kind FROM accesslog.access_log
                        WHERE case_id = ? AND actor_subject = ? AND access_kind = 'CHANGE'""")
                .params(client.caseId().value(), signedIn.subject()).query(String.class).list())
                .containsExactly("COORDINATED_PLAN_CONSENT_WITHDRAWAL OWN_FILE CHANGE");
        assertThatThrownBy(() -> ownFile.withdrawSipConsent(after.id(), after.version()))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey())
                        .isEqualTo("casehandling.sip.error.consent-already-withdrawn"));

        actors.login(new Actor(UUID.randomUUID().toString(), client.account(), "Anna Läkare",
                Set.of(Roles.REGION_PARTICIPANT), Set.of(), Set.of()));
        assertThatThrownBy(() -> plans.forRegionParticipant(client.sip())).isInstanceOf(AccessDenied.class);
        assertThat(plans.grantedToMe()).isEmpty();

        TestActors.signIn(client.caseworker());
        assertThat(withdrawalItems(client)).hasSize(1);
        assertThat(plans.timeline(client.caseId())).extracting(CasePageSection.TimelineEntry::titleKey)
                .contains("casehandling.sip.timeline.consent-withdrawn-by-client");
        var seen = plans.plan(client.sip());
        assertThat(seen.consent().withdrawnByClient()).isTrue();
        assertThat(seen.consent().withdrawalRecordedBy()).as("no staff recorded it").isNull();
        assertThat(seen.history()).extracting(CoordinatedPlanDetails.HistoryEntry::kind)
                .endsWith("CONSENT_WITHDRAWN_BY_CLIENT");
        assertThat(withdrawalItems(client)).as("the caseworker has opened the SIP").isEmpty();
        assertThat(plans.plan(client.sip()).consent().seenBy()).isEqualTo(client.caseworker().username());
    }

    @Test
    void anotherClientCannotWithdrawAClientsConsentByItsIdAndTheAttemptIsRecorded() {
        var a = clientWithSip();
        var b = clientWithSip();
        var intruder = TestClients.signInClient(b.number());
        var unknown = CoordinatedPlanId.random();

        assertThatThrownBy(() -> ownFile.withdrawSipConsent(a.sip(), 9)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> ownFile.withdrawSipConsent(unknown, 0)).isInstanceOf(AccessDenied.class);

        assertThat(jdbc.sql("""
                        SELECT target_kind || ' ' || target_id || ' ' || reason FROM accesslog.security_events
                        WHERE actor_subject = ? ORDER BY id""").param(intruder.subject()).query(String.class).list())
                .containsExactly("COORDINATED_PLAN " + a.sip() + " UNKNOWN_TARGET",
                        "COORDINATED_PLAN " + unknown + " UNKNOWN_TARGET");
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE case_id = ? AND actor_subject = ?")
                .params(a.caseId().value(), intruder.subject()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT status FROM casehandling.coordinated_plans WHERE id = ?")
                .param(a.sip().value()).query(String.class).single()).isEqualTo("ACTIVE");
        assertThat(ownFile.coordinatedPlans()).extracting(OwnCoordinatedPlan::id).as("B reads B's own SIP only")
                .containsExactly(b.sip());
    }

    @Test
    void aSipChangedSinceTheClientReadItIsNotWithdrawnUnseen() {
        var client = clientWithSip();
        TestClients.signInClient(client.number());
        var read = ownFile.coordinatedPlans().getFirst();
        TestActors.signIn(client.caseworker());
        plans.recordMeeting(client.sip(), read.version(), TODAY, "Möte med regionen.");

        TestClients.signInClient(client.number());
        assertThatThrownBy(() -> ownFile.withdrawSipConsent(read.id(), read.version()))
                .isInstanceOf(ConcurrentChange.class);
        assertThat(ownFile.coordinatedPlans().getFirst().status()).isEqualTo(CoordinatedPlanStatus.ACTIVE);
    }

    @Test
    void staffNeverWithdrawThroughTheClientsMethodsAndAClientWithoutACaseHasNoSip() {
        var client = clientWithSip();

        TestClients.signInWithIdentity(client.caseworker(), client.number());
        assertThatThrownBy(ownFile::coordinatedPlans).isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);
        assertThatThrownBy(() -> ownFile.withdrawSipConsent(client.sip(), 9))
                .isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);

        TestClients.signInClient(client.number());
        assertThatThrownBy(() -> plans.plan(client.sip()))
                .isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);

        TestClients.signInClient(TestFixtures.personalNumber());
        assertThat(ownFile.coordinatedPlans()).isEmpty();
    }

    private java.util.List<CaseWorkItem> withdrawalItems(Client client) {
        return workday.workItems().stream()
                .filter(item -> item.kind() == CaseWorkItem.Kind.SIP_CONSENT_WITHDRAWN_BY_CLIENT
                        && item.caseId().equals(client.caseId())).toList();
    }
}
