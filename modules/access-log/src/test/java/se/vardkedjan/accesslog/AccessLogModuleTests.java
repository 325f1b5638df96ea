package se.vardkedjan.accesslog;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.AccessLogTestApplication.SignedIn;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The access log as every module uses it: rows are written in the caller's transaction and only there, the name a row
 * records comes from the organisation register, a code no module declares is refused, and the rows are read for review
 * and for the client's own view only inside a facade's transaction.
 */
@ApplicationModuleTest
class AccessLogModuleTests {

    private static final UnitCode NORTH = new UnitCode("test-nord");

    private final AccessLog log;
    private final SecurityEventLog securityEvents;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final SignedIn signedIn;

    AccessLogModuleTests(AccessLog log, SecurityEventLog securityEvents, PlatformTransactionManager transactions,
                         JdbcClient jdbc, SignedIn signedIn) {
        this.log = log;
        this.securityEvents = securityEvents;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.signedIn = signedIn;
    }

    @AfterEach
    void signOut() {
        signedIn.signOut();
    }

    @Test
    void aRowIsWrittenInTheCallersTransactionWithTheRegistersNameOfTheActor() {
        var actor = caseworker("named-" + UUID.randomUUID());
        var person = new PersonId(UUID.randomUUID());
        var caseId = new CaseId(UUID.randomUUID());

        transaction.executeWithoutResult(status -> log.record(AccessRecord.ofCase(actor, person, caseId, NORTH,
                AccessKind.READ, "NOTE", Purpose.CASE_WORK, true)));

        assertThat(jdbc.sql("""
                        SELECT actor_name || ' ' || actor_username || ' ' || array_to_string(actor_units, ',') || ' '
                            || case_id || ' ' || case_unit || ' ' || access_kind || ' ' || what || ' ' || purpose
                            || ' ' || outside_units || ' ' || protected_identity
                        FROM accesslog.access_log WHERE person_id = ?""").param(person.value())
                .query(String.class).single())
                .isEqualTo("Namn Registrerad " + actor.username() + " test-nord " + caseId.value()
                        + " test-nord READ NOTE CASE_WORK false true");
    }

    @Test
    void aCaseworkerCannotWriteARowOutsideAFacadesTransaction() {
        var person = new PersonId(UUID.randomUUID());

        assertThatThrownBy(() -> log.record(AccessRecord.ofPerson(caseworker("outside"), person, AccessKind.READ,
                "NOTE", Purpose.CASE_WORK, false, false))).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(rowsAbout(person)).isZero();
    }

