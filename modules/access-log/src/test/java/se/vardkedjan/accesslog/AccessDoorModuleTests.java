package se.vardkedjan.accesslog;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.IllegalTransactionStateException;
import se.vardkedjan.AccessLogTestApplication.SignedIn;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.SecurityEvent.Reason;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A module's own door in a few lines (ADR 0021): a test-only facade with its own rule — a team's notes are read by the
 * team — passes the rule's answer to {@link AccessDoor}, which writes the row or records the refusal and throws.
 */
@ApplicationModuleTest
class AccessDoorModuleTests {

    private static final UnitCode NORTH = new UnitCode("test-nord");
    private static final UnitCode SOUTH = new UnitCode("test-syd");

    private final TeamNotes notes;
    private final AccessDoor door;
    private final JdbcClient jdbc;
    private final SignedIn signedIn;

    AccessDoorModuleTests(TeamNotes notes, AccessDoor door, JdbcClient jdbc, SignedIn signedIn) {
        this.notes = notes;
        this.door = door;
        this.jdbc = jdbc;
        this.signedIn = signedIn;
    }

    @AfterEach
    void signOut() {
        signedIn.signOut();
    }

    @Test
    void theDoorLetsTheTeamInAndWritesTheirRow() {
        var actor = signedIn.signIn(AccessLogModuleTests.caseworker("door-team"));
        var person = new PersonId(UUID.randomUUID());

        notes.read(person, NORTH);

        assertThat(rows(person)).isEqualTo(1);
        assertThat(refusals(actor.subject())).isEmpty();
    }

    @Test
    void theDoorRefusesAnotherTeamRecordsTheRefusalAndWritesNoRow() {
        var actor = signedIn.signIn(AccessLogModuleTests.caseworker("door-outsider"));
        var person = new PersonId(UUID.randomUUID());

        assertThatThrownBy(() -> notes.read(person, SOUTH)).isInstanceOf(AccessDenied.class);

        assertThat(rows(person)).isZero();
        assertThat(refusals(actor.subject())).containsExactly("READ NOTE " + person.value() + " test-syd OUTSIDE_UNITS");
    }

    @Test
    void aRefusalIsRecordedEvenThoughTheCallersTransactionRollsBack() {
        var actor = signedIn.signIn(AccessLogModuleTests.caseworker("door-both"));
        var person = new PersonId(UUID.randomUUID());

        assertThatThrownBy(() -> notes.readBoth(person, NORTH, SOUTH)).isInstanceOf(AccessDenied.class);

        assertThat(rows(person)).as("the first read rolled back with the refusal").isZero();
        assertThat(refusals(actor.subject())).hasSize(1);
    }

    @Test
    void aCaseworkerCannotPassTheDoorOutsideAFacadesTransaction() {
        var actor = signedIn.signIn(AccessLogModuleTests.caseworker("door-direct"));
        var person = new PersonId(UUID.randomUUID());

        assertThatThrownBy(() -> door.pass(Optional.empty(), Target.of("NOTE", person.value()),
                new AccessRecord(actor, person, null, NORTH, AccessKind.READ, "NOTE", Purpose.CASE_WORK, false,
                        false))).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(rows(person)).isZero();
    }

    private long rows(PersonId person) {
        return jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE person_id = ?").param(person.value())
                .query(Long.class).single();
    }

    private java.util.List<String> refusals(String subject) {
        return jdbc.sql("""
                        SELECT attempt || ' ' || operation || ' ' || target_id || ' ' || target_unit || ' ' || reason
                        FROM accesslog.security_events WHERE actor_subject = ? ORDER BY id""")
                .param(subject).query(String.class).list();
    }
}
