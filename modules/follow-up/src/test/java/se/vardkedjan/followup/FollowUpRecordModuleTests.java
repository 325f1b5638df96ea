package se.vardkedjan.followup;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.CarePlans;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.casehandling.GoalInput;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.TestFixtures;
import se.vardkedjan.followup.instrument.domain.InstrumentRef;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;
import static se.vardkedjan.casehandling.TestFixtures.SOUTH;
import static se.vardkedjan.followup.FollowUpFixtures.await;

/**
 * Recording a follow-up (ADR 0030, amendment): against a scheduled one it becomes done, on time or late; goal
 * attainment per goal of the plan in force and instrument answers become measurements naming it, scored by the
 * product; the same request twice records one; another unit's caseworker is refused (recorded), an analyst or a
 * client cannot call it.
 */
@FollowUpModuleTest
class FollowUpRecordModuleTests {

    private static final InstrumentRef AUDIT = new InstrumentRef("AUDIT", 1);

    private final FollowUpRecords records;
    private final FollowUps followUps;
    private final Measurements measurements;
    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final Decisions decisions;
    private final CarePlans plans;
    private final JdbcClient jdbc;
    private final TestClock clock;

    FollowUpRecordModuleTests(FollowUpRecords records, FollowUps followUps, Measurements measurements,
                              PersonRegister register, CaseHandling caseHandling, Investigations investigations,
                              Decisions decisions, CarePlans plans, JdbcClient jdbc, TestClock clock) {
        this.records = records;
        this.followUps = followUps;
        this.measurements = measurements;
        this.register = register;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.decisions = decisions;
        this.plans = plans;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Stockholm"));
    }

    private long rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** A granted case with an agreed plan of two goals, its goal follow-ups scheduled in 10 and 30 days. */
    private record Planned(CaseId caseId, GoalId housing, GoalId work, ScheduledFollowUp first) {
    }

    private Planned planned(Actor caseworker) {
        TestActors.signIn(caseworker);
        var granted = FollowUpFixtures.granted(register, caseHandling, investigations, decisions, NORTH, today(),
                InterventionType.OUTPATIENT);
        var plan = FollowUpFixtures.agree(plans, plans.draft(granted.caseId(), today()), today(),
                new GoalInput("Ha en egen bostad", "Hyreskontrakt", today().plusDays(10)),
                new GoalInput("Få ett arbete", "Anställning", today().plusDays(30)));
        await("three follow-ups scheduled", () -> rows("SELECT count(*) FROM followup.scheduled_follow_ups "
                + "WHERE case_id = ?", granted.caseId().value()) == 3);
        var goals = plans.plan(plan).goals();
        var first = followUps.ofCase(granted.caseId()).getFirst();
        return new Planned(granted.caseId(), goals.get(0).id(), goals.get(1).id(), first);
    }

    private static Map<String, String> attainment(String attainment, Integer rating) {
        return rating == null ? Map.of("ATTAINMENT", attainment)
                : Map.of("ATTAINMENT", attainment, "CLIENT_RATING", rating.toString());
    }

    private FollowUpRecording recording(Planned planned, UUID scheduled, LocalDate on, UUID key) {
        return new FollowUpRecording(planned.caseId(), scheduled, on,
                List.of(new FollowUpRecording.GoalAttainment(planned.housing(), attainment("PARTLY", 6)),
                        new FollowUpRecording.GoalAttainment(planned.work(), attainment("NOT_REACHED", null))),
                List.of(new FollowUpRecording.InstrumentAnswers(AUDIT,
                        MeasurementFixtures.audit(1, 1, 1, 0, 0, 0, 0, 0, 0, 0))),
                FollowUpDecision.CONTINUE, "Boendet går framåt, fortsätt som planerat.", key);
    }

