package se.vardkedjan.followup.schedule;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.vardkedjan.casehandling.CaseDoor;
import se.vardkedjan.casehandling.events.CarePlanGoalsAgreed;
import se.vardkedjan.casehandling.events.CaseClosed;
import se.vardkedjan.casehandling.events.CoordinatedPlanFollowUpSet;
import se.vardkedjan.casehandling.events.InterventionClosed;
import se.vardkedjan.casehandling.events.InterventionGranted;
import se.vardkedjan.followup.CancelReason;
import se.vardkedjan.followup.FollowUpSource;
import se.vardkedjan.followup.schedule.persistence.AppliedOrderRows;
import se.vardkedjan.followup.schedule.persistence.AppliedOrderRows.Subject;
import se.vardkedjan.followup.schedule.persistence.ScheduleRows;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * Schedules the follow-ups from case handling's events (ADR 0030), each in a transaction of its own after the
 * publisher's commit, at least once: a plan's goals on their follow-up dates ({@link CarePlanGoalsAgreed}), a granted
 * intervention a set period after it starts ({@code vardkedjan.follow-up.intervention-after}, three months unless
 * configured; help given as a service without decision too: it is help given and followed up like an intervention),
 * and a SIP on its follow-up date. A goal carried on into a new plan revision, or a SIP's new date, moves the due
 * date; a goal the new revision is without, an ended intervention and a closed case cancel what is still due.
 * <p>
 * An event may arrive late, after a newer one about the same thing (a publication resubmitted minutes after a node
 * died, ADR 0033), and must not undo it: the order applied is recorded ({@link AppliedOrderRows}) with what it did.
 * A plan's goals older than the newest revision applied (the revision's number), a SIP's date older than the newest
 * applied (the SIP's version), and anything scheduled for an intervention or a case already closed (closing is final)
 * change nothing. An event stored before the events carried their order (no number) is older than every one that
 * has it: it is applied only when nothing with an order was, as before. The same event twice changes nothing the
 * second time: its order is not newer, one row per source (a unique index; an insert that finds one does nothing),
 * and one case's events are applied one at a time (a lock on the case for the transaction). Reads and writes no
 * personal data: ids, numbers, codes, dates, and the case's unit read through {@link CaseDoor#facts} for the unit's
 * lists (case handling never moves a case to another unit, ADR 0024).
 */
@Component
class Scheduling {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final ScheduleRows rows;
    private final AppliedOrderRows applied;
    private final CaseDoor cases;
    private final Clock clock;
    private final Period interventionAfter;

    Scheduling(ScheduleRows rows, AppliedOrderRows applied, CaseDoor cases, Clock clock,
               @Value("${vardkedjan.follow-up.intervention-after:P3M}") Period interventionAfter) {
        this.rows = rows;
        this.applied = applied;
        this.cases = cases;
        this.clock = clock;
        if (interventionAfter.isNegative() || interventionAfter.isZero()) {
            throw new IllegalArgumentException("vardkedjan.follow-up.intervention-after must be a positive period");
        }
        this.interventionAfter = interventionAfter;
    }

    @ApplicationModuleListener
    void on(CarePlanGoalsAgreed agreed) {
        rows.lockCase(agreed.caseId());
        if (closed(agreed.caseId()) || !newest(agreed)) {
            return;
        }
        var unit = unitOf(agreed.caseId());
        var plan = agreed.carePlanId().value();
        for (var goal : agreed.goals()) {
            if (rows.find(FollowUpSource.GOAL, goal.goalId().value()).isPresent()) {
                continue;
            }
            var carried = goal.carriesOn() == null ? null
                    : rows.find(FollowUpSource.GOAL, goal.carriesOn().value())
                    .filter(row -> row.status() == se.vardkedjan.followup.FollowUpStatus.DUE).orElse(null);
            if (carried != null) {
                rows.carryGoal(carried.id(), goal.goalId().value(), plan, goal.followUpOn());
            } else {
                rows.insertIfNone(agreed.caseId(), unit, FollowUpSource.GOAL, goal.goalId().value(), plan, null,
                        goal.followUpOn(), clock.instant());
            }
        }
        rows.cancelGoalsOutside(agreed.caseId(), plan, agreed.agreedOn() == null ? today() : agreed.agreedOn(),
                clock.instant());
    }

    @ApplicationModuleListener
    void on(InterventionGranted granted) {
        rows.lockCase(granted.caseId());
        if (closed(granted.caseId())
                || applied.applied(Subject.INTERVENTION_CLOSED, granted.interventionId().value())) {
            // handed over late, after the intervention or its case was closed: nothing is due any more
            return;
        }
        var startsOn = granted.startsOn() == null ? today() : granted.startsOn();
        rows.insertIfNone(granted.caseId(), unitOf(granted.caseId()), FollowUpSource.INTERVENTION,
                granted.interventionId().value(), null, granted.type(), startsOn.plus(interventionAfter),
                clock.instant());
    }

    @ApplicationModuleListener
    void on(InterventionClosed closed) {
        rows.lockCase(closed.caseId());
        applied.advance(Subject.INTERVENTION_CLOSED, closed.interventionId().value(), 1, clock.instant());
        rows.cancel(FollowUpSource.INTERVENTION, closed.interventionId().value(), CancelReason.INTERVENTION_CLOSED,
                closed.closedOn() == null ? today() : closed.closedOn(), clock.instant());
    }

    @ApplicationModuleListener
    void on(CoordinatedPlanFollowUpSet set) {
        rows.lockCase(set.caseId());
        if (closed(set.caseId()) || !newest(set)) {
            return;
        }
        if (!rows.insertIfNone(set.caseId(), unitOf(set.caseId()), FollowUpSource.SIP,
                set.coordinatedPlanId().value(), null, null, set.followUpOn(), clock.instant())) {
            rows.move(FollowUpSource.SIP, set.coordinatedPlanId().value(), set.followUpOn());
        }
    }

    @ApplicationModuleListener
    void on(CaseClosed closed) {
        rows.lockCase(closed.caseId());
        applied.advance(Subject.CASE_CLOSED, closed.caseId().value(), 1, clock.instant());
        rows.cancelCase(closed.caseId(), CancelReason.CASE_CLOSED,
                closed.closedOn() == null ? today() : closed.closedOn(), clock.instant());
    }

    /** Whether the case's closing was applied: then nothing more is scheduled for it (closing is final). */
    private boolean closed(CaseId caseId) {
        return applied.applied(Subject.CASE_CLOSED, caseId.value());
    }

    /**
     * Whether the agreed revision is newer than every revision of the case's plan applied before, recording it if so.
     * A publication stored before the event carried the revision's number is older than every revision recorded with
     * one; without such a record, a superseding revision kept by {@code GoalLineage} tells, as before.
     */
    private boolean newest(CarePlanGoalsAgreed agreed) {
        var caseId = agreed.caseId().value();
        if (agreed.revision() == null) {
            return !applied.applied(Subject.CARE_PLAN_REVISION, caseId)
                    && !rows.supersededRevision(agreed.carePlanId().value());
        }
        return applied.advance(Subject.CARE_PLAN_REVISION, caseId, agreed.revision(), clock.instant());
    }

    /**
     * Whether the SIP's date is newer than every date of the SIP applied before (by the SIP's version), recording it
     * if so. A publication stored before the event carried the version is older than every one recorded with it.
     */
    private boolean newest(CoordinatedPlanFollowUpSet set) {
        var sip = set.coordinatedPlanId().value();
        if (set.version() == null) {
            return !applied.applied(Subject.SIP_VERSION, sip);
        }
        return applied.advance(Subject.SIP_VERSION, sip, set.version(), clock.instant());
    }

    private UnitCode unitOf(CaseId caseId) {
        return cases.facts(caseId).map(CaseDoor.CaseFacts::unit).orElse(null);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), SWEDEN);
    }
}
