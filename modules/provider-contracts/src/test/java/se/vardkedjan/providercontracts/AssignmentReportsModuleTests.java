package se.vardkedjan.providercontracts;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.TestFixtures;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.providercontracts.persistence.ReportRows;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.UnitCode;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;
import static se.vardkedjan.casehandling.TestFixtures.SOUTH;

/**
 * The provider's reports and their cost against the real PostgreSQL (ADR 0026): what the addressed provider reports
 * the case staff read; another provider and another unit's staff are refused (recorded, nothing changed); bad input
 * gets a Swedish message and changes nothing; the database keeps what was reported; the cost is the hand-computed sum.
 */
@ProviderContractsModuleTest
class AssignmentReportsModuleTests {

    private static final ResourceBundle SWEDISH = ResourceBundle.getBundle("i18n.providercontracts-reports",
            Locale.ROOT);

    private final Assignments assignments;
    private final AssignmentReports reports;
    private final AssignmentCosts costs;
    private final PersonRegister register;
    private final ProviderRegister providerRegister;
    private final ReportRows reportRows;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final Decisions decisions;
    private final JdbcClient jdbc;
    private final LocalDate today;
    private final Clock clock;

    AssignmentReportsModuleTests(Assignments assignments, AssignmentReports reports, AssignmentCosts costs,
                                 PersonRegister register, CaseHandling caseHandling, Investigations investigations,
                                 Decisions decisions, JdbcClient jdbc, Clock clock, ProviderRegister providerRegister,
                                 ReportRows reportRows) {
        this.providerRegister = providerRegister;
        this.reportRows = reportRows;
        this.assignments = assignments;
        this.reports = reports;
        this.costs = costs;
        this.register = register;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Stockholm"));
        this.clock = clock;
    }

    /** A running assignment of a NORTH case with the provider, started on the day given (set as stored). */
    private record Running(AssignmentId id, AssignmentFixtures.Provider provider, Actor caseworker, Actor staff) {
    }

    private Running running(String priceUnit, long priceOre, LocalDate startedOn) {
        return running(priceUnit, priceOre, startedOn, NORTH);
    }

