package se.vardkedjan.followup;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.CarePlans;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.TestFixtures;
import se.vardkedjan.casehandling.events.InvestigationCompleted;
import se.vardkedjan.followup.instrument.domain.Change;
import se.vardkedjan.followup.instrument.domain.InstrumentRef;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;
import static se.vardkedjan.casehandling.TestFixtures.SOUTH;

@FollowUpModuleTest
class MeasurementsModuleTests {

    private static final InstrumentRef AUDIT = new InstrumentRef("AUDIT", 1);
    private static final InstrumentRef ORS = new InstrumentRef("ORS", 1);

    private final Measurements measurements;
    private final Instruments instruments;
    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final Decisions decisions;
    private final CarePlans plans;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final LocalDate today;
    private final se.vardkedjan.followup.instrument.InstrumentCatalogue catalogue;
    private final se.vardkedjan.followup.instrument.persistence.MeasurementRows measurementRows;

    MeasurementsModuleTests(Measurements measurements, Instruments instruments, PersonRegister register,
                            CaseHandling caseHandling, Investigations investigations, Decisions decisions,
                            CarePlans plans, JdbcClient jdbc, ApplicationEventPublisher events,
                            PlatformTransactionManager transactionManager, Clock clock,
                            se.vardkedjan.followup.instrument.InstrumentCatalogue catalogue,
                            se.vardkedjan.followup.instrument.persistence.MeasurementRows measurementRows) {
        this.catalogue = catalogue;
        this.measurementRows = measurementRows;
        this.measurements = measurements;
        this.instruments = instruments;
        this.register = register;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.decisions = decisions;
        this.plans = plans;
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Stockholm"));
    }

    private MeasurementFixtures.MeasuredCase measuredCase(Actor caseworker) {
        TestActors.signIn(caseworker);
        return MeasurementFixtures.measuredCase(register, caseHandling, investigations, decisions, plans, NORTH,
                today);
    }

    private long rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static Actor admin() {
        return TestActors.staff("adm" + UUID.randomUUID().toString().substring(0, 6), Set.of(Roles.ADMINISTRATOR));
    }

    private static Actor analyst() {
        return TestActors.staff("an" + UUID.randomUUID().toString().substring(0, 6), Set.of(Roles.ANALYST));
    }

