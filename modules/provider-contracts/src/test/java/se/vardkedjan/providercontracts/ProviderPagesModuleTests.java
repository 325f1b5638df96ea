package se.vardkedjan.providercontracts;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.TestFixtures;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;
import static se.vardkedjan.casehandling.TestFixtures.SOUTH;
import static se.vardkedjan.providercontracts.ProviderAssignmentPage.Order.NEWEST_SENT_FIRST;
import static se.vardkedjan.providercontracts.ProviderAssignmentPage.Order.OLDEST_SENT_FIRST;

/**
 * The provider's pages through their facades against the real PostgreSQL (ADR 0027): the inbox pages only the user's
 * own organisations; the assignment shows the client as far as it is shared; the implementation plan is written and
 * established by the addressed provider only, read by the case's staff only, and its established versions are kept.
 */
@ProviderContractsModuleTest
class ProviderPagesModuleTests {

    private final Assignments assignments;
    private final ImplementationPlans plans;
    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final Decisions decisions;
    private final JdbcClient jdbc;
    private final LocalDate today;

    ProviderPagesModuleTests(Assignments assignments, ImplementationPlans plans, PersonRegister register,
                             CaseHandling caseHandling, Investigations investigations, Decisions decisions,
                             JdbcClient jdbc, Clock clock) {
        this.assignments = assignments;
        this.plans = plans;
        this.register = register;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Stockholm"));
    }

    private static Actor providerStaff(String... organisations) {
        return new Actor(UUID.randomUUID().toString(), "utf" + UUID.randomUUID().toString().substring(0, 6),
                "Ulla Utförare", Set.of(Roles.PROVIDER_STAFF), Set.of(), Arrays.stream(organisations)
                .map(ProviderOrganisationCode::new).collect(Collectors.toSet()));
    }

    /** An assignment of a new case of the unit, written and sent to the provider by the unit's caseworker. */
    private AssignmentView sentTo(AssignmentFixtures.Provider provider, UnitCode unit, boolean shareContact) {
        TestActors.signIn(TestFixtures.caseworker(unit));
        var granted = AssignmentFixtures.granted(register, caseHandling, investigations, decisions, unit, today,
                TestFixtures.person(TestFixtures.personalNumber(), "Eva", "Ek"));
        var id = AssignmentFixtures.liveAssignment(jdbc, granted.interventionId());
        var complete = AssignmentFixtures.complete(provider, today.plusDays(7));
        var draft = assignments.saveDraft(id, 0, new AssignmentDraft(complete.method(), complete.provider(),
                complete.contract(), false, complete.startsOn(), complete.expectedLength(), complete.reporting(),
                complete.followUp(), complete.contactPersons(), shareContact, shareContact, shareContact));
        return assignments.send(id, draft.version());
    }

    private AssignmentView accepted(AssignmentFixtures.Provider provider, UnitCode unit) {
        var sent = sentTo(provider, unit, false);
        TestActors.signIn(providerStaff(provider.code()));
        return assignments.accept(sent.id(), sent.version(), today.plusDays(7));
    }

    private long rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private long refusalsOf(Actor actor) {
        return rows("SELECT count(*) FROM accesslog.security_events WHERE actor_subject = ?", actor.subject());
    }

    private static ImplementationPlanContent content(String... activities) {
        return new ImplementationPlanContent(Arrays.stream(activities).map(what ->
                new ImplementationPlanContent.Activity(what, "Klienten klarar det själv", "Kontaktpersonen",
                        "Varje tisdag")).toList(), "Möte med handläggaren varje månad",
                "Klienten skrev planen med oss", "Jag vill tillbaka till jobbet");
    }

    // ---- The inbox

