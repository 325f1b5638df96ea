package se.vardkedjan.providercontracts;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.casehandling.CaseDoor;
import se.vardkedjan.providercontracts.access.AssignmentAccess;
import se.vardkedjan.providercontracts.domain.AssignmentDates;
import se.vardkedjan.providercontracts.domain.AttendanceCorrection;
import se.vardkedjan.providercontracts.domain.AttendancePeriod;
import se.vardkedjan.providercontracts.domain.CompletionReport;
import se.vardkedjan.providercontracts.domain.DeviationReport;
import se.vardkedjan.providercontracts.domain.EscalationStep;
import se.vardkedjan.providercontracts.persistence.ReportRows;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the provider reports on an assignment (ADR 0026): attendance or care days per period, corrections of them,
 * deviations (avvikelser) and the completion report (slutrapport). Provider staff (and, through the REST API, their
 * organisation's systems) write on assignments addressed to their organisation
 * ({@link AssignmentAccess#openForProvider}); the case's staff read them ({@link AssignmentAccess#openForCaseStaff}).
 * Every read and write is logged in the method's own transaction and every refusal recorded. Everything reported is
 * kept as reported: a wrong day is corrected by a correction, never changed (the database refuses it too).
 */
@Service
public class AssignmentReports {

    /** The access-log codes: the attendance, the deviations, the completion report, all reports read together. */
    static final String ATTENDANCE = "ASSIGNMENT_ATTENDANCE";
    static final String DEVIATION = "ASSIGNMENT_DEVIATION";
    static final String COMPLETION = "ASSIGNMENT_COMPLETION";
    static final String REPORTS = "ASSIGNMENT_REPORTS";
    static final String WORK_ITEMS = "ASSIGNMENT_REPORT_WORK_ITEMS";

    /**
     * How long a discharge stays on the case staff's start page; a serious incident stays until a caseworker or unit
     * manager of the case acknowledges it ({@link #acknowledgeIncident}).
     */
    static final Duration NOTED_FOR = Duration.ofDays(14);

    private final ReportRows reports;
    private final AssignmentAccess access;
    private final Clock clock;

    public AssignmentReports(ReportRows reports, AssignmentAccess access, Clock clock) {
        this.reports = reports;
        this.access = access;
        this.clock = clock;
    }

    // ---- The provider

    /**
     * Reports the care days (or the hours of each day, for an hour-priced contract) of a period of a running
     * assignment, or of an ended one up to its end. Refused: a period longer than 93 days, before the start, after the
     * end or in the future; a day outside the period or twice; hours not above 0 or above 24; a day reported before
     * (named in the message).
     */
    @Transactional
    @RolesAllowed({Roles.PROVIDER_STAFF, Roles.PROVIDER_SYSTEM})
    public AssignmentReportsView reportAttendance(AssignmentId id, AttendanceInput input) {
        var opened = access.openForProvider(id, AccessKind.CHANGE, ATTENDANCE);
        var frame = reports.lockFrame(id).orElseThrow(() -> new ConcurrentChange("assignment", id));
        // A date beyond any calendar is refused on its field before it reaches SQL.
        AssignmentDates.check(AttendancePeriod.FIRST_DAY, input.firstDay());
        AssignmentDates.check(AttendancePeriod.LAST_DAY, input.lastDay());
        var already = input.firstDay() == null || input.lastDay() == null || input.lastDay().isBefore(input.firstDay())
                ? List.<LocalDate>of() : reports.reportedDays(id, input.firstDay(), input.lastDay());
        var period = AttendancePeriod.check(new AttendancePeriod.Frame(frame.status(), frame.startedOn(),
                frame.endedOn(), frame.hourPriced()), input.firstDay(), input.lastDay(), input.days(), today(),
                already);
        var taken = reports.insertAttendance(id, period, opened.actor().username(), nameOf(opened.actor()),
                clock.instant());
        if (!taken.isEmpty()) {
            throw AttendancePeriod.overlap(taken);
        }
        return view(id);
    }

    /** Corrects reported days: each is cancelled or gets its right hours, once, with a reason. */
    @Transactional
    @RolesAllowed({Roles.PROVIDER_STAFF, Roles.PROVIDER_SYSTEM})
    public AssignmentReportsView correctAttendance(AssignmentId id, AttendanceCorrectionInput input) {
        var opened = access.openForProvider(id, AccessKind.CHANGE, ATTENDANCE);
        var frame = reports.lockFrame(id).orElseThrow(() -> new ConcurrentChange("assignment", id));
        var days = input.days() == null ? List.<LocalDate>of() : input.days().stream()
                .filter(d -> d != null && d.day() != null).map(ReportedDay::day)
                .filter(d -> !d.isBefore(AssignmentDates.FIRST) && !d.isAfter(AssignmentDates.LAST)).toList();
        var correction = AttendanceCorrection.check(frame.hourPriced(), input.days(), input.reason(),
                reports.reportedAmong(id, days), reports.correctedAmong(id, days));
        reports.insertCorrection(id, correction, opened.actor().username(), nameOf(opened.actor()),
                clock.instant());
        return view(id);
    }

    /**
     * Reports a deviation: absence, discharge, relapse or serious incident. A discharge or serious incident becomes
     * a work item for the case's staff and every deviation an entry on the case's timeline.
     */
    @Transactional
    @RolesAllowed({Roles.PROVIDER_STAFF, Roles.PROVIDER_SYSTEM})
    public AssignmentReportsView reportDeviation(AssignmentId id, DeviationInput input) {
        var opened = access.openForProvider(id, AccessKind.CHANGE, DEVIATION);
        var frame = reports.lockFrame(id).orElseThrow(() -> new ConcurrentChange("assignment", id));
        var deviation = DeviationReport.check(frame.status(), frame.acceptedStart(), input, today());
        reports.insertDeviation(id, deviation, opened.actor().username(), nameOf(opened.actor()),
                clock.instant());
        return view(id);
    }

    /**
     * Submits the completion report of a running or ended assignment: an outcome for each of its goals, a summary and
     * the client's view. Once submitted it is never changed; a second is refused.
     */
    @Transactional
    @RolesAllowed({Roles.PROVIDER_STAFF, Roles.PROVIDER_SYSTEM})
    public AssignmentReportsView submitCompletion(AssignmentId id, CompletionInput input) {
        var opened = access.openForProvider(id, AccessKind.CHANGE, COMPLETION);
        var frame = reports.lockFrame(id).orElseThrow(() -> new ConcurrentChange("assignment", id));
        var report = CompletionReport.check(frame.status(), reports.hasCompletion(id), reports.goals(id), input);
        if (!reports.insertCompletion(id, report, opened.actor().username(), nameOf(opened.actor()),
                clock.instant())) {
            throw new RuleViolation("providercontracts.reports.error.completion-submitted");
        }
        return view(id);
    }

    /** What the provider has reported on an assignment addressed to it. Logged as a read. */
    @Transactional
    @RolesAllowed({Roles.PROVIDER_STAFF, Roles.PROVIDER_SYSTEM})
    public AssignmentReportsView forProvider(AssignmentId id) {
        access.openForProvider(id, AccessKind.READ, REPORTS);
        return view(id);
    }

    // ---- The case staff

    /** What the provider has reported on one of the case's assignments. Logged as a read of the case. */
    @Transactional
    @RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
    public AssignmentReportsView ofAssignment(AssignmentId id) {
        access.openForCaseStaff(id, AccessKind.READ, REPORTS);
        return view(id);
    }

    /**
     * Acknowledges (kvitterar) a serious incident the provider reported on one of the case's assignments: the
     * caseworker or unit manager who may change the case records that they have read it, with their name and the
     * time; it then leaves the start page's work items and the case's timeline tells it. Once only: a second
     * acknowledgement, or one of another kind of deviation (or of none of this assignment's), is refused in Swedish.
     * Logged as a change of the case.
     *
     * @param deviationId the deviation's id as the view gives it
     */
    @Transactional
    @RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
    public AssignmentReportsView acknowledgeIncident(AssignmentId id, String deviationId) {
        var opened = access.openForCaseStaff(id, AccessKind.CHANGE, DEVIATION);
        var deviation = parse(deviationId).orElseThrow(AssignmentReports::noSuchIncident);
        var facts = reports.deviationOf(id, deviation).orElseThrow(AssignmentReports::noSuchIncident);
        DeviationReport.checkAcknowledgeable(facts.kind(), facts.acknowledged());
        var actor = opened.actor();
        if (!reports.insertAcknowledgement(deviation, actor.username(), nameOf(actor), clock.instant())) {
            // Acknowledged by someone else meanwhile.
            DeviationReport.checkAcknowledgeable(facts.kind(), true);
        }
        return view(id);
    }

    /** The case's deviations and completion reports for its timeline (kinds and dates only). Logged as a read. */
    @Transactional
    @RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
    public List<ReportTimelineEntry> timeline(CaseId caseId) {
        access.openCase(caseId, AccessKind.READ, REPORTS);
        return reports.ofCase(caseId).stream()
                .map(n -> new ReportTimelineEntry(n.assignmentId(), n.kind(), n.date())).toList();
    }

    /**
     * What waits for the case staff, in cases they may see: discharges of the last 14 days, serious incidents not yet
     * acknowledged (however old), and completion reports of assignments not yet ended. Logged as overview reads of
     * the cases shown.
     */
    @Transactional
    @RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
    public List<ReportWorkItem> workItems() {
        var actor = access.actor();
        var noted = reports.toNote(clock.instant().minus(NOTED_FOR), actor.units(), 200);
        var visible = access.visibleCases(actor, noted.stream().map(ReportRows.Noted::caseId).distinct().toList());
        var items = new ArrayList<ReportWorkItem>();
        var shown = new ArrayList<CaseDoor.CaseFacts>();
        for (var n : noted) {
            var facts = visible.stream().filter(f -> f.caseId().equals(n.caseId())).findFirst();
            if (facts.isEmpty()) {
                continue;
            }
            shown.add(facts.get());
            items.add(new ReportWorkItem(ReportWorkItem.Kind.valueOf(n.kind()), n.assignmentId(), n.caseId(),
                    facts.get().protectedIdentity(), n.date()));
        }
        access.logCaseReads(actor, shown.stream().distinct().toList(), WORK_ITEMS);
        return items;
    }

    // ---- Inside

    private AssignmentReportsView view(AssignmentId id) {
        var frame = reports.frame(id).orElseThrow(() -> new ConcurrentChange("assignment", id));
        return new AssignmentReportsView(id, frame.status(), frame.hourPriced(), frame.startedOn(), frame.endedOn(),
                reports.goals(id), reports.attendance(id), reports.corrections(id), reports.deviations(id),
                reports.completion(id).orElse(null));
    }

    private static RuleViolation noSuchIncident() {
        return new RuleViolation("providercontracts.reports.error.no-such-incident");
    }

    private static Optional<UUID> parse(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), EscalationStep.ZONE);
    }

    /** The name the case staff read for who reported: the display name, or the username when there is none. */
    private static String nameOf(Actor actor) {
        return actor.displayName() == null || actor.displayName().isBlank() ? actor.username() : actor.displayName();
    }
}