    /** Waits for the ASI baseline the listener takes after the investigation's commit. */
    private long asiBaselines(MeasurementFixtures.MeasuredCase measured) {
        var deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            var count = rows("SELECT count(*) FROM followup.measurements WHERE case_id = ? AND instrument_code = 'ASI'",
                    measured.caseId().value());
            if (count > 0 || System.nanoTime() > deadline) {
                return count;
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theCaseworkerRecordsAnAuditAndTheProductScoresItWithTheAccessLogged() {
        var caseworker = TestFixtures.caseworker(NORTH);
        var measured = measuredCase(caseworker);

        // Hand-computed: 1+2+3+4+0+1+2+3 = 16, item 9 = 2, item 10 = 4 → 22, over every AUDIT cut-off.
        var recorded = measurements.record(measured.caseId(), AUDIT, Occasion.BASELINE,
                MeasurementFixtures.audit(1, 2, 3, 4, 0, 1, 2, 3, 2, 4), today);

        assertThat(recorded.total()).isEqualTo(22);
        assertThat(recorded.band()).isEqualTo("DEPENDENCE");
        assertThat(recorded.overCutOff()).isTrue();
        assertThat(recorded.cutOff()).isIn(6, 7, 8);
        assertThat(recorded.source()).isEqualTo(MeasurementSource.STAFF);
        assertThat(rows("SELECT total FROM followup.measurements WHERE id = ?", recorded.id().value())).isEqualTo(22);
        assertThat(rows("SELECT sum(score) FROM followup.measurement_answers WHERE measurement_id = ?",
                recorded.id().value())).isEqualTo(22);
        assertThat(rows("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ? AND what = 'MEASUREMENT' "
                + "AND case_id = ?", caseworker.subject(), measured.caseId().value())).isEqualTo(1);
    }

    @Test
    void aScoreIsNeverTakenFromTheCaller() {
        var measured = measuredCase(TestFixtures.caseworker(NORTH));
        var answers = MeasurementFixtures.audit(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        answers.put("TOTAL", "40");

        assertThatThrownBy(() -> measurements.record(measured.caseId(), AUDIT, Occasion.FOLLOW_UP, answers, today))
                .isInstanceOfSatisfying(RuleViolation.class, rule -> assertThat(rule.messageKey())
                        .isEqualTo("followup.instrument.error.unknown-item"));
        var scoreAsAnswer = MeasurementFixtures.audit(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        scoreAsAnswer.put("Q1", "4");
        assertThatThrownBy(() -> measurements.record(measured.caseId(), AUDIT, Occasion.FOLLOW_UP, scoreAsAnswer,
                today)).isInstanceOf(RuleViolation.class);
        assertThat(rows("SELECT count(*) FROM followup.measurements WHERE case_id = ? AND instrument_code = 'AUDIT'",
                measured.caseId().value())).isZero();
    }

    @Test
    void aCaseworkerOfAnotherUnitIsRefusedAndTheRefusalRecorded() {
        var measured = measuredCase(TestFixtures.caseworker(NORTH));
        var intruder = TestActors.signIn(TestFixtures.caseworker(SOUTH));

        assertThatThrownBy(() -> measurements.record(measured.caseId(), AUDIT, Occasion.BASELINE,
                MeasurementFixtures.audit(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), today)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> measurements.history(measured.caseId())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> measurements.instrumentsFor(measured.caseId())).isInstanceOf(AccessDenied.class);

        assertThat(rows("SELECT count(*) FROM accesslog.security_events WHERE actor_subject = ?", intruder.subject()))
                .isEqualTo(3);
        assertThat(rows("SELECT count(*) FROM followup.measurements WHERE case_id = ? AND instrument_code = 'AUDIT'",
                measured.caseId().value())).isZero();
    }

    @Test
    void anAnalystCannotReachMeasurementsAtAll() {
        var measured = measuredCase(TestFixtures.caseworker(NORTH));
        TestActors.signIn(analyst());

        assertThatThrownBy(() -> measurements.history(measured.caseId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> measurements.record(measured.caseId(), AUDIT, Occasion.BASELINE,
                MeasurementFixtures.audit(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), today))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theHistoryGivesTheChangeFromTheBaselineAndAWithdrawnMeasurementLeavesTheSeries() {
        var caseworker = TestFixtures.caseworker(NORTH);
        var measured = measuredCase(caseworker);
        var baseline = measurements.record(measured.caseId(), AUDIT, Occasion.BASELINE,
                MeasurementFixtures.audit(4, 4, 4, 4, 0, 0, 0, 0, 0, 0), today.minusDays(60));
        var mistaken = measurements.record(measured.caseId(), AUDIT, Occasion.FOLLOW_UP,
                MeasurementFixtures.audit(4, 4, 4, 4, 4, 4, 4, 4, 4, 4), today.minusDays(10));
        measurements.record(measured.caseId(), AUDIT, Occasion.FOLLOW_UP,
                MeasurementFixtures.audit(1, 1, 1, 0, 0, 0, 0, 0, 0, 0), today);

        measurements.withdraw(measured.caseId(), mistaken.id(), "Fel klient i formuläret.");

        var audit = measurements.history(measured.caseId()).stream()
                .filter(s -> s.definition().code().equals("AUDIT")).findFirst().orElseThrow();
        assertThat(audit.baseline().id()).isEqualTo(baseline.id());
        assertThat(audit.points()).extracting(p -> p.measurement().total()).containsExactly(16, 3);
        assertThat(audit.change().difference()).isEqualTo(-13);
        assertThat(audit.change().way()).isEqualTo(Change.Way.BETTER);
        assertThat(audit.change().reliable()).as("AUDIT has no published reliable-change threshold").isFalse();
        assertThat(rows("SELECT count(*) FROM followup.measurements WHERE id = ?", mistaken.id().value()))
                .as("kept, only withdrawn").isEqualTo(1);
        assertThatThrownBy(() -> measurements.withdraw(measured.caseId(), mistaken.id(), "Igen."))
                .isInstanceOfSatisfying(RuleViolation.class, rule -> assertThat(rule.messageKey())
                        .isEqualTo("followup.instrument.error.already-withdrawn"));
    }

    @Test
    void aMeasurementIsNeverChangedOrRemovedInTheDatabase() {
        var measured = measuredCase(TestFixtures.caseworker(NORTH));
        var recorded = measurements.record(measured.caseId(), AUDIT, Occasion.BASELINE,
                MeasurementFixtures.audit(1, 0, 0, 0, 0, 0, 0, 0, 0, 0), today);

        for (var sql : List.of("UPDATE followup.measurements SET total = 0 WHERE id = ?",
                "DELETE FROM followup.measurement_answers WHERE measurement_id = ?",
                "DELETE FROM followup.measurements WHERE id = ?")) {
            assertThatThrownBy(() -> jdbc.sql(sql).param(recorded.id().value()).update()).as(sql)
                    .isInstanceOf(org.springframework.dao.DataAccessException.class);
        }
        assertThat(rows("SELECT total FROM followup.measurements WHERE id = ?", recorded.id().value())).isEqualTo(1);
    }

    @Test
    void aMeasurementOfAnotherCaseCannotBeWithdrawnThroughOnesOwnCase() {
        var caseworker = TestFixtures.caseworker(NORTH);
        var mine = measuredCase(caseworker);
        var other = measuredCase(TestFixtures.caseworker(NORTH));
        var theirs = measurements.record(other.caseId(), AUDIT, Occasion.BASELINE,
                MeasurementFixtures.audit(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), today);
        TestActors.signIn(caseworker);

        assertThatThrownBy(() -> measurements.withdraw(mine.caseId(), theirs.id(), "Fel."))
                .isInstanceOf(AccessDenied.class);
        // The probe is recorded as an unknown target, and the other case's measurement stays in its series.
        assertThat(rows("SELECT count(*) FROM accesslog.security_events WHERE actor_subject = ? "
                + "AND target_kind = 'MEASUREMENT' AND reason = 'UNKNOWN_TARGET'", caseworker.subject())).isEqualTo(1);
        assertThat(rows("SELECT count(*) FROM followup.measurement_withdrawals WHERE measurement_id = ?",
                theirs.id().value())).isZero();
    }

    @Test
    void aSecondBaselineAndADateInTheFutureAreRefused() {
        var measured = measuredCase(TestFixtures.caseworker(NORTH));
        var answers = MeasurementFixtures.audit(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        measurements.record(measured.caseId(), AUDIT, Occasion.BASELINE, answers, today);

        assertThatThrownBy(() -> measurements.record(measured.caseId(), AUDIT, Occasion.BASELINE, answers, today))
                .isInstanceOfSatisfying(RuleViolation.class, rule -> assertThat(rule.messageKey())
                        .isEqualTo("followup.instrument.error.baseline-exists"));
        assertThatThrownBy(() -> measurements.record(measured.caseId(), AUDIT, Occasion.FOLLOW_UP, answers,
                today.plusDays(1))).isInstanceOfSatisfying(RuleViolation.class, rule -> assertThat(rule.messageKey())
                .isEqualTo("followup.instrument.error.date-in-future"));
    }

    @Test
    void theOrsIsOffUntilAnAdministratorStatesTheLicenceAndAChangeOfFiveIsReliable() {
        var measured = measuredCase(TestFixtures.caseworker(NORTH));
        var caseworker = TestFixtures.caseworker(NORTH);
        TestActors.signIn(admin());
        instruments.withdrawLicence("ORS");
        TestActors.signIn(caseworker);
        var low = Map.of("INDIVIDUAL", "5", "INTERPERSONAL", "5", "SOCIAL", "5", "OVERALL", "5");

        assertThat(measurements.instrumentsFor(measured.caseId())).extracting(d -> d.code())
                .contains("AUDIT", "DUDIT", "ASI", "GOAL").doesNotContain("ORS", "SRS");
        assertThatThrownBy(() -> measurements.record(measured.caseId(), ORS, Occasion.BASELINE, low, today))
                .isInstanceOfSatisfying(RuleViolation.class, rule -> assertThat(rule.messageKey())
                        .isEqualTo("followup.instrument.error.not-enabled"));

        TestActors.signIn(admin());
        instruments.stateLicence("ORS", "Avtal 2026-117 med författarna");
        TestActors.signIn(caseworker);
        try {
            measurements.record(measured.caseId(), ORS, Occasion.BASELINE, low, today.minusDays(30));
            measurements.record(measured.caseId(), ORS, Occasion.FOLLOW_UP,
                    Map.of("INDIVIDUAL", "6", "INTERPERSONAL", "6", "SOCIAL", "6", "OVERALL", "6"),
                    today.minusDays(15));
            var last = measurements.record(measured.caseId(), ORS, Occasion.FOLLOW_UP,
                    Map.of("INDIVIDUAL", "7", "INTERPERSONAL", "6", "SOCIAL", "6", "OVERALL", "6"), today);

            assertThat(last.total()).isEqualTo(25);
            assertThat(last.overCutOff()).as("25 is outside the clinical range").isFalse();
            var ors = measurements.history(measured.caseId()).stream()
                    .filter(s -> s.definition().code().equals("ORS")).findFirst().orElseThrow();
            assertThat(ors.points()).extracting(MeasurementSeries.Point::fromBaseline)
                    .extracting(c -> c == null ? null : c.reliable()).containsExactly(null, false, true);
            assertThat(ors.change().difference()).isEqualTo(5);
        } finally {
            TestActors.signIn(admin());
            instruments.withdrawLicence("ORS");
        }
    }

    @Test
    void goalAttainmentIsRecordedForAGoalOfTheCasesPlanOnly() {
        var caseworker = TestFixtures.caseworker(NORTH);
        var measured = measuredCase(caseworker);
        var other = measuredCase(caseworker);

        var recorded = measurements.recordGoalAttainment(measured.caseId(), measured.goal(), Occasion.FOLLOW_UP,
                Map.of("ATTAINMENT", "PARTLY", "CLIENT_RATING", "6"), today);

        assertThat(recorded.total()).isEqualTo(1);
        assertThat(recorded.band()).isEqualTo("PARTLY");
        assertThat(recorded.subScores()).containsEntry("CLIENT_RATING", 6);
        assertThat(recorded.goalId()).isEqualTo(measured.goal());
        assertThatThrownBy(() -> measurements.recordGoalAttainment(measured.caseId(), other.goal(),
                Occasion.FOLLOW_UP, Map.of("ATTAINMENT", "REACHED"), today))
                .isInstanceOfSatisfying(RuleViolation.class, rule -> assertThat(rule.messageKey())
                        .isEqualTo("followup.instrument.error.unknown-goal"));
    }

    @Test
    void aGoalsRatingsOfBothVersionsOfGoalAttainmentAreOneSeriesForTheScaleIsTheSame() {
        var caseworker = TestFixtures.caseworker(NORTH);
        var measured = measuredCase(caseworker);
        var first = catalogue.find(new InstrumentRef(Measurements.GOAL_ATTAINMENT, 1)).orElseThrow();
        assertThat(catalogue.sameScale(first.ref())).extracting(d -> d.version()).containsExactly(1, 2);
        // A baseline rated with version 1, before version 2 came (slice 2's data).
        var answers = Map.of("ATTAINMENT", "NOT_REACHED", "CLIENT_RATING", "2");
        measurementRows.insert(new se.vardkedjan.followup.instrument.persistence.MeasurementRows.NewMeasurement(
                MeasurementId.random(), measured.caseId(), first.ref(), Occasion.BASELINE, today.minusDays(30),
                MeasurementSource.STAFF, caseworker.subject(), java.time.Instant.now(), answers,
                first.itemScores(answers), first.score(answers, null, null, today.minusDays(30)), measured.goal(),
                null, null));

        assertThatThrownBy(() -> measurements.recordGoalAttainment(measured.caseId(), measured.goal(),
                Occasion.BASELINE, Map.of("ATTAINMENT", "PARTLY"), today))
                .as("version 1's baseline is the series' baseline")
                .isInstanceOfSatisfying(RuleViolation.class, rule -> assertThat(rule.messageKey())
                        .isEqualTo("followup.instrument.error.baseline-exists"));
        measurements.recordGoalAttainment(measured.caseId(), measured.goal(), Occasion.FOLLOW_UP,
                Map.of("ATTAINMENT", "REACHED", "CLIENT_RATING", "9"), today);

        assertThat(measurements.history(measured.caseId()))
                .filteredOn(series -> series.definition().code().equals(Measurements.GOAL_ATTAINMENT))
                .singleElement().satisfies(series -> {
                    assertThat(series.definition().version()).as("under the newest version").isEqualTo(2);
                    assertThat(series.points()).extracting(p -> p.measurement().instrument().version())
                            .containsExactly(1, 2);
                    assertThat(series.change().difference()).isEqualTo(2);
                });
    }

    @Test
    void theCompletedInvestigationGivesTheAsiBaselineOnceHoweverOftenTheEventArrives() {
        var caseworker = TestFixtures.caseworker(NORTH);
        var measured = measuredCase(caseworker);
        assertThat(asiBaselines(measured)).isEqualTo(1);

        var event = new InvestigationCompleted(measured.caseId(), measured.investigationId(), today);
        transactions.executeWithoutResult(status -> events.publishEvent(event));
        transactions.executeWithoutResult(status -> events.publishEvent(event));
        for (var i = 0; i < 40; i++) {
            assertThat(asiBaselines(measured)).isEqualTo(1);
            pause();
        }

        TestActors.signIn(caseworker);
        var asi = measurements.history(measured.caseId()).stream()
                .filter(s -> s.definition().code().equals("ASI")).findFirst().orElseThrow();
        // The fixture's investigation rates every area 4 (moderate), the client 2: total 7 × 4 = 28.
        assertThat(asi.baseline().total()).isEqualTo(28);
        assertThat(asi.baseline().occasion()).isEqualTo(Occasion.BASELINE);
        assertThat(asi.baseline().source()).isEqualTo(MeasurementSource.STAFF);
        assertThat(asi.baseline().subScoreBands()).containsEntry("ALCOHOL", "MODERATE");
        assertThat(asi.baseline().subScores()).containsEntry("ALCOHOL_CLIENT", 2);
    }
}
