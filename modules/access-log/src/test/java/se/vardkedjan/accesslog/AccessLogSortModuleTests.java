package se.vardkedjan.accesslog;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every column of the review sorts in the database, before the page is cut, by the module's own clauses: the lines come
 * back in the order asked for, in both directions, and a key the module does not know is refused in words before any
 * query.
 */
@ApplicationModuleTest
class AccessLogSortModuleTests {

    private final AccessLog log;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private UnitCode unit;

    AccessLogSortModuleTests(AccessLog log, PlatformTransactionManager transactions, JdbcClient jdbc) {
        this.log = log;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    /**
     * Five rows in a unit of their own, each differing from the others in every column: users Bo, Cecilia, Ada,
     * Erik, David (in that order of writing), what and purpose varied, and hints on two of them (outside the unit, and a
     * protected person).
     */
    @BeforeEach
    void writeRows() {
        unit = new UnitCode("sort-" + UUID.randomUUID().toString().substring(0, 8));
        write("bo", "NOTE", Purpose.CASE_WORK, false, false);
        write("cecilia", "PLAN", Purpose.SUPERVISION, false, false);
        write("ada", "LETTER", Purpose.SEARCH, true, true);
        write("erik", "NOTE", Purpose.COORDINATION, false, false);
        write("david", "PLAN", Purpose.CASE_WORK, true, false);
    }

    @Test
    void theReviewSortsByTimeNewestOrOldestFirst() {
        assertThat(users(sort("time", true))).containsExactly("david", "erik", "ada", "cecilia", "bo");
        assertThat(users(sort("time", false))).containsExactly("bo", "cecilia", "ada", "erik", "david");
    }

    @Test
    void theReviewSortsByUser() {
        assertThat(users(sort("user", false))).containsExactly("ada", "bo", "cecilia", "david", "erik");
        assertThat(users(sort("user", true))).containsExactly("erik", "david", "cecilia", "bo", "ada");
    }

    @Test
    void theReviewSortsByPersonKeepingEachPersonsLinesTogether() {
        // The database orders ids as unsigned bytes, which is the order of their text (Java's UUID order is signed).
        assertThat(review(sort("person", false))).extracting(entry -> entry.personId().value().toString())
                .isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(review(sort("person", true))).extracting(entry -> entry.personId().value().toString())
                .isSortedAccordingTo(Comparator.<String>naturalOrder().reversed());
    }

    @Test
    void theReviewSortsWhatWasReadInTheOrderOfTheReadersTexts() {
        // The reader's texts put the letter first, then the plan, then the note; newest first among equals.
        var order = List.of("LETTER", "PLAN", "NOTE");

        assertThat(users(AccessLogSort.of("what", false, order)))
                .containsExactly("ada", "david", "cecilia", "erik", "bo");
        assertThat(users(AccessLogSort.of("what", true, order)))
                .containsExactly("erik", "bo", "david", "cecilia", "ada");
    }

    @Test
    void theReviewSortsByPurposeInTheOrderOfTheReadersTexts() {
        var order = List.of("SEARCH", "COORDINATION", "CASE_WORK", "SUPERVISION");

        assertThat(users(AccessLogSort.of("purpose", false, order)))
                .containsExactly("ada", "erik", "david", "bo", "cecilia");
        assertThat(users(AccessLogSort.of("purpose", true, order)))
                .containsExactly("cecilia", "david", "bo", "erik", "ada");
    }

    @Test
    void theReviewSortsByHowManyHintsALineHas() {
        var mostFirst = review(sort("hints", true));

        assertThat(mostFirst).extracting(entry -> entry.hints().size())
                .isSortedAccordingTo(Comparator.<Integer>naturalOrder().reversed());
        assertThat(mostFirst.getFirst().actorUsername()).isEqualTo("ada");
        assertThat(review(sort("hints", false))).extracting(entry -> entry.hints().size())
                .isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void theSortedReviewIsPagedAfterSorting() {
        var firstTwo = transaction.execute(status -> log.searchVisits(AccessLogQuery.everything(),
                sort("user", false), Set.of(unit), 0, 2));
        var nextTwo = transaction.execute(status -> log.searchVisits(AccessLogQuery.everything(),
                sort("user", false), Set.of(unit), 2, 2));

        assertThat(firstTwo).extracting(AccessLogEntry::actorUsername).containsExactly("ada", "bo");
        assertThat(nextTwo).extracting(AccessLogEntry::actorUsername).containsExactly("cecilia", "david");
    }

    @Test
    void anUnknownSortKeyIsRefusedInWordsAndBecomesNoSql() {
        var rowsBefore = jdbc.sql("SELECT count(*) FROM accesslog.access_log").query(Long.class).single();

        for (var key : List.of("id", "occurred_at DESC; DELETE FROM accesslog.access_log", "TIME", "", "actor_name")) {
            assertThatThrownBy(() -> AccessLogSort.of(key, false, List.of()))
                    .isInstanceOf(RuleViolation.class)
                    .extracting(error -> ((RuleViolation) error).messageKey())
                    .isEqualTo("accesslog.error.unknown-sort-key");
        }
        assertThatThrownBy(() -> AccessLogSort.of(null, true, null)).isInstanceOf(RuleViolation.class);
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log").query(Long.class).single())
                .isGreaterThanOrEqualTo(rowsBefore);
    }

    private static AccessLogSort sort(String key, boolean descending) {
        return AccessLogSort.of(key, descending, List.of());
    }

    private List<AccessLogEntry> review(AccessLogSort sort) {
        return transaction.execute(status -> log.searchVisits(AccessLogQuery.everything(), sort, Set.of(unit), 0,
                50));
    }

    private List<String> users(AccessLogSort sort) {
        return review(sort).stream().map(AccessLogEntry::actorUsername).toList();
    }

    private void write(String username, String what, Purpose purpose, boolean outsideUnits, boolean protectedPerson) {
        var actor = new Actor(UUID.randomUUID().toString(), username, username, Set.of(Roles.CASEWORKER), Set.of(unit),
                Set.of());
        var person = new PersonId(UUID.randomUUID());
        var row = AccessRecord.ofPerson(actor, person, AccessKind.READ, what, purpose, outsideUnits, protectedPerson);
        transaction.executeWithoutResult(status -> log.record(row));
    }
}
