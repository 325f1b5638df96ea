package se.vardkedjan.casehandling;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.vardkedjan.TestActors;
import se.vardkedjan.accesslog.AccessHint;
import se.vardkedjan.accesslog.AccessLogEntry;
import se.vardkedjan.accesslog.AccessLogQuery;
import se.vardkedjan.accesslog.SecurityEventQuery;
import se.vardkedjan.casehandling.readmodel.AccessLogLine;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.SecurityEvent;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;
import static se.vardkedjan.casehandling.TestFixtures.SOUTH;

/**
 * The unit manager's review of the access log shows numbers masked until a row is opened, logs every person each page
 * shows and every row opened, shows a protected person outside the manager's need to know as nothing but the
 * protection, and lists the refused attempts that concern the manager's units.
 */
@CaseHandlingModuleTest
class AccessLogReviewModuleTests {

    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final AccessLogReview accessLog;
    private final JdbcClient jdbc;

    AccessLogReviewModuleTests(PersonRegister register, CaseHandling caseHandling, AccessLogReview accessLog,
                               JdbcClient jdbc) {
        this.register = register;
        this.caseHandling = caseHandling;
        this.accessLog = accessLog;
        this.jdbc = jdbc;
    }

    @Test
    void aPageOfTheReviewMasksTheNumbersAndLogsAReadOfEveryPersonItShows() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var number = TestFixtures.personalNumber();
        var person = register.register(TestFixtures.person(number, "Vera", "Vik"));
        caseHandling.registerIntake(TestFixtures.application(person, NORTH));
        var other = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Ove", "Ek"));
        caseHandling.registerIntake(TestFixtures.application(other, NORTH));

        var manager = TestActors.signIn(TestFixtures.unitManager(NORTH));
        var lines = accessLog.review(byUser(caseworker.username()), 0, 50).lines();

