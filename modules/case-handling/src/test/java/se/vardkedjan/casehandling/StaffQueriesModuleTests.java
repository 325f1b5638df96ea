package se.vardkedjan.casehandling;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.TestActors;
import se.vardkedjan.accesslog.AccessHint;
import se.vardkedjan.accesslog.AccessLogQuery;
import se.vardkedjan.casehandling.readmodel.CaseListItem;
import se.vardkedjan.casehandling.readmodel.CaseWorkItem;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;
import static se.vardkedjan.casehandling.TestFixtures.SOUTH;

/** The queries the staff UI adds: the start page's deadlines on "my cases" and the access log with its persons identified. */
@CaseHandlingModuleTest
class StaffQueriesModuleTests {

    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final AccessLogReview accessLog;
    private final Workday workday;
    private final JdbcClient jdbc;

    StaffQueriesModuleTests(PersonRegister register, CaseHandling caseHandling, AccessLogReview accessLog,
                            Workday workday, JdbcClient jdbc) {
        this.register = register;
        this.caseHandling = caseHandling;
        this.accessLog = accessLog;
        this.workday = workday;
        this.jdbc = jdbc;
    }

    @Test
    void theStartPageListsMyCasesWithANearDeadlineOrSixMonthsWithoutDecisionAndLogsThem() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var today = LocalDate.now();
        var nearDeadline = intake("Nära", today.minusDays(20));
        caseHandling.assess(nearDeadline, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Utreds.", today.minusDays(19),
                today.plusDays(10));
        var farDeadline = intake("Långt", today.minusDays(20));
        caseHandling.assess(farDeadline, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Utreds.", today.minusDays(19),
                today.plusDays(60));
        var old = intake("Gammal", today.minusMonths(7));
        var fresh = intake("Ny", today.minusDays(2));

        var items = workday.workItems();