    @Test
    void theInboxPagesOnlyTheUsersOwnOrganisationsNewestFirstAndLogsEachRowShownAsAnOverview() {
        var a = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 10, today);
        var b = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 10, today);
        var toA = List.of(sentTo(a, NORTH, false).id(), sentTo(a, NORTH, false).id(), sentTo(a, SOUTH, false).id());
        var toB = sentTo(b, NORTH, false).id();
        var newestFirst = jdbc.sql("""
                        SELECT a.id FROM providercontracts.assignments a WHERE a.id = ANY(?)
                        ORDER BY a.sent_at DESC, a.id DESC""")
                .param(toA.stream().map(AssignmentId::value).toArray(UUID[]::new)).query(UUID.class).list()
                .stream().map(AssignmentId::new).toList();

        var staff = TestActors.signIn(providerStaff(a.code()));
        var first = assignments.addressedToProvider(ProviderAssignmentGroup.NEW, NEWEST_SENT_FIRST, 0, 2);
        var second = assignments.addressedToProvider(ProviderAssignmentGroup.NEW, NEWEST_SENT_FIRST, 1, 2);

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.hasNext()).isFalse();
        assertThat(first.items()).extracting(ProviderAssignmentPage.Item::id)
                .containsExactlyElementsOf(newestFirst.subList(0, 2));
        assertThat(second.items()).extracting(ProviderAssignmentPage.Item::id).containsExactly(newestFirst.get(2));
        assertThat(first.items().getFirst().interventionType())
                .isEqualTo(se.vardkedjan.casehandling.InterventionType.OUTPATIENT);
        assertThat(first.items().getFirst().methodNameSv()).startsWith("Kognitiv beteendeterapi");
        assertThat(first.items().getFirst().expectedStart()).isEqualTo(today.plusDays(7));
        assertThat(first.items().getFirst().status()).isEqualTo(AssignmentStatus.SENT);
        assertThat(list(ProviderAssignmentGroup.ACCEPTED)).isEmpty();
        // The API reads the same list, oldest sent first.
        assertThat(assignments.addressedToProvider(ProviderAssignmentGroup.NEW, OLDEST_SENT_FIRST, 0, 3).items())
                .extracting(ProviderAssignmentPage.Item::id).containsExactlyElementsOf(newestFirst.reversed());
        assertThat(rows("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ? "
                + "AND what = 'ASSIGNMENT_LIST'", staff.subject())).isEqualTo(6);

        var accepted = assignments.accept(toA.getFirst(), assignments.forProvider(toA.getFirst()).version(),
                today.plusDays(8));
        assertThat(list(ProviderAssignmentGroup.ACCEPTED)).extracting(ProviderAssignmentPage.Item::id)
                .containsExactly(accepted.id());
        assertThat(list(ProviderAssignmentGroup.NEW)).extracting(ProviderAssignmentPage.Item::id)
                .doesNotContain(toA.getFirst());

        TestActors.signIn(providerStaff(a.code(), b.code()));
        assertThat(list(ProviderAssignmentGroup.NEW)).extracting(ProviderAssignmentPage.Item::id)
                .contains(toB, toA.get(1), toA.get(2));
        TestActors.signIn(providerStaff(b.code()));
        assertThat(list(ProviderAssignmentGroup.NEW)).extracting(ProviderAssignmentPage.Item::id)
                .containsExactly(toB);
    }

    @Test
    void theInboxIsProviderStaffsAndAPageHasALimit() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        assertThatThrownBy(() -> list(ProviderAssignmentGroup.NEW))
                .isInstanceOf(AuthorizationDeniedException.class);

        TestActors.signIn(providerStaff("ingen-sadan-utforare"));
        assertThat(list(ProviderAssignmentGroup.NEW)).isEmpty();
        assertThatThrownBy(() -> assignments.addressedToProvider(ProviderAssignmentGroup.NEW, NEWEST_SENT_FIRST, 0,
                Assignments.MAX_PAGE_SIZE + 1))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> assignments.addressedToProvider(ProviderAssignmentGroup.NEW, NEWEST_SENT_FIRST, -1, 10))
                .isInstanceOf(RuleViolation.class);
        assertThat(caseworker).isNotNull();
    }

    private List<ProviderAssignmentPage.Item> list(ProviderAssignmentGroup group) {
        return assignments.addressedToProvider(group, NEWEST_SENT_FIRST, 0, 10).items();
    }

    // ---- The client

    @Test
    void theProviderSeesTheClientsNameAndNumberAndTheAddressAndPhoneOnlyWhenShared() {
        var provider = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 10, today);
        var notShared = sentTo(provider, NORTH, false);
        var shared = sentTo(provider, NORTH, true);
        var staff = TestActors.signIn(providerStaff(provider.code()));

        var plain = assignments.providerAssignment(notShared.id()).client();
        assertThat(plain.name()).isEqualTo("Eva Ek");
        assertThat(plain.identityNumber()).as("as case handling shows it").matches("\\d{8}-\\d{4}");
        assertThat(plain.phone()).isNull();
        assertThat(plain.streetAddress()).isNull();
        assertThat(plain.withheld()).isFalse();

        var withContact = assignments.providerAssignment(shared.id()).client();
        assertThat(withContact.streetAddress()).isEqualTo("Storgatan 1");
        assertThat(withContact.city()).isEqualTo("Exempelstad");
        assertThat(rows("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ? AND what = 'ASSIGNMENT'",
                staff.subject())).isEqualTo(2);
    }

    @Test
    void aProtectedPersonsIdentityIsShownOnlyOnceAcceptedAndTheAddressNever() {
        var provider = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 10, today);
        var sent = sentTo(provider, NORTH, true);
        // The person's protection is registered after the assignment was sent (the population register says so).
        jdbc.sql("""
                        UPDATE casehandling.persons SET protection = 'PROTECTED_REGISTRATION'
                        WHERE id = (SELECT person_id FROM casehandling.cases WHERE id = ?)""")
                .param(sent.caseId().value()).update();
        TestActors.signIn(providerStaff(provider.code()));

        var before = assignments.providerAssignment(sent.id()).client();
        assertThat(before.protectedIdentity()).isTrue();
        assertThat(before.withheld()).isTrue();
        assertThat(before.name()).isNull();
        assertThat(before.identityNumber()).isNull();
        assertThat(before.phone()).isNull();
        assertThat(before.streetAddress()).isNull();

        assignments.accept(sent.id(), sent.version(), today.plusDays(7));
        var after = assignments.providerAssignment(sent.id()).client();
        assertThat(after.withheld()).isFalse();
        assertThat(after.name()).isEqualTo("Eva Ek");
        assertThat(after.streetAddress()).as("a protected person's address never leaves").isNull();
        assertThat(after.postalCode()).isNull();
        assertThat(after.city()).isNull();
    }

    // ---- Another provider

    @Test
    void providerBCannotReadOrWriteProviderAsAssignmentOrPlanNothingChangesAndTheRefusalsAreRecorded() {
        var a = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 10, today);
        var b = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 10, today);
        var accepted = accepted(a, NORTH);
        var plan = plans.saveDraft(accepted.id(), 0, content("Samtal om återfall"));

        var intruder = TestActors.signIn(providerStaff(b.code()));
        assertThatThrownBy(() -> assignments.providerAssignment(accepted.id())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> plans.forProvider(accepted.id())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> plans.saveDraft(accepted.id(), plan.version(), content("Inbrott")))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> plans.establish(accepted.id(), plan.version())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> assignments.providerAssignment(AssignmentId.random()))
                .isInstanceOf(AccessDenied.class);

        assertThat(refusalsOf(intruder)).isEqualTo(5);
        assertThat(jdbc.sql("SELECT DISTINCT reason FROM accesslog.security_events WHERE actor_subject = ?")
                .param(intruder.subject()).query(String.class).list()).containsExactly("UNKNOWN_TARGET");
        assertThat(rows("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ?", intruder.subject()))
                .isZero();
        assertThat(rows("SELECT version FROM providercontracts.implementation_plans WHERE assignment_id = ?",
                accepted.id().value())).isEqualTo(plan.version());
        assertThat(rows("SELECT count(*) FROM providercontracts.implementation_plan_versions v "
                + "JOIN providercontracts.implementation_plans p ON p.id = v.plan_id WHERE p.assignment_id = ?",
                accepted.id().value())).isZero();
        assertThat(jdbc.sql("SELECT description FROM providercontracts.implementation_plan_draft_activities d "
                        + "JOIN providercontracts.implementation_plans p ON p.id = d.plan_id WHERE p.assignment_id = ?")
                .param(accepted.id().value()).query(String.class).list()).containsExactly("Samtal om återfall");
    }

    // ---- The implementation plan

    @Test
    void theProviderEstablishesThePlanAndTheCaseworkerReadsItWithWhoAndWhenAndTheCaseTimelineGetsIt() {
        var provider = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 10, today);
        var accepted = accepted(provider, NORTH);
        var staff = TestActors.signIn(providerStaff(provider.code()));

        var draft = plans.saveDraft(accepted.id(), 0, content("Samtal om återfall"));
        var established = plans.establish(accepted.id(), draft.version());

        assertThat(established.draft()).isNull();
        assertThat(established.established()).singleElement().satisfies(version -> {
            assertThat(version.number()).isEqualTo(1);
            assertThat(version.establishedBy()).isEqualTo(staff.username());
            assertThat(version.establishedByName()).isEqualTo("Ulla Utförare");
            assertThat(version.content().activities()).extracting(ImplementationPlanContent.Activity::description)
                    .containsExactly("Samtal om återfall");
        });
        assertThat(established.assignmentGoals()).isEqualTo(accepted.goals());

        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var read = plans.forCaseStaff(accepted.id());
        assertThat(read.established()).hasSize(1);
        assertThat(assignments.ofCase(accepted.caseId()).getFirst().history())
                .extracting(AssignmentView.Change::event).contains("PLAN_ESTABLISHED");
        assertThat(rows("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ? "
                + "AND what = 'IMPLEMENTATION_PLAN' AND case_id = ?", caseworker.subject(),
                accepted.caseId().value())).isEqualTo(1);

        TestActors.signIn(providerStaff(provider.code()));
        var revised = plans.saveDraft(accepted.id(), established.version(), content("Samtal", "Arbetsträning"));
        var second = plans.establish(accepted.id(), revised.version());
        assertThat(second.established()).extracting(ImplementationPlanView.Established::number)
                .containsExactly(1, 2);
        assertThat(second.established().getFirst().content().activities()).hasSize(1);
    }

    @Test
    void aCaseworkerOfAnotherUnitCannotReadThePlanAndTheRefusalIsRecorded() {
        var provider = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 10, today);
        var accepted = accepted(provider, NORTH);
        plans.saveDraft(accepted.id(), 0, content("Samtal om återfall"));

        var intruder = TestActors.signIn(TestFixtures.caseworker(SOUTH));
        assertThatThrownBy(() -> plans.forCaseStaff(accepted.id())).isInstanceOf(AccessDenied.class);
        assertThat(refusalsOf(intruder)).isEqualTo(1);
        TestActors.signIn(providerStaff(provider.code()));
        assertThatThrownBy(() -> plans.forCaseStaff(accepted.id())).as("provider staff read through their own door")
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void aStaleVersionIsRefusedAndTheOtherChangeKept() {
        var provider = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 10, today);
        var accepted = accepted(provider, NORTH);
        var first = plans.saveDraft(accepted.id(), 0, content("Samtal om återfall"));
        plans.saveDraft(accepted.id(), first.version(), content("Ändrat av kollegan"));

        assertThatThrownBy(() -> plans.saveDraft(accepted.id(), first.version(), content("Mitt gamla")))
                .isInstanceOf(ConcurrentChange.class);
        assertThatThrownBy(() -> plans.saveDraft(accepted.id(), 0, content("Ett andra första utkast")))
                .isInstanceOf(ConcurrentChange.class);
        assertThatThrownBy(() -> plans.establish(accepted.id(), first.version())).isInstanceOf(ConcurrentChange.class);
        assertThat(plans.forProvider(accepted.id()).draft().activities())
                .extracting(ImplementationPlanContent.Activity::description).containsExactly("Ändrat av kollegan");
    }

    @Test
    void noPlanIsWrittenBeforeTheProviderAcceptsAndAnOversizedTextChangesNothing() {
        var provider = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 10, today);
        var sent = sentTo(provider, NORTH, false);
        TestActors.signIn(providerStaff(provider.code()));
        assertThatThrownBy(() -> plans.saveDraft(sent.id(), 0, content("Samtal")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("providercontracts.plan.error.not-accepted");

        var accepted = assignments.accept(sent.id(), sent.version(), today.plusDays(7));
        var oversized = new ImplementationPlanContent(List.of(), "x".repeat(4_001), null, null);
        assertThatThrownBy(() -> plans.saveDraft(accepted.id(), 0, oversized))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("providercontracts.error.text-too-long");
        assertThat(rows("SELECT count(*) FROM providercontracts.implementation_plans WHERE assignment_id = ?",
                accepted.id().value())).isZero();
    }

    @Test
    void anEstablishedVersionCannotBeChangedOrRemovedInTheDatabase() {
        var provider = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 10, today);
        var accepted = accepted(provider, NORTH);
        var draft = plans.saveDraft(accepted.id(), 0, content("Samtal om återfall"));
        plans.establish(accepted.id(), draft.version());
        var planId = jdbc.sql("SELECT id FROM providercontracts.implementation_plans WHERE assignment_id = ?")
                .param(accepted.id().value()).query(UUID.class).single();

        assertThatThrownBy(() -> jdbc.sql("UPDATE providercontracts.implementation_plan_versions "
                + "SET participation = 'Ändrat i efterhand' WHERE plan_id = ?").param(planId).update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM providercontracts.implementation_plan_activities "
                + "WHERE plan_id = ?").param(planId).update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM providercontracts.implementation_plans "
                + "WHERE id = ?").param(planId).update()).rootCause().hasMessageContaining("permission denied");
        assertThat(plans.forProvider(accepted.id()).established().getFirst().content().participation())
                .isEqualTo("Klienten skrev planen med oss");
    }
}
