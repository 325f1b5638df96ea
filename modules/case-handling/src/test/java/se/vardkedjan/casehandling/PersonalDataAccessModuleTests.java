package se.vardkedjan.casehandling;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.access.PersonalDataAccess;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;
import static se.vardkedjan.casehandling.TestFixtures.SOUTH;

/**
 * The access check's rules for persons (mutation testing found them unchecked, docs/mutation-testing.md): whether a
 * person's read is flagged as outside the user's units, which reason a refused person is recorded with, and the door's
 * own refusals behind method security.
 */
@CaseHandlingModuleTest
class PersonalDataAccessModuleTests {

    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final ProtectedCases protectedCases;
    private final PersonalDataAccess access;
    private final JdbcClient jdbc;

    PersonalDataAccessModuleTests(PersonRegister register, CaseHandling caseHandling, ProtectedCases protectedCases,
                                  PersonalDataAccess access, JdbcClient jdbc) {
        this.register = register;
        this.caseHandling = caseHandling;
        this.protectedCases = protectedCases;
        this.access = access;
        this.jdbc = jdbc;
    }

    @Test
    void aPersonsDetailsReadThroughAnOpenCaseOfTheUnitAreInsideAndThroughAClosedOneWhileAnotherUnitHasItOpenOutside() {
        var north = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var inside = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Ina", "Inne"));
        caseHandling.registerIntake(intake(inside, NORTH, 5));
        var moved = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Ulf", "Ute"));
        var closed = caseHandling.registerIntake(intake(moved, NORTH, 20)).caseId();
        caseHandling.close(closed, 0, ClosureReason.OTHER, "Flyttat till annan del av staden.", LocalDate.now());
        TestActors.signIn(TestFixtures.caseworker(SOUTH));
        caseHandling.registerIntake(intake(moved, SOUTH, 2));

        TestActors.signIn(north);
        register.details(inside);
        register.details(moved);

        assertThat(outside(north, inside, "PERSON")).as("an open case in the user's unit").isFalse();
        assertThat(outside(north, moved, "PERSON")).as("only another unit's case is open").isTrue();
    }

    @Test
    void aPersonsOpenCasesAskedAboutAreFlaggedOutsideWhenNoneIsInTheUsersUnits() {
        var north = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var ours = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Ola", "Vår"));
        caseHandling.registerIntake(intake(ours, NORTH, 3));
        TestActors.signIn(TestFixtures.caseworker(SOUTH));
        var theirs = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Tor", "Deras"));
        caseHandling.registerIntake(intake(theirs, SOUTH, 3));

        TestActors.signIn(north);
        caseHandling.openCasesOf(ours);
        caseHandling.openCasesOf(theirs);

        assertThat(outside(north, ours, "OPEN_CASES")).isFalse();
        assertThat(outside(north, theirs, "OPEN_CASES")).isTrue();
    }

    @Test
    void aProtectedPersonIsRefusedAsNotNamedEvenWhenAnotherUnitsCaseComesFirst() {
        TestActors.signIn(TestFixtures.caseworker(SOUTH));
        var person = register.register(new RegisterPerson(TestFixtures.personalNumber(), null, null, "Sara",
                "Skyddad", null, null, "Hemlig väg 1", "111 11", "Ort", ProtectionLevel.PROTECTED_REGISTRATION));
        caseHandling.registerIntake(intake(person, SOUTH, 30));
        var north = TestActors.signIn(TestFixtures.caseworker(NORTH));
        caseHandling.registerIntake(intake(person, NORTH, 1));

        assertThatThrownBy(() -> register.details(person)).isInstanceOf(AccessDenied.class);

        assertThat(jdbc.sql("SELECT reason FROM accesslog.security_events WHERE actor_subject = ? "
                        + "AND target_id = ? ORDER BY id DESC LIMIT 1")
                .params(north.subject(), person.value().toString()).query(String.class).single())
                .as("the reason that concerns the user's own unit, not the other unit's").isEqualTo("PROTECTED_NOT_NAMED");
    }

    @Test
    void theDoorRefusesAnyoneButCaseStaffEvenWhereMethodSecurityWouldLetThemPass() {
        var analyst = TestActors.signIn(TestActors.staff("analytiker-" + System.nanoTime(), Set.of(Roles.ANALYST),
                NORTH.value()));

        assertThatThrownBy(access::caseStaff).isInstanceOf(AccessDenied.class);

        assertThat(jdbc.sql("SELECT attempt || ' ' || operation || ' ' || reason FROM accesslog.security_events "
                + "WHERE actor_subject = ?").param(analyst.subject()).query(String.class).list())
                .containsExactly("CALL CASE_STAFF ROLE");
    }

    @Test
    void namingStaffOnACaseThatDoesNotExistIsRefusedAsAnUnknownTarget() {
        var manager = TestActors.signIn(TestFixtures.unitManager(NORTH));
        var unknown = CaseId.random();

        assertThatThrownBy(() -> protectedCases.nameStaff(unknown, "någon", "Ska handlägga."))
                .isInstanceOf(AccessDenied.class);

        assertThat(jdbc.sql("SELECT reason FROM accesslog.security_events WHERE actor_subject = ? AND target_id = ?")
                .params(manager.subject(), unknown.value().toString()).query(String.class).list())
                .containsExactly("UNKNOWN_TARGET");
    }

    private static RegisterIntake intake(PersonId person, UnitCode unit, int daysAgo) {
        return new RegisterIntake(person, unit, IntakeKind.APPLICATION, LocalDate.now().minusDays(daysAgo),
                "Ansöker om stöd.", null, null, null, false, null, true);
    }

    private boolean outside(Actor actor, PersonId person, String what) {
        return jdbc.sql("SELECT outside_units FROM accesslog.access_log WHERE actor_subject = ? AND person_id = ? "
                        + "AND what = ? ORDER BY id DESC LIMIT 1")
                .params(actor.subject(), person.value(), what).query(Boolean.class).single();
    }
}