        assertThat(items).extracting(CaseWorkItem::kind, CaseWorkItem::caseId).contains(
                tuple(CaseWorkItem.Kind.INVESTIGATION_DEADLINE, nearDeadline),
                tuple(CaseWorkItem.Kind.DECISION_DEMANDABLE, old));
        assertThat(items).extracting(CaseWorkItem::caseId).doesNotContain(farDeadline, fresh);
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE case_id = ? AND what = 'START_PAGE'")
                .param(old.value()).query(Integer.class).single()).isEqualTo(1);

        TestActors.signIn(TestFixtures.caseworker(NORTH));
        assertThat(workday.workItems()).extracting(CaseWorkItem::caseId).doesNotContain(nearDeadline, old);
        TestActors.signIn(caseworker);
    }

    @Test
    void theCaseListAndTheCaseHeadNameTheResponsibleCaseworkerAndTheUnitAsTheOrganisationRegisterDoes() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        TestFixtures.registerStaff(jdbc, caseworker, "Hanna Handläggare");
        var caseId = intake("Namn", LocalDate.now().minusDays(1));

        assertThat(caseHandling.list(CaseListQuery.mine(), 0, 50)).filteredOn(item -> item.caseId().equals(caseId))
                .singleElement().satisfies(item -> {
                    assertThat(item.responsible()).isEqualTo(caseworker.username());
                    assertThat(item.responsibleName()).isEqualTo("Hanna Handläggare");
                    assertThat(item.unit()).isEqualTo(NORTH);
                    assertThat(item.unitName()).isEqualTo("Beroendeenheten Norr");
                });
        var summary = caseHandling.summary(caseId);
        assertThat(summary.staffing().responsible()).isEqualTo(caseworker.username());
        assertThat(summary.staffing().responsibleName()).isEqualTo("Hanna Handläggare");
        assertThat(summary.staffing().unitName()).isEqualTo("Beroendeenheten Norr");
    }

    @Test
    void aResponsibleCaseworkerTheOrganisationRegisterDoesNotHoldIsShownByUsername() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var caseId = intake("Utan", LocalDate.now().minusMonths(7));

        assertThat(caseHandling.list(CaseListQuery.mine(), 0, 50)).filteredOn(item -> item.caseId().equals(caseId))
                .singleElement().satisfies(item -> {
                    assertThat(item.responsibleName()).isEqualTo(caseworker.username());
                    assertThat(item.unitName()).isEqualTo("Beroendeenheten Norr");
                });
        assertThat(caseHandling.summary(caseId).staffing().responsibleName()).isEqualTo(caseworker.username());
    }

    @Test
    void theAccessLogNamesThePersonsOfTheRowsButWithholdsAProtectedNameOutsideTheNeedToKnow() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var number = TestFixtures.personalNumber();
        var person = register.register(TestFixtures.person(number, "Vera", "Vik"));
        caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();
        var hidden = register.register(new RegisterPerson(TestFixtures.personalNumber(), null, null, "Dold", "Person",
                null, null, "Hemlig 1", "111 11", "Ort", ProtectionLevel.PROTECTED_REGISTRATION));
        caseHandling.registerIntake(TestFixtures.application(hidden, NORTH)).caseId();

        TestActors.signIn(TestFixtures.unitManager(NORTH));
        var lines = accessLog.review(new AccessLogQuery(null, caseworker.username(), null, null, false), 0, 50)
                .lines();

        assertThat(lines).filteredOn(line -> line.entry().personId().equals(person)).isNotEmpty()
                .allSatisfy(line -> {
                    assertThat(line.personName()).isEqualTo("Vera Vik");
                    assertThat(line.maskedIdentityNumber()).startsWith(number.substring(0, 8));
                });
        assertThat(lines).filteredOn(line -> line.entry().personId().equals(hidden)).isNotEmpty()
                .allSatisfy(line -> {
                    assertThat(line.personName()).isNull();
                    assertThat(line.protection()).isEqualTo(ProtectionLevel.PROTECTED_REGISTRATION);
                    assertThat(line.entry().hints()).contains(AccessHint.PROTECTED_IDENTITY);
                });

        TestActors.signIn(TestFixtures.unitManager(SOUTH));
        assertThat(accessLog.review(new AccessLogQuery(person, null, null, null, false), 0, 50).lines())
                .allSatisfy(line -> assertThat(line.entry().actorUsername()).isNotEqualTo(caseworker.username()));

        TestActors.signIn(TestFixtures.caseworker(NORTH));
        assertThatThrownBy(() -> accessLog.review(AccessLogQuery.everything(), 0, 10))
                .isInstanceOfAny(AccessDenied.class, org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aUnitsCaseListFilteredByOneWordOfANameFindsTheUnitsCasesOfPersonsWithThatNameAndFollowsNewCasesAndNames() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Ylvalisa",
                "Qvarnbergsdotter"));
        var north = caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();

        // Part of the family name or of the given name, in any case; the count agrees with the list.
        assertThat(filtered("arnbergsdo")).containsExactly(north);
        assertThat(filtered("YLVALI")).containsExactly(north);
        assertThat(caseHandling.count(byName("arnbergsdo"))).isEqualTo(1);
        assertThat(filtered("arnbergsdoX")).isEmpty();

        // Another unit's staff do not find the case; once the person has a case there, they find that one.
        var south = TestActors.signIn(TestFixtures.caseworker(SOUTH));
        assertThat(filtered("arnbergsdo")).isEmpty();
        var southCase = caseHandling.registerIntake(new RegisterIntake(person, SOUTH, IntakeKind.APPLICATION,
                LocalDate.now(), "Ansöker om stöd i Syd.", null, null, null, false, null, true)).caseId();
        assertThat(filtered("arnbergsdo")).containsExactly(southCase);

        // A changed name is found by the new name, not the old (kept by a trigger on the persons).
        jdbc.sql("UPDATE casehandling.persons SET family_name = 'Qvarnlidsdotter' WHERE id = ?")
                .param(person.value()).update();
        assertThat(filtered("arnlidsdo")).containsExactly(southCase);
        assertThat(filtered("arnbergsdo")).isEmpty();

        // A case moved to another unit is found there (kept by a trigger on the cases).
        jdbc.sql("UPDATE casehandling.cases SET unit_code = ? WHERE id = ?").params(SOUTH.value(), north.value())
                .update();
        TestActors.signIn(south);
        assertThat(filtered("arnlidsdo")).containsExactlyInAnyOrder(north, southCase);
        assertThat(caseHandling.count(byName("arnlidsdo"))).isEqualTo(2);
    }

    @Test
    void aUnitsCaseListFilteredBySeveralWordsFindsTheCasesWhoseFullNameHoldsEveryWordButNoUnnamedProtectedCase() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var both = intake("Ulvhild Majvor", "Quorrensdotter");
        var first = intake("Ulvhild", "Zebrinsdotter");
        var second = intake("Majvor", "Quorrensdotter");
        var hidden = register.register(new RegisterPerson(TestFixtures.personalNumber(), null, null, "Ulvhild",
                "Quorrensdotter", null, null, "Hemliga vägen 1", "111 11", "Ort",
                ProtectionLevel.PROTECTED_REGISTRATION));
        var protectedCase = caseHandling.registerIntake(TestFixtures.application(hidden, NORTH)).caseId();
        TestActors.signIn(TestFixtures.caseworker(SOUTH));
        intake(SOUTH, "Ulvhild", "Quorrensdotter");
        TestActors.signIn(TestFixtures.caseworker(NORTH));

        // Every word is part of the given or the family name, in any order and case; two words may be in one name.
        assertThat(filtered("quorrensdo ulvhild")).containsExactly(both);
        assertThat(filtered("ULVHILD MAJVOR")).containsExactly(both);
        assertThat(filtered("lvhil jvo orrens")).containsExactly(both);
        assertThat(filtered("ulvhild dotter")).containsExactlyInAnyOrder(both, first);
        assertThat(filtered("majvor quorrensdo")).containsExactlyInAnyOrder(both, second);
        assertThat(caseHandling.count(byName("ulvhild dotter"))).isEqualTo(2);
        // Words found only in different persons' names find nobody, nor does a word nobody has.
        assertThat(filtered("zebrinsdo majvor")).isEmpty();
        assertThat(filtered("ulvhild quorrensdoX")).isEmpty();
        assertThat(caseHandling.count(byName("zebrinsdo majvor"))).isZero();
        // The protected person's case, on which nobody is named, is neither listed nor counted.
        assertThat(filtered("ulvhild quorrensdotter")).containsExactly(both).doesNotContain(protectedCase);
        assertThat(caseHandling.count(byName("ulvhild quorrensdotter"))).isEqualTo(1);

        // The same cases as the rule the filter had: every word in the full name (search_name), the user's unit, no
        // protected person.
        for (var term : java.util.List.of("quorrensdo ulvhild", "lvhild majv", "hild dotter", "ulvhild dotter ul",
                "zebrinsdo majvor", "vhild ajvor quorr")) {
            var sql = new StringBuilder("""
                    SELECT c.id FROM casehandling.cases c JOIN casehandling.persons p ON p.id = c.person_id
                    WHERE c.unit_code = ? AND p.protection = 'NONE'""");
            var params = new java.util.ArrayList<Object>(java.util.List.of(NORTH.value()));
            for (var word : term.split(" ")) {
                sql.append(" AND p.search_name LIKE ?");
                params.add("%" + word + "%");
            }
            var expected = jdbc.sql(sql.toString()).params(params).query(java.util.UUID.class).list().stream()
                    .map(CaseId::new).toList();
            assertThat(filtered(term)).as(term).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private java.util.List<CaseId> filtered(String word) {
        return caseHandling.list(byName(word), 0, 50).stream().map(CaseListItem::caseId).toList();
    }

    private static CaseListQuery byName(String word) {
        return new CaseListQuery(CaseListQuery.Scope.UNITS, java.util.Set.of(), null, word,
                CaseListQuery.Sort.RECEIVED_ON, false);
    }

    private CaseId intake(String given, String family) {
        return intake(NORTH, given, family);
    }

    private CaseId intake(se.vardkedjan.sharedkernel.UnitCode unit, String given, String family) {
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), given, family));
        return caseHandling.registerIntake(TestFixtures.application(person, unit)).caseId();
    }

    private CaseId intake(String name, LocalDate receivedOn) {
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), name, "Testsson"));
        return caseHandling.registerIntake(new RegisterIntake(person, NORTH, IntakeKind.APPLICATION, receivedOn,
                "Ansöker om stöd.", null, null, null, false, null, false)).caseId();
    }
}
