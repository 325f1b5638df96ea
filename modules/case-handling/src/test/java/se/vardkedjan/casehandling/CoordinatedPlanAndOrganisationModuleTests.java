package se.vardkedjan.casehandling;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.events.ConsentWithdrawn;
import se.vardkedjan.casehandling.events.CoordinatedPlanCreated;
import se.vardkedjan.casehandling.events.CoordinatedPlanFollowUpSet;
import se.vardkedjan.casehandling.readmodel.CoordinatedPlanDetails;
import se.vardkedjan.casehandling.readmodel.CoordinatedPlanSummary;
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
import static se.vardkedjan.casehandling.TestFixtures.NORTH;
import static se.vardkedjan.casehandling.TestFixtures.SOUTH;

/**
 * SIPs against real PostgreSQL: consent, region access, the access log, and staff named as the organisation register
 * names them (the register itself is the organisation module's test, ADR 0020).
 */
@CaseHandlingModuleTest
class CoordinatedPlanAndOrganisationModuleTests {

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final CoordinatedPlans plans;
    private final TestActors actors;
    private final JdbcClient jdbc;

    CoordinatedPlanAndOrganisationModuleTests(PersonRegister register, CaseHandling caseHandling,
                                              CoordinatedPlans plans, TestActors actors,
                                              JdbcClient jdbc) {
        this.actors = actors;
        this.register = register;
        this.caseHandling = caseHandling;
        this.plans = plans;
        this.jdbc = jdbc;
    }

    private static Actor regionParticipant(String username) {
        return new Actor(UUID.randomUUID().toString(), username, "Anna Läkare", Set.of(Roles.REGION_PARTICIPANT),
                Set.of(), Set.of());
    }


    private CaseId caseInNorth() {
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Eva", "Sip"));
        return caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();
    }

    private CoordinatedPlanId planWithRegionParticipant(CaseId caseId, String account) {
        var id = plans.create(caseId, LocalDate.now().minusDays(1), ConsentForm.WRITTEN, LocalDate.now());
        plans.addParticipant(id, 0, NewParticipant.region("Anna Läkare", "Region Exempel", "Beroendemottagningen",
                "läkare", account));
        return id;
    }

    @Test
    void creatingASipWithConsentPublishesItsIdsAndRecordsWhoRecordedTheConsent(Scenario scenario) {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var caseId = caseInNorth();

        scenario.stimulate(() -> plans.create(caseId, LocalDate.now().minusDays(2), ConsentForm.ORAL,
                        LocalDate.now()))
                .andWaitForEventOfType(CoordinatedPlanCreated.class)
                .toArriveAndVerify((event, id) -> {
                    assertThat(event.caseId()).isEqualTo(caseId);
                    assertThat(event.coordinatedPlanId()).isEqualTo(id);
                    var plan = plans.plan(id);
                    assertThat(plan.status()).isEqualTo(CoordinatedPlanStatus.DRAFT);
                    assertThat(plan.consent().recordedBy()).isEqualTo(caseworker.username());
                    assertThat(plan.consent().form()).isEqualTo(ConsentForm.ORAL);
                });
    }

    @Test
    void withoutConsentNothingIsStored() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var caseId = caseInNorth();

