package se.vardkedjan.followup;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.accesslog.Refusals;
import se.vardkedjan.casehandling.CarePlanStatus;
import se.vardkedjan.casehandling.CarePlans;
import se.vardkedjan.casehandling.CaseDoor;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.casehandling.readmodel.CarePlanDetails;
import se.vardkedjan.followup.instrument.domain.InstrumentFreeText;
import se.vardkedjan.followup.record.persistence.FollowUpRows;
import se.vardkedjan.followup.schedule.persistence.ScheduleRows;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.providercontracts.AssignmentReports;
import se.vardkedjan.providercontracts.AssignmentStatus;
import se.vardkedjan.providercontracts.Assignments;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Recording a follow-up (issue 13 "Individual follow-up"; ADR 0030, amendment): the caseworker records, usually
 * against a scheduled follow-up that is due or overdue, or as an extra one, the attainment of each goal of the plan in
 * force and any instrument answers (measurements of occasion FOLLOW_UP naming the follow-up, scored by the product),
 * the provider's latest report they were shown, and the decision on the intervention with a short reason. The
 * scheduled follow-up becomes done that day, on time when not after its due date. A follow-up is never changed: the
 * same request twice (a double click) records one. Every method opens the case through case handling's
 * {@link CaseDoor}: need-to-know, the access-log row, a refusal recorded; other roles are refused by the role.
 */
@Service
@RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
public class FollowUpRecords {

    /** The code of recording a follow-up (a change of the case). */
    public static final String RECORD = "FOLLOW_UP_RECORD";

    /** The code of reading the case's recorded follow-ups and what a new one needs. */
    public static final String RECORDS = "FOLLOW_UP_RECORDS";

    static final int MAX_REASON = 500;
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final EnumSet<AssignmentStatus> REPORTING = EnumSet.of(AssignmentStatus.ACCEPTED,
            AssignmentStatus.RUNNING, AssignmentStatus.ENDED);

    private final CaseDoor door;
    private final FollowUpRows rows;
    private final ScheduleRows schedule;
    private final FollowUps followUps;
    private final Measurements measurements;
    private final CarePlans plans;
    private final Assignments assignments;
    private final AssignmentReports reports;
    private final Organisation organisation;
    private final Clock clock;
    private final Refusals refusals;