    private Running running(String priceUnit, long priceOre, LocalDate startedOn,
                            se.vardkedjan.sharedkernel.UnitCode unit) {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(unit));
        var granted = AssignmentFixtures.granted(register, caseHandling, investigations, decisions, unit, today,
                TestFixtures.person(TestFixtures.personalNumber(), "Eva", "Ek"));
        var provider = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 3, today);
        jdbc.sql("UPDATE providercontracts.contracts SET price_unit = ?, price_ore = ? WHERE id = ?")
                .params(priceUnit, priceOre, provider.contract().value()).update();
        var id = AssignmentFixtures.liveAssignment(jdbc, granted.interventionId());
        var draft = assignments.saveDraft(id, 0, AssignmentFixtures.complete(provider, today));
        var sent = assignments.send(id, draft.version());
        var staff = TestActors.signIn(providerStaff(provider.code()));
        var accepted = assignments.accept(id, assignments.receive(id, sent.version()).version(), today);
        assignments.start(id, accepted.version(), today);
        // As if it had started earlier: the rules measure from started_on.
        jdbc.sql("UPDATE providercontracts.assignments SET started_on = ?, accepted_start = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(startedOn), java.sql.Date.valueOf(startedOn), id.value()).update();
        return new Running(id, provider, caseworker, staff);
    }

    private static Actor providerStaff(String organisation) {
        return new Actor(UUID.randomUUID().toString(), "utf" + UUID.randomUUID().toString().substring(0, 6),
                "Ulla Utförare", Set.of(Roles.PROVIDER_STAFF), Set.of(),
                Set.of(new ProviderOrganisationCode(organisation)));
    }

    private static Actor analyst() {
        return TestActors.staff("an" + UUID.randomUUID().toString().substring(0, 6), Set.of(Roles.ANALYST));
    }

    private static List<ReportedDay> careDays(LocalDate first, LocalDate last) {
        return first.datesUntil(last.plusDays(1)).map(ReportedDay::careDay).toList();
    }

    private long rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private long days(AssignmentId id) {
        return rows("SELECT count(*) FROM providercontracts.attendance_days WHERE assignment_id = ?", id.value());
    }

    private long refusalsOf(Actor actor) {
        return rows("SELECT count(*) FROM accesslog.security_events WHERE actor_subject = ?", actor.subject());
    }

    private static void refusedWith(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolation.class, violation -> {
            assertThat(violation.messageKey()).isEqualTo(key);
            assertThat(SWEDISH.containsKey(key) || key.startsWith("providercontracts.error.")).as("a Swedish text")
                    .isTrue();
        });
    }

    @Test
    void theAddressedProviderReportsCareDaysAndTheCaseStaffReadThemLogged() {
        var running = running("CARE_DAY", 250_000, today.minusDays(20));

        var view = reports.reportAttendance(running.id(), new AttendanceInput(today.minusDays(9), today,
                careDays(today.minusDays(9), today)));

        assertThat(view.countedDays()).isEqualTo(10);
        assertThat(rows("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ? "
                + "AND what = 'ASSIGNMENT_ATTENDANCE' AND access_kind = 'CHANGE'", running.staff().subject()))
                .isEqualTo(1);

        TestActors.signIn(running.caseworker());
        var read = reports.ofAssignment(running.id());
        assertThat(read.attendance()).hasSize(1);
        assertThat(read.attendance().getFirst().days()).hasSize(10);
        assertThat(rows("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ? "
                + "AND what = 'ASSIGNMENT_REPORTS' AND access_kind = 'READ'", running.caseworker().subject()))
                .isEqualTo(1);
        assertThat(costs.ofAssignment(running.id()).totalOre()).isEqualTo(10 * 250_000L);
    }

    @Test
    void theAddressedProviderReadsWhatItIsPaidForTheAssignmentLoggedAndCaseStaffCannotAskAsAProvider() {
        var running = running("CARE_DAY", 250_000, today.minusDays(20));
        reports.reportAttendance(running.id(), new AttendanceInput(today.minusDays(3), today,
                careDays(today.minusDays(3), today)));

        var cost = costs.ofOwnAssignment(running.id());

        assertThat(cost.totalOre()).isEqualTo(4 * 250_000L);
        assertThat(cost.priceOre()).isEqualTo(250_000L);
        assertThat(rows("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ? "
                + "AND what = 'ASSIGNMENT_COST' AND access_kind = 'READ'", running.staff().subject())).isEqualTo(1);
        // the case staff's door is their own: the provider's method refuses them by role
        TestActors.signIn(running.caseworker());
        assertThatThrownBy(() -> costs.ofOwnAssignment(running.id()))
                .isInstanceOfAny(AccessDenied.class, org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void anEndBeforeTheLastCountedDayIsRefusedNamingThatDayAndChangesNothing() {
        var running = running("CARE_DAY", 250_000, today.minusDays(20));
        reports.reportAttendance(running.id(), new AttendanceInput(today.minusDays(9), today.minusDays(3),
                careDays(today.minusDays(9), today.minusDays(3))));
        // The last day reported was not given: the last counted day is the one before.
        reports.correctAttendance(running.id(), new AttendanceCorrectionInput(
                List.of(new ReportedDay(today.minusDays(3), null)), "Klienten kom inte."));
        TestActors.signIn(running.caseworker());
        var version = rows("SELECT version FROM providercontracts.assignments WHERE id = ?", running.id().value());

        assertThatThrownBy(() -> assignments.end(running.id(), version, EndReason.COMPLETED, today.minusDays(5)))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.messageKey())
                            .isEqualTo("providercontracts.assignment.error.end-before-reported-days");
                    assertThat(violation.field()).contains("providercontracts.assignment.ended-on");
                    assertThat(violation.arguments()).containsExactly(today.minusDays(4));
                });
        assertThat(jdbc.sql("SELECT status FROM providercontracts.assignments WHERE id = ?")
                .param(running.id().value()).query(String.class).single()).isEqualTo("RUNNING");

        var ended = assignments.end(running.id(), version, EndReason.COMPLETED, today.minusDays(4));
        assertThat(ended.status()).isEqualTo(AssignmentStatus.ENDED);
    }

    @Test
    void anOverlappingReportIsRefusedNamingTheDaysAndChangesNothing() {
        var running = running("CARE_DAY", 250_000, today.minusDays(20));
        reports.reportAttendance(running.id(), new AttendanceInput(today.minusDays(9), today.minusDays(5),
                careDays(today.minusDays(9), today.minusDays(5))));

        assertThatThrownBy(() -> reports.reportAttendance(running.id(), new AttendanceInput(today.minusDays(6),
                today, careDays(today.minusDays(6), today))))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("providercontracts.reports.error.overlap");
                    assertThat(violation.arguments()).containsExactly(today.minusDays(6) + ", " + today.minusDays(5),
                            2);
                });
        assertThat(days(running.id())).isEqualTo(5);
        assertThat(rows("SELECT count(*) FROM providercontracts.attendance_reports WHERE assignment_id = ?",
                running.id().value())).isEqualTo(1);
    }

    @Test
    void badInputGetsAClearSwedishMessageAndChangesNothing() {
        var running = running("HOUR", 95_000, today.minusDays(20));
        var id = running.id();

        refusedWith(() -> reports.reportAttendance(id, new AttendanceInput(today.minusDays(1), today.minusDays(1),
                List.of(new ReportedDay(today.minusDays(1), new BigDecimal("-3"))))),
                "providercontracts.reports.error.hours-range");
        refusedWith(() -> reports.reportAttendance(id, new AttendanceInput(today, today.plusDays(1),
                List.of(new ReportedDay(today.plusDays(1), BigDecimal.ONE)))),
                "providercontracts.reports.error.in-the-future");
        refusedWith(() -> reports.reportAttendance(id, new AttendanceInput(today.minusDays(30), today.minusDays(25),
                List.of(new ReportedDay(today.minusDays(30), BigDecimal.ONE)))),
                "providercontracts.reports.error.before-start");
        refusedWith(() -> reports.reportDeviation(id, new DeviationInput(DeviationKind.RELAPSE, today,
                "x".repeat(4_001), null)), "providercontracts.error.text-too-long");
        refusedWith(() -> reports.submitCompletion(id, new CompletionInput(List.of(), "Klart.",
                "<script>alert(1)</script>")), "providercontracts.error.text-markup");
        refusedWith(() -> reports.correctAttendance(id, new AttendanceCorrectionInput(
                List.of(ReportedDay.careDay(today)), "Fel dag.")), "providercontracts.reports.error.not-reported");

        var beyond = LocalDate.of(9_999_999, 12, 31);
        refusedWith(() -> reports.reportAttendance(id, new AttendanceInput(today, beyond,
                List.of(new ReportedDay(today, BigDecimal.ONE)))), "providercontracts.error.date-out-of-range");
        refusedWith(() -> reports.correctAttendance(id, new AttendanceCorrectionInput(
                List.of(ReportedDay.careDay(beyond)), "Fel dag.")), "providercontracts.reports.error.not-reported");

        assertThat(days(id)).isZero();
        assertThat(rows("SELECT count(*) FROM providercontracts.attendance_reports WHERE assignment_id = ?",
                id.value())).isZero();
        assertThat(rows("SELECT count(*) FROM providercontracts.deviations WHERE assignment_id = ?", id.value()))
                .isZero();
        assertThat(rows("SELECT count(*) FROM providercontracts.completion_reports WHERE assignment_id = ?",
                id.value())).isZero();
    }

    @Test
    void anotherProviderCannotReportOnOrReadTheAssignmentAndTheRefusalIsRecorded() {
        var running = running("CARE_DAY", 250_000, today.minusDays(20));
        var other = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 3, today);
        var intruder = TestActors.signIn(providerStaff(other.code()));

        assertThatThrownBy(() -> reports.reportAttendance(running.id(), new AttendanceInput(today, today,
                careDays(today, today)))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> reports.reportDeviation(running.id(), new DeviationInput(DeviationKind.ABSENCE,
                today, "Borta.", null))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> reports.submitCompletion(running.id(), new CompletionInput(List.of(), "S", "V")))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> reports.forProvider(running.id())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> costs.ofOwnAssignment(running.id())).isInstanceOf(AccessDenied.class);

        assertThat(refusalsOf(intruder)).isEqualTo(5);
        assertThat(rows("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ?", intruder.subject()))
                .isZero();
        assertThat(days(running.id())).isZero();
        assertThat(rows("SELECT count(*) FROM providercontracts.deviations WHERE assignment_id = ?",
                running.id().value())).isZero();
        // the intruder's own monthly sums do not include the other provider's days
        TestActors.signIn(running.staff());
        reports.reportAttendance(running.id(), new AttendanceInput(today, today, careDays(today, today)));
        TestActors.signIn(intruder);
        assertThat(costs.ownMonthlyCosts(YearMonth.from(today), YearMonth.from(today))).isEmpty();
    }

    @Test
    void anotherUnitsCaseStaffCannotReadTheReportsOrTheCost() {
        var running = running("CARE_DAY", 250_000, today.minusDays(20));
        reports.reportAttendance(running.id(), new AttendanceInput(today, today, careDays(today, today)));
        var intruder = TestActors.signIn(TestFixtures.caseworker(SOUTH));

        assertThatThrownBy(() -> reports.ofAssignment(running.id())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> costs.ofAssignment(running.id())).isInstanceOf(AccessDenied.class);
        assertThat(reports.workItems()).noneMatch(item -> item.assignmentId().equals(running.id()));

        assertThat(refusalsOf(intruder)).isEqualTo(2);
        // (the intruder's own unit's work items are read and logged: none of them is this case)
        assertThat(rows("SELECT count(*) FROM accesslog.access_log a JOIN providercontracts.assignments s "
                + "ON s.case_id = a.case_id WHERE a.actor_subject = ? AND s.id = ?", intruder.subject(),
                running.id().value())).isZero();
        // a unit manager of another unit sums only their own units' cases
        TestActors.signIn(TestFixtures.unitManager(SOUTH));
        assertThat(costs.providerMonth(running.provider().id(), YearMonth.from(today)).costOre()).isZero();
    }

    @Test
    void aSeriousIncidentAndACompletionReportWaitForTheCaseStaffAndReachTheTimeline() {
        var running = running("CARE_DAY", 250_000, today.minusDays(20));
        reports.reportDeviation(running.id(), new DeviationInput(DeviationKind.SERIOUS_INCIDENT, today,
                "Hot mot personal.", "Polis kontaktad."));
        reports.reportDeviation(running.id(), new DeviationInput(DeviationKind.ABSENCE, today, "Borta en dag.", null));
        var goals = reports.forProvider(running.id()).goals();
        var results = new java.util.ArrayList<CompletionInput.GoalResult>();
        for (var i = 0; i < goals.size(); i++) {
            results.add(new CompletionInput.GoalResult(i, GoalOutcome.PARTLY, null));
        }
        reports.submitCompletion(running.id(), new CompletionInput(results, "Behandlingen genomförd.",
                "Klienten är nöjd."));
        refusedWith(() -> reports.submitCompletion(running.id(), new CompletionInput(results, "Igen.", "Igen.")),
                "providercontracts.reports.error.completion-submitted");

        TestActors.signIn(running.caseworker());
        var items = reports.workItems().stream().filter(item -> item.assignmentId().equals(running.id())).toList();
        assertThat(items).extracting(ReportWorkItem::kind)
                .containsExactlyInAnyOrder(ReportWorkItem.Kind.SERIOUS_INCIDENT, ReportWorkItem.Kind.COMPLETION);
        var caseId = new se.vardkedjan.sharedkernel.CaseId(jdbc.sql(
                "SELECT case_id FROM providercontracts.assignments WHERE id = ?").param(running.id().value())
                .query(UUID.class).single());
        assertThat(reports.timeline(caseId)).extracting(ReportTimelineEntry::kind)
                .containsExactlyInAnyOrder("SERIOUS_INCIDENT", "ABSENCE", "COMPLETION");
        var read = reports.ofAssignment(running.id());
        assertThat(read.completion().summary()).isEqualTo("Behandlingen genomförd.");
        assertThat(read.deviations()).hasSize(2);
    }

    @Test
    void aSeriousIncidentWaitsPastTwoWeeksUntilTheCaseStaffAcknowledgeItOnceWithWhoAndWhen() {
        var running = running("CARE_DAY", 250_000, today.minusDays(30));
        // Reported three weeks ago (the table takes no change, so the rows are written as of then): the discharge
        // has left the start page after its two weeks, the serious incident has not.
        var incident = UUID.randomUUID();
        var discharge = UUID.randomUUID();
        var threeWeeksAgo = java.sql.Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(21)));
        for (var row : List.of(List.of(incident, "SERIOUS_INCIDENT"), List.of(discharge, "DISCHARGE"))) {
            jdbc.sql("""
                            INSERT INTO providercontracts.deviations (id, assignment_id, kind, occurred_on, description,
                                reported_at, reported_by) VALUES (?, ?, ?, ?, 'Hot mot personal.', ?, 'utforare')""")
                    .params(row.get(0), running.id().value(), row.get(1), java.sql.Date.valueOf(today.minusDays(21)),
                            threeWeeksAgo).update();
        }
        TestActors.signIn(running.caseworker());
        assertThat(itemsOf(running.id())).containsExactly(ReportWorkItem.Kind.SERIOUS_INCIDENT);

        // Neither the provider's staff nor another unit's caseworker acknowledges it; nothing is recorded.
        TestActors.signIn(running.staff());
        assertThatThrownBy(() -> reports.acknowledgeIncident(running.id(), incident.toString()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        var intruder = TestActors.signIn(TestFixtures.caseworker(SOUTH));
        assertThatThrownBy(() -> reports.acknowledgeIncident(running.id(), incident.toString()))
                .isInstanceOf(AccessDenied.class);
        assertThat(refusalsOf(intruder)).isEqualTo(1);
        assertThat(rows("SELECT count(*) FROM providercontracts.deviation_acknowledgements WHERE deviation_id = ?",
                incident)).isZero();
        TestActors.signIn(running.caseworker());
        assertThat(itemsOf(running.id())).containsExactly(ReportWorkItem.Kind.SERIOUS_INCIDENT);

        // Only a serious incident of this assignment is acknowledged.
        refusedWith(() -> reports.acknowledgeIncident(running.id(), discharge.toString()),
                "providercontracts.reports.error.not-a-serious-incident");
        refusedWith(() -> reports.acknowledgeIncident(running.id(), UUID.randomUUID().toString()),
                "providercontracts.reports.error.no-such-incident");
        refusedWith(() -> reports.acknowledgeIncident(running.id(), "inte-ett-id"),
                "providercontracts.reports.error.no-such-incident");

        var before = clock.instant().minusMillis(1);
        var view = reports.acknowledgeIncident(running.id(), incident.toString());

        var acknowledged = view.deviations().stream().filter(d -> d.id().equals(incident.toString())).findFirst()
                .orElseThrow();
        assertThat(acknowledged.acknowledgedAt()).isBetween(before, clock.instant());
        assertThat(acknowledged.acknowledgedBy()).isEqualTo(running.caseworker().displayName());
        assertThat(acknowledged.awaitsAcknowledgement()).isFalse();
        assertThat(rows("SELECT count(*) FROM providercontracts.deviation_acknowledgements WHERE deviation_id = ? "
                + "AND acknowledged_by = ?", incident, running.caseworker().username())).isEqualTo(1);
        assertThat(rows("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ? "
                + "AND what = 'ASSIGNMENT_DEVIATION' AND access_kind = 'CHANGE'", running.caseworker().subject()))
                .isEqualTo(1);
        assertThat(itemsOf(running.id())).isEmpty();
        var caseId = new se.vardkedjan.sharedkernel.CaseId(jdbc.sql(
                "SELECT case_id FROM providercontracts.assignments WHERE id = ?").param(running.id().value())
                .query(UUID.class).single());
        assertThat(reports.timeline(caseId)).extracting(ReportTimelineEntry::kind, ReportTimelineEntry::date)
                .contains(org.assertj.core.groups.Tuple.tuple("SERIOUS_INCIDENT_ACKNOWLEDGED", today));

        // Once: a second acknowledgement (the unit manager's too) is refused, the first stays as it was; the database
        // takes no change of it.
        TestActors.signIn(TestFixtures.unitManager(NORTH));
        refusedWith(() -> reports.acknowledgeIncident(running.id(), incident.toString()),
                "providercontracts.reports.error.already-acknowledged");
        assertThatThrownBy(() -> jdbc.sql("UPDATE providercontracts.deviation_acknowledgements "
                + "SET acknowledged_by = 'annan' WHERE deviation_id = ?").param(incident).update())
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
        assertThat(reports.ofAssignment(running.id()).deviations()).filteredOn(d -> d.id().equals(incident.toString()))
                .extracting(AssignmentReportsView.Deviation::acknowledgedBy)
                .containsExactly(running.caseworker().displayName());
    }

    private List<ReportWorkItem.Kind> itemsOf(AssignmentId id) {
        return reports.workItems().stream().filter(item -> item.assignmentId().equals(id)).map(ReportWorkItem::kind)
                .toList();
    }

    @Test
    void theDatabaseKeepsWhatWasReported() {
        var running = running("CARE_DAY", 250_000, today.minusDays(20));
        reports.reportAttendance(running.id(), new AttendanceInput(today, today, careDays(today, today)));
        reports.reportDeviation(running.id(), new DeviationInput(DeviationKind.ABSENCE, today, "Borta.", null));

        for (var sql : List.of(
                "UPDATE providercontracts.attendance_days SET hours = 1 WHERE assignment_id = ?",
                "DELETE FROM providercontracts.attendance_days WHERE assignment_id = ?",
                "UPDATE providercontracts.attendance_reports SET last_day = first_day WHERE assignment_id = ?",
                "UPDATE providercontracts.deviations SET description = 'Ändrad' WHERE assignment_id = ?",
                "DELETE FROM providercontracts.deviations WHERE assignment_id = ?")) {
            assertThatThrownBy(() -> jdbc.sql(sql).param(running.id().value()).update()).as(sql)
                    .isInstanceOf(org.springframework.dao.DataAccessException.class);
        }
        assertThat(days(running.id())).isEqualTo(1);
    }

    @Test
    void aMonthsCostCountsAnAssignmentThatEndedOnTheMonthsFirstDayAndNothingInTheMonthsAfterItsEnd() {
        var month = YearMonth.from(today).minusMonths(2);
        var before = month.minusMonths(1);
        var running = running("CARE_DAY", 100_000, before.atEndOfMonth().minusDays(1));
        reports.reportAttendance(running.id(), new AttendanceInput(before.atEndOfMonth().minusDays(1), month.atDay(1),
                careDays(before.atEndOfMonth().minusDays(1), month.atDay(1))));
        TestActors.signIn(running.caseworker());
        var version = jdbc.sql("SELECT version FROM providercontracts.assignments WHERE id = ?")
                .param(running.id().value()).query(Long.class).single();
        assignments.end(running.id(), version, EndReason.COMPLETED, month.atDay(1));

        TestActors.signIn(analyst());
        assertThat(costs.providerMonth(running.provider().id(), before).days()).isEqualTo(2);
        var ended = costs.providerMonth(running.provider().id(), month);
        assertThat(ended.days()).isEqualTo(1);
        assertThat(ended.costOre()).isEqualTo(100_000L);
        assertThat(ended.assignments()).isEqualTo(1);
        assertThat(costs.providerMonth(running.provider().id(), month.plusMonths(1)).assignments()).isZero();
    }

    @Test
    void theCostIsPricedByTheContractAcrossAMonthBoundaryAndAfterACorrection() {
        var month = YearMonth.from(today).minusMonths(2);
        var next = month.plusMonths(1);
        var first = month.atEndOfMonth().minusDays(2);
        var last = next.atDay(3);
        var running = running("CARE_DAY", 250_000, month.atDay(1));
        reports.reportAttendance(running.id(), new AttendanceInput(first, last, careDays(first, last)));
        // three days in each month: 3 × 2 500 kr each
        TestActors.signIn(running.caseworker());
        var cost = costs.ofAssignment(running.id());
        assertThat(cost.months()).extracting(AssignmentCost.Month::costOre).containsExactly(750_000L, 750_000L);
        assertThat(cost.totalOre()).isEqualTo(1_500_000L);

        // a day struck out counts no more
        TestActors.signIn(running.staff());
        reports.correctAttendance(running.id(), new AttendanceCorrectionInput(List.of(ReportedDay.careDay(first)),
                "Klienten var inte där."));
        refusedWith(() -> reports.correctAttendance(running.id(), new AttendanceCorrectionInput(
                List.of(ReportedDay.careDay(first)), "Igen.")), "providercontracts.reports.error.already-corrected");
        refusedWith(() -> reports.reportAttendance(running.id(), new AttendanceInput(first, first,
                careDays(first, first))), "providercontracts.reports.error.overlap");
        TestActors.signIn(running.caseworker());
        assertThat(costs.ofAssignment(running.id()).totalOre()).isEqualTo(1_250_000L);

        // the same days under a monthly price: pro rata of each calendar month
        jdbc.sql("UPDATE providercontracts.contracts SET price_unit = 'MONTH', price_ore = 3000000 WHERE id = ?")
                .param(running.provider().contract().value()).update();
        var byMonth = costs.ofAssignment(running.id()).months();
        assertThat(byMonth.get(0).costOre()).isEqualTo(Math.round(3_000_000.0 * 2 / month.lengthOfMonth()));
        assertThat(byMonth.get(1).costOre()).isEqualTo(Math.round(3_000_000.0 * 3 / next.lengthOfMonth()));

        // a fixed price once, in the month of the first counted day (the struck-out day does not count)
        jdbc.sql("UPDATE providercontracts.contracts SET price_unit = 'FIXED', price_ore = 5000000 WHERE id = ?")
                .param(running.provider().contract().value()).update();
        assertThat(costs.ofAssignment(running.id()).months()).extracting(AssignmentCost.Month::costOre)
                .containsExactly(5_000_000L, 0L);

        // the analyst's sums: the provider's month, and by provider, unit and month
        TestActors.signIn(analyst());
        assertThat(costs.providerMonth(running.provider().id(), month).costOre()).isEqualTo(5_000_000L);
        assertThat(costs.providerMonth(running.provider().id(), next).costOre()).isZero();
        assertThat(costs.costsBy(CostDimension.PROVIDER, month, next))
                .filteredOn(sum -> sum.key().equals(running.provider().id().value().toString()))
                .singleElement().satisfies(sum -> {
                    assertThat(sum.costOre()).isEqualTo(5_000_000L);
                    assertThat(sum.days()).isEqualTo(5);
                    assertThat(sum.assignments()).isEqualTo(1);
                });
        assertThat(costs.costsBy(CostDimension.UNIT, month, next)).extracting(CostSum::key).contains(NORTH.value());
        assertThat(costs.costsBy(CostDimension.DISTRICT, month, next)).isNotEmpty();
        refusedWith(() -> costs.costsBy(CostDimension.MONTH, month, month.plusMonths(36)),
                "providercontracts.reports.error.span-too-long");
    }

    @Test
    void aContractsPriceStaysOnceItHasPricedReportedDaysWhileItsOtherTermsMayChange() {
        var running = running("CARE_DAY", 250_000, today.minusDays(20));
        reports.reportAttendance(running.id(), new AttendanceInput(today.minusDays(9), today.minusDays(8),
                careDays(today.minusDays(9), today.minusDays(8))));
        TestActors.signIn(running.caseworker());
        var before = costs.ofAssignment(running.id());
        TestActors.signIn(TestActors.staff("adm" + UUID.randomUUID().toString().substring(0, 6),
                Set.of(Roles.ADMINISTRATOR)));
        var terms = providerRegister.contractsOf(running.provider().id()).getFirst();

        priceKept(() -> providerRegister.changeContract(terms.id(), terms.version(), input(terms, terms.priceUnit(),
                300_000L, terms.places())));
        priceKept(() -> providerRegister.changeContract(terms.id(), terms.version(), input(terms, PriceUnit.MONTH,
                terms.priceOre(), terms.places())));
        providerRegister.changeContract(terms.id(), terms.version(), input(terms, terms.priceUnit(), terms.priceOre(), 5));

        var after = providerRegister.contractsOf(running.provider().id()).getFirst();
        assertThat(after.priceOre()).isEqualTo(250_000);
        assertThat(after.places()).isEqualTo(5);
        TestActors.signIn(running.caseworker());
        assertThat(costs.ofAssignment(running.id())).as("the days reported cost what they cost").isEqualTo(before);
    }

    @Test
    void aContractWithoutReportedDaysMayGetANewPrice() {
        var running = running("CARE_DAY", 250_000, today.minusDays(20));
        TestActors.signIn(TestActors.staff("adm" + UUID.randomUUID().toString().substring(0, 6),
                Set.of(Roles.ADMINISTRATOR)));
        var terms = providerRegister.contractsOf(running.provider().id()).getFirst();

        providerRegister.changeContract(terms.id(), terms.version(), input(terms, terms.priceUnit(), 300_000L,
                terms.places()));

        assertThat(providerRegister.contractsOf(running.provider().id()).getFirst().priceOre()).isEqualTo(300_000);
    }

    private static void priceKept(Runnable call) {
        var key = "providercontracts.contract.error.price-has-priced-days";
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo(key));
        assertThat(ResourceBundle.getBundle("i18n.providercontracts-register", Locale.ROOT).getString(key))
                .startsWith("Priset har redan prissatt");
    }

    private static ContractInput input(ContractTerms terms, PriceUnit unit, Long priceOre, Integer places) {
        return new ContractInput(terms.reference(), terms.form(), terms.validFrom(), terms.validTo(), terms.methods(),
                unit, priceOre, places);
    }

    @Test
    void anotherUnitsNewerIncidentsDoNotCrowdAUnitsOwnOutOfTheLimit() {
        var north = running("CARE_DAY", 250_000, today.minusDays(20), NORTH);
        reports.reportDeviation(north.id(), new DeviationInput(DeviationKind.SERIOUS_INCIDENT, today,
                "Hot mot personal.", "Polisanmälan gjord."));
        var south = running("CARE_DAY", 250_000, today.minusDays(20), SOUTH);
        reports.reportDeviation(south.id(), new DeviationInput(DeviationKind.SERIOUS_INCIDENT, today,
                "Brand i rummet.", "Räddningstjänsten larmad."));

        var noted = reportRows.toNote(java.time.Instant.now().minus(java.time.Duration.ofDays(14)),
                Set.of(NORTH), 1);

        assertThat(noted).extracting(ReportRows.Noted::assignmentId).as("the unit's own, though the other is newer")
                .contains(north.id()).doesNotContain(south.id());
    }

    @Test
    void hoursArePricedPerHour() {
        var running = running("HOUR", 95_000, today.minusDays(20));
        reports.reportAttendance(running.id(), new AttendanceInput(today, today,
                List.of(new ReportedDay(today, new BigDecimal("1.5")))));
        TestActors.signIn(running.caseworker());
        assertThat(costs.ofAssignment(running.id()).totalOre()).isEqualTo(142_500L);
    }
}