    @Test
    void recordingAgainstTheScheduledFollowUpMarksItDoneOnTimeWithGoalAttainmentPerGoalAndScoresComputed() {
        var caseworker = TestFixtures.caseworker(NORTH);
        var planned = planned(caseworker);

        var recorded = records.record(recording(planned, planned.first().id(), today(), UUID.randomUUID()));

        assertThat(recorded.onTime()).isTrue();
        assertThat(recorded.decision()).isEqualTo(FollowUpDecision.CONTINUE);
        assertThat(recorded.measurements()).hasSize(3);
        var done = followUps.ofCase(planned.caseId()).stream().filter(f -> f.id().equals(planned.first().id()))
                .findFirst().orElseThrow();
        assertThat(done.status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(done.doneOn()).isEqualTo(today());
        assertThat(rows("SELECT count(*) FROM followup.scheduled_follow_ups WHERE id = ? AND follow_up_id = ?",
                planned.first().id(), recorded.id())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT goal_id, total FROM followup.measurements WHERE follow_up_id = ? "
                        + "AND instrument_code = 'GOAL' AND occasion = 'FOLLOW_UP'").param(recorded.id())
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2))).list())
                .containsExactlyInAnyOrder(Map.entry(planned.housing().value(), 1),
                        Map.entry(planned.work().value(), 0));
        // Hand-computed: 1+1+1 = 3, scored by the product from the options.
        assertThat(rows("SELECT total FROM followup.measurements WHERE follow_up_id = ? AND instrument_code = 'AUDIT'",
                recorded.id())).isEqualTo(3);
        assertThat(rows("SELECT count(*) FROM followup.measurement_sub_scores s JOIN followup.measurements m "
                + "ON m.id = s.measurement_id WHERE m.follow_up_id = ? AND s.code = 'CLIENT_RATING' AND s.score = 6",
                recorded.id())).isEqualTo(1);
        var series = measurements.history(planned.caseId()).stream()
                .filter(s -> Measurements.GOAL_ATTAINMENT.equals(s.definition().code())).toList();
        assertThat(series).extracting(MeasurementSeries::goalId)
                .containsExactlyInAnyOrder(planned.housing(), planned.work());
        assertThat(rows("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ? AND what = ? "
                + "AND case_id = ?", caseworker.subject(), FollowUpRecords.RECORD, planned.caseId().value()))
                .isEqualTo(1);
        assertThat(records.ofCase(planned.caseId())).extracting(RecordedFollowUp::id).containsExactly(recorded.id());
    }

    @Test
    void aFollowUpDoneAfterItsDueDateIsLateAndAnExtraOneHasNoScheduleToBeOnTimeFor() {
        var planned = planned(TestFixtures.caseworker(NORTH));
        clock.advanceDays(12);

        var late = records.record(recording(planned, planned.first().id(), today(), UUID.randomUUID()));
        var extra = records.record(new FollowUpRecording(planned.caseId(), null, today(), List.of(), List.of(),
                FollowUpDecision.CHANGE, "Behöver fler samtal i veckan.", UUID.randomUUID()));

        assertThat(late.onTime()).isFalse();
        assertThat(rows("SELECT count(*) FROM followup.follow_ups WHERE id = ? AND on_time = false", late.id()))
                .isEqualTo(1);
        assertThat(extra.onTime()).isNull();
        assertThat(extra.scheduledId()).isNull();
        assertThat(followUps.ofCase(planned.caseId())).filteredOn(f -> f.status() == FollowUpStatus.DONE)
                .hasSize(1);
    }

    @Test
    void theSameRequestTwiceAtOnceRecordsOneFollowUpAndADoneScheduledOneCannotBeRecordedAgain() {
        var caseworker = TestFixtures.caseworker(NORTH);
        var planned = planned(caseworker);
        var key = UUID.randomUUID();

        var both = List.of(CompletableFuture.supplyAsync(() -> {
            TestActors.signIn(caseworker);
            return records.record(recording(planned, planned.first().id(), today(), key));
        }), CompletableFuture.supplyAsync(() -> {
            TestActors.signIn(caseworker);
            return records.record(recording(planned, planned.first().id(), today(), key));
        }));

        assertThat(both.stream().map(CompletableFuture::join).map(RecordedFollowUp::id).distinct()).hasSize(1);
        assertThat(rows("SELECT count(*) FROM followup.follow_ups WHERE case_id = ?", planned.caseId().value()))
                .isEqualTo(1);
        assertThat(rows("SELECT count(*) FROM followup.measurements WHERE case_id = ? AND follow_up_id IS NOT NULL",
                planned.caseId().value())).isEqualTo(3);
        assertThatThrownBy(() -> records.record(recording(planned, planned.first().id(), today(),
                UUID.randomUUID())))
                .isInstanceOfSatisfying(RuleViolation.class, rule -> assertThat(rule.messageKey())
                        .isEqualTo("followup.record.error.not-due"));
    }

    @Test
    void badInputIsRefusedWithItsReasonAndNothingIsRecorded() {
        var caseworker = TestFixtures.caseworker(NORTH);
        var otherCase = planned(caseworker);
        var planned = planned(caseworker);

        assertRefused(new FollowUpRecording(planned.caseId(), null, today().plusDays(1), List.of(), List.of(),
                FollowUpDecision.END, "Klar.", UUID.randomUUID()), "followup.record.error.date-in-future");
        assertRefused(new FollowUpRecording(planned.caseId(), null, today(), List.of(), List.of(), null, "Klar.",
                UUID.randomUUID()), "followup.record.error.decision-required");
        assertRefused(new FollowUpRecording(planned.caseId(), null, today(), List.of(), List.of(),
                FollowUpDecision.END, " ", UUID.randomUUID()), "followup.instrument.error.text-required");
        // Another case's scheduled follow-up is a probe: refused as an unknown target and recorded.
        assertThatThrownBy(() -> records.record(new FollowUpRecording(planned.caseId(), otherCase.first().id(),
                today(), List.of(), List.of(), FollowUpDecision.END, "Klar.", UUID.randomUUID())))
                .isInstanceOf(AccessDenied.class);
        assertThat(rows("SELECT count(*) FROM accesslog.security_events WHERE target_kind = 'SCHEDULED_FOLLOW_UP' "
                + "AND target_id = ? AND reason = 'UNKNOWN_TARGET'", otherCase.first().id().toString())).isEqualTo(1);
        assertRefused(new FollowUpRecording(planned.caseId(), null, today(),
                List.of(new FollowUpRecording.GoalAttainment(otherCase.housing(), attainment("REACHED", 9))),
                List.of(), FollowUpDecision.END, "Klar.", UUID.randomUUID()), "followup.record.error.unknown-goal");
        // A score where an answer belongs: the instrument's own rule refuses it, and nothing is kept.
        assertThatThrownBy(() -> records.record(new FollowUpRecording(planned.caseId(), planned.first().id(),
                today(), List.of(new FollowUpRecording.GoalAttainment(planned.housing(), Map.of("ATTAINMENT", "2"))),
                List.of(), FollowUpDecision.CONTINUE, "Fortsätt.", UUID.randomUUID())))
                .isInstanceOf(RuleViolation.class);

        assertThat(rows("SELECT count(*) FROM followup.follow_ups WHERE case_id = ?", planned.caseId().value()))
                .isZero();
        assertThat(rows("SELECT count(*) FROM followup.measurements WHERE case_id = ? AND follow_up_id IS NOT NULL",
                planned.caseId().value())).isZero();
        assertThat(followUps.ofCase(planned.caseId())).allMatch(f -> f.status() == FollowUpStatus.DUE);
    }

    private void assertRefused(FollowUpRecording recording, String key) {
        assertThatThrownBy(() -> records.record(recording))
                .isInstanceOfSatisfying(RuleViolation.class, rule -> assertThat(rule.messageKey()).isEqualTo(key));
    }

    @Test
    void anotherUnitsCaseworkerIsRefusedAndTheRefusalRecorded() {
        var planned = planned(TestFixtures.caseworker(NORTH));
        var intruder = TestActors.signIn(TestFixtures.caseworker(SOUTH));

        assertThatThrownBy(() -> records.record(recording(planned, planned.first().id(), today(),
                UUID.randomUUID()))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> records.ofCase(planned.caseId())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> records.form(planned.caseId())).isInstanceOf(AccessDenied.class);

        assertThat(rows("SELECT count(*) FROM accesslog.security_events WHERE actor_subject = ?", intruder.subject()))
                .isEqualTo(3);
        assertThat(rows("SELECT count(*) FROM followup.follow_ups WHERE case_id = ?", planned.caseId().value()))
                .isZero();
    }

    @Test
    void anAnalystOrAClientCannotCallItAtAll() {
        var planned = planned(TestFixtures.caseworker(NORTH));

        for (var role : List.of(Roles.ANALYST, Roles.CLIENT)) {
            TestActors.signIn(TestActors.staff("x" + UUID.randomUUID().toString().substring(0, 6), Set.of(role)));
            assertThatThrownBy(() -> records.record(recording(planned, planned.first().id(), today(),
                    UUID.randomUUID()))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> records.ofCase(planned.caseId())).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(rows("SELECT count(*) FROM followup.follow_ups WHERE case_id = ?", planned.caseId().value()))
                .isZero();
    }

    @Test
    void theFormOffersTheDueFollowUpsTheGoalsInForceAndTheInstrumentsButNotGoalAttainmentAsOne() {
        var planned = planned(TestFixtures.caseworker(NORTH));

        var form = records.form(planned.caseId());

        assertThat(form.due()).hasSize(3);
        assertThat(form.goals()).extracting(g -> g.id()).containsExactly(planned.housing(), planned.work());
        assertThat(form.instruments()).extracting(d -> d.code()).contains("AUDIT")
                .doesNotContain(Measurements.GOAL_ATTAINMENT);
        assertThat(form.latestReport()).as("no assignment has reached a provider").isNull();
    }
}
