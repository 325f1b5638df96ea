package se.vardkedjan.casehandling;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.TestActors;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;
import static se.vardkedjan.casehandling.TestFixtures.SOUTH;

/**
 * Refused attempts leave a trace: every refusal of a case-handling facade is a row in the append-only security events,
 * written in a transaction of its own so that it outlives the rollback the refusal causes, naming the user and
 * pseudonymous ids only.
 */
@CaseHandlingModuleTest
class SecurityEventsModuleTests {

    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final CoordinatedPlans plans;
    private final Journal journal;
    private final JdbcClient jdbc;

    SecurityEventsModuleTests(PersonRegister register, CaseHandling caseHandling, CoordinatedPlans plans,
                              Journal journal, JdbcClient jdbc) {
        this.register = register;
        this.caseHandling = caseHandling;
        this.plans = plans;
        this.journal = journal;
        this.jdbc = jdbc;
    }

    @Test
    void aCaseworkerOfAnotherUnitWhoOpensACaseIsRefusedAndTheRefusalIsRecordedWithoutPersonalData() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var number = TestFixtures.personalNumber();
        var person = register.register(TestFixtures.person(number, "Saga", "Sondsdotter"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();

        var prober = TestActors.signIn(TestFixtures.caseworker(SOUTH));
        assertThatThrownBy(() -> caseHandling.summary(caseId)).isInstanceOf(AccessDenied.class);

        var events = eventsOf(prober);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event).containsEntry("actor_subject", prober.subject())
                    .containsEntry("actor_units", "{test-syd}")
                    .containsEntry("attempt", "READ")
                    .containsEntry("operation", "CASE")
                    .containsEntry("target_kind", "CASE")
                    .containsEntry("target_id", caseId.value().toString())
                    .containsEntry("target_unit", NORTH.value())
                    .containsEntry("reason", "OUTSIDE_UNITS");
            assertThat(event.values()).as("no personal data of the client")
                    .noneMatch(value -> value != null && (value.contains("Saga") || value.contains("Sondsdotter")
                            || value.contains(number.substring(2, 8)) || value.contains(person.value().toString())));
        });
    }

    @Test
    void aProtectedCaseOpenedByAnUnnamedColleagueOfTheUnitIsRecordedAsProtectedNotNamed() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var person = register.register(new RegisterPerson(TestFixtures.personalNumber(), null, null, "Skyddad",
                "Klient", null, null, "Hemlig väg 1", "111 11", "Ort", ProtectionLevel.PROTECTED_REGISTRATION));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();

        var colleague = TestActors.signIn(TestFixtures.caseworker(NORTH));
        assertThatThrownBy(() -> caseHandling.summary(caseId)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> register.details(person)).isInstanceOf(AccessDenied.class);

        assertThat(eventsOf(colleague)).extracting(e -> e.get("target_kind") + " " + e.get("reason"))
                .containsExactlyInAnyOrder("CASE PROTECTED_NOT_NAMED", "PERSON PROTECTED_NOT_NAMED");
    }

    @Test
    void theRecordOfARefusalSurvivesTheRollbackOfTheFacadeThatRefused() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Dold", "Klient"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();

        // A caseworker of the unit may open the case (which writes an access-log row in the facade's transaction),
        // but only a unit manager makes someone else responsible: the refusal rolls back that row, and the record of
        // it stays.
        assertThatThrownBy(() -> caseHandling.assign(caseId, 0, "en.annan.kollega"))
                .isInstanceOf(AccessDenied.class);

        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ? AND what = ?")
                .params(caseworker.subject(), "RESPONSIBLE").query(Integer.class).single())
                .as("the facade's own work is rolled back").isZero();
        assertThat(eventsOf(caseworker)).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("attempt", "CHANGE").containsEntry("operation", "RESPONSIBLE")
                .containsEntry("target_id", caseId.value().toString()).containsEntry("reason", "ROLE"));
    }

    @Test
    void probingForCasesAndEntriesByMadeUpIdsIsRecordedAsUnknownTargets() {
        var prober = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var madeUp = UUID.randomUUID();

        assertThatThrownBy(() -> caseHandling.summary(new CaseId(madeUp))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> journal.history(new JournalEntryId(madeUp))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> register.details(new PersonId(madeUp))).isInstanceOf(AccessDenied.class);

        assertThat(eventsOf(prober)).extracting(e -> e.get("target_kind") + " " + e.get("target_id") + " "
                        + e.get("reason"))
                .containsExactlyInAnyOrder("CASE " + madeUp + " UNKNOWN_TARGET",
                        "JOURNAL_ENTRY " + madeUp + " UNKNOWN_TARGET", "PERSON " + madeUp + " UNKNOWN_TARGET");
    }

    @Test
    void anIntakeToAnotherUnitIsRecordedAsOutsideTheUnits() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Mira", "Mellan"));

        assertThatThrownBy(() -> caseHandling.registerIntake(TestFixtures.application(person, SOUTH)))
                .isInstanceOf(AccessDenied.class);

        assertThat(eventsOf(caseworker)).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("attempt", "CHANGE").containsEntry("operation", "INTAKE")
                .containsEntry("target_kind", "UNIT").containsEntry("target_id", SOUTH.value())
                .containsEntry("target_unit", SOUTH.value()).containsEntry("reason", "OUTSIDE_UNITS"));
    }

    @Test
    void aRegionParticipantWithoutAGrantIsRecordedWithTheUnitOfThePlansCase() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Elsa", "Region"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();
        var plan = plans.create(caseId, LocalDate.now().minusDays(1), ConsentForm.WRITTEN, LocalDate.now());

        var outsider = TestActors.signIn(new Actor(UUID.randomUUID().toString(), "region-utan-" + UUID.randomUUID(),
                "Ingen Behörighet", Set.of(Roles.REGION_PARTICIPANT), Set.of(), Set.of()));
        assertThatThrownBy(() -> plans.forRegionParticipant(plan)).isInstanceOf(AccessDenied.class);

        assertThat(eventsOf(outsider)).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("actor_units", "{}").containsEntry("target_kind", "COORDINATED_PLAN")
                .containsEntry("target_id", plan.value().toString()).containsEntry("target_unit", NORTH.value())
                .containsEntry("reason", "NO_GRANT"));
    }

    @Test
    void theSecurityEventsAreAppendOnlyInTheDatabase() {
        var prober = TestActors.signIn(TestFixtures.caseworker(NORTH));
        assertThatThrownBy(() -> caseHandling.summary(new CaseId(UUID.randomUUID())))
                .isInstanceOf(AccessDenied.class);
        assertThat(eventsOf(prober)).hasSize(1);

        assertThatThrownBy(() -> jdbc.sql("UPDATE accesslog.security_events SET reason = 'ROLE' "
                + "WHERE actor_subject = ?").param(prober.subject()).update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM accesslog.security_events WHERE actor_subject = ?")
                .param(prober.subject()).update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE accesslog.security_events").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThat(eventsOf(prober)).hasSize(1);
    }

    /** The user's recorded security events, every column as text. */
    private List<Map<String, String>> eventsOf(Actor actor) {
        return jdbc.sql("""
                        SELECT actor_subject, actor_username, actor_units::text AS actor_units, attempt, operation,
                               target_kind, target_id, target_unit, reason
                        FROM accesslog.security_events WHERE actor_subject = ? ORDER BY id""")
                .param(actor.subject())
                .query((rs, row) -> {
                    var columns = new java.util.LinkedHashMap<String, String>();
                    for (var i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        columns.put(rs.getMetaData().getColumnName(i), rs.getString(i));
                    }
                    return (Map<String, String>) columns;
                }).list();
    }
}