    @Test
    void aCaseworkerCannotReadTheLogOutsideAFacadesTransaction() {
        var person = new PersonId(UUID.randomUUID());

        assertThatThrownBy(() -> log.aboutPerson(person, 0, 10))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> log.search(AccessLogQuery.everything(), Set.of(NORTH), 0, 10))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> log.find(1, Set.of(NORTH))).isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> securityEvents.search(SecurityEventQuery.everything(), Set.of(NORTH), 0, 10))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aChangeThatRollsBackLeavesNoRow() {
        var person = new PersonId(UUID.randomUUID());

        transaction.executeWithoutResult(status -> {
            log.record(AccessRecord.ofPerson(caseworker("rolled-back"), person, AccessKind.CHANGE, "NOTE",
                    Purpose.CASE_WORK, false, false));
            status.setRollbackOnly();
        });

        assertThat(rowsAbout(person)).isZero();
    }

    @Test
    void oneUserActionReadingThroughSeveralFacadesIsOneReadRowAndAChangeOrAnotherCaseIsARowOfItsOwn() {
        var actor = caseworker("one-read-" + UUID.randomUUID());
        var person = new PersonId(UUID.randomUUID());
        var caseId = new CaseId(UUID.randomUUID());
        var other = new CaseId(UUID.randomUUID());
        Runnable facades = () -> {
            // each facade in a transaction of its own, as the tab's parts read; the first rolls back
            transaction.executeWithoutResult(status -> {
                log.record(AccessRecord.ofCase(actor, person, caseId, NORTH, AccessKind.READ, "LETTER",
                        Purpose.CASE_WORK, false));
                status.setRollbackOnly();
            });
            transaction.executeWithoutResult(status -> log.record(AccessRecord.ofCase(actor, person, caseId, NORTH,
                    AccessKind.READ, "NOTE", Purpose.CASE_WORK, false)));
            transaction.executeWithoutResult(status -> log.record(AccessRecord.ofCase(actor, person, caseId, NORTH,
                    AccessKind.READ, "LETTER", Purpose.CASE_WORK, false)));
            transaction.executeWithoutResult(status -> log.record(AccessRecord.ofCase(actor, person, caseId, NORTH,
                    AccessKind.CHANGE, "LETTER", Purpose.CASE_WORK, false)));
            transaction.executeWithoutResult(status -> log.record(AccessRecord.ofCase(actor, person, other, NORTH,
                    AccessKind.READ, "NOTE", Purpose.CASE_WORK, false)));
        };

        OneRead.as("PLAN", () -> {
            facades.run();
            return null;
        });

        assertThat(jdbc.sql("""
                        SELECT access_kind || ' ' || what || ' ' || (case_id = ?) FROM accesslog.access_log
                        WHERE person_id = ? ORDER BY id""").params(caseId.value(), person.value())
                .query(String.class).list())
                .as("the first read kept (the rolled-back one counts as unwritten) under the action's name")
                .containsExactly("READ PLAN true", "CHANGE LETTER true", "READ PLAN false");
        facades.run();
        assertThat(rowsAbout(person)).as("outside the action every read is a row").isEqualTo(3 + 4);
    }

    @Test
    void aCodeNoModuleDeclaresIsRefusedAndNothingOfTheBatchIsWritten() {
        var actor = caseworker("undeclared");
        var person = new PersonId(UUID.randomUUID());

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> log.recordAll(List.of(
                AccessRecord.ofPerson(actor, person, AccessKind.READ, "NOTE", Purpose.SEARCH, false, false),
                AccessRecord.ofPerson(actor, person, AccessKind.READ, "NOT_DECLARED", Purpose.SEARCH, false,
                        false)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOT_DECLARED");
        assertThat(rowsAbout(person)).isZero();
    }

    @Test
    void theRowsAboutOnePersonAreReadNewestFirstAndPaged() {
        var person = new PersonId(UUID.randomUUID());
        var other = new PersonId(UUID.randomUUID());
        for (var username : List.of("first", "second", "third")) {
            transaction.executeWithoutResult(status -> log.recordAll(List.of(
                    AccessRecord.ofPerson(caseworker(username), person, AccessKind.READ, "NOTE", Purpose.CASE_WORK,
                            false, false),
                    AccessRecord.ofPerson(caseworker(username), other, AccessKind.READ, "NOTE", Purpose.CASE_WORK,
                            false, false))));
        }

        var firstPage = transaction.execute(status -> log.aboutPerson(person, 0, 2));
        var secondPage = transaction.execute(status -> log.aboutPerson(person, 2, 2));

        assertThat(firstPage).extracting(AccessLogEntry::actorUsername).containsExactly("third", "second");
        assertThat(secondPage).extracting(AccessLogEntry::actorUsername).containsExactly("first");
        assertThat(firstPage).allMatch(entry -> entry.personId().equals(person));
        assertThat((int) transaction.execute(status -> log.countAboutPerson(person))).isEqualTo(3);
    }

    private long rowsAbout(PersonId person) {
        return jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE person_id = ?").param(person.value())
                .query(Long.class).single();
    }

    static Actor caseworker(String username) {
        return new Actor(UUID.randomUUID().toString(), username, username + " Token", Set.of(Roles.CASEWORKER),
                Set.of(NORTH), Set.of());
    }
}