    FollowUpRecords(CaseDoor door, FollowUpRows rows, ScheduleRows schedule, FollowUps followUps,
                    Measurements measurements, CarePlans plans, Assignments assignments, AssignmentReports reports,
                    Organisation organisation, Clock clock, Refusals refusals) {
        this.refusals = refusals;
        this.door = door;
        this.rows = rows;
        this.schedule = schedule;
        this.followUps = followUps;
        this.measurements = measurements;
        this.plans = plans;
        this.assignments = assignments;
        this.reports = reports;
        this.organisation = organisation;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), SWEDEN);
    }

    /**
     * What a new follow-up of the case needs: the scheduled ones still due, the goals of the plan in force, the
     * instruments, and the provider's latest report. Opens the case (logged as a read).
     */
    @Transactional
    public FollowUpForm form(CaseId caseId) {
        door.open(caseId, AccessKind.READ, RECORDS, Purpose.CASE_WORK);
        var due = followUps.ofCase(caseId).stream().filter(f -> f.status() == FollowUpStatus.DUE).toList();
        var all = measurements.instrumentsFor(caseId);
        var goal = all.stream().filter(d -> Measurements.GOAL_ATTAINMENT.equals(d.code())).findFirst().orElse(null);
        var instruments = all.stream().filter(d -> !Measurements.GOAL_ATTAINMENT.equals(d.code())).toList();
        return new FollowUpForm(due, goalsInForce(caseId), goal, instruments, latestReport(caseId));
    }

    /** The case's recorded follow-ups, the latest first. Opens the case (logged as a read). */
    @Transactional
    public List<RecordedFollowUp> ofCase(CaseId caseId) {
        var opened = door.open(caseId, AccessKind.READ, RECORDS, Purpose.CASE_WORK);
        var found = rows.ofCase(opened.caseId());
        var taken = rows.measurementsOf(opened.caseId());
        var names = organisation.staffNames(found.stream().map(FollowUpRows.Row::recordedBy).distinct().toList());
        return found.stream().map(row -> new RecordedFollowUp(row.id(), row.caseId(), row.scheduledId(),
                row.doneOn(), row.onTime(), row.decision(), row.reason(), row.report(), names.of(row.recordedBy()),
                row.recordedAt(), taken.getOrDefault(row.id(), List.of()).stream().map(MeasurementId::new).toList()))
                .toList();
    }

    /**
     * Records a follow-up of the case. With the request key of one recorded already (of this case) nothing more is
     * recorded and that one is returned.
     *
     * @throws RuleViolation when the day is missing or in the future; the decision or the reason missing, the reason
     *                       too long or with markup; the scheduled follow-up done or cancelled already (one not of
     *                       the case's is refused as an unknown target, recorded: AccessDenied); a goal not one of
     *                       the plan in force, or twice; an instrument twice; and as
     *                       {@link Measurements#record} for the answers (an item unanswered, an answer unknown)
     */
    @Transactional
    public RecordedFollowUp record(FollowUpRecording recording) {
        if (recording == null || recording.requestKey() == null) {
            throw new IllegalArgumentException("A follow-up is recorded with its form's request key");
        }
        var opened = door.open(recording.caseId(), AccessKind.CHANGE, RECORD, Purpose.CASE_WORK);
        var caseId = opened.caseId();
        ScheduleRows.Row scheduled = null;
        if (recording.scheduledId() != null) {
            // Held for the transaction: a second request for the same follow-up waits here for the first.
            // An id that is not this case's is a probe: refused as an unknown target and recorded.
            scheduled = schedule.ofCase(caseId, recording.scheduledId())
                    .orElseThrow(() -> refusals.unknown(AccessKind.CHANGE, RECORD, "SCHEDULED_FOLLOW_UP",
                            recording.scheduledId()));
        }
        var earlier = rows.byRequestKey(recording.requestKey());
        if (earlier.isPresent()) {
            return again(caseId, earlier.get().id());
        }
        var doneOn = recording.doneOn();
        if (doneOn == null) {
            throw RuleViolation.forField("followup.record.form.done-on", "followup.record.error.date-required");
        }
        if (doneOn.isBefore(Measurements.EARLIEST)) {
            throw RuleViolation.forField("followup.record.form.done-on", "followup.record.error.date-too-early");
        }
        if (doneOn.isAfter(today())) {
            throw RuleViolation.forField("followup.record.form.done-on", "followup.record.error.date-in-future");
        }
        if (scheduled != null && scheduled.status() != FollowUpStatus.DUE) {
            throw RuleViolation.forField("followup.record.form.scheduled", "followup.record.error.not-due");
        }
        if (recording.decision() == null) {
            throw RuleViolation.forField("followup.record.form.decision", "followup.record.error.decision-required");
        }
        var reason = InstrumentFreeText.FREE_TEXT.required("followup.record.form.reason", recording.reason(),
                MAX_REASON);
        var goals = new HashSet<GoalId>();
        var inForce = goalsInForce(caseId).stream().map(CarePlanDetails.Goal::id).toList();
        for (var goal : recording.goals()) {
            if (goal == null || goal.goal() == null || !inForce.contains(goal.goal())) {
                throw new RuleViolation("followup.record.error.unknown-goal");
            }
            if (!goals.add(goal.goal())) {
                throw new RuleViolation("followup.record.error.goal-twice");
            }
        }
        var instruments = new HashSet<String>();
        for (var instrument : recording.instruments()) {
            if (instrument == null || instrument.instrument() == null) {
                throw RuleViolation.forField("followup.instrument.form.instrument",
                        "followup.instrument.error.instrument-required");
            }
            if (!instruments.add(instrument.instrument().code())) {
                throw new RuleViolation("followup.record.error.instrument-twice", instrument.instrument().code());
            }
        }
        var report = latestReport(caseId);
        var id = UUID.randomUUID();
        var onTime = scheduled == null ? null : !doneOn.isAfter(scheduled.dueOn());
        var row = new FollowUpRows.Row(id, caseId, recording.scheduledId(), doneOn, onTime, recording.decision(),
                reason, report == null ? null : report.ref(), opened.actor().username(), clock.instant());
        if (!rows.insert(row, recording.requestKey())) {
            // The same request, recorded meanwhile by its twin.
            return again(caseId, rows.byRequestKey(recording.requestKey()).orElseThrow().id());
        }
        for (var goal : recording.goals()) {
            measurements.goalAttainmentIn(opened, goal.goal(), Occasion.FOLLOW_UP, answers(goal.answers()), doneOn,
                    id);
        }
        for (var instrument : recording.instruments()) {
            measurements.recordIn(opened, instrument.instrument(), Occasion.FOLLOW_UP,
                    answers(instrument.answers()), doneOn, id);
        }
        if (scheduled != null && !schedule.markDone(scheduled.id(), caseId, doneOn, id)) {
            throw RuleViolation.forField("followup.record.form.scheduled", "followup.record.error.not-due");
        }
        return again(caseId, id);
    }

    private static Map<String, String> answers(Map<String, String> answers) {
        return answers == null ? Map.of() : answers;
    }

    private RecordedFollowUp again(CaseId caseId, UUID id) {
        var found = rows.ofCase(caseId).stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new RuleViolation("followup.record.error.unknown-request"));
        var names = organisation.staffNames(List.of(found.recordedBy()));
        var taken = rows.measurementsOf(caseId).getOrDefault(id, List.of());
        return new RecordedFollowUp(found.id(), found.caseId(), found.scheduledId(), found.doneOn(), found.onTime(),
                found.decision(), found.reason(), found.report(), names.of(found.recordedBy()), found.recordedAt(),
                taken.stream().map(MeasurementId::new).toList());
    }

    /** The goals of the case's care plan in force: its newest agreed revision (none while only a draft). */
    private List<CarePlanDetails.Goal> goalsInForce(CaseId caseId) {
        return plans.plans(caseId).stream().filter(p -> p.status() == CarePlanStatus.AGREED).findFirst()
                .map(CarePlanDetails::goals).orElse(List.of());
    }

    /**
     * The provider's latest report on the case's assignments that reached a provider: the completion report, a
     * deviation or an attendance report, whichever was reported last; null when there is none. Each assignment's
     * reports are read through provider contracts' facade (logged there).
     */
    private ProviderReport latestReport(CaseId caseId) {
        ProviderReport latest = null;
        for (var assignment : assignments.ofCase(caseId)) {
            if (!REPORTING.contains(assignment.status())) {
                continue;
            }
            var view = reports.ofAssignment(assignment.id());
            var candidates = new ArrayList<ProviderReport>();
            if (view.completion() != null) {
                candidates.add(new ProviderReport(assignment.id(), assignment.interventionType(),
                        assignment.providerName(), ProviderReport.Kind.COMPLETION,
                        view.completion().submittedAt().toString(), view.completion().submittedAt(),
                        view.completion(), null, null));
            }
            for (var deviation : view.deviations()) {
                candidates.add(new ProviderReport(assignment.id(), assignment.interventionType(),
                        assignment.providerName(), ProviderReport.Kind.DEVIATION, deviation.id(),
                        deviation.reportedAt(), null, deviation, null));
            }
            for (var attendance : view.attendance()) {
                candidates.add(new ProviderReport(assignment.id(), assignment.interventionType(),
                        assignment.providerName(), ProviderReport.Kind.ATTENDANCE, Long.toString(attendance.id()),
                        attendance.reportedAt(), null, null, attendance));
            }
            for (var candidate : candidates) {
                if (latest == null || candidate.reportedAt().isAfter(latest.reportedAt())) {
                    latest = candidate;
                }
            }
        }
        return latest;
    }
}