        assertThatThrownBy(() -> plans.create(caseId, null, null, LocalDate.now()))
                .isInstanceOfSatisfying(RuleViolation.class, e ->
                        assertThat(e.messageKey()).isEqualTo("casehandling.sip.error.consent-required"));
        assertThat(plans.ofCase(caseId)).isEmpty();
    }

    @Test
    void aRegionParticipantReadsTheirSipButNoOtherAndNothingInCaseHandling() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var account = "region" + ACCOUNTS.incrementAndGet();
        var caseId = caseInNorth();
        var theirs = planWithRegionParticipant(caseId, account);
        var other = plans.create(caseInNorth(), LocalDate.now(), ConsentForm.WRITTEN, LocalDate.now());
        var otherAccount = "region" + ACCOUNTS.incrementAndGet();
        plans.addParticipant(other, 0, NewParticipant.region("Bo Annan", "Region Exempel", "Psykiatrin", "läkare",
                otherAccount));

        actors.login(regionParticipant(account));
        var read = plans.forRegionParticipant(theirs);
        assertThat(read.id()).isEqualTo(theirs);
        assertThat(read.clientName()).isEqualTo("Eva Sip");
        assertThat(read.currentParticipants()).extracting(CoordinatedPlanDetails.Participant::organisation)
                .containsExactly("Region Exempel");
        assertThat(plans.grantedToMe()).singleElement().satisfies(listed -> {
            assertThat(listed.id()).isEqualTo(theirs);
            assertThat(listed.clientName()).isEqualTo("Eva Sip");
            assertThat(listed.unitName()).isEqualTo("Beroendeenheten Norr");
        });

        assertThatThrownBy(() -> plans.forRegionParticipant(other)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> plans.plan(theirs)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.ofCase(caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> caseHandling.summary(caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> caseHandling.list(CaseListQuery.units(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> register.search("Eva Sip").hits()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRegionParticipantAccountRenamedToAGrantedUsernameReadsNothing() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var account = "region" + ACCOUNTS.incrementAndGet();
        var id = planWithRegionParticipant(caseInNorth(), account);
        var real = actors.login(regionParticipant(account));
        assertThat(plans.forRegionParticipant(id).id()).isEqualTo(id);

        // Another account renamed to the granted username: the same name, another Keycloak subject.
        actors.login(regionParticipant(account));
        assertThatThrownBy(() -> plans.forRegionParticipant(id)).isInstanceOf(AccessDenied.class);
        assertThat(plans.grantedToMe()).isEmpty();

        actors.login(real);
        assertThat(plans.grantedToMe()).extracting(CoordinatedPlanSummary::id).containsExactly(id);
    }

    @Test
    void aGrantToARegionParticipantWhoHasSignedInBeforeIsBoundAtOnce() {
        var participant = actors.login(regionParticipant("region" + ACCOUNTS.incrementAndGet()));
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var id = planWithRegionParticipant(caseInNorth(), participant.username());
        assertThat(jdbc.sql("SELECT account_subject FROM casehandling.coordinated_plan_read_grants WHERE plan_id = ?")
                .param(id.value()).query(String.class).single()).isEqualTo(participant.subject());
        TestActors.signIn(participant);
        assertThat(plans.forRegionParticipant(id).id()).isEqualTo(id);
    }

    @Test
    void theRegionParticipantsReadsAreLoggedForCoordination() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var account = "region" + ACCOUNTS.incrementAndGet();
        var caseId = caseInNorth();
        var id = planWithRegionParticipant(caseId, account);

        actors.login(regionParticipant(account));
        plans.forRegionParticipant(id);

        var rows = jdbc.sql("""
                        SELECT access_kind || ' ' || what || ' ' || purpose FROM accesslog.access_log
                        WHERE actor_username = ? AND case_id = ?""")
                .params(account, caseId.value()).query(String.class).list();
        assertThat(rows).containsExactly("READ COORDINATED_PLAN COORDINATION");
        var staffRows = jdbc.sql("""
                        SELECT count(*) FROM accesslog.access_log
                        WHERE case_id = ? AND what = 'COORDINATED_PLAN' AND purpose = 'COORDINATION'
                          AND access_kind = 'CHANGE'""")
                .param(caseId.value()).query(Integer.class).single();
        assertThat(staffRows).isEqualTo(2);
    }

    @Test
    void withdrawingConsentRevokesTheRegionsAccessAndKeepsTheHistory(Scenario scenario) {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var account = "region" + ACCOUNTS.incrementAndGet();
        var id = planWithRegionParticipant(caseInNorth(), account);

        scenario.stimulate(() -> plans.withdrawConsent(id, 1, LocalDate.now()))
                .andWaitForEventOfType(ConsentWithdrawn.class)
                .toArriveAndVerify(event -> assertThat(event.coordinatedPlanId()).isEqualTo(id));

        var plan = plans.plan(id);
        assertThat(plan.status()).isEqualTo(CoordinatedPlanStatus.CONSENT_WITHDRAWN);
        assertThat(plan.participants()).hasSize(1);
        assertThat(plan.history()).extracting(CoordinatedPlanDetails.HistoryEntry::kind)
                .containsExactly("CREATED", "CONSENT_WITHDRAWN");
        assertThatThrownBy(() -> plans.writeGoals(id, 2, "Nya mål"))
                .isInstanceOfSatisfying(RuleViolation.class, e ->
                        assertThat(e.messageKey()).isEqualTo("casehandling.sip.error.consent-withdrawn"));
        assertThat(jdbc.sql("SELECT revoked_at IS NOT NULL FROM casehandling.coordinated_plan_read_grants "
                + "WHERE plan_id = ?").param(id.value()).query(Boolean.class).single()).isTrue();

        actors.login(regionParticipant(account));
        assertThatThrownBy(() -> plans.forRegionParticipant(id)).isInstanceOf(AccessDenied.class);
        assertThat(plans.grantedToMe()).isEmpty();
    }

    @Test
    void removingTheRegionParticipantRevokesTheirAccess() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var account = "region" + ACCOUNTS.incrementAndGet();
        var id = planWithRegionParticipant(caseInNorth(), account);
        var participant = plans.plan(id).participants().getFirst().id();

        plans.removeParticipant(id, 1, participant);

        actors.login(regionParticipant(account));
        assertThatThrownBy(() -> plans.forRegionParticipant(id)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void aCaseworkerOfAnotherUnitCannotReadOrChangeTheSip() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var caseId = caseInNorth();
        var id = plans.create(caseId, LocalDate.now(), ConsentForm.WRITTEN, LocalDate.now());

        TestActors.signIn(TestFixtures.caseworker(SOUTH));
        assertThatThrownBy(() -> plans.plan(id)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> plans.ofCase(caseId)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> plans.writeGoals(id, 0, "Mål")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> plans.create(caseId, LocalDate.now(), ConsentForm.ORAL, LocalDate.now()))
                .isInstanceOf(AccessDenied.class);

        // Nothing changed: the case has its one SIP, without goals, at its first version.
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        assertThat(plans.ofCase(caseId)).singleElement().satisfies(only -> assertThat(only.id()).isEqualTo(id));
        var plan = plans.plan(id);
        assertThat(plan.goals()).isNull();
        assertThat(plan.version()).isZero();
    }

    @Test
    void twoCaseworkersChangingTheSameSipAreDetectedNotOverwritten() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var id = plans.create(caseInNorth(), LocalDate.now(), ConsentForm.WRITTEN, LocalDate.now());

        plans.writeGoals(id, 0, "Att hitta ett boende.");
        assertThatThrownBy(() -> plans.writeGoals(id, 0, "Att få arbete."))
                .isInstanceOf(ConcurrentChange.class);
        assertThat(plans.plan(id).goals()).isEqualTo("Att hitta ett boende.");
    }

    @Test
    void aFollowUpDateIsPublishedAndAppearsAsADueTimelineEntry(Scenario scenario) {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var caseId = caseInNorth();
        var id = plans.create(caseId, LocalDate.now(), ConsentForm.WRITTEN, LocalDate.now());
        var followUp = LocalDate.now().plusMonths(3);

        scenario.stimulate(() -> plans.scheduleFollowUp(id, 0, followUp))
                .andWaitForEventOfType(CoordinatedPlanFollowUpSet.class)
                .toArriveAndVerify(event -> {
                    assertThat(event.followUpOn()).isEqualTo(followUp);
                    assertThat(event.version()).as("the SIP's version the change saved, the event's order")
                            .isEqualTo(plans.plan(id).version()).isEqualTo(1L);
                });

        assertThat(plans.timeline(caseId)).contains(
                new CasePageSection.TimelineEntry(followUp, "casehandling.sip.timeline.follow-up", null, true));
    }

    @Test
    void aSipIsDrawnUpAndActivatedWithParticipantsMeasuresAndACoordinator() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var id = plans.create(caseInNorth(), LocalDate.now(), ConsentForm.WRITTEN, LocalDate.now());
        var self = plans.addParticipant(id, 0, NewParticipant.municipal(caseworker.username(), null,
                "socialsekreterare"));
        plans.addParticipant(id, 1, NewParticipant.relative("Eva Ek", "syster", true));
        plans.addMeasure(id, 2, Principal.REGION, "Abstinens", "Läkarbesök");
        plans.addMeasure(id, 3, Principal.MUNICIPALITY, "Boende", "Stödboende");
        plans.assignOverallResponsibility(id, 4, Principal.MUNICIPALITY);
        plans.appointCoordinator(id, 5, self);
        plans.writeGoals(id, 6, "Nykter och eget boende.");
        plans.scheduleFollowUp(id, 7, LocalDate.now().plusMonths(2));
        plans.activate(id, 8);

        var plan = plans.plan(id);
        assertThat(plan.status()).isEqualTo(CoordinatedPlanStatus.ACTIVE);
        assertThat(plan.measures()).extracting(CoordinatedPlanDetails.Measure::principal)
                .containsExactly(Principal.REGION, Principal.MUNICIPALITY);
        assertThat(plan.coordinator()).isEqualTo(self);
        assertThat(plan.history()).extracting(CoordinatedPlanDetails.HistoryEntry::recordedBy)
                .containsOnly(caseworker.username());
        assertThat(plan.history()).extracting(h -> plan.staffName(h.recordedBy()))
                .as("not in the organisation register: shown by username").containsOnly(caseworker.username());
    }

    @Test
    void aSipNamesItsMunicipalStaffAndWhoRecordedItAsTheOrganisationRegisterDoes() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        TestFixtures.registerStaff(jdbc, caseworker, "Hanna Handläggare");
        var colleague = TestFixtures.caseworker(NORTH);
        var id = plans.create(caseInNorth(), LocalDate.now(), ConsentForm.WRITTEN, LocalDate.now());
        var self = plans.addParticipant(id, 0, NewParticipant.municipal(caseworker.username(), null,
                "socialsekreterare"));
        var named = plans.addParticipant(id, 1, NewParticipant.municipal(null, "Bo Boendestöd", "boendestödjare"));
        var left = plans.addParticipant(id, 2, NewParticipant.municipal(colleague.username(), null, "handläggare"));
        plans.appointCoordinator(id, 3, self);

        var plan = plans.plan(id);
        assertThat(plan.staffName(plan.consent().recordedBy())).isEqualTo("Hanna Handläggare");
        assertThat(plan.history()).extracting(h -> plan.staffName(h.recordedBy())).containsOnly("Hanna Handläggare");
        assertThat(plan.participants()).extracting(CoordinatedPlanDetails.Participant::id, plan::participantName)
                .containsExactly(tuple(self, "Hanna Handläggare"), tuple(named, "Bo Boendestöd"),
                        tuple(left, colleague.username()));
        assertThat(plan.participants()).extracting(CoordinatedPlanDetails.Participant::staffUsername)
                .containsExactly(caseworker.username(), null, colleague.username());
    }

}
