package se.vardkedjan.providercontracts;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.TestFixtures;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.Roles;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;
import static se.vardkedjan.casehandling.TestFixtures.SOUTH;

/**
 * The case staff's assignment work items (ADR 0022, 0024) are chosen in SQL by the units the user works in, from the
 * case's unit written on the assignment when its draft is made, and then confirmed by case handling's rule: however
 * many assignments wait in other units, a caseworker's own are there.
 */
@ProviderContractsModuleTest
class AssignmentWorkItemsModuleTests {

    private final Assignments assignments;
    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final Decisions decisions;
    private final JdbcClient jdbc;
    private final LocalDate today;

    AssignmentWorkItemsModuleTests(Assignments assignments, PersonRegister register, CaseHandling caseHandling,
                                   Investigations investigations, Decisions decisions, JdbcClient jdbc,
                                   Clock clock) {
        this.assignments = assignments;
        this.register = register;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Stockholm"));
    }

    @Test
    void theDraftCarriesTheUnitOfItsCase() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var granted = granted();

        var id = AssignmentFixtures.liveAssignment(jdbc, granted.interventionId());

        assertThat(jdbc.sql("SELECT case_unit FROM providercontracts.assignments WHERE id = ?").param(id.value())
                .query(String.class).single()).isEqualTo(NORTH.value());
    }

    @Test
    void aCaseworkerWithSixHundredOtherUnitsWaitingAssignmentsStillSeesHerOwnDeclinedOne() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var provider = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 3, today);
        var granted = granted();
        var id = AssignmentFixtures.liveAssignment(jdbc, granted.interventionId());
        var draft = assignments.saveDraft(id, 0, AssignmentFixtures.complete(provider, today.plusDays(7)));
        var sent = assignments.send(id, draft.version());
        TestActors.signIn(new Actor(UUID.randomUUID().toString(), "utf-wi", "Ulla Utförare",
                Set.of(Roles.PROVIDER_STAFF), Set.of(), Set.of(new ProviderOrganisationCode(provider.code()))));
        assignments.decline(id, sent.version(), "Ingen plats.");
        // 600 declined assignments of another unit's cases, all waiting longer than hers
        jdbc.sql("""
                        INSERT INTO providercontracts.assignments (id, case_id, decision_id, intervention_id,
                            intervention_type, status, method_code, provider_id, contract_id, sent_at,
                            decline_reason, changed_at, changed_by, case_unit)
                        SELECT gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), gen_random_uuid(),
                            'OUTPATIENT', 'DECLINED', 'CBT', ?, ?, ?, 'Nej.', ?, 'test', ?
                        FROM generate_series(1, 600)""")
                .params(provider.id().value(), provider.contract().value(),
                        Timestamp.from(Instant.now().minus(30, ChronoUnit.DAYS)),
                        Timestamp.from(Instant.now().minus(20, ChronoUnit.DAYS)), SOUTH.value())
                .update();

        TestActors.signIn(caseworker);
        var items = assignments.workItems();

        assertThat(items).extracting(AssignmentWorkItem::assignmentId, AssignmentWorkItem::kind)
                .contains(org.assertj.core.groups.Tuple.tuple(id, AssignmentWorkItem.Kind.DECLINED));
        assertThat(items).allSatisfy(item -> assertThat(jdbc.sql(
                        "SELECT case_unit FROM providercontracts.assignments WHERE id = ?")
                .param(item.assignmentId().value()).query(String.class).single()).isEqualTo(NORTH.value()));
    }

    private AssignmentFixtures.Granted granted() {
        return AssignmentFixtures.granted(register, caseHandling, investigations, decisions, NORTH, today,
                TestFixtures.person(TestFixtures.personalNumber(), "Eva", "Ek"));
    }
}