        assertThat(lines).filteredOn(line -> line.entry().personId().equals(person)).isNotEmpty()
                .allSatisfy(line -> {
                    assertThat(line.maskedIdentityNumber()).isEqualTo(number.substring(0, 8) + "-****");
                    assertThat(line.personName()).isEqualTo("Vera Vik");
                    assertThat(line.identifiable()).isTrue();
                });
        assertThat(lines).extracting(AccessLogLine::maskedIdentityNumber).noneMatch(masked -> masked != null
                && masked.contains(number.substring(8)));
        assertThat(reviewReads(manager.username())).containsExactlyInAnyOrder(person.value(), other.value());
    }

    @Test
    void openingARowShowsTheWholeNumberAndTheNameAndIsLoggedAsARead() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var number = TestFixtures.personalNumber();
        var person = register.register(TestFixtures.person(number, "Selma", "Sjö"));
        caseHandling.registerIntake(TestFixtures.application(person, NORTH));

        var manager = TestActors.signIn(TestFixtures.unitManager(NORTH));
        var row = accessLog.review(byUser(caseworker.username()), 0, 50).lines().getFirst();
        var details = accessLog.entry(row.entry().id());

        assertThat(details.identityNumber()).isEqualTo(number.substring(0, 8) + "-" + number.substring(8));
        assertThat(details.personName()).isEqualTo("Selma Sjö");
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE actor_username = ? AND person_id = ? "
                        + "AND what = 'ACCESS_LOG_ENTRY' AND purpose = 'SUPERVISION' AND access_kind = 'READ'")
                .params(manager.username(), person.value()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aProtectedPersonOutsideTheReviewersNeedToKnowShowsOnlyTheProtectionAndCannotBeOpened() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var hidden = register.register(new RegisterPerson(TestFixtures.personalNumber(), null, null, "Dold", "Person",
                null, null, "Hemlig 1", "111 11", "Ort", ProtectionLevel.PROTECTED_REGISTRATION));
        caseHandling.registerIntake(TestFixtures.application(hidden, NORTH));

        var manager = TestActors.signIn(TestFixtures.unitManager(NORTH));
        var rows = accessLog.review(byUser(caseworker.username()), 0, 50).lines().stream()
                .filter(line -> line.entry().personId().equals(hidden)).toList();

        assertThat(rows).isNotEmpty().allSatisfy(line -> {
            assertThat(line.maskedIdentityNumber()).isNull();
            assertThat(line.personName()).isNull();
            assertThat(line.protection()).isEqualTo(ProtectionLevel.PROTECTED_REGISTRATION);
            assertThat(line.identifiable()).isFalse();
            assertThat(line.entry().hints()).contains(AccessHint.PROTECTED_IDENTITY);
        });
        assertThatThrownBy(() -> accessLog.entry(rows.getFirst().entry().id())).isInstanceOf(AccessDenied.class);
        assertThat(jdbc.sql("SELECT target_kind || ' ' || target_id || ' ' || reason FROM accesslog.security_events "
                + "WHERE actor_subject = ?").param(manager.subject()).query(String.class).list())
                .containsExactly("PERSON " + hidden.value() + " PROTECTED_NOT_NAMED");
    }

    @Test
    void aRowOfAnotherUnitCannotBeOpenedByItsId() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(SOUTH));
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Siv", "Syd"));
        caseHandling.registerIntake(TestFixtures.application(person, SOUTH));
        TestActors.signIn(TestFixtures.unitManager(SOUTH));
        var southRow = accessLog.review(byUser(caseworker.username()), 0, 1).lines().getFirst().entry().id();

        TestActors.signIn(TestFixtures.unitManager(NORTH));
        assertThatThrownBy(() -> accessLog.entry(southRow)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void theReviewsOwnRowsDoNotShiftItsLaterPages() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        for (var i = 0; i < 6; i++) {
            var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Sida", "Nummer" + i));
            caseHandling.registerIntake(TestFixtures.application(person, NORTH));
        }
        var manager = TestActors.signIn(TestFixtures.unitManager(NORTH));
        // The whole log of the unit: the rows the review itself writes (the manager belongs to the unit) belong to it.
        var query = AccessLogQuery.everything();
        var expected = accessLog.search(query, 0, 12).stream().map(AccessLogEntry::id).toList();

        var first = accessLog.review(query, 0, 5);
        var second = accessLog.review(query.upTo(first.upToId()), 5, 5);
        var third = accessLog.review(query.upTo(first.upToId()), 10, 2);

        var paged = new java.util.ArrayList<Long>();
        for (var page : List.of(first, second, third)) {
            page.lines().forEach(line -> paged.add(line.entry().id()));
        }
        assertThat(paged).containsExactlyElementsOf(expected);
        assertThat(accessLog.search(query, 0, 1).getFirst().id()).as("the review wrote rows of its own")
                .isGreaterThan(first.upToId());
        assertThat(reviewReads(manager.username())).isNotEmpty();
    }

    @Test
    void aUnitManagerSeesTheRefusalsAimedAtTheirUnitsCasesAndThoseOfTheirStaffButNoOthers() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Nils", "Norr"));
        var northCase = caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();
        var southProber = TestActors.signIn(TestFixtures.caseworker(SOUTH));
        assertThatThrownBy(() -> caseHandling.summary(northCase)).isInstanceOf(AccessDenied.class);
        var northProber = TestActors.signIn(TestFixtures.caseworker(NORTH));
        for (var i = 0; i < 5; i++) {
            assertThatThrownBy(() -> caseHandling.summary(new CaseId(UUID.randomUUID())))
                    .isInstanceOf(AccessDenied.class);
        }

        TestActors.signIn(TestFixtures.unitManager(NORTH));
        assertThat(accessLog.securityEvents(new SecurityEventQuery(southProber.username(), null, null), 0, 50))
                .singleElement().satisfies(event -> {
                    assertThat(event.reason()).isEqualTo(SecurityEvent.Reason.OUTSIDE_UNITS);
                    assertThat(event.attempt()).isEqualTo(SecurityEvent.Attempt.READ);
                    assertThat(event.operation()).isEqualTo("CASE");
                    assertThat(event.targetId()).isEqualTo(northCase.value().toString());
                    assertThat(event.targetUnitName()).isEqualTo("Beroendeenheten Norr");
                    assertThat(event.manyRefusals()).isFalse();
                });
        var probes = accessLog.securityEvents(new SecurityEventQuery(northProber.username(), null, null), 0, 50);
        assertThat(probes).hasSize(5).allSatisfy(event ->
                assertThat(event.reason()).isEqualTo(SecurityEvent.Reason.UNKNOWN_TARGET));
        assertThat(probes.getFirst().manyRefusals()).as("the fifth refusal in ten minutes").isTrue();

        TestActors.signIn(TestFixtures.unitManager(SOUTH));
        assertThat(accessLog.securityEvents(new SecurityEventQuery(southProber.username(), null, null), 0, 50))
                .as("by the south unit's own staff").hasSize(1);
        assertThat(accessLog.securityEvents(new SecurityEventQuery(northProber.username(), null, null), 0, 50))
                .as("by another unit's staff, at no case of the south unit").isEmpty();

        TestActors.signIn(TestFixtures.caseworker(NORTH));
        assertThatThrownBy(() -> accessLog.securityEvents(SecurityEventQuery.everything(), 0, 10))
                .isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);
    }

    private static AccessLogQuery byUser(String username) {
        return new AccessLogQuery(null, username, null, null, false);
    }

    /** The persons the user's review read, as the access log has them. */
    private List<UUID> reviewReads(String username) {
        return jdbc.sql("SELECT person_id FROM accesslog.access_log WHERE actor_username = ? "
                        + "AND what = 'ACCESS_LOG_REVIEW' AND purpose = 'SUPERVISION'")
                .param(username).query(UUID.class).list();
    }
}
